#include "SentenceSplitter.h"
#include "TranscriptSegmenter.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace digest;

namespace {
CaptionDocument captionRows(const QStringList& rows)
{
    CaptionDocument doc;
    doc.format = CaptionFormat::CaptionLines;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        CaptionBlock b;
        b.text = rows[i];
        b.line = int(i) + 1;
        doc.blocks << b;
    }
    return doc;
}
}  // namespace

class TestSentenceSplitter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void icuSentencesInMixedText()
    {
        const QStringList s = SentenceSplitter::icuSentences(
            QStringLiteral("模型基于Gemma 3打造,参数40亿。准确率54.1%,差距34.2%。还消不消人畜? Runway推出新功能。Thanks for listening!"));
        QCOMPARE(s.size(), 5);
        QCOMPARE(s[0], QStringLiteral("模型基于Gemma 3打造,参数40亿。"));
        QCOMPARE(s[1], QStringLiteral("准确率54.1%,差距34.2%。"));  // decimal points do not end sentences
        QCOMPARE(s[2], QStringLiteral("还消不消人畜?"));
        QCOMPARE(s[3], QStringLiteral("Runway推出新功能。"));
        QCOMPARE(s[4], QStringLiteral("Thanks for listening!"));
    }

    void breakIteratorsArePerThread()
    {
        // The importer splits on worker threads, each with its own reused ICU iterators:
        // every thread, every call, gets what one fresh call gets.
        const QString text = QStringLiteral(
            "模型基于Gemma 3打造,参数40亿。准确率54.1%,差距34.2%。还消不消人畜? Runway推出新功能。Thanks for listening!");
        const QString longClause =
            QStringLiteral("这是一个非常非常长而且完全没有任何标点符号的句子它会一直持续下去直到超过标题所允许的最大长度为止还要更长");
        const QStringList sentences = SentenceSplitter::icuSentences(text);
        const QString joined = SentenceSplitter::joinFragments(QStringLiteral("去整理资"), QStringLiteral("材料然后呢"));
        const QString title = TranscriptSegmenter::leadClause(longClause);
        QCOMPARE(sentences.size(), 5);
        QCOMPARE(joined, QStringLiteral("去整理资材料然后呢"));
        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 100; ++i) {
                    if (SentenceSplitter::icuSentences(text) != sentences
                        || SentenceSplitter::joinFragments(QStringLiteral("去整理资"), QStringLiteral("材料然后呢")) != joined
                        || SentenceSplitter::joinFragments(QStringLiteral("节目啊"), QStringLiteral("都是我"))
                               != QStringLiteral("节目啊 都是我")
                        || TranscriptSegmenter::leadClause(longClause) != title)
                        ++mismatches;
                }
            });
        }
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(mismatches.load(), 0);
        QCOMPARE(SentenceSplitter::icuSentences(QString()), QStringList());
    }

    void proseParagraphs()
    {
        CaptionDocument doc;
        doc.format = CaptionFormat::Paragraphs;
        CaptionBlock a;
        a.text = QStringLiteral("第一句话。第二句\n话在下一行。");
        a.line = 1;
        a.paragraphStart = true;
        CaptionBlock b;
        b.text = QStringLiteral("Hello there.\nSecond line here.");
        b.line = 4;
        b.paragraphStart = true;
        doc.blocks << a << b;
        const QList<TranscriptSentence> s = SentenceSplitter::split(doc);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s[1].text, QStringLiteral("第二句话在下一行。"));  // hard wrap joined without a space
        QCOMPARE(s[2].text, QStringLiteral("Hello there."));
        QCOMPARE(s[2].line, 4);
        QVERIFY(s[2].paragraphStart);
        QVERIFY(!s[3].paragraphStart);
    }

    void wordSplitAcrossRowsIsRepaired()
    {
        // '整理资\n材料' from a real caption file: the row break falls inside a word.
        QVERIFY(SentenceSplitter::junctionInsideWord(QStringLiteral("去整理资"), QStringLiteral("材料然后呢再写文案")));
        QVERIFY(!SentenceSplitter::junctionInsideWord(QStringLiteral("呃之前录的一些节目啊"), QStringLiteral("都是我每天")));
        QVERIFY(!SentenceSplitter::junctionInsideWord(QStringLiteral("the"), QStringLiteral("model")));
        QCOMPARE(SentenceSplitter::joinFragments(QStringLiteral("去整理资"), QStringLiteral("材料然后呢")),
                 QStringLiteral("去整理资材料然后呢"));
        QCOMPARE(SentenceSplitter::joinFragments(QStringLiteral("节目啊"), QStringLiteral("都是我")),
                 QStringLiteral("节目啊 都是我"));
    }

    void captionRowsJoinIntoSentences()
    {
        const QList<TranscriptSentence> s = SentenceSplitter::split(captionRows({
            QStringLiteral("大家好这里是最佳拍档我是大飞"),  // 14 chars: too short alone
            QStringLiteral("呃之前录的一些节目啊"),
            QStringLiteral("都是我每天可能要花大量的时间"),
            QStringLiteral("去整理资"),
            QStringLiteral("材料然后呢再写文案"),
            QStringLiteral("接下来我们看第二条新闻"),  // a strong transition starts a sentence
            QStringLiteral("谷歌发布了新模型。它更快"),
        }));
        QCOMPARE(s.size(), 5);
        QCOMPARE(s[0].text, QStringLiteral("大家好这里是最佳拍档我是大飞"));  // a greeting row stands alone
        QCOMPARE(s[1].text, QStringLiteral("呃之前录的一些节目啊 都是我每天可能要花大量的时间"));
        QCOMPARE(s[1].line, 2);
        QCOMPARE(s[2].text, QStringLiteral("去整理资材料然后呢再写文案"));  // repaired, no space inside the word
        QCOMPARE(s[2].line, 4);
        QCOMPARE(s[3].text, QStringLiteral("接下来我们看第二条新闻 谷歌发布了新模型。"));
        QCOMPARE(s[4].text, QStringLiteral("它更快"));
    }

    void longRowsCloseAtMaximum()
    {
        SentenceSplitterOptions o;
        o.minSentenceChars = 1000;  // never long enough by the soft rule
        o.maxSentenceChars = 20;
        QStringList rows;
        for (int i = 0; i < 6; ++i)
            rows << QStringLiteral("一二三四五六七八");
        const QList<TranscriptSentence> s = SentenceSplitter::split(captionRows(rows), o);
        QCOMPARE(s.size(), 2);  // 3 rows (24 chars) each
        QCOMPARE(s[1].line, 4);
    }

    void cuePausesAndTimes()
    {
        CaptionDocument doc;
        doc.format = CaptionFormat::Srt;
        auto cue = [&](const char* text, qint64 start, qint64 end, int line) {
            CaptionBlock b;
            b.text = QString::fromUtf8(text);
            b.startMs = start;
            b.endMs = end;
            b.line = line;
            doc.blocks << b;
        };
        cue("短句一", 0, 1000, 3);
        cue("短句二", 1000, 2000, 7);
        cue("停顿之后的新句子", 5000, 6000, 11);  // 3 s gap
        const QList<TranscriptSentence> s = SentenceSplitter::split(doc);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].text, QStringLiteral("短句一 短句二"));
        QCOMPARE(s[0].startMs, qint64(0));
        QCOMPARE(s[1].startMs, qint64(5000));
        QCOMPARE(s[1].gapBeforeMs, qint64(3000));
        QCOMPARE(s[1].line, 11);
    }

    void spaceJoinedAsrRun()
    {
        // A whole paragraph of space-separated ASR segments, no punctuation (ep51.mp3.md).
        QStringList segs;
        for (int i = 0; i < 40; ++i)
            segs << QStringLiteral("我们今天聊第%1个话题").arg(i);
        CaptionDocument doc;
        doc.format = CaptionFormat::Markdown;
        CaptionBlock b;
        b.text = segs.join(QLatin1Char(' '));
        b.line = 3;
        doc.blocks << b;
        const QList<TranscriptSentence> s = SentenceSplitter::split(doc);
        QVERIFY(s.size() >= 10);
        for (const TranscriptSentence& x : s)
            QVERIFY(x.text.size() <= 120);
    }
};

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "TestSentenceSplitter.moc"
