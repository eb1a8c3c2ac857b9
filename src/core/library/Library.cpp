#include "Library.h"

#include "Migrations.h"
#include "Text.h"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace digest {

namespace {

// digest_fold(text): ICU NFKC case folding inside SQL, so substring filters
// treat ＧＰＴ and gpt, Qwen and QWEN alike.
void sqlFold(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray folded = text::foldCase(QString::fromUtf8(p, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(ctx, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

QString itemHash(const ParsedItem& item)
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

// Snippet: the match with some context either side, for the plain substring search.
QString snippetAround(const QString& text, const QString& foldedNeedle)
{
    const QString folded = text::foldCase(text);
    qsizetype at = folded.indexOf(foldedNeedle);
    if (at < 0 || folded.size() != text.size())  // folding changed lengths; fall back to a prefix
        at = std::max<qsizetype>(0, text.indexOf(foldedNeedle, 0, Qt::CaseInsensitive));
    const qsizetype from = std::max<qsizetype>(0, at - 30);
    QString s = text.mid(from, 30 + foldedNeedle.size() + 50).simplified();
    if (from > 0)
        s.prepend(QStringLiteral("…"));
    if (from + 30 + foldedNeedle.size() + 50 < text.size())
        s.append(QStringLiteral("…"));
    return s;
}

}  // namespace

QString Library::defaultPath()
{
    const QString env = qEnvironmentVariable("DIGEST_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/library.sqlite");
}

Library::Library(const QString& path) : m_path(path)
{
    if (path != QLatin1String(":memory:"))
        QDir().mkpath(QFileInfo(path).absolutePath());
    m_db.open(path);
    sqlite3_create_function_v2(m_db.handle(), "digest_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               sqlFold, nullptr, nullptr, nullptr);
    // WAL: readers (the GUI) never block the importer; NORMAL is durable in WAL
    // mode except for the last transactions on power loss, never corrupting.
    m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA synchronous = NORMAL");
    m_db.exec("PRAGMA foreign_keys = ON");
    m_db.exec("PRAGMA temp_store = MEMORY");
    m_backupPath = Migrations::migrate(m_db);
}

Library::~Library() = default;

QString Library::mediaDir() const
{
    if (m_path == QLatin1String(":memory:"))
        return QDir::temp().filePath(QStringLiteral("digest-memory-media"));
    const QFileInfo fi(m_path);
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral("-media");
}

// ---------------------------------------------------------------- reading

QStringList Library::highlightTerms(const QString& query)
{
    QStringList out;
    const QString trimmed = query.trimmed();
    if (!trimmed.isEmpty())
        out.append(trimmed);
    return out;
}

static const char* const kIssueColumns = R"SQL(
    SELECT iss.id, iss.slug, iss.title, iss.date, iss.lastmod, iss.kind, iss.source_path, iss.image,
           iss.description, iss.series, iss.number,
           (SELECT count(*) FROM items WHERE issue_id = iss.id),
           (SELECT count(*) FROM items WHERE issue_id = iss.id AND NOT is_read),
           (SELECT group_concat(t.name, char(31)) FROM issue_tags it JOIN tags t ON t.id = it.tag_id
              WHERE it.issue_id = iss.id AND it.role = 'tag'),
           (SELECT group_concat(t.name, char(31)) FROM issue_tags it JOIN tags t ON t.id = it.tag_id
              WHERE it.issue_id = iss.id AND it.role = 'category')
    FROM issues iss
)SQL";

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

QList<IssueSummary> Library::issues()
{
    auto s = m_db.prepare((std::string(kIssueColumns) + " ORDER BY iss.date DESC, iss.id DESC").c_str());
    QList<IssueSummary> out;
    while (s.step())
        out.append(readIssueSummary(s));
    return out;
}

std::optional<IssueSummary> Library::issueSummary(qint64 id)
{
    auto s = m_db.prepare((std::string(kIssueColumns) + " WHERE iss.id = ?1").c_str());
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readIssueSummary(s);
}

std::optional<IssueDetail> Library::issue(const QString& slugOrId)
{
    auto s = m_db.prepare((std::string(kIssueColumns) + " WHERE iss.slug = ?1 OR (?2 > 0 AND iss.id = ?2)").c_str());
    bool isNumber = false;
    const qint64 id = slugOrId.toLongLong(&isNumber);
    s.bind(1, slugOrId).bind(2, isNumber ? id : std::int64_t(0));
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
        SELECT i.id, i.issue_id, i.position, i.title, i.text, i.html, i.source_url, i.start_ms, i.line,
               i.is_read, i.is_starred, iss.slug, iss.title, iss.date, iss.kind
        FROM items i JOIN issues iss ON iss.id = i.issue_id WHERE i.id = ?1)SQL");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    ItemRecord r;
    r.id = s.int64(0);
    r.issueId = s.int64(1);
    r.position = s.integer(2);
    r.title = s.text(3);
    r.text = s.text(4);
    r.html = s.text(5);
    r.sourceUrl = s.optionalText(6);
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

QList<SearchHit> Library::search(const QString& query, int limit, int offset)
{
    QList<SearchHit> out;
    const QString needle = text::foldCase(query.trimmed());
    if (needle.isEmpty())
        return out;
    auto s = m_db.prepare(R"SQL(
        SELECT i.id, iss.slug, i.position, i.title, i.text, iss.date
        FROM items i JOIN issues iss ON iss.id = i.issue_id
        WHERE instr(digest_fold(i.title), ?1) > 0 OR instr(digest_fold(i.text), ?1) > 0
        ORDER BY iss.date DESC, iss.id DESC, i.position
        LIMIT ?2 OFFSET ?3)SQL");
    s.bind(1, needle).bind(2, limit).bind(3, offset);
    while (s.step()) {
        SearchHit h;
        h.itemId = s.int64(0);
        h.issueSlug = s.text(1);
        h.position = s.integer(2);
        h.title = s.text(3);
        const QString body = s.text(4);
        h.snippet = snippetAround(text::foldCase(h.title).contains(needle) && !text::foldCase(body).contains(needle)
                                      ? h.title
                                      : body,
                                  needle);
        h.date = s.text(5);
        out.append(h);
    }
    return out;
}

// The item list's WHERE clause, from fixed fragments; values are always bound.
// Parameter numbers: ?1 scope flag, ?2 issue, ?3 month prefix, ?4 series, ?5 tag, ?6 folded text.
static const char* const kItemWhere = R"SQL(
    FROM items i JOIN issues iss ON iss.id = i.issue_id
    WHERE (?1 = 0 OR (?1 = 1 AND NOT i.is_read) OR (?1 = 2 AND i.is_starred))
      AND (?2 = 0 OR i.issue_id = ?2)
      AND (?3 = '' OR substr(iss.date, 1, length(?3)) = ?3)
      AND (?4 = '' OR iss.series = ?4)
      AND (?5 = '' OR EXISTS (SELECT 1 FROM issue_tags it JOIN tags t ON t.id = it.tag_id
                                WHERE it.issue_id = iss.id AND t.name = ?5)
                   OR EXISTS (SELECT 1 FROM item_tags it JOIN tags t ON t.id = it.tag_id
                                WHERE it.item_id = i.id AND t.name = ?5))
      AND (?6 = '' OR instr(digest_fold(i.title), ?6) > 0 OR instr(digest_fold(i.text), ?6) > 0)
      AND (?9 = 0 OR EXISTS (SELECT 1 FROM item_entities ie WHERE ie.item_id = i.id
                               AND (ie.entity_id = ?9 OR ie.entity_id IN (SELECT id FROM entities WHERE maker_id = ?9))))
)SQL";

static void bindFilter(sql::Statement& s, const ItemFilter& f)
{
    s.bind(1, int(f.scope));
    s.bind(2, f.issueId);
    s.bind(3, f.month.isNull() ? QStringLiteral("") : f.month);
    s.bind(4, f.series.isNull() ? QStringLiteral("") : f.series);
    s.bind(5, f.tag.isNull() ? QStringLiteral("") : f.tag);
    s.bind(6, text::foldCase(f.text.trimmed()));
    s.bind(9, f.entityId);
}

int Library::countItems(const ItemFilter& filter)
{
    auto s = m_db.prepare((std::string("SELECT count(*) ") + kItemWhere).c_str());
    bindFilter(s, filter);
    return s.step() ? s.integer(0) : 0;
}

QList<ItemRow> Library::itemRows(const ItemFilter& filter, ItemSort sort, int offset, int limit)
{
    // The three orders are whole statements, not spliced user text.
    static const char* const orders[] = {
        " ORDER BY iss.date DESC, iss.id DESC, i.position ASC LIMIT ?7 OFFSET ?8",
        " ORDER BY iss.date ASC, iss.id ASC, i.position ASC LIMIT ?7 OFFSET ?8",
        " ORDER BY i.title COLLATE NOCASE ASC, i.id ASC LIMIT ?7 OFFSET ?8",
    };
    const std::string sqlText = std::string("SELECT i.id, i.issue_id, i.position, i.title, iss.title, iss.slug, "
                                            "iss.date, i.is_read, i.is_starred ")
                                + kItemWhere + orders[int(sort)];
    auto s = m_db.prepare(sqlText.c_str());
    bindFilter(s, filter);
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
        out.append(r);
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
        GROUP BY series ORDER BY series)SQL");
    QList<NameCount> out;
    while (s.step())
        out.append({s.text(0), s.integer(1)});
    return out;
}

// Item count of an entity: items mentioning it or, for a company, one of its models.
static const char* const kEntityColumns = R"SQL(
    SELECT e.id, e.name, e.kind, m.name, e.aliases,
           (SELECT count(DISTINCT ie.item_id) FROM item_entities ie
              WHERE ie.entity_id = e.id OR ie.entity_id IN (SELECT id FROM entities WHERE maker_id = e.id)) AS n
    FROM entities e LEFT JOIN entities m ON m.id = e.maker_id
)SQL";

static EntitySummary readEntity(const sql::Statement& s)
{
    EntitySummary e;
    e.id = s.int64(0);
    e.name = s.text(1);
    e.kind = s.text(2);
    e.maker = s.text(3);
    e.aliases = splitList(s.text(4));
    e.itemCount = s.integer(5);
    return e;
}

QList<EntitySummary> Library::entities(const QString& kind, bool includeUnmentioned)
{
    auto s = m_db.prepare((std::string(kEntityColumns)
                           + " WHERE (?1 = '' OR e.kind = ?1) AND (?2 OR n > 0) ORDER BY n DESC, e.name")
                              .c_str());
    s.bind(1, nn(kind)).bind(2, includeUnmentioned ? 1 : 0);
    QList<EntitySummary> out;
    while (s.step())
        out.append(readEntity(s));
    return out;
}

std::optional<EntitySummary> Library::entity(qint64 id)
{
    auto s = m_db.prepare((std::string(kEntityColumns) + " WHERE e.id = ?1").c_str());
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readEntity(s);
}

std::optional<EntitySummary> Library::entityByName(const QString& nameOrAlias)
{
    const QString key = text::foldCase(nameOrAlias.trimmed());
    if (key.isEmpty())
        return std::nullopt;
    // instr() narrows to candidates; the exact alias comparison happens here.
    auto s = m_db.prepare(R"SQL(SELECT id, key, aliases FROM entities
                                 WHERE key = ?1 OR instr(digest_fold(aliases), ?1) > 0
                                 ORDER BY key = ?1 DESC, id)SQL");
    s.bind(1, key);
    while (s.step()) {
        if (s.text(1) == key)
            return entity(s.int64(0));
        const QStringList aliases = splitList(s.text(2));
        if (std::any_of(aliases.begin(), aliases.end(), [&](const QString& a) { return text::foldCase(a) == key; }))
            return entity(s.int64(0));
    }
    return std::nullopt;
}

QList<EntitySummary> Library::modelsOf(qint64 companyId)
{
    auto s = m_db.prepare((std::string(kEntityColumns) + " WHERE e.maker_id = ?1 ORDER BY n DESC, e.name").c_str());
    s.bind(1, companyId);
    QList<EntitySummary> out;
    while (s.step())
        out.append(readEntity(s));
    return out;
}

QList<PeriodCount> Library::entityMentionsPerMonth(qint64 entityId)
{
    auto s = m_db.prepare(R"SQL(
        SELECT substr(iss.date, 1, 7) AS period, count(DISTINCT iss.id), count(DISTINCT i.id)
        FROM item_entities ie JOIN items i ON i.id = ie.item_id JOIN issues iss ON iss.id = i.issue_id
        WHERE (ie.entity_id = ?1 OR ie.entity_id IN (SELECT id FROM entities WHERE maker_id = ?1))
          AND iss.date IS NOT NULL AND length(iss.date) >= 7
        GROUP BY period ORDER BY period)SQL");
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
    auto s = m_db.prepare("UPDATE items SET is_read = ?2 WHERE id = ?1");
    s.bind(1, itemId).bind(2, read ? 1 : 0).run();
}

void Library::setStarred(qint64 itemId, bool starred)
{
    auto s = m_db.prepare("UPDATE items SET is_starred = ?2 WHERE id = ?1");
    s.bind(1, itemId).bind(2, starred ? 1 : 0).run();
}

void Library::markIssueRead(qint64 issueId, bool read)
{
    auto s = m_db.prepare("UPDATE items SET is_read = ?2 WHERE issue_id = ?1");
    s.bind(1, issueId).bind(2, read ? 1 : 0).run();
}

// ---------------------------------------------------------------- writing

bool Library::isUnchanged(const QString& sourcePath, const QString& contentHash)
{
    auto s = m_db.prepare("SELECT 1 FROM issue_sources WHERE path = ?1 AND content_hash = ?2");
    s.bind(1, sourcePath).bind(2, contentHash);
    return s.step();
}

qint64 Library::tagId(const QString& name)
{
    auto ins = m_db.prepare("INSERT INTO tags(name) VALUES(?1) ON CONFLICT(name) DO NOTHING");
    ins.bind(1, name).run();
    auto sel = m_db.prepare("SELECT id FROM tags WHERE name = ?1");
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
    StoreOutcome out;
    out.slug = parsed.slug;
    sql::Transaction tx(m_db);

    // A file that used to feed another issue (its slug changed) leaves it;
    // an issue left without any source file goes with it.
    {
        auto prev = m_db.prepare(R"SQL(
            SELECT s.issue_id FROM issue_sources s JOIN issues iss ON iss.id = s.issue_id
            WHERE s.path = ?1 AND iss.slug <> ?2)SQL");
        prev.bind(1, sourcePath).bind(2, parsed.slug);
        if (prev.step()) {
            const qint64 oldIssue = prev.int64(0);
            auto del = m_db.prepare("DELETE FROM issue_sources WHERE path = ?1");
            del.bind(1, sourcePath).run();
            auto orphan = m_db.prepare(
                "DELETE FROM issues WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM issue_sources WHERE issue_id = ?1)");
            orphan.bind(1, oldIssue).run();
        }
    }

    qint64 issueId = 0;
    {
        auto find = m_db.prepare("SELECT id FROM issues WHERE slug = ?1");
        find.bind(1, parsed.slug);
        if (find.step())
            issueId = find.int64(0);
    }
    if (issueId) {
        auto other = m_db.prepare("SELECT path FROM issue_sources WHERE issue_id = ?1 AND path <> ?2 LIMIT 1");
        other.bind(1, issueId).bind(2, sourcePath);
        if (other.step())
            out.mergedWith = other.text(0);
    }

    const QString metadata = QString::fromUtf8(QJsonDocument(parsed.metadata).toJson(QJsonDocument::Compact));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!issueId) {
        auto ins = m_db.prepare(R"SQL(
            INSERT INTO issues(slug, kind, title, date, lastmod, description, image, series, number, intro, outro,
                               metadata, source_path, content_hash, imported_at)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15))SQL");
        ins.bind(1, parsed.slug).bind(2, parsed.kind).bind(3, nn(parsed.title)).bind(4, parsed.date)
            .bind(5, parsed.lastmod).bind(6, parsed.description).bind(7, parsed.image).bind(8, parsed.series)
            .bind(9, parsed.number).bind(10, parsed.intro).bind(11, parsed.outro).bind(12, metadata)
            .bind(13, sourcePath).bind(14, contentHash).bind(15, now);
        ins.run();
        issueId = m_db.lastInsertId();
        out.status = StoreOutcome::Status::Imported;
    } else {
        auto upd = m_db.prepare(R"SQL(
            UPDATE issues SET kind = ?2, title = ?3, date = ?4, lastmod = ?5, description = ?6, image = ?7,
                   series = ?8, number = ?9, intro = ?10, outro = ?11, metadata = ?12, source_path = ?13,
                   content_hash = ?14, imported_at = ?15
            WHERE id = ?1)SQL");
        upd.bind(1, issueId).bind(2, parsed.kind).bind(3, nn(parsed.title)).bind(4, parsed.date)
            .bind(5, parsed.lastmod).bind(6, parsed.description).bind(7, parsed.image).bind(8, parsed.series)
            .bind(9, parsed.number).bind(10, parsed.intro).bind(11, parsed.outro).bind(12, metadata)
            .bind(13, sourcePath).bind(14, contentHash).bind(15, now);
        upd.run();
        out.status = StoreOutcome::Status::Updated;
    }
    out.issueId = issueId;
    {
        auto src = m_db.prepare(R"SQL(
            INSERT INTO issue_sources(path, issue_id, content_hash) VALUES(?1, ?2, ?3)
            ON CONFLICT(path) DO UPDATE SET issue_id = excluded.issue_id, content_hash = excluded.content_hash)SQL");
        src.bind(1, sourcePath).bind(2, issueId).bind(3, contentHash).run();
    }

    // Issue tags and categories are replaced wholesale.
    {
        auto clear = m_db.prepare("DELETE FROM issue_tags WHERE issue_id = ?1");
        clear.bind(1, issueId).run();
        auto add = m_db.prepare("INSERT OR IGNORE INTO issue_tags(issue_id, tag_id, role) VALUES(?1, ?2, ?3)");
        for (const QString& t : parsed.tags)
            if (!t.trimmed().isEmpty())
                add.bind(1, issueId).bind(2, tagId(t.trimmed())).bind(3, "tag").run();
        for (const QString& c : parsed.categories)
            if (!c.trimmed().isEmpty())
                add.bind(1, issueId).bind(2, tagId(c.trimmed())).bind(3, "category").run();
    }

    auto addImage = m_db.prepare(R"SQL(
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
        auto clear = m_db.prepare("DELETE FROM images WHERE issue_id = ?1 AND item_id IS NULL");
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
        QString hash, title;
        bool used = false;
    };
    QList<OldItem> old;
    {
        auto s = m_db.prepare("SELECT id, content_hash, title FROM items WHERE issue_id = ?1 ORDER BY position");
        s.bind(1, issueId);
        while (s.step())
            old.append({s.int64(0), s.text(1), s.text(2)});
    }
    QList<QString> hashes;
    QList<qint64> matched(parsed.items.size(), 0);
    for (const ParsedItem& it : parsed.items)
        hashes.append(itemHash(it));
    for (qsizetype n = 0; n < parsed.items.size(); ++n)
        for (OldItem& o : old)
            if (!o.used && o.hash == hashes[n]) {
                o.used = true;
                matched[n] = o.id;
                break;
            }
    for (qsizetype n = 0; n < parsed.items.size(); ++n) {
        if (matched[n])
            continue;
        for (OldItem& o : old)
            if (!o.used && o.title == parsed.items[n].title) {
                o.used = true;
                matched[n] = o.id;
                break;
            }
    }
    {
        auto del = m_db.prepare("DELETE FROM items WHERE id = ?1");
        for (const OldItem& o : old)
            if (!o.used) {
                del.bind(1, o.id).run();
                ++out.itemsRemoved;
            }
    }

    auto insItem = m_db.prepare(R"SQL(
        INSERT INTO items(issue_id, position, title, text, html, source_url, start_ms, line, content_hash)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))SQL");
    auto updItem = m_db.prepare(R"SQL(
        UPDATE items SET position = ?2, title = ?3, text = ?4, html = ?5, source_url = ?6, start_ms = ?7, line = ?8,
               content_hash = ?9
        WHERE id = ?1)SQL");
    auto clearLinks = m_db.prepare("DELETE FROM links WHERE item_id = ?1");
    auto clearImages = m_db.prepare("DELETE FROM images WHERE item_id = ?1");
    auto clearTags = m_db.prepare("DELETE FROM item_tags WHERE item_id = ?1");
    auto addLink = m_db.prepare("INSERT INTO links(item_id, position, url, text) VALUES(?1, ?2, ?3, ?4)");
    auto addTag = m_db.prepare("INSERT OR IGNORE INTO item_tags(item_id, tag_id) VALUES(?1, ?2)");

    for (qsizetype n = 0; n < parsed.items.size(); ++n) {
        const ParsedItem& it = parsed.items[n];
        const int position = int(n) + 1;
        qint64 itemId = matched[n];
        sql::Statement& st = itemId ? updItem : insItem;
        st.bind(1, itemId ? itemId : issueId).bind(2, position).bind(3, nn(it.title)).bind(4, nn(it.text)).bind(5, nn(it.html))
            .bind(6, it.sourceUrl);
        if (it.startMs >= 0)
            st.bind(7, it.startMs);
        else
            st.bindNull(7);
        st.bind(8, it.line).bind(9, hashes[n]);
        st.run();
        if (itemId) {
            clearLinks.bind(1, itemId).run();
            clearImages.bind(1, itemId).run();
            clearTags.bind(1, itemId).run();
            ++out.itemsKept;
        } else {
            itemId = m_db.lastInsertId();
            ++out.itemsAdded;
        }
        for (qsizetype l = 0; l < it.links.size(); ++l)
            addLink.bind(1, itemId).bind(2, int(l)).bind(3, nn(it.links[l].url)).bind(4, nn(it.links[l].text)).run();
        for (qsizetype m = 0; m < it.images.size(); ++m)
            storeImage(it.images[m], itemId, int(m));
        for (const QString& t : it.tags)
            if (!t.trimmed().isEmpty())
                addTag.bind(1, itemId).bind(2, tagId(t.trimmed())).run();
    }
    out.itemCount = int(parsed.items.size());
    tx.commit();
    return out;
}

}  // namespace digest
