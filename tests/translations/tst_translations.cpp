// The translations are complete and current: no .ts file has an unfinished entry (English only needs
// its plural forms), lupdate would add no string to any of them, every translation keeps its source's
// placeholders and has the plural forms its language needs, and the embedded .qm files load and
// translate, with dates following the chosen language.

#include "core/Application.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Newsdesk;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; ///< the translation's type attribute: "unfinished", "vanished", … or empty
    QStringList forms; ///< the translation, or its plural forms
};

/// A .ts file's language and its messages without plural forms (numerusMessages() reads those).
struct TsFile
{
    QString language;
    QList<TsMessage> messages;
};

TsFile readTs(const QString &path)
{
    TsFile file;
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly))
        return file;
    QXmlStreamReader xml(&device);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            file.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation" && !message.numerus) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            message.forms << xml.readElementText();
            file.messages << message;
        }
    }
    return file;
}

/// The messages with plural forms, which readTs() leaves out.
QList<TsMessage> numerusMessages(const QString &path)
{
    QList<TsMessage> messages;
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&device);
    QString context;
    TsMessage message;
    bool inNumerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                inNumerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
                message = TsMessage{context, {}, inNumerus, {}, {}};
            } else if (inNumerus && xml.name() == u"source") {
                message.source = xml.readElementText();
            } else if (inNumerus && xml.name() == u"translation") {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
            } else if (inNumerus && xml.name() == u"numerusform") {
                message.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message" && inNumerus) {
            messages << message;
            inNumerus = false;
        }
    }
    return messages;
}

QStringList placeholdersOf(const QString &text, bool numerus)
{
    static const QRegularExpression placeholder(QStringLiteral("%(?:L?\\d{1,2}|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString match = it.next().captured();
        if (!(numerus && match == u"%n") && !found.contains(match))
            found << match;
    }
    found.sort();
    return found;
}

int pluralForms(const QString &language)
{
    const QString base = language.section(QLatin1Char('_'), 0, 0);
    return (base == u"ja" || base == u"ko" || base == u"zh") ? 1 : 2;
}

QStringList tsFiles()
{
    return QString::fromUtf8(TS_FILES).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void lupdateAddsNothing_data() { complete_data(); }
    void lupdateAddsNothing();
    void compiledTranslationsLoad();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    const TsFile file = readTs(path);
    QVERIFY2(!file.messages.isEmpty(), qPrintable(path));
    const bool english = file.language.startsWith(QLatin1String("en"));
    QStringList problems;
    for (const TsMessage &message : file.messages) {
        if (message.type == u"vanished" || message.type == u"obsolete")
            continue;
        // English is the source language: only its plural forms are translated.
        if (message.type == u"unfinished" && !english)
            problems << QStringLiteral("unfinished: %1 / %2").arg(message.context, message.source.left(60));
        if (message.type == u"unfinished" || message.forms.value(0).isEmpty())
            continue;
        if (placeholdersOf(message.source, false) != placeholdersOf(message.forms.first(), false))
            problems << QStringLiteral("placeholders differ: %1 / %2 → %3")
                            .arg(message.context, message.source.left(60), message.forms.first().left(60));
    }
    for (const TsMessage &message : numerusMessages(path)) {
        if (message.type == u"unfinished") {
            problems << QStringLiteral("unfinished plural: %1 / %2").arg(message.context, message.source.left(60));
            continue;
        }
        if (message.forms.size() != pluralForms(file.language))
            problems << QStringLiteral("%1 plural forms where %2 needs %3: %4")
                            .arg(message.forms.size())
                            .arg(file.language)
                            .arg(pluralForms(file.language))
                            .arg(message.source.left(60));
        for (const QString &form : message.forms)
            if (placeholdersOf(message.source, true) != placeholdersOf(form, true))
                problems << QStringLiteral("plural placeholders differ: %1 → %2").arg(message.source.left(60), form.left(60));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in %2, the first:\n").arg(problems.size()).arg(path)
                                            + problems.mid(0, 15).join(QLatin1Char('\n'))));
}

void TestTranslations::lupdateAddsNothing()
{
    QFETCH(QString, path);
    if (!QFileInfo::exists(QStringLiteral(LUPDATE_PATH)))
        QSKIP("lupdate is not installed");
    // lupdate on a copy: what it would add to the real file.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_PATH),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("@" TRANSLATABLE_SOURCE_LIST), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(300000));
    const QString output = QString::fromLocal8Bit(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
    QCOMPARE(lupdate.exitCode(), 0);
    static const QRegularExpression found(QStringLiteral("\\((\\d+) new and (\\d+) already existing\\)"));
    const auto match = found.match(output);
    QVERIFY2(match.hasMatch(), qPrintable(output));
    QVERIFY2(match.captured(1) == u"0",
             qPrintable(QStringLiteral("lupdate would add %1 string(s) to %2: run the update_translations target "
                                       "and translate them.\n%3")
                            .arg(match.captured(1), path, output)));
    // Nor would it drop any: a string removed from the code leaves the file too.
    QCOMPARE(readTs(copy).messages.size() + numerusMessages(copy).size(),
             readTs(path).messages.size() + numerusMessages(path).size());
}

void TestTranslations::compiledTranslationsLoad()
{
    const QStringList languages = availableLanguages();
    for (const char *expected : {"de", "en", "es", "fr", "ja", "ko"})
        QVERIFY2(languages.contains(QLatin1String(expected)), expected);
    for (const QString &language : languages) {
        if (language == u"en")
            continue;
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral("newsdesk_") + language, QStringLiteral(":/i18n")), qPrintable(language));
        const QString preferences = translator.translate("Newsdesk::PreferencesDialog", "Preferences");
        QVERIFY2(!preferences.isEmpty() && preferences != u"Preferences", qPrintable(language));
        // A plural message has its forms (QCoreApplication::translate() puts the number in for %n).
        const QString many = translator.translate("Newsdesk::BundleListModel", "%1\n%n article(s), changed %2", nullptr, 5);
        QVERIFY2(many.contains(QLatin1String("%n")) && !many.contains(QLatin1String("article(s)")), qPrintable(language + many));
    }

    // Installing a language translates the application and gives dates in that language.
    QCOMPARE(installTranslations(QStringLiteral("ja")).left(2), QStringLiteral("ja"));
    QVERIFY(QCoreApplication::translate("Newsdesk::PreferencesDialog", "Preferences") != u"Preferences");
    QVERIFY(QCoreApplication::translate("Newsdesk::BundleListModel", "%1\n%n article(s), changed %2", nullptr, 5)
                .contains(QLatin1Char('5')));
    QCOMPARE(QLocale().language(), QLocale::Japanese);
    QVERIFY(QLocale().toString(QDate(2026, 11, 28), QLocale::LongFormat).contains(QStringLiteral("年")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
