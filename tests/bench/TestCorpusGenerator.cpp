// The benchmark corpus: deterministic bytes for a seed, the shape of a real
// digest post (TOML front matter, headline list, items with source links,
// footer), varied text, and a clean import through the real Importer.
#include "CorpusGenerator.h"
#include "Importer.h"
#include "Library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <toml++/toml.h>

using namespace digest;
using namespace digest::bench;

namespace {

// Relative path → SHA-256 of every file under `dir`.
QMap<QString, QByteArray> hashTree(const QString& dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        out.insert(QDir(dir).relativeFilePath(path), QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

QString frontMatter(const QByteArray& md)
{
    const QString s = QString::fromUtf8(md);
    if (!s.startsWith(QLatin1String("+++\n")))
        return {};
    const int end = s.indexOf(QLatin1String("\n+++\n"), 4);
    return end < 0 ? QString() : s.mid(4, end - 4);
}

// The `## ` headings of the body, the `## AI资讯` list excluded, up to the footer rule.
QStringList itemHeadings(const QByteArray& md)
{
    QStringList out;
    const QStringList lines = QString::fromUtf8(md).split(QLatin1Char('\n'));
    for (const QString& l : lines) {
        if (l == QLatin1String("---"))
            break;
        if (l.startsWith(QLatin1String("## ")) && l != QStringLiteral("## AI资讯"))
            out << l.mid(3);
    }
    return out;
}

}  // namespace

class TestCorpusGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedGivesSameBytes()
    {
        QTemporaryDir a, b;
        QVERIFY(a.isValid() && b.isValid());
        const CorpusStats sa = CorpusGenerator(60, 42).write(a.path());
        const CorpusStats sb = CorpusGenerator(60, 42).write(b.path());
        QCOMPARE(sa.posts, 60);
        QCOMPARE(sa.items, sb.items);
        QCOMPARE(sa.bytes, sb.bytes);
        const auto ha = hashTree(a.path()), hb = hashTree(b.path());
        QCOMPARE(ha.size(), 60);
        QCOMPARE(ha, hb);

        // A post rebuilt on its own is the same as in the whole run.
        const GeneratedPost p = CorpusGenerator(60, 42).post(37);
        QFile f(QDir(a.path()).filePath(p.relativePath));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), p.markdown);
    }

    void otherSeedGivesOtherText()
    {
        const CorpusGenerator one(50, 1), two(50, 2);
        int differing = 0;
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(one.post(i).relativePath, two.post(i).relativePath);  // dates depend on the count only
            differing += one.post(i).markdown != two.post(i).markdown;
        }
        QCOMPARE(differing, 50);
    }

    void defaultsAreTheDocumentedOnes()
    {
        const CorpusGenerator g;
        QCOMPARE(g.postCount(), 10000);
        QCOMPARE(g.seed(), std::uint64_t(20260122));
        QCOMPARE(g.post(0).date, QStringLiteral("2016-01-01"));
        QCOMPARE(g.post(9999).date, QStringLiteral("2026-01-22"));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, g.post(10000));
    }

    void templatesExpandTheirPlaceholders()
    {
        const QString text = CorpusGenerator::expandTemplate("第{N}条：{Y}年");
        QVERIFY2(QRegularExpression(QStringLiteral("^第([2-9]|1[0-9]|20)条：2026年$")).match(text).hasMatch(),
                 qPrintable(text));
        QCOMPARE(CorpusGenerator::expandTemplate("{C}发布{M}", 5), CorpusGenerator::expandTemplate("{C}发布{M}", 5));
        QCOMPARE(CorpusGenerator::expandTemplate("no placeholder"), QStringLiteral("no placeholder"));
    }

    // A typo in the phrases must stop the run with the template named; an
    // unclosed brace used to loop forever.
    void badPlaceholdersThrow_data()
    {
        QTest::addColumn<QByteArray>("phraseTemplate");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unclosed known key") << QByteArray("共{N") << QStringLiteral("unclosed placeholder {N");
        QTest::newRow("unclosed at the end") << QByteArray("{C}和{") << QStringLiteral("unclosed placeholder {");
        QTest::newRow("unclosed before text") << QByteArray("在{F领域") << QStringLiteral("unclosed placeholder {F领域");
        QTest::newRow("unknown key") << QByteArray("{X}") << QStringLiteral("unknown placeholder {X}");
    }

    void badPlaceholdersThrow()
    {
        QFETCH(QByteArray, phraseTemplate);
        QFETCH(QString, problem);
        try {
            CorpusGenerator::expandTemplate(phraseTemplate.constData());
            QFAIL("no exception");
        } catch (const std::logic_error& e) {
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.contains(problem), qPrintable(what));
        }
    }

    void postsHaveTheShapeOfADigest()
    {
        const int count = 400;
        const CorpusGenerator g(count);
        QSet<QString> slugs;
        QString previousDate;
        int withHeadlineList = 0, withFooter = 0, images = 0, items = 0;
        for (int i = 0; i < count; ++i) {
            const GeneratedPost p = g.post(i);
            QVERIFY2(!slugs.contains(p.slug), qPrintable(p.slug));
            slugs.insert(p.slug);
            QVERIFY(p.date >= previousDate);
            previousDate = p.date;
            QCOMPARE(p.relativePath, p.date.left(4) + QLatin1Char('/') + p.slug + QStringLiteral(".md"));

            // TOML front matter that toml++ reads, with the fields digests have.
            const QString fm = frontMatter(p.markdown);
            QVERIFY2(!fm.isEmpty(), qPrintable(p.slug));
            toml::table t;
            try {
                t = toml::parse(fm.toStdString());
            } catch (const toml::parse_error& e) {
                QFAIL(e.what());
            }
            QCOMPARE(QString::fromStdString(t["slug"].value_or(std::string())), p.slug);
            QCOMPARE(QString::fromStdString(t["date"].value_or(std::string())), p.date);
            QCOMPARE(QString::fromStdString(t["title"].value_or(std::string())), p.title);
            QVERIFY(p.title.startsWith(QStringLiteral("[AI资讯·") + p.date.mid(5, 2) + p.date.mid(8, 2) + QLatin1Char(']')));
            QVERIFY(t["tags"].as_array() && t["tags"].as_array()->size() >= 2);
            QVERIFY(t["categories"].as_array() && !t["categories"].as_array()->empty());

            // Items: 9..15 headings, each with prose and a source link.
            const QStringList headings = itemHeadings(p.markdown);
            QCOMPARE(headings, p.headlines);
            QVERIFY(headings.size() >= 9 && headings.size() <= 15);
            items += int(headings.size());
            const QString md = QString::fromUtf8(p.markdown);
            if (md.contains(QStringLiteral("\n## AI资讯\n\n - ") + headings.first() + QLatin1Char('\n')))
                ++withHeadlineList;
            if (md.contains(QLatin1String("\n---\n")))
                ++withFooter;
            static const QRegularExpression link(QStringLiteral("（\\[[^\\]]+\\]\\(https://[^)]+\\.html\\)）\n"));
            QCOMPARE(int(md.count(link)), int(headings.size()));
            images += p.imageCount;
            QCOMPARE(int(md.count(QStringLiteral("](https://img.example.com/"))), p.imageCount);
        }
        QVERIFY(items > count * 11 && items < count * 13);      // about 12 per post
        QVERIFY(withHeadlineList > count * 8 / 10 && withHeadlineList < count);  // most, not all
        QVERIFY(withFooter > count * 7 / 10 && withFooter < count);
        QVERIFY(images > items / 20 && images < items / 4);    // occasional
        QCOMPARE(g.post(0).date, CorpusGenerator::firstDate());
        QCOMPARE(g.post(count - 1).date, CorpusGenerator::lastDate());
    }

    void textNamesModelsManyWaysAndIsVaried()
    {
        const CorpusGenerator g(300);
        QByteArray all;
        for (int i = 0; i < 300; ++i)
            all += g.post(i).markdown;
        const QString text = QString::fromUtf8(all);
        // The ways digests write one model, and the names the search is measured on.
        for (const char* name : {"Gemini 1.5 Pro", "Gemini1.5Pro", "gemini-1.5-pro", "GLM-4.7-Flash", "glm-4.7-flash",
                                 "Qwen2.5", "GPT-4o", "谷歌", "Google", "OpenAI", "通义千问", "文心一言", "月之暗面",
                                 "可灵", "快手", "智谱", "百度", "腾讯", "DeepSeek-V3", "Claude 3.5 Sonnet", "Llama 3",
                                 "Mistral", "Runway Gen-4.5", "Kimi", "MiniMax", "大模型推理"})
            QVERIFY2(text.contains(QString::fromUtf8(name)), name);
        // Near misses: a name's characters across a word boundary.
        QVERIFY(text.contains(QStringLiteral("认可灵活")) || text.contains(QStringLiteral("不可灵活")));

        // Not one repeated sentence: most sentences are distinct, and the
        // text compresses like prose, not like a loop.
        const QStringList sentences = text.split(QRegularExpression(QStringLiteral("[。？！\n]")), Qt::SkipEmptyParts);
        const QSet<QString> distinct(sentences.begin(), sentences.end());
        QVERIFY2(distinct.size() > sentences.size() / 2,
                 qPrintable(QStringLiteral("%1 distinct of %2").arg(distinct.size()).arg(sentences.size())));
        const double ratio = double(all.size()) / double(qCompress(all, 9).size());
        QVERIFY2(ratio > 2.0 && ratio < 10.0, qPrintable(QString::number(ratio)));
    }

    void importsWithoutErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpus = QDir(dir.path()).filePath(QStringLiteral("corpus"));
        const CorpusGenerator g(40, 7);
        const CorpusStats stats = g.write(corpus);
        QCOMPARE(stats.files.size(), 40);

        Library lib(QDir(dir.path()).filePath(QStringLiteral("library.sqlite")));
        Importer importer(lib);
        const ImportReport report = importer.importPaths({corpus});
        for (const ImportFileResult& f : report.files)
            QVERIFY2(!f.failed(), qPrintable(f.errorLine()));
        QCOMPARE(report.count(ImportFileResult::Status::Imported), 40);
        QCOMPARE(lib.itemTotal(), stats.items);
        QCOMPARE(int(lib.issues().size()), 40);

        // The parser sees what the generator wrote: headings as item titles,
        // the 报道详情 link as the source, the footer outside the items.
        const GeneratedPost p = g.post(23);
        const auto issue = lib.issue(p.slug);
        QVERIFY(issue);
        QCOMPARE(issue->summary.title, p.title);
        QCOMPARE(issue->summary.date, p.date);
        QCOMPARE(int(issue->items.size()), int(p.headlines.size()));
        int remoteImages = 0;
        for (int n = 0; n < issue->items.size(); ++n) {
            const ItemRecord& it = issue->items[n];
            QCOMPARE(it.title, p.headlines[n]);
            QVERIFY2(it.sourceUrl && it.sourceUrl->startsWith(QLatin1String("https://")), qPrintable(it.title));
            QVERIFY(!it.text.contains(QStringLiteral("公众号")));
            for (const ImageInfo& img : it.images)
                remoteImages += img.remote;
        }
        QCOMPARE(remoteImages, p.imageCount);
    }
};

QTEST_GUILESS_MAIN(TestCorpusGenerator)
#include "TestCorpusGenerator.moc"
