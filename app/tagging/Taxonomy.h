#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Newsdesk {

/// One tagging rule of a topic: a keyword, phrase or regular expression looked for in chosen fields of
/// an article. TopicRuleMatcher (TopicRules.h) says what each kind matches.
struct TopicRule
{
    enum class Field { Any, Title, Dek, Body, Byline, Source };
    enum class Kind { Keyword, Phrase, Regex };

    Field field = Field::Any;
    Kind kind = Kind::Keyword;
    QString pattern;
    bool caseSensitive = false;

    friend bool operator==(const TopicRule &, const TopicRule &) = default;
};

/// A topic of the taxonomy and the topics under it: plain data, as loaded, edited and exported.
struct TopicNode
{
    QString name;
    QString description;
    QString colour; ///< "#rrggbb", or empty for none.
    /// The concept the topic stands for, as a qcode ("medtop:20000376" for an IPTC Media Topic); may be
    /// empty.
    QString code;
    /// Further concepts the topic spans (a curator's topic can map to two IPTC concepts).
    QStringList relatedCodes;
    QList<TopicRule> rules;
    QList<TopicNode> children;

    // Not defaulted: QList's operator== cannot see that of a type still being defined.
    friend bool operator==(const TopicNode &a, const TopicNode &b);
};

/// The topic taxonomy as data: the default a new library starts with, the IPTC Media Topics tree, and the
/// JSON format both ship in and curators export and import. Nothing here touches a library; the store
/// turns these trees into rows.
class Taxonomy
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Taxonomy)

public:
    static constexpr auto FormatName = "newsdesk-taxonomy";
    static constexpr int FormatVersion = 1;
    /// Limits that keep a hostile or broken file from exhausting the stack or memory, far above what a
    /// curator keeps (the full IPTC tree is five levels and 1,085 topics).
    static constexpr int MaxDepth = 16;
    static constexpr int MaxTopics = 20000;
    static constexpr qsizetype MaxDocumentSize = 64 * 1024 * 1024;

    /// The 17 IPTC top levels with a curated news-desk set under them
    /// (:/newsdesk/taxonomy/default-topics.json).
    static Result<QList<TopicNode>> defaultTopics();
    /// Every active IPTC Media Topic as a tree under the 17 top levels, for "import the full IPTC tree".
    static Result<QList<TopicNode>> iptcMediaTopics();
    /// The CC BY 4.0 attribution that must accompany anything showing or shipping IPTC data.
    static QString iptcAttribution();

    /// The export format: {"format": "newsdesk-taxonomy", "version": 1, "topics": [...]}, indented, with
    /// empty members left out. When a topic carries an IPTC code the IPTC attribution travels with it.
    static QByteArray toJson(const QList<TopicNode> &topics);
    /// Reads the export format (and the resource files, which are the same format plus a header). Refuses,
    /// with a message a curator can act on, anything malformed: bad JSON, another format or a newer
    /// version, nameless topics, bad colours, invalid rules, more than MaxDepth levels or MaxTopics topics.
    static Result<QList<TopicNode>> fromJson(const QByteArray &json);
    /// Reads a taxonomy file: fromJson() with the file's name in the message, and a file too large to be
    /// a taxonomy refused before it is read.
    static Result<QList<TopicNode>> readFile(const QString &path);

    /// A topic's rules as the JSON array the library keeps in its topics.rules column, and back.
    static QByteArray rulesToJson(const QList<TopicRule> &rules);
    static Result<QList<TopicRule>> rulesFromJson(const QByteArray &json);

    /// The number of topics in a tree, counting every level.
    static int topicCount(const QList<TopicNode> &topics);

    /// Stable names for the JSON format and the CLI: "any", "title", "dek", "body", "byline", "source".
    static QString ruleFieldKey(TopicRule::Field field);
    static std::optional<TopicRule::Field> ruleFieldFromKey(QStringView key);
    /// "keyword", "phrase", "regex".
    static QString ruleKindKey(TopicRule::Kind kind);
    static std::optional<TopicRule::Kind> ruleKindFromKey(QStringView key);
};

} // namespace Newsdesk
