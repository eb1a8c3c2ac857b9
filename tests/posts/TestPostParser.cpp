#include "PostParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace digest;

namespace {
const QString kData = QDir::cleanPath(QStringLiteral(DIGEST_TEST_DATA_DIR "/posts"));
const QString kShared = QDir::cleanPath(QStringLiteral(DIGEST_SHARED_DIR));

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ParsedIssue parseOk(const QString& path, const QByteArray& bytes)
{
    const ParseResult r = PostParser::parse(path, bytes);
    if (!r.issue)
        qWarning("parse failed: %s (line %d)", qPrintable(r.error), r.errorLine);
    return r.issue.value_or(ParsedIssue{});
}
}  // namespace

class TestPostParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seedPost()
    {
        const QString path = kShared + QStringLiteral("/seeds/004_7f005352e2cc6cf3.txt");
        if (!QFile::exists(path))
            QSKIP("seed 004 not found under DIGEST_SHARED_DIR (/work/shared); skipping the seed test");
        const ParseResult r = PostParser::parse(path, readFile(path));
        QVERIFY2(r.issue, qPrintable(r.error));
        const ParsedIssue& is = *r.issue;
        QCOMPARE(is.kind, QStringLiteral("post"));
        QCOMPARE(is.slug, QStringLiteral("ai20240618"));
        QCOMPARE(is.date, QStringLiteral("2024-06-17"));
        QCOMPARE(is.lastmod, QStringLiteral("2024-06-17"));
        QVERIFY(is.title.startsWith(QStringLiteral("[AI资讯·0618] 快手AI模型可灵在质量优于Sora")));
        QCOMPARE(is.tags, (QStringList{"AI", "AI资讯", "人工智能", "大模型"}));
        QCOMPARE(is.categories, QStringList{"AI资讯"});
        QCOMPARE(is.image, QStringLiteral("ai20240618-156.jpg"));
        QCOMPARE(is.imageLocalPath, kShared + QStringLiteral("/seeds/ai20240618-156.jpg"));
        QCOMPARE(is.metadata.value("slug").toString(), QStringLiteral("ai20240618"));
        QCOMPARE(is.metadata.value("tags").toArray().size(), 4);

        const QStringList expectedTitles = {
            "陕西推出AI千亿级发展计划，五大产业集群，智算超3000P",
            "试了快手的视频AI，竟然有点领先",
            "“技术故障”背刺巴菲特，金融大模型到底靠不靠谱？",
            "Gemini视频推理遥遥领先GPT-4o，首个视频多模态基准Video-MME",
            "国产视频大模型PixVerse发布运动笔刷，网友：效果超Runway",
            "AI研究的主要推动力是什么？ChatGPT团队科学家：算力成本下降",
            "LLM最全「怪癖」首曝光！马里兰OpenAI等30+学者祭出75页提示报告",
            "大模型「幻觉」全无？图神经网络成破解核心，精准预测因果消除「幻觉」",
            "为什么你的 iPhone，肯定用不上「苹果 AI」？",
            "答案抽取正确率达96.88%，xFinder断了大模型「作弊」的小心思",
            "3D 版 SORA 来了！DreamTech 推出全球首个原生 3D-DiT 大模型",
            "中国版Sora级视频大模型发布，打造“视频-Native”超级应用",
        };
        const QStringList expectedSources = {
            "https://www.163.com/dy/article/J4GTGC5M051180F7.html", "https://www.163.com/dy/article/J4SN3TV6051196HN.html",
            "https://www.163.com/dy/article/J4TD7SB80511DSSR.html", "https://www.163.com/dy/article/J4TCMD9V0511DSSR.html",
            "https://www.163.com/dy/article/J4T6F0A70512MLBG.html", "https://www.163.com/dy/article/J4T4PO9P0511AQHO.html",
            "https://www.163.com/dy/article/J4SURV8C0511ABV6.html", "https://www.163.com/dy/article/J4SUPGQ40511ABV6.html",
            "https://www.163.com/dy/article/J4SQVLCI05119FMA.html", "https://www.163.com/dy/article/J4T77AK10511AQHO.html",
            "https://www.163.com/dy/article/J4T3B1FC0511AQHO.html", "https://www.163.com/dy/article/J4TF9AUQ0512MLBG.html",
        };
        const QList<int> expectedLines = {27, 31, 35, 41, 45, 51, 55, 59, 63, 69, 73, 79};
        QCOMPARE(is.items.size(), 12);
        for (int i = 0; i < 12; ++i) {
            const ParsedItem& it = is.items[i];
            QCOMPARE(it.title, expectedTitles[i]);
            QCOMPARE(it.sourceUrl.value_or(QString()), expectedSources[i]);
            QCOMPARE(it.line, expectedLines[i]);
            QCOMPARE(it.links.size(), 1);
            QVERIFY(!it.text.contains(QStringLiteral("报道详情](")));
            QVERIFY(!it.text.startsWith(it.title));
        }
        // Images as written, in the four items that have one.
        QMap<int, QString> images{{2, "ai20240618-146.jpg"}, {4, "ai20240618-149.jpg"},
                                  {8, "ai20240618-153.jpg"}, {10, "ai20240618-156.jpg"}};
        for (int i = 0; i < 12; ++i) {
            if (!images.contains(i)) {
                QVERIFY(is.items[i].images.isEmpty());
                continue;
            }
            QCOMPARE(is.items[i].images.size(), 1);
            QCOMPARE(is.items[i].images[0].src, images[i]);
            QCOMPARE(is.items[i].images[0].alt, expectedTitles[i]);
            QVERIFY(!is.items[i].images[0].remote);
            QCOMPARE(is.items[i].images[0].localPath, kShared + "/seeds/" + images[i]);
        }
        // The promotional footer is outro, never items.
        for (const ParsedItem& it : is.items) {
            QVERIFY(!it.title.contains(QStringLiteral("微信公众号")));
            QVERIFY(!it.title.contains(QStringLiteral("开源大模型")));
            for (const LinkRef& l : it.links)
                QVERIFY(!l.url.contains(QStringLiteral("mp.weixin.qq.com")));
        }
        QVERIFY(is.outro.contains(QStringLiteral("关注本公众号")));
        QVERIFY(is.outro.contains(QStringLiteral("Stable Diffusion开源大模型")));
        QVERIFY(is.intro.isEmpty());
    }

    void tomlFixtureWithCoverTableAndToc()
    {
        const QString path = kData + QStringLiteral("/ai20990101/index.md");
        const ParsedIssue is = parseOk(path, readFile(path));
        QCOMPARE(is.slug, QStringLiteral("ai20990101"));
        QCOMPARE(is.title, QStringLiteral("[AI资讯·0101] 测试用的合成日报"));
        QCOMPARE(is.date, QStringLiteral("2099-01-01"));       // TOML local date
        QCOMPARE(is.lastmod, QStringLiteral("2099-01-02"));    // TOML offset datetime
        QCOMPARE(is.metadata.value("date").toString(), QStringLiteral("2099-01-01"));
        QVERIFY(is.metadata.value("lastmod").toString().startsWith(QStringLiteral("2099-01-02T08:30")));
        QCOMPARE(is.description, QStringLiteral("用于单元测试的合成帖子"));  // from summary
        QCOMPARE(is.tags, QStringList{"AI"});                          // a single string
        QCOMPARE(is.categories, (QStringList{"AI资讯", "测试"}));
        QCOMPARE(is.image, QStringLiteral("cover.jpg"));                // [cover] image
        QCOMPARE(is.imageLocalPath, kData + QStringLiteral("/ai20990101/cover.jpg"));
        QCOMPARE(is.intro, QStringLiteral("早上好，这是导语。"));
        QCOMPARE(is.items.size(), 3);
        QCOMPARE(is.items[0].title, QStringLiteral("第一条新闻：模型发布"));
        QCOMPARE(is.items[0].line, 25);
        QCOMPARE(is.items[0].images.size(), 1);
        QCOMPARE(is.items[0].images[0].localPath, kData + QStringLiteral("/ai20990101/images/pic 1.png"));
        QCOMPARE(is.items[0].sourceUrl.value_or(QString()), QStringLiteral("https://news.example.com/a1"));
        QCOMPARE(is.items[1].sourceUrl.value_or(QString()), QStringLiteral("https://news.example.com/a2"));
        QVERIFY(is.items[1].images[0].remote);
        QCOMPARE(is.items[2].sourceUrl.value_or(QString()), QStringLiteral("https://arxiv.example.org/abs/3"));
        QCOMPARE(is.items[2].links.size(), 2);
        QVERIFY(is.outro.contains(QStringLiteral("往期文章")));
    }

    void yamlFixtureWithGroupsAndStringDate()
    {
        const QString path = kData + QStringLiteral("/2099-02-03/_index.md");
        const ParsedIssue is = parseOk(path, readFile(path));
        QCOMPARE(is.title, QStringLiteral("YAML 周报"));
        QCOMPARE(is.slug, QStringLiteral("2099-02-03"));              // _index.md → folder name
        QCOMPARE(is.date, QStringLiteral("2017-09-25"));              // "2017-09-25 22:55:55 +0100"
        QCOMPARE(is.description, QStringLiteral("分组标题的周报"));
        QCOMPARE(is.tags, (QStringList{"周报", "AI"}));
        QCOMPARE(is.image, QStringLiteral("/abs/cover.png"));
        QCOMPARE(is.imageLocalPath, QStringLiteral("/abs/cover.png"));
        QCOMPARE(is.metadata.value("draft").toBool(true), false);
        QCOMPARE(is.intro, QStringLiteral("开头的话。"));
        QCOMPARE(is.outro, QStringLiteral("本周报由作者整理"));
        QStringList titles;
        for (const ParsedItem& i : is.items)
            titles << i.title;
        QCOMPARE(titles, (QStringList{"谷歌发布新模型", "OpenAI 更新", "市场数据", "没有链接的新闻"}));
        QCOMPARE(is.items[0].tags, QStringList{"🔥 重点新闻"});
        QCOMPARE(is.items[2].tags, QStringList{"📊 行业观察"});
        QCOMPARE(is.items[0].sourceUrl.value_or(QString()), QStringLiteral("https://blog.example.com/gemini"));
        QCOMPARE(is.items[1].sourceUrl.value_or(QString()), QStringLiteral("https://openai.example.com/post"));
        QCOMPARE(is.items[2].sourceUrl.value_or(QString()), QStringLiteral("https://data.example.com/report"));
        QVERIFY(!is.items[3].sourceUrl.has_value());
        QCOMPARE(is.items[0].line, 18);
    }

    void noFrontMatterFallbacks()
    {
        const QString path = kData + QStringLiteral("/2099-02-03/2099-02-03-no-front-matter.md");
        const ParsedIssue is = parseOk(path, readFile(path));
        QVERIFY(is.metadata.isEmpty());
        QCOMPARE(is.title, QStringLiteral("第一个故事"));  // first heading
        QCOMPARE(is.date, QStringLiteral("2099-02-03"));   // from the path
        QCOMPARE(is.slug, QStringLiteral("2099-02-03-no-front-matter"));
        QCOMPARE(is.intro, QStringLiteral("Some text before any heading."));
        QCOMPARE(is.items.size(), 2);
        QCOMPARE(is.items[0].line, 3);
        QCOMPARE(is.items[1].line, 19);
        const ParsedItem& i = is.items[0];
        QVERIFY2(!i.html.contains(QLatin1Char('{')) && !i.html.contains(QStringLiteral("<div"))
                     && !i.html.contains(QStringLiteral("alert")),
                 qPrintable(i.html));
        QVERIFY(i.text.contains(QStringLiteral("Shortcode body text.")));
        QVERIFY(i.text.contains(QStringLiteral("Boxed words & more")));
    }

    void titleFromFileNameWhenNoHeading()
    {
        const ParsedIssue is = parseOk(QStringLiteral("/x/posts/My Post.md"), "Just one paragraph.\n");
        QCOMPARE(is.title, QStringLiteral("My Post"));
        QCOMPARE(is.slug, QStringLiteral("my-post"));
        QCOMPARE(is.items.size(), 1);
        QCOMPARE(is.items[0].title, QStringLiteral("My Post"));
        QVERIFY(is.date.isEmpty());
    }

    void dateForms_data()
    {
        QTest::addColumn<QByteArray>("frontMatter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("toml date") << QByteArray("+++\ndate = 2024-06-17\n+++\n") << "2024-06-17";
        QTest::newRow("toml datetime") << QByteArray("+++\ndate = 2017-01-15T07:32:00.595Z\n+++\n") << "2017-01-15";
        QTest::newRow("toml local datetime") << QByteArray("+++\ndate = 2024-06-17T09:00:00\n+++\n") << "2024-06-17";
        QTest::newRow("string date") << QByteArray("+++\ndate = \"2024-06-17\"\n+++\n") << "2024-06-17";
        QTest::newRow("string with zone") << QByteArray("+++\ndate = \"2017-09-25 22:55:55 +0100\"\n+++\n") << "2017-09-25";
        QTest::newRow("string rfc3339") << QByteArray("+++\ndate = '2026-03-17T09:01:03+08:00'\n+++\n") << "2026-03-17";
        QTest::newRow("yaml date") << QByteArray("---\ndate: 2026-03-22\n---\n") << "2026-03-22";
        QTest::newRow("yaml datetime") << QByteArray("---\ndate: 2025-07-04 13:11:01\n---\n") << "2025-07-04";
        QTest::newRow("yaml quoted rfc3339") << QByteArray("---\ndate: \"2017-05-21T08:00:00Z\"\n---\n") << "2017-05-21";
        QTest::newRow("unparseable kept, no failure") << QByteArray("+++\ndate = \"someday\"\n+++\n") << "";
    }
    void dateForms()
    {
        QFETCH(QByteArray, frontMatter);
        QFETCH(QString, expected);
        const ParseResult r = PostParser::parse(QStringLiteral("/x/post.md"), frontMatter + "\n## A\n\nB\n");
        QVERIFY2(r.issue, qPrintable(r.error));
        QCOMPARE(r.issue->date, expected);
        QVERIFY(r.issue->metadata.value("date").isString());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messageStart");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray() << "file is empty" << 0;
        QTest::newRow("blank") << QByteArray("\xEF\xBB\xBF \n\n") << "file is empty" << 0;
        QTest::newRow("binary") << QByteArray("PNG\0\0\0\x01\x02garbage", 16) << "file is binary" << 0;
        QTest::newRow("invalid utf-8") << QByteArray("+++\ntitle = \"x\"\n+++\n\n## A\nbad \xff byte\n")
                                       << "invalid UTF-8 on line 6" << 6;
        QTest::newRow("invalid toml") << QByteArray("+++\ntitle = \"x\"\ntitle = \"y\"\n+++\n") << "invalid TOML front matter"
                                      << 3;
        QTest::newRow("invalid yaml") << QByteArray("---\ntitle: x\n  bad: : indent\n---\n") << "invalid YAML front matter"
                                      << -1;
    }
    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messageStart);
        QFETCH(int, line);
        const ParseResult r = PostParser::parse(QStringLiteral("/x/post.md"), bytes);
        QVERIFY(!r.issue);
        QVERIFY2(r.error.startsWith(messageStart), qPrintable(r.error));
        if (line >= 0)
            QCOMPARE(r.errorLine, line);
        else
            QVERIFY(r.errorLine >= 2 && r.errorLine <= 4);
    }

    // Front matter that parses but says something else than meant is
    // imported, with a note naming the line.
    void suspiciousFrontMatterIsNoted()
    {
        const ParseResult open = PostParser::parse(QStringLiteral("/x/open.md"),
                                                   "---\ntitle: \"Open quote\ndate: 2024-01-01\n---\n\n## A\n\nB\n");
        QVERIFY(open.issue);
        QCOMPARE(open.issue->title, QStringLiteral("Open quote"));
        QCOMPARE(open.issue->notes.size(), 1);
        QVERIFY2(open.issue->notes[0].startsWith(QStringLiteral("line 2: ")), qPrintable(open.issue->notes[0]));

        const ParseResult vague = PostParser::parse(QStringLiteral("/x/vague.md"),
                                                    "---\ntitle: Fine\ndate: yesterday\n---\n\n## A\n\nB\n");
        QVERIFY(vague.issue);
        QVERIFY(vague.issue->date.isEmpty());
        QCOMPARE(vague.issue->notes.size(), 1);
        QVERIFY2(vague.issue->notes[0].startsWith(QStringLiteral("line 3: ")), qPrintable(vague.issue->notes[0]));

        const ParseResult fine = PostParser::parse(QStringLiteral("/x/fine.md"),
                                                   "---\ntitle: \"Llama 3 release date: April 18\"\ndate: 2024-01-01\n---\n\n## A\n\nB\n");
        QVERIFY(fine.issue);
        QVERIFY(fine.issue->notes.isEmpty());
        QCOMPARE(fine.issue->title, QStringLiteral("Llama 3 release date: April 18"));
        QCOMPARE(fine.issue->date, QStringLiteral("2024-01-01"));
    }

    void tooLarge()
    {
        QByteArray big("## A\n\n");
        big += QByteArray(PostParser::kMaxPostBytes, 'a');
        const ParseResult r = PostParser::parse(QStringLiteral("/x/big.md"), big);
        QVERIFY(!r.issue);
        QVERIFY2(r.error.startsWith(QStringLiteral("file is too large")), qPrintable(r.error));
        // Just under the limit still parses.
        const ParseResult ok = PostParser::parse(QStringLiteral("/x/ok.md"), big.left(PostParser::kMaxPostBytes));
        QVERIFY2(ok.issue, qPrintable(ok.error));
    }

    void hasFrontMatter()
    {
        QVERIFY(PostParser::hasFrontMatter("\xEF\xBB\xBF+++\ntitle = 'x'\n+++\n"));
        QVERIFY(PostParser::hasFrontMatter("---\ntitle: x\n---\nbody"));
        QVERIFY(!PostParser::hasFrontMatter("# Title\n\ntext\n"));
        QVERIFY(!PostParser::hasFrontMatter("---\n\ntext with a rule and no close\n"));
    }
};

QTEST_GUILESS_MAIN(TestPostParser)
#include "TestPostParser.moc"
