#pragma once

// What every benchmark program prints with: medians and percentiles of a sample, numbers and table
// rows in one style, verdicts against a target, and the report as JSON.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace Newsdesk::Bench {

/// Where progress goes: stderr, so that stdout holds only the report.
inline QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// Median and 95th percentile (nearest rank) of a sample, with its extremes.
struct Summary
{
    double median = 0;
    double p95 = 0;
    double min = 0;
    double max = 0;
    qsizetype count = 0;
};

inline Summary summarise(QList<double> values)
{
    Summary summary;
    summary.count = values.size();
    if (values.isEmpty())
        return summary;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    summary.median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    summary.p95 = values.at(std::clamp<qsizetype>(qsizetype(std::ceil(0.95 * double(n))) - 1, 0, n - 1));
    summary.min = values.first();
    summary.max = values.last();
    return summary;
}

/// A summary of milliseconds as the reports carry it.
inline QJsonObject summaryJson(const Summary &summary)
{
    return QJsonObject{{QStringLiteral("medianMs"), summary.median},
                       {QStringLiteral("p95Ms"), summary.p95},
                       {QStringLiteral("minMs"), summary.min},
                       {QStringLiteral("maxMs"), summary.max},
                       {QStringLiteral("samples"), summary.count}};
}

inline QJsonArray toJson(const QList<double> &values)
{
    QJsonArray array;
    for (const double value : values)
        array.append(value);
    return array;
}

inline double ratio(double ours, double baseline)
{
    return baseline > 0 ? ours / baseline : 0;
}

inline QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

inline QString number(const QJsonValue &value, int decimals = 1)
{
    return number(value.toDouble(), decimals);
}

inline QString bytes(double count)
{
    if (count >= 1e9)
        return QStringLiteral("%1 GB").arg(count / 1e9, 0, 'f', 2);
    return QStringLiteral("%1 MB").arg(count / 1e6, 0, 'f', 1);
}

/// For a time or a size that must stay under its target.
inline QString verdictUnder(double value, double target)
{
    return value < target ? QStringLiteral("ok") : QStringLiteral("over target");
}

/// For a rate that must reach its target.
inline QString verdictAtLeast(double value, double target)
{
    return value >= target ? QStringLiteral("ok") : QStringLiteral("below target");
}

/// One row of a table: the first column left-aligned, the others right-aligned.
inline QString row(const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const int width = i < widths.size() ? widths.at(i) : 10;
        line += i == 0 ? cells.at(i).leftJustified(width)
                       : QStringLiteral("  ") + cells.at(i).rightJustified(width);
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

/// A line as wide as a row with these column widths.
inline QString rule(const QList<int> &widths)
{
    return QString(std::accumulate(widths.cbegin(), widths.cend(), 0) + 2 * int(widths.size() - 1),
                   QLatin1Char('-'));
}

/// The whole report as indented JSON on stdout (--json).
inline void printJson(const QJsonObject &report)
{
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
}

} // namespace Newsdesk::Bench
