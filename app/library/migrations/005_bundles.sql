-- Newsdesk library, schema version 5: curated bundles.

-- A bundle's name is how the curator and newsdesk-cli find it, so it is unique (ignoring case). Its
-- title is what readers see; the intro is the curator's words above the items (plain text). What the
-- export includes is chosen per bundle. saved_search is the search text that can fill the bundle.
ALTER TABLE bundles RENAME COLUMN description TO intro;
ALTER TABLE bundles ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE bundles ADD COLUMN include_topics INTEGER NOT NULL DEFAULT 1;
ALTER TABLE bundles ADD COLUMN include_comments INTEGER NOT NULL DEFAULT 1;
ALTER TABLE bundles ADD COLUMN include_images INTEGER NOT NULL DEFAULT 1;
ALTER TABLE bundles ADD COLUMN include_source_links INTEGER NOT NULL DEFAULT 1;
ALTER TABLE bundles ADD COLUMN saved_search TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX bundles_name ON bundles(name COLLATE NOCASE);

-- The bundle's ordered entries: an article with the curator's blurb, or a section heading that groups
-- the articles after it. One table, one position sequence: reordering by drag moves either kind.
CREATE TABLE bundle_entries (
    id         INTEGER PRIMARY KEY,
    bundle_id  INTEGER NOT NULL REFERENCES bundles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,  -- NULL for a section heading
    heading    TEXT NOT NULL DEFAULT '',
    blurb      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX bundle_entries_order ON bundle_entries(bundle_id, position);
-- An article is in a bundle at most once; the index also serves purging an article.
CREATE UNIQUE INDEX bundle_entries_article ON bundle_entries(article_id, bundle_id) WHERE article_id IS NOT NULL;

INSERT INTO bundle_entries(bundle_id, position, article_id, blurb)
    SELECT bundle_id, position, article_id, blurb FROM bundle_items ORDER BY bundle_id, position;
DROP TABLE bundle_items;
