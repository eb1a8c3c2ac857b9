// The import pipeline: folders, classification, re-import, updates, bad
// input, progress and cancel. Files are written at run time into a temp dir.
#include "Importer.h"
#include "Library.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace digest;

namespace {
void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const QByteArray kPost = R"(+++
title = "Weekly 1"
slug = "weekly-1"
date = 2024-06-17
+++

## 谷歌发布新模型

谷歌发布了新的模型。（[报道详情](https://example.com/a)）

![图](pic.png)

## OpenAI 推出新功能

OpenAI 推出了新功能。[原文地址](https://example.com/b)
)";
}  // namespace

class TestImporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importsAFolderRecursivelyAndSkipsReadmes()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a/2024/w1.md")), kPost);
        write(dir.filePath(QStringLiteral("a/2024/pic.png")), "png bytes");
        write(dir.filePath(QStringLiteral("a/README.md")), "# About this folder\n\nNot a digest.\n");
        write(dir.filePath(QStringLiteral("a/notes.pdf")), "%PDF");
        write(dir.filePath(QStringLiteral("a/talk.srt")),
              "1\n00:00:01,000 --> 00:00:04,000\n大家好，这里是科技周报。\n\n2\n00:00:05,000 --> 00:00:09,000\n"
              "谷歌发布了新的翻译模型。\n\n3\n00:00:10,000 --> 00:00:14,000\n我们下期再见。\n");
        Library lib(dir.filePath(QStringLiteral("lib.sqlite")));
        Importer importer(lib);
        QList<int> progress;
        const ImportReport r = importer.importPaths({dir.filePath(QStringLiteral("a"))},
                                                    [&](int done, int total, const QString&) {
                                                        progress.append(done);
                                                        QCOMPARE(total, 2);
                                                    });
        QCOMPARE(r.files.size(), 2);
        QCOMPARE(r.failedCount(), 0);
        QCOMPARE(progress, (QList<int>{0, 1, 2}));
        const auto issue = lib.issue(QStringLiteral("weekly-1"));
        QVERIFY(issue);
        QCOMPARE(issue->items.size(), 2);
        QVERIFY(issue->items[0].images.first().stored);
        QCOMPARE(lib.issues().size(), 2);
        bool hasTranscript = false;
        for (const IssueSummary& s : lib.issues())
            hasTranscript |= s.kind == QLatin1String("transcript");
        QVERIFY(hasTranscript);
    }

    void reimportIsANoOpAndAChangeUpdatesInPlace()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("w1.md"));
        write(file, kPost);
        Library lib(dir.filePath(QStringLiteral("lib.sqlite")));
        Importer importer(lib);
        QCOMPARE(importer.importFile(file).status, ImportFileResult::Status::Imported);
        const qint64 firstId = lib.issue(QStringLiteral("weekly-1"))->items[0].id;
        lib.setStarred(firstId, true);
        QCOMPARE(importer.importFile(file).status, ImportFileResult::Status::Unchanged);

        QByteArray changed = kPost;
        changed.replace("OpenAI 推出了新功能。", "OpenAI 推出了新功能，免费用户也能用。");
        write(file, changed);
        const ImportFileResult r = importer.importFile(file);
        QCOMPARE(r.status, ImportFileResult::Status::Updated);
        QCOMPARE(r.outcome.itemsKept, 2);
        const auto issue = lib.issue(QStringLiteral("weekly-1"));
        QCOMPARE(issue->items[0].id, firstId);
        QVERIFY(issue->items[0].starred);
        QVERIFY(issue->items[1].text.contains(QStringLiteral("免费用户")));
        QCOMPARE(lib.countSearch(QStringLiteral("免费用户")), 1);  // the index followed the update
    }

    void sameSlugInTwoFilesIsOneIssueAndSaysSo()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("x/w1.md")), kPost);
        write(dir.filePath(QStringLiteral("y/w1-copy.md")), kPost);
        Library lib(QStringLiteral(":memory:"));
        Importer importer(lib);
        const ImportReport r = importer.importPaths({dir.path()});
        QCOMPARE(r.failedCount(), 0);
        QCOMPARE(lib.issues().size(), 1);
        QVERIFY(r.files.last().notes.join(QLatin1Char(' ')).contains(QStringLiteral("same slug")));
    }

    // The index rows of a batch are written after its files' savepoints
    // (Library::setIndexDeferred): a file that replaces items stored earlier
    // in the same batch, and a file that fails half-way, must leave an index
    // that agrees with the items table.
    void deferredIndexAgreesWithTheItemsAfterReplacementsAndFailures()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a/w1.md")), kPost);
        QByteArray replaced = kPost;
        replaced.replace("谷歌", "百度");
        write(dir.filePath(QStringLiteral("b/w1-again.md")), replaced);  // same slug: replaces a/w1.md's items
        QByteArray other = kPost;
        other.replace("weekly-1", "weekly-2").replace("谷歌", "可灵");
        write(dir.filePath(QStringLiteral("c/w2.md")), other);
        QByteArray broken = kPost;
        broken.replace("weekly-1", "weekly-3").replace("## OpenAI 推出新功能", "## 坏条目");
        write(dir.filePath(QStringLiteral("d/w3.md")), broken);
        Library lib(dir.filePath(QStringLiteral("lib.sqlite")));
        // Failure injection: storing the item titled 坏条目 aborts, after the issue
        // row and its first item were written inside the file's savepoint.
        lib.database().exec("CREATE TEMP TRIGGER inject_failure BEFORE INSERT ON main.items WHEN new.title = '坏条目'"
                            " BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        Importer importer(lib);
        const ImportReport r = importer.importPaths({dir.path()});
        QCOMPARE(r.failedCount(), 1);
        QVERIFY(r.files.last().message.contains(QStringLiteral("injected failure")));
        QVERIFY(!lib.issue(QStringLiteral("weekly-3")));
        QCOMPARE(lib.countSearch(QStringLiteral("谷歌")), 0);  // replaced by b/w1-again.md
        QCOMPARE(lib.countSearch(QStringLiteral("百度")), 1);
        QCOMPARE(lib.countSearch(QStringLiteral("可灵")), 1);
        QCOMPARE(lib.countSearch(QStringLiteral("坏条目")), 0);
        QCOMPARE(lib.countSearch(QStringLiteral("OpenAI")), 2);  // weekly-1 and weekly-2, not the failed weekly-3
        QCOMPARE(lib.itemTotal(), 4);
        QCOMPARE(lib.pendingIndexRows(), 0);
        // FTS5 compares its index with the items table; a row indexed twice,
        // or deleted without having been indexed, fails this.
        lib.database().exec("INSERT INTO item_fts(item_fts, rank) VALUES('integrity-check', 1)");
    }

    void fileNameSlugsOfDifferentDigestsDoNotMerge()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("site-a/2024-01-01.md")), "# Site A daily\n\n## 谷歌发布新模型\n\n谷歌发布了新模型。\n");
        write(dir.filePath(QStringLiteral("site-b/2024-01-01.md")), "# Site B daily\n\n## OpenAI 推出新功能\n\nOpenAI 推出了新功能。\n");
        Library lib(QStringLiteral(":memory:"));
        Importer importer(lib);
        const ImportReport r = importer.importPaths({dir.path()});
        QCOMPARE(r.failedCount(), 0);
        QCOMPARE(lib.issues().size(), 2);  // two digests, not one issue whose items the second replaced
        QCOMPARE(lib.itemTotal(), 2);
        // Re-importing changes nothing.
        QCOMPARE(importer.importPaths({dir.path()}).count(ImportFileResult::Status::Unchanged), 2);
    }

    void badInputIsReportedAndNothingStoredIsLost_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("line");
        QTest::newRow("invalid TOML") << QByteArray("+++\ntitle = \"x\"\nslug = \"weekly-1\"\ndate = [\n+++\n\n## A\n\nb\n")
                                      << QStringLiteral("TOML") << 4;
        QTest::newRow("invalid YAML") << QByteArray("---\ntitle: [unclosed\nslug: weekly-1\n---\n\n## A\n\nb\n")
                                      << QStringLiteral("YAML") << 0;
        QTest::newRow("invalid UTF-8") << QByteArray("+++\nslug = \"weekly-1\"\n+++\n\n## A\n\nbad \xff\xfe here\n")
                                       << QStringLiteral("UTF-8") << 7;
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty") << 0;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) << QStringLiteral("binary") << 0;
    }
    void badInputIsReportedAndNothingStoredIsLost()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(int, line);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("w1.md"));
        write(file, kPost);
        Library lib(QStringLiteral(":memory:"));
        Importer importer(lib);
        QCOMPARE(importer.importFile(file).status, ImportFileResult::Status::Imported);
        write(file, bytes);  // the same file, now broken
        const ImportFileResult r = importer.importFile(file);
        QVERIFY(r.failed());
        QVERIFY2(r.message.contains(expected, Qt::CaseInsensitive), qPrintable(r.message));
        if (line > 0)
            QCOMPARE(r.line, line);
        QVERIFY(r.errorLine().startsWith(file + QLatin1Char(':')));
        // What was stored before is all still there.
        QCOMPARE(lib.issue(QStringLiteral("weekly-1"))->items.size(), 2);
    }

    void forcingAKindReadsAnUnchangedFileAgain()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("talk.txt"));
        write(file, "大家好，这里是科技周报。谷歌发布了新的翻译模型，支持五十五种语言。OpenAI推出了学习模式。我们下期再见。\n");
        Library lib(QStringLiteral(":memory:"));
        Importer importer(lib);
        const ImportFileResult first = importer.importFile(file);
        QCOMPARE(first.kind, QStringLiteral("transcript"));
        QCOMPARE(importer.importFile(file).status, ImportFileResult::Status::Unchanged);
        importer.setForceKind(Importer::ForceKind::Post);
        const ImportFileResult again = importer.importFile(file);
        QVERIFY2(!again.failed(), qPrintable(again.message));
        QCOMPARE(again.kind, QStringLiteral("post"));
        QCOMPARE(lib.issues().size(), 1);
        QCOMPARE(lib.issues().first().kind, QStringLiteral("post"));
    }

    void tooLargeFilesAreRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("huge.md"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(Importer::kMaxFileBytes + 1));
        f.close();
        Library lib(QStringLiteral(":memory:"));
        const ImportFileResult r = Importer(lib).importFile(file);
        QVERIFY(r.failed());
        QVERIFY2(r.message.contains(QStringLiteral("too large")), qPrintable(r.message));
    }

    // SQLite rolls a whole transaction back on disk full or an I/O error;
    // RAISE(ROLLBACK) does the same on purpose. The files stored earlier in
    // that batch are then not in the library, and the report must say so.
    void aBatchRolledBackBySqliteFailsEveryFileInIt()
    {
        QTemporaryDir dir;
        auto post = [](const char* slug, const char* word) {
            return QByteArray(kPost).replace("weekly-1", slug).replace("谷歌", word);
        };
        write(dir.filePath(QStringLiteral("a.md")), post("wa", "百度"));
        write(dir.filePath(QStringLiteral("b.md")), post("wb", "腾讯"));
        write(dir.filePath(QStringLiteral("c.md")), post("wc", "整批回滚"));
        write(dir.filePath(QStringLiteral("d.md")), post("wd", "快手"));
        Library lib(dir.filePath(QStringLiteral("lib.sqlite")));
        lib.database().exec("CREATE TEMP TRIGGER inject_rollback BEFORE INSERT ON main.items"
                            " WHEN new.title LIKE '整批回滚%' BEGIN SELECT RAISE(ROLLBACK, 'injected I/O error'); END");
        Importer importer(lib);
        const ImportReport r = importer.importPaths({dir.path()});
        QCOMPARE(r.files.size(), 4);
        QCOMPARE(r.failedCount(), 3);
        QVERIFY(r.files[0].message.contains(QStringLiteral("rolled back")));
        QVERIFY(r.files[0].message.contains(QStringLiteral("injected I/O error")));
        QVERIFY(r.files[1].failed());
        QVERIFY(r.files[2].message.contains(QStringLiteral("injected I/O error")));
        QCOMPARE(r.files[3].status, ImportFileResult::Status::Imported);  // a new batch
        QVERIFY(!lib.issue(QStringLiteral("wa")));
        QVERIFY(lib.issue(QStringLiteral("wd")));
        QCOMPARE(lib.countSearch(QStringLiteral("百度")), 0);
        QCOMPARE(lib.countSearch(QStringLiteral("快手")), 1);
        QCOMPARE(lib.pendingIndexRows(), 0);
        lib.database().exec("INSERT INTO item_fts(item_fts, rank) VALUES('integrity-check', 1)");
        // Imported again without the fault, everything arrives.
        lib.database().exec("DROP TRIGGER temp.inject_rollback");
        QCOMPARE(importer.importPaths({dir.path()}).failedCount(), 0);
        QCOMPARE(lib.countSearch(QStringLiteral("百度")), 1);
    }

    // Several parsing threads, several batches and a cancel: files are
    // stored in order, everything stored is indexed, and the item bodies
    // read back as they were parsed.
    void parallelParsingKeepsOrderAcrossBatches()
    {
        QTemporaryDir dir;
        constexpr int kFiles = 1100;  // three batches of up to 500 files
        for (int n = 0; n < kFiles; ++n)
            write(dir.filePath(QStringLiteral("p%1.md").arg(n, 4, 10, QLatin1Char('0'))),
                  QByteArray(kPost).replace("weekly-1", "weekly-" + QByteArray::number(n + 100)));
        Library lib(dir.filePath(QStringLiteral("lib.sqlite")));
        Importer importer(lib);
        importer.setWorkerThreads(3);
        std::atomic_bool cancel = false;
        const ImportReport r = importer.importPaths({dir.path()},
                                                    [&](int done, int, const QString&) {
                                                        if (done == 1050)
                                                            cancel = true;
                                                    },
                                                    &cancel);
        QVERIFY(r.cancelled);
        QCOMPARE(r.files.size(), 1050);
        QCOMPARE(r.count(ImportFileResult::Status::Imported), 1050);
        for (int n = 0; n < 1050; ++n)
            QCOMPARE(QFileInfo(r.files[n].path).fileName(), QStringLiteral("p%1.md").arg(n, 4, 10, QLatin1Char('0')));
        QCOMPARE(lib.itemTotal(), 2100);
        QCOMPARE(lib.countSearch(QStringLiteral("谷歌")), 1050);
        lib.database().exec("INSERT INTO item_fts(item_fts, rank) VALUES('integrity-check', 1)");
        // Bodies come back through the codec as the parser made them.
        const auto issue = lib.issue(QStringLiteral("weekly-1149"));
        QVERIFY(issue);
        const auto item = lib.item(issue->items.at(0).id);
        QVERIFY(item);
        QVERIFY2(item->html.contains(QStringLiteral("<a href=\"https://example.com/a\">报道详情</a>")), qPrintable(item->html));
        QVERIFY(item->html.contains(QStringLiteral("谷歌发布了新的模型。")));
    }

    void missingPathsAndCancel()
    {
        QTemporaryDir dir;
        for (int n = 0; n < 5; ++n)
            write(dir.filePath(QStringLiteral("p%1.md").arg(n)),
                  QByteArray(kPost).replace("weekly-1", QByteArray("weekly-") + QByteArray::number(n + 10)));
        Library lib(QStringLiteral(":memory:"));
        Importer importer(lib);
        std::atomic_bool cancel = false;
        const ImportReport r = importer.importPaths({dir.path(), dir.filePath(QStringLiteral("nope"))},
                                                    [&](int done, int, const QString&) {
                                                        if (done == 2)
                                                            cancel = true;
                                                    },
                                                    &cancel);
        QVERIFY(r.cancelled);
        QCOMPARE(r.failedCount(), 1);  // the missing path
        QCOMPARE(r.count(ImportFileResult::Status::Imported), 2);
        QCOMPARE(lib.issues().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "TestImporter.moc"
