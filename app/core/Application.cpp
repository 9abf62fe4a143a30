#include "Application.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Newsdesk {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("newsdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("newsdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSDESK_VERSION));
}

void installTranslations()
{
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // The English "translation" holds only plural forms ("1 article", "2 articles"); it is installed
    // first so that any other language, installed after it, takes precedence. The .qm files are
    // embedded under :/i18n (translations/CMakeLists.txt).
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral("newsdesk_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(english);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QLocale(), QStringLiteral("newsdesk"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) &&
        translator->language() != QLatin1String("en"))
        QCoreApplication::installTranslator(translator);
}

} // namespace Newsdesk
