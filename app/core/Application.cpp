#include "Application.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Newsdesk {

namespace {

/// Where the compiled translations are embedded (translations/CMakeLists.txt).
const QString TranslationsPath = QStringLiteral(":/i18n");

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("newsdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("newsdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSDESK_VERSION));
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(TranslationsPath).entryList({QStringLiteral("newsdesk_*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(9, file.size() - 9 - 3); // "newsdesk_" … ".qm"
    if (!languages.contains(QLatin1String("en")))
        languages << QStringLiteral("en");
    languages.sort();
    return languages;
}

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // The English "translation" holds only plural forms ("1 article", "2 articles"); it is installed
    // first so that any other language, installed after it, takes precedence.
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral("newsdesk_en"), TranslationsPath))
        QCoreApplication::installTranslator(english);
    // QTranslator::load(QLocale) walks the locale's UI languages in order ("ja-JP", "ja", …).
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QStringLiteral("newsdesk"), QStringLiteral("_"), TranslationsPath)
        && translator->language() != QLatin1String("en")) {
        QCoreApplication::installTranslator(translator);
        return translator->language();
    }
    delete translator;
    return QStringLiteral("en");
}

} // namespace Newsdesk
