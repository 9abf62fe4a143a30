-- Newsdesk library, schema version 6: comment counts kept as the comments change.

-- How many comments each status holds. The moderation view shows these counts and the queue's total after
-- every burst of decisions; counting them at a million comments took 100 ms each time
-- (newsdesk-bench-moderation), reading them takes none. Triggers keep them right through every insert,
-- delete (an article's purge cascades to its comments, and fires these too) and status change.
CREATE TABLE comment_status_counts (
    status   TEXT PRIMARY KEY CHECK (status IN ('pending', 'approved', 'spam', 'rejected')),
    comments INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO comment_status_counts(status, comments)
    SELECT s.status, (SELECT count(*) FROM comments c WHERE c.status = s.status)
    FROM (SELECT 'pending' AS status UNION ALL SELECT 'approved' UNION ALL SELECT 'spam'
          UNION ALL SELECT 'rejected') s;

CREATE TRIGGER comments_count_insert AFTER INSERT ON comments BEGIN
    UPDATE comment_status_counts SET comments = comments + 1 WHERE status = new.status;
END;
CREATE TRIGGER comments_count_delete AFTER DELETE ON comments BEGIN
    UPDATE comment_status_counts SET comments = comments - 1 WHERE status = old.status;
END;
CREATE TRIGGER comments_count_update AFTER UPDATE OF status ON comments WHEN old.status IS NOT new.status BEGIN
    UPDATE comment_status_counts SET comments = comments - 1 WHERE status = old.status;
    UPDATE comment_status_counts SET comments = comments + 1 WHERE status = new.status;
END;

-- Each article's comments and pending comments, as the article list shows them on every row and sorts
-- by them: counting them per row read thousands of index entries for a much-discussed article, and
-- sorting the list by comments counted all million (370 ms). Rows go with their article.
CREATE TABLE article_comment_counts (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    comments   INTEGER NOT NULL DEFAULT 0,
    pending    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO article_comment_counts(article_id, comments, pending)
    SELECT article_id, count(*), sum(status = 'pending') FROM comments GROUP BY article_id;

CREATE TRIGGER comments_article_count_insert AFTER INSERT ON comments BEGIN
    INSERT INTO article_comment_counts(article_id, comments, pending)
        VALUES (new.article_id, 1, new.status = 'pending')
        ON CONFLICT(article_id) DO UPDATE SET comments = comments + 1, pending = pending + (new.status = 'pending');
END;
CREATE TRIGGER comments_article_count_delete AFTER DELETE ON comments BEGIN
    UPDATE article_comment_counts SET comments = comments - 1, pending = pending - (old.status = 'pending')
        WHERE article_id = old.article_id;
END;
CREATE TRIGGER comments_article_count_update AFTER UPDATE OF article_id, status ON comments
    WHEN old.article_id IS NOT new.article_id OR old.status IS NOT new.status BEGIN
    UPDATE article_comment_counts SET comments = comments - 1, pending = pending - (old.status = 'pending')
        WHERE article_id = old.article_id;
    INSERT INTO article_comment_counts(article_id, comments, pending)
        VALUES (new.article_id, 1, new.status = 'pending')
        ON CONFLICT(article_id) DO UPDATE SET comments = comments + 1, pending = pending + (new.status = 'pending');
END;
