#include "CliCommands.h"
#include "CliContext.h"
#include "core/SaveFile.h"
#include "core/Sentences.h"
#include "library/ArticleRepository.h"
#include "library/Library.h"
#include "library/TopicRepository.h"
#include "tagging/TopicTagging.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Newsdesk {

namespace {

/// A topic given on the command line: its id, its name, or its path ("Economy/Trade disputes").
Result<qint64> resolveTopic(Library &library, const QString &reference)
{
    bool numeric = false;
    const qint64 id = reference.toLongLong(&numeric);
    if (numeric) {
        if (auto topic = library.topics().find(id); topic)
            return id;
        return Error{Error::Code::NotFound, CliContext::tr("There is no topic with id %1.").arg(id)};
    }
    auto topics = library.topics().all();
    if (!topics)
        return topics.error();
    QHash<qint64, Topic> byId;
    for (const Topic &topic : *topics)
        byId.insert(topic.id, topic);
    const auto pathOf = [&byId](const Topic &topic) {
        QStringList names;
        for (qint64 at = topic.id; at; at = byId.value(at).parentId)
            names.prepend(byId.value(at).name);
        return names.join(QLatin1Char('/'));
    };
    QList<qint64> matches;
    for (const Topic &topic : *topics)
        if (topic.name.compare(reference, Qt::CaseInsensitive) == 0 ||
            pathOf(topic).compare(QString(reference).replace(QStringLiteral(" › "), QStringLiteral("/")),
                                  Qt::CaseInsensitive) == 0)
            matches << topic.id;
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error{Error::Code::NotFound, CliContext::tr("There is no topic “%1”.").arg(reference)};
    return Error{Error::Code::InvalidArgument,
                 CliContext::tr("“%1” names %2 topics; give its path (Parent/Name) or its id.")
                     .arg(reference)
                     .arg(matches.size())};
}

QJsonArray topicTree(const QList<Topic> &topics, const QHash<qint64, int> &counts, qint64 parent)
{
    QJsonArray list;
    for (const Topic &topic : topics) {
        if (topic.parentId != parent)
            continue;
        QJsonObject object{{QStringLiteral("id"), topic.id},
                           {QStringLiteral("name"), topic.name},
                           {QStringLiteral("articles"), counts.value(topic.id)}};
        if (!topic.code.isEmpty())
            object.insert(QStringLiteral("code"), topic.code);
        const QJsonArray children = topicTree(topics, counts, topic.id);
        if (!children.isEmpty())
            object.insert(QStringLiteral("children"), children);
        list.append(object);
    }
    return list;
}

QString topicText(const QJsonArray &tree, int depth)
{
    QString text;
    for (const QJsonValue &value : tree) {
        const QJsonObject object = value.toObject();
        text += QStringLiteral("%1%2\t%3\t%4\n")
                    .arg(QString(depth * 2, QLatin1Char(' ')), object.value(QLatin1String("name")).toString())
                    .arg(object.value(QLatin1String("articles")).toInt())
                    .arg(object.value(QLatin1String("id")).toInteger());
        text += topicText(object.value(QLatin1String("children")).toArray(), depth + 1);
    }
    return text;
}

int runTopicsList(CliContext &cli, Library &library)
{
    auto topics = library.topics().all();
    auto counts = library.topics().articleCounts();
    if (!topics || !counts)
        return cli.fail(!topics ? topics.error() : counts.error());
    const QJsonArray tree = topicTree(*topics, *counts, 0);
    cli.print(QJsonObject{{QStringLiteral("topics"), tree}}, topicText(tree, 0));
    return ExitOk;
}

/// The action word of `topics …` (add, export, …), read with a parser that knows which options take a
/// value, so that `topics --library L import F` and `topics import F --library L` both find "import".
/// Its options must follow those of runTopics() and of export and import.
QString topicsAction(const QStringList &arguments)
{
    QCommandLineParser peek;
    for (const char *withValue : {"library", "parent", "output", "under"})
        peek.addOption({QString::fromLatin1(withValue), QString(), QStringLiteral("value")});
    for (const char *flag : {"json", "iptc"})
        peek.addOption({QString::fromLatin1(flag), QString()});
    peek.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QString()});
    if (!peek.parse(QStringList{QCoreApplication::applicationName()} + arguments))
        return {};
    return peek.positionalArguments().value(0);
}

int runTopicsExport(CliContext &cli, const QStringList &arguments)
{
    cli.parser().addOption({QStringLiteral("output"),
                            CliContext::tr("Write the taxonomy to <file> instead of printing it; the file is "
                                           "replaced only once the export is complete."),
                            CliContext::tr("file")});
    int code = ExitOk;
    if (!cli.parse(
            QStringLiteral("topics export"), CliContext::tr("[--output FILE]"),
            CliContext::tr("Print the library's topic taxonomy as JSON (the newsdesk-taxonomy format): "
                           "every topic with its description, colour, codes and rules, in tree order. "
                           "`topics import` reads it back into another library."),
            arguments, &code))
        return code;
    if (cli.positional() != QStringList{QStringLiteral("export")})
        return cli.usage(
            CliContext::tr("topics export takes no arguments; use --output FILE to write a file."));
    const QString output = cli.parser().value(QStringLiteral("output"));
    if (cli.parser().isSet(QStringLiteral("output")) && output.isEmpty())
        return cli.usage(CliContext::tr("--output needs a file name."));
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    auto topics = TopicTagging::exportTopics(*library);
    if (!topics)
        return cli.fail(topics.error());
    const QByteArray json = Taxonomy::toJson(*topics);
    if (output.isEmpty()) {
        // The taxonomy is the output, JSON with or without --json.
        cli.out() << QString::fromUtf8(json);
        cli.out().flush();
        return ExitOk;
    }
    if (Status written = SaveFile::write(output, json); !written)
        return cli.fail(written.error());
    const int count = Taxonomy::topicCount(*topics);
    cli.print(
        QJsonObject{{QStringLiteral("exported"), count},
                    {QStringLiteral("file"), QFileInfo(output).absoluteFilePath()}},
        CliContext::tr("Exported %n topic(s) to %1.", nullptr, count).arg(QDir::toNativeSeparators(output)));
    return ExitOk;
}

int runTopicsImport(CliContext &cli, const QStringList &arguments)
{
    cli.parser().addOption(
        {QStringLiteral("under"),
         CliContext::tr("Add the topics below <topic> (id, name or path) instead of at the top level."),
         CliContext::tr("topic")});
    cli.parser().addOption({QStringLiteral("iptc"),
                            CliContext::tr("Import the full IPTC Media Topics tree that comes with Newsdesk "
                                           "instead of a file.")});
    int code = ExitOk;
    if (!cli.parse(
            QStringLiteral("topics import"), CliContext::tr("FILE | --iptc"),
            CliContext::tr("Add the topics of a taxonomy file written by `topics export`, or with --iptc "
                           "the full IPTC Media Topics tree. A topic whose name is already there (under "
                           "the same parent) is kept and only its new subtopics are added, so importing "
                           "the same file twice adds nothing. The import is one step: if the file is "
                           "malformed, the library is left unchanged."),
            arguments, &code))
        return code;
    const QStringList args = cli.positional();
    const bool iptc = cli.parser().isSet(QStringLiteral("iptc"));
    if (iptc && args.size() != 1)
        return cli.usage(CliContext::tr("topics import --iptc takes no file."));
    if (!iptc && args.size() != 2)
        return cli.usage(CliContext::tr("topics import takes one taxonomy file, or --iptc."));

    // The file is read before the library is opened: a bad file leaves even a new library untouched.
    auto topics = iptc ? Taxonomy::iptcMediaTopics() : Taxonomy::readFile(args.at(1));
    if (!topics)
        return cli.fail(topics.error());
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    qint64 parentId = 0;
    if (cli.parser().isSet(QStringLiteral("under"))) {
        auto parent = resolveTopic(*library, cli.parser().value(QStringLiteral("under")));
        if (!parent)
            return cli.fail(parent.error());
        parentId = *parent;
    }
    QList<qint64> ids;
    auto added = TopicTagging::addTopics(*library, *topics, parentId, &ids);
    if (!added)
        return cli.fail(added.error());

    const int total = Taxonomy::topicCount(*topics);
    QJsonArray idList;
    for (qint64 id : std::as_const(ids))
        idList.append(id);
    QJsonObject json{{QStringLiteral("added"), *added},
                     {QStringLiteral("existing"), total - *added},
                     {QStringLiteral("ids"), idList}};
    if (parentId)
        json.insert(QStringLiteral("under"), parentId);
    QString text =
        CliContext::tr("Added %n topic(s); %1 already in the library.", nullptr, *added).arg(total - *added);
    if (iptc)
        text += QLatin1Char('\n') + Taxonomy::iptcAttribution();
    cli.print(json, text);
    return ExitOk;
}

} // namespace

int runTopics(CliContext &cli, const QStringList &arguments)
{
    // export and import have options and help of their own.
    const QString exchange = topicsAction(arguments);
    if (exchange == QLatin1String("export"))
        return runTopicsExport(cli, arguments);
    if (exchange == QLatin1String("import"))
        return runTopicsImport(cli, arguments);

    cli.parser().addOption(
        {QStringLiteral("parent"), CliContext::tr("With add: the parent topic."), CliContext::tr("topic")});
    int code = ExitOk;
    if (!cli.parse(
            QStringLiteral("topics"),
            CliContext::tr("[add NAME | rename TOPIC NAME | move TOPIC PARENT | merge FROM "
                           "INTO | delete TOPIC | export | import FILE]"),
            CliContext::tr("Show the topic tree with article counts, or change it. A topic is given by id, "
                           "name or path (Parent/Name); \"-\" as PARENT is the top level. Run "
                           "\"topics export --help\" and \"topics import --help\" for exchanging "
                           "taxonomies as JSON."),
            arguments, &code))
        return code;
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    const QStringList args = cli.positional();
    if (args.isEmpty())
        return runTopicsList(cli, *library);
    const QString action = args.first();
    const auto need = [&](int count) { return args.size() == count; };
    if (action == QLatin1String("add") && need(2)) {
        Topic topic;
        topic.name = args.at(1);
        if (cli.parser().isSet(QStringLiteral("parent"))) {
            auto parent = resolveTopic(*library, cli.parser().value(QStringLiteral("parent")));
            if (!parent)
                return cli.fail(parent.error());
            topic.parentId = *parent;
        }
        auto id = library->topics().create(topic);
        if (!id)
            return cli.fail(id.error());
        cli.print(QJsonObject{{QStringLiteral("added"), *id}}, CliContext::tr("Added topic %1.").arg(*id));
        return ExitOk;
    }
    if (action == QLatin1String("rename") && need(3)) {
        auto id = resolveTopic(*library, args.at(1));
        if (!id)
            return cli.fail(id.error());
        auto topic = library->topics().find(*id);
        topic->name = args.at(2);
        if (Status updated = library->topics().update(*topic); !updated)
            return cli.fail(updated.error());
        cli.print(QJsonObject{{QStringLiteral("renamed"), *id}},
                  CliContext::tr("Renamed topic %1.").arg(*id));
        return ExitOk;
    }
    if (action == QLatin1String("move") && need(3)) {
        auto id = resolveTopic(*library, args.at(1));
        if (!id)
            return cli.fail(id.error());
        qint64 parent = 0;
        if (args.at(2) != QLatin1String("-")) {
            auto found = resolveTopic(*library, args.at(2));
            if (!found)
                return cli.fail(found.error());
            parent = *found;
        }
        if (Status moved = library->topics().move(*id, parent, 1 << 20); !moved)
            return cli.fail(moved.error());
        cli.print(QJsonObject{{QStringLiteral("moved"), *id}}, CliContext::tr("Moved topic %1.").arg(*id));
        return ExitOk;
    }
    if (action == QLatin1String("merge") && need(3)) {
        auto from = resolveTopic(*library, args.at(1));
        auto into = resolveTopic(*library, args.at(2));
        if (!from || !into)
            return cli.fail(!from ? from.error() : into.error());
        auto merged = library->topics().merge(*from, *into);
        if (!merged)
            return cli.fail(merged.error());
        cli.print(QJsonObject{{QStringLiteral("merged"), *from}, {QStringLiteral("into"), *into}},
                  CliContext::tr("Merged topic %1 into %2.").arg(*from).arg(*into));
        return ExitOk;
    }
    if (action == QLatin1String("delete") && need(2)) {
        auto id = resolveTopic(*library, args.at(1));
        if (!id)
            return cli.fail(id.error());
        auto removed = library->topics().remove(*id);
        if (!removed)
            return cli.fail(removed.error());
        cli.print(QJsonObject{{QStringLiteral("deleted"), *id},
                              {QStringLiteral("untagged"), removed->links.size()}},
                  Sentences::joined(
                      {CliContext::tr("Deleted %n topic(s).", nullptr, int(removed->topics.size())),
                       //: Follows "Deleted %n topic(s)."; "them" are the deleted topics, %n counts their tags.
                       CliContext::tr("%n tag(s) went with them.", nullptr, int(removed->links.size()))}));
        return ExitOk;
    }
    return cli.usage(
        CliContext::tr("topics takes no arguments, or one of: add NAME, rename TOPIC NAME, move TOPIC "
                       "PARENT, merge FROM INTO, delete TOPIC, export, import FILE."));
}

int runTagCommand(CliContext &cli, const QStringList &arguments, bool tag)
{
    const QString name = tag ? QStringLiteral("tag") : QStringLiteral("untag");
    int code = ExitOk;
    if (!cli.parse(name, CliContext::tr("ID TOPIC..."),
                   tag ? CliContext::tr("Tag an article with topics (by id, name or path).")
                       : CliContext::tr("Remove topics from an article."),
                   arguments, &code))
        return code;
    const QStringList args = cli.positional();
    if (args.size() < 2)
        return cli.usage(CliContext::tr("%1 takes an article id and at least one topic.").arg(name));
    QList<qint64> ids;
    if (!parseIds(cli, {args.first()}, &ids, &code))
        return code;
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    if (auto article = library->articles().find(ids.first()); !article)
        return cli.fail(article.error());
    QList<qint64> topicIds;
    for (const QString &reference : args.mid(1)) {
        auto id = resolveTopic(*library, reference);
        if (!id)
            return cli.fail(id.error());
        topicIds << *id;
    }
    auto changed = tag ? library->topics().tag(ids, topicIds) : library->topics().untag(ids, topicIds);
    if (!changed)
        return cli.fail(changed.error());
    QJsonArray list;
    for (const ArticleTopic &link : *changed)
        list.append(link.topicId);
    cli.print(
        QJsonObject{{tag ? QStringLiteral("tagged") : QStringLiteral("untagged"), list}},
        tag ? CliContext::tr("Article %1: %n topic(s) added.", nullptr, int(changed->size())).arg(ids.first())
            : CliContext::tr("Article %1: %n topic(s) removed.", nullptr, int(changed->size()))
                  .arg(ids.first()));
    return ExitOk;
}

int runTag(CliContext &cli, const QStringList &arguments)
{
    return runTagCommand(cli, arguments, true);
}

int runUntag(CliContext &cli, const QStringList &arguments)
{
    return runTagCommand(cli, arguments, false);
}

int runRules(CliContext &cli, const QStringList &arguments)
{
    cli.parser().addOption(
        {QStringLiteral("dry-run"), CliContext::tr("Show what the rules would tag, change nothing.")});
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("rules"), QStringLiteral("apply"),
                   CliContext::tr("Apply the topics' rules to every article in the library."), arguments,
                   &code))
        return code;
    if (cli.positional() != QStringList{QStringLiteral("apply")})
        return cli.usage(CliContext::tr("rules takes one action: apply."));
    Library *library = cli.library();
    if (!library)
        return ExitFailure;
    auto tagger = RuleTagger::load(*library);
    if (!tagger)
        return cli.fail(tagger.error());
    const bool dryRun = cli.parser().isSet(QStringLiteral("dry-run"));
    auto hits = tagger->apply(*library, {}, dryRun);
    if (!hits)
        return cli.fail(hits.error());
    QJsonArray list;
    QString text;
    for (const RuleHit &hit : *hits) {
        list.append(QJsonObject{{QStringLiteral("article"), hit.articleId},
                                {QStringLiteral("topic"), hit.topicId},
                                {QStringLiteral("patterns"), QJsonArray::fromStringList(hit.patterns)}});
        const auto topic = library->topics().find(hit.topicId);
        text += QStringLiteral("%1\t%2\t%3\n")
                    .arg(hit.articleId)
                    .arg(topic ? topic->name : QString::number(hit.topicId),
                         hit.patterns.join(QStringLiteral(", ")));
    }
    text += dryRun ? CliContext::tr("%n tag(s) would be added.", nullptr, int(hits->size()))
                   : CliContext::tr("%n tag(s) added.", nullptr, int(hits->size()));
    cli.print(QJsonObject{{QStringLiteral("dryRun"), dryRun}, {QStringLiteral("tags"), list}}, text);
    return ExitOk;
}

} // namespace Newsdesk
