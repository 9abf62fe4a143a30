#pragma once

#include "core/Article.h"
#include "tagging/TopicClassifier.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTextBrowser;

namespace Newsdesk {

class Library;
class ReaderView;
class SuggestionService;

/// The selected article: read in the reader (the Read tab, shown first), its metadata and text edited
/// in the Edit tab. An edit is committed when the field is left, as one fieldEdited() signal that the
/// window turns into an undo command.
class ArticleDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleDetailPane(Library &library, QWidget *parent = nullptr);

    /// Shows the article with this id (0 for none); snippet is the search match to show above the text.
    void showArticle(qint64 id, const QString &snippet = {});
    qint64 articleId() const { return m_id; }
    QSplitter *splitter() const { return m_splitter; }
    ReaderView *reader() const { return m_reader; }
    /// Shows the reader (true) or the editor.
    void setReading(bool reading);
    bool isReading() const;
    /// Puts the cursor in the title, with the title selected, for a new article.
    void focusTitle();
    /// Where learned topic suggestions come from; none shows none.
    void setSuggestionService(SuggestionService *service);
    /// The suggestions shown for the article, most confident first.
    QList<TopicSuggestion> suggestions() const { return m_suggestions; }

signals:
    void fieldEdited(qint64 id, Newsdesk::ArticleField field, const QVariant &value);
    /// The curator chose to fold copyId (another site's copy) into articleId.
    void mergeRequested(qint64 articleId, qint64 copyId);
    /// The curator said the two are different stories (apart), or the same after all.
    void keepApartRequested(qint64 articleId, qint64 copyId, bool apart);
    /// The curator removed a topic chip.
    void untagRequested(qint64 articleId, qint64 topicId);
    /// The curator accepted or turned down a suggested topic.
    void acceptSuggestionRequested(qint64 articleId, qint64 topicId, double confidence);
    void rejectSuggestionRequested(qint64 articleId, qint64 topicId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void showCopies();
    void showTopics();
    void showSuggestions();
    void showInReader();
    void commit(ArticleField field, const QVariant &value);
    QLineEdit *addLineEdit(ArticleField field);

    Library &m_library;
    qint64 m_id = 0;
    Article m_article;
    bool m_loading = false;

    QLabel *m_placeholder;
    QWidget *m_editor;
    QTabWidget *m_tabs;
    ReaderView *m_reader;
    QSet<qint64> m_readerComments; ///< the comments the reader has, to know when one is moderated
    QSplitter *m_splitter;
    QHash<ArticleField, QLineEdit *> m_lineEdits;
    QDateTimeEdit *m_published;
    QComboBox *m_language;
    QComboBox *m_status;
    QPlainTextEdit *m_note;
    QLabel *m_snippet;
    QLabel *m_facts;
    QLabel *m_copies;
    QLabel *m_topics;
    QLabel *m_suggestionChips;
    SuggestionService *m_suggestionService = nullptr;
    QList<TopicSuggestion> m_suggestions;
    QTextBrowser *m_body;
};

} // namespace Newsdesk
