#pragma once
// Numbered schema migrations. Each runs in its own transaction together with
// the bump of PRAGMA user_version, so a failed migration leaves the previous
// version intact; an existing library is copied (VACUUM INTO) before any runs.

#include "Sqlite.h"

#include <QList>

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
    static QString migrate(sql::Database& db);
};

}  // namespace digest
