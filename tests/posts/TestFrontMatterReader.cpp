#include "FrontMatterReader.h"

#include <QJsonArray>
#include <QTest>

using namespace digest;

class TestFrontMatterReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tomlWithNativeDates()
    {
        const QByteArray bytes = "+++\n"
                                 "title = 'T'\n"
                                 "date = 2017-01-15T07:32:00.595Z\n"
                                 "day = 2024-06-17\n"
                                 "tags = [\"a\", \"b\"]\n"
                                 "[cover]\n"
                                 "image = \"c.jpg\"\n"
                                 "+++\n"
                                 "\n"
                                 "Body\n";
        const FrontMatter fm = FrontMatterReader::read(bytes);
        QVERIFY2(fm.ok(), qPrintable(fm.error));
        QCOMPARE(fm.format, FrontMatter::Format::Toml);
        QCOMPARE(fm.data.value("title").toString(), QStringLiteral("T"));
        QCOMPARE(fm.data.value("date").toString(), QStringLiteral("2017-01-15T07:32:00.595Z"));
        QCOMPARE(fm.data.value("day").toString(), QStringLiteral("2024-06-17"));
        QCOMPARE(fm.data.value("tags").toArray().size(), 2);
        QCOMPARE(fm.data.value("cover").toObject().value("image").toString(), QStringLiteral("c.jpg"));
        QCOMPARE(fm.bodyLineOffset, 8);
        QCOMPARE(fm.body, QByteArray("\nBody\n"));
    }

    void yamlAfterBlankLine()
    {
        const QByteArray bytes = "\n---\ntitle: 每周见闻\ndate: 2024-10-25 16:41:30\ncount: 3\nquoted: \"3\"\n"
                                 "tags:\n- 见闻\n---\nBody\n";
        const FrontMatter fm = FrontMatterReader::read(bytes);
        QVERIFY2(fm.ok(), qPrintable(fm.error));
        QCOMPARE(fm.format, FrontMatter::Format::Yaml);
        QCOMPARE(fm.data.value("title").toString(), QStringLiteral("每周见闻"));
        QCOMPARE(fm.data.value("date").toString(), QStringLiteral("2024-10-25 16:41:30"));
        QCOMPARE(fm.data.value("count").toDouble(), 3.0);
        QVERIFY(fm.data.value("quoted").isString());
        QCOMPARE(fm.data.value("tags").toArray().first().toString(), QStringLiteral("见闻"));
        QCOMPARE(fm.bodyLineOffset, 9);
        QCOMPARE(fm.body, QByteArray("Body\n"));
    }

    void noFrontMatter()
    {
        const QByteArray bytes = "# Title\n\n---\n\ntext\n";
        const FrontMatter fm = FrontMatterReader::read(bytes);
        QVERIFY(fm.ok());
        QCOMPARE(fm.format, FrontMatter::Format::None);
        QCOMPARE(fm.body, bytes);
        QCOMPARE(fm.bodyLineOffset, 0);
        QVERIFY(!FrontMatterReader::hasFrontMatter(bytes));
        QVERIFY(FrontMatterReader::hasFrontMatter("\xEF\xBB\xBF+++\ntitle = 'x'\n+++\n"));
        QVERIFY(FrontMatterReader::hasFrontMatter("---\ntitle: x\n---\n"));
    }

    void invalidTomlReportsFileLine()
    {
        // The bad value is on file line 4 (line 3 of the TOML text).
        const QByteArray bytes = "+++\ntitle = \"ok\"\ndate = 2024-06-17\ntags = [ \"a\", \n+++\nbody\n";
        const FrontMatter fm = FrontMatterReader::read(bytes);
        QVERIFY(!fm.ok());
        QVERIFY2(fm.error.startsWith(QStringLiteral("invalid TOML front matter")), qPrintable(fm.error));
        QVERIFY2(fm.errorLine >= 4 && fm.errorLine <= 5, qPrintable(QString::number(fm.errorLine)));

        const FrontMatter bad = FrontMatterReader::read("+++\ntitle = \"a\"\ntitle = \"b\"\n+++\n");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.errorLine, 3);
    }

    void unclosedToml()
    {
        const FrontMatter fm = FrontMatterReader::read("+++\ntitle = \"a\"\n\nbody\n");
        QVERIFY(!fm.ok());
        QCOMPARE(fm.errorLine, 1);
    }

    void invalidYamlReportsFileLine()
    {
        const QByteArray bytes = "---\ntitle: ok\ntags: [a, b\ndate: 2024-01-01\n---\nbody\n";
        const FrontMatter fm = FrontMatterReader::read(bytes);
        QVERIFY(!fm.ok());
        QVERIFY2(fm.error.startsWith(QStringLiteral("invalid YAML front matter")), qPrintable(fm.error));
        QVERIFY2(fm.errorLine >= 3 && fm.errorLine <= 5, qPrintable(QString::number(fm.errorLine)));

        const FrontMatter notMap = FrontMatterReader::read("---\n- just\n- a list\n---\n");
        QVERIFY(!notMap.ok());
    }
};

QTEST_GUILESS_MAIN(TestFrontMatterReader)
#include "TestFrontMatterReader.moc"
