#include "ArticleDetailPane.h"

#include "library/ArticleRepository.h"
#include "library/Library.h"
#include "library/StoryRepository.h"
#include "library/TopicEvidence.h"
#include "library/TopicRepository.h"
#include "reader/ReaderView.h"
#include "rendering/ArticleFormatter.h"
#include "tagging/TopicSuggestions.h"

#include <QColor>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace Newsdesk {

namespace {
// QDateTimeEdit cannot be empty: its minimum stands for "no date", shown as the special value text.
const QDateTime UnknownDate(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);

QString highlightedSnippet(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(QChar(0x02), QStringLiteral("<b>")).replace(QChar(0x03), QStringLiteral("</b>"));
    return html;
}
} // namespace

ArticleDetailPane::ArticleDetailPane(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
{
    m_placeholder = new QLabel(tr("Select an article to read and edit it."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    m_editor = new QWidget(this);
    auto *fields = new QWidget(m_editor);
    auto *form = new QFormLayout(fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    QLineEdit *title = addLineEdit(ArticleField::Title);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Dek:"), addLineEdit(ArticleField::Dek));
    form->addRow(tr("&Byline:"), addLineEdit(ArticleField::Byline));
    form->addRow(tr("Date&line:"), addLineEdit(ArticleField::Dateline));
    form->addRow(tr("&Agency:"), addLineEdit(ArticleField::Agency));
    form->addRow(tr("&Source:"), addLineEdit(ArticleField::Source));

    m_published = new QDateTimeEdit(fields);
    m_published->setCalendarPopup(true);
    m_published->setTimeSpec(Qt::LocalTime);
    m_published->setMinimumDateTime(UnknownDate);
    m_published->setSpecialValueText(tr("Unknown"));
    m_published->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    connect(m_published, &QDateTimeEdit::editingFinished, this, [this]() {
        const QDateTime value = m_published->dateTime() == m_published->minimumDateTime()
                                    ? QDateTime()
                                    : m_published->dateTime().toUTC();
        commit(ArticleField::PublishedAt, value);
    });
    form->addRow(tr("&Published:"), m_published);

    m_language = new QComboBox(fields);
    m_language->setEditable(true);
    m_language->setInsertPolicy(QComboBox::NoInsert);
    for (const char *code : {"en", "de", "es", "fr", "it", "ja", "ko", "pt", "ru", "uk", "zh"})
        m_language->addItem(QString::fromLatin1(code));
    m_language->lineEdit()->setPlaceholderText(tr("e.g. en, ja, pt-BR"));
    connect(m_language->lineEdit(), &QLineEdit::editingFinished, this,
            [this]() { commit(ArticleField::Language, m_language->currentText().trimmed()); });
    connect(m_language, &QComboBox::activated, this,
            [this]() { commit(ArticleField::Language, m_language->currentText().trimmed()); });
    form->addRow(tr("&Language:"), m_language);

    m_status = new QComboBox(fields);
    m_status->setObjectName(ArticleText::fieldKey(ArticleField::Status));
    for (ArticleStatus status : ArticleText::allStatuses())
        m_status->addItem(ArticleText::statusLabel(status), QVariant::fromValue(status));
    connect(m_status, &QComboBox::activated, this,
            [this]() { commit(ArticleField::Status, m_status->currentData()); });
    form->addRow(tr("Stat&us:"), m_status);

    m_note = new QPlainTextEdit(fields);
    m_note->setObjectName(ArticleText::fieldKey(ArticleField::Note));
    m_note->setPlaceholderText(tr("Your note on this article (only you see it)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);
    m_note->installEventFilter(this);
    form->addRow(tr("&Note:"), m_note);

    m_facts = new QLabel(fields);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    form->addRow(QString(), m_facts);

    // The article's topics as chips; ✕ removes one.
    m_topics = new QLabel(fields);
    m_topics->setObjectName(QStringLiteral("topicChips"));
    m_topics->setTextFormat(Qt::RichText);
    m_topics->setWordWrap(true);
    m_topics->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_topics, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("untag:")))
            emit untagRequested(m_id, link.mid(6).toLongLong());
    });
    form->addRow(tr("Topics:"), m_topics);

    // Topics the classifier learned from the curator's tags: ✓ accepts one, ✕ turns it down (Y and N
    // do the same for the first, from the list).
    m_suggestionChips = new QLabel(fields);
    m_suggestionChips->setObjectName(QStringLiteral("suggestionChips"));
    m_suggestionChips->setTextFormat(Qt::RichText);
    m_suggestionChips->setWordWrap(true);
    m_suggestionChips->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_suggestionChips, &QLabel::linkActivated, this, [this](const QString &link) {
        const qint64 topicId = link.section(QLatin1Char(':'), 1).toLongLong();
        for (const TopicSuggestion &suggestion : std::as_const(m_suggestions)) {
            if (suggestion.topicId != topicId)
                continue;
            if (link.startsWith(QLatin1String("accept:")))
                emit acceptSuggestionRequested(m_id, topicId, suggestion.confidence);
            else if (link.startsWith(QLatin1String("reject:")))
                emit rejectSuggestionRequested(m_id, topicId);
        }
    });
    form->addRow(tr("Suggested:"), m_suggestionChips);

    // The same story from other sites: where else it ran, to merge or to keep apart.
    m_copies = new QLabel(fields);
    m_copies->setObjectName(QStringLiteral("storyCopies"));
    m_copies->setTextFormat(Qt::RichText);
    m_copies->setWordWrap(true);
    m_copies->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_copies, &QLabel::linkActivated, this, [this](const QString &link) {
        const QStringList parts = link.split(QLatin1Char(':'));
        if (parts.size() != 3)
            return;
        const qint64 articleId = parts.at(1).toLongLong();
        const qint64 copyId = parts.at(2).toLongLong();
        if (parts.first() == QLatin1String("merge"))
            emit mergeRequested(articleId, copyId);
        else if (parts.first() == QLatin1String("apart"))
            emit keepApartRequested(articleId, copyId, true);
        else if (parts.first() == QLatin1String("relink"))
            emit keepApartRequested(articleId, copyId, false);
    });

    auto *text = new QWidget(m_editor);
    auto *textLayout = new QVBoxLayout(text);
    textLayout->setContentsMargins(0, 0, 0, 0);
    m_snippet = new QLabel(text);
    m_snippet->setTextFormat(Qt::RichText);
    m_snippet->setWordWrap(true);
    m_body = new QTextBrowser(text);
    m_body->setObjectName(QStringLiteral("body"));
    // The body is sanitised HTML from the store; QTextBrowser neither runs scripts nor fetches remote
    // resources, and links are not followed inside the pane.
    m_body->setOpenLinks(false);
    m_body->setOpenExternalLinks(false);
    textLayout->addWidget(m_snippet);
    textLayout->addWidget(m_body);

    m_splitter = new QSplitter(Qt::Vertical, m_editor);
    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->addWidget(fields);
    m_splitter->addWidget(text);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // Reading comes first; the fields are one tab away. Where else the story ran stays above both, as
    // merging a copy is a decision made while reading as much as while editing.
    m_reader = new ReaderView(m_editor);
    m_tabs = new QTabWidget(m_editor);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    //: Tab: the article shown as it reads (a mode, not "has been read").
    m_tabs->addTab(m_reader, tr("Read"));
    //: Tab: the article's fields, to edit them (a mode).
    m_tabs->addTab(m_splitter, tr("Edit"));
    auto *readerTools = new QToolBar(m_tabs);
    readerTools->setObjectName(QStringLiteral("readerTools"));
    readerTools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const auto action :
         {ReaderView::Action::ShowPendingComments, ReaderView::Action::ZoomOut, ReaderView::Action::ZoomIn})
        readerTools->addAction(m_reader->action(action));
    m_tabs->setCornerWidget(readerTools, Qt::TopRightCorner);
    connect(m_tabs, &QTabWidget::currentChanged, readerTools,
            [this, readerTools]() { readerTools->setVisible(isReading()); });
    m_copies->setMargin(4);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_copies);
    editorLayout->addWidget(m_tabs, 1);

    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_placeholder);
    stack->addWidget(m_editor);

    connect(&m_library, &Library::articleChanged, this, [this](qint64 id) {
        if (id == m_id)
            reload();
    });
    const auto clearIfGone = [this](const QList<qint64> &ids) {
        if (ids.contains(m_id))
            reload();
    };
    connect(&m_library, &Library::articlesPurged, this, clearIfGone);
    connect(&m_library, &Library::articleTopicsChanged, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_id)) {
            showTopics();
            showSuggestions();
            showInReader();
        }
    });
    connect(&m_library, &Library::commentsChanged, this, [this](qint64 articleId) {
        if (articleId == m_id)
            showInReader();
    });
    connect(&m_library, &Library::commentsModerated, this, [this](const QList<qint64> &ids) {
        for (qint64 id : ids) {
            if (m_readerComments.contains(id)) {
                showInReader();
                return;
            }
        }
    });
    connect(&m_library, &Library::articlesTrashed, this, clearIfGone);
    connect(&m_library, &Library::articlesRestored, this, clearIfGone);
    showArticle(0);
}

QLineEdit *ArticleDetailPane::addLineEdit(ArticleField field)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(ArticleText::fieldKey(field));
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field]() { commit(field, edit->text()); });
    m_lineEdits.insert(field, edit);
    return edit;
}

void ArticleDetailPane::showArticle(qint64 id, const QString &snippet)
{
    m_id = id;
    m_snippet->setText(highlightedSnippet(snippet));
    m_snippet->setVisible(!snippet.isEmpty());
    reload();
}

void ArticleDetailPane::reload()
{
    auto *stack = static_cast<QStackedLayout *>(layout());
    const auto article =
        m_id ? m_library.articles().find(m_id) : Result<Article>(Error{Error::Code::NotFound, {}});
    if (!article) {
        m_id = 0;
        m_reader->clear();
        m_readerComments.clear();
        stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_loading = true;
    m_article = *article;
    for (auto it = m_lineEdits.cbegin(); it != m_lineEdits.cend(); ++it) {
        it.value()->setText(m_article.field(it.key()).toString());
        it.value()->setCursorPosition(0);
    }
    m_published->setDateTime(m_article.publishedAt.isValid() ? m_article.publishedAt.toLocalTime()
                                                             : m_published->minimumDateTime());
    m_language->setCurrentText(m_article.language);
    m_status->setCurrentIndex(m_status->findData(QVariant::fromValue(m_article.status)));
    if (m_note->toPlainText() != m_article.note)
        m_note->setPlainText(m_article.note);
    m_body->setHtml(m_article.bodyHtml);

    QStringList facts;
    facts << tr("%n word(s)", nullptr, m_article.wordCount);
    if (m_article.importedAt.isValid())
        facts << tr("added %1")
                     .arg(QLocale().toString(m_article.importedAt.toLocalTime(), QLocale::ShortFormat));
    if (!m_article.url.isEmpty())
        facts << m_article.url;
    if (m_article.trashedAt.isValid())
        facts << tr("in the trash — restore it to edit");
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    showCopies();
    showTopics();
    showSuggestions();
    showInReader();

    // An article in the trash is read-only until it is restored.
    const bool editable = !m_article.trashedAt.isValid();
    for (QLineEdit *edit : std::as_const(m_lineEdits))
        edit->setReadOnly(!editable);
    m_published->setReadOnly(!editable);
    m_language->setEnabled(editable);
    m_status->setEnabled(editable);
    m_note->setReadOnly(!editable);
    m_loading = false;
    stack->setCurrentWidget(m_editor);
}

void ArticleDetailPane::showTopics()
{
    QStringList chips;
    if (const auto links = m_library.topics().topicsOf(m_id)) {
        for (const ArticleTopic &link : *links) {
            const auto topic = m_library.topics().find(link.topicId);
            if (!topic)
                continue;
            QString label = topic->name.toHtmlEscaped();
            // Tags nobody confirmed yet say where they came from.
            if (link.origin == TagOrigin::Rule)
                label += tr(" <i>(rule)</i>");
            else if (link.origin == TagOrigin::Suggested)
                label += tr(" <i>(suggested, %1%)</i>").arg(qRound(link.confidence * 100));
            const QString colour = topic->colour.isEmpty() ? QStringLiteral("#dde3ea") : topic->colour;
            // Dark topic colours get light text, so every chip stays readable.
            const QColor background = QColor::fromString(colour);
            const QString text = background.isValid() && background.lightnessF() < 0.55
                                     ? QStringLiteral("#ffffff")
                                     : QStringLiteral("#000000");
            chips << QStringLiteral(
                         "<span style=\"background:%1; color:%4;\">&nbsp;%2&nbsp;<a href=\"untag:%3\" "
                         "style=\"text-decoration:none; color:%4;\">✕</a>&nbsp;</span>")
                         .arg(colour.toHtmlEscaped(), label)
                         .arg(link.topicId)
                         .arg(text);
        }
    }
    m_topics->setText(chips.isEmpty() ? tr("<i>none yet — press T to tag</i>")
                                      : chips.join(QStringLiteral(" ")));
}

void ArticleDetailPane::showInReader()
{
    if (!m_id)
        return;
    const ArticleContent content = ArticleContent::gather(m_library, m_article);
    m_readerComments.clear();
    for (const Comment &comment : content.comments)
        m_readerComments.insert(comment.id);
    m_reader->setContent(content);
}

void ArticleDetailPane::setReading(bool reading)
{
    m_tabs->setCurrentWidget(reading ? static_cast<QWidget *>(m_reader) : m_splitter);
}

bool ArticleDetailPane::isReading() const
{
    return m_tabs->currentWidget() == m_reader;
}

void ArticleDetailPane::setSuggestionService(SuggestionService *service)
{
    if (m_suggestionService)
        disconnect(m_suggestionService, nullptr, this, nullptr);
    m_suggestionService = service;
    if (service) {
        connect(service, &SuggestionService::classifierChanged, this, &ArticleDetailPane::showSuggestions);
        connect(service, &SuggestionService::stateChanged, this, &ArticleDetailPane::showSuggestions);
    }
    showSuggestions();
}

void ArticleDetailPane::showSuggestions()
{
    m_suggestions.clear();
    if (!m_suggestionService || !m_id || m_article.trashedAt.isValid()) {
        m_suggestionChips->clear();
        return;
    }
    m_suggestions = m_suggestionService->suggestionsFor(
        m_id, TopicEvidence::classifierText(m_article.title, m_article.dek, m_article.bodyText));
    m_suggestionChips->setToolTip(m_suggestionService->stateMessage());
    if (m_suggestions.isEmpty()) {
        m_suggestionChips->setText(m_suggestionService->state() == SuggestionService::State::Training &&
                                           m_suggestionService->classifier()->topics().isEmpty()
                                       ? tr("<i>learning from your tags…</i>")
                                       : tr("<i>none</i>"));
        return;
    }
    QStringList chips;
    for (const TopicSuggestion &suggestion : std::as_const(m_suggestions)) {
        const auto topic = m_library.topics().find(suggestion.topicId);
        if (!topic)
            continue;
        // Pale and in italics: a guess, not yet one of the article's topics.
        chips << QStringLiteral(
                     "<span style=\"background:#eef1f5; color:#3a4350;\">&nbsp;<i>%1</i> %2&nbsp;"
                     "<a href=\"accept:%3\" style=\"text-decoration:none;\" title=\"%4\">✓</a>&nbsp;"
                     "<a href=\"reject:%3\" style=\"text-decoration:none;\" title=\"%5\">✕</a>"
                     "&nbsp;</span>")
                     .arg(topic->name.toHtmlEscaped(),
                          tr("%1%").arg(QLocale().toString(qRound(suggestion.confidence * 100))))
                     .arg(suggestion.topicId)
                     .arg(tr("Accept"), tr("Reject"));
    }
    chips << tr("<small>Y accepts, N rejects the first</small>");
    m_suggestionChips->setText(chips.join(QStringLiteral(" ")));
}

void ArticleDetailPane::showCopies()
{
    QStringList linked;
    QStringList apart;
    const auto copies = m_library.stories().relatedCopies(m_id);
    if (copies) {
        for (const StoryCopy &copy : *copies) {
            // Seen from a copy, the "copy" of the link is this article and the other side is the original.
            const qint64 other = copy.copyId == m_id ? copy.articleId : copy.copyId;
            const QString name = (copy.source.isEmpty() ? copy.title : copy.source).toHtmlEscaped();
            const QString ids = QStringLiteral("%1:%2").arg(copy.articleId).arg(copy.copyId);
            if (copy.keptApart) {
                apart << tr("%1 (<a href=\"relink:%2\">same story after all</a>)").arg(name, ids);
                continue;
            }
            QString entry = name;
            if (copy.copyId == other)
                entry += tr(" (<a href=\"merge:%1\">merge</a> · <a href=\"apart:%1\">a different story</a>)")
                             .arg(ids);
            else
                entry += tr(" (first seen; <a href=\"apart:%1\">a different story</a>)").arg(ids);
            linked << entry;
        }
    }
    QStringList merged;
    if (const auto alternates = m_library.stories().alternates(m_id))
        for (const StoryAlternate &alternate : *alternates)
            merged << (alternate.source.isEmpty() ? alternate.title : alternate.source).toHtmlEscaped();
    QStringList lines;
    if (!linked.isEmpty())
        lines << tr("Also published by %1").arg(linked.join(QStringLiteral(", ")));
    if (!merged.isEmpty())
        lines << tr("Also ran in %1 (merged)").arg(merged.join(QStringLiteral(", ")));
    if (!apart.isEmpty())
        lines << tr("Kept apart from %1").arg(apart.join(QStringLiteral(", ")));
    m_copies->setText(lines.join(QStringLiteral("<br>")));
    m_copies->setVisible(!lines.isEmpty());
}

void ArticleDetailPane::commit(ArticleField field, const QVariant &value)
{
    if (m_loading || m_id == 0 || m_article.trashedAt.isValid())
        return;
    if (m_article.field(field) == value)
        return;
    if (field == ArticleField::Title && value.toString().trimmed().isEmpty()) {
        m_lineEdits.value(ArticleField::Title)->setText(m_article.title); // a title cannot be cleared
        return;
    }
    emit fieldEdited(m_id, field, value);
}

bool ArticleDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut)
        commit(ArticleField::Note, m_note->toPlainText());
    return QWidget::eventFilter(watched, event);
}

void ArticleDetailPane::focusTitle()
{
    setReading(false);
    QLineEdit *title = m_lineEdits.value(ArticleField::Title);
    title->setFocus(Qt::OtherFocusReason);
    title->selectAll();
}

} // namespace Newsdesk
