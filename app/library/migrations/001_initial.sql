-- Newsdesk library, schema version 1.
-- Imported content (articles, comments) is kept apart from the curator's state (article_curation,
-- article_topics, bundles), so importing a page again never loses a curator's work.
-- Times are seconds since the Unix epoch, UTC.

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,  -- AUTOINCREMENT: an id is never reused, so undo can restore it
    url           TEXT NOT NULL DEFAULT '',
    canonical_url TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    dek           TEXT NOT NULL DEFAULT '',
    byline        TEXT NOT NULL DEFAULT '',
    dateline      TEXT NOT NULL DEFAULT '',
    agency        TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',
    published_at  INTEGER,
    imported_at   INTEGER NOT NULL,
    language      TEXT NOT NULL DEFAULT '',
    image_url     TEXT NOT NULL DEFAULT '',
    image_caption TEXT NOT NULL DEFAULT '',
    image_credit  TEXT NOT NULL DEFAULT '',
    body_html     TEXT NOT NULL DEFAULT '',
    body_text     TEXT NOT NULL DEFAULT '',
    word_count    INTEGER NOT NULL DEFAULT 0,
    content_hash  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX articles_canonical_url ON articles(canonical_url) WHERE canonical_url <> '';
CREATE INDEX articles_content_hash ON articles(content_hash) WHERE content_hash <> '';
CREATE INDEX articles_published ON articles(ifnull(published_at, 0), id);  -- the list sorts on this expression
CREATE INDEX articles_title ON articles(title COLLATE NOCASE, id);
CREATE INDEX articles_source ON articles(source COLLATE NOCASE, id);

-- One row per article, created with it: the curator's verdict, note and trash state.
CREATE TABLE article_curation (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    status     TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'reviewed', 'selected', 'rejected')),
    note       TEXT NOT NULL DEFAULT '',
    trashed_at INTEGER,
    updated_at INTEGER
);
CREATE INDEX article_curation_status ON article_curation(trashed_at, status);

CREATE TRIGGER articles_create_curation AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO article_curation(article_id) VALUES (new.id);
END;

-- Full-text index over what a curator searches, kept in sync by triggers (external content).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, dek, byline, body_text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, dek, byline, body_text)
    VALUES (new.id, new.title, new.dek, new.byline, new.body_text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, byline, body_text)
    VALUES ('delete', old.id, old.title, old.dek, old.byline, old.body_text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, dek, byline, body_text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, byline, body_text)
    VALUES ('delete', old.id, old.title, old.dek, old.byline, old.body_text);
    INSERT INTO articles_fts(rowid, title, dek, byline, body_text)
    VALUES (new.id, new.title, new.dek, new.byline, new.body_text);
END;

-- The topic taxonomy, a tree.
CREATE TABLE topics (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id  INTEGER REFERENCES topics(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    code       TEXT NOT NULL DEFAULT '',   -- e.g. an IPTC media topic id
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX topics_sibling_name ON topics(ifnull(parent_id, 0), name);

CREATE TABLE article_topics (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    origin     TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'rule', 'suggested')),
    confidence REAL NOT NULL DEFAULT 1.0 CHECK (confidence BETWEEN 0.0 AND 1.0),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (article_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX article_topics_topic ON article_topics(topic_id, article_id);

-- Reader comments, threaded; the status before the last moderation decision is kept for undo and audit.
CREATE TABLE comments (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    parent_id       INTEGER REFERENCES comments(id) ON DELETE CASCADE,
    author          TEXT NOT NULL DEFAULT '',
    author_email    TEXT NOT NULL DEFAULT '',
    author_url      TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL DEFAULT '',
    posted_at       INTEGER,
    imported_at     INTEGER NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'spam', 'rejected')),
    previous_status TEXT CHECK (previous_status IN ('pending', 'approved', 'spam', 'rejected')),
    moderated_at    INTEGER
);
CREATE INDEX comments_article ON comments(article_id, posted_at);
CREATE INDEX comments_status ON comments(status, posted_at);

-- Curated bundles and their ordered items, each with the curator's blurb.
CREATE TABLE bundles (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE TABLE bundle_items (
    bundle_id  INTEGER NOT NULL REFERENCES bundles(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    blurb      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (bundle_id, article_id)
) WITHOUT ROWID;
CREATE INDEX bundle_items_order ON bundle_items(bundle_id, position);

-- What curators did, newest last; detail is a JSON object.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   INTEGER,
    detail      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_object ON audit_log(object_type, object_id);

-- Rank title matches above dek, byline and body matches.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0, 1.0)');
