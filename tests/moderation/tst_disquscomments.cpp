// The comment format test (CommentFormatTest) run over the Disqus reader.

#include "CommentFormatTest.h"

#include <QTest>

namespace Newsdesk {

class TestDisqusComments : public CommentFormatTest
{
    Q_OBJECT

protected:
    QString formatKey() const override { return QStringLiteral("disqus"); }
    QString idPrefix() const override { return QStringLiteral("disqus"); }
    QString sampleFile() const override { return QStringLiteral("sample.disqus.xml"); }
    QStringList brokenFiles() const override
    {
        return {QStringLiteral("truncated.disqus.xml"), QStringLiteral("entity-bomb.disqus.xml"),
                QStringLiteral("mismatched-tag.disqus.xml")};
    }
    QByteArray write(const QList<Testing::TestComment> &comments) const override
    {
        return Testing::writeDisqus(comments);
    }
    bool statusWords() const override { return false; }
};

} // namespace Newsdesk

QTEST_GUILESS_MAIN(Newsdesk::TestDisqusComments)
#include "tst_disquscomments.moc"
