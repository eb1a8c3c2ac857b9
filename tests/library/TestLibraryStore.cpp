// The store: schema, migrations, storing parsed issues, re-import semantics,
// marks, paging queries. Works on ParsedIssue values directly, so it does not
// depend on the parsers.
#include "DigestTokenizer.h"
#include "Library.h"
#include "Migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QFileInfo>
#include <QMutex>
#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <functional>
#include <future>

using namespace digest;

namespace {
ParsedItem makeItem(const QString& title, const QString& body, const QString& url = {})
{
    ParsedItem it;
    it.title = title;
    it.text = body;
    it.html = QStringLiteral("<p>%1</p>").arg(body);
    if (!url.isEmpty()) {
        it.sourceUrl = url;
        it.links.append({url, QStringLiteral("报道详情")});
    }
    return it;
}

ParsedIssue makeIssue(const QString& slug, int items, const QString& date = QStringLiteral("2024-06-17"))
{
    ParsedIssue p;
    p.kind = QStringLiteral("post");
    p.slug = slug;
    p.title = QStringLiteral("Issue %1").arg(slug);
    p.date = date;
    p.tags = {QStringLiteral("AI"), QStringLiteral("大模型")};
    p.categories = {QStringLiteral("AI资讯")};
    for (int n = 1; n <= items; ++n)
        p.items.append(makeItem(QStringLiteral("Story %1").arg(n), QStringLiteral("谷歌 body %1 of %2").arg(n).arg(slug),
                                QStringLiteral("https://example.com/%1/%2").arg(slug).arg(n)));
    return p;
}

// A version-1 library with one issue in it.
void writeVersion1Library(const QString& path)
{
    sql::Database db(path);
    sql::Transaction tx(db);
    db.exec(Migrations::all().first().sql);
    db.exec("PRAGMA user_version = 1");
    db.exec("INSERT INTO issues(slug, kind, title, source_path, content_hash, imported_at)"
            " VALUES('old', 'post', 'Old', '/x', 'h', 'now')");
    tx.commit();
}

// A version-1 library whose upgrade lock "another process" can hold (a
// QLockFile of this process cannot be taken twice either).
struct OldLibraryBeingUpgraded {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QLockFile other{writeAndLockPath(path)};

    static QString writeAndLockPath(const QString& path)
    {
        writeVersion1Library(path);
        return QFileInfo(path).canonicalFilePath() + QStringLiteral(".upgrade-lock");
    }
};

// Opens the library on another thread, counting the upgrade notices it gives;
// the future holds the schema version it ends with.
std::future<int> openElsewhere(const QString& path, std::atomic_int& notices)
{
    return std::async(std::launch::async, [path, &notices] {
        Library lib(path, [&](const Library::Upgrade&) { ++notices; });
        return Migrations::currentVersion(lib.database());
    });
}

qint64 scalar(Library& lib, const char* sqlText)
{
    auto s = lib.database().prepare(sqlText);
    return s.step() ? s.int64(0) : -1;
}
}  // namespace

class TestLibraryStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        Library lib(dir.filePath(QStringLiteral("lib.sqlite")));
        auto mode = lib.database().prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        QCOMPARE(scalar(lib, "PRAGMA foreign_keys"), 1);
        QVERIFY(scalar(lib, "PRAGMA synchronous") >= 1);  // NORMAL or stricter
        QCOMPARE(Migrations::currentVersion(lib.database()), Migrations::latestVersion());
    }

    // Opening an up-to-date library writes nothing, so a reader (the GUI, a
    // `digest search`) opens it while an import holds the write lock.
    void opensWhileAnotherConnectionWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        {
            Library created(path);
            QCOMPARE(scalar(created, "PRAGMA auto_vacuum"), 2);  // incremental, set on the empty file
        }
        sql::Database writer(path);
        writer.exec("PRAGMA busy_timeout = 0");
        writer.exec("BEGIN IMMEDIATE");
        QElapsedTimer t;
        t.start();
        Library reader(path);
        QVERIFY2(t.elapsed() < 2000, "opening waited for the writer's lock");
        QCOMPARE(reader.itemTotal(), 0);
        writer.exec("ROLLBACK");
    }

    void migratingAnOldLibraryMakesABackupFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        writeVersion1Library(path);
        QList<Library::Upgrade> notices;
        Library lib(path, [&](const Library::Upgrade& u) {
            // Told before the work starts: no backup yet.
            QVERIFY(!QFile::exists(u.backupPath));
            notices.append(u);
        });
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices[0].fromVersion, 1);
        QCOMPARE(notices[0].toVersion, Migrations::latestVersion());
        QCOMPARE(notices[0].backupPath, path + QStringLiteral(".bak-v1"));
        QCOMPARE(Migrations::currentVersion(lib.database()), Migrations::latestVersion());
        QCOMPARE(lib.lastBackupPath(), path + QStringLiteral(".bak-v1"));
        QVERIFY(QFile::exists(lib.lastBackupPath()));
        sql::Database backup(lib.lastBackupPath(), sql::Database::Access::ReadOnly);
        auto s = backup.prepare("SELECT slug FROM issues");
        QVERIFY(s.step());
        QCOMPARE(s.text(0), QStringLiteral("old"));
        QVERIFY(lib.issue(QStringLiteral("old")).has_value());
    }

    // Migration 10 adds the model families. A schema-9 library's dictionary
    // fingerprint is current, so only the migration's forgetting it makes the
    // next open fill the new table.
    void upgradingToModelFamiliesFillsThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
        {
            Library lib(path);
            lib.database().exec("DROP TABLE entity_counts");  // migration 11
            lib.database().exec("DROP TABLE entity_family");
            lib.database().exec("PRAGMA user_version = 9");
        }
        {
            sql::Database db(path, sql::Database::Access::ReadOnly);
            auto s = db.prepare("SELECT count(*) FROM meta WHERE key = 'dictionary'");
            QVERIFY(s.step());
            QCOMPARE(s.integer(0), 1);
        }
        QList<Library::Upgrade> notices;
        Library lib(path, [&](const Library::Upgrade& u) { notices.append(u); });
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices[0].fromVersion, 9);
        auto s = lib.database().prepare(R"SQL(
            SELECT m.name FROM entity_family ef JOIN entities f ON f.id = ef.family_id
            JOIN entities m ON m.id = ef.member_id WHERE f.name = 'Gemini' ORDER BY m.name)SQL");
        QStringList members;
        while (s.step())
            members.append(s.text(0));
        QCOMPARE(members, (QStringList{QStringLiteral("Gemini 1.5 Pro"), QStringLiteral("Gemini 2.5 Pro"),
                                       QStringLiteral("Gemini 3")}));
    }

    // Another process upgrading the same library holds its lock file: this
    // open says it waits, makes no backup of its own while waiting, and finds
    // the library as the other left it. (A QLockFile held by this process
    // stands for the other process: it cannot be taken twice either.)
    void anUpgradeWaitsForAnotherProcesssUpgrade()
    {
        OldLibraryBeingUpgraded old;
        QVERIFY(old.other.tryLock(0));
        const QString& path = old.path;
        QLockFile& other = old.other;
        std::atomic_int notices{0};
        QString toldBackup;
        QMutex toldMutex;
        auto opened = std::async(std::launch::async, [&] {
            Library lib(path, [&](const Library::Upgrade& u) {
                QMutexLocker locker(&toldMutex);
                toldBackup = u.backupPath;
                ++notices;
            });
            return Migrations::currentVersion(lib.database());
        });
        // After `opened`, so it runs first: a failed check must not leave the open waiting
        // (the future's destructor waits for it).
        auto release = qScopeGuard([&] { other.unlock(); });
        QTRY_COMPARE_WITH_TIMEOUT(notices.load(), 1, 10000);  // told once it has waited two seconds, with the backup's name
        QCOMPARE(opened.wait_for(std::chrono::milliseconds(300)), std::future_status::timeout);
        {
            QMutexLocker locker(&toldMutex);
            QCOMPARE(toldBackup, path + QStringLiteral(".bak-v1"));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak-v1")));
        other.unlock();
        QCOMPARE(opened.get(), Migrations::latestVersion());
        QCOMPARE(notices.load(), 1);  // not told again for the upgrade it then does
        QVERIFY(QFile::exists(path + QStringLiteral(".bak-v1")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".upgrade-lock")));
        // A current library takes no lock: it opens while the lock is held.
        QVERIFY(other.tryLock(0));
        auto current = std::async(std::launch::async, [&] { return Library(path).itemTotal(); });
        QCOMPARE(current.wait_for(std::chrono::seconds(10)), std::future_status::ready);
    }

    // Another process creating the library holds the same lock: an open
    // meanwhile waits for it, without a word, and finds the library made. It
    // must not take the half-made file (schema 6 of 11, say) for an old one
    // and "upgrade" it, backup and all.
    void anOpenWaitsForAnotherProcessCreatingTheLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        // The other process: it has made the file and run the first migration.
        writeVersion1Library(path);
        QLockFile other(QFileInfo(path).canonicalFilePath() + QStringLiteral(".upgrade-lock"));
        QVERIFY(other.tryLock(0));
        std::atomic_int notices{0};
        auto opened = openElsewhere(path, notices);
        auto release = qScopeGuard([&] { other.unlock(); });  // after `opened`: see anUpgradeWaitsFor…
        QCOMPARE(opened.wait_for(std::chrono::milliseconds(400)), std::future_status::timeout);
        {
            // …and finishes making it, quicker than the waiting open speaks up.
            sql::Database creator(path);
            search::registerDigestTokenizer(creator.handle());
            Migrations::migrate(creator, {});
        }
        QVERIFY(QFile::remove(path + QStringLiteral(".bak-v1")));  // made by this stand-in going on from schema 1
        other.unlock();
        QCOMPARE(opened.get(), Migrations::latestVersion());
        QCOMPARE(notices.load(), 0);
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak-v1")));  // the waiting open made none
        QVERIFY(!QFile::exists(path + QStringLiteral(".upgrade-lock")));
    }

    // A new, empty file is created under the lock as well.
    void creatingALibraryWaitsForTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        { QFile touch(path); QVERIFY(touch.open(QIODevice::WriteOnly)); }
        QLockFile other(QFileInfo(path).canonicalFilePath() + QStringLiteral(".upgrade-lock"));
        QVERIFY(other.tryLock(0));
        std::atomic_int notices{0};
        auto opened = openElsewhere(path, notices);
        auto release = qScopeGuard([&] { other.unlock(); });
        QCOMPARE(opened.wait_for(std::chrono::milliseconds(1500)), std::future_status::timeout);
        QCOMPARE(notices.load(), 0);  // creating is not an upgrade
        other.unlock();
        QCOMPARE(opened.get(), Migrations::latestVersion());
        QCOMPARE(notices.load(), 0);
    }

    // A caller that cancels (the window's Cancel, or closing it) stops an open
    // that waits for another process's upgrade; nothing is written.
    void aWaitingOpenCanBeCancelled()
    {
        OldLibraryBeingUpgraded old;
        QVERIFY(old.other.tryLock(0));
        const QString& path = old.path;
        std::atomic_bool cancel{false};
        std::atomic_int notices{0};
        auto opened = std::async(std::launch::async, [&]() -> int {
            try {
                Library lib(path, [&](const Library::Upgrade&) { ++notices; }, Library::Access::Auto, &cancel);
                return 0;
            } catch (const sql::Error& e) {
                return e.code();
            }
        });
        auto stop = qScopeGuard([&] { cancel = true; });  // after `opened`: see anUpgradeWaitsFor…
        QTRY_COMPARE_WITH_TIMEOUT(notices.load(), 1, 10000);
        cancel = true;
        QCOMPARE(opened.wait_for(std::chrono::seconds(5)), std::future_status::ready);
        QCOMPARE(opened.get(), 9);  // SQLITE_INTERRUPT
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak-v1")));
        QCOMPARE(Migrations::currentVersion(*std::make_unique<sql::Database>(path, sql::Database::Access::ReadOnly)), 1);
    }

    void twoConnectionsOpeningAnOldLibraryUpgradeItOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        writeVersion1Library(path);
        std::atomic_int notices{0};
        auto open = [&] {
            Library lib(path, [&](const Library::Upgrade&) { ++notices; });
            return lib.issue(QStringLiteral("old")).has_value();
        };
        auto first = std::async(std::launch::async, open);
        auto second = std::async(std::launch::async, open);
        QVERIFY(first.get());
        QVERIFY(second.get());
        QCOMPARE(notices.load(), 1);
        QVERIFY(QFile::exists(path + QStringLiteral(".bak-v1")));
    }

    void openingANewOrCurrentLibraryTellsOfNoUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        int notices = 0;
        auto count = [&](const Library::Upgrade&) { ++notices; };
        {
            Library created(path, count);
            created.storeIssue(makeIssue(QStringLiteral("w1"), 2), QStringLiteral("/w1.md"), QStringLiteral("h1"));
        }
        Library reopened(path, count);
        QCOMPARE(notices, 0);
        QVERIFY(reopened.lastBackupPath().isEmpty());
    }

    void aChangedTokenizerRebuildsTheIndexAndSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        {
            Library lib(path);
            lib.storeIssue(makeIssue(QStringLiteral("w1"), 2), QStringLiteral("/w1.md"), QStringLiteral("h1"));
            lib.database().exec("UPDATE meta SET value = 'an older tokenizer' WHERE key = 'tokenizer'");
        }
        // Two connections of one process open it at once (the GUI's workers):
        // one rebuilds and says so, the other waits and finds it done.
        std::atomic_int notices{0};
        QList<Library::Upgrade> told;
        QMutex toldMutex;
        auto open = [&] {
            Library lib(path, [&](const Library::Upgrade& u) {
                ++notices;
                QMutexLocker lock(&toldMutex);
                told.append(u);
            });
            ItemFilter f;
            f.text = QStringLiteral("谷歌");
            return lib.countItems(f);
        };
        auto first = std::async(std::launch::async, open);
        auto second = std::async(std::launch::async, open);
        QCOMPARE(first.get(), 2);
        QCOMPARE(second.get(), 2);
        QCOMPARE(notices.load(), 1);
        QCOMPARE(told[0].fromVersion, told[0].toVersion);
        QVERIFY(told[0].backupPath.isEmpty());
        Library lib(path);
        QCOMPARE(scalar(lib, "SELECT value <> 'an older tokenizer' FROM meta WHERE key = 'tokenizer'"), 1);
    }

    void refusesALibraryFromTheFuture()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            sql::Database db(path);
            db.exec("PRAGMA user_version = 999");
        }
        QVERIFY_THROWS_EXCEPTION(sql::Error, Library lib(path));
    }

    // A read-only library can be read and searched; nothing writes to it, and
    // every write says why it cannot.
    void aReadOnlyLibraryIsReadAndSearchedButNeverWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        qint64 itemId = 0;
        {
            Library lib(path);
            lib.storeIssue(makeIssue(QStringLiteral("ro"), 3), QStringLiteral("/ro.md"), QStringLiteral("h"));
            itemId = lib.itemRows({}, ItemSort::NewestFirst, 0, 1).value(0).id;
        }
        QVERIFY(itemId > 0);
        auto fileBytes = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = fileBytes();
        {
            Library lib(path, {}, Library::Access::ReadOnly);
            QVERIFY(lib.isReadOnly());
            QCOMPARE(lib.itemTotal(), 3);
            QCOMPARE(lib.countSearch(QStringLiteral("谷歌")), 3);
            QCOMPARE(lib.search(QStringLiteral("company:Google")).size(), 3);  // entity ids read, not synced
            for (const auto& write : std::initializer_list<std::function<void()>>{
                     [&] { lib.setRead(itemId, true); },
                     [&] { lib.setStarred(itemId, true); },
                     [&] { lib.storeIssue(makeIssue(QStringLiteral("new"), 1), QStringLiteral("/n.md"), QStringLiteral("h")); },
                     [&] { lib.relinkEntities(); }}) {
                try {
                    write();
                    QFAIL("a write to a read-only library went through");
                } catch (const sql::Error& e) {
                    QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("read-only")), e.what());
                }
            }
        }
        QCOMPARE(fileBytes(), before);
        QVERIFY(!Library(path).item(itemId)->read);
        // Read-only never creates a library.
        const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
        QVERIFY_THROWS_EXCEPTION(sql::Error, Library(missing, {}, Library::Access::ReadOnly));
        QVERIFY(!QFile::exists(missing));
    }

    // A read-only library that needs an upgrade says what to do instead.
    void aReadOnlyOldLibraryAsksForAWritableCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        writeVersion1Library(path);
        try {
            Library lib(path, {}, Library::Access::ReadOnly);
            QFAIL("opened an old library read-only");
        } catch (const sql::Error& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(QStringLiteral("read-only")) && message.contains(QStringLiteral("Copy it")),
                     e.what());
        }
        sql::Database db(path, sql::Database::Access::ReadOnly);
        QCOMPARE(Migrations::currentVersion(db), 1);  // left as it was
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak-v1")));
    }

    // Without write permission on the folder (read-only media, another
    // user's folder) the library opens read-only by itself, without the WAL's
    // shared-memory file it cannot create there.
    void aLibraryInAFolderWeCannotWriteOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/lib.sqlite");
        {
            Library lib(path);
            lib.storeIssue(makeIssue(QStringLiteral("ro"), 2), QStringLiteral("/ro.md"), QStringLiteral("h"));
        }
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        const auto restore = qScopeGuard([&] { QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
        if (QFileInfo(folder).isWritable())
            QSKIP("running as root: folder permissions are not enforced, so this cannot be shown here");
        Library lib(path);
        QVERIFY(lib.isReadOnly());
        QCOMPARE(lib.itemTotal(), 2);
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    }

    void storesAnIssueWithItemsTagsAndLinks()
    {
        Library lib(QStringLiteral(":memory:"));
        const StoreOutcome out = lib.storeIssue(makeIssue(QStringLiteral("ai20240618"), 3), QStringLiteral("/a.md"),
                                                QStringLiteral("h1"));
        QCOMPARE(out.status, StoreOutcome::Status::Imported);
        QCOMPARE(out.itemCount, 3);
        const auto d = lib.issue(QStringLiteral("ai20240618"));
        QVERIFY(d);
        QCOMPARE(d->summary.itemCount, 3);
        QCOMPARE(d->summary.tags, (QStringList{QStringLiteral("AI"), QStringLiteral("大模型")}));
        QCOMPARE(d->summary.categories, QStringList{QStringLiteral("AI资讯")});
        QCOMPARE(d->items.size(), 3);
        QCOMPARE(d->items[0].position, 1);
        QCOMPARE(d->items[2].title, QStringLiteral("Story 3"));
        QCOMPARE(d->items[1].sourceUrl.value_or(QString()), QStringLiteral("https://example.com/ai20240618/2"));
        QCOMPARE(d->items[1].links.size(), 1);
        // By id as well as by slug.
        QVERIFY(lib.issue(QString::number(d->summary.id)).has_value());
        QVERIFY(!lib.issue(QStringLiteral("nope")).has_value());
        // The brief list has what a list shows, and leaves out tags and text.
        lib.setRead(d->items[0].id, true);
        const QList<IssueSummary> all = lib.issues(), brief = lib.issues(Library::IssueFields::Brief);
        QCOMPARE(brief.size(), 1);
        QCOMPARE(brief[0].id, all[0].id);
        QCOMPARE(brief[0].slug, all[0].slug);
        QCOMPARE(brief[0].title, all[0].title);
        QCOMPARE(brief[0].date, all[0].date);
        QCOMPARE(brief[0].series, all[0].series);
        QCOMPARE(brief[0].itemCount, 3);
        QCOMPARE(brief[0].unreadCount, 2);
        QCOMPARE(all[0].unreadCount, 2);
        QVERIFY(brief[0].tags.isEmpty() && !all[0].tags.isEmpty());
    }

    void reimportKeepsIdsAndMarksOfUnchangedItems()
    {
        Library lib(QStringLiteral(":memory:"));
        ParsedIssue p = makeIssue(QStringLiteral("w1"), 3);
        lib.storeIssue(p, QStringLiteral("/w1.md"), QStringLiteral("h1"));
        auto before = lib.issue(QStringLiteral("w1"));
        const qint64 id1 = before->items[0].id, id2 = before->items[1].id, id3 = before->items[2].id;
        lib.setStarred(id1, true);
        lib.setRead(id3, true);

        // Story 2's text changes (same title: same item), a story is inserted first, story 3 goes.
        p.items[1].text = QStringLiteral("corrected text: OpenAI");
        p.items.removeLast();
        p.items.prepend(makeItem(QStringLiteral("Breaking"), QStringLiteral("new")));
        QVERIFY(!lib.isUnchanged(QStringLiteral("/w1.md"), QStringLiteral("h2")));
        const StoreOutcome out = lib.storeIssue(p, QStringLiteral("/w1.md"), QStringLiteral("h2"));
        QCOMPARE(out.status, StoreOutcome::Status::Updated);
        QCOMPARE(out.itemsKept, 2);
        QCOMPARE(out.itemsAdded, 1);
        QCOMPARE(out.itemsRemoved, 1);

        auto after = lib.issue(QStringLiteral("w1"));
        QCOMPARE(after->items.size(), 3);
        QCOMPARE(after->items[0].title, QStringLiteral("Breaking"));
        QCOMPARE(after->items[1].id, id1);
        QVERIFY(after->items[1].starred);
        QCOMPARE(after->items[1].position, 2);
        QCOMPARE(after->items[2].id, id2);
        QCOMPARE(after->items[2].text, QStringLiteral("corrected text: OpenAI"));
        // A kept item is linked again: its old mention (谷歌) goes, the new one comes.
        auto linked = [&](qint64 itemId) {
            QStringList names;
            auto s = lib.database().prepare("SELECT e.name FROM item_entities ie JOIN entities e ON e.id = ie.entity_id"
                                            " WHERE ie.item_id = ?1 ORDER BY e.name");
            s.bind(1, itemId);
            while (s.step())
                names << s.text(0);
            return names;
        };
        QCOMPARE(linked(id2), QStringList{QStringLiteral("OpenAI")});
        QCOMPARE(linked(id1), QStringList{QStringLiteral("Google")});
        QVERIFY(!lib.item(id3).has_value());
        QCOMPARE(scalar(lib, "SELECT count(*) FROM issues"), 1);
        QVERIFY(lib.isUnchanged(QStringLiteral("/w1.md"), QStringLiteral("h2")));
    }

    void twoFilesWithOneSlugAreOneIssue()
    {
        Library lib(QStringLiteral(":memory:"));
        lib.storeIssue(makeIssue(QStringLiteral("same"), 2), QStringLiteral("/a/index.md"), QStringLiteral("ha"));
        const StoreOutcome out =
            lib.storeIssue(makeIssue(QStringLiteral("same"), 2), QStringLiteral("/b/copy.md"), QStringLiteral("hb"));
        QCOMPARE(out.mergedWith, QStringLiteral("/a/index.md"));
        QCOMPARE(scalar(lib, "SELECT count(*) FROM issues"), 1);
        QCOMPARE(scalar(lib, "SELECT count(*) FROM items"), 2);
        QCOMPARE(lib.issue(QStringLiteral("same"))->sourcePaths.size(), 2);
    }

    void aFileWhoseSlugChangesMovesToTheNewIssue()
    {
        Library lib(QStringLiteral(":memory:"));
        lib.storeIssue(makeIssue(QStringLiteral("old-slug"), 1), QStringLiteral("/x.md"), QStringLiteral("h1"));
        lib.storeIssue(makeIssue(QStringLiteral("new-slug"), 1), QStringLiteral("/x.md"), QStringLiteral("h2"));
        QVERIFY(!lib.issue(QStringLiteral("old-slug")).has_value());
        QVERIFY(lib.issue(QStringLiteral("new-slug")).has_value());
        QCOMPARE(scalar(lib, "SELECT count(*) FROM items"), 1);
    }

    void localImagesAreCopiedAndMissingOnesRecorded()
    {
        QTemporaryDir dir;
        const QString img = dir.filePath(QStringLiteral("pic.png"));
        QFile f(img);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x89PNG fake but bytes are bytes");
        f.close();
        Library lib(dir.filePath(QStringLiteral("lib.sqlite")));
        ParsedIssue p = makeIssue(QStringLiteral("img"), 1);
        p.items[0].images.append({QStringLiteral("pic.png"), QStringLiteral("a picture"), img, false});
        p.items[0].images.append({QStringLiteral("gone.png"), QString(), dir.filePath(QStringLiteral("gone.png")), false});
        p.items[0].images.append({QStringLiteral("https://example.com/r.png"), QString(), QString(), true});
        const StoreOutcome out = lib.storeIssue(p, QStringLiteral("/img.md"), QStringLiteral("h"));
        QCOMPARE(out.imagesStored, 1);
        QCOMPARE(out.imagesMissing, 1);
        const auto it = lib.issue(QStringLiteral("img"))->items[0];
        QCOMPARE(it.images.size(), 3);
        QCOMPARE(it.images[0].src, QStringLiteral("pic.png"));
        QVERIFY(it.images[0].stored);
        QVERIFY(it.images[0].storedPath.startsWith(lib.mediaDir()));
        QFile copy(it.images[0].storedPath);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray("\x89PNG fake but bytes are bytes"));
        QVERIFY(!it.images[1].stored);
        QVERIFY(it.images[2].remote);
        QVERIFY(!it.images[2].stored);
    }

    void aFailedStoreLeavesEverythingAsItWas()
    {
        Library lib(QStringLiteral(":memory:"));
        lib.storeIssue(makeIssue(QStringLiteral("keep"), 2), QStringLiteral("/keep.md"), QStringLiteral("h"));
        ParsedIssue bad = makeIssue(QStringLiteral("keep"), 3);
        bad.kind = QStringLiteral("not-a-kind");  // violates the CHECK constraint mid-transaction
        QVERIFY_THROWS_EXCEPTION(sql::Error, lib.storeIssue(bad, QStringLiteral("/keep.md"), QStringLiteral("h2")));
        QCOMPARE(scalar(lib, "SELECT count(*) FROM items"), 2);
        QVERIFY(lib.isUnchanged(QStringLiteral("/keep.md"), QStringLiteral("h")));
    }

    void marksAndIssueRead()
    {
        Library lib(QStringLiteral(":memory:"));
        lib.storeIssue(makeIssue(QStringLiteral("m"), 4), QStringLiteral("/m.md"), QStringLiteral("h"));
        QCOMPARE(lib.unreadTotal(), 4);
        const auto d = lib.issue(QStringLiteral("m"));
        lib.setRead(d->items[0].id, true);
        lib.setStarred(d->items[1].id, true);
        QCOMPARE(lib.unreadTotal(), 3);
        QCOMPARE(lib.starredTotal(), 1);
        lib.markIssueRead(d->summary.id);
        QCOMPARE(lib.unreadTotal(), 0);
        QCOMPARE(lib.issueSummary(d->summary.id)->unreadCount, 0);
    }

    void itemRowsPageFilterAndSortInSql()
    {
        Library lib(QStringLiteral(":memory:"));
        lib.storeIssue(makeIssue(QStringLiteral("jan"), 30, QStringLiteral("2024-01-05")), QStringLiteral("/1"), QStringLiteral("h"));
        lib.storeIssue(makeIssue(QStringLiteral("feb"), 30, QStringLiteral("2024-02-05")), QStringLiteral("/2"), QStringLiteral("h"));
        ItemFilter all;
        QCOMPARE(lib.countItems(all), 60);
        const auto page1 = lib.itemRows(all, ItemSort::NewestFirst, 0, 25);
        const auto page3 = lib.itemRows(all, ItemSort::NewestFirst, 50, 25);
        QCOMPARE(page1.size(), 25);
        QCOMPARE(page3.size(), 10);
        QCOMPARE(page1.first().issueSlug, QStringLiteral("feb"));
        QCOMPARE(page1.first().position, 1);
        QCOMPARE(page3.last().issueSlug, QStringLiteral("jan"));
        QCOMPARE(lib.itemRows(all, ItemSort::OldestFirst, 0, 1).first().issueSlug, QStringLiteral("jan"));

        ItemFilter month;
        month.month = QStringLiteral("2024-02");
        QCOMPARE(lib.countItems(month), 30);
        ItemFilter text;
        text.text = QStringLiteral("BODY 7 OF JAN");  // case-insensitive substring
        QCOMPARE(lib.countItems(text), 1);
        ItemFilter tag;
        tag.tag = QStringLiteral("AI资讯");
        QCOMPARE(lib.countItems(tag), 60);
        ItemFilter starred;
        starred.scope = ItemFilter::Scope::Starred;
        QCOMPARE(lib.countItems(starred), 0);
        lib.setStarred(page1.first().id, true);
        QCOMPARE(lib.countItems(starred), 1);

        const auto periods = lib.periods();
        QCOMPARE(periods.size(), 2);
        QCOMPARE(periods.first().period, QStringLiteral("2024-02"));
        QCOMPARE(periods.first().items, 30);
    }

    void substringSearchFindsChineseInsideSentences()
    {
        Library lib(QStringLiteral(":memory:"));
        ParsedIssue p = makeIssue(QStringLiteral("s"), 0);
        p.items.append(makeItem(QStringLiteral("快手"), QStringLiteral("快手新AI模型“可灵”在外网火了，与Sora同台竞技")));
        p.items.append(makeItem(QStringLiteral("Other"), QStringLiteral("OpenAI和谷歌发布的新技术")));
        lib.storeIssue(p, QStringLiteral("/s.md"), QStringLiteral("h"));
        const auto hits = lib.search(QStringLiteral("可灵"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].position, 1);
        QVERIFY(hits[0].snippet.contains(QStringLiteral("可灵")));
        QCOMPARE(lib.search(QStringLiteral("ＯｐｅｎＡＩ")).size(), 1);  // full-width folds
        QCOMPARE(lib.search(QStringLiteral("百度")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "TestLibraryStore.moc"
