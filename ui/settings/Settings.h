#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace Newsdesk {

/// One typed setting: its key, its default, and nothing else to get wrong (after Tiled's Preference<T>).
template <typename T> class Preference
{
public:
    Preference(const char *key, T defaultValue)
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    {
    }

    T get() const;
    void set(const T &value) const;
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

/// Every setting Newsdesk keeps, declared once with its type and default.
class Settings
{
public:
    /// Bumped when a key changes meaning; migrate() brings older files forward.
    static constexpr int Version = 1;

    static inline const Preference<QByteArray> mainWindowGeometry{"mainWindow/geometry", {}};
    static inline const Preference<QByteArray> mainWindowState{"mainWindow/state", {}};
    static inline const Preference<QByteArray> mainSplitterState{"mainWindow/splitter", {}};
    static inline const Preference<QByteArray> detailSplitterState{"articles/detailSplitter", {}};
    static inline const Preference<QByteArray> articleHeaderState{"articles/headerState", {}};
    static inline const Preference<QByteArray> moderationSplitterState{"moderation/splitter", {}};
    static inline const Preference<QByteArray> commentSplitterState{"moderation/commentSplitter", {}};
    static inline const Preference<QByteArray> moderationHeaderState{"moderation/headerState", {}};
    static inline const Preference<QStringList> recentLibraries{"library/recent", {}};
    static inline const Preference<QString> lastLibrary{"library/last", {}};
    static inline const Preference<bool> sampleOfferDeclined{"library/sampleOfferDeclined", false};
    /// The reader's zoom in percent (Ctrl++, Ctrl+-, Ctrl+0).
    static inline const Preference<int> readerZoomPercent{"reader/zoomPercent", 100};
    /// Whether the reader loads remote images in every article, not only where the curator asked.
    static inline const Preference<bool> readerRemoteImages{"reader/remoteImagesAlways", false};
    /// The language of the window ("ja", "de", …); empty to follow the system. Read at start-up. (Not
    /// "general/…": QSettings keeps an INI group named General for keys without a group.)
    static inline const Preference<QString> uiLanguage{"interface/language", {}};
    /// The name a comment the curator writes goes under; empty until they first write one.
    static inline const Preference<QString> curatorName{"moderation/curatorName", {}};

    static constexpr int MaxRecentLibraries = 8;
    /// Puts path first in the recent libraries, keeping at most MaxRecentLibraries.
    static void addRecentLibrary(const QString &path);

    /// Keeps settings in this file instead of the user's (tests).
    static void useFile(const QString &path);
    static QSettings &store();
    static void migrate();

private:
    static std::unique_ptr<QSettings> &instance();
};

template <typename T> T Preference<T>::get() const
{
    const QVariant value = Settings::store().value(m_key);
    return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_default;
}

template <typename T> void Preference<T>::set(const T &value) const
{
    Settings::store().setValue(m_key, QVariant::fromValue(value));
}

} // namespace Newsdesk
