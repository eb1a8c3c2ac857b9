// Every real transcript in corpus/transcripts parses into one issue whose
// items a reader would accept. The expectations below were checked by reading
// each file (see docs/transcripts.md, "Corpus results").
#include "TranscriptParser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace digest;

class TestTranscriptsCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minItems");
        QTest::addColumn<int>("maxItems");
        QTest::addColumn<QString>("firstItemOpening");
        QTest::addColumn<QString>("series");
        QTest::addColumn<int>("number");
        // file, item-count range, first item's opening words, series, number.
        // Ranges: exact where the source marks its stories (**Break:**, numbered rows), the
        // announced story count ± the unannounced ones for 最佳拍档 bulletins,
        // and a wide topic-sized band for hour-long conversations.
        QTest::newRow("assets__subtitles__ep001.srt") << QStringLiteral("TSFiang__ai-weekly-video/assets__subtitles__ep001.srt") << 8 << 8 << QStringLiteral("导语: 本周TechCrun") << QStringLiteral("AI Weekly") << 1;  // its 8 announced stories (导语:)
        QTest::newRow("pie-markdown__ep51.mp3.md") << QStringLiteral("joqk12345__Podcast-Subtitle/pie-markdown__ep51.mp3.md") << 20 << 70 << QStringLiteral("今天我们改在周日的晚上 我和") << QStringLiteral("后互联网时代的乱谈") << 51;  // 47 items
        QTest::newRow("pie-srt__ep42.mp3.srt") << QStringLiteral("joqk12345__Podcast-Subtitle/pie-srt__ep42.mp3.srt") << 10 << 40 << QStringLiteral("我们今天聊聊天 另外今天还有") << QStringLiteral("后互联网时代开发论坛") << 42;  // 19 items
        QTest::newRow("pie-srt__v2__pie-ep210.mp3.srt") << QStringLiteral("joqk12345__Podcast-Subtitle/pie-srt__v2__pie-ep210.mp3.srt") << 15 << 60 << QStringLiteral("一起来聊聊天 最近关于AI的") << QStringLiteral("后互联网时代的论坛") << 210;  // 34 items
        QTest::newRow("subtitle__4yUI4J7sJXg.txt") << QStringLiteral("sumsjp__BestPartners/subtitle__4yUI4J7sJXg.txt") << 4 << 12 << QStringLiteral("昨天尝试做了这个第一期的科技") << QStringLiteral("最佳拍档") << 0;  // 8 items
        QTest::newRow("subtitle__H8-0blZjkw8.txt") << QStringLiteral("sumsjp__BestPartners/subtitle__H8-0blZjkw8.txt") << 1 << 4 << QStringLiteral("OpenAI的CEO Sam") << QStringLiteral("最佳拍档") << 0;  // 2 items
        QTest::newRow("subtitle__IxNuARWyRCA.txt") << QStringLiteral("sumsjp__BestPartners/subtitle__IxNuARWyRCA.txt") << 21 << 23 << QStringLiteral("斯坦福开源OctoTools框架") << QStringLiteral("最佳拍档") << 0;  // 22 items: its numbered stories (the list of headlines before them is intro)
        QTest::newRow("subtitle__O58Icrc1J1M.txt") << QStringLiteral("sumsjp__BestPartners/subtitle__O58Icrc1J1M.txt") << 5 << 8 << QStringLiteral("今天的第一条新闻是关于Ope") << QStringLiteral("最佳拍档") << 0;  // 7 items
        QTest::newRow("subtitle__deZjgTAkzoc.txt") << QStringLiteral("sumsjp__BestPartners/subtitle__deZjgTAkzoc.txt") << 3 << 9 << QStringLiteral("上周DeepSeek是咣咣咣") << QStringLiteral("最佳拍档") << 0;  // 5 items
        QTest::newRow("subtitle__oyX8KmjDJdo.txt") << QStringLiteral("sumsjp__BestPartners/subtitle__oyX8KmjDJdo.txt") << 8 << 20 << QStringLiteral("一年前的今天，ChatGPT") << QStringLiteral("最佳拍档") << 0;  // 14 items
        QTest::newRow("subtitle__rADZ8xw3SA0.txt") << QStringLiteral("sumsjp__BestPartners/subtitle__rADZ8xw3SA0.txt") << 7 << 11 << QStringLiteral("今天的第一条新闻是关于谷歌视") << QStringLiteral("最佳拍档") << 0;  // 8 items
        QTest::newRow("subtitle__vk49TN4heAY.txt") << QStringLiteral("sumsjp__BestPartners/subtitle__vk49TN4heAY.txt") << 3 << 12 << QStringLiteral("呃之前录的一些节目啊 都是我") << QStringLiteral("最佳拍档") << 0;  // 7 items
        QTest::newRow("subtitle__wMoN5OGqD8g.txt") << QStringLiteral("sumsjp__BestPartners/subtitle__wMoN5OGqD8g.txt") << 3 << 7 << QStringLiteral("没想到这周AI圈突然一下又卷") << QStringLiteral("最佳拍档") << 0;  // 4 items
        QTest::newRow("subtitle__94WbU_LF43o.txt") << QStringLiteral("sumsjp__Indigo-Tech/subtitle__94WbU_LF43o.txt") << 8 << 25 << QStringLiteral("很高兴 今天又邀请到了李厚明") << QStringLiteral("") << 0;  // 13 items
        QTest::newRow("subtitle__kNvm04IiCGQ.txt") << QStringLiteral("sumsjp__Indigo-Tech/subtitle__kNvm04IiCGQ.txt") << 8 << 30 << QStringLiteral("这一次内容比较多 因为这次有") << QStringLiteral("Indigo的月末直播") << 0;  // 15 items
        QTest::newRow("subtitle__mXH3vCEuusY.txt") << QStringLiteral("sumsjp__Indigo-Tech/subtitle__mXH3vCEuusY.txt") << 12 << 40 << QStringLiteral("对所以欢迎来到2025我特意") << QStringLiteral("indigo的月末直播") << 0;  // 27 items
        QTest::newRow("news__changelog-news-1.md") << QStringLiteral("thechangelog__transcripts/news__changelog-news-1.md") << 6 << 12 << QStringLiteral("First up, Mark") << QStringLiteral("Changelog News") << 1;  // 10 items
        QTest::newRow("news__changelog-news-181.md") << QStringLiteral("thechangelog__transcripts/news__changelog-news-181.md") << 6 << 6 << QStringLiteral("OpenClaw, Open") << QStringLiteral("Changelog News") << 181;  // 6 stories; the last **Break:** segment is the sign-off
        QTest::newRow("news__changelog-news-40.md") << QStringLiteral("thechangelog__transcripts/news__changelog-news-40.md") << 6 << 6 << QStringLiteral("GitHub Acceler") << QStringLiteral("Changelog News") << 40;  // 6 items
        QTest::newRow("practicalai__practical-ai-230.md") << QStringLiteral("thechangelog__transcripts/practicalai__practical-ai-230.md") << 3 << 3 << QStringLiteral("In these episo") << QStringLiteral("Practical AI") << 230;  // its two **Break**: marks
        QTest::newRow("practicalai__practical-ai-240.md") << QStringLiteral("thechangelog__transcripts/practicalai__practical-ai-240.md") << 3 << 3 << QStringLiteral("In these episo") << QStringLiteral("Practical AI") << 240;  // its two **Break**: marks
    }

    void parses()
    {
        QFETCH(QString, file);
        QFETCH(int, minItems);
        QFETCH(int, maxItems);
        QFETCH(QString, firstItemOpening);
        QFETCH(QString, series);
        QFETCH(int, number);
        const QString path = QStringLiteral(DIGEST_SHARED_DIR "/corpus/transcripts/") + file;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(QStringLiteral("%1 not present (DIGEST_SHARED_DIR/corpus): real-document test skipped").arg(file)));
        const ParseResult r = TranscriptParser::parse(path, f.readAll());
        QVERIFY2(r.issue.has_value(), qPrintable(r.error));
        const ParsedIssue& issue = *r.issue;
        QCOMPARE(issue.kind, QStringLiteral("transcript"));
        QVERIFY2(issue.items.size() >= minItems && issue.items.size() <= maxItems,
                 qPrintable(QStringLiteral("%1 items").arg(issue.items.size())));
        QVERIFY2(issue.items.first().text.startsWith(firstItemOpening),
                 qPrintable(issue.items.first().text.left(60)));
        QCOMPARE(issue.series, series);
        QCOMPARE(issue.number, number);
        QVERIFY(!issue.title.isEmpty());
        QVERIFY(!issue.slug.isEmpty());
        int previousLine = 0;
        for (const ParsedItem& item : issue.items) {
            QVERIFY(!item.title.isEmpty());
            QVERIFY(!item.text.isEmpty());
            QVERIFY(item.html.startsWith(QStringLiteral("<p>")));
            QVERIFY(item.line >= previousLine);  // in source order (stories may share a long paragraph)
            previousLine = item.line;
            const bool timed = file.endsWith(QLatin1String(".srt"));
            QCOMPARE(item.startMs >= 0, timed);
        }
    }
};

QTEST_GUILESS_MAIN(TestTranscriptsCorpus)
#include "TestTranscriptsCorpus.moc"
