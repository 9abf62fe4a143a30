// The comment format test (CommentFormatTest) run over the JSON reader.

#include "CommentFormatTest.h"

#include <QTest>

namespace Newsdesk {

class TestJsonComments : public CommentFormatTest
{
    Q_OBJECT

protected:
    QString formatKey() const override { return QStringLiteral("json"); }
    QString idPrefix() const override { return QStringLiteral("json"); }
    QString sampleFile() const override { return QStringLiteral("sample.json"); }
    QStringList brokenFiles() const override
    {
        return {QStringLiteral("truncated.json"), QStringLiteral("not-a-list.json")};
    }
    QByteArray write(const QList<Testing::TestComment> &comments) const override
    {
        return Testing::writeJson(comments);
    }
};

} // namespace Newsdesk

QTEST_GUILESS_MAIN(Newsdesk::TestJsonComments)
#include "tst_jsoncomments.moc"
