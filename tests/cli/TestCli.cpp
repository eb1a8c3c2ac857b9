// Drives the real `digest` executable: commands, JSON shapes, exit codes.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run digest(const QStringList& args, const QString& db)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DIGEST_DB"), db);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DIGEST_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString seed(const char* name)
{
    return QStringLiteral(DIGEST_SHARED_DIR "/seeds/") + QString::fromLatin1(name);
}
QString data(const char* rel) { return QStringLiteral(DIGEST_TEST_DATA_DIR "/") + QString::fromLatin1(rel); }
}  // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }

private Q_SLOTS:
    void usageErrorsExitWith2()
    {
        QCOMPARE(digest({}, db()).exitCode, 2);
        QCOMPARE(digest({QStringLiteral("frobnicate")}, db()).exitCode, 2);
        QCOMPARE(digest({QStringLiteral("import")}, db()).exitCode, 2);
        QCOMPARE(digest({QStringLiteral("issues"), QStringLiteral("--bogus")}, db()).exitCode, 2);
        QCOMPARE(digest({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit")}, db()).exitCode, 2);
        const Run help = digest({QStringLiteral("--help")}, db());
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("import PATH"));
    }

    void importsTheSamplesAndShowsThemAsJson()
    {
        const QString samples = QStringLiteral(DIGEST_SOURCE_DIR "/resources/samples");
        const Run r = digest({QStringLiteral("import"), QStringLiteral("--json"), samples}, db());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = r.json().object();
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 0);
        QVERIFY(report.value(QStringLiteral("imported")).toInt() >= 3);

        const Run issues = digest({QStringLiteral("issues"), QStringLiteral("--json"), QStringLiteral("--db"), db()}, QString());
        QCOMPARE(issues.exitCode, 0);
        const QJsonArray list = issues.json().array();
        QVERIFY(list.size() >= 3);
        for (const QJsonValue& v : list) {
            const QJsonObject o = v.toObject();
            for (const char* key : {"id", "slug", "title", "date", "lastmod", "kind", "source_path", "item_count", "tags",
                                    "categories", "image", "description"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
        }

        const Run show = digest({QStringLiteral("show"), QStringLiteral("ai-weekly-2026-w04"), QStringLiteral("--json")}, db());
        QCOMPARE(show.exitCode, 0);
        const QJsonObject issue = show.json().object();
        QCOMPARE(issue.value(QStringLiteral("kind")).toString(), QStringLiteral("post"));
        const QJsonArray items = issue.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 5);
        const QJsonObject first = items.first().toObject();
        for (const char* key : {"id", "position", "title", "text", "html", "source_url", "links", "images", "tags"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("谷歌开源翻译模型 Translate Gemma"));
        QCOMPARE(first.value(QStringLiteral("source_url")).toString(), QStringLiteral("https://example.com/news/translate-gemma"));
        const QJsonObject img = first.value(QStringLiteral("images")).toArray().first().toObject();
        QCOMPARE(img.value(QStringLiteral("src")).toString(), QStringLiteral("mentions-chart.png"));
        QVERIFY(img.value(QStringLiteral("stored")).toBool());
        QVERIFY(!first.value(QStringLiteral("text")).toString().contains(QStringLiteral("谷歌开源翻译模型 Translate Gemma")));

        const Run search = digest({QStringLiteral("search"), QStringLiteral("可灵"), QStringLiteral("--json")}, db());
        QCOMPARE(search.exitCode, 0);
        const QJsonArray hits = search.json().array();
        QVERIFY(!hits.isEmpty());
        for (const char* key : {"item_id", "issue_slug", "position", "title", "snippet"})
            QVERIFY2(hits.first().toObject().contains(QLatin1String(key)), key);

        // An unknown company finds nothing and says why on stderr.
        const Run nope = digest({QStringLiteral("search"), QStringLiteral("company:Nopeco")}, db());
        QCOMPARE(nope.exitCode, 0);
        QVERIFY2(nope.err.contains("no company or model is called \"Nopeco\""), nope.err.constData());
        QVERIFY(nope.out.contains("0 hit(s)"));

        // A full page says how many hits there are in all.
        const Run page = digest({QStringLiteral("search"), QStringLiteral("谷歌"), QStringLiteral("--limit"), QStringLiteral("1")}, db());
        QCOMPARE(page.exitCode, 0);
        const Run count = digest({QStringLiteral("search"), QStringLiteral("谷歌"), QStringLiteral("--count")}, db());
        const int all = count.out.trimmed().toInt();
        QVERIFY(all > 1);
        QVERIFY2(page.out.contains(QStringLiteral("1 of %1 hits shown").arg(all).toUtf8()), page.out.constData());

        // Importing again changes nothing.
        const Run again = digest({QStringLiteral("import"), QStringLiteral("--json"), samples}, db());
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().object().value(QStringLiteral("unchanged")).toInt(), report.value(QStringLiteral("imported")).toInt());
    }

    // --read-only reads and searches; writing commands fail with one clear line.
    void readOnlyReadsButNeverWrites()
    {
        const QString lib = m_dir.filePath(QStringLiteral("ro.sqlite"));
        const QString samples = QStringLiteral(DIGEST_SOURCE_DIR "/resources/samples");
        QCOMPARE(digest({QStringLiteral("import"), samples}, lib).exitCode, 0);
        const Run found = digest({QStringLiteral("search"), QStringLiteral("谷歌"), QStringLiteral("--count"),
                                  QStringLiteral("--read-only")}, lib);
        QVERIFY2(found.exitCode == 0, found.err.constData());
        QVERIFY(found.out.trimmed().toInt() > 0);
        for (const QStringList& write : {QStringList{QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("--star")},
                                         QStringList{QStringLiteral("import"), samples},
                                         QStringList{QStringLiteral("relink")}}) {
            const Run r = digest(write + QStringList{QStringLiteral("--read-only")}, lib);
            QVERIFY2(r.exitCode != 0, qPrintable(write.join(' ')));
            QVERIFY2(r.err.contains("is read-only"), r.err.constData());
        }
    }

    void badFilesAreReportedByNameAndLineAndTheRestImports()
    {
        QTemporaryDir dir;
        const QString db2 = dir.filePath(QStringLiteral("bad.sqlite"));
        const Run r = digest({QStringLiteral("import"), data("cli/bad")}, db2);
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("broken-toml.md:")), r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("invalid-utf8.md:7:")), r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("empty.md:")), r.err.constData());
        const Run show = digest({QStringLiteral("show"), QStringLiteral("good-one"), QStringLiteral("--json")}, db2);
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.json().object().value(QStringLiteral("items")).toArray().size(), 2);
        QCOMPARE(digest({QStringLiteral("show"), QStringLiteral("no-such-issue")}, db2).exitCode, 1);
    }

    void seed004ImportsToOneIssueWithTwelveItems()
    {
        if (!QFile::exists(seed("004_7f005352e2cc6cf3.txt")))
            QSKIP("seeds not found under " DIGEST_SHARED_DIR "; pass -DDIGEST_SHARED_DIR to run this test");
        QTemporaryDir dir;
        const QString db3 = dir.filePath(QStringLiteral("seed.sqlite"));
        const Run r = digest({QStringLiteral("import"), seed("004_7f005352e2cc6cf3.txt")}, db3);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray issues = digest({QStringLiteral("issues"), QStringLiteral("--json")}, db3).json().array();
        QCOMPARE(issues.size(), 1);
        const QJsonObject i = issues.first().toObject();
        QCOMPARE(i.value(QStringLiteral("slug")).toString(), QStringLiteral("ai20240618"));
        QCOMPARE(i.value(QStringLiteral("date")).toString(), QStringLiteral("2024-06-17"));
        QCOMPARE(i.value(QStringLiteral("item_count")).toInt(), 12);
        QCOMPARE(i.value(QStringLiteral("image")).toString(), QStringLiteral("ai20240618-156.jpg"));
        const QJsonArray items =
            digest({QStringLiteral("show"), QStringLiteral("ai20240618"), QStringLiteral("--json")}, db3)
                .json().object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 12);
        QCOMPARE(items[0].toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("陕西推出AI千亿级发展计划，五大产业集群，智算超3000P"));
        QCOMPARE(items[11].toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("中国版Sora级视频大模型发布，打造“视频-Native”超级应用"));
        QCOMPARE(items[0].toObject().value(QStringLiteral("source_url")).toString(),
                 QStringLiteral("https://www.163.com/dy/article/J4GTGC5M051180F7.html"));
        // The seed's images are not shipped with it: recorded as missing, not stored.
        const QJsonObject img = items[2].toObject().value(QStringLiteral("images")).toArray().first().toObject();
        QCOMPARE(img.value(QStringLiteral("src")).toString(), QStringLiteral("ai20240618-146.jpg"));
        QVERIFY(!img.value(QStringLiteral("stored")).toBool());
        for (const QJsonValue& v : items)
            QVERIFY(!v.toObject().value(QStringLiteral("title")).toString().contains(QStringLiteral("微信公众号")));
    }

    void everyCorpusPostImportsWithExitZero()
    {
        const QString corpus = QStringLiteral(DIGEST_SHARED_DIR "/corpus/posts");
        if (!QDir(corpus).exists())
            QSKIP("corpus not found under " DIGEST_SHARED_DIR "; pass -DDIGEST_SHARED_DIR to run this test");
        QTemporaryDir dir;
        const Run r = digest({QStringLiteral("import"), QStringLiteral("--json"), corpus}, dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("failed")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
