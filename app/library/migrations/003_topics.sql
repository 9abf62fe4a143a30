-- Newsdesk library, schema version 3: topics as curators keep them.

ALTER TABLE topics ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE topics ADD COLUMN colour TEXT NOT NULL DEFAULT '';
-- Further IPTC codes the topic stands for, space-separated (a curator's topic may span two concepts).
ALTER TABLE topics ADD COLUMN related_codes TEXT NOT NULL DEFAULT '';
-- The topic's tagging rules as a JSON array (see app/tagging/Taxonomy.h).
ALTER TABLE topics ADD COLUMN rules TEXT NOT NULL DEFAULT '[]';
CREATE INDEX topics_parent ON topics(parent_id, position);

-- Suggestions the curator turned down: negative evidence for the classifier, and never suggested again.
CREATE TABLE topic_rejections (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    topic_id    INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    rejected_at INTEGER NOT NULL,
    PRIMARY KEY (article_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX topic_rejections_topic ON topic_rejections(topic_id);
