// `newsdesk-cli comments`, `comments triage`, `moderate` and `moderation config|log`, end to end: the
// built binary runs on a library in a temporary folder, and its exit codes, output and effect on the
// file are checked.

#include "CliRunner.h"
#include "SyntheticComments.h"
#include "TestLibrary.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "moderation/ModerationSettings.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;
using namespace Newsdesk::Testing;

namespace {

const QDateTime Noon(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

Comment comment(qint64 article, const QString &text, const QString &author, const QString &email,
                CommentStatus status = CommentStatus::Pending, int minutes = 0)
{
    Comment c;
    c.articleId = article;
    c.author = author;
    c.authorEmail = email;
    c.authorIp = QStringLiteral("192.0.2.%1").arg(author.size());
    c.bodyText = text;
    c.body = commentHtmlFromText(text);
    c.postedAt = Noon.addSecs(minutes * 60);
    c.status = status;
    if (status != CommentStatus::Pending)
        c.decidedBy = DecidedBy::Import;
    return c;
}

} // namespace

class TestModerationCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listComments();
    void listRejectsBadOptions();
    void triageProposesWithoutChanging();
    void triageApplies();
    void triageLearnsFromTheLibrary();
    void moderate();
    void moderateRejects();
    void configShowsAndSets();
    void configRejectsAndSavesNothing();
    void logAsTextJsonAndCsv();
    void importIsDispatched();
    void moderationNeedsAnAction();
    void addComment();
    void addCommentRejects();

private:
    CliRun cli(const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("--library"), m_path} + arguments,
                      sealedCliEnvironment(m_home.path()));
    }

    QTemporaryDir m_home;
    std::unique_ptr<TestLibrary> m_library;
    QString m_path;
    qint64 m_article = 0;
    QList<qint64>
        m_ids; ///< known author's approved, casino spam-to-be, harbour hold, known author's new, plain
};

void TestModerationCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(NEWSDESK_CLI_PATH)).isExecutable(), NEWSDESK_CLI_PATH);
}

void TestModerationCli::init()
{
    m_library = std::make_unique<TestLibrary>();
    Library &library = **m_library;
    Article article;
    article.title = QStringLiteral("Harbour plan");
    article.url = QStringLiteral("https://news.example/harbour");
    m_article = library.articles().insert({article}).value().first();
    m_ids =
        library.comments()
            .insert({comment(m_article, QStringLiteral("An earlier comment"), QStringLiteral("Ann"),
                             QStringLiteral("ann@example.org"), CommentStatus::Approved, 0),
                     comment(m_article, QStringLiteral("Best online casino bonus"), QStringLiteral("Promo"),
                             QStringLiteral("promo@example.net"), CommentStatus::Pending, 1),
                     comment(m_article, QStringLiteral("What about the harbour?"), QStringLiteral("Bo"),
                             QStringLiteral("bo@example.org"), CommentStatus::Pending, 2),
                     comment(m_article, QStringLiteral("Me again"), QStringLiteral("Ann"),
                             QStringLiteral("ann@example.org"), CommentStatus::Pending, 3),
                     comment(m_article, QStringLiteral("Just reading"), QStringLiteral("Cy"),
                             QStringLiteral("cy@example.org"), CommentStatus::Pending, 4)})
            .value();
    ModerationSettings settings;
    settings.disallowedKeys = {QStringLiteral("casino")};
    settings.moderationKeys = {QStringLiteral("harbour")};
    QVERIFY(settings.save(library));
    m_path = m_library->path();
}

void TestModerationCli::cleanup()
{
    m_library.reset();
}

void TestModerationCli::listComments()
{
    const CliRun all = cli({QStringLiteral("comments"), QStringLiteral("--json")});
    COMPARE_EXIT(all, 0);
    PARSE_JSON(all, json);
    QCOMPARE(json.value(QLatin1String("total")).toInt(), 5);
    const QJsonArray comments = json.value(QLatin1String("comments")).toArray();
    QCOMPARE(comments.size(), 5);
    QCOMPARE(comments.first().toObject().value(QLatin1String("id")).toInteger(),
             m_ids.last()); // newest first
    QCOMPARE(comments.first().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(comments.first().toObject().value(QLatin1String("articleId")).toInteger(), m_article);

    const CliRun filtered =
        cli({QStringLiteral("comments"), QStringLiteral("--status"), QStringLiteral("pending"),
             QStringLiteral("--author"), QStringLiteral("ann@example.org"), QStringLiteral("--json")});
    COMPARE_EXIT(filtered, 0);
    PARSE_JSON(filtered, only);
    QCOMPARE(only.value(QLatin1String("total")).toInt(), 1);
    QCOMPARE(only.value(QLatin1String("comments"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("id"))
                 .toInteger(),
             m_ids.at(3));

    const CliRun limited = cli({QStringLiteral("comments"), QStringLiteral("--limit"), QStringLiteral("2"),
                                QStringLiteral("--article"), QString::number(m_article)});
    COMPARE_EXIT(limited, 0);
    QVERIFY2(limited.out.contains("5 comments in all. 2 shown."), limited.out.constData());
    QVERIFY(limited.out.contains("Just reading"));
}

void TestModerationCli::listRejectsBadOptions()
{
    COMPARE_EXIT(cli({QStringLiteral("comments"), QStringLiteral("--status"), QStringLiteral("hidden")}), 2);
    COMPARE_EXIT(cli({QStringLiteral("comments"), QStringLiteral("--limit"), QStringLiteral("0")}), 2);
    COMPARE_EXIT(cli({QStringLiteral("comments"), QStringLiteral("--article"), QStringLiteral("x")}), 2);
    COMPARE_EXIT(cli({QStringLiteral("comments"), QStringLiteral("purge")}), 2);
}

void TestModerationCli::triageProposesWithoutChanging()
{
    const CliRun run = cli({QStringLiteral("comments"), QStringLiteral("triage"), QStringLiteral("--json")});
    COMPARE_EXIT(run, 0);
    PARSE_JSON(run, json);
    QCOMPARE(json.value(QLatin1String("pending")).toInt(), 4);
    QVERIFY(!json.value(QLatin1String("filter")).toObject().value(QLatin1String("trained")).toBool());
    QVERIFY(json.contains(QLatin1String("spamThreshold")));
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &value : json.value(QLatin1String("comments")).toArray())
        byId.insert(value.toObject().value(QLatin1String("id")).toInteger(), value.toObject());
    QCOMPARE(byId.size(), 4);
    const QJsonObject spam = byId.value(m_ids.at(1));
    QCOMPARE(spam.value(QLatin1String("proposed")).toString(), QStringLiteral("spam"));
    QCOMPARE(spam.value(QLatin1String("decidedBy")).toString(), QStringLiteral("rules"));
    QCOMPARE(spam.value(QLatin1String("reason")).toString(),
             QStringLiteral("Disallowed key “casino” in the text"));
    QCOMPARE(spam.value(QLatin1String("rules")).toArray().first().toString(),
             QStringLiteral("disallowed-key"));
    QVERIFY(spam.value(QLatin1String("score")).isNull()); // no filter yet
    QCOMPARE(byId.value(m_ids.at(2)).value(QLatin1String("proposed")).toString(), QStringLiteral("pending"));
    QCOMPARE(byId.value(m_ids.at(3)).value(QLatin1String("proposed")).toString(), QStringLiteral("approved"));
    QCOMPARE(byId.value(m_ids.at(4)).value(QLatin1String("proposed")).toString(), QStringLiteral("pending"));
    QVERIFY(byId.value(m_ids.at(4)).value(QLatin1String("decidedBy")).isNull());
    QCOMPARE(json.value(QLatin1String("proposed")).toObject().value(QLatin1String("pending")).toInt(), 2);
    QVERIFY(!json.contains(QLatin1String("applied")));
    QCOMPARE(m_library->get()->comments().count(CommentStatus::Pending).value(), 4);

    // Options before the action word work as well.
    const CliRun text = cli({QStringLiteral("comments"), QStringLiteral("--json"), QStringLiteral("triage")});
    COMPARE_EXIT(text, 0);
}

void TestModerationCli::triageApplies()
{
    const CliRun run = cli({QStringLiteral("comments"), QStringLiteral("triage"), QStringLiteral("--apply")});
    COMPARE_EXIT(run, 0);
    // "comment(s)" where the English plural forms are not loaded.
    static const QRegularExpression applied(
        QStringLiteral("1 comment(\\(s\\))? approved\\. 1 comment(\\(s\\))? marked as spam\\."));
    QVERIFY2(QString::fromUtf8(run.out).contains(applied), run.out.constData());
    Library &library = **m_library;
    QCOMPARE(library.comments().find(m_ids.at(1))->status, CommentStatus::Spam);
    QCOMPARE(library.comments().find(m_ids.at(1))->decidedBy, QString(DecidedBy::Rules));
    QCOMPARE(library.comments().find(m_ids.at(3))->status, CommentStatus::Approved);
    QCOMPARE(library.comments().log()->size(), 2);

    const CliRun again = cli({QStringLiteral("comments"), QStringLiteral("triage"), QStringLiteral("--apply"),
                              QStringLiteral("--json")});
    COMPARE_EXIT(again, 0);
    PARSE_JSON(again, json);
    QVERIFY(json.value(QLatin1String("applied")).toObject().isEmpty());
}

void TestModerationCli::triageLearnsFromTheLibrary()
{
    // Decided comments to learn from, and pending ones to triage, as an import with labels would leave them.
    Library &library = **m_library;
    SyntheticComments::Options options;
    options.articleIds = {m_article};
    options.labelNoise = 0;
    QList<Comment> comments;
    QList<LabelledComment> items = SyntheticComments(77).generate(460, options);
    for (qsizetype i = 0; i < items.size(); ++i) {
        Comment c = items.at(i).comment;
        c.parentId = 0;
        if (i < 400) {
            c.status = items.at(i).spam ? CommentStatus::Spam : CommentStatus::Approved;
            c.decidedBy = DecidedBy::Import;
        }
        comments << c;
    }
    QVERIFY(library.comments().insert(comments));

    const CliRun run = cli({QStringLiteral("comments"), QStringLiteral("triage"), QStringLiteral("--json")});
    COMPARE_EXIT(run, 0);
    PARSE_JSON(run, json);
    const QJsonObject filter = json.value(QLatin1String("filter")).toObject();
    QVERIFY(filter.value(QLatin1String("trained")).toBool());
    QCOMPARE(filter.value(QLatin1String("hamExamples")).toInt() +
                 filter.value(QLatin1String("spamExamples")).toInt(),
             401);
    int right = 0;
    int scored = 0;
    for (const QJsonValue &value : json.value(QLatin1String("comments")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString external = object.value(QLatin1String("externalId")).toString();
        if (!external.startsWith(QLatin1String("syn-")))
            continue;
        const int index = external.mid(4).toInt() - 1;
        QVERIFY(index >= 400);
        QVERIFY(object.value(QLatin1String("score")).isDouble());
        ++scored;
        right += (object.value(QLatin1String("score")).toDouble() >= 0.5) == items.at(index).spam;
    }
    QCOMPARE(scored, 60);
    QVERIFY2(right >= 51, qPrintable(QString::number(right)));
}

void TestModerationCli::moderate()
{
    const CliRun run = cli({QStringLiteral("moderate"), QString::number(m_ids.at(1)),
                            QString::number(m_ids.at(2)), QStringLiteral("spam"), QStringLiteral("--reason"),
                            QStringLiteral("seen before"), QStringLiteral("--json")});
    COMPARE_EXIT(run, 0);
    PARSE_JSON(run, json);
    QCOMPARE(json.value(QLatin1String("changed")).toArray().size(), 2);
    Library &library = **m_library;
    const Comment decided = library.comments().find(m_ids.at(2)).value();
    QCOMPARE(decided.status, CommentStatus::Spam);
    QCOMPARE(decided.decidedBy, QString(DecidedBy::Curator));
    QCOMPARE(decided.reason, QStringLiteral("seen before"));

    // Already spam: nothing to change, and the command says so.
    const CliRun again =
        cli({QStringLiteral("moderate"), QString::number(m_ids.at(1)), QStringLiteral("spam")});
    COMPARE_EXIT(again, 0);
    QVERIFY2(again.out.contains("already had that status"), again.out.constData());

    COMPARE_EXIT(cli({QStringLiteral("moderate"), QString::number(m_ids.at(1)), QStringLiteral("approve")}),
                 0);
    COMPARE_EXIT(cli({QStringLiteral("moderate"), QString::number(m_ids.at(1)), QStringLiteral("reject")}),
                 0);
    COMPARE_EXIT(cli({QStringLiteral("moderate"), QString::number(m_ids.at(1)), QStringLiteral("pending")}),
                 0);
    const auto log = library.comments().log(m_ids.at(1));
    QCOMPARE(log->size(), 4);
    QCOMPARE(log->last().to, CommentStatus::Pending);
    QCOMPARE(log->last().actor, QString(DecidedBy::Curator));
}

void TestModerationCli::moderateRejects()
{
    COMPARE_EXIT(cli({QStringLiteral("moderate"), QString::number(m_ids.at(1))}), 2);
    COMPARE_EXIT(cli({QStringLiteral("moderate"), QString::number(m_ids.at(1)), QStringLiteral("delete")}),
                 2);
    COMPARE_EXIT(cli({QStringLiteral("moderate"), QStringLiteral("abc"), QStringLiteral("spam")}), 2);
    // A missing comment fails the whole command: nothing changes.
    const CliRun missing = cli({QStringLiteral("moderate"), QString::number(m_ids.at(1)),
                                QStringLiteral("99999"), QStringLiteral("spam")});
    COMPARE_EXIT(missing, 1);
    QVERIFY(missing.err.contains("99999"));
    QCOMPARE(m_library->get()->comments().find(m_ids.at(1))->status, CommentStatus::Pending);
}

void TestModerationCli::configShowsAndSets()
{
    const CliRun shown =
        cli({QStringLiteral("moderation"), QStringLiteral("config"), QStringLiteral("--json")});
    COMPARE_EXIT(shown, 0);
    PARSE_JSON(shown, json);
    QCOMPARE(json.keys().size(), ModerationSettings::keys().size());
    QCOMPARE(json.value(QLatin1String("disallowed_keys")).toArray().first().toString(),
             QStringLiteral("casino"));
    QCOMPARE(json.value(QLatin1String("link_limit")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("auto_spam")).toBool(true), false);

    const CliRun set = cli({QStringLiteral("moderation"), QStringLiteral("config"),
                            QStringLiteral("link_limit=0"), QStringLiteral("moderation_keys=press, casino"),
                            QStringLiteral("auto_spam=on"), QStringLiteral("spam_threshold=0.9")});
    COMPARE_EXIT(set, 0);
    QVERIFY2(set.out.contains("link_limit = 0") && set.out.contains("Saved"), set.out.constData());
    const auto saved = ModerationSettings::load(**m_library);
    QCOMPARE(saved->linkLimit, 0);
    QCOMPARE(saved->moderationKeys, (QStringList{QStringLiteral("press"), QStringLiteral("casino")}));
    QVERIFY(saved->autoSpam);
    QCOMPARE(saved->spamThreshold, 0.9);
}

void TestModerationCli::configRejectsAndSavesNothing()
{
    const CliRun badKey = cli({QStringLiteral("moderation"), QStringLiteral("config"),
                               QStringLiteral("link_limit=5"), QStringLiteral("max_links=3")});
    COMPARE_EXIT(badKey, 2);
    QVERIFY2(badKey.err.contains("There is no moderation setting “max_links”"), badKey.err.constData());
    const CliRun badValue = cli({QStringLiteral("moderation"), QStringLiteral("config"),
                                 QStringLiteral("link_limit=5"), QStringLiteral("hold_all=perhaps")});
    COMPARE_EXIT(badValue, 2);
    QVERIFY(badValue.err.contains("hold_all takes on or off"));
    COMPARE_EXIT(cli({QStringLiteral("moderation"), QStringLiteral("config"), QStringLiteral("link_limit")}),
                 2);
    QCOMPARE(ModerationSettings::load(**m_library)->linkLimit, 2);
}

void TestModerationCli::logAsTextJsonAndCsv()
{
    COMPARE_EXIT(cli({QStringLiteral("moderate"), QString::number(m_ids.at(1)), QStringLiteral("spam")}), 0);
    COMPARE_EXIT(cli({QStringLiteral("moderate"), QString::number(m_ids.at(2)), QStringLiteral("approve")}),
                 0);

    const CliRun json = cli({QStringLiteral("moderation"), QStringLiteral("log"), QStringLiteral("--json")});
    COMPARE_EXIT(json, 0);
    PARSE_JSON(json, log);
    const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().toObject().value(QLatin1String("actor")).toString(), QStringLiteral("curator"));
    QCOMPARE(entries.first().toObject().value(QLatin1String("from")).toString(), QStringLiteral("pending"));
    QCOMPARE(entries.first().toObject().value(QLatin1String("to")).toString(), QStringLiteral("spam"));

    const CliRun one = cli({QStringLiteral("moderation"), QStringLiteral("log"), QStringLiteral("--comment"),
                            QString::number(m_ids.at(2)), QStringLiteral("--csv")});
    COMPARE_EXIT(one, 0);
    const QList<QByteArray> lines = one.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.first().startsWith("id,comment_id,at,actor,from,to,reason"), lines.first().constData());
    QVERIFY(lines.last().contains(",curator,pending,approved,"));

    const CliRun text = cli({QStringLiteral("moderation"), QStringLiteral("log")});
    COMPARE_EXIT(text, 0);
    QVERIFY2(text.out.contains("pending → spam") && text.out.contains("2 decision"), text.out.constData());

    COMPARE_EXIT(cli({QStringLiteral("moderation"), QStringLiteral("log"), QStringLiteral("--csv"),
                      QStringLiteral("--json")}),
                 2);
    COMPARE_EXIT(cli({QStringLiteral("moderation"), QStringLiteral("log"), QStringLiteral("--comment"),
                      QStringLiteral("x")}),
                 2);
}

void TestModerationCli::importIsDispatched()
{
    // `comments import` belongs to runCommentsImport: without a file it is its usage error, not ours.
    const CliRun run = cli({QStringLiteral("comments"), QStringLiteral("import")});
    COMPARE_EXIT(run, 2);
    QVERIFY2(run.err.contains("comments import"), run.err.constData());
    const CliRun help = cli({QStringLiteral("comments"), QStringLiteral("import"), QStringLiteral("--help")});
    COMPARE_EXIT(help, 0);
    QVERIFY2(help.out.contains("comments import"), help.out.constData());
}

void TestModerationCli::moderationNeedsAnAction()
{
    COMPARE_EXIT(cli({QStringLiteral("moderation")}), 2);
    COMPARE_EXIT(cli({QStringLiteral("moderation"), QStringLiteral("purge")}), 2);
    const CliRun help =
        cli({QStringLiteral("moderation"), QStringLiteral("config"), QStringLiteral("--help")});
    COMPARE_EXIT(help, 0);
    QVERIFY(help.out.contains("KEY=VALUE"));
}

void TestModerationCli::addComment()
{
    const CliRun run = cli({QStringLiteral("comments"), QStringLiteral("add"), QString::number(m_article),
                            QStringLiteral("--author"), QStringLiteral("Desk"), QStringLiteral("--email"),
                            QStringLiteral("desk@news.example"), QStringLiteral("Thanks"),
                            QStringLiteral("for reading."), QStringLiteral("--json")});
    COMPARE_EXIT(run, 0);
    PARSE_JSON(run, json);
    const qint64 id = json.value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("approved"));
    Library &library = **m_library;
    const Comment added = library.comments().find(id).value();
    QCOMPARE(added.articleId, m_article);
    QCOMPARE(added.parentId, 0);
    QCOMPARE(added.author, QStringLiteral("Desk"));
    QCOMPARE(added.authorEmail, QStringLiteral("desk@news.example"));
    QCOMPARE(added.bodyText, QStringLiteral("Thanks for reading."));
    QCOMPARE(added.status, CommentStatus::Approved);
    QCOMPARE(added.decidedBy, QString(DecidedBy::Curator));

    // A reply, held as pending; the text form of the output.
    const CliRun reply = cli({QStringLiteral("comments"), QStringLiteral("add"), QString::number(m_article),
                              QStringLiteral("--author"), QStringLiteral("Desk"), QStringLiteral("--parent"),
                              QString::number(m_ids.at(2)), QStringLiteral("--status"),
                              QStringLiteral("pending"), QStringLiteral("We asked the port.")});
    COMPARE_EXIT(reply, 0);
    QVERIFY2(reply.out.contains("Added comment"), reply.out.constData());
    const auto thread = library.comments().thread(m_ids.at(2)).value();
    QCOMPARE(thread.size(), 2);
    QCOMPARE(thread.last().comment.parentId, m_ids.at(2));
    QCOMPARE(thread.last().comment.status, CommentStatus::Pending);
    QVERIFY(thread.last().comment.decidedBy.isEmpty());
}

void TestModerationCli::addCommentRejects()
{
    Library &library = **m_library;
    const int before = library.comments().count().value();
    const QStringList add{QStringLiteral("comments"), QStringLiteral("add")};
    // No author, no text, a bad status, a bad article id: usage errors.
    COMPARE_EXIT(cli(add + QStringList{QString::number(m_article), QStringLiteral("Hello")}), 2);
    COMPARE_EXIT(cli(add + QStringList{QString::number(m_article), QStringLiteral("--author"),
                                       QStringLiteral("Desk")}),
                 2);
    COMPARE_EXIT(
        cli(add + QStringList{QString::number(m_article), QStringLiteral("--author"), QStringLiteral("Desk"),
                              QStringLiteral("--status"), QStringLiteral("maybe"), QStringLiteral("Hello")}),
        2);
    COMPARE_EXIT(cli(add + QStringList{QStringLiteral("abc"), QStringLiteral("--author"),
                                       QStringLiteral("Desk"), QStringLiteral("Hello")}),
                 2);
    // A missing article or parent fails and adds nothing.
    const CliRun missing = cli(add + QStringList{QStringLiteral("99999"), QStringLiteral("--author"),
                                                 QStringLiteral("Desk"), QStringLiteral("Hello")});
    COMPARE_EXIT(missing, 1);
    COMPARE_EXIT(
        cli(add + QStringList{QString::number(m_article), QStringLiteral("--author"), QStringLiteral("Desk"),
                              QStringLiteral("--parent"), QStringLiteral("99999"), QStringLiteral("Hello")}),
        1);
    QCOMPARE(library.comments().count().value(), before);
}

QTEST_GUILESS_MAIN(TestModerationCli)
#include "tst_moderationcli.moc"
