// The comment format test (CommentFormatTest) run over the WXR reader.

#include "CommentFormatTest.h"

#include <QTest>

namespace Newsdesk {

class TestWxrComments : public CommentFormatTest
{
    Q_OBJECT

protected:
    QString formatKey() const override { return QStringLiteral("wxr"); }
    QString idPrefix() const override { return QStringLiteral("wxr"); }
    QString sampleFile() const override { return QStringLiteral("sample.wxr.xml"); }
    QStringList brokenFiles() const override
    {
        return {QStringLiteral("truncated.wxr.xml"), QStringLiteral("entity-bomb.wxr.xml"),
                QStringLiteral("undeclared-entity.wxr.xml")};
    }
    QByteArray write(const QList<Testing::TestComment> &comments) const override
    {
        return Testing::writeWxr(comments);
    }
    int formatSkipped() const override { return 1; } // the pingback
};

} // namespace Newsdesk

QTEST_GUILESS_MAIN(Newsdesk::TestWxrComments)
#include "tst_wxrcomments.moc"
