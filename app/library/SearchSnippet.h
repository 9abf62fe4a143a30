#pragma once

#include <QString>

namespace Newsdesk {

/// The passage of text that best shows why it matched what the curator typed: about sixteen words
/// around the first hit, hits wrapped in \x02 … \x03, "…" where the text was cut.
///
/// Cut in C++ from the page of results rather than by FTS5's snippet(): snippet() runs for every
/// match before the ranking picks the page, which newsdesk-bench measured at two thirds of the search
/// time on 100,000 articles. Words match case-insensitively at their start, as the search's prefix
/// matching does; text without spaces (Japanese, Chinese) matches anywhere.
///
/// texts are tried in order (e.g. the body, then the title); with no hit in any, the first one's
/// opening words stand in.
QString searchSnippet(const QStringList &texts, const QString &userText);

} // namespace Newsdesk
