#pragma once

#include "moderation/ModerationSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace Newsdesk {

class Library;

/// Edit › Preferences: settings grouped in pages. The General page chooses the window's language (kept
/// in the user's settings, used from the next start). The Moderation page edits the library's moderation
/// rules (ModerationSettings, shared with `newsdesk-cli moderation config`); OK saves them to the library.
/// Like every preferences dialog it is not on the undo stack: Cancel is its undo, and the rules are
/// configuration, not the curator's work on comments.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Library &library, QWidget *parent = nullptr);

    /// The language chosen on the General page: a code such as "ja", or empty for the system's.
    QString language() const;
    void setLanguage(const QString &language);

    /// The moderation settings as the page shows them now.
    ModerationSettings moderationSettings() const;
    void setModerationSettings(const ModerationSettings &settings);
    QTabWidget *pages() const { return m_pages; }

    /// Saves to the library and closes; on an error says why and stays open.
    void accept() override;

private:
    QWidget *createGeneralPage();
    QWidget *createModerationPage();

    Library &m_library;
    QTabWidget *m_pages;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLabel *m_loadError;
    QPlainTextEdit *m_moderationKeys;
    QPlainTextEdit *m_disallowedKeys;
    QSpinBox *m_linkLimit;
    QCheckBox *m_autoApprove;
    QCheckBox *m_holdAll;
    QSpinBox *m_floodLimit;
    QSpinBox *m_floodWindow;
    QSpinBox *m_shouting;
    QCheckBox *m_autoSpam;
    QDoubleSpinBox *m_spamThreshold;
};

} // namespace Newsdesk
