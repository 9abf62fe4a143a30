#!/usr/bin/env python3
"""Writes the library fixtures v1.sql … v5.sql: a Newsdesk library of each past schema version as text.

Each fixture is made the way that version's Newsdesk made a library: the migrations 001..N applied to an
empty file, then a curator's data written into every table that version has (the triggers of that version
fill the curation rows and the full-text index), then user_version = N, the application id and WAL mode.
The file is then dumped with the sqlite3 command line (`.dump`), so the fixture is reviewable text that
`sqlite3 library.sqlite < vN.sql` (or tests/library/tst_migrations) turns back into that library.

The dumps are the fixture and are committed. They must not change when a later migration is added: this
script reads only migrations 001..N for version N. Run it again only to add the fixture of a version that
has just become a past one (raise PAST_VERSIONS), and review the diff: the existing files must not change.

    tests/data/library/make-fixtures.py            # writes v1.sql … v5.sql beside this script
    tests/data/library/make-fixtures.py --check    # fails if a committed fixture differs from a fresh one

Needs python3 (its sqlite3 module with FTS5) and the sqlite3 command-line shell.
"""

import argparse
import hashlib
import json
import os
import pathlib
import sqlite3
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
MIGRATIONS = HERE.parents[2] / "app" / "library" / "migrations"
PAST_VERSIONS = [1, 2, 3, 4, 5]
APPLICATION_ID = 0x4E44534B  # "NDSK", Library::ApplicationId

# Fixed times (seconds since the epoch, UTC), so that every run writes the same bytes.
T0 = 1793520000  # 2026-10-31T08:00:00Z


def at(minutes):
    return T0 + minutes * 60


def paragraphs_html(paragraphs):
    return "".join("<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>"
                   for p in paragraphs)


def long_read_paragraphs():
    """About 4,500 words of an analysis piece: long enough to span many database pages."""
    subjects = ["The grid operator", "Regulators in Brussels", "Utilities in the north", "Consumer groups",
                "Analysts at the central bank", "Engineers on the interconnector", "The finance ministry",
                "Municipal heating networks"]
    verbs = ["warned that", "argued that", "conceded that", "estimated that", "pointed out that",
             "insisted that"]
    objects = ["storage capacity would fall short by winter", "prices had already priced in the outage",
               "the subsidy scheme rewarded the wrong plants", "demand response could close half the gap",
               "the 2030 target was still within reach", "imports from Norway would cover the shortfall",
               "households would see the change on their bills in spring"]
    paragraphs = []
    for n in range(1, 121):
        sentences = []
        for k in range(4):
            i = n * 7 + k * 3
            sentences.append(f"{subjects[i % len(subjects)]} {verbs[(i // 2) % len(verbs)]} "
                             f"{objects[(i // 3) % len(objects)]} (point {n}.{k + 1}).")
        paragraphs.append(" ".join(sentences))
    return paragraphs


def articles():
    """Seven articles: a wire story, Japanese and French ones, a long read, a feed item in the trash, and
    two other sites' copies of the wire story (one later merged)."""
    wire = [
        "Ministers from 14 countries agreed early on Friday to share intelligence on hybrid threats "
        "within 24 hours of detection, ending months of deadlock.",
        "The pact, signed after talks that ran past 3 a.m., creates a joint cell in Brussels staffed by "
        "analysts from every signatory.",
        "\u201cThis is the most important step since the founding treaty,\u201d the chair told reporters, "
        "adding that parliaments must ratify the text within a year.",
        "Critics said the agreement lacked oversight. Two countries entered reservations on data "
        "protection.",
        "The cell is expected to start work in March.",
    ]
    copy = wire[:2] + [
        "Officials described the agreement as a breakthrough; it must still be ratified by national "
        "parliaments.",
        "The joint cell should open in March, diplomats said.",
    ]
    japanese = [
        "東京証券取引所で１日、半導体関連株が急反発し、日経平均株価は前日比３％高で取引を終えた。",
        "米国の輸出規制が想定より緩やかになるとの見方が広がり、海外投資家の買いが膨らんだ。",
        "市場関係者は「年末に向けて売買代金の増加が続くかが焦点だ」と話している。",
    ]
    french = [
        "La réforme des retraites a de nouveau divisé l\u2019Assemblée mardi soir : 289 voix pour, "
        "283 contre.",
        "\u00ab Nous irons jusqu\u2019au bout \u00bb, a déclaré la Première ministre à la sortie de "
        "l\u2019Élysée, où elle s\u2019était entretenue pendant deux heures avec le président.",
        "Les syndicats appellent à une nouvelle journée de grève jeudi ; la SNCF prévoit un trafic très "
        "perturbé. 🚆",
    ]
    long_read = long_read_paragraphs()
    feed = long_read[:3] + ["A shorter version of this analysis ran in the morning newsletter."]

    def article(id, **fields):
        body = fields.pop("paragraphs")
        text = "\n\n".join(body)
        base = dict(id=id, url="", canonical_url="", title="", dek="", byline="", dateline="", agency="",
                    source="", published_at=None, imported_at=at(id * 10), language="en", image_url="",
                    image_caption="", image_credit="", body_html=paragraphs_html(body), body_text=text,
                    word_count=len(text.split()) if fields.get("language") != "ja" else len(text),
                    content_hash=hashlib.sha256(" ".join(text.split()).casefold().encode()).hexdigest(),
                    guid="", status="new", note="", trashed_at=None, updated_at=None)
        base.update(fields)
        return base

    return [
        article(1, url="https://www.example-wire.com/world/europe/intelligence-pact-2026-10-31/",
                canonical_url="https://www.example-wire.com/world/europe/intelligence-pact/",
                title="Ministers agree intelligence-sharing pact after all-night talks",
                dek="A joint cell in Brussels will pool warnings on hybrid threats within 24 hours",
                byline="By Anna Berg and Farid Okafor", dateline="BRUSSELS", agency="Reuters",
                source="Example Wire", published_at=at(-180), language="en",
                image_url="https://images.example-wire.com/2026/10/31/pact.jpg",
                image_caption="Ministers pose after signing the pact in Brussels, October 31, 2026.",
                image_credit="REUTERS/Katja Weber", paragraphs=wire, status="selected",
                note="Lead with this one \u2014 check the chair\u2019s quote.", updated_at=at(15)),
        article(2, url="https://www.nikkei-example.jp/article/DGXZQO1234/",
                canonical_url="https://www.nikkei-example.jp/article/DGXZQO1234/",
                title="半導体株が急反発、日経平均は３％高　米規制緩和の観測で",
                dek="海外投資家の買い膨らむ", byline="本社記者 田中 裕子", dateline="東京",
                source="日本経済ニュース", published_at=at(-600), language="ja",
                image_url="https://www.nikkei-example.jp/images/tse.png", image_caption="東京証券取引所",
                image_credit="共同", paragraphs=japanese, status="reviewed",
                note="翻訳を依頼済み 🙏", updated_at=at(25)),
        article(3, url="https://www.quotidien-example.fr/politique/retraites-vote.html",
                title="Retraites : l\u2019Élysée tient bon, « nous irons jusqu\u2019au bout »",
                dek="Adoptée de justesse, la réforme relance la contestation",
                byline="Par Hélène Müller-Øster", dateline="PARIS", agency="AFP", source="Le Quotidien",
                published_at=at(-1440), language="fr", paragraphs=french, status="new"),
        article(4, url="https://longread.example.org/energy/winter-gap",
                canonical_url="https://longread.example.org/energy/winter-gap",
                title="The winter gap: can Europe\u2019s grid survive a cold, windless January?",
                dek="An analysis of storage, interconnectors and demand response",
                byline="By Wen Xu", source="The Long Read", published_at=at(-4320), language="en",
                paragraphs=long_read, status="reviewed", note="Too long for the newsletter; link only.",
                updated_at=at(45)),
        article(5, url="https://longread.example.org/newsletter/2026-10-30#energy",
                title="Morning newsletter: the winter gap, in brief", source="The Long Read",
                published_at=None, language="en", paragraphs=feed,
                guid="urn:uuid:6f1c2a7e-3b8d-4c2e-9f41-0d5a8b7c6e21", status="rejected",
                trashed_at=at(55), updated_at=at(55)),
        article(6, url="https://apnews-example.com/article/intelligence-pact-brussels",
                title="Allies sign intelligence pact in Brussels", byline="By Sam Tanaka",
                dateline="BRUSSELS", agency="AP", source="Associated Wire", published_at=at(-150),
                paragraphs=copy, status="new"),
        article(7, url="https://regional-example.de/welt/geheimdienst-pakt",
                title="Ministers agree intelligence-sharing pact after all-night talks (update 2)",
                dateline="BRUSSELS", agency="Reuters", source="Regionalzeitung", published_at=at(-120),
                paragraphs=wire, status="new", trashed_at=at(70), updated_at=at(70)),
    ]


def comments(version):
    """A threaded conversation with decisions of every kind; plain-text bodies before version 4, HTML
    with their plain text from version 4 on (migration 004 copies body into body_text)."""
    rows = [
        dict(id=1, article_id=1, parent_id=None, author="Olga Varga", author_email="olga@example.net",
             author_url="https://olga.example.net/", author_ip="203.0.113.7",
             text="Finally. The 24-hour rule is what matters here.", posted_at=at(-100),
             status="approved", previous_status="pending", moderated_at=at(20), external_id="wp-101",
             spam_score=0.02, reason="", decided_by="curator"),
        dict(id=2, article_id=1, parent_id=1, author="Jamal Hughes", author_email="", author_url="",
             author_ip="198.51.100.23", text="Only if parliaments ratify it. Two already said no.",
             posted_at=at(-90), status="pending", previous_status=None, moderated_at=None,
             external_id="wp-102", spam_score=0.11, reason="", decided_by=""),
        dict(id=3, article_id=1, parent_id=2, author="cheap-pills", author_email="win@spam.example",
             author_url="http://spam.example/buy", author_ip="192.0.2.66",
             text="BUY NOW http://spam.example/buy http://spam.example/cheap", posted_at=at(-80),
             status="spam", previous_status="pending", moderated_at=at(21), external_id="wp-103",
             spam_score=0.99, reason="spam score 0.99", decided_by="filter"),
        dict(id=4, article_id=1, parent_id=None, author="Anonymous", author_email="", author_url="",
             author_ip="203.0.113.99", text="Off topic: what about the football?", posted_at=at(-70),
             status="rejected", previous_status="approved", moderated_at=at(22), external_id="",
             spam_score=None, reason="", decided_by="curator"),
        dict(id=5, article_id=2, parent_id=None, author="佐藤 健", author_email="sato@example.jp",
             author_url="", author_ip="2001:db8::5", text="規制の詳細が気になります。続報を期待しています。",
             posted_at=at(-300), status="pending", previous_status=None, moderated_at=None,
             external_id="dq-5001", spam_score=None, reason="moderation key \u201cpress\u201d",
             decided_by="rules"),
        dict(id=6, article_id=3, parent_id=None, author="Hélène D.", author_email="helene@example.fr",
             author_url="", author_ip="", text="Très juste \u2014 merci ! 👏 <3 & bravo",
             posted_at=None, status="approved", previous_status="pending", moderated_at=at(30),
             external_id="", spam_score=0.05, reason="", decided_by="import"),
        dict(id=7, article_id=5, parent_id=None, author="Nils Berg", author_email="nils@example.org",
             author_url="", author_ip="198.51.100.4", text="Is there a version with the charts?",
             posted_at=at(-20), status="pending", previous_status=None, moderated_at=None,
             external_id="", spam_score=None, reason="", decided_by=""),
        dict(id=8, article_id=1, parent_id=2, author="Olga Varga", author_email="olga@example.net",
             author_url="https://olga.example.net/", author_ip="203.0.113.7",
             text="Two said \u201cnot yet\u201d, which is not the same as no.", posted_at=at(-60),
             status="approved", previous_status="pending", moderated_at=at(23), external_id="wp-104",
             spam_score=0.01, reason="known author", decided_by="rules"),
    ]
    for row in rows:
        text = row.pop("text")
        if version >= 4:
            html = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            row["body"] = "<p>" + html + "</p>"
            row["body_text"] = text
        else:
            row["body"] = text
        row["imported_at"] = at(5 + row["id"])
    return rows


def insert(db, table, row):
    columns = list(row)
    db.execute(f"INSERT INTO {table}({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
               [row[c] for c in columns])


def fill(db, version):
    """The curator's data, in every table the version has, in the columns it has."""
    for a in articles():
        row = {k: a[k] for k in ("id", "url", "canonical_url", "title", "dek", "byline", "dateline",
                                  "agency", "source", "published_at", "imported_at", "language",
                                  "image_url", "image_caption", "image_credit", "body_html", "body_text",
                                  "word_count", "content_hash")}
        if version >= 2:
            row["guid"] = a["guid"]
        insert(db, "articles", row)  # the trigger adds the curation row and the full-text entry
        db.execute("UPDATE article_curation SET status = ?, note = ?, trashed_at = ?, updated_at = ? "
                   "WHERE article_id = ?",
                   (a["status"], a["note"], a["trashed_at"], a["updated_at"], a["id"]))

    topics = [
        dict(id=1, parent_id=None, name="World", code="medtop:20000621", position=0,
             description="International affairs", colour="#1f77b4", related_codes="",
             rules=[]),
        dict(id=2, parent_id=1, name="Europe", code="", position=0, description="", colour="",
             related_codes="geo:europe", rules=[{"field": "any", "kind": "keyword", "pattern": "Brussels",
                                                 "caseSensitive": False}]),
        dict(id=3, parent_id=2, name="Security pacts & intelligence sharing", code="medtop:20000638",
             position=1, description="Treaties, alliances and who tells whom what",
             colour="#b3121f", related_codes="medtop:20000638 medtop:20000565",
             rules=[{"field": "title", "kind": "phrase", "pattern": "intelligence pact",
                     "caseSensitive": False},
                    {"field": "any", "kind": "regex", "pattern": "\\bhybrid threats?\\b",
                     "caseSensitive": False}]),
        dict(id=4, parent_id=None, name="Markets", code="medtop:20000385", position=1, description="",
             colour="#2ca02c", related_codes="", rules=[]),
        dict(id=5, parent_id=None, name="Énergie & climat", code="", position=2,
             description="Réseaux, stockage, prix 🔋", colour="#ff7f0e", related_codes="", rules=[]),
        dict(id=6, parent_id=4, name="アジア経済", code="", position=0, description="", colour="",
             related_codes="", rules=[{"field": "source", "kind": "keyword", "pattern": "日本経済",
                                        "caseSensitive": True}]),
    ]
    for t in topics:
        row = {k: t[k] for k in ("id", "parent_id", "name", "code", "position")}
        if version >= 3:
            row.update(description=t["description"], colour=t["colour"], related_codes=t["related_codes"],
                       rules=json.dumps(t["rules"], ensure_ascii=False, separators=(",", ":")))
        insert(db, "topics", row)
    for article_id, topic_id, origin, confidence, minutes in [
            (1, 3, "manual", 1.0, 16), (1, 2, "rule", 1.0, 10), (2, 6, "suggested", 0.83, 26),
            (2, 4, "manual", 1.0, 26), (3, 2, "manual", 1.0, 31), (4, 5, "rule", 1.0, 40),
            (5, 5, "manual", 1.0, 50), (6, 3, "suggested", 0.675, 61)]:
        insert(db, "article_topics", dict(article_id=article_id, topic_id=topic_id, origin=origin,
                                          confidence=confidence, created_at=at(minutes)))
    if version >= 3:
        for article_id, topic_id, minutes in [(6, 2, 62), (4, 4, 41)]:
            insert(db, "topic_rejections", dict(article_id=article_id, topic_id=topic_id,
                                                rejected_at=at(minutes)))

    v4_columns = ("author_ip", "body_text", "external_id", "spam_score", "reason", "decided_by")
    for c in comments(version):
        row = {k: v for k, v in c.items() if version >= 4 or k not in v4_columns}
        insert(db, "comments", row)
    if version >= 4:
        for comment_id, minutes, actor, before, after, reason in [
                (1, 20, "anna", "pending", "approved", ""),
                (3, 21, "filter", "pending", "spam", "spam score 0.99"),
                (4, 19, "anna", "pending", "approved", ""),
                (4, 22, "anna", "approved", "rejected", "off topic"),
                (6, 30, "import", None, "approved", "approved in the exporting library"),
                (8, 23, "rules", "pending", "approved", "known author")]:
            insert(db, "moderation_log", dict(comment_id=comment_id, at=at(minutes), actor=actor,
                                              from_status=before, to_status=after, reason=reason))
        for key, value in [("moderation.moderation_keys", "press\ncasino\nкупить"),
                           ("moderation.link_limit", "3"), ("moderation.auto_spam", "on"),
                           ("moderation.spam_threshold", "0.9")]:
            insert(db, "library_settings", dict(key=key, value=value))

    if version >= 2:
        # The wire story's copies: one linked, one merged into it (and so in the trash); the newsletter
        # item was kept apart from the long read it shortens.
        for article_id, simhash in [(1, 0x5A3C9E0F12B47D66), (4, -0x1F2E3D4C5B6A7988),
                                    (5, -0x1F2E3D4C5B6A7A88), (6, 0x5A3C9E0F12B47F66),
                                    (7, 0x5A3C9E0F12B47D66)]:
            bits = simhash & 0xFFFFFFFFFFFFFFFF
            insert(db, "article_fingerprints",
                   dict(article_id=article_id, simhash=simhash,
                        **{f"band{i}": (bits >> (16 * i)) & 0xFFFF for i in range(4)}))
        for anchor, article_ids in [(-8817316051473216815, [1, 6, 7]), (4172836410271925113, [1, 7]),
                                    (1299709311418346729, [4, 5]), (-3071958462271290137, [2])]:
            for article_id in article_ids:
                insert(db, "article_anchors", dict(anchor=anchor, article_id=article_id))
        for article_id, copy_id, similarity, kept_apart, minutes in [
                (1, 6, 0.912, 0, 60), (1, 7, 0.998, 0, 68), (4, 5, 0.31, 1, 52)]:
            insert(db, "story_links", dict(article_id=article_id, copy_id=copy_id, similarity=similarity,
                                           kept_apart=kept_apart, linked_at=at(minutes)))
        insert(db, "article_alternates",
               dict(article_id=1, copy_id=7, url="https://regional-example.de/welt/geheimdienst-pakt",
                    source="Regionalzeitung",
                    title="Ministers agree intelligence-sharing pact after all-night talks (update 2)",
                    published_at=at(-120), merged_at=at(70)))
        insert(db, "article_alternates",
               dict(article_id=1, copy_id=None, url="https://nordic-example.no/nyheter/pakt",
                    source="Nordic Wire", title="Etterretningspakt signert i Brussel", published_at=None,
                    merged_at=at(75)))

    if version >= 5:
        insert(db, "bundles", dict(id=1, name="Weekly briefing", title="The week: pacts, markets, Paris",
                                   intro="The week in security and markets.\n\nCompiled by the desk.",
                                   include_topics=1, include_comments=0, include_images=1,
                                   include_source_links=0, created_at=at(80), updated_at=at(95),
                                   saved_search='topic:"Security pacts & intelligence sharing" '
                                                'status:selected since:7d'))
        insert(db, "bundles", dict(id=2, name="Énergie", title="", intro="", include_topics=1,
                                   include_comments=1, include_images=0, include_source_links=1,
                                   saved_search="", created_at=at(85), updated_at=at(85)))
        for row in [
                dict(id=1, bundle_id=1, position=0, article_id=None, heading="Security", blurb=""),
                dict(id=2, bundle_id=1, position=1, article_id=1, heading="",
                     blurb="The pact, in full \u2014 with the chair\u2019s quote."),
                dict(id=3, bundle_id=1, position=2, article_id=6, heading="", blurb=""),
                dict(id=4, bundle_id=1, position=3, article_id=None, heading="Marchés & politique",
                     blurb=""),
                dict(id=5, bundle_id=1, position=4, article_id=2, heading="", blurb="東京市場の反発"),
                dict(id=6, bundle_id=1, position=5, article_id=3, heading="",
                     blurb="Paris \u2014 « jusqu\u2019au bout »"),
                dict(id=7, bundle_id=2, position=0, article_id=4, heading="", blurb="Long read."),
                dict(id=8, bundle_id=2, position=1, article_id=5, heading="", blurb="")]:
            insert(db, "bundle_entries", row)
    else:
        # Before version 5 a bundle had a description and items; migration 005 turns them into an
        # intro and entries. Positions with gaps, as reordering left them.
        insert(db, "bundles", dict(id=1, name="Weekly briefing",
                                   description="The week in security and markets.\n\nCompiled by the desk.",
                                   created_at=at(80), updated_at=at(95)))
        insert(db, "bundles", dict(id=2, name="Énergie", description="", created_at=at(85),
                                   updated_at=at(85)))
        for bundle_id, article_id, position, blurb in [
                (1, 1, 10, "The pact, in full \u2014 with the chair\u2019s quote."), (1, 6, 20, ""),
                (1, 2, 30, "東京市場の反発"), (1, 3, 25, "Paris \u2014 « jusqu\u2019au bout »"),
                (2, 5, 7, ""), (2, 4, 3, "Long read.")]:
            insert(db, "bundle_items", dict(bundle_id=bundle_id, article_id=article_id, position=position,
                                            blurb=blurb))

    audit = [(0, "anna", "articles.add", "article", 1, {"count": 7}),
             (15, "anna", "article.edit", "article", 1, {"field": "note"}),
             (55, "anna", "article.trash", "article", 5, {}),
             (56, "björn", "articles.status", "article", 2, {"status": "reviewed"})]
    if version >= 2:
        audit.append((70, "anna", "story.merge", "article", 1, {"copy": 7}))
    if version >= 3:
        audit.append((16, "anna", "topics.tag", "article", 1, {"topics": [3]}))
    if version >= 5:
        audit.append((80, "anna", "bundle.create", "bundle", 1, {"name": "Weekly briefing"}))
    for minutes, actor, action, object_type, object_id, detail in audit:
        insert(db, "audit_log", dict(at=at(minutes), actor=actor, action=action, object_type=object_type,
                                     object_id=object_id,
                                     detail=json.dumps(detail, ensure_ascii=False, separators=(",", ":"))))


def build(version, path):
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    # Migrations 001..N in one transaction, as Library::migrate applies them.
    steps = [step for step in sorted(MIGRATIONS.glob("*.sql"))
             if int(step.name.split("_", 1)[0]) <= version]
    db.executescript("BEGIN;\n" + "\n".join(step.read_text(encoding="utf-8") for step in steps)
                     + "\nCOMMIT;")
    db.execute("BEGIN")
    fill(db, version)
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise SystemExit(f"v{version}: foreign key problems {problems}")
    db.execute("COMMIT")
    db.close()


def dump(version):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, f"v{version}.sqlite")
        build(version, path)
        text = subprocess.run(["sqlite3", path, ".dump"], check=True, capture_output=True,
                              encoding="utf-8").stdout
    header = (f"-- A Newsdesk library of schema version {version}, as that version wrote it: the "
              f"migrations 001..{version:03d}\n"
              f"-- and a curator's data in every table. Made by make-fixtures.py; do not edit by hand "
              f"(regenerate and review).\n"
              f"-- sqlite3 library.sqlite < v{version}.sql makes the file; tests/library/tst_migrations "
              f"upgrades it.\n")
    trailer = (f"PRAGMA user_version = {version};\n"
               f"PRAGMA application_id = {APPLICATION_ID};\n"
               f"PRAGMA journal_mode = WAL;\n")
    return header + text + trailer


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="compare the committed fixtures with fresh ones instead of writing them")
    args = parser.parse_args()
    stale = []
    for version in PAST_VERSIONS:
        text = dump(version)
        target = HERE / f"v{version}.sql"
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(target.name)
            continue
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target} ({len(text.encode())} bytes)")
    if stale:
        print("differ from a fresh run: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
