#include "Settings.h"

namespace Newsdesk {

std::unique_ptr<QSettings> &Settings::instance()
{
    static std::unique_ptr<QSettings> settings;
    return settings;
}

QSettings &Settings::store()
{
    auto &settings = instance();
    if (!settings) {
        settings = std::make_unique<QSettings>();
        migrate();
    }
    return *settings;
}

void Settings::useFile(const QString &path)
{
    instance() = std::make_unique<QSettings>(path, QSettings::IniFormat);
    migrate();
}

void Settings::migrate()
{
    QSettings &settings = *instance();
    const int version = settings.value(QStringLiteral("settingsVersion"), 0).toInt();
    if (version < Version)
        settings.setValue(QStringLiteral("settingsVersion"), Version);
}

void Settings::addRecentLibrary(const QString &path)
{
    QStringList recent = recentLibraries.get();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentLibraries)
        recent.removeLast();
    recentLibraries.set(recent);
}

} // namespace Newsdesk
