#pragma once
// The library: one SQLite file plus a media folder beside it. This class is
// the store's query module: every SQL statement of the store lives in
// Library.cpp, with bound parameters only. One Library per thread (SQLite
// connections are not shared); WAL lets the GUI read while an import writes.

#include "Records.h"
#include "Sqlite.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace digest {

namespace search {
class EntityDictionary;
}

struct IssueSummary {
    qint64 id = 0;
    QString slug, title, date, lastmod, kind, sourcePath, image, description, series;
    int number = 0;
    int itemCount = 0;
    int unreadCount = 0;
    QStringList tags, categories;
};

struct ImageInfo {
    QString src, alt;
    QString storedPath;  // absolute path of the copy in the media folder, empty if not stored
    bool remote = false;
    bool stored = false;
};

struct LinkInfo {
    QString url, text;
};

struct ItemRecord {
    qint64 id = 0, issueId = 0;
    int position = 0;
    QString title, text, html;
    std::optional<QString> sourceUrl;
    QList<LinkInfo> links;
    QList<ImageInfo> images;
    QStringList tags;
    qint64 startMs = -1;
    int line = 0;
    bool read = false, starred = false;
    QString issueSlug, issueTitle, issueDate, issueKind;
};

struct IssueDetail {
    IssueSummary summary;
    QString intro, outro;
    QJsonObject metadata;
    QStringList sourcePaths;
    QList<ItemRecord> items;
};

struct SearchHit {
    qint64 itemId = 0;
    QString issueSlug;
    int position = 0;
    QString title, date;
    QString snippet;      // HTML-escaped text around the match, the match in <mark>…</mark>
    double score = 0;     // bm25 (lower is better)
    bool straddling = false;  // only matches that cut through a word (认可|灵活 for 可灵)
};

// What the item list shows; every field narrows the set (AND).
struct ItemFilter {
    enum class Scope { All, Unread, Starred };
    Scope scope = Scope::All;
    qint64 issueId = 0;      // 0: any issue
    QString month;           // "YYYY-MM" or "YYYY": issues dated then
    QString series;          // issues of one series
    QString tag;             // issue tag/category or item tag
    qint64 entityId = 0;     // items mentioning this entity (a company also matches its models)
    QString text;            // a search in the query language (see search::QueryParser)
};

enum class ItemSort { NewestFirst, OldestFirst, Title, Relevance };

struct ItemRow {
    qint64 id = 0, issueId = 0;
    int position = 0;
    QString title, issueTitle, issueSlug, date;
    bool read = false, starred = false;
    QStringList entities;  // canonical names of the entities it mentions, most mentioned first
};

struct EntitySummary {
    qint64 id = 0;
    QString name, kind;
    QString maker;          // models: the company that makes them
    QStringList aliases;
    int itemCount = 0;      // items mentioning it (for a company: it or any of its models; for a model: its family)
    qint64 familyId = 0;    // models: the nearest family it belongs to (GLM-4.7-Flash: GLM-4.7), 0 when none
};

struct PeriodCount {
    QString period;  // "YYYY-MM"
    int issues = 0;
    int items = 0;
};

struct NameCount {
    QString name;
    int count = 0;
};

// Outcome of storing one parsed file.
struct StoreOutcome {
    enum class Status { Imported, Updated, Unchanged };
    Status status = Status::Imported;
    qint64 issueId = 0;
    QString slug;
    int itemCount = 0;
    int itemsKept = 0, itemsAdded = 0, itemsRemoved = 0;
    int imagesStored = 0, imagesMissing = 0;
    QString mergedWith;  // another source path already feeding this slug
};

class Library {
public:
    // The default location: $DIGEST_DB, else <AppDataLocation>/library.sqlite.
    static QString defaultPath();
    // What storeIssue matches unchanged items by: SHA-1 over title, text, source link and image sources.
    static QString itemContentHash(const ParsedItem& item);
    // The fields of an item that follow from the others (Records.h), filled
    // where unset: its entity mentions and unknown model names, and with
    // deriveItemFields also its stored HTML and content hash. The importer
    // calls this on its worker threads; the store for whatever is still unset.
    static void deriveEntityLinks(ParsedItem& item, const search::EntityDictionary& dictionary);
    static void deriveItemFields(ParsedItem& item, const search::EntityDictionary& dictionary);

    // Slow one-time work when opening a library an older version wrote:
    // upgrading its schema (after a backup copy), or rebuilding the search
    // index because the tokenizer changed. Told once, before it starts.
    struct Upgrade {
        int fromVersion = 0, toVersion = 0;  // schema versions; equal when only the index is rebuilt
        QString backupPath;                  // the copy made first ("" when none)
    };
    using UpgradeNotice = std::function<void(const Upgrade&)>;

    // Auto: read-write when this user can write the file and its folder, else
    // read-only (see isReadOnly()). ReadOnly: read-only in any case.
    enum class Access { Auto, ReadOnly };

    // Opens (creating and migrating) the library at `path`.
    // cancel (optional): set from another thread, an open waiting for another
    // process's upgrade gives up (so does one on a QThread asked to stop).
    explicit Library(const QString& path, const UpgradeNotice& notice = {}, Access access = Access::Auto,
                     const std::atomic_bool* cancel = nullptr);
    ~Library();
    Library(const Library&) = delete;
    Library& operator=(const Library&) = delete;

    QString path() const { return m_path; }
    QString mediaDir() const;
    QString lastBackupPath() const { return m_backupPath; }
    // A library in a file or folder this user cannot write opens read-only:
    // it can be read and searched; marks, imports and relinking throw.
    bool isReadOnly() const { return m_readOnly; }
    // Throws sql::Error (SQLITE_READONLY) saying so when the library is read-only.
    void requireWritable() const;
    sql::Database& database() { return m_db; }

    // The words of a search to highlight in titles and bodies: its terms and
    // their aliases (no operators, no prefixes).
    static QStringList highlightTerms(const QString& query);
    // The names after company: or model: that no entity goes by (such a
    // query finds nothing); pure text work, like highlightTerms.
    static QStringList unknownEntityNames(const QString& query);

    // The entity dictionary: resources/entities.toml (built in) plus the
    // user's entities.toml in the config folder; loaded once per process.
    static std::shared_ptr<const search::EntityDictionary> defaultDictionary();
    static QString userDictionaryPath();
    static QStringList defaultDictionaryProblems();
    // Names the tokenizer splits out of glued words; the built-in dictionary's only.
    static QStringList builtinGluedNames();
    // For tests and tools: use another dictionary for linking and alias expansion.
    void setDictionary(std::shared_ptr<const search::EntityDictionary> dictionary);
    const search::EntityDictionary& dictionary() const { return *m_dictionary; }

    // -- reading
    // Newest first. Brief: without description, tags and categories (what a
    // list of issues shows; 52 instead of 75 ms for 10,000 issues).
    enum class IssueFields { All, Brief };
    QList<IssueSummary> issues(IssueFields fields = IssueFields::All);
    std::optional<IssueSummary> issueSummary(qint64 id);
    std::optional<IssueSummary> issueBySlug(const QString& slug);
    std::optional<IssueDetail> issue(const QString& slugOrId);  // a slug wins over an id ("2" is slug 2 first)
    std::optional<IssueDetail> issueById(qint64 id);
    std::optional<ItemRecord> item(qint64 id);
    // Ranked search (bm25, then recency; matches that only cut through words
    // rank last) in the query language: words, "phrases", -word, OR,
    // company: model: tag: issue: after: before:. Any input is valid.
    QList<SearchHit> search(const QString& query, int limit = 50, int offset = 0);
    int countSearch(const QString& query);
    int countItems(const ItemFilter& filter);
    QList<ItemRow> itemRows(const ItemFilter& filter, ItemSort sort, int offset, int limit);
    QList<PeriodCount> periods();
    QList<NameCount> tags();
    QList<NameCount> seriesList();
    // Entities with at least one mention, most mentioned first; kind filters ("company", "model"), empty: all.
    QList<EntitySummary> entities(const QString& kind = {}, bool includeUnmentioned = false);
    std::optional<EntitySummary> entity(qint64 id);
    std::optional<EntitySummary> entityByName(const QString& nameOrAlias);
    // A company's models, or a model family's members (Gemini: Gemini 1.5 Pro…).
    QList<EntitySummary> modelsOf(qint64 entityId);
    // Items per month ("YYYY-MM") that mention the entity (or, for a company, its models; for a model, its family).
    QList<PeriodCount> entityMentionsPerMonth(qint64 entityId);
    QStringList entityNamesOfItem(qint64 itemId);
    QList<NameCount> discoveredNames();
    int itemTotal();
    int unreadTotal();
    int starredTotal();

    // -- marks (survive re-imports)
    void setRead(qint64 itemId, bool read);
    void setStarred(qint64 itemId, bool starred);
    void markIssueRead(qint64 issueId, bool read = true);

    // Every stored source file with the hash of its content (for a fast "unchanged?" check off-thread).
    QHash<QString, QString> sourceHashes();

    // Brings the entities table in line with the dictionary and links every
    // item again (after the dictionary changed). Returns the items linked.
    int relinkEntities(const std::function<void(int done, int total)>& progress = {});

    // -- writing (one file = one transaction)
    // True when `sourcePath` was imported before with exactly `contentHash`.
    bool isUnchanged(const QString& sourcePath, const QString& contentHash);
    StoreOutcome storeIssue(const ParsedIssue& issue, const QString& sourcePath, const QString& contentHash);

    // -- bulk import. FTS5 writes its in-memory index out as a new segment at
    // every savepoint, so indexing each file inside its own savepoint made one
    // tiny segment per file and merged them over and over (a third of the
    // import's time). While indexing is deferred, storeIssue() queues the new
    // items' index rows and the caller writes them with writePendingIndex()
    // outside any savepoint, before it commits. A file that replaces stored
    // items writes the queue first, so FTS5 never deletes a row it has not seen.
    void setIndexDeferred(bool deferred);
    void writePendingIndex();
    // The transaction holding the queued rows' items rolled back: forget them.
    void discardPendingIndex();
    qsizetype pendingIndexRows() const { return qsizetype(m_pendingIndex.size()); }

private:
    void prepareForWriting();
    void upgradeIfNeeded(const QStringList& gluedNames, const UpgradeNotice& notice, const std::atomic_bool* cancel);
    // Entity item counts are kept in entity_counts (migration 11): every
    // change to links bumps a generation, and entities() recounts once when
    // it differs. False when the counts cannot be kept (read-only, busy).
    void linksChanged();
    bool refreshEntityCounts();
    static constexpr int kUpgradeWaitMs = 10 * 60 * 1000;  // for another process's upgrade of the same file
    static constexpr int kUpgradeQuietMs = 2000;  // waited before saying so (creating a library takes far less)
    void requireCurrentSchema();
    std::optional<IssueDetail> issueDetail(sql::Statement& summaryRow);
    void loadEntityIds();
    struct CompiledQuery;
    CompiledQuery compile(const QString& query) const;
    struct Conditions;
    static Conditions conditions(const ItemFilter& f, const CompiledQuery& q);
    const char* itemsSource(const ItemFilter& f, const CompiledQuery& q, const Conditions& c, bool sortsByTitle);
    void syncEntities();
    // fresh: the item was just inserted, so it has no old links to clear
    // (items.id is AUTOINCREMENT, never reused, and links of deleted items
    // go with them by ON DELETE CASCADE).
    // item: with deriveEntityLinks() done.
    void linkItem(qint64 itemId, const ParsedItem& item, bool fresh = false);
    qint64 tagId(const QString& name);
    QString storeImageFile(const ImageRef& image, bool* missing);
    QList<ImageInfo> imagesOf(qint64 itemId);

    QString m_path;
    QString m_backupPath;
    bool m_readOnly = false;
    sql::Database m_db;
    std::shared_ptr<const search::EntityDictionary> m_dictionary;
    QHash<QString, qint64> m_entityIds;  // canonical name → entities.id
    struct PendingIndexRow {
        qint64 itemId;
        QByteArray title, text;  // UTF-8, as bound: converted once for the row and its index entry
    };
    bool m_indexDeferred = false;
    std::vector<PendingIndexRow> m_pendingIndex;
};

}  // namespace digest
