#pragma once

#include <QString>
#include <QStringList>

namespace Newsdesk {

/// Names both binaries share, so the CLI and the GUI find the same default library and settings.
void setApplicationIdentity();

/// Loads the translations into the running application: for language (a code such as "ja" or "pt_BR"),
/// or, when it is empty, for the system's preferred UI languages. Dates and numbers follow the same
/// locale (QLocale::setDefault), so a curator who picks Japanese gets Japanese dates too. Returns the
/// language whose translation was loaded ("en" when the source English is used).
QString installTranslations(const QString &language = {});

/// The languages Newsdesk is translated into (codes such as "de", "ja"), English included, sorted.
QStringList availableLanguages();

} // namespace Newsdesk
