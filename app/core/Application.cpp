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
    auto *translator = new QTranslator(QCoreApplication::instance());
    // qt_add_translations embeds the .qm files under :/i18n.
    if (translator->load(QLocale(), QStringLiteral("newsdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace Newsdesk
