// The item viewer: renders an item with its chips and original link, serves
// images only from the library's media folder (placeholders otherwise, never
// the network), highlights search terms, and sends every link to LinkHandler.

#include "GuiTestLibrary.h"
#include "ItemViewer.h"
#include "LinkHandler.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextDocument>

using namespace digest;
using namespace digest::gui;

class TestItemViewer : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    ViewedItem itemTitled(const QString& needle)
    {
        Library library(m_db);
        for (const ItemRow& row : library.itemRows({}, ItemSort::NewestFirst, 0, 1000)) {
            if (row.title.contains(needle))
                return ViewedItem::read(library, row.id);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = test::importInto(m_dir, {test::samplesDir()});
    }

    void rendersTitleMetaChipsAndOriginal()
    {
        Theme theme;
        theme.apply(ThemeChoice::Light);
        QWidget window;
        LinkHandler links(&window);
        ItemViewer viewer(theme, &links);
        viewer.resize(800, 600);
        const ViewedItem item = itemTitled(QStringLiteral("Translate Gemma"));
        QVERIFY(item.record.id);
        viewer.showItem(item);
        const QString text = viewer.toPlainText();
        QVERIFY(text.startsWith(item.record.title));
        QVERIFY(text.contains(item.record.issueTitle));
        QVERIFY(text.contains(QStringLiteral("Open original")));
        QVERIFY(viewer.originalUrl().isValid());
        QCOMPARE(viewer.originalUrl(), QUrl(*item.record.sourceUrl));
        const QString html = viewer.toHtml();
        for (const EntitySummary& e : item.entities)
            QVERIFY2(html.contains(LinkHandler::entityLink(e.id).toString()), qPrintable(e.name));
        // No network, no automatic navigation.
        QVERIFY(!viewer.openLinks());
        QVERIFY(!viewer.openExternalLinks());
    }

    void servesImagesOnlyFromTheMediaFolder()
    {
        Theme theme;
        theme.apply(ThemeChoice::Light);
        QWidget window;
        LinkHandler links(&window);
        ItemViewer viewer(theme, &links);
        viewer.resize(900, 700);
        const ViewedItem item = itemTitled(QStringLiteral("Translate Gemma"));
        QVERIFY(!item.record.images.isEmpty());
        const ImageInfo image = item.record.images.first();
        QVERIFY(image.stored);
        QVERIFY(image.storedPath.startsWith(item.mediaDir));
        viewer.showItem(item);
        const QImage stored = viewer.loadResource(QTextDocument::ImageResource, QUrl(image.src)).value<QImage>();
        const QImage onDisk(image.storedPath);
        QVERIFY(!onDisk.isNull());
        QCOMPARE(stored.size(), onDisk.size());

        // Remote, unknown and escaping paths get the placeholder, whatever the file system holds.
        const QImage placeholder = viewer.loadResource(QTextDocument::ImageResource,
                                                       QUrl(QStringLiteral("https://example.com/x.png")))
                                       .value<QImage>();
        QVERIFY(!placeholder.isNull());
        QCOMPARE(placeholder.height(), 64);
        for (const QString& name : {QStringLiteral("/etc/hostname"), QStringLiteral("../../x.png"),
                                    image.storedPath}) {
            const QImage img = viewer.loadResource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
            QVERIFY2(img.height() == 64, qPrintable(name));
        }
        // Nothing but images is ever loaded.
        QVERIFY(!viewer.loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("a.css"))).isValid());
        QVERIFY(!viewer.loadResource(QTextDocument::HtmlResource, QUrl(QStringLiteral("https://example.com"))).isValid());

        // The promotional QR code of the sample is missing: a placeholder, not a broken image.
        Library library(m_db);
        for (const ItemRow& row : library.itemRows({}, ItemSort::NewestFirst, 0, 100)) {
            const ViewedItem v = ViewedItem::read(library, row.id);
            viewer.showItem(v);
            for (const ImageInfo& img : v.record.images) {
                const QImage shown = viewer.loadResource(QTextDocument::ImageResource, QUrl(img.src)).value<QImage>();
                QVERIFY(!shown.isNull());
                if (!img.stored)
                    QCOMPARE(shown.height(), 64);
            }
        }
    }

    void highlightsSearchTermsAndFormatsStartTimes()
    {
        Theme theme;
        theme.apply(ThemeChoice::Light);
        QWidget window;
        LinkHandler links(&window);
        ItemViewer viewer(theme, &links);
        viewer.showItem(itemTitled(QStringLiteral("Translate Gemma")));
        viewer.setHighlightTerms({QStringLiteral("谷歌")});
        QVERIFY(viewer.highlightCount() >= 2);  // title and body
        for (const auto& sel : viewer.extraSelections())
            QCOMPARE(sel.cursor.selectedText(), QStringLiteral("谷歌"));
        viewer.setHighlightTerms({});
        QCOMPARE(viewer.highlightCount(), 0);

        QCOMPARE(ItemViewer::formatStartTime(205000), QStringLiteral("03:25"));
        QCOMPARE(ItemViewer::formatStartTime(0), QStringLiteral("00:00"));
        QCOMPARE(ItemViewer::formatStartTime(3723000), QStringLiteral("1:02:03"));
        QVERIFY(ItemViewer::formatStartTime(-1).isEmpty());
    }

    void transcriptItemShowsItsStartTime()
    {
        Theme theme;
        theme.apply(ThemeChoice::Light);
        QWidget window;
        LinkHandler links(&window);
        ItemViewer viewer(theme, &links);
        Library library(m_db);
        bool sawTimed = false;
        for (const ItemRow& row : library.itemRows({}, ItemSort::NewestFirst, 0, 100)) {
            const ViewedItem v = ViewedItem::read(library, row.id);
            viewer.showItem(v);
            const bool shown = viewer.toPlainText().contains(ItemViewer::formatStartTime(v.record.startMs));
            if (v.record.startMs >= 0) {
                sawTimed = true;
                QVERIFY2(shown, qPrintable(v.record.title));
            }
        }
        if (!sawTimed)
            QSKIP("the sample transcript carries no start times");
    }

    void anchorClicksGoToTheLinkHandler()
    {
        Theme theme;
        theme.apply(ThemeChoice::Light);
        QWidget window;
        LinkHandler links(&window);
        links.setShowRefusals(false);
        QList<QUrl> opened;
        links.setExternalOpener([&](const QUrl& u) {
            opened << u;
            return true;
        });
        QSignalSpy refused(&links, &LinkHandler::refused);
        ItemViewer viewer(theme, &links);
        Q_EMIT viewer.anchorClicked(QUrl(QStringLiteral("https://example.com/news")));
        Q_EMIT viewer.anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("https://example.com/news"))});
        QCOMPARE(refused.count(), 1);
        // The document was not navigated away.
        QVERIFY(viewer.source().isEmpty());
    }
};

QTEST_MAIN(TestItemViewer)
#include "TestItemViewer.moc"
