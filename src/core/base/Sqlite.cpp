#include "Sqlite.h"

#include <sqlite3.h>

#include <QFile>

namespace digest::sql {

namespace {
[[noreturn]] void fail(sqlite3* db, int rc, const char* what)
{
    std::string msg = what;
    msg += ": ";
    msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw Error(rc, msg);
}

// SQLite's allocation statistics take a global mutex around every malloc and
// free; nothing here reads them, and an import makes millions of allocations
// from two threads. Must run before SQLite initialises, so before the first open.
void configureOnce()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);  // SQLITE_MISUSE if already initialised: harmless
        return true;
    }();
    (void)configured;
}
}  // namespace

fts5_api* fts5Api(sqlite3* db)
{
    if (!db)
        throw Error(SQLITE_MISUSE, "FTS5: no database");
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
        rc = sqlite3_step(stmt);
        rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? SQLITE_OK : rc;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK || !api || api->iVersion < 2)
        throw Error(rc == SQLITE_OK ? SQLITE_ERROR : rc, std::string("FTS5 is not available: ") + sqlite3_errmsg(db));
    return api;
}

Database::Database(const QString& path, Access access) { open(path, access); }

Database::~Database() { close(); }

Database::Database(Database&& other) noexcept
    : m_db(other.m_db), m_path(std::move(other.m_path)), m_cache(std::move(other.m_cache))
{
    other.m_db = nullptr;
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
        other.m_db = nullptr;
    }
    return *this;
}

void Database::open(const QString& path, Access access)
{
    configureOnce();
    close();
    const int flags = (access == Access::ReadWrite ? (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) : SQLITE_OPEN_READONLY)
                      | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    sqlite3* db = nullptr;
    // As a URI, so that a path with '?' or '#' stays a path and Immutable can be said.
    QByteArray file = path == QLatin1String(":memory:")
                          ? QByteArray(":memory:")
                          : "file:" + QFile::encodeName(path).toPercentEncoding("/");
    if (access == Access::Immutable)
        file += "?immutable=1";
    const int rc = sqlite3_open_v2(file.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = "cannot open database " + path.toStdString() + ": "
                          + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        throw Error(rc, msg);
    }
    m_db = db;
    m_path = path;
    sqlite3_extended_result_codes(m_db, 1);
    // Another process (the CLI while the GUI is open) may hold the write lock briefly.
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
}

void Database::setBusyTimeout(int ms)
{
    if (m_db)
        sqlite3_busy_timeout(m_db, ms);
}

void Database::close()
{
    m_cache.reset();  // statements are finalized before the connection closes
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(const char* sqlText)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sqlText, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw Error(rc, msg);
    }
}

Statement Database::prepare(const char* sqlText) const { return Statement(m_db, sqlText); }

Statement& Database::cached(const char* sqlText)
{
    if (!m_cache)
        m_cache = std::make_unique<std::unordered_map<std::string, Statement>>();
    auto it = m_cache->find(sqlText);
    if (it == m_cache->end())
        it = m_cache->emplace(sqlText, Statement(m_db, sqlText)).first;
    it->second.reset();
    return it->second;
}

void Database::resetCached()
{
    if (m_cache)
        for (auto& [sqlText, statement] : *m_cache)
            statement.reset();
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

void Database::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

Statement::Statement(sqlite3* db, const char* sqlText) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sqlText, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc, "prepare");
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bindInt64(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(m_db, rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(m_db, rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    return bind(index, value.toUtf8());
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    const int rc = sqlite3_bind_text(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, const char* value)
{
    const int rc = sqlite3_bind_text(m_stmt, index, value, -1, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<QString>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        fail(m_db, rc, "bind");
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    const int rc = sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc, "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Take the message first, then reset so the statement can be bound and run again.
    std::string msg = std::string("step: ") + sqlite3_errmsg(m_db);
    sqlite3_reset(m_stmt);
    throw Error(rc, msg);
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

bool Statement::isBlob(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_BLOB; }

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

std::optional<QString> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

bool Database::inTransaction() const { return m_db && !sqlite3_get_autocommit(m_db); }

Transaction::Transaction(Database& db) : m_db(db), m_nested(!sqlite3_get_autocommit(db.handle()))
{
    m_db.exec(m_nested ? "SAVEPOINT digest_unit" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.resetCached();
            if (m_nested)
                m_db.exec("ROLLBACK TO digest_unit; RELEASE digest_unit");
            else
                m_db.exec("ROLLBACK");
        } catch (...) {
            // The connection may already have rolled back (e.g. after SQLITE_FULL).
        }
    }
}

void Transaction::commit()
{
    // A statement left mid-step keeps a read transaction open, and then the
    // automatic WAL checkpoint after COMMIT fails silently: the WAL would
    // grow without bound during a long import.
    m_db.resetCached();
    m_db.exec(m_nested ? "RELEASE digest_unit" : "COMMIT");
    m_done = true;
}

ReadTransaction::ReadTransaction(Database& db) : m_db(db), m_active(sqlite3_get_autocommit(db.handle()) != 0)
{
    if (m_active)
        m_db.exec("BEGIN");
}

ReadTransaction::~ReadTransaction()
{
    if (!m_active)
        return;
    try {
        m_db.resetCached();
        m_db.exec("COMMIT");
    } catch (...) {
        // Never leave the connection inside a transaction: the next writer
        // would take its BEGIN IMMEDIATE for a savepoint.
        if (!sqlite3_get_autocommit(m_db.handle()))
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

}  // namespace digest::sql
