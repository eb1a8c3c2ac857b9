// ItemHtmlCodec: an item's HTML stored as deflate against the item's own
// title, text and source URL. Round trips, the older formats, bad bytes.
#include "ItemHtmlCodec.h"

#include <QTest>

using namespace digest;

namespace {
const QString kTitle = QStringLiteral("谷歌发布 Gemini 1.5 Pro");
const QString kText = QStringLiteral("谷歌发布了新的多模态模型 Gemini 1.5 Pro，上下文长度达到一百万个 token。"
                                     "开发者可以在 AI Studio 中试用。（报道详情）");
const QString kUrl = QStringLiteral("https://example.com/news/gemini-1-5-pro.html");
const QString kHtml = QStringLiteral("<p>谷歌发布了新的多模态模型 <strong>Gemini 1.5 Pro</strong>，上下文长度达到一百万个 "
                                     "token。开发者可以在 AI Studio 中试用。（<a href=\"https://example.com/news/"
                                     "gemini-1-5-pro.html\">报道详情</a>）</p>\n");
}  // namespace

class TestItemHtmlCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripsAndStoresLittleMoreThanTheMarkup()
    {
        const QByteArray dict = ItemHtmlCodec::dictionary(kTitle, kText, kUrl);
        const QByteArray stored = ItemHtmlCodec::encode(kHtml, dict);
        QCOMPARE(stored.front(), ItemHtmlCodec::kMarker);
        QCOMPARE(ItemHtmlCodec::decode(stored, dict), kHtml);
        // Plain zlib of this HTML is ~250 bytes; against its own words it is the tags and a few references.
        QVERIFY2(stored.size() * 3 < qCompress(kHtml.toUtf8()).size(), QByteArray::number(stored.size()));
    }

    void roundTripsWithoutDictionaryAndWithALongOne()
    {
        QCOMPARE(ItemHtmlCodec::decode(ItemHtmlCodec::encode(kHtml, {}), {}), kHtml);
        QCOMPARE(ItemHtmlCodec::decode(ItemHtmlCodec::encode(QString(), {}), {}), QString());
        // Longer than deflate's 32 KiB window: only its end is used, the same way both ways.
        QString longText;
        for (int n = 0; n < 2000; ++n)
            longText += QStringLiteral("第%1段：智谱发布 GLM-4.7-Flash。").arg(n);
        const QString longHtml = QStringLiteral("<p>") + longText + QStringLiteral("</p>");
        const QByteArray dict = ItemHtmlCodec::dictionary(kTitle, longText, std::nullopt);
        QVERIFY(dict.size() > 32768);
        QCOMPARE(ItemHtmlCodec::decode(ItemHtmlCodec::encode(longHtml, dict), dict), longHtml);
    }

    void readsTheOlderFormats()
    {
        // Libraries of schema 5 and 6 hold qCompress() blobs.
        QCOMPARE(ItemHtmlCodec::decode(qCompress(kHtml.toUtf8()), QByteArray("unused")), kHtml);
    }

    void badBytesGiveAnEmptyStringNotACrash()
    {
        const QByteArray dict = ItemHtmlCodec::dictionary(kTitle, kText, kUrl);
        QByteArray stored = ItemHtmlCodec::encode(kHtml, dict);
        QCOMPARE(ItemHtmlCodec::decode(stored.left(stored.size() / 2), dict), QString());  // cut short
        QCOMPARE(ItemHtmlCodec::decode(QByteArray(1, ItemHtmlCodec::kMarker) + QByteArray(40, '\xff'), dict), QString());
        QCOMPARE(ItemHtmlCodec::decode(QByteArray("\x00\x00\x00\x05garbage", 11), dict), QString());
        QCOMPARE(ItemHtmlCodec::decode(QByteArray(), dict), QString());
    }
};

QTEST_GUILESS_MAIN(TestItemHtmlCodec)
#include "TestItemHtmlCodec.moc"
