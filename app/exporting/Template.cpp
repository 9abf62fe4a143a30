#include "Template.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>

namespace Newsdesk {

struct Template::Node
{
    enum class Kind { Text, Escaped, Raw, Section, Inverted, Partial };
    Kind kind = Kind::Text;
    QString text; ///< the text, or the tag's name
    int line = 0;
    std::vector<Node> children;
};

using Node = Template::Node;

namespace {

// Partials may include themselves (a comment thread); this stops a template that never ends.
constexpr int MaxPartialDepth = 32;

bool isBlank(QStringView text)
{
    for (const QChar c : text)
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            return false;
    return true;
}

QString htmlEscaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return out;
}

bool isTruthy(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return false;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return !value.toList().isEmpty();
    case QMetaType::QString:
        return !value.toString().isEmpty();
    default:
        return true;
    }
}

QString text(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QString();
    return value.toString();
}

QVariant member(const QVariant &value, const QString &key)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        const auto found = map.constFind(key);
        return found == map.cend() ? QVariant() : *found;
    }
    if (value.typeId() == QMetaType::QVariantHash) {
        const QVariantHash hash = value.toHash();
        const auto found = hash.constFind(key);
        return found == hash.cend() ? QVariant() : *found;
    }
    return {};
}

bool hasMember(const QVariant &value, const QString &key)
{
    return (value.typeId() == QMetaType::QVariantMap && value.toMap().contains(key))
           || (value.typeId() == QMetaType::QVariantHash && value.toHash().contains(key));
}

} // namespace

/// Walks the parsed nodes with a stack of contexts; partials share the stack.
class TemplateRenderer
{
public:
    explicit TemplateRenderer(const QHash<QString, Template> &partials)
        : m_partials(partials)
    {
    }

    QString run(const std::vector<Node> &nodes, const QVariant &context)
    {
        m_stack.append(context);
        renderNodes(nodes, 0);
        return std::move(m_out);
    }

    void renderNodes(const std::vector<Node> &nodes, int depth);

private:
    QVariant lookup(const QString &name) const
    {
        if (name == QLatin1String("."))
            return m_stack.constLast();
        const QStringList parts = name.split(QLatin1Char('.'));
        // The first part is looked up from the innermost context outwards; the rest inside what it found.
        QVariant value;
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            if (hasMember(m_stack.at(i), parts.first())) {
                value = member(m_stack.at(i), parts.first());
                break;
            }
        }
        for (qsizetype i = 1; i < parts.size() && value.isValid(); ++i)
            value = member(value, parts.at(i));
        return value;
    }

    const QHash<QString, Template> &m_partials;
    QVariantList m_stack;
    QString m_out;
};

void TemplateRenderer::renderNodes(const std::vector<Node> &nodes, int depth)
{
    for (const Node &node : nodes) {
        switch (node.kind) {
        case Node::Kind::Text:
            m_out += node.text;
            break;
        case Node::Kind::Escaped:
            m_out += htmlEscaped(text(lookup(node.text)));
            break;
        case Node::Kind::Raw:
            m_out += text(lookup(node.text));
            break;
        case Node::Kind::Inverted:
            if (!isTruthy(lookup(node.text)))
                renderNodes(node.children, depth);
            break;
        case Node::Kind::Section: {
            const QVariant value = lookup(node.text);
            if (!isTruthy(value))
                break;
            const bool list =
                value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList;
            const QVariantList items = list ? value.toList() : QVariantList{value};
            for (const QVariant &item : items) {
                m_stack.append(item);
                renderNodes(node.children, depth);
                m_stack.removeLast();
            }
            break;
        }
        case Node::Kind::Partial: {
            const auto partial = m_partials.constFind(node.text);
            if (partial != m_partials.cend() && partial->m_nodes && depth < MaxPartialDepth)
                renderNodes(*partial->m_nodes, depth + 1);
            break;
        }
        }
    }
}

Result<Template> Template::parse(const QString &source, const QString &name)
{
    const auto failure = [&](int line, const QString &message) {
        return Error{Error::Code::InvalidArgument, tr("%1 line %2: %3").arg(name).arg(line).arg(message)};
    };

    std::vector<Node> stack(1); // stack[0] holds the template; the rest are the open sections
    qsizetype pos = 0;
    int line = 1;
    for (;;) {
        const qsizetype open = source.indexOf(QLatin1String("{{"), pos);
        if (open < 0) {
            if (pos < source.size())
                stack.back().children.push_back({Node::Kind::Text, source.mid(pos), line, {}});
            line += int(QStringView(source).sliced(pos).count(QLatin1Char('\n')));
            break;
        }
        QString before = source.mid(pos, open - pos);
        const int tagLine = line + int(before.count(QLatin1Char('\n')));
        const bool triple = QStringView(source).sliced(open).startsWith(QLatin1String("{{{"));
        const QLatin1StringView closing(triple ? "}}}" : "}}");
        const qsizetype innerStart = open + (triple ? 3 : 2);
        const qsizetype close = source.indexOf(closing, innerStart);
        if (close < 0)
            return failure(tagLine, tr("a tag is opened here but never closed (“%1” is missing)").arg(closing));
        const QString inner = source.mid(innerStart, close - innerStart);
        qsizetype end = close + closing.size();

        Node::Kind kind = triple ? Node::Kind::Raw : Node::Kind::Escaped;
        QChar sigil = triple || inner.isEmpty() ? QChar() : inner.at(0);
        QString tagName = inner.trimmed();
        bool closes = false;
        bool comment = false;
        switch (sigil.unicode()) {
        case '#': kind = Node::Kind::Section; break;
        case '^': kind = Node::Kind::Inverted; break;
        case '>': kind = Node::Kind::Partial; break;
        case '&': kind = Node::Kind::Raw; break;
        case '/': closes = true; break;
        case '!': comment = true; break;
        case '=':
            return failure(tagLine, tr("changing the delimiters (“{{=”) is not supported"));
        default: sigil = QChar(); break;
        }
        if (!sigil.isNull())
            tagName = inner.mid(1).trimmed();
        if (tagName.isEmpty() && !comment)
            return failure(tagLine, tr("the tag “%1” has no name").arg(source.mid(open, end - open)));

        // A section, comment or partial tag alone on its line takes the line with it, so templates
        // can be laid out readably without blank lines in the output.
        const bool standaloneKind = !sigil.isNull() && sigil != QLatin1Char('&');
        if (standaloneKind) {
            const qsizetype lineStart = open == 0 ? 0 : source.lastIndexOf(QLatin1Char('\n'), open - 1) + 1;
            const qsizetype lineEnd = source.indexOf(QLatin1Char('\n'), end);
            const qsizetype restEnd = lineEnd < 0 ? source.size() : lineEnd;
            if (lineStart >= pos && isBlank(QStringView(source).sliced(lineStart, open - lineStart))
                && isBlank(QStringView(source).sliced(end, restEnd - end))) {
                before.truncate(lineStart - pos);
                end = lineEnd < 0 ? source.size() : lineEnd + 1;
            }
        }
        if (!before.isEmpty())
            stack.back().children.push_back({Node::Kind::Text, before, line, {}});
        line = tagLine + int(QStringView(source).sliced(open, end - open).count(QLatin1Char('\n')));
        pos = end;

        if (comment)
            continue;
        if (closes) {
            if (stack.size() == 1)
                return failure(tagLine, tr("“{{/%1}}” closes no open section").arg(tagName));
            Node section = std::move(stack.back());
            stack.pop_back();
            if (section.text != tagName)
                return failure(tagLine, tr("“{{/%1}}” closes the section “%2” opened on line %3")
                                            .arg(tagName, section.text)
                                            .arg(section.line));
            stack.back().children.push_back(std::move(section));
            continue;
        }
        if (kind == Node::Kind::Section || kind == Node::Kind::Inverted) {
            stack.push_back({kind, tagName, tagLine, {}});
            continue;
        }
        stack.back().children.push_back({kind, tagName, tagLine, {}});
    }
    if (stack.size() > 1)
        return failure(line, tr("the section “%1” opened on line %2 is never closed")
                                 .arg(stack.back().text)
                                 .arg(stack.back().line));

    Template parsed;
    parsed.m_name = name;
    parsed.m_nodes = std::make_shared<const std::vector<Node>>(std::move(stack.front().children));
    return parsed;
}

QString Template::render(const QVariant &context, const QHash<QString, Template> &partials) const
{
    if (!m_nodes)
        return {};
    return TemplateRenderer(partials).run(*m_nodes, context);
}

QList<std::pair<QString, int>> Template::partials() const
{
    QList<std::pair<QString, int>> found;
    const std::function<void(const std::vector<Node> &)> walk = [&](const std::vector<Node> &nodes) {
        for (const Node &node : nodes) {
            if (node.kind == Node::Kind::Partial)
                found.append({node.text, node.line});
            walk(node.children);
        }
    };
    if (m_nodes)
        walk(*m_nodes);
    return found;
}

namespace {

constexpr QLatin1StringView TemplateSuffix{".mustache"};

Status readFolder(const QString &directory, QHash<QString, Template> &templates, QHash<QString, QString> &assets)
{
    const QDir dir(directory);
    if (!dir.exists())
        return Error{Error::Code::NotFound, TemplateSet::tr("The template folder %1 does not exist.")
                                                .arg(QDir::toNativeSeparators(directory))};
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
        if (!info.fileName().endsWith(TemplateSuffix)) {
            assets.insert(info.fileName(), info.filePath());
            continue;
        }
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Failed, TemplateSet::tr("The template %1 cannot be read: %2")
                                                  .arg(QDir::toNativeSeparators(info.filePath()),
                                                       file.errorString())};
        auto parsed = Template::parse(QString::fromUtf8(file.readAll()), info.fileName());
        if (!parsed)
            return parsed.error();
        templates.insert(info.fileName().chopped(TemplateSuffix.size()), std::move(parsed).value());
    }
    return {};
}

} // namespace

Result<TemplateSet> TemplateSet::load(const QString &directory)
{
    TemplateSet set;
    QHash<QString, QString> assets;
    // The built-in folder first; a user folder's files replace the ones of the same name.
    if (Status status = readFolder(BuiltIn, set.m_templates, assets); !status)
        return status.error();
    if (!directory.isEmpty() && directory != BuiltIn) {
        if (Status status = readFolder(directory, set.m_templates, assets); !status)
            return status.error();
    }
    for (const Template &each : std::as_const(set.m_templates)) {
        for (const auto &[partial, line] : each.partials())
            if (!set.m_templates.contains(partial))
                return Error{Error::Code::InvalidArgument,
                             tr("%1 line %2: the partial “%3” does not exist (no %3%4 in the template folder)")
                                 .arg(each.name())
                                 .arg(line)
                                 .arg(partial, TemplateSuffix)};
    }
    set.m_assets = std::move(assets);
    return set;
}

QString TemplateSet::render(const QString &name, const QVariant &context) const
{
    return m_templates.value(name).render(context, m_templates);
}

Result<QByteArray> TemplateSet::asset(const QString &fileName) const
{
    const QString path = m_assets.value(fileName);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return Error{Error::Code::NotFound,
                     tr("The template folder has no readable file %1.").arg(fileName)};
    return file.readAll();
}

} // namespace Newsdesk
