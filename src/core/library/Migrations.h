#pragma once
// Numbered schema migrations. Each runs in its own transaction together with
// the bump of PRAGMA user_version, so a failed migration leaves the previous
// version intact; an existing library is copied (VACUUM INTO) before any runs.

#include "Sqlite.h"

#include <QList>

#include <functional>

namespace digest {

struct Migration {
    int version;
    const char* sql;
};

class Migrations {
public:
    static const QList<Migration>& all();
    static int latestVersion();
    static int currentVersion(sql::Database& db);
    // Migrates to the latest version; returns the backup path ("" if none was needed).
    // `beforeUpgrade` hears of an existing library's upgrade (old and new
    // version, backup path) before the backup is made; not of a new library.
    static QString migrate(sql::Database& db,
                           const std::function<void(int from, int to, const QString& backup)>& beforeUpgrade = {});
};

}  // namespace digest
