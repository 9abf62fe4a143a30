#include "CommentFormatTest.h"

#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "moderation/CommentFormats.h"
#include "moderation/CommentImport.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace Newsdesk {

using namespace Testing;

namespace {

QString samplePath(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/comments/") + name;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2024, 5, day), QTime(hour, minute), Qt::UTC);
}

/// Markup that would run or call out in a reader page: none may survive sanitising.
bool looksActive(const QString &html)
{
    static const QRegularExpression script(QStringLiteral("<script"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handler(QStringLiteral("<[^>]*\\son\\w+\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression javascriptUrl(QStringLiteral("<[^>]*javascript:"),
                                                  QRegularExpression::CaseInsensitiveOption);
    return html.contains(script) || html.contains(handler) || html.contains(javascriptUrl);
}

} // namespace

void CommentFormatTest::init()
{
    m_library = std::make_unique<TestLibrary>();
    Article harbour;
    harbour.url = HarbourUrl;
    harbour.title = QStringLiteral("Harbour plan");
    harbour.bodyText = QStringLiteral("The council presented its plan for the harbour.");
    Article rail;
    rail.url = RailUrl;
    rail.title = QStringLiteral("Rail strike");
    rail.bodyText = QStringLiteral("Trains stood still.");
    const auto ids = (*m_library)->articles().insert({harbour, rail});
    QVERIFY2(ids, qPrintable(ids.errorString()));
    m_harbour = ids->at(0);
    m_rail = ids->at(1);
    QCOMPARE(m_rail, 2); // the JSON sample names it by id
}

void CommentFormatTest::cleanup()
{
    m_library.reset();
}

Result<CommentImportReport> CommentFormatTest::importBytes(const QByteArray &data)
{
    CommentImportOptions options;
    options.format = formatKey();
    return CommentImport(**m_library).importData(data, QStringLiteral("generated"), options);
}

Comment CommentFormatTest::find(qint64 articleId, const QString &id)
{
    const auto found = (*m_library)->comments().findExternal(articleId, idPrefix() + QLatin1Char(':') + id);
    if (!found)
        return {};
    return (*m_library)->comments().find(*found).value();
}

void CommentFormatTest::recognisesContent()
{
    const QByteArray sample = readBytes(samplePath(sampleFile()));
    QVERIFY(!sample.isEmpty());
    // The content decides, not the name.
    for (const QString &name : {sampleFile(), QStringLiteral("comments.txt"), QString()}) {
        const CommentReader *reader = CommentFormats::detect(sample, name);
        QVERIFY(reader);
        QCOMPARE(reader->key(), formatKey());
    }
    const CommentReader *generated = CommentFormats::detect(write(manyComments(3)), QString());
    QVERIFY(generated);
    QCOMPARE(generated->key(), formatKey());
    // No other reader takes this format's sample for its own.
    for (const auto &reader : CommentFormats::readers())
        if (reader->key() != formatKey())
            QVERIFY2(!reader->canRead(sample, sampleFile()), qPrintable(reader->key()));
}

void CommentFormatTest::readsSample()
{
    const auto report = CommentImport(**m_library).importFile(samplePath(sampleFile()));
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 5);
    QCOMPARE(report->alreadyThere, 0);
    QCOMPARE(report->skippedCount(), 1 + formatSkipped());
    QCOMPARE(report->addedIds.size(), 5);
    QVERIFY(!report->format.isEmpty());

    const Comment ada = find(m_harbour, QStringLiteral("101"));
    QVERIFY(ada.id > 0);
    QCOMPARE(ada.author, QStringLiteral("Ada Reader"));
    QCOMPARE(ada.authorEmail, QStringLiteral("ada@example.org"));
    QCOMPARE(ada.authorUrl, QStringLiteral("https://ada.example.org/"));
    QCOMPARE(ada.authorIp, QStringLiteral("192.0.2.10"));
    QCOMPARE(ada.postedAt, utc(2, 8, 15));
    QCOMPARE(ada.bodyText, QStringLiteral("Finally a plan for the harbour."));
    QCOMPARE(ada.body, QStringLiteral("<p>Finally a plan for the harbour.</p>"));
    QCOMPARE(ada.status, CommentStatus::Approved);
    QCOMPARE(ada.decidedBy, QString(DecidedBy::Import));
    QCOMPARE(ada.parentId, 0);

    // The reply comes first in every sample: it still finds its parent.
    const Comment ben = find(m_harbour, QStringLiteral("102"));
    QVERIFY(ben.id > 0);
    QCOMPARE(ben.parentId, ada.id);
    QCOMPARE(ben.status, CommentStatus::Pending);
    QVERIFY(ben.decidedBy.isEmpty()); // pending: nobody decided, the moderation rules still may
    QVERIFY2(ben.authorUrl.isEmpty(), qPrintable(ben.authorUrl)); // javascript: is no author address
    QCOMPARE(ben.postedAt, utc(2, 9, 0));
    QCOMPARE(ben.body, QStringLiteral("<p>Not so fast.</p><p>The budget is missing.</p>"));
    QCOMPARE(ben.bodyText, QStringLiteral("Not so fast.\n\nThe budget is missing."));

    const Comment spam = find(m_harbour, QStringLiteral("103"));
    QVERIFY(spam.id > 0);
    QCOMPARE(spam.status, CommentStatus::Spam);
    QCOMPARE(spam.author, QStringLiteral("Cheap Watches"));
    QCOMPARE(spam.postedAt, utc(2, 10, 30));

    const Comment cora = find(m_rail, QStringLiteral("104"));
    QVERIFY(cora.id > 0);
    QCOMPARE(cora.status, CommentStatus::Rejected);
    QCOMPARE(cora.decidedBy, QString(DecidedBy::Import));

    const Comment eve = find(m_rail, QStringLiteral("106"));
    QVERIFY(eve.id > 0);
    QCOMPARE(eve.postedAt, utc(3, 11, 0));
    if (statusWords()) {
        QCOMPARE(eve.status, CommentStatus::Pending);
        QVERIFY2(report->issues.join(QLatin1Char('\n')).contains(QLatin1String("limbo")),
                 qPrintable(report->issues.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(eve.status, CommentStatus::Approved);
    }
    QCOMPARE((*m_library)->comments().count().value(), 5);
}

void CommentFormatTest::sanitisesMarkup()
{
    const auto report = CommentImport(**m_library).importFile(samplePath(sampleFile()));
    QVERIFY2(report, qPrintable(report.errorString()));
    const auto comments = (*m_library)->comments().ofArticle(m_harbour);
    QVERIFY(comments);
    for (const Comment &comment : *comments)
        QVERIFY2(!looksActive(comment.body), qPrintable(comment.body));
    const Comment spam = find(m_harbour, QStringLiteral("103"));
    QVERIFY2(spam.bodyText.contains(QLatin1String("cheap watches")), qPrintable(spam.bodyText));
    QVERIFY2(spam.body.contains(QLatin1String("cheap watches")), qPrintable(spam.body));
}

void CommentFormatTest::skipsCommentsOfMissingArticles()
{
    const auto report = CommentImport(**m_library).importFile(samplePath(sampleFile()));
    QVERIFY2(report, qPrintable(report.errorString()));
    const QString issues = report->issues.join(QLatin1Char('\n'));
    QVERIFY2(issues.contains(MissingUrl), qPrintable(issues));
    QCOMPARE(report->skipped.value(CommentImport::tr("their article is not in the library")), 1);
    // Nothing of it reached another article either.
    const auto all = (*m_library)->comments().count();
    QCOMPARE(all.value(), 5);
}

void CommentFormatTest::importingAgainAddsNothing()
{
    CommentImport import(**m_library);
    const auto first = import.importFile(samplePath(sampleFile()));
    QVERIFY2(first, qPrintable(first.errorString()));
    const auto second = CommentImport(**m_library).importFile(samplePath(sampleFile()));
    QVERIFY2(second, qPrintable(second.errorString()));
    QCOMPARE(second->added, 0);
    QCOMPARE(second->alreadyThere, 5);
    QCOMPARE((*m_library)->comments().count().value(), 5);
}

void CommentFormatTest::linksReplyToCommentImportedBefore()
{
    TestComment parent;
    parent.id = QStringLiteral("500");
    parent.articleUrl = HarbourUrl;
    parent.author = QStringLiteral("First");
    parent.posted = utc(5, 10, 0);
    parent.text = QStringLiteral("The first word.");
    parent.status = QStringLiteral("approved");
    const auto first = importBytes(write({parent}));
    QVERIFY2(first, qPrintable(first.errorString()));
    QCOMPARE(first->added, 1);

    TestComment reply = parent;
    reply.id = QStringLiteral("501");
    reply.parentId = QStringLiteral("500");
    reply.author = QStringLiteral("Second");
    reply.text = QStringLiteral("A later answer, in a later file.");
    TestComment orphan = reply;
    orphan.id = QStringLiteral("502");
    orphan.parentId = QStringLiteral("499"); // in neither file nor library
    orphan.text = QStringLiteral("An answer to nothing we have.");
    const auto second = importBytes(write({reply, orphan}));
    QVERIFY2(second, qPrintable(second.errorString()));
    QCOMPARE(second->added, 2);
    QCOMPARE(find(m_harbour, QStringLiteral("501")).parentId, find(m_harbour, QStringLiteral("500")).id);
    QCOMPARE(find(m_harbour, QStringLiteral("502")).parentId, 0);
    QVERIFY2(second->issues.join(QLatin1Char('\n')).contains(QLatin1String("499")),
             qPrintable(second->issues.join(QLatin1Char('\n'))));
}

void CommentFormatTest::repliesBeforeTheirParents()
{
    // A thread three deep, written leaves first.
    QList<TestComment> comments;
    for (int i = 3; i >= 1; --i) {
        TestComment comment;
        comment.id = QString::number(600 + i);
        comment.parentId = i > 1 ? QString::number(600 + i - 1) : QString();
        comment.articleUrl = RailUrl;
        comment.author = QStringLiteral("Level %1").arg(i);
        comment.posted = utc(6, 9, i);
        comment.text = QStringLiteral("Depth %1.").arg(i);
        comments << comment;
    }
    const auto report = importBytes(write(comments));
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 3);
    const Comment top = find(m_rail, QStringLiteral("601"));
    const Comment middle = find(m_rail, QStringLiteral("602"));
    const Comment leaf = find(m_rail, QStringLiteral("603"));
    QCOMPARE(top.parentId, 0);
    QCOMPARE(middle.parentId, top.id);
    QCOMPARE(leaf.parentId, middle.id);
    const auto thread = (*m_library)->comments().thread(leaf.id);
    QVERIFY(thread);
    QCOMPARE(thread->size(), 3);
    QCOMPARE(thread->last().depth, 2);
}

void CommentFormatTest::unknownStatusIsPending()
{
    if (!statusWords())
        QSKIP("The format has no status words, so no unknown ones.");
    TestComment comment;
    comment.id = QStringLiteral("700");
    comment.articleUrl = HarbourUrl;
    comment.text = QStringLiteral("Where do I stand?");
    comment.posted = utc(7, 7, 7);
    comment.status = QStringLiteral("undecided-ish");
    const auto report = importBytes(write({comment}));
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 1);
    const Comment stored = find(m_harbour, QStringLiteral("700"));
    QCOMPARE(stored.status, CommentStatus::Pending);
    QVERIFY(stored.decidedBy.isEmpty());
    QVERIFY2(report->issues.join(QLatin1Char('\n')).contains(QLatin1String("undecided-ish")),
             qPrintable(report->issues.join(QLatin1Char('\n'))));
}

void CommentFormatTest::cutsLongText()
{
    TestComment comment;
    comment.id = QStringLiteral("800");
    comment.articleUrl = HarbourUrl;
    comment.posted = utc(8, 8, 8);
    // 7 bytes of UTF-8 a word, 100 KiB in all: the cut must not split a character.
    while (comment.text.toUtf8().size() < 100 * 1024)
        comment.text += QStringLiteral("Größe ");
    const auto report = importBytes(write({comment}));
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 1);
    const Comment stored = find(m_harbour, QStringLiteral("800"));
    QVERIFY(stored.id > 0);
    QVERIFY2(stored.bodyText.toUtf8().size() <= CommentReader::MaxTextBytes,
             qPrintable(QString::number(stored.bodyText.toUtf8().size())));
    QVERIFY(stored.bodyText.toUtf8().size() > CommentReader::MaxTextBytes / 2);
    QVERIFY(!stored.bodyText.contains(QChar::ReplacementCharacter));
    QVERIFY(stored.bodyText.startsWith(QStringLiteral("Größe Größe")));
    const QString issues = report->issues.join(QLatin1Char('\n'));
    QVERIFY2(issues.contains(QLatin1String("64 KiB")) && issues.contains(QLatin1String("800")),
             qPrintable(issues));
}

void CommentFormatTest::keepsTextIntact()
{
    // What each syntax must escape: quotes, delimiters, markup characters, line breaks, the end of CDATA.
    TestComment comment;
    comment.id = QStringLiteral("900");
    comment.articleUrl = HarbourUrl;
    comment.author = QStringLiteral("O'Brien, \"Bo\" & Co");
    comment.email = QStringLiteral("bo@example.org");
    comment.posted = utc(9, 9, 9);
    comment.text = QStringLiteral("Costs < 5 & > 3; \"quoted\", she said ]]> then\nleft.\n\nÜber 😀 end");
    const auto report = importBytes(write({comment}));
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->added, 1);
    const Comment stored = find(m_harbour, QStringLiteral("900"));
    QCOMPARE(stored.author, comment.author);
    QCOMPARE(stored.bodyText, comment.text);
    QVERIFY2(!looksActive(stored.body), qPrintable(stored.body));
}

void CommentFormatTest::refusesBrokenFiles_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : brokenFiles())
        QTest::newRow(qPrintable(file)) << QStringLiteral(TEST_DATA_DIR "/broken/comments/") + file;
}

void CommentFormatTest::refusesBrokenFiles()
{
    QFETCH(QString, file);
    QVERIFY2(QFile::exists(file), qPrintable(file));
    // Sniffed as this format, or forced to it: either way the file is refused whole.
    for (const QString &format : {QString(), formatKey()}) {
        CommentImportOptions options;
        options.format = format;
        const auto report = CommentImport(**m_library).importFile(file, options);
        QVERIFY2(!report, "a broken file was imported");
        QVERIFY(!report.errorString().isEmpty());
        QVERIFY2(report.errorString().contains(QFileInfo(file).fileName()), qPrintable(report.errorString()));
        QCOMPARE((*m_library)->comments().count().value(), 0);
    }
}

} // namespace Newsdesk
