#pragma once

#include "core/Article.h"
#include "core/Comment.h"
#include "library/ArticleRepository.h"
#include "library/CommentRepository.h"
#include "library/Library.h"

#include <QDateTime>

namespace Newsdesk::Testing {

/// An article to hang comments on.
inline qint64 addArticle(Library &library, const QString &title)
{
    Article article;
    article.title = title;
    article.url = QStringLiteral("https://example.org/") + QString::number(qHash(title));
    return library.articles().insert({article}).value().first();
}

/// A comment by author (email and IP derived from the name) posted at second postedAt of 2026.
inline Comment makeComment(qint64 articleId, const QString &author, const QString &text, qint64 postedAt,
                           CommentStatus status = CommentStatus::Pending, qint64 parentId = 0)
{
    Comment comment;
    comment.articleId = articleId;
    comment.parentId = parentId;
    comment.author = author;
    comment.authorEmail = author.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.org");
    comment.authorIp = QStringLiteral("192.0.2.%1").arg(1 + author.size() % 250);
    comment.body = commentHtmlFromText(text);
    comment.postedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(postedAt);
    comment.status = status;
    if (status != CommentStatus::Pending)
        comment.decidedBy = DecidedBy::Import;
    return comment;
}

} // namespace Newsdesk::Testing
