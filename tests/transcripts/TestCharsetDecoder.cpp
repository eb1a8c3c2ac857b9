#include "CharsetDecoder.h"

#include <QTest>

using namespace digest;

namespace {
const QString kText = QStringLiteral("大家好，这里是AI周报第三期。谷歌发布Gemini 3，支持更长的上下文。\n"
                                     "阿里开源千问3，覆盖119种语言。我们下期再见！\n");
}

class TestCharsetDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utf-8") << QByteArray("UTF-8") << false << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom") << QByteArray("UTF-8") << true << QStringLiteral("UTF-8");
        QTest::newRow("utf-16le bom") << QByteArray("UTF-16LE") << true << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be bom") << QByteArray("UTF-16BE") << true << QStringLiteral("UTF-16BE");
        QTest::newRow("utf-16le") << QByteArray("UTF-16LE") << false << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be") << QByteArray("UTF-16BE") << false << QStringLiteral("UTF-16BE");
        QTest::newRow("gb18030") << QByteArray("GB18030") << false << QStringLiteral("GB18030");
    }

    void roundTrips()
    {
        QFETCH(QByteArray, charset);
        QFETCH(bool, bom);
        QFETCH(QString, expected);
        const QByteArray bytes = CharsetDecoder::encode(bom ? QChar(0xFEFF) + kText : kText, charset.constData());
        QVERIFY(!bytes.isEmpty());
        const DecodedText d = CharsetDecoder::decode(bytes);
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(d.encoding, expected);
        QCOMPARE(d.bom, bom);
        QCOMPARE(d.text, kText);  // the BOM itself is not text
        QVERIFY(d.confidence > 0 && d.confidence <= 100);
    }

    void big5()
    {
        const QString trad = QStringLiteral("台積電宣布在美國追加投資一千億美元，新建三座晶圓廠。聯發科發布天璣晶片。");
        const QByteArray bytes = CharsetDecoder::encode(trad, "Big5");
        QVERIFY(!bytes.isEmpty());
        const DecodedText d = CharsetDecoder::decode(bytes);
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(d.encoding, QStringLiteral("Big5"));
        QCOMPARE(d.text, trad);
        // A guess below the confidence bar is reported, never silent.
        if (d.confidence < CharsetDecoder::kConfidentGuess)
            QVERIFY(!d.notes.isEmpty());
    }

    void shortGuessIsNoted()
    {
        // Two GBK characters: too little text for a confident guess.
        const QByteArray bytes = CharsetDecoder::encode(QStringLiteral("新闻"), "GB18030");
        const DecodedText d = CharsetDecoder::decode(bytes);
        if (d.ok && d.confidence < CharsetDecoder::kConfidentGuess) {
            QCOMPARE(d.notes.size(), 1);
            QVERIFY(d.notes.first().contains(d.encoding));
        } else if (!d.ok) {
            QVERIFY(!d.error.isEmpty());
        }
    }

    void emptyAndBinary()
    {
        DecodedText d = CharsetDecoder::decode(QByteArray());
        QVERIFY(!d.ok);
        QCOMPARE(d.error, QStringLiteral("empty file"));

        d = CharsetDecoder::decode(QByteArray("\xEF\xBB\xBF  \n"));
        QVERIFY(!d.ok);
        QVERIFY(d.error.contains(QStringLiteral("empty")));

        QByteArray bin(512, '\0');
        for (int i = 0; i < bin.size(); ++i)
            bin[i] = char((i * 37) % 7);
        d = CharsetDecoder::decode(bin);
        QVERIFY(!d.ok);
        QVERIFY(d.error.contains(QStringLiteral("not a text file")));
    }

    void invalidAfterBomNamesTheLine()
    {
        QByteArray bytes("\xEF\xBB\xBFline one\nline two\nbad \xC3\x28 here\n");
        const DecodedText d = CharsetDecoder::decode(bytes);
        QVERIFY(!d.ok);
        QCOMPARE(d.errorLine, 3);
    }
};

QTEST_GUILESS_MAIN(TestCharsetDecoder)
#include "TestCharsetDecoder.moc"
