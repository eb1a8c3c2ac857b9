#include "Library.h"

#include "DigestRank.h"
#include "DigestTokenizer.h"
#include "EntityDictionary.h"
#include "ItemHtmlCodec.h"
#include "Migrations.h"
#include "QueryParser.h"
#include "Text.h"

#include <sqlite3.h>
#include <unicode/uversion.h>

#include <algorithm>
#include <cmath>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QMutex>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QThread>

namespace digest {

namespace {

QString computeItemHash(const ParsedItem& item)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(item.title.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(item.text.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(item.sourceUrl.value_or(QString()).toUtf8());
    for (const ImageRef& img : item.images)
        h.addData(img.src.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}


// For NOT NULL text columns: a null QString would bind SQL NULL.
QString nn(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }

QStringList splitList(const QString& joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QChar(0x1f));
}

}  // namespace

QString Library::itemContentHash(const ParsedItem& item) { return computeItemHash(item); }

void Library::deriveEntityLinks(ParsedItem& item, const search::EntityDictionary& dictionary)
{
    if (item.mentions && item.discoveredNames)
        return;
    const QString all = item.title + QLatin1Char('\n') + item.text;
    QList<QPair<QString, int>> mentions;
    for (const search::EntityMention& m : dictionary.findMentions(all))
        mentions.append({m.name, m.count});
    item.mentions = std::move(mentions);
    item.discoveredNames = dictionary.discoverModelNames(all);
}

void Library::deriveItemFields(ParsedItem& item, const search::EntityDictionary& dictionary)
{
    deriveEntityLinks(item, dictionary);
    if (item.compressedHtml.isEmpty())
        item.compressedHtml =
            ItemHtmlCodec::encode(item.html, ItemHtmlCodec::dictionary(item.title, item.text, item.sourceUrl));
    if (item.contentHash.isEmpty())
        item.contentHash = computeItemHash(item);
}

QString Library::defaultPath()
{
    const QString env = qEnvironmentVariable("DIGEST_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/library.sqlite");
}

namespace {
// An open that waits (for another open of this process, or for another
// process's upgrade) stops when its caller cancels or its thread is asked to stop.
bool openCancelled(const std::atomic_bool* cancel)
{
    return (cancel && cancel->load()) || QThread::currentThread()->isInterruptionRequested();
}
}  // namespace

Library::Library(const QString& path, const UpgradeNotice& notice, Access access, const std::atomic_bool* cancel)
    : m_path(path)
{
    // Connections of one process open one at a time: the GUI's two workers
    // and an importer would otherwise all find an old library, all upgrade it
    // (the later ones waiting on SQLite's write lock, and giving up after the
    // busy timeout when the upgrade takes longer) and race to write the same
    // backup; switching a new file to WAL fails outright while another
    // connection has it open. After the first, the others find it current.
    // Waited for in slices: a worker thread asked to stop (its window closing)
    // must not sit behind another open that waits for another process.
    static QMutex openMutex;
    while (!openMutex.tryLock(250)) {
        if (openCancelled(cancel))
            throw sql::Error(SQLITE_INTERRUPT, "opening " + path.toStdString() + " was cancelled");
    }
    const auto openLock = qScopeGuard([] { openMutex.unlock(); });
    // Read-only when asked, or when this user cannot write the file or its
    // folder (the WAL's files live beside it). ReadOnly never creates a file.
    const QFileInfo file(path);
    const bool inMemory = path == QLatin1String(":memory:");
    const bool folderWritable = inMemory || !file.exists() || QFileInfo(file.absolutePath()).isWritable();
    m_readOnly = access == Access::ReadOnly || (!inMemory && file.exists() && (!file.isWritable() || !folderWritable));
    if (m_readOnly) {
        m_db.open(path, folderWritable ? sql::Database::Access::ReadOnly : sql::Database::Access::Immutable);
    } else {
        if (!inMemory)
            QDir().mkpath(file.absolutePath());
        m_db.open(path);
        prepareForWriting();
    }
    m_db.exec("PRAGMA foreign_keys = ON");
    m_db.exec("PRAGMA temp_store = MEMORY");
    // A larger page cache than SQLite's 2 MiB: search reads the same index
    // pages and item rows again and again. (Memory-mapping the file was
    // tried: no faster here, and every mapped page counts as resident.)
    m_db.exec("PRAGMA cache_size = -16384");
    // Registered on every connection before the schema is touched: the FTS
    // index and its triggers need it. The glued names ("OpenAISora") come
    // from the built-in dictionary only, never the user's file: the tokens of
    // a row must not change between its insert and its delete (external-
    // content FTS5 deletes by re-tokenising). When a new version ships other
    // names, the index is rebuilt once from the items table.
    const QStringList glued = builtinGluedNames();
    search::registerDigestTokenizer(m_db.handle(), glued);
    search::registerDigestRank(m_db.handle());
    if (m_readOnly)
        requireCurrentSchema();
    else
        upgradeIfNeeded(glued, notice, cancel);
    m_dictionary = defaultDictionary();
    if (m_readOnly)
        loadEntityIds();  // as the library has them: syncing would write
    else
        syncEntities();
}

// Settings a connection that writes needs (journal mode, durability).
void Library::prepareForWriting()
{
    // A new library returns the pages that FTS5 merges and re-imports free to
    // the file system after each import (Importer runs incremental_vacuum).
    // The setting only takes before the first table exists, and on an existing
    // library the pragma would write (and wait for an importer's lock), so
    // only an empty file gets it.
    {
        auto pages = m_db.prepare("PRAGMA page_count");
        if (pages.step() && pages.int64(0) == 0) {
            pages.reset();
            m_db.exec("PRAGMA auto_vacuum = INCREMENTAL");
        }
    }
    // WAL: readers (the GUI) never block the importer; NORMAL is durable in WAL
    // mode except for the last transactions on power loss, never corrupting.
    m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA synchronous = NORMAL");
}

// Migrates an older schema (after its backup) and rebuilds an index that
// another tokenizer built, telling `notice` once before the slow work.
void Library::upgradeIfNeeded(const QStringList& glued, const UpgradeNotice& notice, const std::atomic_bool* cancel)
{
    // Told once per open: an upgrade that also rebuilds the index is one piece of slow work.
    bool told = false;
    auto tell = [&](const Upgrade& upgrade) {
        if (notice && !told)
            notice(upgrade);
        told = true;
    };
    const QString gluedPrint = QString::fromLatin1(
        QCryptographicHash::hash((glued.join(QChar(0x1f)) + QStringLiteral(U_ICU_VERSION)
                                  + QString::number(search::kDigestTokenizerVersion)).toUtf8(),
                                 QCryptographicHash::Sha1).toHex());  // ICU's breaks and folding are part of it
    auto storedPrint = [this] {
        // No meta table yet in a new file: nothing stored.
        auto has = m_db.prepare("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'meta')");
        if (!has.step() || !has.integer(0))
            return QString();
        auto stored = m_db.prepare("SELECT value FROM meta WHERE key = 'tokenizer'");
        return stored.step() ? stored.text(0) : QString();
    };
    // Two processes (the window, a `digest` script) may open an old library at
    // once. SQLite's lock alone lets both decide to upgrade: the later one then
    // writes its "backup" of the already upgraded file over the real one, and
    // gives up after the busy timeout while the first rebuilds the index. So an
    // upgrade holds a lock file beside the library, taken before looking at
    // the version again; opening a current library takes none. Creating a new
    // library takes it too: another process opening the file meanwhile would
    // see it half made (schema 6 of 11) and "upgrade" it, backup and all.
    const int version = Migrations::currentVersion(m_db);
    std::optional<QLockFile> upgradeLock;
    if (m_path != QLatin1String(":memory:")
        && (version < Migrations::latestVersion() || storedPrint() != gluedPrint)) {
        const QString canonical = QFileInfo(m_path).canonicalFilePath();  // one lock however the path is spelt
        upgradeLock.emplace((canonical.isEmpty() ? m_path : canonical) + QStringLiteral(".upgrade-lock"));
        upgradeLock->setStaleLockTime(0);  // an upgrade may take minutes; a crashed holder is still noticed by its pid
        if (!upgradeLock->tryLock(0) && upgradeLock->error() == QLockFile::LockFailedError) {
            // Another process is upgrading or creating it. Wait in slices, so
            // a worker thread asked to stop does not hang its window; after two
            // seconds (creating takes far less) say so, naming the backup that
            // one makes, or this one if it has to.
            QElapsedTimer waited;
            waited.start();
            while (!upgradeLock->tryLock(250)) {
                if (upgradeLock->error() != QLockFile::LockFailedError)
                    throw sql::Error(SQLITE_CANTOPEN, "cannot open " + m_path.toStdString() + ": its upgrade lock "
                                                          + upgradeLock->fileName().toStdString()
                                                          + " cannot be read or made");
                if (openCancelled(cancel))
                    throw sql::Error(SQLITE_INTERRUPT, "opening " + m_path.toStdString() + " was cancelled");
                if (version > 0 && waited.elapsed() >= kUpgradeQuietMs)
                    tell({version, Migrations::latestVersion(),
                          version < Migrations::latestVersion() ? m_path + QStringLiteral(".bak-v%1").arg(version)
                                                                : QString()});
                if (waited.elapsed() > kUpgradeWaitMs)
                    throw sql::Error(SQLITE_BUSY, "cannot open " + m_path.toStdString()
                                                      + ": another Digest Reader process has been upgrading it for "
                                                        "over ten minutes (its lock: "
                                                      + upgradeLock->fileName().toStdString() + ")");
            }
        }
        // A lock file that cannot be made (PermissionError…) protects nothing:
        // go on without it; SQLite's own lock still keeps the data whole.
    }
    m_backupPath = Migrations::migrate(m_db, [&](int from, int to, const QString& backup) { tell({from, to, backup}); });
    if (storedPrint() != gluedPrint) {
        sql::Transaction tx(m_db);
        // Another process may have rebuilt it while this one waited for the lock.
        if (storedPrint() != gluedPrint) {
            if (notice && !told) {
                auto any = m_db.prepare("SELECT EXISTS (SELECT 1 FROM items)");
                if (any.step() && any.integer(0)) {
                    const int current = Migrations::currentVersion(m_db);
                    tell({current, current, {}});
                }
            }
            m_db.exec("INSERT INTO item_fts(item_fts) VALUES ('rebuild')");
            auto put = m_db.prepare("INSERT INTO meta(key, value) VALUES('tokenizer', ?1) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
            put.bind(1, gluedPrint).run();
        }
        tx.commit();
    }
}

// A read-only connection writes nothing, so a library that needs an upgrade
// cannot be opened; one whose index an older tokenizer built is searched as it
// is (a few glued names may be missed until it is opened where it can be written).
void Library::requireCurrentSchema()
{
    const int version = Migrations::currentVersion(m_db);
    if (version == 0)
        throw sql::Error(SQLITE_READONLY, "cannot open " + m_path.toStdString()
                                              + ": it is read-only and not a Digest Reader library");
    if (version < Migrations::latestVersion())
        throw sql::Error(SQLITE_READONLY,
                         "cannot open " + m_path.toStdString() + ": it is read-only, and an older version of Digest "
                         "Reader wrote it (schema " + std::to_string(version) + "). Copy it to a folder you can "
                         "write to and open the copy, which is upgraded once");
    if (version > Migrations::latestVersion())
        Migrations::migrate(m_db, {});  // throws its "written by a newer version" error
}

void Library::requireWritable() const
{
    if (m_readOnly)
        throw sql::Error(SQLITE_READONLY, "the library " + m_path.toStdString()
                                              + " is read-only (the file or its folder cannot be written)");
}

QStringList Library::builtinGluedNames()
{
    static const QStringList names = [] {
        search::EntityDictionary builtin;
        builtin.load(QStringLiteral(":/digest/entities.toml"));
        QStringList all = builtin.allNames();
        all.sort();
        return all;
    }();
    return names;
}

void Library::setDictionary(std::shared_ptr<const search::EntityDictionary> dictionary)
{
    m_dictionary = std::move(dictionary);
    syncEntities();
}

QString Library::userDictionaryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/entities.toml");
}

namespace {
struct DefaultDictionary {
    std::shared_ptr<const search::EntityDictionary> dictionary;
    QStringList problems;
};
DefaultDictionary& defaultDictionaryState()
{
    static DefaultDictionary state = [] {
        auto dict = std::make_shared<search::EntityDictionary>();
        DefaultDictionary d;
        if (!dict->load(QStringLiteral(":/digest/entities.toml"), Library::userDictionaryPath()))
            d.problems.append(QStringLiteral("the built-in entity dictionary could not be loaded"));
        d.problems += dict->problemMessages();
        d.dictionary = std::move(dict);
        return d;
    }();  // C++ guarantees thread-safe initialisation of a function-local static
    return state;
}
}  // namespace

std::shared_ptr<const search::EntityDictionary> Library::defaultDictionary()
{
    return defaultDictionaryState().dictionary;
}

QStringList Library::defaultDictionaryProblems() { return defaultDictionaryState().problems; }

Library::~Library() = default;

QString Library::mediaDir() const
{
    if (m_path == QLatin1String(":memory:"))
        return QDir::temp().filePath(QStringLiteral("digest-memory-media"));
    const QFileInfo fi(m_path);
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral("-media");
}

// ---------------------------------------------------------------- reading

// An issue's summary columns (readIssueSummary); brief leaves description,
// tags and categories empty (what a list of issues shows).
static std::string issueColumns(bool brief)
{
    auto tagsOfRole = [brief](const char* role) {
        return brief ? std::string("NULL")
                     : std::string("(SELECT group_concat(t.name, char(31)) FROM issue_tags it JOIN tags t ON t.id = "
                                   "it.tag_id WHERE it.issue_id = iss.id AND it.role = '") + role + "')";
    };
    return std::string(R"SQL(
    SELECT iss.id, iss.slug, iss.title, iss.date, iss.lastmod, iss.kind, iss.source_path, iss.image, )SQL")
           + (brief ? "''" : "iss.description") + R"SQL(, iss.series, iss.number,
           (SELECT count(*) FROM items WHERE issue_id = iss.id),
           (SELECT count(*) FROM items WHERE issue_id = iss.id AND NOT is_read), )SQL"
           + tagsOfRole("tag") + ", " + tagsOfRole("category") + " FROM issues iss ";
}
static const std::string kIssueColumns = issueColumns(false);

static IssueSummary readIssueSummary(const sql::Statement& s)
{
    IssueSummary r;
    r.id = s.int64(0);
    r.slug = s.text(1);
    r.title = s.text(2);
    r.date = s.text(3);
    r.lastmod = s.text(4);
    r.kind = s.text(5);
    r.sourcePath = s.text(6);
    r.image = s.text(7);
    r.description = s.text(8);
    r.series = s.text(9);
    r.number = s.integer(10);
    r.itemCount = s.integer(11);
    r.unreadCount = s.integer(12);
    r.tags = splitList(s.text(13));
    r.categories = splitList(s.text(14));
    return r;
}

// Every row, or the first, of a statement read by a row reader.
template <typename Row>
static QList<Row> allRows(sql::Statement& s, Row (*read)(const sql::Statement&))
{
    QList<Row> out;
    while (s.step())
        out.append(read(s));
    return out;
}
template <typename Row>
static std::optional<Row> firstRow(sql::Statement& s, Row (*read)(const sql::Statement&))
{
    if (!s.step())
        return std::nullopt;
    return read(s);
}

static const std::string kIssueBriefColumns = issueColumns(true);

QList<IssueSummary> Library::issues(IssueFields fields)
{
    auto s = m_db.prepare(((fields == IssueFields::Brief ? kIssueBriefColumns : kIssueColumns)
                           + " ORDER BY iss.date DESC, iss.id DESC")
                              .c_str());
    return allRows(s, readIssueSummary);
}

std::optional<IssueSummary> Library::issueSummary(qint64 id)
{
    auto s = m_db.prepare((kIssueColumns + " WHERE iss.id = ?1").c_str());
    s.bind(1, id);
    return firstRow(s, readIssueSummary);
}

std::optional<IssueSummary> Library::issueBySlug(const QString& slug)
{
    auto s = m_db.prepare((kIssueColumns + " WHERE iss.slug = ?1").c_str());
    s.bind(1, slug);
    return firstRow(s, readIssueSummary);
}

std::optional<IssueDetail> Library::issue(const QString& slugOrId)
{
    auto s = m_db.prepare((kIssueColumns + " WHERE iss.slug = ?1 OR (?2 > 0 AND iss.id = ?2) ORDER BY iss.slug = ?1 DESC LIMIT 1").c_str());
    bool isNumber = false;
    const qint64 id = slugOrId.toLongLong(&isNumber);
    s.bind(1, slugOrId).bind(2, isNumber ? id : std::int64_t(0));
    return issueDetail(s);
}

std::optional<IssueDetail> Library::issueById(qint64 id)
{
    auto s = m_db.prepare((kIssueColumns + " WHERE iss.id = ?1").c_str());
    s.bind(1, id);
    return issueDetail(s);
}

// The rest of an issue, for the summary row the statement is on.
std::optional<IssueDetail> Library::issueDetail(sql::Statement& s)
{
    if (!s.step())
        return std::nullopt;
    IssueDetail d;
    d.summary = readIssueSummary(s);

    auto extra = m_db.prepare("SELECT intro, outro, metadata FROM issues WHERE id = ?1");
    extra.bind(1, d.summary.id);
    if (extra.step()) {
        d.intro = extra.text(0);
        d.outro = extra.text(1);
        d.metadata = QJsonDocument::fromJson(extra.text(2).toUtf8()).object();
    }
    auto src = m_db.prepare("SELECT path FROM issue_sources WHERE issue_id = ?1 ORDER BY path");
    src.bind(1, d.summary.id);
    while (src.step())
        d.sourcePaths.append(src.text(0));
    auto items = m_db.prepare("SELECT id FROM items WHERE issue_id = ?1 ORDER BY position");
    items.bind(1, d.summary.id);
    while (items.step()) {
        if (auto it = item(items.int64(0)))
            d.items.append(std::move(*it));
    }
    return d;
}

QList<ImageInfo> Library::imagesOf(qint64 itemId)
{
    QList<ImageInfo> out;
    auto s = m_db.prepare("SELECT src, alt, remote, stored_name FROM images WHERE item_id = ?1 ORDER BY position");
    s.bind(1, itemId);
    const QString media = mediaDir();
    while (s.step()) {
        ImageInfo img;
        img.src = s.text(0);
        img.alt = s.text(1);
        img.remote = s.integer(2) != 0;
        if (!s.isNull(3)) {
            img.storedPath = media + QLatin1Char('/') + s.text(3);
            img.stored = true;
        }
        out.append(img);
    }
    return out;
}

std::optional<ItemRecord> Library::item(qint64 id)
{
    auto s = m_db.prepare(R"SQL(
        SELECT i.id, i.issue_id, i.position, i.title, i.text, h.html, i.source_url, i.start_ms, i.line,
               i.is_read, i.is_starred, iss.slug, iss.title, iss.date, iss.kind
        FROM items i JOIN issues iss ON iss.id = i.issue_id LEFT JOIN item_html h ON h.item_id = i.id
        WHERE i.id = ?1)SQL");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    ItemRecord r;
    r.id = s.int64(0);
    r.issueId = s.int64(1);
    r.position = s.integer(2);
    r.title = s.text(3);
    r.text = s.text(4);
    r.sourceUrl = s.optionalText(6);
    if (s.isBlob(5))
        r.html = ItemHtmlCodec::decode(s.blob(5), ItemHtmlCodec::dictionary(r.title, r.text, r.sourceUrl));
    else
        r.html = s.text(5);  // schema 4 and earlier kept it as text
    if (r.html.isEmpty() && !r.text.isEmpty())
        r.html = QStringLiteral("<p>%1</p>").arg(r.text.toHtmlEscaped());
    r.startMs = s.isNull(7) ? -1 : s.int64(7);
    r.line = s.integer(8);
    r.read = s.integer(9) != 0;
    r.starred = s.integer(10) != 0;
    r.issueSlug = s.text(11);
    r.issueTitle = s.text(12);
    r.issueDate = s.text(13);
    r.issueKind = s.text(14);

    auto links = m_db.prepare("SELECT url, text FROM links WHERE item_id = ?1 ORDER BY position");
    links.bind(1, id);
    while (links.step())
        r.links.append({links.text(0), links.text(1)});
    r.images = imagesOf(id);
    auto tags = m_db.prepare(
        "SELECT t.name FROM item_tags it JOIN tags t ON t.id = it.tag_id WHERE it.item_id = ?1 ORDER BY t.name");
    tags.bind(1, id);
    while (tags.step())
        r.tags.append(tags.text(0));
    return r;
}

// ---------------------------------------------------------------- search

// A query compiled for SQL: the FTS5 expressions plus the filters, with lists
// as JSON arrays bound to json_each(), so no value is ever spliced into SQL.
struct Library::CompiledQuery {
    search::ParsedQuery parsed;
    QString match;       // FTS5 expression of the positive terms, '' when none
    QString exclusion;   // FTS5 expression of rows to drop, '' when none
    QString companyIds, modelIds, tags, issues;  // JSON arrays, '' when the query has none
    QString after, before;
    bool impossible = false;  // e.g. company: names no known company
};

QStringList Library::highlightTerms(const QString& query)
{
    const search::QueryParser parser(defaultDictionary()->aliasExpander());
    return parser.parse(query).highlightTerms;
}

QStringList Library::unknownEntityNames(const QString& query)
{
    const auto dictionary = defaultDictionary();
    const search::ParsedQuery parsed = search::QueryParser(dictionary->aliasExpander()).parse(query);
    QStringList unknown;
    for (const QString& name : parsed.companies + parsed.models)
        if (!dictionary->lookup(name) && !unknown.contains(name))
            unknown << name;
    return unknown;
}

Library::CompiledQuery Library::compile(const QString& query) const
{
    CompiledQuery q;
    const search::QueryParser parser(m_dictionary->aliasExpander());
    q.parsed = parser.parse(query);
    q.match = q.parsed.hasPositiveTerms ? q.parsed.matchExpression : QString();
    // With positive terms the match expression already says NOT (excluded).
    q.exclusion = q.match.isEmpty() ? q.parsed.exclusionExpression : QString();
    // A model stands for its family too, unless the name typed is one of its
    // versions (model:"Llama 2" is not Llama 3); EntityDictionary::familyOf decides.
    auto ids = [&](const QStringList& names, bool withFamilies) {
        if (names.isEmpty())
            return QString();
        QJsonArray a;
        for (const QString& n : names) {
            const search::Entity* e = m_dictionary->lookup(n);
            const qint64 id = e ? m_entityIds.value(e->name) : 0;
            if (!id) {
                q.impossible = true;  // an unknown name finds nothing rather than everything
                continue;
            }
            a.append(id);
            for (const QString& member : withFamilies ? m_dictionary->familyOf(n) : QStringList())
                if (const qint64 memberId = m_entityIds.value(member))
                    a.append(memberId);
        }
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    };
    auto strings = [](const QStringList& list) {
        if (list.isEmpty())
            return QString();
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    };
    q.companyIds = ids(q.parsed.companies, false);  // a company's models come from maker_id
    q.modelIds = ids(q.parsed.models, true);
    q.tags = strings(q.parsed.tags);
    q.issues = strings(q.parsed.issues);
    q.after = q.parsed.after;
    q.before = q.parsed.before;
    return q;
}

// The entities whose items count as an entity's (SQL yielding ids, `id` an
// expression): itself, and for a company its models, for a model its family.
// The sidebar's entity filter, the entity counts, mentions per month and the
// models list all use it, so they always agree.
static std::string entitiesCountedFor(const std::string& id)
{
    return "SELECT id FROM entities WHERE id = " + id + " OR maker_id = " + id
           + " UNION ALL SELECT member_id FROM entity_family WHERE family_id = " + id;
}
static const std::string kEntityFilter =
    "i.id IN (SELECT ie.item_id FROM item_entities ie WHERE ie.entity_id IN (" + entitiesCountedFor("?9") + "))";

// The item list's conditions: one fixed fragment per filter that is set,
// each with its own parameter number; values are always bound, never spliced
// into SQL. Only the filters in use are in the statement, since every
// condition is evaluated for every match (with all of them present as
// "?N = '' OR …", listing a name in 13,000 items took twice as long).
// Tag and entity conditions are uncorrelated `IN (SELECT …)`: SQLite builds
// each set once per statement and probes it per row, where a correlated
// EXISTS ran its subquery for every row (counting company:谷歌 took ~90 ms
// instead of ~21 ms on the 120,000-item library). The scope is a fragment
// without a parameter, so that the planner can use the partial indexes.
// ?6 is the MATCH expression of the FTS-driven shape (bound here too, the
// shape holds it); ?7 ?8 are LIMIT/OFFSET.
struct Library::Conditions {
    std::string sql;
    std::vector<std::pair<int, QString>> texts;
    std::vector<std::pair<int, qint64>> numbers;

    // Nothing but the search words narrows the set: a count or a ranking can
    // then come from the FTS index alone, without visiting items or issues.
    bool onlyWords() const { return sql.empty(); }
    // The matches are items linked to an entity (the sidebar's entity, company:,
    // model:): a set of ids, best read through the narrow covering indexes, as
    // the FTS-driven shape does. (A scope, an issue or a month is better
    // walked in date order through its own index, stopping at the page.)
    bool entitySet = false;

    void add(const char* fragment) { sql += std::string(sql.empty() ? " " : " AND ") + fragment; }
    void add(const char* fragment, int parameter, const QString& value)
    {
        add(fragment);
        texts.emplace_back(parameter, value);
    }
    void add(const char* fragment, int parameter, qint64 value)
    {
        add(fragment);
        numbers.emplace_back(parameter, value);
    }
    std::string where() const { return sql.empty() ? std::string(" 1") : sql; }
    void bind(sql::Statement& s) const
    {
        for (const auto& [n, v] : texts)
            s.bind(n, v);
        for (const auto& [n, v] : numbers)
            s.bind(n, v);
    }
};

Library::Conditions Library::conditions(const ItemFilter& f, const CompiledQuery& q)
{
    Conditions c;
    if (!q.match.isEmpty())
        c.texts.emplace_back(6, q.match);
    if (f.scope == ItemFilter::Scope::Unread)
        c.add("NOT i.is_read");
    else if (f.scope == ItemFilter::Scope::Starred)
        c.add("i.is_starred");
    if (q.impossible)
        c.add("0");  // e.g. company: names no known company
    if (f.issueId != 0)
        c.add("i.issue_id = ?2", 2, f.issueId);
    if (!f.month.isEmpty())
        c.add("substr(iss.date, 1, length(?3)) = ?3", 3, f.month);
    if (!f.series.isEmpty())
        c.add("iss.series = ?4 COLLATE NOCASE", 4, f.series);  // one series however its case was spoken
    if (!f.tag.isEmpty())
        c.add(R"SQL((iss.id IN (SELECT it.issue_id FROM issue_tags it JOIN tags t ON t.id = it.tag_id WHERE t.name = ?5)
                     OR i.id IN (SELECT it.item_id FROM item_tags it JOIN tags t ON t.id = it.tag_id WHERE t.name = ?5)))SQL",
              5, f.tag);
    c.entitySet = f.entityId != 0 || !q.companyIds.isEmpty() || !q.modelIds.isEmpty();
    if (f.entityId != 0)
        c.add(kEntityFilter.c_str(), 9, f.entityId);
    if (!q.exclusion.isEmpty())
        c.add("i.id NOT IN (SELECT rowid FROM item_fts WHERE item_fts MATCH ?10)", 10, q.exclusion);
    if (!q.companyIds.isEmpty())
        c.add(R"SQL(i.id IN (SELECT ie.item_id FROM item_entities ie
                            WHERE ie.entity_id IN (SELECT id FROM entities
                                                     WHERE id IN (SELECT value FROM json_each(?11))
                                                        OR maker_id IN (SELECT value FROM json_each(?11)))))SQL",
              11, q.companyIds);
    if (!q.modelIds.isEmpty())
        c.add("i.id IN (SELECT ie.item_id FROM item_entities ie WHERE ie.entity_id IN (SELECT value FROM json_each(?12)))",
              12, q.modelIds);
    if (!q.tags.isEmpty())
        c.add(R"SQL((iss.id IN (SELECT it.issue_id FROM issue_tags it JOIN tags t ON t.id = it.tag_id
                               WHERE t.name IN (SELECT value FROM json_each(?13)))
                     OR i.id IN (SELECT it.item_id FROM item_tags it JOIN tags t ON t.id = it.tag_id
                                   WHERE t.name IN (SELECT value FROM json_each(?13)))))SQL",
              13, q.tags);
    if (!q.issues.isEmpty())
        c.add("(iss.slug IN (SELECT value FROM json_each(?14)) OR CAST(iss.id AS TEXT) IN (SELECT value FROM json_each(?14)))",
              14, q.issues);
    if (!q.after.isEmpty())
        c.add("iss.date >= ?15", 15, q.after);
    if (!q.before.isEmpty())
        c.add("iss.date < ?16", 16, q.before);
    return c;
}

// Two shapes: driven by the FTS index when there are search words (so only
// matching rows are visited), else by the items table.
static const char* const kFromItems = " FROM items i JOIN issues iss ON iss.id = i.issue_id WHERE";
// Items linked to an entity, read through the covering indexes (see Conditions::entitySet):
// counting or paging company:谷歌's 14,757 items went from ~60 to ~18 ms.
static const char* const kFromItemsNarrow = " FROM items i INDEXED BY items_by_id"
                                            " JOIN issues iss INDEXED BY issues_by_id ON iss.id = i.issue_id WHERE";
// A small scope through its partial index (see itemsSource).
static const char* const kFromItemsStarred = " FROM items i INDEXED BY items_starred JOIN issues iss ON iss.id = i.issue_id WHERE";
static const char* const kFromItemsUnread = " FROM items i INDEXED BY items_unread JOIN issues iss ON iss.id = i.issue_id WHERE";

// The items-driven shape (no search words): what walks the matches. SQLite
// cannot see a bound LIMIT, so with a scope it walks the issues newest first
// hoping to fill the page early, and reads every item when the scope is
// small: listing no starred items took 55 ms on the 120,000-item library. A
// small scope (at most kSmallScope starred or unread items, the usual state:
// people star a few and keep up with reading) is read through its partial
// index and sorted instead, unless an issue, a month or dates narrow the list
// further: their own indexes serve it better. (Never called for a query that
// cannot match: a literal 0 in the WHERE hides the scope from the planner.)
const char* Library::itemsSource(const ItemFilter& f, const CompiledQuery& q, const Conditions& c, bool sortsByTitle)
{
    constexpr int kSmallScope = 2000;
    const bool narrowedByIssueOrDate =
        f.issueId != 0 || !f.month.isEmpty() || !q.after.isEmpty() || !q.before.isEmpty() || !q.issues.isEmpty();
    if (f.scope != ItemFilter::Scope::All && !narrowedByIssueOrDate) {
        const bool starred = f.scope == ItemFilter::Scope::Starred;
        auto& s = m_db.cached(starred ? "SELECT count(*) FROM (SELECT 1 FROM items WHERE is_starred LIMIT ?1)"
                                      : "SELECT count(*) FROM (SELECT 1 FROM items WHERE NOT is_read LIMIT ?1)");
        s.bind(1, kSmallScope + 1);
        const bool small = s.step() && s.integer(0) <= kSmallScope;
        s.reset();
        if (small)
            return starred ? kFromItemsStarred : kFromItemsUnread;
    }
    return c.entitySet && !sortsByTitle ? kFromItemsNarrow : kFromItems;
}
// The FTS-driven shape reads items and issues through the narrow covering
// indexes of migration 9 (every column the conditions and the date and
// relevance sort keys use), never the wide rows; the planner would otherwise
// look each match up by rowid. Sorting by title needs the rows themselves.
static const char* const kFromFts = " FROM item_fts JOIN items i INDEXED BY items_by_id ON i.id = item_fts.rowid"
                                    " JOIN issues iss INDEXED BY issues_by_id ON iss.id = i.issue_id"
                                    " WHERE item_fts MATCH ?6 AND";
static const char* const kFromFtsRows = " FROM item_fts JOIN items i ON i.id = item_fts.rowid JOIN issues iss ON iss.id = i.issue_id"
                                        " WHERE item_fts MATCH ?6 AND";

int Library::countItems(const ItemFilter& filter)
{
    const CompiledQuery q = compile(filter.text);
    const Conditions c = conditions(filter, q);
    if (!q.match.isEmpty() && c.onlyWords()) {
        auto s = m_db.prepare("SELECT count(*) FROM item_fts WHERE item_fts MATCH ?1");
        s.bind(1, q.match);
        return s.step() ? s.integer(0) : 0;
    }
    if (q.impossible)
        return 0;  // e.g. company: names no known company
    const char* from = !q.match.isEmpty() ? kFromFts : itemsSource(filter, q, c, false);
    const std::string sqlText = std::string("SELECT count(*)") + from + c.where();
    auto s = m_db.prepare(sqlText.c_str());
    c.bind(s);
    return s.step() ? s.integer(0) : 0;
}

int Library::countSearch(const QString& query)
{
    ItemFilter f;
    f.text = query;
    return countItems(f);
}

// A page is chosen by an inner query that carries only the sort keys; the
// outer query then reads titles and entity names for those rows alone
// (SQLite computes every result column before sorting, so a heavy column in
// the inner query would be computed for every match).
struct PageOrder {
    const char* keys;   // inner: sort keys as k1, k2, k3
    const char* inner;  // inner ORDER BY … LIMIT
    const char* outer;  // outer ORDER BY over the keys
};
static const PageOrder kPageOrders[] = {
    {"iss.date AS k1, iss.id AS k2, i.position AS k3", " ORDER BY k1 DESC, k2 DESC, k3 ASC LIMIT ?7 OFFSET ?8",
     " ORDER BY page.k1 DESC, page.k2 DESC, page.k3 ASC"},
    {"iss.date AS k1, iss.id AS k2, i.position AS k3", " ORDER BY k1 ASC, k2 ASC, k3 ASC LIMIT ?7 OFFSET ?8",
     " ORDER BY page.k1 ASC, page.k2 ASC, page.k3 ASC"},
    {"i.title AS k1, i.id AS k2, 0 AS k3", " ORDER BY k1 COLLATE NOCASE ASC, k2 ASC LIMIT ?7 OFFSET ?8",
     " ORDER BY page.k1 COLLATE NOCASE ASC, page.k2 ASC"},
    // The index's columns are (text, title): a title match weighs four text matches.
    {"round(digest_rank(item_fts, 1.0, 4.0), 1) AS k1, iss.date AS k2, i.id AS k3",
     " ORDER BY k1 ASC, k2 DESC, k3 DESC LIMIT ?7 OFFSET ?8", " ORDER BY page.k1 ASC, page.k2 DESC, page.k3 DESC"},
};

QList<ItemRow> Library::itemRows(const ItemFilter& filter, ItemSort sort, int offset, int limit)
{
    const CompiledQuery q = compile(filter.text);
    if (q.impossible)
        return {};  // e.g. company: names no known company
    ItemSort effective = sort;
    if (sort == ItemSort::Relevance && q.match.isEmpty())
        effective = ItemSort::NewestFirst;  // nothing to rank by
    const PageOrder& order = kPageOrders[int(effective)];
    const Conditions c = conditions(filter, q);
    const std::string sqlText =
        std::string("SELECT i.id, i.issue_id, i.position, i.title, iss.title, iss.slug, iss.date, i.is_read, "
                    "i.is_starred, (SELECT group_concat(name, char(31)) FROM (SELECT e.name AS name FROM item_entities ie "
                    "JOIN entities e ON e.id = ie.entity_id WHERE ie.item_id = i.id ORDER BY ie.mentions DESC, e.name)) "
                    "FROM (SELECT i.id AS id, ")
        + order.keys
        + (q.match.isEmpty() ? itemsSource(filter, q, c, effective == ItemSort::Title)
                             : effective == ItemSort::Title ? kFromFtsRows : kFromFts)
        + c.where() + order.inner + ") AS page JOIN items i ON i.id = page.id JOIN issues iss ON iss.id = i.issue_id"
        + order.outer;
    auto s = m_db.prepare(sqlText.c_str());
    c.bind(s);
    s.bind(7, limit).bind(8, offset);
    QList<ItemRow> out;
    out.reserve(limit);
    while (s.step()) {
        ItemRow r;
        r.id = s.int64(0);
        r.issueId = s.int64(1);
        r.position = s.integer(2);
        r.title = s.text(3);
        r.issueTitle = s.text(4);
        r.issueSlug = s.text(5);
        r.date = s.text(6);
        r.read = s.integer(7) != 0;
        r.starred = s.integer(8) != 0;
        r.entities = splitList(s.text(9));
        out.append(r);
    }
    return out;
}

namespace {
// Where the terms occur in the text as written (case-insensitive): start and length.
QList<std::pair<qsizetype, qsizetype>> occurrences(const QString& text, const QStringList& terms)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const QString& term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive))
            spans.append({at, term.size()});
    }
    std::sort(spans.begin(), spans.end());
    return spans;
}

// A window of the text around the first match, HTML-escaped, each match in
// <mark>. A plain case-insensitive search finds most matches at once; only
// when a term is written differently in the text (Gemini1.5Pro for "Gemini
// 1.5 Pro") does the tokenizer-exact matcher run. (FTS5's snippet() would
// re-tokenise every shown row and marks whole bigrams for one character.)
QString snippetFor(const QString& text, const QStringList& terms)
{
    constexpr qsizetype kBefore = 30, kLength = 120;
    auto spans = occurrences(text, terms);
    if (spans.isEmpty())
        for (const auto& r : search::DigestTokenizer::matchRanges(text, terms))
            spans.append({r.start, r.length});  // matchRanges comes sorted
    // Overlapping matches are one mark: an alias inside the longer name
    // ("Gemini 1.5" in "Gemini 1.5 Pro") must not cut the name's mark short.
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto& [start, length] : spans) {
        if (!merged.isEmpty() && start <= merged.last().first + merged.last().second)
            merged.last().second = std::max(merged.last().second, start + length - merged.last().first);
        else
            merged.append({start, length});
    }
    const qsizetype from = merged.isEmpty() ? 0 : std::max<qsizetype>(0, merged.first().first - kBefore);
    qsizetype to = std::min(text.size(), from + kLength);
    QString out;
    if (from > 0)
        out += QStringLiteral("…");
    qsizetype pos = from;
    for (const auto& [start, length] : merged) {
        if (start >= to)
            break;
        to = std::max(to, start + length);  // a mark is never cut at the window's end
        const qsizetype end = start + length;
        out += text.mid(pos, start - pos).toHtmlEscaped();
        out += QStringLiteral("<mark>") + text.mid(start, end - start).toHtmlEscaped() + QStringLiteral("</mark>");
        pos = end;
    }
    out += text.mid(pos, to - pos).toHtmlEscaped();
    if (to < text.size())
        out += QStringLiteral("…");
    return out.simplified();
}

// True when the terms occur only where they cut through a dictionary word
// (认可|灵活 for 可灵). The text is judged in windows of a dozen characters
// either side of each plain occurrence (overlapping windows merged, so no
// occurrence is judged without its context), enough for ICU's word breaker
// to tell 快手|可灵 from 认可|灵活 at a fraction of the cost of segmenting the
// whole text; the first window with a clean mention settles it. The whole
// text is judged when no term occurs as written (Gemini1.5Pro for "Gemini 1.5 Pro").
bool onlyStraddlingMentions(const QString& text, const QStringList& terms)
{
    constexpr qsizetype kContext = 12;
    const auto spans = occurrences(text, terms);
    if (spans.isEmpty()) {
        const auto counts = search::DigestTokenizer::countMentions(text, terms);
        return counts.total() > 0 && counts.clean == 0;
    }
    bool mentioned = false;
    auto judge = [&](qsizetype from, qsizetype to) {
        const auto counts = search::DigestTokenizer::countMentions(text.mid(from, to - from), terms);
        mentioned = mentioned || counts.total() > 0;
        return counts.clean > 0;
    };
    qsizetype from = -1, to = -1;
    for (const auto& [at, length] : spans) {
        const qsizetype start = std::max<qsizetype>(0, at - kContext);
        const qsizetype end = std::min(text.size(), at + length + kContext);
        if (from >= 0 && start <= to) {
            to = std::max(to, end);
            continue;
        }
        if (from >= 0 && judge(from, to))
            return false;
        from = start;
        to = end;
    }
    return !judge(from, to) && mentioned;
}

bool hasShortCjk(const QStringList& terms)
{
    for (const QString& t : terms) {
        const auto cjk = std::count_if(t.begin(), t.end(), [](QChar c) { return text::isCjk(c.unicode()); });
        if (cjk > 0 && cjk <= 3)
            return true;
    }
    return false;
}

}  // namespace

QList<SearchHit> Library::search(const QString& query, int limit, int offset)
{
    QList<SearchHit> out;
    const CompiledQuery q = compile(query);
    if (q.parsed.isEmpty() || q.impossible || limit <= 0)
        return out;
    const Conditions c = conditions(ItemFilter{}, q);
    const sql::ReadTransaction snapshot(m_db);  // one snapshot (and one lock) for all the statements below
    if (q.match.isEmpty()) {
        // Filters or exclusions only: newest first, the start of the text as
        // the snippet. The page is chosen on the sort keys alone; the rows'
        // titles and texts are read for it only (as in itemRows).
        const std::string sqlText =
            std::string("SELECT i.id, iss.slug, i.position, i.title, iss.date, substr(i.text, 1, 120) FROM "
                        "(SELECT i.id AS id, iss.date AS k1, iss.id AS k2, i.position AS k3")
            + itemsSource(ItemFilter{}, q, c, false) + c.where()
            + " ORDER BY k1 DESC, k2 DESC, k3 ASC LIMIT ?7 OFFSET ?8) AS page"
              " JOIN items i ON i.id = page.id JOIN issues iss ON iss.id = i.issue_id"
              " ORDER BY page.k1 DESC, page.k2 DESC, page.k3 ASC";
        auto s = m_db.prepare(sqlText.c_str());
        c.bind(s);
        s.bind(7, limit).bind(8, offset);
        while (s.step()) {
            SearchHit h;
            h.itemId = s.int64(0);
            h.issueSlug = s.text(1);
            h.position = s.integer(2);
            h.title = s.text(3);
            h.date = s.text(4);
            h.snippet = s.text(5).toHtmlEscaped().simplified();
            out.append(h);
        }
        return out;
    }

    // Ranked: digest_rank — BM25 without the IDF term, see DigestRank.h —
    // (title weighs 4× the text) in steps of 0.1, then the newer issue. A CJK bigram also matches across a word boundary (认可|灵活 holds
    // 可灵); such hits are moved behind real mentions within the window we
    // rank here (the page plus a margin), which is where a reader looks.
    // Only a short CJK word the user typed (可灵, 快手, 智谱) straddles words
    // often enough to re-rank for: a Latin name cannot, and a longer CJK term
    // is a phrase of several bigrams that rarely spans two unrelated words.
    const bool rerank = hasShortCjk(q.parsed.positiveTerms);
    const int window = rerank ? std::max(offset + limit, 60) : limit;
    const int windowOffset = rerank ? 0 : offset;
    // Phase 1: the ids of the window, carrying only the sort keys.
    if (c.onlyWords()) {
        // Words alone: rank inside the FTS index without visiting the wide
        // item rows (reading 10,000 of them costs more than scoring them).
        // Within one score step the newer item comes first: rowid order
        // stands in for it here, and the dates of the window settle it below.
        //
        // Scoring costs ~0.5 µs a row, so a name in 10,000 of 120,000 items
        // would take 5 ms to score in full. The ranking is bounded to the
        // newest kRankWindow matches (FTS5 walks its doclist newest first and
        // stops there; rowids grow with import order); deeper pages, or
        // fewer matches, rank them all.
        constexpr int kRankWindow = 1000;
        const bool bounded = offset + limit <= kRankWindow;
        auto s = m_db.prepare(bounded ? "SELECT rowid, score FROM (SELECT rowid, digest_rank(item_fts, 1.0, 4.0) AS score "
                                        "FROM item_fts WHERE item_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?4) "
                                        "ORDER BY round(score, 1), rowid DESC LIMIT ?2 OFFSET ?3"
                                      : "SELECT rowid, digest_rank(item_fts, 1.0, 4.0) AS score FROM item_fts "
                                        "WHERE item_fts MATCH ?1 ORDER BY round(score, 1), rowid DESC LIMIT ?2 OFFSET ?3");
        s.bind(1, q.match).bind(2, window).bind(3, windowOffset);
        if (bounded)
            s.bind(4, kRankWindow);
        while (s.step()) {
            SearchHit h;
            h.itemId = s.int64(0);
            h.score = s.real(1);
            out.append(h);
        }
    } else {
        const std::string sqlText = std::string("SELECT i.id, digest_rank(item_fts, 1.0, 4.0) AS score, iss.date AS d")
                                    + kFromFts + c.where()
                                    + " ORDER BY round(score, 1), d DESC, i.id DESC LIMIT ?7 OFFSET ?8";
        auto s = m_db.prepare(sqlText.c_str());
        c.bind(s);
        s.bind(7, window).bind(8, windowOffset);
        while (s.step()) {
            SearchHit h;
            h.itemId = s.int64(0);
            h.score = s.real(1);
            h.date = s.text(2);
            out.append(h);
        }
    }
    // Phase 2: titles, dates and snippets for those rows only.
    auto row = m_db.prepare("SELECT i.title, i.position, iss.slug, i.text, iss.date FROM items i "
                            "JOIN issues iss ON iss.id = i.issue_id WHERE i.id = ?1");
    QHash<qint64, QString> texts;
    for (SearchHit& h : out) {
        row.bind(1, h.itemId);
        if (row.step()) {
            h.title = row.text(0);
            h.position = row.integer(1);
            h.issueSlug = row.text(2);
            h.date = row.text(4);
            const QString body = row.text(3);
            if (rerank) {
                h.straddling = onlyStraddlingMentions(h.title + QLatin1Char('\n') + body, q.parsed.highlightTerms);
            }
            texts.insert(h.itemId, body);
        }
        row.reset();
    }
    // Real mentions first; then the score step; then the newer issue.
    std::stable_sort(out.begin(), out.end(), [](const SearchHit& a, const SearchHit& b) {
        if (a.straddling != b.straddling)
            return !a.straddling;
        const double sa = std::round(a.score * 10), sb = std::round(b.score * 10);
        if (sa != sb)
            return sa < sb;
        return a.date > b.date;
    });
    if (rerank)
        out = out.mid(offset, limit);
    for (SearchHit& h : out) {
        const QString body = texts.value(h.itemId);
        h.snippet = snippetFor(body, q.parsed.highlightTerms);
        if (!h.snippet.contains(QStringLiteral("<mark>")))
            h.snippet = snippetFor(h.title, q.parsed.highlightTerms) + QStringLiteral(" — ") + h.snippet;
    }
    return out;
}

QList<PeriodCount> Library::periods()
{
    auto s = m_db.prepare(R"SQL(
        SELECT substr(iss.date, 1, 7) AS period, count(DISTINCT iss.id), count(i.id)
        FROM issues iss LEFT JOIN items i ON i.issue_id = iss.id
        WHERE iss.date IS NOT NULL AND iss.date <> ''
        GROUP BY period ORDER BY period DESC)SQL");
    QList<PeriodCount> out;
    while (s.step())
        out.append({s.text(0), s.integer(1), s.integer(2)});
    return out;
}

QList<NameCount> Library::tags()
{
    auto s = m_db.prepare(R"SQL(
        SELECT t.name, count(DISTINCT it.issue_id) AS n FROM tags t JOIN issue_tags it ON it.tag_id = t.id
        GROUP BY t.id ORDER BY n DESC, t.name)SQL");
    QList<NameCount> out;
    while (s.step())
        out.append({s.text(0), s.integer(1)});
    return out;
}

QList<NameCount> Library::seriesList()
{
    auto s = m_db.prepare(R"SQL(
        SELECT series, count(*) FROM issues WHERE series IS NOT NULL AND series <> ''
        GROUP BY series COLLATE NOCASE ORDER BY series COLLATE NOCASE)SQL");
    QList<NameCount> out;
    while (s.step())
        out.append({s.text(0), s.integer(1)});
    return out;
}

// Item count of an entity: items mentioning it or, for a company, one of its
// models, for a model, one of its family (Gemini: Gemini 1.5 Pro…).
static const std::string kEntityItemCount =
    "(SELECT count(DISTINCT ie.item_id) FROM item_entities ie WHERE ie.entity_id IN (" + entitiesCountedFor("e.id") + "))";
static std::string entityColumns(const std::string& count, const std::string& join)
{
    return "SELECT e.id, e.name, e.kind, m.name, e.aliases, " + count + R"SQL( AS n,
           (SELECT ef.family_id FROM entity_family ef WHERE ef.member_id = e.id
              ORDER BY (SELECT count(*) FROM entity_family x WHERE x.family_id = ef.family_id), ef.family_id
              LIMIT 1) AS family
    FROM entities e LEFT JOIN entities m ON m.id = e.maker_id )SQL" + join;
}
static const std::string kEntityColumns = entityColumns(kEntityItemCount, "");
// The same with the kept counts (see refreshEntityCounts).
static const std::string kEntityColumnsKept =
    entityColumns("coalesce(c.items, 0)", " LEFT JOIN entity_counts c ON c.entity_id = e.id");

static EntitySummary readEntity(const sql::Statement& s)
{
    EntitySummary e;
    e.id = s.int64(0);
    e.name = s.text(1);
    e.kind = s.text(2);
    e.maker = s.text(3);
    e.aliases = splitList(s.text(4));
    e.itemCount = s.integer(5);
    e.familyId = s.int64(6);  // NULL reads as 0
    return e;
}

// Library-wide generation of the entity links: bumped by every change that
// can change an entity's item count, compared by refreshEntityCounts.
void Library::linksChanged()
{
    m_db.cached("INSERT INTO meta(key, value) VALUES('links_generation', '1') "
                "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1").run();
}

bool Library::refreshEntityCounts()
{
    if (m_readOnly)
        return false;  // cannot keep them: counted as the list is read
    auto generations = [this] {
        auto s = m_db.prepare(R"SQL(
            SELECT coalesce((SELECT value FROM meta WHERE key = 'links_generation'), '0'),
                   (SELECT value FROM meta WHERE key = 'entity_counts_generation'))SQL");
        s.step();
        return std::pair{s.text(0), s.text(1)};
    };
    // Counted in a read snapshot, so an import on another connection goes on
    // meanwhile; the write lock is then taken only to store them, without
    // waiting, and only if no link changed since.
    QString links;
    std::vector<std::pair<qint64, int>> counts;
    {
        sql::ReadTransaction snapshot(m_db);
        const auto [current, kept] = generations();
        if (current == kept)
            return true;
        links = current;
        auto s = m_db.prepare(("SELECT e.id, " + kEntityItemCount + " FROM entities e").c_str());
        while (s.step())
            counts.emplace_back(s.int64(0), s.integer(1));
    }
    try {
        m_db.setBusyTimeout(0);
        const auto restore = qScopeGuard([this] { m_db.setBusyTimeout(sql::Database::kBusyTimeoutMs); });
        sql::Transaction tx(m_db);
        if (generations().first != links)
            return false;  // links changed meanwhile: these counts are already old
        m_db.exec("DELETE FROM entity_counts");
        auto add = m_db.prepare("INSERT INTO entity_counts(entity_id, items) VALUES(?1, ?2)");
        for (const auto& [id, n] : counts)
            add.bind(1, id).bind(2, n).run();
        auto put = m_db.prepare("INSERT INTO meta(key, value) VALUES('entity_counts_generation', ?1) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        put.bind(1, links).run();
        tx.commit();
        return true;
    } catch (const sql::Error& e) {
        // Busy (an import writing), a full disk…: the list counts as it is read.
        if ((e.code() & 0xff) == SQLITE_INTERRUPT)
            throw;
        return false;
    }
}

QList<EntitySummary> Library::entities(const QString& kind, bool includeUnmentioned)
{
    auto s = m_db.prepare(((refreshEntityCounts() ? kEntityColumnsKept : kEntityColumns)
                           + " WHERE (?1 = '' OR e.kind = ?1) AND (?2 OR n > 0) ORDER BY n DESC, e.name")
                              .c_str());
    s.bind(1, nn(kind)).bind(2, includeUnmentioned ? 1 : 0);
    return allRows(s, readEntity);
}

std::optional<EntitySummary> Library::entity(qint64 id)
{
    auto s = m_db.prepare((std::string(kEntityColumns) + " WHERE e.id = ?1").c_str());
    s.bind(1, id);
    return firstRow(s, readEntity);
}

std::optional<EntitySummary> Library::entityByName(const QString& nameOrAlias)
{
    // The dictionary's own lookup, as search's company:/model: use: any name
    // it goes by, however written (gemini-1.5-pro, Gemini1.5Pro).
    const search::Entity* e = m_dictionary->lookup(nameOrAlias.trimmed());
    const qint64 id = e ? m_entityIds.value(e->name) : 0;
    return id ? entity(id) : std::nullopt;
}

QList<EntitySummary> Library::modelsOf(qint64 entityId)
{
    auto s = m_db.prepare(
        (kEntityColumns + " WHERE e.id <> ?1 AND e.id IN (" + entitiesCountedFor("?1") + ") ORDER BY n DESC, e.name")
            .c_str());
    s.bind(1, entityId);
    return allRows(s, readEntity);
}

QList<PeriodCount> Library::entityMentionsPerMonth(qint64 entityId)
{
    auto s = m_db.prepare((R"SQL(
        SELECT substr(iss.date, 1, 7) AS period, count(DISTINCT iss.id), count(DISTINCT i.id)
        FROM item_entities ie JOIN items i ON i.id = ie.item_id JOIN issues iss ON iss.id = i.issue_id
        WHERE ie.entity_id IN ()SQL" + entitiesCountedFor("?1") + R"SQL()
          AND iss.date IS NOT NULL AND length(iss.date) >= 7
        GROUP BY period ORDER BY period)SQL").c_str());
    s.bind(1, entityId);
    QList<PeriodCount> out;
    while (s.step())
        out.append({s.text(0), s.integer(1), s.integer(2)});
    return out;
}

QStringList Library::entityNamesOfItem(qint64 itemId)
{
    auto s = m_db.prepare(R"SQL(
        SELECT e.name FROM item_entities ie JOIN entities e ON e.id = ie.entity_id
        WHERE ie.item_id = ?1 ORDER BY ie.mentions DESC, e.name)SQL");
    s.bind(1, itemId);
    QStringList out;
    while (s.step())
        out.append(s.text(0));
    return out;
}

QList<NameCount> Library::discoveredNames()
{
    auto s = m_db.prepare(
        "SELECT name, count(*) AS n FROM discovered_names GROUP BY name ORDER BY n DESC, name");
    QList<NameCount> out;
    while (s.step())
        out.append({s.text(0), s.integer(1)});
    return out;
}

int Library::itemTotal()
{
    auto s = m_db.prepare("SELECT count(*) FROM items");
    return s.step() ? s.integer(0) : 0;
}

int Library::unreadTotal()
{
    auto s = m_db.prepare("SELECT count(*) FROM items WHERE NOT is_read");
    return s.step() ? s.integer(0) : 0;
}

int Library::starredTotal()
{
    auto s = m_db.prepare("SELECT count(*) FROM items WHERE is_starred");
    return s.step() ? s.integer(0) : 0;
}

// ---------------------------------------------------------------- marks

void Library::setRead(qint64 itemId, bool read)
{
    requireWritable();
    auto s = m_db.prepare("UPDATE items SET is_read = ?2 WHERE id = ?1");
    s.bind(1, itemId).bind(2, read ? 1 : 0).run();
}

void Library::setStarred(qint64 itemId, bool starred)
{
    requireWritable();
    auto s = m_db.prepare("UPDATE items SET is_starred = ?2 WHERE id = ?1");
    s.bind(1, itemId).bind(2, starred ? 1 : 0).run();
}

void Library::markIssueRead(qint64 issueId, bool read)
{
    requireWritable();
    auto s = m_db.prepare("UPDATE items SET is_read = ?2 WHERE issue_id = ?1");
    s.bind(1, issueId).bind(2, read ? 1 : 0).run();
}

// ---------------------------------------------------------------- entities

void Library::syncEntities()
{
    // The dictionary's fingerprint is kept in the library, so opening an
    // unchanged library writes nothing.
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const search::Entity& e : m_dictionary->entities()) {
        h.addData(e.name.toUtf8());
        h.addData(search::EntityDictionary::kindName(e.kind).toUtf8());
        h.addData(e.maker.toUtf8());
        h.addData((e.aliases + e.asrForms).join(QChar(0x1f)).toUtf8());
        // The families: the rule in familyOf and the tokenizer's word splits make them.
        h.addData(m_dictionary->familyOf(e.name).join(QChar(0x1f)).toUtf8());
        h.addData(QByteArrayView("\n", 1));
    }
    const QString fingerprint = QString::fromLatin1(h.result().toHex());
    auto current = m_db.prepare("SELECT value FROM meta WHERE key = 'dictionary'");
    const bool upToDate = current.step() && current.text(0) == fingerprint;
    current.reset();

    if (!upToDate) {
        sql::Transaction tx(m_db);
        auto upsert = m_db.prepare(R"SQL(
            INSERT INTO entities(key, name, kind, aliases) VALUES(?1, ?2, ?3, ?4)
            ON CONFLICT(key) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases)SQL");
        m_db.exec("CREATE TEMP TABLE IF NOT EXISTS seen_entities(key TEXT PRIMARY KEY)");
        m_db.exec("DELETE FROM seen_entities");
        auto seen = m_db.prepare("INSERT OR IGNORE INTO seen_entities(key) VALUES(?1)");
        for (const search::Entity& e : m_dictionary->entities()) {
            const QString key = text::foldCase(e.name);
            upsert.bind(1, key).bind(2, e.name).bind(3, search::EntityDictionary::kindName(e.kind))
                .bind(4, (QStringList{e.name} + e.aliases + e.asrForms).join(QChar(0x1f)));
            upsert.run();
            seen.bind(1, key).run();
        }
        m_db.exec("DELETE FROM entities WHERE key NOT IN (SELECT key FROM seen_entities)");
        auto maker = m_db.prepare(
            "UPDATE entities SET maker_id = (SELECT id FROM entities m WHERE m.key = ?2) WHERE key = ?1");
        for (const search::Entity& e : m_dictionary->entities()) {
            maker.bind(1, text::foldCase(e.name));
            if (e.maker.isEmpty())
                maker.bindNull(2);
            else
                maker.bind(2, text::foldCase(e.maker));
            maker.run();
        }
        m_db.exec("DELETE FROM entity_family");
        auto family = m_db.prepare(R"SQL(
            INSERT OR IGNORE INTO entity_family(family_id, member_id)
            SELECT f.id, m.id FROM entities f, entities m WHERE f.key = ?1 AND m.key = ?2)SQL");
        for (const search::Entity& e : m_dictionary->entities()) {
            for (const QString& member : m_dictionary->familyOf(e.name))
                family.bind(1, text::foldCase(e.name)).bind(2, text::foldCase(member)).run();
        }
        auto store = m_db.prepare("INSERT INTO meta(key, value) VALUES('dictionary', ?1) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        store.bind(1, fingerprint).run();
        linksChanged();  // makers and families count items differently now
        tx.commit();
    }
    loadEntityIds();
}

void Library::loadEntityIds()
{
    m_entityIds.clear();
    auto ids = m_db.prepare("SELECT name, id FROM entities");
    while (ids.step())
        m_entityIds.insert(ids.text(0), ids.int64(1));
}

void Library::linkItem(qint64 itemId, const ParsedItem& item, bool fresh)
{
    if (!fresh) {
        auto& clear = m_db.cached("DELETE FROM item_entities WHERE item_id = ?1");
        clear.bind(1, itemId).run();
        auto& clearNames = m_db.cached("DELETE FROM discovered_names WHERE item_id = ?1");
        clearNames.bind(1, itemId).run();
    }
    Q_ASSERT(item.mentions && item.discoveredNames);
    const QList<QPair<QString, int>> mentions = item.mentions.value_or(QList<QPair<QString, int>>{});
    const QStringList discovered = item.discoveredNames.value_or(QStringList{});
    // An upsert, not INSERT OR REPLACE: with foreign keys on, REPLACE's
    // conflict handling made each of an import's ~330,000 links 20% dearer.
    auto& add = m_db.cached(R"SQL(
        INSERT INTO item_entities(item_id, entity_id, mentions) VALUES(?1, ?2, ?3)
        ON CONFLICT(item_id, entity_id) DO UPDATE SET mentions = mentions + excluded.mentions)SQL");
    for (const auto& [name, count] : mentions) {
        const qint64 id = m_entityIds.value(name);
        if (id)
            add.bind(1, itemId).bind(2, id).bind(3, count).run();
    }
    auto& addName = m_db.cached("INSERT OR IGNORE INTO discovered_names(item_id, name) VALUES(?1, ?2)");
    for (const QString& n : discovered)
        addName.bind(1, itemId).bind(2, n).run();
}

QHash<QString, QString> Library::sourceHashes()
{
    QHash<QString, QString> out;
    auto s = m_db.prepare("SELECT path, content_hash FROM issue_sources");
    while (s.step())
        out.insert(s.text(0), s.text(1));
    return out;
}

int Library::relinkEntities(const std::function<void(int, int)>& progress)
{
    requireWritable();
    syncEntities();
    QList<qint64> ids;
    {
        auto s = m_db.prepare("SELECT id FROM items ORDER BY id");
        while (s.step())
            ids.append(s.int64(0));
    }
    const int total = int(ids.size());
    constexpr int kBatch = 500;  // one transaction per batch keeps the WAL small
    auto get = m_db.prepare("SELECT title, text FROM items WHERE id = ?1");
    for (int from = 0; from < total; from += kBatch) {
        sql::Transaction tx(m_db);
        for (int n = from; n < std::min(total, from + kBatch); ++n) {
            get.bind(1, ids[n]);
            if (get.step()) {
                ParsedItem item;
                item.title = get.text(0);
                item.text = get.text(1);
                get.reset();
                deriveEntityLinks(item, *m_dictionary);
                linkItem(ids[n], item);
            } else {
                get.reset();
            }
        }
        linksChanged();
        tx.commit();
        if (progress)
            progress(std::min(total, from + kBatch), total);
    }
    return total;
}

// ---------------------------------------------------------------- writing

bool Library::isUnchanged(const QString& sourcePath, const QString& contentHash)
{
    auto& s = m_db.cached("SELECT 1 FROM issue_sources WHERE path = ?1 AND content_hash = ?2");
    s.bind(1, sourcePath).bind(2, contentHash);
    const bool same = s.step();
    s.reset();  // never leave a read snapshot open between imports
    return same;
}

qint64 Library::tagId(const QString& name)
{
    auto& ins = m_db.cached("INSERT INTO tags(name) VALUES(?1) ON CONFLICT(name) DO NOTHING");
    ins.bind(1, name).run();
    auto& sel = m_db.cached("SELECT id FROM tags WHERE name = ?1");
    sel.bind(1, name);
    sel.step();
    return sel.int64(0);
}

QString Library::storeImageFile(const ImageRef& image, bool* missing)
{
    *missing = false;
    if (image.remote || image.localPath.isEmpty())
        return {};
    QFile in(image.localPath);
    constexpr qint64 kMaxImageBytes = 50 * 1024 * 1024;
    if (!in.open(QIODevice::ReadOnly) || in.size() > kMaxImageBytes) {
        *missing = true;
        return {};
    }
    const QByteArray bytes = in.readAll();
    // Content-addressed, so the same picture used by two issues is stored once
    // and a rolled-back import leaves at worst an unreferenced file.
    QString suffix = QFileInfo(image.localPath).suffix().toLower();
    if (suffix.size() > 5 || suffix.isEmpty())
        suffix = QStringLiteral("img");
    const QString name = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex())
                         + QLatin1Char('.') + suffix;
    const QString dir = mediaDir();
    const QString target = dir + QLatin1Char('/') + name;
    if (!QFileInfo::exists(target)) {
        QDir().mkpath(dir);
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            throw sql::Error(0, "cannot write image " + target.toStdString());
    }
    return name;
}

StoreOutcome Library::storeIssue(const ParsedIssue& parsed, const QString& sourcePath, const QString& contentHash)
{
    requireWritable();
    StoreOutcome out;
    // A slug that only came from a file name ("2024-01-01.md" in two sites'
    // folders) is not evidence of one issue: when another file already holds
    // it under a different title, this one gets its folder in its slug
    // instead of replacing that issue's items. A slug the front matter
    // declares is taken at its word (two files with it are one issue).
    QString slug = parsed.slug;
    if (!parsed.metadata.contains(QStringLiteral("slug"))) {
        auto& clash = m_db.cached("SELECT 1 FROM issues WHERE slug = ?1 AND source_path <> ?2 AND title <> ?3");
        clash.bind(1, slug).bind(2, sourcePath).bind(3, nn(parsed.title));
        if (clash.step())
            slug = text::slugify(QFileInfo(sourcePath).dir().dirName() + QLatin1Char('-') + slug);
        clash.reset();
    }
    out.slug = slug;
    if (!m_pendingIndex.empty()) {
        auto& touches = m_db.cached("SELECT EXISTS(SELECT 1 FROM issues WHERE slug = ?1)"
                                    " OR EXISTS(SELECT 1 FROM issue_sources WHERE path = ?2)");
        touches.bind(1, slug).bind(2, sourcePath);
        const bool replacesStoredItems = touches.step() && touches.integer(0) != 0;
        touches.reset();
        if (replacesStoredItems)
            writePendingIndex();  // outside this file's savepoint, see setIndexDeferred()
    }
    sql::Transaction tx(m_db);

    // A file that used to feed another issue (its slug changed): when it was
    // that issue's only file and the new slug is free, the issue is renamed,
    // so its items keep their ids and marks. Otherwise the file leaves it, and
    // an issue left without any source file goes with it.
    {
        auto& prev = m_db.cached(R"SQL(
            SELECT s.issue_id,
                   (SELECT count(*) FROM issue_sources o WHERE o.issue_id = s.issue_id AND o.path <> s.path),
                   (SELECT count(*) FROM issues n WHERE n.slug = ?2)
            FROM issue_sources s JOIN issues iss ON iss.id = s.issue_id
            WHERE s.path = ?1 AND iss.slug <> ?2)SQL");
        prev.bind(1, sourcePath).bind(2, slug);
        if (prev.step()) {
            const qint64 oldIssue = prev.int64(0);
            const bool onlySource = prev.integer(1) == 0, slugFree = prev.integer(2) == 0;
            prev.reset();
            if (onlySource && slugFree) {
                auto& rename = m_db.cached("UPDATE issues SET slug = ?2 WHERE id = ?1");
                rename.bind(1, oldIssue).bind(2, slug).run();
            } else {
                auto& del = m_db.cached("DELETE FROM issue_sources WHERE path = ?1");
                del.bind(1, sourcePath).run();
                auto& orphan = m_db.cached(
                    "DELETE FROM issues WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM issue_sources WHERE issue_id = ?1)");
                orphan.bind(1, oldIssue).run();
            }
        }
    }

    qint64 issueId = 0;
    {
        auto& find = m_db.cached("SELECT id FROM issues WHERE slug = ?1");
        find.bind(1, slug);
        if (find.step())
            issueId = find.int64(0);
    }
    if (issueId) {
        auto& other = m_db.cached("SELECT path FROM issue_sources WHERE issue_id = ?1 AND path <> ?2 LIMIT 1");
        other.bind(1, issueId).bind(2, sourcePath);
        if (other.step())
            out.mergedWith = other.text(0);
    }

    const QString metadata = QString::fromUtf8(QJsonDocument(parsed.metadata).toJson(QJsonDocument::Compact));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // ?1 is the slug for an insert, the id for an update; the rest are shared.
    auto bindIssue = [&](sql::Statement& st) -> sql::Statement& {
        return st.bind(2, parsed.kind).bind(3, nn(parsed.title)).bind(4, parsed.date).bind(5, parsed.lastmod)
            .bind(6, parsed.description).bind(7, parsed.image).bind(8, parsed.series).bind(9, parsed.number)
            .bind(10, parsed.intro).bind(11, parsed.outro).bind(12, metadata).bind(13, sourcePath)
            .bind(14, contentHash).bind(15, now);
    };
    if (!issueId) {
        auto& ins = m_db.cached(R"SQL(
            INSERT INTO issues(slug, kind, title, date, lastmod, description, image, series, number, intro, outro,
                               metadata, source_path, content_hash, imported_at)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15))SQL");
        bindIssue(ins).bind(1, slug).run();
        issueId = m_db.lastInsertId();
        out.status = StoreOutcome::Status::Imported;
    } else {
        auto& upd = m_db.cached(R"SQL(
            UPDATE issues SET kind = ?2, title = ?3, date = ?4, lastmod = ?5, description = ?6, image = ?7,
                   series = ?8, number = ?9, intro = ?10, outro = ?11, metadata = ?12, source_path = ?13,
                   content_hash = ?14, imported_at = ?15
            WHERE id = ?1)SQL");
        bindIssue(upd).bind(1, issueId).run();
        out.status = StoreOutcome::Status::Updated;
    }
    out.issueId = issueId;
    {
        auto& src = m_db.cached(R"SQL(
            INSERT INTO issue_sources(path, issue_id, content_hash) VALUES(?1, ?2, ?3)
            ON CONFLICT(path) DO UPDATE SET issue_id = excluded.issue_id, content_hash = excluded.content_hash)SQL");
        src.bind(1, sourcePath).bind(2, issueId).bind(3, contentHash).run();
    }

    // Issue tags and categories are replaced wholesale.
    {
        auto& clear = m_db.cached("DELETE FROM issue_tags WHERE issue_id = ?1");
        clear.bind(1, issueId).run();
        auto& add = m_db.cached("INSERT OR IGNORE INTO issue_tags(issue_id, tag_id, role) VALUES(?1, ?2, ?3)");
        for (const QString& t : parsed.tags)
            if (!t.trimmed().isEmpty())
                add.bind(1, issueId).bind(2, tagId(t.trimmed())).bind(3, "tag").run();
        for (const QString& c : parsed.categories)
            if (!c.trimmed().isEmpty())
                add.bind(1, issueId).bind(2, tagId(c.trimmed())).bind(3, "category").run();
    }

    auto& addImage = m_db.cached(R"SQL(
        INSERT INTO images(issue_id, item_id, position, src, alt, remote, stored_name, missing)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))SQL");
    auto storeImage = [&](const ImageRef& img, qint64 itemId, int position) {
        bool missing = false;
        const QString stored = storeImageFile(img, &missing);
        addImage.bind(1, issueId);
        if (itemId)
            addImage.bind(2, itemId);
        else
            addImage.bindNull(2);
        addImage.bind(3, position).bind(4, nn(img.src)).bind(5, nn(img.alt)).bind(6, img.remote ? 1 : 0)
            .bind(7, stored.isEmpty() ? QString() : stored).bind(8, missing ? 1 : 0);
        addImage.run();
        if (missing)
            ++out.imagesMissing;
        else if (!stored.isEmpty())
            ++out.imagesStored;
    };
    {
        auto& clear = m_db.cached("DELETE FROM images WHERE issue_id = ?1 AND item_id IS NULL");
        clear.bind(1, issueId).run();
        if (!parsed.image.isEmpty()) {
            ImageRef cover;
            cover.src = parsed.image;
            cover.localPath = parsed.imageLocalPath;
            cover.remote = parsed.imageLocalPath.isEmpty();
            storeImage(cover, 0, 0);
        }
    }

    // Items: keep the ids (and so the read/starred marks) of items that did
    // not change, matching first by content, then by title.
    struct OldItem {
        qint64 id;
        QString hash, title, text;
        bool used = false;
    };
    QList<OldItem> old;
    {
        auto& s = m_db.cached("SELECT id, content_hash, title, text FROM items WHERE issue_id = ?1 ORDER BY position");
        s.bind(1, issueId);
        while (s.step())
            old.append({s.int64(0), s.text(1), s.text(2), s.text(3)});
    }
    // Fields the importer derived on its threads; worked out here for other
    // callers. (The list is copied, item by item, only when one lacks them.)
    QList<ParsedItem> items = parsed.items;
    auto derived = [](const ParsedItem& it) {
        return it.mentions && it.discoveredNames && !it.compressedHtml.isEmpty() && !it.contentHash.isEmpty();
    };
    if (!std::all_of(items.cbegin(), items.cend(), derived))
        for (ParsedItem& it : items)
            deriveItemFields(it, *m_dictionary);
    QList<qint64> matched(items.size(), 0);
    auto matchBy = [&](const std::function<bool(const OldItem&, const ParsedItem&)>& same) {
        for (qsizetype n = 0; n < items.size(); ++n) {
            if (matched[n])
                continue;
            for (OldItem& o : old)
                if (!o.used && same(o, items[n])) {
                    o.used = true;
                    matched[n] = o.id;
                    break;
                }
        }
    };
    matchBy([](const OldItem& o, const ParsedItem& it) { return o.hash == it.contentHash; });
    matchBy([](const OldItem& o, const ParsedItem& it) { return o.title == it.title; });
    // A title-only edit keeps the item too: match the remaining ones by text.
    matchBy([](const OldItem& o, const ParsedItem& it) { return !o.text.isEmpty() && o.text == it.text; });
    {
        auto& del = m_db.cached("DELETE FROM items WHERE id = ?1");
        for (const OldItem& o : old)
            if (!o.used) {
                del.bind(1, o.id).run();
                ++out.itemsRemoved;
            }
    }

    auto& insItem = m_db.cached(R"SQL(
        INSERT INTO items(issue_id, position, title, text, source_url, start_ms, line, content_hash)
        VALUES(?1, ?2, ?3, ?4, ?6, ?7, ?8, ?9))SQL");
    auto& updItem = m_db.cached(R"SQL(
        UPDATE items SET position = ?2, title = ?3, text = ?4, source_url = ?6, start_ms = ?7, line = ?8,
               content_hash = ?9
        WHERE id = ?1)SQL");
    auto& putHtml = m_db.cached(R"SQL(
        INSERT INTO item_html(item_id, html) VALUES(?1, ?2)
        ON CONFLICT(item_id) DO UPDATE SET html = excluded.html)SQL");  // not REPLACE: see linkItem
    auto& clearLinks = m_db.cached("DELETE FROM links WHERE item_id = ?1");
    auto& clearImages = m_db.cached("DELETE FROM images WHERE item_id = ?1");
    auto& clearTags = m_db.cached("DELETE FROM item_tags WHERE item_id = ?1");
    auto& addLink = m_db.cached("INSERT INTO links(item_id, position, url, text) VALUES(?1, ?2, ?3, ?4)");
    auto& addTag = m_db.cached("INSERT OR IGNORE INTO item_tags(item_id, tag_id) VALUES(?1, ?2)");
    auto& indexRow = m_db.cached("INSERT INTO item_fts(rowid, title, text) VALUES(?1, ?2, ?3)");
    std::vector<PendingIndexRow> pending;

    for (qsizetype n = 0; n < items.size(); ++n) {
        const ParsedItem& it = items[n];
        const int position = int(n) + 1;
        qint64 itemId = matched[n];
        const bool fresh = itemId == 0;
        sql::Statement& st = itemId ? updItem : insItem;
        const QByteArray title8 = it.title.toUtf8(), text8 = it.text.toUtf8();  // '' for null, never NULL
        st.bind(1, itemId ? itemId : issueId).bind(2, position).bind(3, title8).bind(4, text8)
            .bind(6, it.sourceUrl);
        if (it.startMs >= 0)
            st.bind(7, it.startMs);
        else
            st.bindNull(7);
        st.bind(8, it.line).bind(9, it.contentHash);
        st.run();
        if (itemId) {
            clearLinks.bind(1, itemId).run();
            clearImages.bind(1, itemId).run();
            clearTags.bind(1, itemId).run();
            ++out.itemsKept;
        } else {
            itemId = m_db.lastInsertId();
            ++out.itemsAdded;
            // Changed items are re-indexed by the items_fts_update trigger; new ones here.
            if (m_indexDeferred)
                pending.push_back({itemId, title8, text8});
            else
                indexRow.bind(1, itemId).bind(2, title8).bind(3, text8).run();
        }
        putHtml.bind(1, itemId).bindBlob(2, it.compressedHtml).run();
        linkItem(itemId, it, fresh);
        for (qsizetype l = 0; l < it.links.size(); ++l)
            addLink.bind(1, itemId).bind(2, int(l)).bind(3, nn(it.links[l].url)).bind(4, nn(it.links[l].text)).run();
        for (qsizetype m = 0; m < it.images.size(); ++m)
            storeImage(it.images[m], itemId, int(m));
        for (const QString& t : it.tags)
            if (!t.trimmed().isEmpty())
                addTag.bind(1, itemId).bind(2, tagId(t.trimmed())).run();
    }
    out.itemCount = int(items.size());
    linksChanged();
    tx.commit();
    // Queued only once the file's savepoint holds: a file that rolls back leaves nothing behind.
    std::move(pending.begin(), pending.end(), std::back_inserter(m_pendingIndex));
    return out;
}

void Library::setIndexDeferred(bool deferred)
{
    if (!deferred)
        writePendingIndex();
    m_indexDeferred = deferred;
}

void Library::writePendingIndex()
{
    if (m_pendingIndex.empty())
        return;
    sql::Transaction tx(m_db);
    auto& indexRow = m_db.cached("INSERT INTO item_fts(rowid, title, text) VALUES(?1, ?2, ?3)");
    for (const PendingIndexRow& row : m_pendingIndex)
        indexRow.bind(1, row.itemId).bind(2, row.title).bind(3, row.text).run();
    tx.commit();
    m_pendingIndex.clear();
}

void Library::discardPendingIndex() { m_pendingIndex.clear(); }

}  // namespace digest
