#pragma once

#include "library/Library.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Newsdesk::Testing {

/// Articles in the built-in sample library: twelve curated ones and three raw pasted pages.
constexpr int SampleArticleCount = 15;

/// A library in a fresh temporary folder, opened, for one test.
class TestLibrary
{
public:
    TestLibrary()
    {
        auto opened = Library::open(path());
        if (!opened)
            qFatal("could not open a test library: %s", qPrintable(opened.errorString()));
        m_library = std::move(opened).value();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    QString dir() const { return m_dir.path(); }
    Library &operator*() { return *m_library; }
    Library *operator->() { return m_library.get(); }
    Library *get() { return m_library.get(); }
    void close() { m_library.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
};

} // namespace Newsdesk::Testing
