#pragma once

#include <QFrame>

namespace Newsdesk {

/// A strip above the list that offers the sample articles while the library is empty.
class EmptyLibraryBanner : public QFrame
{
    Q_OBJECT

public:
    explicit EmptyLibraryBanner(QWidget *parent = nullptr);

signals:
    void loadSamplesRequested();
    void dismissed();
};

} // namespace Newsdesk
