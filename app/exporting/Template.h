#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <utility>
#include <vector>

namespace Newsdesk {

/// A Mustache template over QVariant contexts (QVariantMap, QVariantList, strings, numbers, bools):
/// {{name}} escaped, {{{name}}} and {{& name}} raw, sections {{#name}}…{{/name}} over lists, maps and
/// truthy values, inverted sections {{^name}}, comments {{! …}}, partials {{> name}}; dotted names and
/// {{.}}. Standalone section, comment and partial tags take their line with them, as the spec says.
///
/// Why not Debian's libmstch (1.0.2): it needs Boost, works on std::string with its own variant types,
/// and reports nothing for an unclosed section. The exports need Qt types and a broken user template
/// must say which file and line ("index.mustache line 12: the section “items” opened on line 4 is never
/// closed"). Delimiter changes ({{=<% %>=}}) and lambdas are not supported: no template needs them.
///
/// Raw output is for HTML the code produced itself (sanitised bodies, formatter output), never for
/// text from an article or a curator.
class Template
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Template)

public:
    struct Node;

    /// Parses source; name (the file name) is what errors start with.
    static Result<Template> parse(const QString &source, const QString &name);

    /// Renders with context; partials come from partials (by name, without ".mustache").
    QString render(const QVariant &context, const QHash<QString, Template> &partials = {}) const;

    QString name() const { return m_name; }
    /// The partials this template refers to with the line of each, so a set can check they exist.
    QList<std::pair<QString, int>> partials() const;

private:
    friend class TemplateRenderer;
    QString m_name;
    std::shared_ptr<const std::vector<Node>> m_nodes;
};

/// A template folder: every *.mustache in it parsed (partials included), and its other files (CSS)
/// readable as assets. The built-in one is the resource folder ":/newsdesk/templates/default"; a user
/// folder is laid over it, so it needs to hold only the files it changes.
class TemplateSet
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TemplateSet)

public:
    static constexpr QLatin1StringView BuiltIn{":/newsdesk/templates/default"};

    /// Loads directory (empty for the built-in one alone); every template must parse and every
    /// partial it names must exist.
    static Result<TemplateSet> load(const QString &directory = {});

    bool contains(const QString &name) const { return m_templates.contains(name); }
    /// Renders the template name (without ".mustache"); empty when there is none.
    QString render(const QString &name, const QVariant &context) const;
    /// A file of the folder that is not a template (e.g. "style.css"), or an error naming it.
    Result<QByteArray> asset(const QString &fileName) const;

private:
    QHash<QString, Template> m_templates;
    QHash<QString, QString> m_assets; ///< file name → path, the user's folder winning
};

} // namespace Newsdesk
