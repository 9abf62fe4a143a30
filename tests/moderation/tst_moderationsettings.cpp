// The moderation settings kept in the library: defaults, a round trip through library_settings, and
// setValue() refusing unknown keys and bad values with a message that says what is expected.

#include "TestLibrary.h"
#include "moderation/ModerationSettings.h"

#include <QTest>

using namespace Newsdesk;
using Newsdesk::Testing::TestLibrary;

class TestModerationSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void roundTrip();
    void savesEmptyLists();
    void setValueErrors_data();
    void setValueErrors();
    void keysOnePerLine();
    void unreadableStoredValueKeepsDefault();
};

void TestModerationSettings::defaults()
{
    TestLibrary library;
    const auto settings = ModerationSettings::load(*library);
    QVERIFY2(settings, qPrintable(settings.errorString()));
    QVERIFY(settings->moderationKeys.isEmpty());
    QVERIFY(settings->disallowedKeys.isEmpty());
    QCOMPARE(settings->linkLimit, 2);
    QVERIFY(settings->autoApproveKnownAuthors);
    QVERIFY(!settings->holdAll);
    QVERIFY(!settings->autoSpam);
    QCOMPARE(settings->spamThreshold, 0.95);
    QCOMPARE(ModerationSettings::keys().size(), 10);
    for (const QString &key : ModerationSettings::keys())
        QVERIFY2(!settings->value(key).isNull() || key.endsWith(QLatin1String("_keys")), qPrintable(key));
}

void TestModerationSettings::roundTrip()
{
    TestLibrary library;
    ModerationSettings settings;
    QVERIFY(settings.setValue(QStringLiteral("moderation_keys"), QStringLiteral("press\n  casino \n\n")));
    QVERIFY(settings.setValue(QStringLiteral("disallowed_keys"), QStringLiteral("viagra")));
    QVERIFY(settings.setValue(QStringLiteral("link_limit"), QStringLiteral("0")));
    QVERIFY(settings.setValue(QStringLiteral("hold_all"), QStringLiteral("on")));
    QVERIFY(settings.setValue(QStringLiteral("auto_approve_known_authors"), QStringLiteral("no")));
    QVERIFY(settings.setValue(QStringLiteral("flood_limit"), QStringLiteral("7")));
    QVERIFY(settings.setValue(QStringLiteral("flood_window"), QStringLiteral("120")));
    QVERIFY(settings.setValue(QStringLiteral("shouting_share"), QStringLiteral("0.8")));
    QVERIFY(settings.setValue(QStringLiteral("auto_spam"), QStringLiteral("true")));
    QVERIFY(settings.setValue(QStringLiteral("spam_threshold"), QStringLiteral("0.9")));
    QVERIFY(settings.save(*library));

    const QString path = library.path();
    library.close();
    auto reopened = Library::open(path);
    QVERIFY(reopened);
    const auto loaded = ModerationSettings::load(*reopened.value());
    QVERIFY(loaded);
    QCOMPARE(loaded->moderationKeys, (QStringList{QStringLiteral("press"), QStringLiteral("casino")}));
    QCOMPARE(loaded->disallowedKeys, QStringList{QStringLiteral("viagra")});
    QCOMPARE(loaded->linkLimit, 0);
    QVERIFY(loaded->holdAll);
    QVERIFY(!loaded->autoApproveKnownAuthors);
    QCOMPARE(loaded->floodLimit, 7);
    QCOMPARE(loaded->floodWindowSeconds, 120);
    QCOMPARE(loaded->shoutingShare, 0.8);
    QVERIFY(loaded->autoSpam);
    QCOMPARE(loaded->spamThreshold, 0.9);
}

void TestModerationSettings::savesEmptyLists()
{
    TestLibrary library;
    ModerationSettings settings;
    settings.moderationKeys = {QStringLiteral("press")};
    QVERIFY(settings.save(*library));
    // Clearing a list, and saving the defaults, whose lists are empty.
    QVERIFY(settings.setValue(QStringLiteral("moderation_keys"), QString()));
    const Status saved = settings.save(*library);
    QVERIFY2(saved, qPrintable(saved.errorString()));
    QVERIFY(ModerationSettings::load(*library)->moderationKeys.isEmpty());
    QVERIFY(ModerationSettings().save(*library));
}

void TestModerationSettings::setValueErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown key") << "max_links"
                                 << "2"
                                 << "There is no moderation setting “max_links”";
    QTest::newRow("bool") << "hold_all"
                          << "maybe"
                          << "hold_all takes on or off, not “maybe”.";
    QTest::newRow("negative links") << "link_limit"
                                    << "-1"
                                    << "link_limit takes a number from 0 to 1000";
    QTest::newRow("fraction of links") << "link_limit"
                                       << "2.5"
                                       << "link_limit takes a whole number, not “2.5”.";
    QTest::newRow("not a number") << "flood_limit"
                                  << "lots"
                                  << "flood_limit takes a number";
    QTest::newRow("zero window") << "flood_window"
                                 << "0"
                                 << "flood_window takes a number from 1";
    QTest::newRow("share over 1") << "shouting_share"
                                  << "1.5"
                                  << "shouting_share takes a number from 0 to 1";
    QTest::newRow("threshold") << "spam_threshold"
                               << "high"
                               << "spam_threshold takes a number from 0 to 1";
}

void TestModerationSettings::setValueErrors()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    ModerationSettings settings;
    const ModerationSettings before = settings;
    const Status set = settings.setValue(key, value);
    QVERIFY(!set);
    QCOMPARE(set.error().code, Error::Code::InvalidArgument);
    QVERIFY2(set.errorString().startsWith(message), qPrintable(set.errorString()));
    // A refused value changes nothing.
    for (const QString &k : ModerationSettings::keys())
        QCOMPARE(settings.value(k), before.value(k));
}

void TestModerationSettings::keysOnePerLine()
{
    ModerationSettings settings;
    QVERIFY(settings.setValue(QStringLiteral("disallowed_keys"), QStringLiteral("a b\r\nc")));
    QCOMPARE(settings.disallowedKeys, (QStringList{QStringLiteral("a b"), QStringLiteral("c")}));
    QCOMPARE(settings.value(QStringLiteral("disallowed_keys")), QStringLiteral("a b\nc"));
}

void TestModerationSettings::unreadableStoredValueKeepsDefault()
{
    TestLibrary library;
    QVERIFY(library->setSetting(QStringLiteral("moderation.link_limit"), QStringLiteral("lots")));
    QVERIFY(library->setSetting(QStringLiteral("moderation.flood_limit"), QStringLiteral("9")));
    const auto settings = ModerationSettings::load(*library);
    QVERIFY(settings);
    QCOMPARE(settings->linkLimit, 2);
    QCOMPARE(settings->floodLimit, 9);
}

QTEST_GUILESS_MAIN(TestModerationSettings)
#include "tst_moderationsettings.moc"
