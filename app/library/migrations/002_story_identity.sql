-- Newsdesk library, schema version 2: what import needs to recognise a story it has seen before.

-- A feed item's guid/id: the key it is matched on when the feed is read again.
ALTER TABLE articles ADD COLUMN guid TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_guid ON articles(guid) WHERE guid <> '';
CREATE INDEX articles_url ON articles(url) WHERE url <> '';

-- The body's SimHash, split into four 16-bit bands: two texts within three bits of each other share a
-- band, so candidates for "the same wire story" come from an indexed equality, not a scan.
CREATE TABLE article_fingerprints (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    simhash    INTEGER NOT NULL,
    band0      INTEGER NOT NULL,
    band1      INTEGER NOT NULL,
    band2      INTEGER NOT NULL,
    band3      INTEGER NOT NULL
);
CREATE INDEX article_fingerprints_band0 ON article_fingerprints(band0);
CREATE INDEX article_fingerprints_band1 ON article_fingerprints(band1);
CREATE INDEX article_fingerprints_band2 ON article_fingerprints(band2);
CREATE INDEX article_fingerprints_band3 ON article_fingerprints(band3);

-- A sample of the body's shingle hashes, chosen by value, so two versions of a story share the anchors
-- of the text they share: trimmed or re-topped copies, which SimHash bands miss, are found through them.
CREATE TABLE article_anchors (
    anchor     INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (anchor, article_id)
) WITHOUT ROWID;
CREATE INDEX article_anchors_article ON article_anchors(article_id);

-- The same story from several sites: copy_id is another site's copy of article_id, the one seen first.
-- A curator may keep the two apart; merging moves the copy to the trash and keeps where it ran below.
CREATE TABLE story_links (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    copy_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    similarity REAL NOT NULL,
    kept_apart INTEGER NOT NULL DEFAULT 0 CHECK (kept_apart IN (0, 1)),
    linked_at  INTEGER NOT NULL,
    PRIMARY KEY (article_id, copy_id)
) WITHOUT ROWID;
CREATE INDEX story_links_copy ON story_links(copy_id);

-- Where a merged copy was published.
CREATE TABLE article_alternates (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    copy_id      INTEGER,
    url          TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    published_at INTEGER,
    merged_at    INTEGER NOT NULL
);
CREATE INDEX article_alternates_article ON article_alternates(article_id);
