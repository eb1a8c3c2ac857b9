// The whole pipeline on the seed transcript (one-paragraph ASR news
// episode), its re-encoded copies, small fixtures and bad input.
#include "CharsetDecoder.h"
#include "TranscriptParser.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace digest;

namespace {

const QString kSeed = QStringLiteral(DIGEST_SHARED_DIR "/seeds/000_bbcc62e2f0bc1111.txt");

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The story starts a listener hears in seed 000, in order (decided by reading
// the whole episode): 15 stories between the greeting and the sign-off.
// Judgement calls: the audio sample after "来一起听一下效果" belongs to the TTS
// story; "另外，类似Digital Red Queen…" closes the Sakana story; SK Hynix's
// bonus and the WEF risk report are stories of their own (new subject,
// new facts), not continuations of the DRAM forecast / the Davos forum.
const QStringList kSeedStoryStarts = {
    QStringLiteral("谷歌与美国教育服务公司的Princeton Review合作"),
    QStringLiteral("谷歌开源翻译模型Translate Gemma"),
    QStringLiteral("阿里天文开源Qins3TTS"),
    QStringLiteral("Runway为视频模型Gen4.5"),
    QStringLiteral("XAI的Groxy Imagine"),
    QStringLiteral("Blackforest Labs发布Flux2Client"),
    QStringLiteral("美国佛罗里达的Melissa Sims"),
    QStringLiteral("知补开源Moe模型GLM4.7Flash"),
    QStringLiteral("Liquid AI发布端测推理模型"),
    QStringLiteral("花旗银行预测2026年DRAM"),
    QStringLiteral("据悉,全球领先的内存芯片制造商SK Hynix"),
    QStringLiteral("Sakana AI研究Digital Red Queen"),
    QStringLiteral("国防科技大学的研究者"),
    QStringLiteral("2026年世界经济论坛"),
    QStringLiteral("几天前,WWF发布全球风险报告"),
};

const QStringList kKnownNames = {
    QStringLiteral("谷歌"),     QStringLiteral("Google"),   QStringLiteral("Gemini"),  QStringLiteral("Gemma"),
    QStringLiteral("阿里"),     QStringLiteral("阿里巴巴"), QStringLiteral("通义"),    QStringLiteral("Qwen"),
    QStringLiteral("千问"),     QStringLiteral("智谱"),     QStringLiteral("知补"),    QStringLiteral("GLM"),
    QStringLiteral("Runway"),   QStringLiteral("xAI"),      QStringLiteral("Grok"),    QStringLiteral("OpenAI"),
    QStringLiteral("Black Forest Labs"), QStringLiteral("Flux"), QStringLiteral("Liquid AI"),
    QStringLiteral("Sakana AI"), QStringLiteral("SK Hynix"), QStringLiteral("英伟达"), QStringLiteral("NVIDIA"),
    QStringLiteral("Transformer"), QStringLiteral("世界经济论坛"), QStringLiteral("WEF"),
};

}  // namespace

class TestTranscriptParser : public QObject {
    Q_OBJECT
private:
    void checkSeedIssue(const ParsedIssue& issue)
    {
        QCOMPARE(issue.kind, QStringLiteral("transcript"));
        QCOMPARE(issue.series, QStringLiteral("AI大模型周报"));
        QCOMPARE(issue.date, QStringLiteral("2026-01"));
        QCOMPARE(issue.number, 4);
        QCOMPARE(issue.title, QStringLiteral("AI大模型周报 2026年1月 第4期"));
        QVERIFY(!issue.slug.isEmpty());
        QVERIFY(issue.slug.contains(QStringLiteral("2026-01")));
        QCOMPARE(issue.intro, QStringLiteral("大家好,这里是AI大模型周报2026年1月的第四期。"));
        QVERIFY(issue.outro.startsWith(QStringLiteral("这期新闻就到这里")));
        QVERIFY(issue.outro.endsWith(QStringLiteral("Thanks for listening!")));

        QStringList starts;
        for (const ParsedItem& item : issue.items)
            starts << item.text.left(24);
        QCOMPARE(issue.items.size(), kSeedStoryStarts.size());
        for (qsizetype i = 0; i < kSeedStoryStarts.size(); ++i) {
            QVERIFY2(issue.items[i].text.startsWith(kSeedStoryStarts[i]),
                     qPrintable(QStringLiteral("item %1 starts \"%2\", expected \"%3\"")
                                    .arg(i + 1)
                                    .arg(starts[i], kSeedStoryStarts[i])));
        }
        for (const ParsedItem& item : issue.items) {
            QVERIFY(!item.text.contains(QStringLiteral("大家好")));
            QVERIFY(!item.text.contains(QStringLiteral("Thanks for listening")));
            QVERIFY(!item.title.isEmpty());
            QVERIFY(item.title.size() <= 80);
            QVERIFY(!QStringLiteral("，,。；;：:、").contains(item.title.back()));
            QVERIFY(item.html.startsWith(QStringLiteral("<p>")));
            QCOMPARE(item.startMs, qint64(-1));
            QCOMPARE(item.line, 1);
            QVERIFY(!item.sourceUrl.has_value());
        }
        // The audio sample stays with the TTS story; the "另外" sentence with Sakana's.
        QVERIFY(issue.items[2].text.contains(QStringLiteral("来一起听一下效果。")));
        QVERIFY(issue.items[2].text.contains(QStringLiteral("还消不消人畜?")));
        QVERIFY(issue.items[11].text.contains(QStringLiteral("另外,类似Digital Red Queen")));
        QVERIFY(issue.items[12].text.contains(QStringLiteral("Cross-View Reasoning Capabilities")));
        // Titles are lead clauses.
        QCOMPARE(issue.items[3].title, QStringLiteral("Runway为视频模型Gen4.5推出MS2Video功能"));
        QCOMPARE(issue.items[10].title, QStringLiteral("全球领先的内存芯片制造商SK Hynix近日宣布向员工发放人均超过1.36亿韩元"));
        QCOMPARE(issue.items[9].title, QStringLiteral("花旗银行预测2026年DRAM就是内存条的平均价格或同比上涨88%"));
        // HTML is escaped paragraphs.
        QVERIFY(!issue.items[0].html.contains(QStringLiteral("<p><p>")));
    }

private Q_SLOTS:
    void seedWithoutKnownNames()
    {
        const QByteArray bytes = readFile(kSeed);
        if (bytes.isEmpty())
            QSKIP("DIGEST_SHARED_DIR/seeds/000_bbcc62e2f0bc1111.txt not present: real-document test skipped");
        const ParseResult r = TranscriptParser::parse(kSeed, bytes);
        QVERIFY2(r.issue.has_value(), qPrintable(r.error));
        checkSeedIssue(*r.issue);
        QVERIFY(r.issue->notes.isEmpty());
    }

    void seedWithKnownNames()
    {
        const QByteArray bytes = readFile(kSeed);
        if (bytes.isEmpty())
            QSKIP("DIGEST_SHARED_DIR/seeds/000_bbcc62e2f0bc1111.txt not present: real-document test skipped");
        TranscriptOptions o;
        o.knownNames = kKnownNames;
        const ParseResult r = TranscriptParser::parse(kSeed, bytes, o);
        QVERIFY2(r.issue.has_value(), qPrintable(r.error));
        checkSeedIssue(*r.issue);
    }

    void seedReencoded_data()
    {
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<bool>("bom");
        QTest::newRow("GB18030") << QByteArray("GB18030") << false;
        QTest::newRow("UTF-16LE no BOM") << QByteArray("UTF-16LE") << false;
        QTest::newRow("UTF-16BE no BOM") << QByteArray("UTF-16BE") << false;
        QTest::newRow("UTF-16LE BOM") << QByteArray("UTF-16LE") << true;
        QTest::newRow("UTF-16BE BOM") << QByteArray("UTF-16BE") << true;
        QTest::newRow("UTF-8 BOM") << QByteArray("UTF-8") << true;
    }

    void seedReencoded()
    {
        QFETCH(QByteArray, charset);
        QFETCH(bool, bom);
        const QByteArray utf8 = readFile(kSeed);
        if (utf8.isEmpty())
            QSKIP("DIGEST_SHARED_DIR/seeds/000_bbcc62e2f0bc1111.txt not present: real-document test skipped");
        const QString text = QString::fromUtf8(utf8);
        QByteArray bytes = CharsetDecoder::encode(bom ? QChar(0xFEFF) + text : text, charset.constData());
        QVERIFY(!bytes.isEmpty());
        QVERIFY(bytes != utf8 || charset == "UTF-8");
        const ParseResult original = TranscriptParser::parse(kSeed, utf8);
        const ParseResult copy = TranscriptParser::parse(kSeed, bytes);
        QVERIFY2(copy.issue.has_value(), qPrintable(copy.error));
        QCOMPARE(copy.issue->metadata.value(QStringLiteral("encoding")).toString(), QString::fromLatin1(charset));
        QCOMPARE(copy.issue->items.size(), original.issue->items.size());
        for (qsizetype i = 0; i < copy.issue->items.size(); ++i) {
            QCOMPARE(copy.issue->items[i].text, original.issue->items[i].text);
            QCOMPARE(copy.issue->items[i].title, original.issue->items[i].title);
        }
        QCOMPARE(copy.issue->intro, original.issue->intro);
        QCOMPARE(copy.issue->outro, original.issue->outro);
    }

    void big5Fixture()
    {
        const QString path = QStringLiteral(DIGEST_TEST_DATA_DIR "/transcripts/big5_weekly.txt");
        const QByteArray bytes = readFile(path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!QString::fromUtf8(bytes).contains(QStringLiteral("台積電")));  // really not UTF-8
        const ParseResult r = TranscriptParser::parse(path, bytes);
        QVERIFY2(r.issue.has_value(), qPrintable(r.error));
        const ParsedIssue& issue = *r.issue;
        QCOMPARE(issue.metadata.value(QStringLiteral("encoding")).toString(), QStringLiteral("Big5"));
        QCOMPARE(issue.series, QStringLiteral("科技週報"));
        QCOMPARE(issue.date, QStringLiteral("2025-03"));
        QCOMPARE(issue.number, 2);
        QCOMPARE(issue.items.size(), 2);
        QVERIFY(issue.items[0].text.startsWith(QStringLiteral("台積電宣布在美國亞利桑那州")));
        QVERIFY(issue.items[1].text.startsWith(QStringLiteral("另外，聯發科發布天璣9400晶片")));
        QVERIFY(issue.outro.startsWith(QStringLiteral("感謝收看")));
        QCOMPARE(issue.items[0].line, 3);
        QCOMPARE(issue.items[1].line, 5);
    }

    void srtFixture()
    {
        const QString path = QStringLiteral(DIGEST_TEST_DATA_DIR "/transcripts/news.srt");
        const ParseResult r = TranscriptParser::parse(path, readFile(path));
        QVERIFY2(r.issue.has_value(), qPrintable(r.error));
        const ParsedIssue& issue = *r.issue;
        QCOMPARE(issue.series, QStringLiteral("科技快报"));
        QCOMPARE(issue.number, 12);
        QCOMPARE(issue.items.size(), 2);
        QCOMPARE(issue.items[0].startMs, qint64(2600));
        QCOMPARE(issue.items[0].line, 7);
        QVERIFY(issue.items[0].text.startsWith(QStringLiteral("OpenAI发布了新的推理模型o5，")));
        QVERIFY(issue.items[0].text.contains(QStringLiteral("& 成本更低")));  // markup and entities removed
        QVERIFY(issue.items[0].html.contains(QStringLiteral("&amp; 成本更低")));  // and escaped again in HTML
        QCOMPARE(issue.items[1].startMs, qint64(12400));
        QVERIFY(issue.items[1].text.contains(QStringLiteral("英伟达宣布下一代GPU")));
        QVERIFY(issue.outro.contains(QStringLiteral("下期再见")));
    }

    // Subtitles that number their stories on rows of their own: each number
    // starts an item titled by the row after it (a stub such as "LLMs" joins
    // the next row); the numbered list of headlines before them is intro.
    void numberedBulletin()
    {
        const QString path = QStringLiteral(DIGEST_TEST_DATA_DIR "/transcripts/numbered_bulletin.txt");
        const ParseResult r = TranscriptParser::parse(path, readFile(path));
        QVERIFY2(r.issue.has_value(), qPrintable(r.error));
        const ParsedIssue& issue = *r.issue;
        QStringList titles;
        for (const ParsedItem& i : issue.items)
            titles << i.title;
        QCOMPARE(titles, (QStringList{QStringLiteral("甲公司发布新模型"), QStringLiteral("乙公司完成融资"),
                                      QStringLiteral("LLMs 工具包发布新版本")}));
        QVERIFY(issue.intro.contains(QStringLiteral("本期要闻")));
        QVERIFY(issue.intro.contains(QStringLiteral("丙大学开源数据集")));  // the headline list
        QVERIFY(issue.items[0].text.contains(QStringLiteral("开发者可以通过接口直接调用")));
        QVERIFY(!issue.items[0].text.contains(QStringLiteral("乙公司")));
        QCOMPARE(issue.items[1].line, 19);  // the headline row after "2"
        for (const ParsedItem& i : issue.items)
            QVERIFY2(!QRegularExpression(QStringLiteral("(^|\\s)[123](\\s|$)")).match(i.text).hasMatch(), qPrintable(i.text));
        QVERIFY(issue.outro.contains(QStringLiteral("下期再见")));
    }

    // A segue before a story's headline link: the link titles the story.
    void aSegueBeforeAHeadlineLink()
    {
        const QByteArray md = "**Ann:**\n\nWelcome to the news.\n\n**Break:**\n\nAcme ships Widget 2.0 today, with more speed.\n\n"
                              "**Break:**\n\nIt's now time for sponsored news!\n\n"
                              "[Tuning Postgres won't fix it](https://db.example/tuning)\n\nIf your team is still debating buffers, listen.\n\n"
                              "**Break:**\n\nZeta Labs announced a robot that folds laundry.\n";
        const ParseResult r = TranscriptParser::parse(QStringLiteral("news-8.md"), md);
        QVERIFY2(r.issue.has_value(), qPrintable(r.error));
        QCOMPARE(r.issue->items.size(), 3);
        QCOMPARE(r.issue->items[1].title, QStringLiteral("Tuning Postgres won't fix it"));
        QCOMPARE(r.issue->items[1].sourceUrl.value_or(QString()), QStringLiteral("https://db.example/tuning"));
        QVERIFY(r.issue->items[1].text.startsWith(QStringLiteral("It's now time for sponsored news")));
    }

    // A last **Break:** segment that opens with the sign-off is the outro,
    // links and all, not a story.
    void aSignOffSegmentIsTheOutro()
    {
        const QByteArray md = "**Ann:**\n\nWelcome to the news.\n\n**Break:**\n\nAcme ships Widget 2.0 today, with more speed.\n\n"
                              "**Break:**\n\nZeta Labs announced a robot that folds laundry.\n\n**Break:**\n\n"
                              "That's the news for now, but subscribe to the newsletter. Such as:\n\n"
                              "- [One](https://a.example/1)\n- [Two](https://a.example/2)\n- [Three](https://a.example/3)\n\n"
                              "Get it at example.news\n\nHave a great week! Like and subscribe.\n";
        const ParseResult r = TranscriptParser::parse(QStringLiteral("news-7.md"), md);
        QVERIFY2(r.issue.has_value(), qPrintable(r.error));
        QCOMPARE(r.issue->items.size(), 2);
        QVERIFY(r.issue->outro.startsWith(QStringLiteral("That's the news for now")));
    }

    void markdownFixture()
    {
        const QString path = QStringLiteral(DIGEST_TEST_DATA_DIR "/transcripts/example-news-3.md");
        const ParseResult r = TranscriptParser::parse(path, readFile(path));
        QVERIFY2(r.issue.has_value(), qPrintable(r.error));
        const ParsedIssue& issue = *r.issue;
        QCOMPARE(issue.series, QStringLiteral("Example News"));
        QCOMPARE(issue.date, QStringLiteral("2025-03-03"));
        QCOMPARE(issue.number, 3);  // from the file name
        QVERIFY(issue.intro.contains(QStringLiteral("let's get into the news")));
        QCOMPARE(issue.items.size(), 2);
        QCOMPARE(issue.items[0].sourceUrl.value_or(QString()), QStringLiteral("https://example.com/widget"));
        QCOMPARE(issue.items[0].links.size(), 1);
        QCOMPARE(issue.items[0].title, QStringLiteral("Acme ships Widget 2.0"));
        QVERIFY(issue.items[1].text.startsWith(QStringLiteral("Zeta Labs announced")));
        QVERIFY(!issue.items[1].sourceUrl.has_value());
        QVERIFY(issue.outro.contains(QStringLiteral("Thanks for listening")));
    }

    void decodedTextGivesTheSameIssue()
    {
        // parse(path, DecodedText) is the bytes overload without its decoding.
        const QString path = QStringLiteral(DIGEST_TEST_DATA_DIR "/transcripts/big5_weekly.txt");
        const QByteArray bytes = readFile(path);
        QVERIFY(!bytes.isEmpty());
        const ParseResult fromBytes = TranscriptParser::parse(path, bytes);
        const ParseResult fromDecoded = TranscriptParser::parse(path, CharsetDecoder::decode(bytes));
        QVERIFY2(fromBytes.issue.has_value(), qPrintable(fromBytes.error));
        QVERIFY2(fromDecoded.issue.has_value(), qPrintable(fromDecoded.error));
        const ParsedIssue& a = *fromBytes.issue;
        const ParsedIssue& b = *fromDecoded.issue;
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.slug, a.slug);
        QCOMPARE(b.intro, a.intro);
        QCOMPARE(b.outro, a.outro);
        QCOMPARE(b.notes, a.notes);
        QCOMPARE(b.metadata, a.metadata);
        QCOMPARE(b.items.size(), a.items.size());
        for (qsizetype i = 0; i < a.items.size(); ++i) {
            QCOMPARE(b.items[i].title, a.items[i].title);
            QCOMPARE(b.items[i].text, a.items[i].text);
            QCOMPARE(b.items[i].line, a.items[i].line);
        }
        const ParseResult empty = TranscriptParser::parse(QStringLiteral("empty.txt"), CharsetDecoder::decode(QByteArray()));
        QVERIFY(!empty.issue.has_value());
        QCOMPARE(empty.error, TranscriptParser::parse(QStringLiteral("empty.txt"), QByteArray()).error);
    }

    void badInput()
    {
        ParseResult r = TranscriptParser::parse(QStringLiteral("empty.txt"), QByteArray());
        QVERIFY(!r.issue.has_value());
        QVERIFY(r.error.contains(QStringLiteral("empty")));

        r = TranscriptParser::parse(QStringLiteral("blank.txt"), QByteArray("  \n\n \t\n"));
        QVERIFY(!r.issue.has_value());
        QVERIFY(r.error.contains(QStringLiteral("empty")));

        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 33);
        png += QByteArray(200, '\x01');
        r = TranscriptParser::parse(QStringLiteral("image.txt"), png);
        QVERIFY(!r.issue.has_value());
        QVERIFY(r.error.contains(QStringLiteral("binary")) || r.error.contains(QStringLiteral("not a text file")));

        r = TranscriptParser::parse(QStringLiteral("broken.srt"), QByteArray("1\nno times here\n\n2\nstill nothing\n"));
        QVERIFY(!r.issue.has_value());
        QVERIFY(r.error.contains(QStringLiteral("cues")));
        QCOMPARE(r.errorLine, 1);
    }
};

QTEST_GUILESS_MAIN(TestTranscriptParser)
#include "TestTranscriptParser.moc"
