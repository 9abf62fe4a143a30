#include "Taxonomy.h"

#include "TopicRules.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Newsdesk {

namespace {

// The attribution in English, as the licence asks for it in files; iptcAttribution() is its translation.
const char *const IptcAttributionText = QT_TRANSLATE_NOOP(
    "Newsdesk::Taxonomy", "IPTC Media Topics © IPTC, International Press Telecommunications Council — "
                          "https://iptc.org, licensed under CC BY 4.0");

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

Error invalid(const QString &message)
{
    return Error{Error::Code::InvalidArgument, message};
}

QString quoted(const QString &text)
{
    return Taxonomy::tr("“%1”").arg(text);
}

QString tooLargeMessage()
{
    return Taxonomy::tr("The taxonomy file is larger than %L1 MB; it cannot be a topic list.")
        .arg(Taxonomy::MaxDocumentSize / (1024 * 1024));
}

QString joinedPath(const QStringList &path)
{
    return path.join(QStringLiteral(" › "));
}

bool isColour(const QString &colour)
{
    if (colour.size() != 7 || colour.at(0) != u'#')
        return false;
    for (qsizetype i = 1; i < colour.size(); ++i) {
        const char16_t c = colour.at(i).unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

// The library keeps related codes space-separated, so a code may not contain whitespace.
bool isCode(const QString &code)
{
    if (code.isEmpty() || code.size() > 200)
        return false;
    for (const QChar c : code) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

QJsonObject ruleToJson(const TopicRule &rule)
{
    QJsonObject object;
    object.insert(key("field"), Taxonomy::ruleFieldKey(rule.field));
    object.insert(key("kind"), Taxonomy::ruleKindKey(rule.kind));
    object.insert(key("pattern"), rule.pattern);
    object.insert(key("caseSensitive"), rule.caseSensitive);
    return object;
}

QJsonArray rulesToArray(const QList<TopicRule> &rules)
{
    QJsonArray array;
    for (const TopicRule &rule : rules)
        array.append(ruleToJson(rule));
    return array;
}

QJsonObject nodeToJson(const TopicNode &node)
{
    QJsonObject object;
    object.insert(key("name"), node.name);
    // Empty members are left out: the full IPTC tree stays small and a file reads like what it holds.
    if (!node.description.isEmpty())
        object.insert(key("description"), node.description);
    if (!node.colour.isEmpty())
        object.insert(key("colour"), node.colour);
    if (!node.code.isEmpty())
        object.insert(key("code"), node.code);
    if (!node.relatedCodes.isEmpty())
        object.insert(key("relatedCodes"), QJsonArray::fromStringList(node.relatedCodes));
    if (!node.rules.isEmpty())
        object.insert(key("rules"), rulesToArray(node.rules));
    if (!node.children.isEmpty()) {
        QJsonArray children;
        for (const TopicNode &child : node.children)
            children.append(nodeToJson(child));
        object.insert(key("children"), children);
    }
    return object;
}

bool usesIptc(const QList<TopicNode> &topics)
{
    for (const TopicNode &topic : topics) {
        if (topic.code.startsWith(QLatin1String("medtop:")))
            return true;
        for (const QString &code : topic.relatedCodes) {
            if (code.startsWith(QLatin1String("medtop:")))
                return true;
        }
        if (usesIptc(topic.children))
            return true;
    }
    return false;
}

/// Reads one rule object; the error message, if any, says what is wrong with it but not where.
std::optional<QString> readRule(const QJsonValue &value, TopicRule *rule)
{
    if (!value.isObject())
        return Taxonomy::tr("it is not a JSON object.");
    const QJsonObject object = value.toObject();

    const QJsonValue field = object.value(key("field"));
    if (!field.isUndefined()) {
        const auto parsed = field.isString() ? Taxonomy::ruleFieldFromKey(field.toString()) : std::nullopt;
        if (!parsed) {
            return Taxonomy::tr("the field %1 is not one of any, title, dek, body, byline or source.")
                .arg(quoted(field.toVariant().toString()));
        }
        rule->field = *parsed;
    }
    const QJsonValue kind = object.value(key("kind"));
    if (!kind.isUndefined()) {
        const auto parsed = kind.isString() ? Taxonomy::ruleKindFromKey(kind.toString()) : std::nullopt;
        if (!parsed) {
            return Taxonomy::tr("the kind %1 is not one of keyword, phrase or regex.")
                .arg(quoted(kind.toVariant().toString()));
        }
        rule->kind = *parsed;
    }
    const QJsonValue pattern = object.value(key("pattern"));
    if (!pattern.isString())
        return Taxonomy::tr("it has no pattern.");
    rule->pattern = pattern.toString();
    const QJsonValue caseSensitive = object.value(key("caseSensitive"));
    if (!caseSensitive.isUndefined()) {
        if (!caseSensitive.isBool())
            return Taxonomy::tr("caseSensitive is neither true nor false.");
        rule->caseSensitive = caseSensitive.toBool();
    }
    if (const QString problem = TopicRuleMatcher::validate(*rule); !problem.isEmpty())
        return problem;
    return std::nullopt;
}

/// Walks a parsed document, refusing the first thing wrong with a message that says where it is.
class TreeReader
{
public:
    std::optional<Error> error;

    bool readTopics(const QJsonValue &value, QList<TopicNode> *topics, QStringList &path)
    {
        if (!value.isArray()) {
            return fail(path.isEmpty() ? Taxonomy::tr("The file has no list of topics.")
                                       : Taxonomy::tr("The children of the topic %1 are not a list.")
                                             .arg(quoted(joinedPath(path))));
        }
        const QJsonArray array = value.toArray();
        if (!array.isEmpty() && path.size() >= Taxonomy::MaxDepth) {
            return fail(Taxonomy::tr("The topic %1 has topics more than %2 levels deep; a taxonomy can have "
                                     "at most %2 levels.")
                            .arg(quoted(joinedPath(path)))
                            .arg(Taxonomy::MaxDepth));
        }
        topics->reserve(qMin<qsizetype>(array.size(), Taxonomy::MaxTopics));
        QSet<QString> names;
        for (qsizetype i = 0; i < array.size(); ++i) {
            TopicNode node;
            if (!readNode(array.at(i), &node, path, i))
                return false;
            if (names.contains(node.name)) {
                return fail(path.isEmpty() ? Taxonomy::tr("Two topics at the top level are both called %1.")
                                                 .arg(quoted(node.name))
                                           : Taxonomy::tr("Two topics under %1 are both called %2.")
                                                 .arg(quoted(joinedPath(path)), quoted(node.name)));
            }
            names.insert(node.name);
            topics->append(std::move(node));
        }
        return true;
    }

private:
    int m_count = 0;

    bool fail(const QString &message)
    {
        error = invalid(message);
        return false;
    }

    // Whole sentences for each place and each member: a phrase such as "Topic 1 at the top level" or
    // "description" spliced into another sentence cannot be translated well.
    bool failNotObject(const QStringList &path, qsizetype index)
    {
        return fail(path.isEmpty()
                        ? Taxonomy::tr("Topic %1 at the top level is not a JSON object.").arg(index + 1)
                        : Taxonomy::tr("Topic %1 under %2 is not a JSON object.")
                              .arg(index + 1)
                              .arg(quoted(joinedPath(path))));
    }

    bool failNoName(const QStringList &path, qsizetype index)
    {
        return fail(path.isEmpty() ? Taxonomy::tr("Topic %1 at the top level has no name.").arg(index + 1)
                                   : Taxonomy::tr("Topic %1 under %2 has no name.")
                                         .arg(index + 1)
                                         .arg(quoted(joinedPath(path))));
    }

    /// Reads a text member; notText is the whole error when it is something else.
    bool readText(const QJsonObject &object, const char *name, QString *out, const QString &notText)
    {
        const QJsonValue value = object.value(key(name));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return fail(notText);
        *out = value.toString();
        return true;
    }

    bool readNode(const QJsonValue &value, TopicNode *node, QStringList &path, qsizetype index)
    {
        if (++m_count > Taxonomy::MaxTopics) {
            return fail(
                Taxonomy::tr("The taxonomy has more than %L1 topics; at most %L1 can be imported at once.")
                    .arg(Taxonomy::MaxTopics));
        }
        if (!value.isObject())
            return failNotObject(path, index);
        const QJsonObject object = value.toObject();

        const QJsonValue name = object.value(key("name"));
        if (!name.isString() || name.toString().trimmed().isEmpty())
            return failNoName(path, index);
        node->name = name.toString();

        path.append(node->name);
        const QString where = quoted(joinedPath(path));
        const bool ok = readText(object, "description", &node->description,
                                 Taxonomy::tr("The description of the topic %1 is not text.").arg(where)) &&
                        readText(object, "colour", &node->colour,
                                 Taxonomy::tr("The colour of the topic %1 is not text.").arg(where)) &&
                        readText(object, "code", &node->code,
                                 Taxonomy::tr("The code of the topic %1 is not text.").arg(where)) &&
                        readMembers(object, node, where) && readChildren(object, node, path);
        path.removeLast();
        return ok;
    }

    bool readMembers(const QJsonObject &object, TopicNode *node, const QString &where)
    {
        if (!node->colour.isEmpty() && !isColour(node->colour)) {
            return fail(Taxonomy::tr("The topic %1 has the colour %2; colours are written #rrggbb.")
                            .arg(where, quoted(node->colour)));
        }
        if (!node->code.isEmpty() && !isCode(node->code)) {
            return fail(Taxonomy::tr("The code %1 of the topic %2 is not a code (a code has no spaces).")
                            .arg(quoted(node->code), where));
        }

        const QJsonValue related = object.value(key("relatedCodes"));
        if (!related.isUndefined() && !related.isNull()) {
            if (!related.isArray())
                return fail(Taxonomy::tr("The related codes of the topic %1 are not a list.").arg(where));
            for (const QJsonValue &code : related.toArray()) {
                if (!code.isString() || !isCode(code.toString())) {
                    return fail(Taxonomy::tr("The related code %1 of the topic %2 is not a code.")
                                    .arg(quoted(code.toVariant().toString()), where));
                }
                node->relatedCodes.append(code.toString());
            }
        }

        const QJsonValue rules = object.value(key("rules"));
        if (!rules.isUndefined() && !rules.isNull()) {
            if (!rules.isArray())
                return fail(Taxonomy::tr("The rules of the topic %1 are not a list.").arg(where));
            const QJsonArray array = rules.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                TopicRule rule;
                if (const auto problem = readRule(array.at(i), &rule)) {
                    return fail(Taxonomy::tr("Rule %1 of the topic %2 is not valid: %3")
                                    .arg(i + 1)
                                    .arg(where, *problem));
                }
                node->rules.append(rule);
            }
        }
        return true;
    }

    bool readChildren(const QJsonObject &object, TopicNode *node, QStringList &path)
    {
        const QJsonValue children = object.value(key("children"));
        if (children.isUndefined() || children.isNull())
            return true;
        return readTopics(children, &node->children, path);
    }
};

Result<QList<TopicNode>> loadResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Code::NotFound,
                     Taxonomy::tr("The built-in topic list %1 is missing: %2").arg(path, file.errorString())};
    }
    return Taxonomy::fromJson(file.readAll());
}

} // namespace

bool operator==(const TopicNode &a, const TopicNode &b)
{
    return a.name == b.name && a.description == b.description && a.colour == b.colour && a.code == b.code &&
           a.relatedCodes == b.relatedCodes && a.rules == b.rules &&
           std::equal(a.children.cbegin(), a.children.cend(), b.children.cbegin(), b.children.cend());
}

Result<QList<TopicNode>> Taxonomy::defaultTopics()
{
    // The resource never changes while the program runs; parse it once. QList copies share the data.
    static const Result<QList<TopicNode>> topics =
        loadResource(QStringLiteral(":/newsdesk/taxonomy/default-topics.json"));
    return topics;
}

Result<QList<TopicNode>> Taxonomy::iptcMediaTopics()
{
    static const Result<QList<TopicNode>> topics =
        loadResource(QStringLiteral(":/newsdesk/taxonomy/iptc-mediatopics.json"));
    return topics;
}

QString Taxonomy::iptcAttribution()
{
    return tr(IptcAttributionText);
}

QByteArray Taxonomy::toJson(const QList<TopicNode> &topics)
{
    QJsonObject document;
    document.insert(key("format"), QLatin1String(FormatName));
    document.insert(key("version"), FormatVersion);
    QJsonObject header;
    header.insert(key("generator"), QStringLiteral("Newsdesk " NEWSDESK_VERSION));
    // Whoever receives an export with IPTC codes and labels receives IPTC data: the licence travels too.
    if (usesIptc(topics)) {
        header.insert(key("licence"), QStringLiteral("CC BY 4.0"));
        header.insert(key("attribution"), QString::fromUtf8(IptcAttributionText));
    }
    document.insert(key("header"), header);
    QJsonArray array;
    for (const TopicNode &topic : topics)
        array.append(nodeToJson(topic));
    document.insert(key("topics"), array);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<QList<TopicNode>> Taxonomy::fromJson(const QByteArray &json)
{
    if (json.size() > MaxDocumentSize)
        return invalid(tooLargeMessage());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(tr("The taxonomy is not valid JSON: %1 (at byte %L2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    }
    const QJsonObject object = document.object();
    if (!document.isObject() || object.value(key("format")).toString() != QLatin1String(FormatName))
        return invalid(tr("This is not a Newsdesk taxonomy: it does not say \"format\": \"%1\".")
                           .arg(QLatin1String(FormatName)));

    const QJsonValue version = object.value(key("version"));
    const double number = version.toDouble(-1);
    // Bounded before the cast: a double beyond qint64 does not convert.
    if (!version.isDouble() || number < 1 || number > 1e9 || number != std::floor(number))
        return invalid(tr("The taxonomy has no valid format version."));
    if (number > FormatVersion) {
        return Error{
            Error::Code::NewerVersion,
            tr("The taxonomy was written by a newer Newsdesk (format version %1); this version reads "
               "version %2. Update Newsdesk to import it.")
                .arg(static_cast<qint64>(number))
                .arg(FormatVersion)};
    }

    TreeReader reader;
    QList<TopicNode> topics;
    QStringList path;
    if (!reader.readTopics(object.value(key("topics")), &topics, path))
        return *reader.error;
    return topics;
}

Result<QList<TopicNode>> Taxonomy::readFile(const QString &path)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{file.exists() ? Error::Code::Failed : Error::Code::NotFound,
                     tr("Could not read the taxonomy file “%1”: %2").arg(nativePath, file.errorString())};
    }
    // Checked before reading: a huge file need not be loaded to be refused.
    if (file.size() > MaxDocumentSize)
        return invalid(tr("“%1” cannot be imported. %2").arg(nativePath, tooLargeMessage()));
    const QByteArray json = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error{Error::Code::Failed,
                     tr("Could not read the taxonomy file “%1”: %2").arg(nativePath, file.errorString())};
    }
    auto topics = fromJson(json);
    if (!topics) {
        return Error{topics.error().code,
                     tr("“%1” cannot be imported. %2").arg(nativePath, topics.errorString())};
    }
    return topics;
}

QByteArray Taxonomy::rulesToJson(const QList<TopicRule> &rules)
{
    return QJsonDocument(rulesToArray(rules)).toJson(QJsonDocument::Compact);
}

Result<QList<TopicRule>> Taxonomy::rulesFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return invalid(tr("The topic's rules are not a JSON list."));
    QList<TopicRule> rules;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        TopicRule rule;
        if (const auto problem = readRule(array.at(i), &rule))
            return invalid(tr("Rule %1 is not valid: %2").arg(i + 1).arg(*problem));
        rules.append(rule);
    }
    return rules;
}

int Taxonomy::topicCount(const QList<TopicNode> &topics)
{
    int count = 0;
    for (const TopicNode &topic : topics)
        count += 1 + topicCount(topic.children);
    return count;
}

QString Taxonomy::ruleFieldKey(TopicRule::Field field)
{
    switch (field) {
    case TopicRule::Field::Any:
        return QStringLiteral("any");
    case TopicRule::Field::Title:
        return QStringLiteral("title");
    case TopicRule::Field::Dek:
        return QStringLiteral("dek");
    case TopicRule::Field::Body:
        return QStringLiteral("body");
    case TopicRule::Field::Byline:
        return QStringLiteral("byline");
    case TopicRule::Field::Source:
        return QStringLiteral("source");
    }
    return QStringLiteral("any");
}

std::optional<TopicRule::Field> Taxonomy::ruleFieldFromKey(QStringView key)
{
    for (const auto field : {TopicRule::Field::Any, TopicRule::Field::Title, TopicRule::Field::Dek,
                             TopicRule::Field::Body, TopicRule::Field::Byline, TopicRule::Field::Source}) {
        if (key == ruleFieldKey(field))
            return field;
    }
    return std::nullopt;
}

QString Taxonomy::ruleKindKey(TopicRule::Kind kind)
{
    switch (kind) {
    case TopicRule::Kind::Keyword:
        return QStringLiteral("keyword");
    case TopicRule::Kind::Phrase:
        return QStringLiteral("phrase");
    case TopicRule::Kind::Regex:
        return QStringLiteral("regex");
    }
    return QStringLiteral("keyword");
}

std::optional<TopicRule::Kind> Taxonomy::ruleKindFromKey(QStringView key)
{
    for (const auto kind : {TopicRule::Kind::Keyword, TopicRule::Kind::Phrase, TopicRule::Kind::Regex}) {
        if (key == ruleKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace Newsdesk
