#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Newsdesk {

/// The conventions of news text that metadata does not carry: datelines, wire credits, "Source:" and
/// "Image Credit:" lines, bylines, and the furniture that scrapes leave around a story.
class TextPatterns
{
public:
    /// "NAGOYA, Japan (Reuters) – Japan and…" gives dateline "NAGOYA, Japan" and agency "Reuters".
    static bool parseDateline(const QString &paragraph, QString *dateline, QString *agency);
    /// "Reporting by A; Writing by B; Editing by C and D" gives {"reporting": [A], …}; false when the
    /// line is not a credit line.
    static bool parseCredits(const QString &line, QMap<QString, QStringList> *credits);
    /// The value of a "Label: value" line for one of labels (case-insensitive), or a null string.
    static QString labelled(const QString &line, const QStringList &labels);
    /// "By Jane Doe" or "By Jane Doe and John Roe, Reuters" gives the names; empty otherwise.
    static QString byline(const QString &line);
    /// Vote and reaction widgets, reply forms, widget errors, share prompts, "read more" teasers.
    static bool isPageFurniture(const QString &line);

    static QStringList imageCreditLabels();
    static QStringList sourceLabels();
};

} // namespace Newsdesk
