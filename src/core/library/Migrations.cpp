#include "Migrations.h"

#include <QFile>
#include <QFileInfo>

namespace digest {

namespace {
// Migration 1: the library's tables. Issues own items; items own links and
// images. Tags are shared rows. Read/starred marks live on items, whose ids
// survive re-imports (see Library::storeIssue).
const char* const kV1 = R"SQL(
CREATE TABLE issues (
    id           INTEGER PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL CHECK (kind IN ('post', 'transcript')),
    title        TEXT NOT NULL,
    date         TEXT,
    lastmod      TEXT,
    description  TEXT,
    image        TEXT,
    series       TEXT,
    number       INTEGER,
    intro        TEXT,
    outro        TEXT,
    metadata     TEXT NOT NULL DEFAULT '{}',
    source_path  TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    imported_at  TEXT NOT NULL
);
CREATE INDEX issues_date ON issues(date);

-- Every file that fed an issue (two files with one slug are one issue).
CREATE TABLE issue_sources (
    path         TEXT PRIMARY KEY,
    issue_id     INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL
);
CREATE INDEX issue_sources_issue ON issue_sources(issue_id);

-- AUTOINCREMENT: an item id is never reused, so a mark or a reference to a
-- removed item can never land on a different story.
CREATE TABLE items (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    issue_id     INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL,
    text         TEXT NOT NULL,
    html         TEXT NOT NULL,
    source_url   TEXT,
    start_ms     INTEGER,
    line         INTEGER,
    content_hash TEXT NOT NULL,
    is_read      INTEGER NOT NULL DEFAULT 0,
    is_starred   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX items_issue ON items(issue_id, position);
CREATE INDEX items_starred ON items(is_starred) WHERE is_starred;
CREATE INDEX items_unread ON items(is_read) WHERE NOT is_read;

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE issue_tags (
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags(id),
    role     TEXT NOT NULL CHECK (role IN ('tag', 'category')),
    PRIMARY KEY (issue_id, tag_id, role)
) WITHOUT ROWID;
CREATE INDEX issue_tags_tag ON issue_tags(tag_id);
CREATE TABLE item_tags (
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    tag_id  INTEGER NOT NULL REFERENCES tags(id),
    PRIMARY KEY (item_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX item_tags_tag ON item_tags(tag_id);

CREATE TABLE links (
    item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url      TEXT NOT NULL,
    text     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, position)
) WITHOUT ROWID;

-- Images of items (item_id set) and issue covers (item_id NULL).
CREATE TABLE images (
    id          INTEGER PRIMARY KEY,
    issue_id    INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    item_id     INTEGER REFERENCES items(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    src         TEXT NOT NULL,
    alt         TEXT NOT NULL DEFAULT '',
    remote      INTEGER NOT NULL DEFAULT 0,
    stored_name TEXT,            -- file name in the library's media folder; NULL if remote or missing
    missing     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX images_item ON images(item_id);
CREATE INDEX images_issue ON images(issue_id);
)SQL";
// Migration 2: the companies and models items mention. `entities` mirrors
// the dictionary (resources/entities.toml + the user's file) so SQL can join
// and count; item_entities is rebuilt per item at import and by `relink`.
const char* const kV2 = R"SQL(
CREATE TABLE entities (
    id       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,       -- the dictionary's canonical name, folded
    name     TEXT NOT NULL,              -- canonical name as displayed
    kind     TEXT NOT NULL,              -- company, model, lab, organisation, product
    maker_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    aliases  TEXT NOT NULL DEFAULT ''    -- every name it goes by, unit-separator joined
);
CREATE INDEX entities_maker ON entities(maker_id);
CREATE TABLE item_entities (
    item_id   INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (item_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX item_entities_entity ON item_entities(entity_id, item_id);
-- Model-like names the dictionary does not know yet ("LFM2.5Thinking").
CREATE TABLE discovered_names (
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    name    TEXT NOT NULL,
    PRIMARY KEY (item_id, name)
) WITHOUT ROWID;
CREATE INDEX discovered_names_name ON discovered_names(name);
)SQL";
// Migration 3: full-text search. An external-content FTS5 index over item
// titles and texts (the text is stored once, in items) with our "digest"
// tokenizer (CJK bigrams, NFKC folding, model-name splitting), kept in step
// by triggers. The tokenizer must be registered before this runs.
const char* const kV3 = R"SQL(
CREATE VIRTUAL TABLE item_fts USING fts5(
    title, text, content = 'items', content_rowid = 'id', tokenize = 'digest');
CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
    INSERT INTO item_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
    INSERT INTO item_fts(item_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER items_fts_update AFTER UPDATE OF title, text ON items BEGIN
    INSERT INTO item_fts(item_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO item_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO item_fts(item_fts) VALUES ('rebuild');
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)SQL";
// Migration 4: indexes for the per-issue unread counts and the entity pages.
const char* const kV4 = R"SQL(
CREATE INDEX items_issue_read ON items(issue_id, is_read);
)SQL";
// Migration 5: item bodies as HTML move out of `items` into their own table,
// zlib-compressed. Item rows are read by every list and search; without the
// HTML they are half as wide, and the library a good deal smaller.
const char* const kV5 = R"SQL(
CREATE TABLE item_html (
    item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    html    BLOB NOT NULL          -- qCompress()ed UTF-8; TEXT rows (moved here as they were) are read as is
);
INSERT INTO item_html(item_id, html) SELECT id, html FROM items;
ALTER TABLE items DROP COLUMN html;
)SQL";
// Migration 6: new items are indexed by Library::storeIssue(), not by a
// trigger. An INSERT that fires a trigger runs in a statement savepoint, and
// FTS5 writes a new index segment at every savepoint: one segment per item,
// merged again and again, made indexing most of an import's time.
const char* const kV6 = R"SQL(
DROP TRIGGER items_fts_insert;
)SQL";
// Migration 7: the index's columns become (text, title). FTS5 writes a
// column marker (2 bytes) before every position list that is not in the
// first column; with the text first, the 9 in 10 entries that are text
// entries carry none: the index of the 120,000-item benchmark library went
// from 65.6 to 47.6 MiB (dbstat). Rebuilt from the items table.
const char* const kV7 = R"SQL(
DROP TABLE item_fts;
CREATE VIRTUAL TABLE item_fts USING fts5(
    text, title, content = 'items', content_rowid = 'id', tokenize = 'digest');
INSERT INTO item_fts(item_fts) VALUES ('rebuild');
)SQL";
// Migration 8: FTS5 merges index segments once 16 of a level exist rather
// than 4. Bulk imports merged the same data over and over: indexing the
// 120,000-item benchmark rows took 3.6 s with 4 and 2.9 s with 16, and
// counting hits took the same time either way (docs/benchmarks.md).
const char* const kV8 = R"SQL(
INSERT INTO item_fts(item_fts, rank) VALUES ('automerge', 16);
)SQL";
// Migration 9: narrow copies of the columns a search filters and sorts on,
// keyed by id. A search finds item ids in the FTS index; looking each one up
// in the wide items and issues rows (text, front matter) touched a page per
// match, so listing 100 rows of a name in 13,000 of 120,000 items newest
// first took ~52 ms; through these covering indexes ~14 ms (docs/benchmarks.md).
const char* const kV9 = R"SQL(
CREATE INDEX items_by_id ON items(id, issue_id, position, is_read, is_starred);
CREATE INDEX issues_by_id ON issues(id, date, series, slug);
)SQL";
// Migration 10: model families (EntityDictionary::familyOf): Gemini's
// members are Gemini 1.5 Pro, Gemini 2.5 Pro and Gemini 3, so model:gemini
// and Gemini's page count their items too. Filled by Library::syncEntities
// from the dictionary; forgetting the dictionary's fingerprint makes the
// next open fill it.
const char* const kV10 = R"SQL(
CREATE TABLE entity_family (
    family_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (family_id, member_id)
) WITHOUT ROWID;
DELETE FROM meta WHERE key = 'dictionary';
)SQL";
// Migration 11: entity item counts, kept. Counting every entity's items (a
// company's with its models') took 0.6 s on the 120,000-item benchmark
// library (0.08 s since the count is one IN set), and the window's sidebar
// did it at every start: 0.17 s of its 0.77 s start even now. Library::entities
// recomputes the table only when links changed: storing an issue, relinking
// or a new dictionary bump meta 'links_generation'.
const char* const kV11 = R"SQL(
CREATE TABLE entity_counts (
    entity_id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    items     INTEGER NOT NULL
);
)SQL";
}  // namespace

const QList<Migration>& Migrations::all()
{
    static const QList<Migration> list = {
        {1, kV1},
        {2, kV2},
        {3, kV3},
        {4, kV4},
        {5, kV5},
        {6, kV6},
        {7, kV7},
        {8, kV8},
        {9, kV9},
        {10, kV10},
        {11, kV11},
    };
    return list;
}

int Migrations::latestVersion() { return all().last().version; }

int Migrations::currentVersion(sql::Database& db)
{
    auto s = db.prepare("PRAGMA user_version");
    return s.step() ? s.integer(0) : 0;
}

QString Migrations::migrate(sql::Database& db,
                            const std::function<void(int from, int to, const QString& backup)>& beforeUpgrade)
{
    const int current = currentVersion(db);
    if (current > latestVersion())
        throw sql::Error(0, "the library was written by a newer version of Digest Reader (schema "
                                + std::to_string(current) + "); please upgrade");
    if (current == latestVersion())
        return {};
    QString backup;
    const QString path = db.path();
    if (current > 0 && path != QLatin1String(":memory:") && QFileInfo(path).size() > 0)
        backup = path + QStringLiteral(".bak-v%1").arg(current);
    if (current > 0 && beforeUpgrade)
        beforeUpgrade(current, latestVersion(), backup);
    if (!backup.isEmpty()) {
        QFile::remove(backup);
        auto vacuum = db.prepare("VACUUM INTO ?1");
        vacuum.bind(1, backup);
        vacuum.run();
    }
    for (const Migration& m : all()) {
        if (m.version <= current)
            continue;
        sql::Transaction tx(db);
        // Another connection (a second worker thread, the CLI) may have run
        // this migration since we looked: read the version again under the lock.
        if (currentVersion(db) >= m.version)
            continue;
        db.exec(m.sql);
        db.exec(("PRAGMA user_version = " + std::to_string(m.version)).c_str());
        tx.commit();
    }
    return backup;
}

}  // namespace digest
