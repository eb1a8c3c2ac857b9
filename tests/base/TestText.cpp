#include "Text.h"

#include <QTest>

using namespace digest;

class TestText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void foldCaseNfkc()
    {
        QCOMPARE(text::foldCase(QStringLiteral("ＧＰＴ－４o")), QStringLiteral("gpt-4o"));
        QCOMPARE(text::foldCase(QStringLiteral("Gemini1.5Pro")), QStringLiteral("gemini1.5pro"));
        QCOMPARE(text::foldCase(QStringLiteral("谷歌")), QStringLiteral("谷歌"));
    }

    void utf8Validation()
    {
        QVERIFY(text::isValidUtf8(QByteArray("plain ascii\n中文")));
        int line = 0;
        qsizetype off = 0;
        QVERIFY(!text::isValidUtf8(QByteArray("ok\nok\nbad \xff here"), &line, &off));
        QCOMPARE(line, 3);
        QCOMPARE(off, qsizetype(10));
        // Overlong encoding and lone continuation byte are invalid.
        QVERIFY(!text::isValidUtf8(QByteArray("\xc0\xaf")));
        QVERIFY(!text::isValidUtf8(QByteArray("\x80")));
    }

    void binaryDetection()
    {
        QVERIFY(text::looksBinary(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
        QVERIFY(!text::looksBinary(QByteArray("+++\ntitle = \"x\"\n+++\n")));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("iso") << "2024-06-17" << "2024-06-17";
        QTest::newRow("hugo-offset") << "2017-09-25 22:55:55 +0100" << "2017-09-25";
        QTest::newRow("rfc3339") << "2026-03-16T09:00:00+08:00" << "2026-03-16";
        QTest::newRow("slashes") << "2024/6/7" << "2024-06-07";
        QTest::newRow("chinese") << "2026年1月22日" << "2026-01-22";
        QTest::newRow("chinese-month") << "2026年1月" << "2026-01";
        QTest::newRow("english-mdy") << "June 17, 2024" << "2024-06-17";
        QTest::newRow("english-dmy") << "Mon, 17 Jun 2024 10:00:00 GMT" << "2024-06-17";
        QTest::newRow("compact") << "20240618" << "2024-06-18";
        QTest::newRow("year") << "2024" << "2024";
        QTest::newRow("invalid-day") << "2024-02-31" << "";
        QTest::newRow("garbage") << "yesterday" << "";
    }
    void dates()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(text::isoDate(in), out);
    }

    void datesFromPaths()
    {
        QCOMPARE(text::isoDateFromPath(QStringLiteral("/x/content/posts/2025-11-14.md")), QStringLiteral("2025-11-14"));
        QCOMPARE(text::isoDateFromPath(QStringLiteral("/x/CY24AI/ai20240618/index.md")), QStringLiteral("2024-06-18"));
        QCOMPARE(text::isoDateFromPath(QStringLiteral("/x/notes/readme.md")), QString());
    }

    void slugs()
    {
        QCOMPARE(text::slugify(QStringLiteral("Changelog News #1")), QStringLiteral("changelog-news-1"));
        QCOMPARE(text::slugify(QStringLiteral("AI资讯 0618")), QStringLiteral("ai资讯-0618"));
        // Cut at 80 characters, never ending in a dash.
        const QString cut = text::slugify(QString(79, QLatin1Char('a')) + QStringLiteral(" b"));
        QCOMPARE(cut, QString(79, QLatin1Char('a')));
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "TestText.moc"
