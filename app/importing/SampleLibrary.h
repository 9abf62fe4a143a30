#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace Newsdesk {

class Library;

/// The fictional articles and comments a new curator can practise on (resources/samples).
class SampleLibrary
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SampleLibrary)

public:
    /// Adds the sample articles with their comments in one transaction; returns how many articles.
    static Result<int> load(Library &library);
    /// Same, from a sample document at path (the built-in one is :/newsdesk/samples/sample-library.json);
    /// the .txt files in the pages/ folder beside it are read as pasted pages, the way an import reads them.
    static Result<int> load(Library &library, const QString &path);
};

} // namespace Newsdesk
