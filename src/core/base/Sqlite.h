#pragma once
// A thin RAII layer over the SQLite C API. We own the sqlite3* handle (rather
// than going through QtSql) so that FTS5 tokenizers and functions can be
// registered on it, and so every statement is prepared with bound parameters.

#include <QByteArray>
#include <QString>

#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <stdexcept>
#include <string>

struct sqlite3;
struct sqlite3_stmt;
struct fts5_api;

namespace digest::sql {

class Error : public std::runtime_error {
public:
    Error(int code, const std::string& message) : std::runtime_error(message), m_code(code) {}
    int code() const { return m_code; }
private:
    int m_code;
};

class Statement;

// The connection's FTS5 API (version 2 or later), to register tokenizers and
// auxiliary functions with; throws when SQLite has no FTS5.
fts5_api* fts5Api(sqlite3* db);

class Database {
public:
    // ReadOnly never writes, but in WAL mode SQLite still creates the shared
    // memory file (-shm) beside the database. Immutable is for a file in a
    // folder we cannot write (read-only media, another user's folder):
    // SQLite then takes no locks and makes no files, trusting that nobody
    // changes the file while it is open.
    enum class Access { ReadWrite, ReadOnly, Immutable };

    Database() = default;
    // Opens (creating if needed, for ReadWrite) the file; ":memory:" for an in-memory database.
    explicit Database(const QString& path, Access access = Access::ReadWrite);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void open(const QString& path, Access access = Access::ReadWrite);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    // False in autocommit mode, also after SQLite rolled a transaction back
    // by itself (disk full, I/O error).
    bool inTransaction() const;
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

    // Runs one or more statements without parameters (schema, pragmas).
    void exec(const char* sql);
    Statement prepare(const char* sql) const;
    // A prepared statement kept for the life of the connection, reset and
    // unbound, for statements run thousands of times (the import's inserts).
    // Not for nested use of the same SQL text.
    Statement& cached(const char* sql);
    // Resets every cached statement, so none holds a read snapshot open.
    void resetCached();
    std::int64_t lastInsertId() const;
    // How long a statement waits for another connection's lock (default kBusyTimeoutMs).
    static constexpr int kBusyTimeoutMs = 5000;
    void setBusyTimeout(int ms);
    void interrupt();

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    std::unique_ptr<std::unordered_map<std::string, Statement>> m_cache;
};

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.
    template <std::integral T>
    Statement& bind(int index, T value) { return bindInt64(index, static_cast<std::int64_t>(value)); }
    Statement& bindInt64(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);   // null QString binds NULL
    Statement& bind(int index, const QByteArray& value);  // as text (UTF-8)
    Statement& bind(int index, const char* value);
    Statement& bind(int index, const std::optional<QString>& value);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, const QByteArray& value);

    // Advances; true while a row is available.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    bool isBlob(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;         // NULL gives a null QString
    QByteArray blob(int column) const;
    std::optional<QString> optionalText(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// Rolls back unless commit() is called. At the outermost level it is
// BEGIN IMMEDIATE (so writers never deadlock upgrading a read lock); inside
// another transaction it is a SAVEPOINT, so a nested unit (one imported file
// inside an import batch) rolls back alone and leaves the rest intact.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_nested = false;
    bool m_done = false;
};

// One read snapshot for several statements (BEGIN, then COMMIT): they see
// the same data, and in WAL mode the shared lock is taken once instead of
// once per statement. Inside another transaction it does nothing.
class ReadTransaction {
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& m_db;
    bool m_active = false;
};

}  // namespace digest::sql
