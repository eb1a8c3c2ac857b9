#include "CmarkDocument.h"
#include "SourceLinkDetector.h"

#include <QTest>

using namespace digest;

namespace {
QString sourceOf(const QByteArray& markdown)
{
    CmarkDocument doc(markdown);
    return SourceLinkDetector::find(doc.topLevelBlocks()).value_or(QStringLiteral("<none>"));
}
}  // namespace

class TestSourceLinkDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void forms_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("报道详情 link text")
            << QByteArray("正文。（[报道详情](https://a.example/1)）\n") << QStringLiteral("https://a.example/1");
        QTest::newRow("报道详情：[url](url)")
            << QByteArray("[其他](https://b.example/x) 正文。（报道详情：[https://a.example/2](https://a.example/2)）\n")
            << QStringLiteral("https://a.example/2");
        QTest::newRow("原文地址 own line")
            << QByteArray("[原文地址](https://a.example/3)\n\n正文 [代码](https://c.example/)\n")
            << QStringLiteral("https://a.example/3");
        QTest::newRow("报道地址：bare url")
            << QByteArray("[别的](https://z.example/) 报道地址：https://a.example/4\n") << QStringLiteral("https://a.example/4");
        QTest::newRow("报道地址：[url](url)")
            << QByteArray("[别的](https://z.example/)\n\n报道地址：[https://a.example/5](https://a.example/5)\n")
            << QStringLiteral("https://a.example/5");
        QTest::newRow("Read more")
            << QByteArray("See [this](https://z.example/) and [Read more](https://a.example/6).\n")
            << QStringLiteral("https://a.example/6");
        QTest::newRow("Source")
            << QByteArray("[Other](https://z.example/) - [Source](https://a.example/7)\n") << QStringLiteral("https://a.example/7");
        QTest::newRow("bold 阅读原文")
            << QByteArray("[x](https://z.example/)\n\n🔗 **[阅读原文](https://a.example/8)**\n") << QStringLiteral("https://a.example/8");
        QTest::newRow("only external link")
            << QByteArray("text [name](https://a.example/9) text, [anchor](#top)\n") << QStringLiteral("https://a.example/9");
        QTest::newRow("two plain links: none")
            << QByteArray("[a](https://a.example/) [b](https://b.example/)\n") << QStringLiteral("<none>");
        QTest::newRow("no links") << QByteArray("plain\n") << QStringLiteral("<none>");
    }
    void forms()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QString, expected);
        QCOMPARE(sourceOf(markdown), expected);
    }

    void labels()
    {
        QVERIFY(SourceLinkDetector::isSourceLabel(QStringLiteral("📎 查看原文")));
        QVERIFY(SourceLinkDetector::isSourceLabel(QStringLiteral("推特地址")));
        QVERIFY(SourceLinkDetector::isSourceLabel(QStringLiteral("Read more »")));
        QVERIFY(!SourceLinkDetector::isSourceLabel(QStringLiteral("Open source model released")));
        QVERIFY(SourceLinkDetector::endsWithSourceLead(QStringLiteral("正文。（报道详情：")));
        QVERIFY(!SourceLinkDetector::endsWithSourceLead(QStringLiteral("正文。见")));
        QCOMPARE(SourceLinkDetector::bareUrls(QStringLiteral("地址：https://a.example/x.html）。")),
                 QList<QString>{QStringLiteral("https://a.example/x.html")});
    }
};

QTEST_GUILESS_MAIN(TestSourceLinkDetector)
#include "TestSourceLinkDetector.moc"
