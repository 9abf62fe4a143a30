#include "CommentFormats.h"

#include "CsvCommentReader.h"
#include "DisqusCommentReader.h"
#include "JsonCommentReader.h"
#include "WxrCommentReader.h"

namespace Newsdesk {

const std::vector<std::unique_ptr<CommentReader>> &CommentFormats::readers()
{
    static const std::vector<std::unique_ptr<CommentReader>> all = [] {
        std::vector<std::unique_ptr<CommentReader>> list;
        list.push_back(std::make_unique<WxrCommentReader>());
        list.push_back(std::make_unique<DisqusCommentReader>());
        list.push_back(std::make_unique<JsonCommentReader>());
        list.push_back(std::make_unique<CsvCommentReader>());
        return list;
    }();
    return all;
}

const CommentReader *CommentFormats::reader(const QString &key)
{
    for (const auto &reader : readers())
        if (reader->key().compare(key, Qt::CaseInsensitive) == 0)
            return reader.get();
    return nullptr;
}

const CommentReader *CommentFormats::detect(const QByteArray &data, const QString &fileName)
{
    for (const auto &reader : readers())
        if (reader->canRead(data, fileName))
            return reader.get();
    return nullptr;
}

QStringList CommentFormats::keys()
{
    QStringList keys;
    for (const auto &reader : readers())
        keys << reader->key();
    return keys;
}

} // namespace Newsdesk
