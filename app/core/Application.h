#pragma once

#include <QString>

namespace Newsdesk {

/// Names both binaries share, so the CLI and the GUI find the same default library and settings.
void setApplicationIdentity();

/// Loads the translations for the system locale into the running application.
void installTranslations();

} // namespace Newsdesk
