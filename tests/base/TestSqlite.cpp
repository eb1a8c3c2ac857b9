#include "Sqlite.h"

#include <QTemporaryDir>
#include <QTest>

using namespace digest::sql;

class TestSqlite : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bindAndReadBack()
    {
        Database db(QStringLiteral(":memory:"));
        db.exec("CREATE TABLE t(i INTEGER, r REAL, s TEXT, b BLOB)");
        auto ins = db.prepare("INSERT INTO t VALUES(?,?,?,?)");
        ins.bind(1, std::int64_t(1) << 40).bind(2, 2.5).bind(3, QStringLiteral("谷歌 Gemini")).bindBlob(4, QByteArray("\0x", 2));
        ins.run();
        ins.bind(1, 2).bindNull(2).bind(3, QString()).bindNull(4);
        ins.run();
        auto sel = db.prepare("SELECT i, r, s, b FROM t ORDER BY rowid");
        QVERIFY(sel.step());
        QCOMPARE(sel.int64(0), std::int64_t(1) << 40);
        QCOMPARE(sel.real(1), 2.5);
        QCOMPARE(sel.text(2), QStringLiteral("谷歌 Gemini"));
        QCOMPARE(sel.blob(3), QByteArray("\0x", 2));
        QVERIFY(sel.step());
        QVERIFY(sel.isNull(1));
        QVERIFY(sel.text(2).isNull());
        QVERIFY(!sel.optionalText(2).has_value());
        QVERIFY(!sel.step());
    }

    void prepareErrorThrowsWithMessage()
    {
        Database db(QStringLiteral(":memory:"));
        try {
            db.prepare("SELEC nonsense");
            QFAIL("expected an exception");
        } catch (const Error& e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("syntax error")));
        }
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("t.db")));
        db.exec("CREATE TABLE t(x)");
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES(1)");
        }  // no commit: rolled back
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES(2)");
            tx.commit();
        }
        auto s = db.prepare("SELECT group_concat(x) FROM t");
        QVERIFY(s.step());
        QCOMPARE(s.text(0), QStringLiteral("2"));
    }

    void transactionRollsBackOnException()
    {
        Database db(QStringLiteral(":memory:"));
        db.exec("CREATE TABLE t(x UNIQUE)");
        try {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES(1)");
            db.exec("INSERT INTO t VALUES(1)");  // constraint violation throws
            tx.commit();
        } catch (const Error& e) {
            QVERIFY(e.code() != 0);
        }
        auto s = db.prepare("SELECT count(*) FROM t");
        QVERIFY(s.step());
        QCOMPARE(s.int64(0), 0);
    }

    void readTransactionHoldsOneSnapshotAndEndsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.db"));
        Database reader(path);
        reader.exec("PRAGMA journal_mode = WAL");
        reader.exec("CREATE TABLE t(x)");
        reader.exec("INSERT INTO t VALUES(1)");
        Database writer(path);
        auto count = [&] {
            auto s = reader.prepare("SELECT count(*) FROM t");
            return s.step() ? s.int64(0) : -1;
        };
        {
            const ReadTransaction snapshot(reader);
            QCOMPARE(count(), 1);
            writer.exec("INSERT INTO t VALUES(2)");  // WAL: the writer is not blocked by the reader
            QCOMPARE(count(), 1);                    // ...and the reader keeps its snapshot
        }
        QCOMPARE(count(), 2);
        // Ended: a write transaction on the same connection is a real BEGIN,
        // not a savepoint inside a leftover read, so its commit ends it.
        QVERIFY(!reader.inTransaction());
        Transaction tx(reader);
        QVERIFY(reader.inTransaction());
        tx.commit();
        QVERIFY(!reader.inTransaction());
        // Inside a transaction it does nothing (and leaves the transaction open).
        Transaction outer(reader);
        {
            const ReadTransaction inner(reader);
        }
        reader.exec("INSERT INTO t VALUES(3)");
        outer.commit();
        QCOMPARE(count(), 3);
    }

    void moveTransfersOwnership()
    {
        Database a(QStringLiteral(":memory:"));
        Database b = std::move(a);
        QVERIFY(!a.isOpen());
        QVERIFY(b.isOpen());
        auto s = b.prepare("SELECT 1");
        Statement t = std::move(s);
        QVERIFY(t.step());
        QCOMPARE(t.integer(0), 1);
    }

    void openFailureNamesThePath()
    {
        try {
            Database db(QStringLiteral("/nonexistent-dir/x/y.db"));
            QFAIL("expected an exception");
        } catch (const Error& e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("/nonexistent-dir/x/y.db")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSqlite)
#include "TestSqlite.moc"
