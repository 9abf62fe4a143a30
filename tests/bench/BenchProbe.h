#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Newsdesk::Bench {

/// A search a curator typically types, and the words a naive LIKE scan would look for instead.
struct TypicalQuery
{
    QString text;          ///< As typed into the search field; the GUI makes the last word a prefix.
    QStringList likeTerms; ///< Each must occur somewhere in body_text for the LIKE baseline.
};

QList<TypicalQuery> typicalQueries();

/// A line of /proc/self/status in KiB (VmRSS, VmHWM), or -1 where there is no such file.
qint64 statusKiB(const char *field);

/// What a starting Newsdesk does with the library at path: open it, show the first page of the
/// article list, then run the typical searches ftsRepeats times each. Runs in a fresh process;
/// the result holds nanoseconds and KiB, or an "error" string.
QJsonObject measureNewsdesk(const QString &path, int ftsRepeats);

/// The same work done the naive way on a bare QSqlDatabase: the newest 200 titles by id, and a
/// LIKE '%term%' scan over body_text for each typical search, likeRepeats times each.
QJsonObject measureBaseline(const QString &path, int likeRepeats);

} // namespace Newsdesk::Bench
