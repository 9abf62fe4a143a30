// The desktop integration files in packaging/: valid by the freedesktop tools, consistent with each other
// and with CHANGELOG.md, the bundle MIME type recognising real exports, the icons in every size, and
// `cmake --install` putting everything where desktops look.

#include "core/Bundle.h"
#include "exporting/BundleContent.h"
#include "exporting/BundleJson.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Newsdesk;

namespace {

const QString AppId = QStringLiteral("io.github.newsdesk.Newsdesk");
const QString BundleType = QStringLiteral("application/x-newsdesk-bundle+json");
const QList<int> IconSizes = {16, 22, 24, 32, 48, 64, 128, 256, 512};

QString packagingFile(const QString &name)
{
    return QStringLiteral(PACKAGING_DIR "/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The [Desktop Entry] keys of a desktop file (localised keys keep their [xx] suffix).
QMap<QString, QString> desktopEntry(const QString &path)
{
    QMap<QString, QString> keys;
    for (const QByteArray &line : readAll(path).split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0 && !line.startsWith('#'))
            keys.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    return keys;
}

/// An XML element: its attributes and its text, children's text included.
struct XmlElement
{
    QXmlStreamAttributes attributes;
    QString text;

    QString attribute(const char *name) const { return attributes.value(QLatin1String(name)).toString(); }
};

/// Every element with this name in an XML file, in document order.
QList<XmlElement> xmlElements(const QString &path, const QString &name)
{
    QList<XmlElement> found;
    QXmlStreamReader reader(readAll(path));
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name) {
            XmlElement element{reader.attributes(), {}};
            element.text = reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            found << element;
        }
    }
    return found;
}

QString xmlText(const QString &path, const QString &name)
{
    const QList<XmlElement> elements = xmlElements(path, name);
    return elements.isEmpty() ? QString() : elements.first().text;
}

struct ToolRun
{
    int exitCode = -1;
    QString output;
};

/// Runs a validator that may not be installed; an empty program means it is not.
ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void desktopFileIsValid();
    void metainfoIsValid();
    void filesAgreeOnTheApplication();
    void releasesRepeatTheChangelog();
    void iconsInEverySize();
    void bundleFilesHaveTheirOwnType();
    void installPutsEverythingInPlace();

private:
    QTemporaryDir m_mimeHome;
};

void TestDesktopIntegration::initTestCase()
{
    // The MIME database reads XDG_DATA_HOME/mime/packages on first use: ours goes there, beside the
    // system's definitions (application/json) that it builds on.
    QVERIFY(QDir(m_mimeHome.path()).mkpath(QStringLiteral("mime/packages")));
    QVERIFY(QFile::copy(packagingFile(QStringLiteral("newsdesk-mime.xml")),
                        m_mimeHome.filePath(QStringLiteral("mime/packages/newsdesk.xml"))));
    qputenv("XDG_DATA_HOME", m_mimeHome.path().toUtf8());
}

void TestDesktopIntegration::desktopFileIsValid()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
    const ToolRun run = runTool(validator, {packagingFile(AppId + QStringLiteral(".desktop"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.isEmpty(), qPrintable(run.output)); // not even a hint
}

void TestDesktopIntegration::metainfoIsValid()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (validator.isEmpty())
        QSKIP("appstreamcli is not installed (Debian: appstream)");
    const ToolRun run = runTool(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                            packagingFile(AppId + QStringLiteral(".metainfo.xml"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
}

void TestDesktopIntegration::filesAgreeOnTheApplication()
{
    const auto entry = desktopEntry(packagingFile(AppId + QStringLiteral(".desktop")));
    QCOMPARE(entry.value(QStringLiteral("Icon")), AppId);
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("newsdesk %F")); // FILE... is imported
    QVERIFY(entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';')).contains(BundleType));

    const QString metainfo = packagingFile(AppId + QStringLiteral(".metainfo.xml"));
    QCOMPARE(xmlText(metainfo, QStringLiteral("id")), AppId);
    QCOMPARE(xmlText(metainfo, QStringLiteral("launchable")), AppId + QStringLiteral(".desktop"));
    QCOMPARE(xmlText(metainfo, QStringLiteral("mediatype")), BundleType);
    // Every screenshot is one of ours, at its real size.
    const QList<XmlElement> images = xmlElements(metainfo, QStringLiteral("image"));
    QCOMPARE(images.size(), 3);
    for (const XmlElement &image : images) {
        const QString name = image.text.section(QLatin1Char('/'), -1);
        const QImage shot(QStringLiteral(PACKAGING_DIR "/../resources/screenshots/") + name);
        QVERIFY2(!shot.isNull(), qPrintable(name));
        QCOMPARE(image.attribute("width").toInt(), shot.width());
        QCOMPARE(image.attribute("height").toInt(), shot.height());
    }

    const QList<XmlElement> types =
        xmlElements(packagingFile(QStringLiteral("newsdesk-mime.xml")), QStringLiteral("mime-type"));
    QCOMPARE(types.size(), 1);
    QCOMPARE(types.first().attribute("type"), BundleType);
}

void TestDesktopIntegration::releasesRepeatTheChangelog()
{
    const QList<XmlElement> releases =
        xmlElements(packagingFile(AppId + QStringLiteral(".metainfo.xml")), QStringLiteral("release"));
    QVERIFY(!releases.isEmpty());
    QCOMPARE(releases.first().attribute("version"), QStringLiteral(NEWSDESK_VERSION));

    // CHANGELOG.md headings: "## Unreleased" for a development release, "## 0.1.0 …" once released.
    const QString changelog = QString::fromUtf8(readAll(QStringLiteral(CHANGELOG_PATH)));
    QStringList headings;
    const QRegularExpression heading(QStringLiteral("^## (\\S+)"), QRegularExpression::MultilineOption);
    for (auto it = heading.globalMatch(changelog); it.hasNext();)
        headings << it.next().captured(1);
    QStringList released;
    for (const XmlElement &release : releases) {
        QVERIFY2(!release.text.isEmpty(), "a release without a description");
        if (release.attribute("type") == QLatin1String("development"))
            QVERIFY2(headings.contains(QLatin1String("Unreleased")),
                     "CHANGELOG.md has no Unreleased section");
        else
            released << release.attribute("version");
    }
    headings.removeAll(QStringLiteral("Unreleased"));
    QCOMPARE(released, headings);
}

void TestDesktopIntegration::iconsInEverySize()
{
    const QByteArray svg = readAll(QStringLiteral(ICONS_DIR "/") + AppId + QStringLiteral(".svg"));
    QVERIFY(svg.contains("viewBox=\"0 0 128 128\""));
    for (int size : IconSizes) {
        const QString path = QStringLiteral(ICONS_DIR "/%1-%2.png").arg(AppId).arg(size);
        const QImage icon(path);
        QVERIFY2(!icon.isNull(), qPrintable(path));
        QCOMPARE(icon.size(), QSize(size, size));
        // Rendered from the SVG: opaque in the middle (the page), see-through in the corner (the tile's
        // rounded edge).
        QCOMPARE(qAlpha(icon.pixel(size / 2, size / 2)), 255);
        QCOMPARE(qAlpha(icon.pixel(0, 0)), 0);
    }
}

void TestDesktopIntegration::bundleFilesHaveTheirOwnType()
{
    BundleContent content;
    content.bundle.name = QStringLiteral("Trade week");
    content.bundle.title = QStringLiteral("Trade week");
    const QByteArray exported = BundleJson::write(content);
    QVERIFY(exported.left(64).contains("\"_newsdesk\"")); // what the magic looks for

    QMimeDatabase database;
    const QMimeType type = database.mimeTypeForName(BundleType);
    QVERIFY2(type.isValid(), "the MIME definition was not read");
    QVERIFY(type.inherits(QStringLiteral("application/json")));
    QCOMPARE(database.mimeTypeForData(exported).name(), BundleType);

    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return file.fileName();
    };
    // By name, whatever the content; by content when the name says nothing (a download saved without
    // its extension). A name that says JSON wins over content, as the shared MIME spec wants: hence the
    // exporter's *.newsdesk.json. A plain JSON Feed stays JSON.
    QCOMPARE(database.mimeTypeForFile(write(QStringLiteral("week.newsdesk.json"), "{}")).name(), BundleType);
    QCOMPARE(database.mimeTypeForFile(write(QStringLiteral("week"), exported)).name(), BundleType);
    QCOMPARE(database
                 .mimeTypeForFile(write(QStringLiteral("feed.json"),
                                        "{\"items\": [], \"version\": \"https://jsonfeed.org/version/1.1\"}"))
                 .name(),
             QStringLiteral("application/json"));
}

void TestDesktopIntegration::installPutsEverythingInPlace()
{
    QTemporaryDir prefix;
    const ToolRun run = runTool(QStringLiteral(CMAKE_COMMAND_PATH),
                                {QStringLiteral("--install"), QStringLiteral(PROJECT_BINARY_DIR),
                                 QStringLiteral("--prefix"), prefix.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));

    QStringList expected = {
        QStringLiteral("bin/newsdesk"),
        QStringLiteral("bin/newsdesk-cli"),
        QStringLiteral("share/applications/%1.desktop").arg(AppId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId),
        QStringLiteral("share/mime/packages/newsdesk.xml"),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(AppId),
        QStringLiteral("share/doc/newsdesk/IPTC-ATTRIBUTION.md"),
        QStringLiteral("share/doc/newsdesk/CHANGELOG.md"),
        QStringLiteral("share/doc/newsdesk/copyright"),
    };
    for (int size : IconSizes)
        expected << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId);
    for (const QString &file : expected)
        QVERIFY2(QFileInfo(prefix.filePath(file)).isFile(), qPrintable(file));

    // The Debian copyright file carries the IPTC attribution, folded the way its format wants.
    const QString copyright =
        QString::fromUtf8(readAll(prefix.filePath(QStringLiteral("share/doc/newsdesk/copyright"))));
    QVERIFY(copyright.contains(QStringLiteral(
        " IPTC Media Topics © IPTC, International Press Telecommunications Council — https://iptc.org")));
    QVERIFY(copyright.contains(QLatin1String("License: CC-BY-4.0")));
    for (const QString &line : copyright.split(QLatin1Char('\n')))
        QVERIFY2(!line.trimmed().isEmpty() || line.isEmpty(), "a blank line inside a field must be \" .\"");
    QVERIFY(!copyright.contains(QLatin1String("\n\n\n")));
}

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
