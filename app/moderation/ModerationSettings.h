#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Newsdesk {

class Library;

/// The moderation rules, with WordPress's semantics where WordPress has the rule. Kept in the library
/// (library_settings), so the window's Preferences and `newsdesk-cli moderation config` share them.
struct ModerationSettings
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ModerationSettings)

public:
    /// Hold for moderation when one of these occurs (case-insensitive substring) in the author's name,
    /// email, URL, IP or the text: "press" matches "WordPress".
    QStringList moderationKeys;
    /// Mark as spam when one occurs there, or in the text with its HTML stripped.
    QStringList disallowedKeys;
    /// Hold a comment with at least this many links (bare URLs count); 0 turns the rule off.
    int linkLimit = 2;
    /// Approve a comment whose author (name and email) already has an approved comment.
    bool autoApproveKnownAuthors = true;
    /// Hold every comment, whatever the other rules say.
    bool holdAll = false;
    /// Flood: hold the comment when its author or IP posted at least floodLimit comments (this one
    /// included) within floodWindowSeconds.
    int floodLimit = 5;
    int floodWindowSeconds = 60;
    /// Shouting: hold a comment of at least 20 letters of which this share or more is upper case.
    double shoutingShare = 0.7;
    /// The learned filter marks spam by itself above spamThreshold; off by default.
    bool autoSpam = false;
    double spamThreshold = 0.95;

    static Result<ModerationSettings> load(const Library &library);
    Status save(Library &library) const;

    /// The keys `moderation config` takes, in the order it lists them.
    static QStringList keys();
    /// A setting as text ("moderation_keys" are one per line).
    QString value(const QString &key) const;
    /// Sets one setting from text; an unknown key or a bad value is an error saying what is expected.
    Status setValue(const QString &key, const QString &value);
};

} // namespace Newsdesk
