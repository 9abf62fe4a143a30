// Edit › Preferences: every moderation setting round-trips through the dialog and the library, Cancel
// changes nothing, and the General page chooses the window's language.

#include "TestLibrary.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Newsdesk;
using Newsdesk::Testing::TestLibrary;

namespace {

bool sameSettings(const ModerationSettings &a, const ModerationSettings &b)
{
    for (const QString &key : ModerationSettings::keys())
        if (a.value(key) != b.value(key))
            return false;
    return true;
}

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsTheLibrarysSettings();
    void roundTripsThroughTheWidgets();
    void cancelChangesNothing();
    void choosesTheLanguage();
};

void TestPreferencesDialog::showsTheLibrarysSettings()
{
    TestLibrary library;
    ModerationSettings stored;
    stored.moderationKeys = {QStringLiteral("press"), QStringLiteral("refund")};
    stored.linkLimit = 4;
    stored.holdAll = true;
    stored.spamThreshold = 0.8;
    const Status storedOk = stored.save(*library);
    QVERIFY2(storedOk, qPrintable(storedOk.errorString()));
    PreferencesDialog dialog(*library);
    QCOMPARE(dialog.pages()->tabText(0), PreferencesDialog::tr("General"));
    QCOMPARE(dialog.pages()->tabText(1), PreferencesDialog::tr("Moderation"));
    QVERIFY(sameSettings(dialog.moderationSettings(), stored));
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("moderationKeys"))->toPlainText(),
             QStringLiteral("press\nrefund"));
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("holdAll"))->isChecked());
    // The threshold applies only with automatic spam marking on.
    QVERIFY(!dialog.findChild<QDoubleSpinBox *>(QStringLiteral("spamThreshold"))->isEnabled());
}

void TestPreferencesDialog::roundTripsThroughTheWidgets()
{
    TestLibrary library;
    {
        PreferencesDialog dialog(*library);
        QVERIFY(sameSettings(dialog.moderationSettings(), ModerationSettings()));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("moderationKeys"))
            ->setPlainText(QStringLiteral(" press \n\nrefund\n"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("disallowedKeys"))
            ->setPlainText(QStringLiteral("casino\nviagra"));
        dialog.findChild<QSpinBox *>(QStringLiteral("linkLimit"))->setValue(0);
        dialog.findChild<QCheckBox *>(QStringLiteral("autoApproveKnownAuthors"))->setChecked(false);
        dialog.findChild<QCheckBox *>(QStringLiteral("holdAll"))->setChecked(true);
        dialog.findChild<QSpinBox *>(QStringLiteral("floodLimit"))->setValue(9);
        dialog.findChild<QSpinBox *>(QStringLiteral("floodWindow"))->setValue(300);
        dialog.findChild<QSpinBox *>(QStringLiteral("shoutingShare"))->setValue(85);
        dialog.findChild<QCheckBox *>(QStringLiteral("autoSpam"))->setChecked(true);
        auto *threshold = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("spamThreshold"));
        QVERIFY(threshold->isEnabled());
        threshold->setValue(0.9);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const ModerationSettings saved = ModerationSettings::load(*library).value();
    QCOMPARE(saved.moderationKeys, (QStringList{QStringLiteral("press"), QStringLiteral("refund")}));
    QCOMPARE(saved.disallowedKeys, (QStringList{QStringLiteral("casino"), QStringLiteral("viagra")}));
    QCOMPARE(saved.linkLimit, 0);
    QCOMPARE(saved.autoApproveKnownAuthors, false);
    QCOMPARE(saved.holdAll, true);
    QCOMPARE(saved.floodLimit, 9);
    QCOMPARE(saved.floodWindowSeconds, 300);
    QCOMPARE(saved.shoutingShare, 0.85);
    QCOMPARE(saved.autoSpam, true);
    QCOMPARE(saved.spamThreshold, 0.9);

    // Opened again on a library opened again, it shows what was saved.
    const QString path = library.path();
    library.close();
    auto reopened = Library::open(path);
    QVERIFY(reopened);
    PreferencesDialog again(**reopened);
    QVERIFY(sameSettings(again.moderationSettings(), saved));
    QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("linkLimit"))->text(), PreferencesDialog::tr("Off"));
}

void TestPreferencesDialog::cancelChangesNothing()
{
    TestLibrary library;
    PreferencesDialog dialog(*library);
    dialog.findChild<QCheckBox *>(QStringLiteral("holdAll"))->setChecked(true);
    dialog.reject();
    QCOMPARE(ModerationSettings::load(*library).value().holdAll, false);
}

void TestPreferencesDialog::choosesTheLanguage()
{
    TestLibrary library;
    Settings::uiLanguage.set(QString());
    PreferencesDialog dialog(*library);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(language);
    // The system's language first, then every translation under its own name.
    QCOMPARE(language->itemData(0).toString(), QString());
    QVERIFY(language->count() >= 7);
    const int japanese = language->findData(QStringLiteral("ja"));
    QVERIFY(japanese > 0);
    QCOMPARE(language->itemText(japanese), QStringLiteral("日本語"));
    QCOMPARE(language->itemText(language->findData(QStringLiteral("ko"))), QStringLiteral("한국어"));
    QCOMPARE(language->itemText(language->findData(QStringLiteral("de"))), QStringLiteral("Deutsch"));
    QCOMPARE(dialog.language(), QString());

    language->setCurrentIndex(japanese);
    QCOMPARE(dialog.language(), QStringLiteral("ja"));
    dialog.accept();
    QCOMPARE(Settings::uiLanguage.get(), QStringLiteral("ja"));
    PreferencesDialog again(*library);
    QCOMPARE(again.language(), QStringLiteral("ja"));
    Settings::uiLanguage.set(QString());
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
