#include "TranscriptMetadataReader.h"

#include <QTest>

using namespace digest;

class TestTranscriptMetadataReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chineseNumerals_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<int>("out");
        QTest::newRow("四") << QStringLiteral("四") << 4;
        QTest::newRow("十") << QStringLiteral("十") << 10;
        QTest::newRow("十二") << QStringLiteral("十二") << 12;
        QTest::newRow("二十一") << QStringLiteral("二十一") << 21;
        QTest::newRow("一百零五") << QStringLiteral("一百零五") << 105;
        QTest::newRow("两") << QStringLiteral("两") << 2;
        QTest::newRow("001") << QStringLiteral("001") << 1;
        QTest::newRow("junk") << QStringLiteral("第") << 0;
    }
    void chineseNumerals()
    {
        QFETCH(QString, in);
        QFETCH(int, out);
        QCOMPARE(TranscriptMetadataReader::parseNumber(in), out);
    }

    void seriesDateNumberFromOpening()
    {
        const TranscriptMetadata m = TranscriptMetadataReader::read(
            QStringLiteral("/x/000_bbcc.txt"), QStringLiteral("大家好,这里是AI大模型周报2026年1月的第四期。谷歌与…"));
        QCOMPARE(m.series, QStringLiteral("AI大模型周报"));
        QCOMPARE(m.date, QStringLiteral("2026-01"));
        QCOMPARE(m.number, 4);
        QCOMPARE(m.source, QStringLiteral("opening"));
        QCOMPARE(TranscriptMetadataReader::title(m, QStringLiteral("x")), QStringLiteral("AI大模型周报 2026年1月 第4期"));
    }

    void digitsAndWelcomeForms()
    {
        TranscriptMetadata m = TranscriptMetadataReader::read(
            QStringLiteral("ep001.srt"), QStringLiteral("大家好，欢迎收看 AI Weekly 第001期。我是你们的AI主播。"));
        QCOMPARE(m.series, QStringLiteral("AI Weekly"));
        QCOMPARE(m.number, 1);
        m = TranscriptMetadataReader::read(QStringLiteral("a.txt"),
                                           QStringLiteral("大家好，这里是最佳拍档，我是大飞！今天是2025年3月14日"));
        QCOMPARE(m.series, QStringLiteral("最佳拍档"));
        QCOMPARE(m.date, QStringLiteral("2025-03-14"));
        QCOMPARE(m.number, 0);
    }

    // "欢迎大家回到…", a Latin name spaced from 的, and a month said the
    // Chinese way; a date the story tells of is not the episode's.
    void spokenSeriesAndEpisodeDates()
    {
        TranscriptMetadata m = TranscriptMetadataReader::read(
            QStringLiteral("a.txt"), QStringLiteral("欢迎大家回到Indigo的月末直播 这是2024年的11月期 我是每两个月一次"));
        QCOMPARE(m.series, QStringLiteral("Indigo的月末直播"));
        QCOMPARE(m.date, QStringLiteral("2024-11"));
        m = TranscriptMetadataReader::read(QStringLiteral("b.txt"),
                                           QStringLiteral("欢迎回到 indigo 的月末直播 这是2025年的1月和2月的双月"));
        QCOMPARE(m.series, QStringLiteral("indigo的月末直播"));
        QCOMPARE(m.date, QStringLiteral("2025-01"));
        m = TranscriptMetadataReader::read(QStringLiteral("c.txt"),
                                           QStringLiteral("大家好，这里是最佳拍档，我是大飞 一年前的今天，ChatGPT发布 两个月后，2023年1月"));
        QCOMPARE(m.series, QStringLiteral("最佳拍档"));
        QVERIFY2(m.date.isEmpty(), qPrintable(m.date));
        m = TranscriptMetadataReader::read(QStringLiteral("d.txt"), QStringLiteral("大家好 今天是2025年3月14日 国际国内"));
        QCOMPARE(m.date, QStringLiteral("2025-03-14"));
    }

    void englishOpening()
    {
        const TranscriptMetadata m = TranscriptMetadataReader::read(
            QStringLiteral("/t/news__changelog-news-40.md"),
            QStringLiteral("What up, nerds? I'm Jerod and this is Changelog News for the week of Monday, April 17th 2023."));
        QCOMPARE(m.series, QStringLiteral("Changelog News"));
        QCOMPARE(m.date, QStringLiteral("2023-04-17"));
        QCOMPARE(m.number, 40);  // from the file name
        QCOMPARE(m.source, QStringLiteral("opening+path"));
        QCOMPARE(TranscriptMetadataReader::title(m, QString()), QStringLiteral("Changelog News 2023-04-17 #40"));
    }

    void pathOnly()
    {
        TranscriptMetadata m = TranscriptMetadataReader::read(QStringLiteral("/p/pie-srt/v2/pie-ep210.mp3.srt"),
                                                              QStringLiteral("嗯 对 我们开始"));
        QCOMPARE(m.number, 210);
        QVERIFY(m.series.isEmpty());
        QCOMPARE(m.source, QStringLiteral("path"));
        QCOMPARE(TranscriptMetadataReader::title(m, QStringLiteral("pie-ep210.mp3")), QStringLiteral("pie-ep210.mp3"));
        m = TranscriptMetadataReader::read(QStringLiteral("/p/2024-06-17/episode.txt"), QString());
        QCOMPARE(m.date, QStringLiteral("2024-06-17"));
        m = TranscriptMetadataReader::read(QStringLiteral("/p/subtitle__vk49TN4heAY.txt"), QString());
        QCOMPARE(m.number, 0);  // a video id is not an episode number
        QVERIFY(m.date.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTranscriptMetadataReader)
#include "TestTranscriptMetadataReader.moc"
