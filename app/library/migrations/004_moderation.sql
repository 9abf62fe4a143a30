-- Newsdesk library, schema version 4: comment moderation.

-- What moderation reads and records of a comment. body keeps the sanitised HTML; body_text its plain
-- text, which rules, the spam filter and search read.
ALTER TABLE comments ADD COLUMN author_ip TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN body_text TEXT NOT NULL DEFAULT '';
-- The comment's id in the file it came from (WXR, Disqus, CSV), so importing the file again adds nothing.
ALTER TABLE comments ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN spam_score REAL CHECK (spam_score IS NULL OR spam_score BETWEEN 0.0 AND 1.0);
-- Why the last decision was made ("moderation key “press”", "spam score 0.97") and who made it:
-- 'curator', 'rules', 'filter' or 'import'.
ALTER TABLE comments ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN decided_by TEXT NOT NULL DEFAULT '';
UPDATE comments SET body_text = body;

DROP INDEX comments_status;
-- An article's comments, and its pending count in the article list, from the index alone.
DROP INDEX comments_article;
CREATE INDEX comments_article ON comments(article_id, status, ifnull(posted_at, 0), id);
CREATE INDEX comments_queue ON comments(status, ifnull(posted_at, 0), id);   -- the queue sorts on this
CREATE INDEX comments_score ON comments(status, ifnull(spam_score, -1), id);
CREATE INDEX comments_time ON comments(ifnull(posted_at, 0), id);
CREATE INDEX comments_parent ON comments(parent_id) WHERE parent_id IS NOT NULL;
-- Whole, not partial: `author = ?` with a bound value cannot prove a partial index's condition, and the
-- author view's OR over the three needs all of them.
CREATE INDEX comments_author ON comments(author COLLATE NOCASE);
CREATE INDEX comments_email ON comments(author_email COLLATE NOCASE);
CREATE INDEX comments_ip ON comments(author_ip);
CREATE INDEX comments_external ON comments(article_id, external_id) WHERE external_id <> '';

-- Every moderation decision, newest last: who, when, from, to, why. Kept when the comment is purged, as
-- an audit log should be.
CREATE TABLE moderation_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    comment_id  INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    from_status TEXT CHECK (from_status IN ('pending', 'approved', 'spam', 'rejected')),
    to_status   TEXT NOT NULL CHECK (to_status IN ('pending', 'approved', 'spam', 'rejected')),
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX moderation_log_comment ON moderation_log(comment_id);

-- Settings that belong to the library, not to one machine: the moderation rules that the window and
-- newsdesk-cli share.
CREATE TABLE library_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
