// Edit › Preferences, Moderation page: every moderation setting round-trips through the dialog and the
// library, and Cancel changes nothing.

#include "TestLibrary.h"
#include "settings/PreferencesDialog.h"

#include <QCheckBox>
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
    QCOMPARE(dialog.pages()->tabText(0), PreferencesDialog::tr("Moderation"));
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

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
