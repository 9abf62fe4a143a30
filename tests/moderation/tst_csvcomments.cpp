// The comment format test (CommentFormatTest) run over the CSV reader.

#include "CommentFormatTest.h"

#include <QTest>

namespace Newsdesk {

class TestCsvComments : public CommentFormatTest
{
    Q_OBJECT

protected:
    QString formatKey() const override { return QStringLiteral("csv"); }
    QString idPrefix() const override { return QStringLiteral("csv"); }
    QString sampleFile() const override { return QStringLiteral("sample.csv"); }
    QStringList brokenFiles() const override
    {
        return {QStringLiteral("unterminated-quote.csv"), QStringLiteral("text-after-quote.csv")};
    }
    QByteArray write(const QList<Testing::TestComment> &comments) const override
    {
        return Testing::writeCsv(comments);
    }
};

} // namespace Newsdesk

QTEST_GUILESS_MAIN(Newsdesk::TestCsvComments)
#include "tst_csvcomments.moc"
