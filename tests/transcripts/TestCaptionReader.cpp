#include "CaptionReader.h"

#include <QFile>
#include <QTest>

using namespace digest;

namespace {
QString fixture(const char* name)
{
    QFile f(QStringLiteral(DIGEST_TEST_DATA_DIR "/transcripts/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
}  // namespace

class TestCaptionReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timestamps()
    {
        QCOMPARE(CaptionReader::parseTimestamp(QStringLiteral("00:01:02,500")), qint64(62500));
        QCOMPARE(CaptionReader::parseTimestamp(QStringLiteral("0:00:01.400")), qint64(1400));
        QCOMPARE(CaptionReader::parseTimestamp(QStringLiteral("01:02.5")), qint64(62500));
        QCOMPARE(CaptionReader::parseTimestamp(QStringLiteral("1:00:00.000")), qint64(3600000));
        QCOMPARE(CaptionReader::parseTimestamp(QStringLiteral("12:30")), qint64(-1));
        QCOMPARE(CaptionReader::parseTimestamp(QStringLiteral("abc")), qint64(-1));
    }

    void sourceShapes()
    {
        // The patterns read() tells formats by (classifyDocument uses them too).
        const auto cue = CaptionReader::cueTimeLine().match(QStringLiteral("00:00:01,000 --> 00:00:04,000 align:start"));
        QVERIFY(cue.hasMatch());
        QCOMPARE(cue.captured(1), QStringLiteral("00:00:01,000"));
        QCOMPARE(cue.captured(2), QStringLiteral("00:00:04,000"));
        QVERIFY(CaptionReader::cueTimeLine().match(QStringLiteral(" 01:02.500 --> 01:04.000")).hasMatch());
        QVERIFY(!CaptionReader::cueTimeLine().match(QStringLiteral("12:30 --> 12:31")).hasMatch());
        QVERIFY(!CaptionReader::cueTimeLine().match(QStringLiteral("00:00:01,000 -->")).hasMatch());
        QVERIFY(CaptionReader::speakerLabelLine().match(QStringLiteral("Intro\n**Jerod Santo:**\nHello")).hasMatch());
        QVERIFY(CaptionReader::speakerLabelLine().match(QStringLiteral("**主持人：**  ")).hasMatch());
        QVERIFY(!CaptionReader::speakerLabelLine().match(QStringLiteral("**Jerod Santo:** Hello")).hasMatch());
        QVERIFY(CaptionReader::inlineSpeakerLabel().match(QStringLiteral("Intro\n**Jerod Santo:** Hello")).hasMatch());
        QVERIFY(!CaptionReader::inlineSpeakerLabel().match(QStringLiteral("**Jerod Santo:**\n")).hasMatch());
        QVERIFY(!CaptionReader::inlineSpeakerLabel().match(QStringLiteral("Intro **Jerod Santo:** Hello")).hasMatch());
    }

    void srt()
    {
        const CaptionDocument doc = CaptionReader::read(QStringLiteral("news.srt"), fixture("news.srt"));
        QCOMPARE(doc.format, CaptionFormat::Srt);
        QVERIFY(doc.fragments());
        QCOMPARE(doc.blocks.size(), 6);
        QCOMPARE(doc.blocks[1].startMs, qint64(2600));
        QCOMPARE(doc.blocks[1].endMs, qint64(6000));
        QCOMPARE(doc.blocks[1].line, 7);
        QCOMPARE(doc.blocks[1].text, QStringLiteral("OpenAI发布了新的推理模型o5，"));  // <i> removed
        QCOMPARE(doc.blocks[2].text, QStringLiteral("在数学和编程基准上刷新纪录 & 成本更低。"));
        QCOMPARE(doc.blocks[5].startMs, qint64(20000));
    }

    void nonStandardSrtWithCrLf()
    {
        // 0-based index, single-digit hour, '.' millis, CRLF, no final newline.
        const QString text = QStringLiteral("0\r\n0:00:00.000 --> 0:00:01.400\r\n各位朋友大家好\r\n\r\n"
                                            "1\r\n0:00:01.400 --> 0:00:03.880\r\n欢迎来到后互联网时代的乱弹");
        const CaptionDocument doc = CaptionReader::read(QStringLiteral("ep.txt"), text);
        QCOMPARE(doc.format, CaptionFormat::Srt);
        QCOMPARE(doc.blocks.size(), 2);
        QCOMPARE(doc.blocks[1].startMs, qint64(1400));
        QCOMPARE(doc.blocks[1].text, QStringLiteral("欢迎来到后互联网时代的乱弹"));
    }

    void srtWithoutBlankLinesBetweenCues()
    {
        const QString text = QStringLiteral("1\n00:00:01,000 --> 00:00:02,000\n大家好\n"
                                            "2\n00:00:02,500 --> 00:00:04,000\n今天聊谷歌\n"
                                            "00:00:04,000 --> 00:00:05,000\n最后一句\n");
        const CaptionDocument doc = CaptionReader::read(QStringLiteral("ep.srt"), text);
        QCOMPARE(doc.format, CaptionFormat::Srt);
        QCOMPARE(doc.blocks.size(), 3);
        QCOMPARE(doc.blocks[0].text, QStringLiteral("大家好"));  // not "大家好\n2"
        QCOMPARE(doc.blocks[1].startMs, qint64(2500));
        QCOMPARE(doc.blocks[1].text, QStringLiteral("今天聊谷歌"));
        QCOMPARE(doc.blocks[2].text, QStringLiteral("最后一句"));
    }

    void webvtt()
    {
        const CaptionDocument doc = CaptionReader::read(QStringLiteral("minute.vtt"), fixture("minute.vtt"));
        QCOMPARE(doc.format, CaptionFormat::WebVtt);
        QCOMPARE(doc.blocks.size(), 4);  // NOTE block skipped
        QCOMPARE(doc.blocks[0].speaker, QStringLiteral("Host"));
        QCOMPARE(doc.blocks[0].text, QStringLiteral("Welcome to Tech Minute, episode 7."));
        QCOMPARE(doc.blocks[1].startMs, qint64(2500));
        QCOMPARE(doc.blocks[2].text, QStringLiteral("It renders ten-second clips."));
        QCOMPARE(doc.blocks[3].startMs, qint64(3609500));
    }

    void markdownTranscript()
    {
        const CaptionDocument doc =
            CaptionReader::read(QStringLiteral("example-news-3.md"), fixture("example-news-3.md"));
        QCOMPARE(doc.format, CaptionFormat::Markdown);
        QVERIFY(!doc.fragments());
        // Labels and break markers are structure, not text.
        for (const CaptionBlock& b : doc.blocks) {
            QVERIFY(!b.text.contains(QStringLiteral("Jane Doe:")));
            QVERIFY(!b.text.contains(QStringLiteral("Break")));
            QCOMPARE(b.speaker, QStringLiteral("Jane Doe"));
        }
        QCOMPARE(doc.blocks.size(), 6);
        QVERIFY(!doc.blocks[1].breakBefore);
        QVERIFY(doc.blocks[2].breakBefore);
        QCOMPARE(doc.blocks[2].text, QStringLiteral("Acme ships Widget 2.0"));
        QCOMPARE(doc.blocks[2].links.size(), 1);
        QCOMPARE(doc.blocks[2].links[0].url, QStringLiteral("https://example.com/widget"));
        QCOMPARE(doc.blocks[2].line, 11);
    }

    void inlineSpeakerLabelAndStamps()
    {
        const QString md = QStringLiteral("**Ann Lee:** Hello there. \\[01:06\\] We start. \\[laughs\\]\n\n"
                                          "**Bo Chen:** Thanks, Ann.\n");
        const CaptionDocument doc = CaptionReader::read(QStringLiteral("talk.md"), md);
        QCOMPARE(doc.blocks.size(), 2);
        QCOMPARE(doc.blocks[0].speaker, QStringLiteral("Ann Lee"));
        QCOMPARE(doc.blocks[0].text, QStringLiteral("Hello there. We start."));
        QCOMPARE(doc.blocks[1].speaker, QStringLiteral("Bo Chen"));
    }

    // The colon may sit outside the bold (Practical AI writes "**Break**:
    // \[13:56\]"): still a label, and a break with a time stamp is a break.
    void labelWithTheColonOutsideTheBold()
    {
        const QString md = QStringLiteral("**Ann Lee**: Hello there.\n\n"
                                          "**Break**: \\[13:56\\]\n\n"
                                          "**Bo Chen**:\n\nNew topic now.\n");
        const CaptionDocument doc = CaptionReader::read(QStringLiteral("talk.md"), md);
        QCOMPARE(doc.blocks.size(), 2);
        QCOMPARE(doc.blocks[0].speaker, QStringLiteral("Ann Lee"));
        QCOMPARE(doc.blocks[0].text, QStringLiteral("Hello there."));
        QVERIFY(!doc.blocks[0].breakBefore);
        QCOMPARE(doc.blocks[1].speaker, QStringLiteral("Bo Chen"));
        QCOMPARE(doc.blocks[1].text, QStringLiteral("New topic now."));
        QVERIFY(doc.blocks[1].breakBefore);
        // "**Note**: …" is text, not a speaker.
        const CaptionDocument note = CaptionReader::read(QStringLiteral("talk.md"),
                                                         QStringLiteral("**Ann Lee:** Hi.\n\n**Note**: this was cut.\n"));
        QCOMPARE(note.blocks.size(), 2);
        QCOMPARE(note.blocks[1].speaker, QStringLiteral("Ann Lee"));
        QCOMPARE(note.blocks[1].text, QStringLiteral("Note: this was cut."));
    }

    void captionLinesVersusParagraphs()
    {
        QStringList rows;
        for (int i = 0; i < 12; ++i)
            rows << QStringLiteral("这是第%1行字幕没有标点").arg(i);
        const CaptionDocument lines = CaptionReader::read(QStringLiteral("x.txt"), rows.join(QLatin1Char('\n')));
        QCOMPARE(lines.format, CaptionFormat::CaptionLines);
        QCOMPARE(lines.blocks.size(), 12);
        QCOMPARE(lines.blocks[4].line, 5);

        const CaptionDocument prose = CaptionReader::read(
            QStringLiteral("y.txt"), QStringLiteral("第一段第一句。第二句。\n续行。\n\n第二段。\n"));
        QCOMPARE(prose.format, CaptionFormat::Paragraphs);
        QCOMPARE(prose.blocks.size(), 2);
        QCOMPARE(prose.blocks[1].line, 4);
        QVERIFY(prose.blocks[1].paragraphStart);
    }
};

QTEST_GUILESS_MAIN(TestCaptionReader)
#include "TestCaptionReader.moc"
