#include "PreferencesDialog.h"

#include "Settings.h"
#include "core/Application.h"
#include "library/Library.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Newsdesk {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList keys;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString key = line.trimmed();
        if (!key.isEmpty())
            keys << key;
    }
    return keys;
}

QPlainTextEdit *keyList(const char *name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    // A few lines tall to start with: long lists scroll, and the page still fits a small screen.
    edit->setMinimumHeight(6 * edit->fontMetrics().lineSpacing() + 12);
    return edit;
}

/// A short explanation under a field, in the muted style of a hint.
QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(Library &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_pages = new QTabWidget(this);
    m_pages->addTab(createGeneralPage(), tr("General"));
    m_pages->addTab(createModerationPage(), tr("Moderation"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    const auto settings = ModerationSettings::load(m_library);
    if (settings) {
        setModerationSettings(*settings);
    } else {
        // Edit the defaults rather than nothing; saving them replaces what could not be read.
        setModerationSettings(ModerationSettings());
        m_loadError->setText(
            tr("The library's moderation settings could not be read: %1").arg(settings.errorString()));
        m_loadError->show();
    }
}

QWidget *PreferencesDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("generalPage"));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    const QLocale system = QLocale::system();
    m_language->addItem(tr("System default (%1)").arg(system.nativeLanguageName()), QString());
    // Each language under its own name, so a curator finds theirs whatever the window speaks now.
    for (const QString &code : availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    m_languageNote = hint(tr("Newsdesk speaks the new language from its next start."), page);
    m_languageNote->hide();
    setLanguage(Settings::uiLanguage.get());
    connect(m_language, &QComboBox::currentIndexChanged, this, [this]() {
        m_languageNote->setVisible(language() != Settings::uiLanguage.get());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

QWidget *PreferencesDialog::createModerationPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("moderationPage"));

    m_loadError = new QLabel(page);
    m_loadError->setWordWrap(true);
    m_loadError->hide();

    m_moderationKeys = keyList("moderationKeys", page);
    m_disallowedKeys = keyList("disallowedKeys", page);

    m_linkLimit = new QSpinBox(page);
    m_linkLimit->setObjectName(QStringLiteral("linkLimit"));
    m_linkLimit->setRange(0, 1000);
    m_linkLimit->setSpecialValueText(tr("Off"));

    m_autoApprove =
        new QCheckBox(tr("Approve comments by authors who already have an approved comment"), page);
    m_autoApprove->setObjectName(QStringLiteral("autoApproveKnownAuthors"));
    m_holdAll = new QCheckBox(tr("Hold every comment for moderation, whatever the other rules say"), page);
    m_holdAll->setObjectName(QStringLiteral("holdAll"));

    m_floodLimit = new QSpinBox(page);
    m_floodLimit->setObjectName(QStringLiteral("floodLimit"));
    m_floodLimit->setRange(0, 100000);
    m_floodLimit->setSpecialValueText(tr("Off"));
    m_floodWindow = new QSpinBox(page);
    m_floodWindow->setObjectName(QStringLiteral("floodWindow"));
    m_floodWindow->setRange(1, 7 * 24 * 3600);

    m_shouting = new QSpinBox(page);
    m_shouting->setObjectName(QStringLiteral("shoutingShare"));
    m_shouting->setRange(0, 100);
    m_shouting->setSpecialValueText(tr("Off"));

    m_autoSpam = new QCheckBox(tr("Mark comments as spam by their spam score"), page);
    m_autoSpam->setObjectName(QStringLiteral("autoSpam"));
    m_spamThreshold = new QDoubleSpinBox(page);
    m_spamThreshold->setObjectName(QStringLiteral("spamThreshold"));
    m_spamThreshold->setRange(0.0, 1.0);
    m_spamThreshold->setDecimals(2);
    m_spamThreshold->setSingleStep(0.01);
    connect(m_autoSpam, &QCheckBox::toggled, m_spamThreshold, &QWidget::setEnabled);

    // The two key lists side by side, each under its heading; the rules that take a number in a form
    // below, each field at its natural width. Each number has a row whose label is a whole phrase: a
    // sentence split around a spin box ("Hold a flood of [5] comments within [60] seconds") cannot be
    // translated.
    auto *keys = new QGridLayout;
    keys->addWidget(new QLabel(tr("Hold for moderation when a comment contains:"), page), 0, 0);
    keys->addWidget(new QLabel(tr("Mark as spam when a comment contains:"), page), 0, 1);
    keys->addWidget(m_moderationKeys, 1, 0);
    keys->addWidget(m_disallowedKeys, 1, 1);
    keys->addWidget(hint(tr("One word or phrase a line, looked for in the author's name, email, web site and "
                            "IP address and in the text, ignoring case: “press” also finds “WordPress”."),
                         page),
                    2, 0, 1, 2);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Hold a comment with this many links or more:"), m_linkLimit);
    form->addRow(tr("Flood limit (comments):"), m_floodLimit);
    form->addRow(tr("Flood window (seconds):"), m_floodWindow);
    form->addRow(tr("Hold a comment with this share of capitals or more (%):"), m_shouting);
    form->addRow(QString(), m_autoApprove);
    form->addRow(QString(), m_holdAll);
    form->addRow(QString(), m_autoSpam);
    form->addRow(tr("Lowest spam score to mark as spam:"), m_spamThreshold);
    m_floodLimit->setToolTip(tr("Hold a comment when its author or IP address posted this many comments "
                                "within the flood window, the new one included"));
    m_floodWindow->setToolTip(tr("How recent an author's comments must be to count towards the flood limit"));
    m_shouting->setToolTip(tr("The share of capitals among the letters of a comment of 20 letters or more"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_loadError);
    layout->addLayout(keys);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

ModerationSettings PreferencesDialog::moderationSettings() const
{
    ModerationSettings settings;
    settings.moderationKeys = lines(m_moderationKeys);
    settings.disallowedKeys = lines(m_disallowedKeys);
    settings.linkLimit = m_linkLimit->value();
    settings.autoApproveKnownAuthors = m_autoApprove->isChecked();
    settings.holdAll = m_holdAll->isChecked();
    settings.floodLimit = m_floodLimit->value();
    settings.floodWindowSeconds = m_floodWindow->value();
    settings.shoutingShare = m_shouting->value() / 100.0;
    settings.autoSpam = m_autoSpam->isChecked();
    settings.spamThreshold = m_spamThreshold->value();
    return settings;
}

void PreferencesDialog::setModerationSettings(const ModerationSettings &settings)
{
    m_moderationKeys->setPlainText(settings.moderationKeys.join(QLatin1Char('\n')));
    m_disallowedKeys->setPlainText(settings.disallowedKeys.join(QLatin1Char('\n')));
    m_linkLimit->setValue(settings.linkLimit);
    m_autoApprove->setChecked(settings.autoApproveKnownAuthors);
    m_holdAll->setChecked(settings.holdAll);
    m_floodLimit->setValue(settings.floodLimit);
    m_floodWindow->setValue(settings.floodWindowSeconds);
    m_shouting->setValue(qRound(settings.shoutingShare * 100));
    m_autoSpam->setChecked(settings.autoSpam);
    m_spamThreshold->setValue(settings.spamThreshold);
    m_spamThreshold->setEnabled(settings.autoSpam);
}

void PreferencesDialog::accept()
{
    if (const Status saved = moderationSettings().save(m_library); !saved) {
        QMessageBox::warning(this, windowTitle(), saved.errorString());
        return;
    }
    Settings::uiLanguage.set(language());
    QDialog::accept();
}

} // namespace Newsdesk
