#include "SuiteScenario.h"

#include "BenchProbe.h"

#include <QJsonArray>

namespace Newsdesk::Bench {

QList<Scenario> allScenarios()
{
    // Reading scenarios first; the ones that write (tagging and undo, a decision, the import into a copy)
    // leave the library as it was, but run after the others all the same.
    return libraryScenarios() + windowScenarios() + importExportScenarios() + curationScenarios();
}

double elapsedMs(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

qint64 residentKiB()
{
    return statusKiB("VmRSS");
}

qint64 peakResidentKiB()
{
    return statusKiB("VmHWM");
}

QJsonObject toJson(const ScenarioResult &result)
{
    QJsonArray measures;
    for (const Measure &measure : result.measures) {
        QJsonArray samples;
        for (const double sample : measure.samples)
            samples.append(sample);
        measures.append(QJsonObject{{QStringLiteral("key"), measure.key},
                                    {QStringLiteral("label"), measure.label},
                                    {QStringLiteral("unit"), measure.unit},
                                    {QStringLiteral("samples"), samples},
                                    {QStringLiteral("target"), measure.target},
                                    {QStringLiteral("higherIsBetter"), measure.higherIsBetter}});
    }
    QJsonObject json{{QStringLiteral("measures"), measures},
                     {QStringLiteral("details"), result.details},
                     {QStringLiteral("peakKiB"), peakResidentKiB()}};
    if (result.steadyKiB >= 0)
        json.insert(QStringLiteral("steadyKiB"), result.steadyKiB);
    return json;
}

} // namespace Newsdesk::Bench
