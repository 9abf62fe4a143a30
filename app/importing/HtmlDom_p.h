#pragma once

// Small helpers over libxml2's HTML tree, shared by the .cpp files of app/importing only: no public
// header includes this, so libxml2 stays an implementation detail of newsdesk_core.

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstring>

namespace Newsdesk::Dom {

inline bool isElement(const xmlNode *node)
{
    return node && node->type == XML_ELEMENT_NODE;
}

inline const char *tagName(const xmlNode *node)
{
    return reinterpret_cast<const char *>(node->name);
}

/// libxml2's HTML parser lower-cases element names, so a plain comparison is enough. The first byte is
/// compared inline: the extractors ask this millions of times per corpus and most answers differ there.
inline bool hasTag(const xmlNode *node, const char *tag)
{
    if (!isElement(node))
        return false;
    const char *name = tagName(node);
    return name && name[0] == tag[0] && std::strcmp(name, tag) == 0;
}

inline QByteArray attributeUtf8(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return {};
    QByteArray result(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return result;
}

/// The attribute's value without copying it: a QByteArray over libxml2's own string, so valid only while
/// the node and the attribute stand (read it, do not keep it). Null when the attribute is missing, as
/// attributeUtf8(); for hot loops, where xmlGetProp's copy of every value showed in profiles.
inline QByteArray attributeRaw(const xmlNode *node, const char *name)
{
    for (const xmlAttr *attribute = node->properties; attribute; attribute = attribute->next) {
        if (std::strcmp(reinterpret_cast<const char *>(attribute->name), name) != 0)
            continue;
        const xmlNode *value = attribute->children;
        if (!value)
            return QByteArray("");
        if (!value->next && (value->type == XML_TEXT_NODE || value->type == XML_CDATA_SECTION_NODE) &&
            value->content)
            return QByteArray::fromRawData(
                reinterpret_cast<const char *>(value->content),
                qsizetype(std::strlen(reinterpret_cast<const char *>(value->content))));
        return attributeUtf8(node, name); // a value in several parts: let libxml2 join them
    }
    return {};
}

inline QString attribute(const xmlNode *node, const char *name)
{
    return QString::fromUtf8(attributeUtf8(node, name));
}

inline bool hasAttribute(const xmlNode *node, const char *name)
{
    return xmlHasProp(node, reinterpret_cast<const xmlChar *>(name)) != nullptr;
}

/// All text below node, in document order, without recursion (pages nest arbitrarily deep).
inline QString textContent(const xmlNode *node)
{
    QByteArray text;
    if (!node)
        return {};
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        return QString::fromUtf8(reinterpret_cast<const char *>(node->content));
    }
    const xmlNode *current = node->children;
    while (current) {
        if ((current->type == XML_TEXT_NODE || current->type == XML_CDATA_SECTION_NODE) && current->content)
            text += reinterpret_cast<const char *>(current->content);
        if (current->children && current->type == XML_ELEMENT_NODE) {
            current = current->children;
            continue;
        }
        while (current && !current->next) {
            current = current->parent;
            if (current == node)
                return QString::fromUtf8(text);
        }
        if (current)
            current = current->next;
    }
    return QString::fromUtf8(text);
}

/// The next node in document order below root, or nullptr; skipChildren steps over node's subtree.
inline xmlNode *nextNode(xmlNode *node, const xmlNode *root, bool skipChildren = false)
{
    if (!skipChildren && node->children && node->type == XML_ELEMENT_NODE)
        return node->children;
    while (node && node != root) {
        if (node->next)
            return node->next;
        node = node->parent;
    }
    return nullptr;
}

inline xmlNode *firstElementChild(xmlNode *node)
{
    for (xmlNode *child = node ? node->children : nullptr; child; child = child->next)
        if (isElement(child))
            return child;
    return nullptr;
}

inline QList<xmlNode *> elementChildren(xmlNode *node)
{
    QList<xmlNode *> children;
    for (xmlNode *child = node ? node->children : nullptr; child; child = child->next)
        if (isElement(child))
            children << child;
    return children;
}

/// Every element below root with the given tag, in document order.
inline QList<xmlNode *> elementsByTag(xmlNode *root, const char *tag)
{
    QList<xmlNode *> found;
    for (xmlNode *node = root ? root->children : nullptr; node; node = nextNode(node, root))
        if (hasTag(node, tag))
            found << node;
    return found;
}

/// The HTML of node and its subtree, serialised by libxml2.
inline QByteArray outerHtml(xmlDoc *document, xmlNode *node)
{
    xmlBuffer *buffer = xmlBufferCreate();
    htmlNodeDump(buffer, document, node);
    QByteArray html(reinterpret_cast<const char *>(xmlBufferContent(buffer)), xmlBufferLength(buffer));
    xmlBufferFree(buffer);
    return html;
}

/// Removes node from the tree and frees it with its subtree.
inline void removeNode(xmlNode *node)
{
    xmlUnlinkNode(node);
    xmlFreeNode(node);
}

/// Removes every node in the list with its subtree; nodes inside another listed node go with it.
inline void removeNodes(const QList<xmlNode *> &nodes)
{
    QList<xmlNode *> outermost;
    for (xmlNode *node : nodes) {
        bool inside = false;
        for (const xmlNode *parent = node->parent; parent && !inside; parent = parent->parent)
            inside = nodes.contains(const_cast<xmlNode *>(parent));
        if (!inside)
            outermost << node;
    }
    for (xmlNode *node : std::as_const(outermost))
        removeNode(node);
}

} // namespace Newsdesk::Dom
