// ThreadBreakIterator: the per-thread ICU iterators, over UTF-16 and UTF-8,
// give the same boundaries (in their own units), are reused on a thread and
// are separate per thread.
#include "BreakIterators.h"

#include <QTest>
#include <QThread>

#include <unicode/ubrk.h>

using namespace digest::text;

namespace {
// The boundaries of a text, and which pieces are ideographic words.
struct Pieces {
    QStringList all;
    QStringList ideographicWords;
};

Pieces wordsOf(const QString& text)
{
    Pieces p;
    const ThreadBreakIterator it(BreakKind::Word, text);
    if (!it)
        return p;
    int32_t from = it->first();
    for (int32_t to = it->next(); to != icu::BreakIterator::DONE; from = to, to = it->next()) {
        p.all.append(text.mid(from, to - from));
        const int32_t rule = it->getRuleStatus();
        if (rule >= UBRK_WORD_IDEO && rule < UBRK_WORD_IDEO_LIMIT)
            p.ideographicWords.append(p.all.last());
    }
    return p;
}

Pieces wordsOfUtf8(const QString& text)
{
    Pieces p;
    const QByteArray utf8 = text.toUtf8();
    const ThreadBreakIterator it(BreakKind::Word, utf8);
    if (!it)
        return p;
    int32_t from = it->first();
    for (int32_t to = it->next(); to != icu::BreakIterator::DONE; from = to, to = it->next()) {
        p.all.append(QString::fromUtf8(utf8.mid(from, to - from)));
        const int32_t rule = it->getRuleStatus();
        if (rule >= UBRK_WORD_IDEO && rule < UBRK_WORD_IDEO_LIMIT)
            p.ideographicWords.append(p.all.last());
    }
    return p;
}
}  // namespace

class TestBreakIterators : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void utf8AndUtf16GiveTheSameWords()
    {
        const QString text = QStringLiteral("大家普遍认可灵活的办公方式。Google发布了Gemini 1.5 Pro，😀 表情也行。");
        const Pieces a = wordsOf(text);
        const Pieces b = wordsOfUtf8(text);
        QVERIFY(!a.all.isEmpty());
        QCOMPARE(a.all.join(QString()), text);  // the pieces cover the text exactly
        QCOMPARE(b.all, a.all);
        QCOMPARE(b.ideographicWords, a.ideographicWords);
        // ICU's dictionary knows common words (what the search ranking relies on).
        QVERIFY2(a.ideographicWords.contains(QStringLiteral("灵活")), qPrintable(a.ideographicWords.join(u'|')));
    }

    void sentencesOfMixedText()
    {
        const QString text = QStringLiteral("谷歌发布新模型。It is fast! 真的吗？");
        QStringList sentences;
        const ThreadBreakIterator it(BreakKind::Sentence, text);
        QVERIFY(it);
        int32_t from = it->first();
        for (int32_t to = it->next(); to != icu::BreakIterator::DONE; from = to, to = it->next())
            sentences.append(text.mid(from, to - from).trimmed());
        QCOMPARE(sentences, (QStringList{QStringLiteral("谷歌发布新模型。"), QStringLiteral("It is fast!"),
                                         QStringLiteral("真的吗？")}));
    }

    // One iterator per kind and thread, set to each text in turn: the second
    // use must not see the first text, and an empty or invalid text is fine.
    void reusedOnAThreadAndSafeOnEdgeInput()
    {
        const Pieces first = wordsOfUtf8(QStringLiteral("可灵上线"));
        const Pieces second = wordsOfUtf8(QStringLiteral("OpenAI"));
        QCOMPARE(second.all, QStringList{QStringLiteral("OpenAI")});
        QVERIFY(!first.all.isEmpty());
        QVERIFY(wordsOfUtf8(QString()).all.isEmpty());
        const QByteArray invalid("ok \xff\xfe end", 9);
        const ThreadBreakIterator it(BreakKind::Word, invalid);
        QVERIFY(it);
        int32_t last = it->first();
        for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next())
            last = b;
        QCOMPARE(last, int32_t(invalid.size()));
    }

    void eachThreadHasItsOwn()
    {
        const QString text = QStringLiteral("快手的视频模型可灵上线，效果接近Sora。");
        const QStringList expected = wordsOf(text).all;
        QList<QThread*> threads;
        QList<QStringList> results(4);
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([&, t] {
                for (int round = 0; round < 200; ++round) {
                    const QStringList words = (round % 2 ? wordsOfUtf8(text) : wordsOf(text)).all;
                    if (words != expected)
                        return;
                }
                results[t] = expected;
            }));
            threads.last()->start();
        }
        for (QThread* t : threads) {
            t->wait();
            delete t;
        }
        for (const QStringList& r : results)
            QCOMPARE(r, expected);
    }
};

QTEST_GUILESS_MAIN(TestBreakIterators)
#include "TestBreakIterators.moc"
