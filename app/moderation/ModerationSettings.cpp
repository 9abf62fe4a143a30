#include "ModerationSettings.h"

#include "library/Library.h"

#include <QLocale>

namespace Newsdesk {

namespace {

const QString Prefix = QStringLiteral("moderation.");

QStringList lines(const QString &text)
{
    QStringList keys;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString key = line.trimmed();
        if (!key.isEmpty())
            keys << key;
    }
    return keys;
}

Result<bool> parseBool(const QString &key, const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == u"1" || value == u"true" || value == u"on" || value == u"yes")
        return true;
    if (value == u"0" || value == u"false" || value == u"off" || value == u"no")
        return false;
    return Error{Error::Code::InvalidArgument,
                 ModerationSettings::tr("%1 takes on or off, not “%2”.").arg(key, text)};
}

Result<double> parseNumber(const QString &key, const QString &text, double minimum, double maximum)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value < minimum || value > maximum)
        return Error{Error::Code::InvalidArgument,
                     ModerationSettings::tr("%1 takes a number from %2 to %3, not “%4”.")
                         .arg(key)
                         .arg(minimum)
                         .arg(maximum)
                         .arg(text)};
    return value;
}

} // namespace

QStringList ModerationSettings::keys()
{
    return {QStringLiteral("moderation_keys"), QStringLiteral("disallowed_keys"),
            QStringLiteral("link_limit"),      QStringLiteral("auto_approve_known_authors"),
            QStringLiteral("hold_all"),        QStringLiteral("flood_limit"),
            QStringLiteral("flood_window"),    QStringLiteral("shouting_share"),
            QStringLiteral("auto_spam"),       QStringLiteral("spam_threshold")};
}

QString ModerationSettings::value(const QString &key) const
{
    const auto flag = [](bool on) { return on ? QStringLiteral("on") : QStringLiteral("off"); };
    // An empty list joins to a null string, which the store would bind as NULL: give "" instead.
    if (key == u"moderation_keys")
        return moderationKeys.isEmpty() ? QStringLiteral("") : moderationKeys.join(QLatin1Char('\n'));
    if (key == u"disallowed_keys")
        return disallowedKeys.isEmpty() ? QStringLiteral("") : disallowedKeys.join(QLatin1Char('\n'));
    if (key == u"link_limit")
        return QString::number(linkLimit);
    if (key == u"auto_approve_known_authors")
        return flag(autoApproveKnownAuthors);
    if (key == u"hold_all")
        return flag(holdAll);
    if (key == u"flood_limit")
        return QString::number(floodLimit);
    if (key == u"flood_window")
        return QString::number(floodWindowSeconds);
    if (key == u"shouting_share")
        return QString::number(shoutingShare);
    if (key == u"auto_spam")
        return flag(autoSpam);
    if (key == u"spam_threshold")
        return QString::number(spamThreshold);
    return {};
}

Status ModerationSettings::setValue(const QString &key, const QString &text)
{
    const auto setBool = [&](bool &target) -> Status {
        auto parsed = parseBool(key, text);
        if (!parsed)
            return parsed.error();
        target = *parsed;
        return {};
    };
    const auto setInt = [&](int &target, int minimum, int maximum) -> Status {
        auto parsed = parseNumber(key, text, minimum, maximum);
        if (!parsed)
            return parsed.error();
        if (*parsed != qRound(*parsed))
            return Error{Error::Code::InvalidArgument,
                         tr("%1 takes a whole number, not “%2”.").arg(key, text)};
        target = qRound(*parsed);
        return {};
    };
    const auto setShare = [&](double &target) -> Status {
        auto parsed = parseNumber(key, text, 0.0, 1.0);
        if (!parsed)
            return parsed.error();
        target = *parsed;
        return {};
    };
    if (key == u"moderation_keys") {
        moderationKeys = lines(text);
        return {};
    }
    if (key == u"disallowed_keys") {
        disallowedKeys = lines(text);
        return {};
    }
    if (key == u"link_limit")
        return setInt(linkLimit, 0, 1000);
    if (key == u"auto_approve_known_authors")
        return setBool(autoApproveKnownAuthors);
    if (key == u"hold_all")
        return setBool(holdAll);
    if (key == u"flood_limit")
        return setInt(floodLimit, 0, 100000);
    if (key == u"flood_window")
        return setInt(floodWindowSeconds, 1, 7 * 24 * 3600);
    if (key == u"shouting_share")
        return setShare(shoutingShare);
    if (key == u"auto_spam")
        return setBool(autoSpam);
    if (key == u"spam_threshold")
        return setShare(spamThreshold);
    return Error{Error::Code::InvalidArgument,
                 tr("There is no moderation setting “%1”; the settings are: %2.")
                     .arg(key, keys().join(QStringLiteral(", ")))};
}

Result<ModerationSettings> ModerationSettings::load(const Library &library)
{
    ModerationSettings settings;
    for (const QString &key : keys()) {
        auto stored = library.setting(Prefix + key, settings.value(key));
        if (!stored)
            return stored.error();
        // A value this build cannot read (written by hand, say) keeps its default rather than failing.
        const ModerationSettings before = settings;
        if (!settings.setValue(key, *stored))
            settings = before;
    }
    return settings;
}

Status ModerationSettings::save(Library &library) const
{
    return library.transaction([&]() -> Status {
        for (const QString &key : keys())
            if (Status saved = library.setSetting(Prefix + key, value(key)); !saved)
                return saved;
        return {};
    });
}

} // namespace Newsdesk
