// The GUI's models and small helpers: SidebarModel and ItemListModel pass
// QAbstractItemModelTester, the list pages from SQL, the delegate finds
// matches, settings, theme, translations and the link policy.

#include "GuiTestLibrary.h"
#include "ItemDelegate.h"
#include "ItemListModel.h"
#include "LibraryWorker.h"
#include "LinkHandler.h"
#include "MentionsChart.h"
#include "PostParser.h"
#include "SidebarModel.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace digest;
using namespace digest::gui;

static QSet<qint64> idsOf(const ItemListModel& model)
{
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r).data(ItemListModel::IdRole).toLongLong());
    return ids;
}

class TestGuiModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sidebarModelGroupsIssuesAndPassesTester()
    {
        QTemporaryDir dir;
        const QString db = test::importInto(dir, {test::samplesDir()});
        Library library(db);
        SidebarModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.isLoaded());
        SidebarSnapshot snap = SidebarSnapshot::read(library);
        QVERIFY(model.applySnapshot(snap));
        QVERIFY(model.isLoaded());

        const QModelIndex all = model.indexForKey(QStringLiteral("scope:all"));
        QVERIFY(all.isValid());
        QCOMPARE(all.data(SidebarModel::CountRole).toInt(), library.itemTotal());
        QCOMPARE(model.indexForKey(QStringLiteral("scope:unread")).data(SidebarModel::CountRole).toInt(),
                 library.unreadTotal());
        // Sections group, they are not chosen.
        QVERIFY(!(model.flags(model.indexForKey(QStringLiteral("section:issues"))) & Qt::ItemIsSelectable));

        // Every issue is in the tree, under a month of its year, with its item count.
        for (const IssueSummary& issue : library.issues()) {
            const QModelIndex i = model.issueIndex(issue.slug);
            QVERIFY2(i.isValid(), qPrintable(issue.slug));
            QCOMPARE(i.data(SidebarModel::CountRole).toInt(), issue.itemCount);
            QCOMPARE(SidebarModel::filterAt(i).issueId, issue.id);
            const QModelIndex month = i.parent();
            QCOMPARE(month.data(SidebarModel::KindRole).value<SidebarModel::NodeKind>(), SidebarModel::NodeKind::Month);
            QCOMPARE(SidebarModel::filterAt(month).month, issue.date.left(7));
            QCOMPARE(month.parent().data(Qt::DisplayRole).toString(), issue.date.left(4));
        }
        // The samples come from two series (posts without one, a transcript series).
        QVERIFY(model.indexForKey(QStringLiteral("series:AI大模型周报")).isValid());

        // Same shape again: counts change in place, no rebuild.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        library.setStarred(library.itemRows({}, ItemSort::NewestFirst, 0, 1).first().id, true);
        snap = SidebarSnapshot::read(library);
        QVERIFY(!model.applySnapshot(snap));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.indexForKey(QStringLiteral("scope:starred")).data(SidebarModel::CountRole).toInt(), 1);

        // A new issue changes the shape: rebuilt, still consistent for the tester.
        snap.issues.removeLast();
        QVERIFY(model.applySnapshot(snap));
    }

    // Models nest under their nearest listed family, each family before its
    // members, whatever order the snapshot lists them in.
    // A series spoken in two cases is one series, in the tree and in the store.
    void aSeriesInTwoCasesIsOneSeries()
    {
        Library library(QStringLiteral(":memory:"));
        auto issue = [&](const QString& slug, const QString& series, const QString& date) {
            ParsedIssue p;
            p.kind = QStringLiteral("transcript");
            p.slug = slug;
            p.title = slug;
            p.series = series;
            p.date = date;
            ParsedItem item;
            item.title = slug + QStringLiteral(" story");
            item.text = QStringLiteral("Text.");
            p.items = {item};
            library.storeIssue(p, QStringLiteral("/") + slug, QStringLiteral("h"));
        };
        issue(QStringLiteral("a"), QStringLiteral("Indigo的月末直播"), QStringLiteral("2024-11"));
        issue(QStringLiteral("b"), QStringLiteral("indigo的月末直播"), QStringLiteral("2025-01"));
        issue(QStringLiteral("c"), QStringLiteral("最佳拍档"), QStringLiteral("2025-03"));
        SidebarModel model;
        model.applySnapshot(SidebarSnapshot::read(library));
        int seriesNodes = 0;
        QModelIndex indigo;
        for (const QString& key : {QStringLiteral("series:Indigo的月末直播"), QStringLiteral("series:indigo的月末直播")}) {
            const QModelIndex i = model.indexForKey(key);
            seriesNodes += i.isValid();
            if (i.isValid())
                indigo = i;
        }
        QCOMPARE(seriesNodes, 1);
        QCOMPARE(indigo.data(SidebarModel::CountRole).toInt(), 2);
        QCOMPARE(library.countItems(SidebarModel::filterAt(indigo)), 2);
        QCOMPARE(library.seriesList().size(), 2);
    }

    void sidebarNestsModelFamilies()
    {
        QTemporaryDir dir;
        const QString db = test::importInto(dir, {test::samplesDir()});
        Library library(db);
        SidebarSnapshot snap = SidebarSnapshot::read(library);
        auto idOf = [&](const char* name) { return library.entityByName(QString::fromUtf8(name))->id; };
        const QString glm = QStringLiteral("entity:%1").arg(idOf("GLM"));
        const QString glm47 = QStringLiteral("entity:%1").arg(idOf("GLM-4.7"));
        const QString flash = QStringLiteral("entity:%1").arg(idOf("GLM-4.7-Flash"));
        const QString gemini = QStringLiteral("entity:%1").arg(idOf("Gemini"));
        const QString gemini3 = QStringLiteral("entity:%1").arg(idOf("Gemini 3"));
        auto check = [&](const SidebarSnapshot& s) {
            SidebarModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.applySnapshot(s);
            const QModelIndex f = model.indexForKey(flash);
            QVERIFY(f.isValid());
            QCOMPARE(f.parent(), model.indexForKey(glm47));
            QCOMPARE(f.parent().parent(), model.indexForKey(glm));
            QCOMPARE(model.indexForKey(glm).parent(), model.indexForKey(QStringLiteral("section:models")));
            QCOMPARE(model.indexForKey(gemini3).parent(), model.indexForKey(gemini));
            QCOMPARE(model.entityIndex(QStringLiteral("GLM-4.7-Flash")), f);
            // The family's count includes its members'.
            QVERIFY(model.indexForKey(glm).data(SidebarModel::CountRole).toInt() >= f.data(SidebarModel::CountRole).toInt());
            QCOMPARE(SidebarModel::filterAt(f).entityId, idOf("GLM-4.7-Flash"));
        };
        check(snap);
        std::reverse(snap.models.begin(), snap.models.end());  // members before their families
        check(snap);
        // A family not listed (no items of its own or its members') leaves its member at the top.
        snap.models.erase(std::remove_if(snap.models.begin(), snap.models.end(),
                                         [](const EntitySummary& e) { return e.name == QLatin1String("GLM-4.7"); }),
                          snap.models.end());
        SidebarModel model;
        model.applySnapshot(snap);
        QCOMPARE(model.indexForKey(flash).parent(), model.indexForKey(QStringLiteral("section:models")));
    }

    void itemListModelPagesFromSqlAndPassesTester()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("big.sqlite"));
        {
            // 450 items in three issues, stored through the library's public API.
            Library library(db);
            for (int n = 0; n < 3; ++n) {
                ParsedIssue issue;
                issue.kind = QStringLiteral("post");
                issue.slug = QStringLiteral("issue-%1").arg(n);
                issue.title = QStringLiteral("Issue %1").arg(n);
                issue.date = QStringLiteral("2025-0%1-01").arg(n + 1);
                for (int i = 0; i < 150; ++i) {
                    ParsedItem item;
                    item.title = QStringLiteral("Story %1.%2").arg(n).arg(i);
                    item.text = i % 10 == 0 ? QStringLiteral("OpenAI released something") : QStringLiteral("news");
                    issue.items.append(item);
                }
                library.storeIssue(issue, QStringLiteral("/fixture/%1.md").arg(n), QStringLiteral("h%1").arg(n));
            }
        }
        LibraryWorker worker(db, QStringLiteral("test-worker"));
        ItemListModel model(&worker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ItemListModel::queryLoaded);
        model.setQuery(ItemFilter{});
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.totalCount(), 450);
        // The first page only (the tester may already have asked for the second).
        QVERIFY(model.rowCount() == ItemListModel::kPageSize || model.isLoading());
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Story 2.0"));
        // Newest issue first, in item order.
        QVERIFY(model.canFetchMore({}) || model.isLoading());
        model.fetchMore({});
        QTRY_VERIFY(model.rowCount() >= 2 * ItemListModel::kPageSize);
        QTRY_VERIFY(!model.isLoading());
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 450);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(idsOf(model).size(), 450);  // no page twice
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(449).data().toString(), QStringLiteral("Story 0.149"));

        // A search: counted and listed in SQL, superseding queries dropped.
        ItemFilter stale;
        stale.text = QStringLiteral("Story 1.1");
        model.setQuery(stale);
        ItemFilter f;
        f.text = QStringLiteral("OpenAI");
        model.setQuery(f);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.totalCount(), 45);
        QCOMPARE(model.filter().text, QStringLiteral("OpenAI"));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r).data().toString().endsWith(QLatin1Char('0')));

        // Marks reflect in place.
        const qint64 id = model.index(3).data(ItemListModel::IdRole).toLongLong();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateMarks(id, true, true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(3).data(ItemListModel::ReadRole).toBool());
        QVERIFY(model.index(3).data(ItemListModel::StarredRole).toBool());
    }

    void delegateFindsMatchRanges()
    {
        using R = QList<QPair<int, int>>;
        QCOMPARE(ItemDelegate::matchRanges(QStringLiteral("谷歌发布 Gemini，谷歌"), {QStringLiteral("谷歌")}),
                 (R{{0, 2}, {12, 2}}));
        QCOMPARE(ItemDelegate::matchRanges(QStringLiteral("Google google"), {QStringLiteral("GOOGLE")}),
                 (R{{0, 6}, {7, 6}}));
        // Overlapping terms merge into one range.
        QCOMPARE(ItemDelegate::matchRanges(QStringLiteral("GLM-4.7-Flash"),
                                           {QStringLiteral("GLM-4.7"), QStringLiteral("4.7-Flash")}),
                 (R{{0, 13}}));
        QVERIFY(ItemDelegate::matchRanges(QStringLiteral("abc"), {QString()}).isEmpty());
        // As the search matched: the spaced name marks the glued spelling.
        QCOMPARE(ItemDelegate::matchRanges(QStringLiteral("新版Gemini1.5Pro发布"), {QStringLiteral("Gemini 1.5 Pro")}),
                 (R{{2, 12}}));
    }

    void linkHandlerOpensOnlyWebLinks()
    {
        QWidget window;
        LinkHandler links(&window);
        links.setShowRefusals(false);
        QList<QUrl> opened;
        links.setExternalOpener([&](const QUrl& u) {
            opened << u;
            return true;
        });
        QSignalSpy refused(&links, &LinkHandler::refused);
        QSignalSpy entity(&links, &LinkHandler::entityRequested);
        QSignalSpy tag(&links, &LinkHandler::tagRequested);
        links.open(QUrl(QStringLiteral("https://example.com/a")));
        links.open(QUrl(QStringLiteral("http://example.com/b")));
        links.open(QUrl(QStringLiteral("file:///etc/passwd")));
        links.open(QUrl(QStringLiteral("javascript:alert(1)")));
        links.open(QUrl(QStringLiteral("relative/page.html")));
        links.open(LinkHandler::entityLink(42));
        links.open(LinkHandler::tagLink(QStringLiteral("大模型")));
        QCOMPARE(opened.size(), 2);
        QCOMPARE(refused.count(), 3);
        QCOMPARE(entity.count(), 1);
        QCOMPARE(entity.first().first().toLongLong(), 42);
        QCOMPARE(tag.count(), 1);
        QCOMPARE(tag.first().first().toString(), QStringLiteral("大模型"));
    }

    void settingsAreRememberedAndThemeFollows()
    {
        QSettings().clear();
        {
            Settings s;
            QCOMPARE(s.theme(), ThemeChoice::System);
            QCOMPARE(s.textSize(), Settings::kDefaultTextSize);
            s.setTheme(ThemeChoice::Dark);
            s.setTextSize(99);  // clamped
            QCOMPARE(s.textSize(), Settings::kMaxTextSize);
            s.saveLayout("geo", "state", "split");
        }
        Settings again;
        QCOMPARE(again.theme(), ThemeChoice::Dark);
        QCOMPARE(again.textSize(), Settings::kMaxTextSize);
        QCOMPARE(again.splitterState(), QByteArray("split"));
        Settings transient(false);
        QCOMPARE(transient.theme(), ThemeChoice::System);
        QVERIFY(transient.windowGeometry().isEmpty());

        Theme theme;
        theme.apply(ThemeChoice::Dark);
        QVERIFY(theme.isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QVERIFY(theme.viewerCss(15).contains(QStringLiteral("line-height: 160%")));
        QVERIFY(theme.viewerCss(15).contains(QStringLiteral("font-size: 15pt")));
        theme.apply(ThemeChoice::Light);
        QVERIFY(!theme.isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    }

    void chartFillsMissingMonths()
    {
        const QList<PeriodCount> months{{QStringLiteral("2024-11"), 1, 3}, {QStringLiteral("2025-02"), 2, 5}};
        const QList<PeriodCount> all = MentionsChart::continuous(months);
        QCOMPARE(all.size(), 4);
        QCOMPARE(all[1].period, QStringLiteral("2024-12"));
        QCOMPARE(all[1].items, 0);
        QCOMPARE(all[2].period, QStringLiteral("2025-01"));
        QCOMPARE(all[3].items, 5);
    }

    void chineseTranslationIsComplete()
    {
        // The embedded .qm answers for the window's strings.
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("digest::gui::SidebarModel", "All items"), QStringLiteral("全部条目"));
        QCOMPARE(QCoreApplication::translate("digest::gui::MainWindow", "&Find"), QStringLiteral("查找(&F)"));
        // The parsers' messages reach the import report in the user's language too.
        QCOMPARE(PostParser::parse(QStringLiteral("/tmp/empty.md"), QByteArray()).error, QStringLiteral("文件是空的"));
        const ParseResult badToml = PostParser::parse(QStringLiteral("/tmp/bad.md"), "+++\ntitle = [\n+++\n\n## A\n\nb\n");
        QVERIFY2(badToml.error.startsWith(QStringLiteral("TOML 前置元数据无效：")), qPrintable(badToml.error));
        QCOMPARE(badToml.errorLine, 2);
        // And every message of the .ts file is finished.
        QFile ts(QStringLiteral(DIGEST_SOURCE_DIR "/resources/translations/digest-reader_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray xml = ts.readAll();
        QVERIFY(xml.count("<message") > 100);
        QVERIFY2(!xml.contains("type=\"unfinished\""), "unfinished messages in digest-reader_zh_CN.ts");
        QVERIFY(!xml.contains("type=\"vanished\""));
    }
};

QTEST_MAIN(TestGuiModels)
#include "TestGuiModels.moc"
