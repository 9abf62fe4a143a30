#include "CliCommands.h"
#include "CliContext.h"
#include "core/Sentences.h"
#include "library/Library.h"
#include "library/TopicEvidence.h"
#include "library/TopicRepository.h"
#include "tagging/TopicSuggestions.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Newsdesk {

int runSuggest(CliContext &cli, const QStringList &arguments)
{
    cli.parser().addOption({QStringLiteral("limit"),
                            CliContext::tr("At most this many topics per article (default 5)."),
                            CliContext::tr("K"), QStringLiteral("5")});
    cli.parser().addOption(
        {QStringLiteral("all"), CliContext::tr("Suggest for every article, tagged or not.")});
    cli.parser().addOption({QStringLiteral("below-threshold"),
                            CliContext::tr("Also list topics under their decision threshold, for ranking.")});
    int code = ExitOk;
    if (!cli.parse(QStringLiteral("suggest"), CliContext::tr("[--all | ID...]"),
                   CliContext::tr(
                       "Suggest topics for articles (by default the ones no curator has tagged; rule tags "
                       "do not count) from "
                       "a classifier trained on the library's confirmed tags and rejections. A "
                       "topic is suggested when its confidence (0–1) reaches its threshold, tuned "
                       "on held-back articles of the library."),
                   arguments, &code))
        return code;
    bool limitOk = false;
    const int limit = cli.parser().value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return cli.usage(CliContext::tr("--limit takes a positive number."));
    const bool all = cli.parser().isSet(QStringLiteral("all"));
    QList<qint64> ids;
    if (!cli.positional().isEmpty()) {
        if (all)
            return cli.usage(CliContext::tr("Give either --all or article ids, not both."));
        if (!parseIds(cli, cli.positional(), &ids, &code))
            return code;
    }
    Library *library = cli.library();
    if (!library)
        return ExitFailure;

    auto classifier = TopicSuggestions::train(*library);
    if (!classifier)
        return cli.fail(classifier.error());
    auto articles = TopicEvidence(*library).articlesToSuggestFor(ids, all);
    if (!articles)
        return cli.fail(articles.error());
    for (qint64 id : ids) {
        if (std::none_of(articles->cbegin(), articles->cend(),
                         [id](const LabelledArticle &article) { return article.id == id; }))
            return cli.fail(Error{Error::Code::NotFound, CliContext::tr("There is no article %1.").arg(id)});
    }
    auto topics = library->topics().all();
    if (!topics)
        return cli.fail(topics.error());
    QHash<qint64, Topic> byId;
    for (const Topic &topic : *topics)
        byId.insert(topic.id, topic);
    const auto pathOf = [&byId](qint64 id) {
        QStringList names;
        for (qint64 at = id; byId.contains(at); at = byId.value(at).parentId)
            names.prepend(byId.value(at).name);
        return names.join(QLatin1Char('/'));
    };

    const bool belowThreshold = cli.parser().isSet(QStringLiteral("below-threshold"));
    QJsonArray list;
    QString text;
    for (const LabelledArticle &article : std::as_const(*articles)) {
        QList<qint64> excluded = article.tagged;
        excluded += article.rejected;
        const auto suggestions =
            TopicSuggestions::suggest(*classifier, article.text, excluded, limit, belowThreshold);
        QJsonArray topicsJson;
        text += QStringLiteral("%1\t%2\n").arg(article.id).arg(article.text.section(QLatin1Char('\n'), 0, 0));
        for (const TopicSuggestion &suggestion : suggestions) {
            const Topic topic = byId.value(suggestion.topicId);
            topicsJson.append(
                QJsonObject{{QStringLiteral("id"), suggestion.topicId},
                            {QStringLiteral("name"), topic.name},
                            {QStringLiteral("path"), pathOf(suggestion.topicId)},
                            {QStringLiteral("confidence"), suggestion.confidence},
                            {QStringLiteral("threshold"), classifier->threshold(suggestion.topicId)},
                            {QStringLiteral("aboveThreshold"), suggestion.aboveThreshold}});
            text += QStringLiteral("\t%1\t%2\n")
                        .arg(QLocale().toString(suggestion.confidence, 'f', 2), pathOf(suggestion.topicId));
        }
        list.append(QJsonObject{{QStringLiteral("id"), article.id},
                                {QStringLiteral("title"), article.text.section(QLatin1Char('\n'), 0, 0)},
                                {QStringLiteral("suggestions"), topicsJson}});
    }
    text += Sentences::joined(
        {CliContext::tr("%n article(s).", nullptr, int(articles->size())),
         CliContext::tr("The classifier knows %n topic(s).", nullptr, int(classifier->topics().size())),
         //: Follows "The classifier knows %n topic(s)."; %n counts the articles it learned from.
         CliContext::tr("It learned them from %n article(s).", nullptr, int(classifier->documentCount()))});
    cli.print(QJsonObject{{QStringLiteral("model"),
                           QJsonObject{{QStringLiteral("topics"), int(classifier->topics().size())},
                                       {QStringLiteral("documents"), classifier->documentCount()}}},
                          {QStringLiteral("articles"), list}},
              text);
    return ExitOk;
}

} // namespace Newsdesk
