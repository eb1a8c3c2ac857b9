#include "PostParser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace digest;

// Every real post in the shared corpus parses, and each file yields the item
// count and first item title decided by reading the file (see
// docs/posts-format.md for how digest sections were judged).
namespace {
struct Expected {
    const char* file;  // relative to corpus/posts
    int items;
    const char* firstTitle;
};

// clang-format off
const Expected kExpected[] = {
        {"AlfieriChou__news/markdown__koala.md", 87, "[Hacker News 周报] 协同 Lottie 动画创作工具；轻量级 systemd 服务管理工具；使用 PS 一样使用 Diffusion AI"},
        {"GuillaumeGomez__this-week-in-rust-docs/_posts__2016-10-2-this-week-in-rust-docs-24.md", 6, "Latest news"},
        {"Joe-oss9527__ai-briefing-archive/2025__08__ai-briefing-twitter-list__briefing_20250825T112417Z.md", 6, "1. AI技术发展与应用动态"},
        {"Joe-oss9527__ai-briefing-archive/2025__09__ai-briefing-hackernews__briefing_20250923T113237Z.md", 3, "1. AI代理编码与多模态模型进展：提升研发效率与洞察"},
        {"Joe-oss9527__ai-briefing-archive/2025__12__ai-briefing-twitter-list__briefing_20251211T001843+0000.md", 2, "1. Agentic Focus"},
        {"Ming-H__ai-insights/content__daily__2026-01-13-index.md", 20, "Former NYC Mayor Eric Adams rugs his own memecoin just 30 minutes after launch"},
        {"Ming-H__ai-insights/content__daily__2026-01-22-index.md", 85, "1. Horizon 1000：OpenAI携手盖茨基金会推进非洲基层AI医疗"},
        {"Ming-H__ai-insights/content__daily__2026-04-19-index.md", 36, "1. 企业数据转换新思路：如何用本地LLM高效实现XQuery到SQL的迁移"},
        {"Ming-H__ai-insights/content__daily__2026-08-22-index.md", 36, "1. World models that ignore human beliefs predict the wrong actions, new research shows"},
        {"TSFiang__ai-weekly-video/data__processed__episode_001__script.md", 8, "1. OpenAI abandons yet another side quest: ChatGPT’s erotic mode"},
        {"baiyangzuoshu__baiyangzuoshu.github.io/blog__source___posts__week74.md", 5, "新闻"},
        {"baiyangzuoshu__baiyangzuoshu.github.io/blog__source___posts__week__2024__week6.md", 2, "新闻"},
        {"baiyangzuoshu__baiyangzuoshu.github.io/blog__source___posts__week__2025__week39.md", 4, "新闻"},
        {"chris-short__devopsish.com/content__archive__024__index.md", 6, "Department of Choice Concepts"},
        {"chris-short__devopsish.com/content__archive__323__index.md", 13, "Go 1.27 is released"},
        {"chris-short__devopsish.com/content__post__006__index.md", 8, "Department of Assemblage Obtainment"},
        {"chris-short__devopsish.com/content__post__024__index.md", 6, "Department of Choice Concepts"},
        {"chris-short__devopsish.com/content__post__077__index.md", 8, "ChefConf 2018"},
        {"chris-short__devopsish.com/content__post__150__index.md", 1, "Events"},
        {"corwen6349__daily-ai-news-blog/content__posts__2025-11-14.md", 5, "1. ChatGPT 上线群聊功能 可以多人一起与AI聊天 最多支持20人"},
        {"corwen6349__daily-ai-news-blog/content__posts__2025-11-17.md", 2, "1. OpenAI最新突破：用“稀疏电路” 了解AI到底是如何思考的"},
        {"corwen6349__daily-ai-news-blog/content__posts__2025-11-19.md", 4, "1. 如视发布空间大模型Argus1.0，支持全景图等多元输入，行业首创！"},
        {"corwen6349__daily-ai-news-blog/content__posts__2025-11-20.md", 5, "1. 反超Gemini 3！马斯克放出Grok4.1快速推理版，还曝出了新一轮150亿美元融资"},
        {"corwen6349__daily-ai-news-blog/content__posts__2025-11-21.md", 5, "1. 腾讯发布全新视频生成模型 HunyuanVideo1.5，降低视频创作门槛"},
        {"corwen6349__daily-ai-news-blog/content__posts__2025-11-22.md", 5, "1. Meta再推WorldGen，简单一句话，竟「盖」出50×50米一座城"},
        {"hubianluanma__hubianluanma.github.io/content__posts__2026-03-16-ai-agent-weekly.md", 6, "Morgan Stanley：2026 上半年可能出现重大 AI 突破"},
        {"hubianluanma__hubianluanma.github.io/content__posts__2026-03-17-ai-agent-hot-2026.md", 9, "NVIDIA GTC 2026 即将开幕：CPU for Agent AI 或成焦点"},
        {"hubianluanma__hubianluanma.github.io/content__posts__2026-03-19-ai-agent-weekly.md", 8, "Meta Manus 推出桌面应用"},
        {"hubianluanma__hubianluanma.github.io/content__posts__2026-03-21-ai-agent-weekly.md", 8, "🏥 医疗突破：上海瑞金医院完成首例 AI Agent 全程主导腹腔镜手术"},
        {"hubianluanma__hubianluanma.github.io/content__posts__2026-03-22-tencent-wechat-openclaw-clawbot.md", 1, "腾讯推出 ClawBot：OpenClaw AI Agent 接入微信"},
        {"hubianluanma__hubianluanma.github.io/content__posts__2026-03-25-openclaw-model-rankings.md", 5, "核心结论"},
        {"hubianluanma__hubianluanma.github.io/content__posts__2026-03-ai-agent-weekly.md", 8, "1. Anthropic 完成 300 亿美元融资，估值达 3800 亿美元"},
        {"hubianluanma__hubianluanma.github.io/content__posts__2026-ai-agent-weekly-march3.md", 10, "腾讯微信集成 OpenClaw AI Agent"},
        {"hubianluanma__hubianluanma.github.io/content__posts__2026年3月AI-Agent最新动态与元年展望.md", 6, "一、2026——AI Agent元年已来"},
        {"hubianluanma__hubianluanma.github.io/content__posts__ai-agents-weekly-2026-03-14.md", 7, "🚀 Morgan Stanley：2026 年上半年 AI 迎来重大突破"},
        {"hubianluanma__hubianluanma.github.io/content__posts__claude-fable-5-mythos-5-release.md", 7, "一、先说结论:它到底有多强"},
        {"hubianluanma__hubianluanma.github.io/content__posts__minimax-m3-open-weight-reality-check.md", 4, "基准很好看，但全是厂商自己跑的"},
        {"hubianluanma__hubianluanma.github.io/content__posts__us-chip-export-loophole-closed-2026.md", 4, "一个漏洞的前世今生"},
        {"martianyi__gptxgeek/content__weekly__2025-02-16.md", 5, "巴黎AI行动峰会速递"},
        {"martianyi__gptxgeek/content__weekly__2025-02-23.md", 5, "AI资讯速递"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__20240430-每日AI__index.md", 11, "AGI加速降临！人大系多模态模型首次实现自主更新，写真视频生成力压 Sora"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__20240501-每日AI__index.md", 12, "国资委：加快人工智能等新技术与制造全过程、全要素深度融合"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__20240506-每日AI__index.md", 15, "苹果或将推出 AI 功能，随 iPhone 发布"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240526__CSDN.txt", 13, "VAST宋亚宸：3D生成迈入秒级时代，今年将做到Midjourney V5/V6水平丨GenAIC"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240526__WeiXin.txt", 13, "VAST宋亚宸：3D生成迈入秒级时代，今年将做到Midjourney V5/V6水平丨GenAIC"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240526__index.md", 13, "VAST宋亚宸：3D生成迈入秒级时代，今年将做到Midjourney V5/V6水平丨GenAIC"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240527__index.md", 14, "AI初创集体跳槽OpenAI，Ilya出走后安全团队重整旗鼓！"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240529__index.md", 11, "一年心血被毁，OpenAI超级对齐负责人愤而出走Anthropic！Ilya去向依旧成谜"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240531__index.md", 10, "苹果OpenAI曝出「数十亿美元」合作，微软急了！纳德拉紧急约谈奥特曼"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240601__index.md", 11, "接入零一万物、百川智能大模型！云大厂扩张生成式AI版图，大秀三层技术栈与"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240604__index.md", 12, "首次解密Claude 3大脑！25岁Anthropic参谋长预言3年内自己将被AI淘汰"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240605__index.md", 11, "1毛钱1百万token，写2遍红楼梦！国产大模型下一步还想卷什么？"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240609__index.md", 8, "奥特曼28亿「投资帝国」曝光！不要OpenAI股份，当CEO最不赚钱"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240612__index.md", 12, "国产AI大战高考物理，第1题全对，第2题开始放飞"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240618__CSDN.txt", 12, "陕西推出AI千亿级发展计划，五大产业集群，智算超3000P"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240618__WeiXin.txt", 12, "陕西推出AI千亿级发展计划，五大产业集群，智算超3000P"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240618__index.md", 12, "陕西推出AI千亿级发展计划，五大产业集群，智算超3000P"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240622__CSDN.txt", 10, "「网红」周鸿祎，要为 AI 带货"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240622__WeiXin.txt", 10, "「网红」周鸿祎，要为 AI 带货"},
        {"obullxl__obullxl.github.io/content__post__CY24AI__ai20240622__index.md", 10, "「网红」周鸿祎，要为 AI 带货"},
        {"redox-os__website/content__news__this-month-240531.md", 5, "COSMIC"},  // Donate, Join us and Discussion are appeals
        {"redox-os__website/content__news__this-month-260531.md", 24, "Redox Summer of Code"},
        {"redox-os__website/content__news__this-week-in-redox-1.md", 4, "What's new in Redox?"},
        {"redox-os__website/content__news__this-week-in-redox-13.md", 6, "PSA"},
        {"redox-os__website/content__news__this-week-in-redox-2.md", 4, "Whats new in Redox?"},
        {"redox-os__website/content__news__this-week-in-redox-29.md", 17, "PSA"},
        {"ruanyf__weekly/docs__issue-1.md", 7, "语雀"},
        {"ruanyf__weekly/docs__issue-407.md", 10, "国家为什么需要开源软件？"},
};
// clang-format on

const QString kPosts = QStringLiteral(DIGEST_SHARED_DIR "/corpus/posts");
}  // namespace

class TestPostsCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(kPosts).exists())
            QSKIP("corpus/posts not found under DIGEST_SHARED_DIR (/work/shared); skipping the corpus suite");
    }

    void everyFileParses()
    {
        int files = 0;
        QDirIterator it(kPosts, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const ParseResult r = PostParser::parse(path, f.readAll());
            QVERIFY2(r.issue, qPrintable(path + QStringLiteral(": ") + r.error));
            QCOMPARE(r.issue->kind, QStringLiteral("post"));
            QVERIFY2(!r.issue->title.isEmpty(), qPrintable(path));
            QVERIFY2(!r.issue->slug.isEmpty(), qPrintable(path));
            for (const ParsedItem& item : r.issue->items) {
                QVERIFY2(item.line > 0, qPrintable(path));
                QVERIFY2(!item.title.isEmpty(), qPrintable(path));
                QVERIFY2(!item.html.contains(QStringLiteral("raw HTML omitted")), qPrintable(path));
                QVERIFY2(!item.html.contains(QStringLiteral("{{<")) && !item.html.contains(QStringLiteral("{{%")),
                         qPrintable(path));
            }
            ++files;
        }
        QCOMPARE(files, int(std::size(kExpected)));
    }

    void itemsPerFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("items");
        QTest::addColumn<QString>("firstTitle");
        for (const Expected& e : kExpected)
            QTest::newRow(e.file) << QString::fromUtf8(e.file) << e.items << QString::fromUtf8(e.firstTitle);
    }
    void itemsPerFile()
    {
        QFETCH(QString, file);
        QFETCH(int, items);
        QFETCH(QString, firstTitle);
        const QString path = kPosts + QLatin1Char('/') + file;
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const ParseResult r = PostParser::parse(path, f.readAll());
        QVERIFY2(r.issue, qPrintable(r.error));
        QCOMPARE(r.issue->items.size(), items);
        QCOMPARE(r.issue->items.first().title, firstTitle);
    }

    // Spot checks of rules the counts alone would not show.
    void footersAndSources()
    {
        auto parse = [](const char* file) {
            const QString path = kPosts + QLatin1Char('/') + QString::fromUtf8(file);
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return PostParser::parse(path, f.readAll()).issue.value_or(ParsedIssue{});
        };
        const ParsedIssue p0430 = parse("obullxl__obullxl.github.io/content__post__CY24AI__20240430-每日AI__index.md");
        QCOMPARE(p0430.items[0].sourceUrl.value_or(QString()), QStringLiteral("https://www.ifanr.com/1583512"));
        QCOMPARE(p0430.items.last().tags, QStringList{QStringLiteral("投资")});
        QVERIFY(p0430.outro.contains(QStringLiteral("原地址")));

        const ParsedIssue p0609 = parse("obullxl__obullxl.github.io/content__post__CY24AI__ai20240609__index.md");
        for (const ParsedItem& i : p0609.items)
            QVERIFY(!i.title.contains(QStringLiteral("开源大模型")));

        const ParsedIssue devops = parse("chris-short__devopsish.com/content__post__006__index.md");
        QCOMPARE(devops.date, QStringLiteral("2017-01-15"));
        QVERIFY(!devops.items.last().html.contains(QStringLiteral("tweet")));

        const ParsedIssue redox = parse("redox-os__website/content__news__this-week-in-redox-29.md");
        QCOMPARE(redox.date, QStringLiteral("2017-09-25"));

        const ParsedIssue cover = parse("hubianluanma__hubianluanma.github.io/content__posts__claude-fable-5-mythos-5-release.md");
        QVERIFY(cover.image.startsWith(QStringLiteral("https://minio-api.hubianluanma.com/")));
        const ParsedIssue inlineCover = parse("hubianluanma__hubianluanma.github.io/content__posts__minimax-m3-open-weight-reality-check.md");
        QVERIFY(inlineCover.image.startsWith(QStringLiteral("https://minio-api.hubianluanma.com/")));
        QVERIFY(inlineCover.outro.contains(QStringLiteral("参考资料")));

        const ParsedIssue corwen = parse("corwen6349__daily-ai-news-blog/content__posts__2025-11-14.md");
        QCOMPARE(corwen.items[0].sourceUrl.value_or(QString()).isEmpty(), false);
        QVERIFY(corwen.outro.contains(QStringLiteral("关于本日报")));

        const ParsedIssue ming = parse("Ming-H__ai-insights/content__daily__2026-01-13-index.md");
        QVERIFY(ming.outro.contains(QStringLiteral("数据来源")));
        QVERIFY(!ming.intro.contains(QLatin1Char('<')));
    }
};

QTEST_GUILESS_MAIN(TestPostsCorpus)
#include "TestPostsCorpus.moc"
