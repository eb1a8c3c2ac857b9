// digest-bench's report helpers: percentiles, formatting and the two table
// renderings (aligned text with wide CJK cells, Markdown).
#include "BenchTable.h"

#include <QTest>

using namespace digest::bench;

class TestBenchTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void percentileIsNearestRank()
    {
        std::vector<double> v;
        for (int i = 20; i >= 1; --i)
            v.push_back(i);  // unsorted on purpose
        QCOMPARE(percentile(v, 50), 10.0);
        QCOMPARE(percentile(v, 95), 19.0);
        QCOMPARE(percentile(v, 100), 20.0);
        QCOMPARE(percentile(v, 0), 1.0);
        QCOMPARE(percentile({7.5}, 95), 7.5);
        QCOMPARE(percentile({}, 50), 0.0);
    }

    void formatsFigures()
    {
        QCOMPARE(formatDuration(0.4216), QStringLiteral("0.422 ms"));
        QCOMPARE(formatDuration(4.5), QStringLiteral("4.50 ms"));
        QCOMPARE(formatDuration(12.34), QStringLiteral("12.3 ms"));
        QCOMPARE(formatDuration(850), QStringLiteral("850 ms"));
        QCOMPARE(formatDuration(12400), QStringLiteral("12.4 s"));
        QCOMPARE(formatBytes(512), QStringLiteral("512 B"));
        QCOMPARE(formatBytes(3 * 1024 * 1024 + 512 * 1024), QStringLiteral("3.50 MiB"));
        QCOMPARE(formatRatio(2.345), QStringLiteral("2.35×"));
        QCOMPARE(formatRatio(45.6), QStringLiteral("46×"));
        QCOMPARE(formatRatio(0), QStringLiteral("–"));
    }

    void countsWideCharactersTwice()
    {
        QCOMPARE(displayWidth(QStringLiteral("GPT-4o")), 6);
        QCOMPARE(displayWidth(QStringLiteral("谷歌")), 4);
        QCOMPARE(displayWidth(QStringLiteral("通义千问 Qwen")), 13);
    }

    void alignsPlainText()
    {
        BenchTable t(QStringLiteral("Search"), {QStringLiteral("term"), QStringLiteral("p50")});
        t.addRow({QStringLiteral("谷歌"), QStringLiteral("1.00 ms")});
        t.addRow({QStringLiteral("OpenAI"), QStringLiteral("12.3 ms")});
        t.addNote(QStringLiteral("p50: median"));
        const QStringList lines = t.render(false).split(QLatin1Char('\n'));
        QCOMPARE(lines[0], QStringLiteral("Search"));
        // Every row ends at the same terminal column, figures right-aligned.
        QCOMPARE(displayWidth(lines[3]), displayWidth(lines[4]));
        QCOMPARE(displayWidth(lines[1]), displayWidth(lines[3]));
        QCOMPARE(lines[3], QStringLiteral("谷歌    1.00 ms"));
        QCOMPARE(lines[4], QStringLiteral("OpenAI  12.3 ms"));
        QVERIFY(lines[2].startsWith(QLatin1String("-----")));
        QCOMPARE(lines[5], QStringLiteral("  p50: median"));
    }

    void rendersMarkdown()
    {
        BenchTable t(QStringLiteral("Search"), {QStringLiteral("term"), QStringLiteral("p50")});
        t.addRow({QStringLiteral("a|b"), QStringLiteral("1.00 ms")});
        const QString md = t.render(true);
        QVERIFY(md.startsWith(QLatin1String("#### Search\n\n| term | p50 |\n| --- | ---: |\n")));
        QVERIFY(md.contains(QLatin1String("| a\\|b | 1.00 ms |\n")));
    }
};

QTEST_GUILESS_MAIN(TestBenchTable)
#include "TestBenchTable.moc"
