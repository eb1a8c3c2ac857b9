// Drives the real MainWindow offscreen, finding widgets by objectName:
// choose an issue, read an item, star it, search, keyboard navigation,
// open the original, a company's page, import with a bad file.

#include "EntityPage.h"
#include "GuiTestLibrary.h"
#include "ImportController.h"
#include "ImportReportDialog.h"
#include "ItemDelegate.h"
#include "ItemListModel.h"
#include "ItemListView.h"
#include "ItemViewer.h"
#include "LibraryWorker.h"
#include "LinkHandler.h"
#include "MarkController.h"
#include "MentionsChart.h"
#include "SearchController.h"
#include "ShortcutsDialog.h"
#include "SidebarModel.h"
#include "SidebarView.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTreeWidget>

using namespace digest;
using namespace digest::gui;

namespace {

QSet<qint64> idsOf(const ItemListModel* model)
{
    QSet<qint64> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids.insert(model->index(r).data(ItemListModel::IdRole).toLongLong());
    return ids;
}

void clickRow(QAbstractItemView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

int sidebarCount(MainWindow* w, const QString& key)
{
    return w->sidebar()->sidebarModel()->indexForKey(key).data(SidebarModel::CountRole).toInt();
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    // A search typed into the real field shows exactly what the library finds.
    void searchShowsWhatTheLibraryFinds(const QString& db, const QString& query)
    {
        test::WindowFixture f(db);
        QVERIFY(f.settle());
        MainWindow* w = f.window.get();
        auto* field = w->findChild<QLineEdit*>(QStringLiteral("searchField"));
        QVERIFY(field);
        field->setFocus();
        // Chinese arrives from an input method as a committed string.
        QInputMethodEvent commit;
        commit.setCommitString(query);
        QCoreApplication::sendEvent(field, &commit);
        QCOMPARE(field->text(), query);
        // Debounced: nothing asked of the library yet.
        QVERIFY(!w->search()->isSettled());
        QVERIFY(f.settle());
        ItemFilter filter;
        filter.text = query;
        Library library(db);
        const int expected = library.countItems(filter);
        QVERIFY2(expected > 0, qPrintable(query));
        const ItemListModel* model = w->search()->model();
        QCOMPARE(model->totalCount(), expected);
        QSet<qint64> want;
        for (const ItemRow& row : library.itemRows(filter, ItemSort::Relevance, 0, ItemListModel::kPageSize))
            want.insert(row.id);
        QCOMPARE(idsOf(model), want);
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("listCountLabel"))->text().contains(query));

        // Highlighted in the list's titles (where the title holds a term) and in the viewer.
        const QStringList terms = w->search()->highlightTerms();
        QVERIFY(terms.contains(query));
        QCOMPARE(model->highlightTerms(), terms);
        clickRow(w->itemList(), model->index(0));
        QVERIFY(f.settle());
        QVERIFY(w->viewer()->itemId() == model->index(0).data(ItemListModel::IdRole).toLongLong());
        QVERIFY(w->viewer()->highlightCount() > 0);
        bool titleMatch = false;
        for (int r = 0; r < model->rowCount(); ++r)
            titleMatch |= !ItemDelegate::matchRanges(model->index(r).data().toString(), terms).isEmpty();
        QVERIFY(titleMatch);

        // Clearing the search lists everything again.
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(f.settle());
        QCOMPARE(model->totalCount(), library.itemTotal());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The first open of a library an older version wrote rebuilds or upgrades
    // it; the window says so while it works, then shows the library.
    void anOldLibrarySaysItIsBeingUpgraded()
    {
        QTemporaryDir dir;
        const QString db = test::importInto(dir, {test::samplesDir()});
        {
            Library library(db);
            library.database().exec("UPDATE meta SET value = 'an older tokenizer' WHERE key = 'tokenizer'");
        }
        QStringList whileWorking;
        test::WindowFixture f(db);
        MainWindow* w = f.window.get();
        const auto workers = w->findChildren<LibraryWorker*>();
        QVERIFY(!workers.isEmpty());
        for (LibraryWorker* worker : workers)
            connect(worker, &LibraryWorker::upgrading, w, [&] {
                whileWorking << w->viewer()->toPlainText() << w->statusBar()->currentMessage();
                // No import while the upgrade holds the write lock.
                QVERIFY(!w->findChild<QAction*>(QStringLiteral("importFilesAction"))->isEnabled());
                QVERIFY(!w->importPaths({test::samplesDir()}));
            });
        QVERIFY(f.settle());
        QCOMPARE(whileWorking.size(), 2);  // one notice (viewer text, status): the other worker found it done
        QVERIFY2(whileWorking[0].contains(QStringLiteral("Rebuilding the search index")), qPrintable(whileWorking[0]));
        QCOMPARE(whileWorking[1], QStringLiteral("Rebuilding the search index…"));
        QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("Library upgraded."));
        QVERIFY(!w->viewer()->toPlainText().contains(QStringLiteral("Rebuilding")));
        QVERIFY(w->search()->model()->totalCount() > 0);
        QVERIFY(w->findChild<QAction*>(QStringLiteral("importFilesAction"))->isEnabled());
    }

    // A library in a folder this user cannot write opens read-only: it shows
    // and searches; importing and marking are off and the status bar says why.
    void aReadOnlyLibraryShowsButOffersNoWrites()
    {
        QTemporaryDir dir;
        const QString db = test::importInto(dir, {test::samplesDir()});
        const QString folder = QFileInfo(db).absolutePath();
        const auto permissions = QFile::permissions(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        const auto restore = qScopeGuard([&] { QFile::setPermissions(folder, permissions); });
        if (QFileInfo(folder).isWritable())
            QSKIP("running as root: folder permissions are not enforced, so this cannot be shown here");
        test::WindowFixture f(db);
        QVERIFY(f.settle());
        MainWindow* w = f.window.get();
        QVERIFY(w->isLibraryReadOnly());
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("readOnlyLabel"))->isVisible());
        QVERIFY(w->search()->model()->totalCount() > 0);
        clickRow(w->itemList(), w->search()->model()->index(0));
        QVERIFY(f.settle());
        QVERIFY(w->viewer()->itemId() != 0);
        for (const char* action : {"importFilesAction", "importFolderAction", "toggleStarAction", "toggleReadAction",
                                   "markIssueReadAction"})
            QVERIFY2(!w->findChild<QAction*>(QString::fromLatin1(action))->isEnabled(), action);
        QVERIFY(!w->importPaths({test::samplesDir()}));
    }

    void selectIssueReadAndStarAnItem()
    {
        QTemporaryDir dir;
        const QString db = test::importInto(dir, {test::samplesDir()});
        test::WindowFixture f(db);
        QVERIFY(f.settle());
        MainWindow* w = f.window.get();
        Library library(db);
        const int unreadBefore = library.unreadTotal();
        QCOMPARE(sidebarCount(w, QStringLiteral("scope:all")), library.itemTotal());
        QCOMPARE(w->search()->model()->totalCount(), library.itemTotal());

        // Choose the Chinese sample issue in the sidebar.
        auto* sidebar = w->findChild<SidebarView*>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        const QModelIndex issueIndex = sidebar->sidebarModel()->issueIndex(QStringLiteral("ai-weekly-2026-w04"));
        QVERIFY(issueIndex.isValid());
        sidebar->expand(issueIndex.parent());
        clickRow(sidebar, issueIndex);
        QVERIFY(f.settle());
        const auto issue = library.issue(QStringLiteral("ai-weekly-2026-w04"));
        QVERIFY(issue);
        auto* list = w->findChild<ItemListView*>(QStringLiteral("itemList"));
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), issue->items.size());

        // Read its second item: shown, and read after 1.5 s on screen.
        const QModelIndex second = list->model()->index(1, 0);
        const qint64 id = second.data(ItemListModel::IdRole).toLongLong();
        QCOMPARE(id, issue->items[1].id);
        clickRow(list, second);
        QVERIFY(f.settle());
        auto* viewer = w->findChild<ItemViewer*>(QStringLiteral("itemViewer"));
        QCOMPARE(viewer->itemId(), id);
        QVERIFY(viewer->toPlainText().startsWith(issue->items[1].title));
        QVERIFY(!library.item(id)->read);
        QTRY_VERIFY_WITH_TIMEOUT(library.item(id)->read, 4000);
        QVERIFY(second.data(ItemListModel::ReadRole).toBool());
        QTRY_COMPARE(sidebarCount(w, QStringLiteral("scope:unread")), unreadBefore - 1);

        // Star it with the s key; the Starred scope lists it.
        list->setFocus();
        QTest::keyClick(w, Qt::Key_S);
        QTRY_VERIFY(library.item(id)->starred);
        QVERIFY(second.data(ItemListModel::StarredRole).toBool());
        QVERIFY(w->findChild<QAction*>(QStringLiteral("toggleStarAction"))->isChecked());
        QTRY_COMPARE(sidebarCount(w, QStringLiteral("scope:starred")), 1);

        // m toggles read.
        QTest::keyClick(w, Qt::Key_M);
        QTRY_VERIFY(!library.item(id)->read);

        // Mark issue read.
        w->findChild<QAction*>(QStringLiteral("markIssueReadAction"))->trigger();
        QTRY_VERIFY(library.issueSummary(issue->summary.id)->unreadCount == 0);
        for (int r = 0; r < list->model()->rowCount(); ++r)
            QVERIFY(list->model()->index(r, 0).data(ItemListModel::ReadRole).toBool());

        QVERIFY(sidebar->selectKey(QStringLiteral("scope:starred")));
        QVERIFY(f.settle());
        QCOMPARE(idsOf(w->search()->model()), QSet<qint64>{id});
    }

    // Until a divider is moved, a narrow window keeps the reading pane the widest.
    void aNarrowWindowKeepsTheReadingPaneWidest()
    {
        QTemporaryDir dir;
        test::WindowFixture f(test::importInto(dir, {test::samplesDir()}));
        QVERIFY(f.settle());
        MainWindow* w = f.window.get();
        auto* pane = w->findChild<QStackedWidget*>(QStringLiteral("rightPane"));
        QVERIFY(pane);
        // The split follows the window: a wide one gives the list its share too…
        w->resize(1600, 900);
        QTRY_VERIFY(w->width() == 1600);
        QTRY_VERIFY2(w->itemList()->width() >= 400, qPrintable(QString::number(w->itemList()->width())));
        // …and a narrow one still leaves the reading pane the widest.
        w->resize(900, 600);
        QTRY_VERIFY(w->width() == 900);
        QTRY_VERIFY2(pane->width() > w->itemList()->width() && pane->width() > w->sidebar()->width(),
                     qPrintable(QStringLiteral("%1 / %2 / %3").arg(w->sidebar()->width()).arg(w->itemList()->width()).arg(pane->width())));
    }

    // The issue's name above an item leads to the issue's front page (its
    // introduction and every item), whose item links open the items.
    void anIssuesFrontPageShowsItsIntroductionAndItems()
    {
        QTemporaryDir dir;
        const QString db = test::importInto(dir, {test::samplesDir()});
        Library library(db);
        const auto issue = library.issue(QStringLiteral("ai-weekly-2026-w03"));
        QVERIFY(issue && issue->items.size() >= 2 && !issue->intro.isEmpty());
        test::WindowFixture f(db);
        QVERIFY(f.settle());
        MainWindow* w = f.window.get();
        QVERIFY(w->selectIssue(QStringLiteral("ai-weekly-2026-w03")));
        QVERIFY(f.settle());
        QCOMPARE(w->viewer()->itemId(), issue->items[0].id);
        const QString link = LinkHandler::issueLink(issue->summary.id).toString();
        QVERIFY(w->viewer()->toHtml().contains(link));  // the issue's name in the item's meta line

        w->links()->open(QUrl(link));
        QVERIFY(f.settle());
        QCOMPARE(w->viewer()->issueShown(), issue->summary.id);
        QCOMPARE(w->viewer()->itemId(), 0);
        const QString page = w->viewer()->toPlainText();
        QVERIFY(page.contains(issue->intro.section(QLatin1Char('\n'), 0, 0).trimmed()));
        for (const ItemRecord& item : issue->items)
            QVERIFY2(page.contains(item.title), qPrintable(item.title));
        QVERIFY(!w->itemList()->currentIndex().isValid());

        // An item link opens the item even when a search would hide it (the search is cleared).
        w->searchField()->setText(QStringLiteral("zzqx"));
        QVERIFY(f.settle());
        w->links()->open(LinkHandler::issueLink(issue->summary.id, issue->items[1].position));
        QVERIFY(f.settle());
        QCOMPARE(w->viewer()->itemId(), issue->items[1].id);
        QCOMPARE(w->viewer()->issueShown(), 0);
        QVERIFY(w->searchField()->text().isEmpty());
    }

    void keyboardMovesAndOpensTheOriginal()
    {
        QTemporaryDir dir;
        const QString db = test::importInto(dir, {test::samplesDir()});
        test::WindowFixture f(db);
        QVERIFY(f.settle());
        MainWindow* w = f.window.get();
        w->setReadOnlyPresentation(true);
        QList<QUrl> opened;
        w->links()->setExternalOpener([&](const QUrl& u) {
            opened << u;
            return true;
        });
        QVERIFY(w->selectIssue(QStringLiteral("ai-weekly-2026-w04")));
        QVERIFY(f.settle());
        ItemListView* list = w->itemList();
        QCOMPARE(list->currentIndex().row(), 0);
        list->setFocus();
        QTest::keyClick(w, Qt::Key_J);
        QVERIFY(f.settle());
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(w, Qt::Key_J);
        QTest::keyClick(w, Qt::Key_K);
        QVERIFY(f.settle());
        QCOMPARE(list->currentIndex().row(), 1);
        QCOMPARE(w->viewer()->itemId(), list->currentItemId());

        // o opens the source link through the LinkHandler, and so does Enter.
        const QUrl original = w->viewer()->originalUrl();
        QVERIFY(original.isValid());
        QTest::keyClick(w, Qt::Key_O);
        QCOMPARE(opened, QList<QUrl>{original});
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(opened.size(), 2);

        // n skips read items.
        Library library(db);
        const qint64 third = list->model()->index(2, 0).data(ItemListModel::IdRole).toLongLong();
        w->marks()->setRead(third, true);
        QVERIFY(f.settle());
        QTest::keyClick(w, Qt::Key_N);
        QVERIFY(f.settle());
        QCOMPARE(list->currentIndex().row(), 3);

        // Ctrl+F and / focus the search field; typed letters go there, not to shortcuts.
        auto* field = w->searchField();
        QTest::keyClick(w, Qt::Key_Slash);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("jk"));
        QCOMPARE(field->text(), QStringLiteral("jk"));
        QCOMPARE(list->currentIndex().row(), 3);
        list->setFocus();
        QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());

        // Help lists every shortcut.
        w->showShortcuts();
        auto* dialog = w->findChild<ShortcutsDialog*>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->rowCount(), w->shortcutActions().size());
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
        QStringList keys;
        for (int r = 0; r < table->rowCount(); ++r)
            keys << table->item(r, 1)->text();
        for (const QString& k : {QStringLiteral("J"), QStringLiteral("K"), QStringLiteral("N"), QStringLiteral("O"),
                                 QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("Ctrl+I")})
            QVERIFY2(keys.join(QLatin1Char('|')).contains(k), qPrintable(k));
        dialog->close();
    }

    void searchOnSamples() { searchShowsWhatTheLibraryFinds(importSamples(), QStringLiteral("谷歌")); }

    // A search that finds nothing says so where the item would be, and a
    // search that finds something again brings back the usual prompt.
    void aSearchWithNoMatchesSaysSo()
    {
        test::WindowFixture f(importSamples());
        QVERIFY(f.settle());
        MainWindow* w = f.window.get();
        auto* field = w->findChild<QLineEdit*>(QStringLiteral("searchField"));
        QVERIFY(field);
        w->selectFirstItemIfNone();  // an item on screen gives way to the message
        QVERIFY(f.settle());
        QVERIFY(w->viewer()->itemId() != 0);
        field->setText(QStringLiteral("zzqx 谷歌"));
        QVERIFY(f.settle());
        QCOMPARE(w->search()->model()->totalCount(), 0);
        QCOMPARE(w->viewer()->itemId(), 0);
        QVERIFY(w->viewer()->toPlainText().contains(QStringLiteral("Nothing matches “zzqx 谷歌”")));
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("listCountLabel"))->text().startsWith(QStringLiteral("0 item")));
        field->setText(QStringLiteral("company:Nopeco"));
        QVERIFY(f.settle());
        QVERIFY(w->viewer()->toPlainText().contains(QStringLiteral("No company or model is called “Nopeco”")));
        field->setText(QStringLiteral("谷歌"));
        QVERIFY(f.settle());
        QVERIFY(w->search()->model()->totalCount() > 0);
        QVERIFY(!w->viewer()->toPlainText().contains(QStringLiteral("Nothing matches")));
    }

    void searchOnSeeds()
    {
        const QDir seeds(test::seedsDir());
        const QStringList files = seeds.entryList({QStringLiteral("*.txt")}, QDir::Files);
        if (!seeds.exists() || files.isEmpty())
            QSKIP("shared seeds not present (DIGEST_SHARED_DIR/seeds/*.txt); the samples variant covers search");
        QStringList paths;
        for (const QString& f : files)
            paths << seeds.filePath(f);
        searchShowsWhatTheLibraryFinds(importInto(paths), QStringLiteral("谷歌"));
    }

    void companyPageListsItsItems()
    {
        const QString db = importSamples();
        Library library(db);
        const QList<EntitySummary> companies = library.entities(QStringLiteral("company"));
        QVERIFY2(!companies.isEmpty(), "the samples mention companies; the importer links them");
        const auto google = library.entityByName(QStringLiteral("谷歌"));
        QVERIFY(google);
        test::WindowFixture f(db);
        QVERIFY(f.settle());
        MainWindow* w = f.window.get();
        SidebarView* sidebar = w->sidebar();
        const QModelIndex node = sidebar->sidebarModel()->indexForKey(QStringLiteral("entity:%1").arg(google->id));
        QVERIFY(node.isValid());
        QCOMPARE(node.data(SidebarModel::CountRole).toInt(), google->itemCount);
        clickRow(sidebar, node);
        QVERIFY(f.settle());
        ItemFilter filter;
        filter.entityId = google->id;
        QCOMPARE(w->search()->model()->totalCount(), library.countItems(filter));
        QCOMPARE(w->search()->model()->totalCount(), google->itemCount);
        auto* page = w->findChild<EntityPage*>(QStringLiteral("entityPage"));
        QVERIFY(page->isVisible());
        QCOMPARE(page->entityId(), google->id);
        QCOMPARE(w->findChild<QLabel*>(QStringLiteral("entityName"))->text(), google->name);
        int mentions = 0;
        for (const PeriodCount& p : library.entityMentionsPerMonth(google->id))
            mentions += p.items;
        QVERIFY(mentions > 0);
        QVERIFY(page->chart()->barCount() > 0);
        // Each listed item names the company (or one of its models) on its second line.
        QVERIFY(!w->search()->model()->index(0).data(ItemListModel::EntitiesRole).toStringList().isEmpty());

        // Entities combine with the search field.
        w->setSearchText(QStringLiteral("Gemini"));
        QVERIFY(f.settle());
        filter.text = QStringLiteral("Gemini");
        QCOMPARE(w->search()->model()->totalCount(), library.countItems(filter));
        QVERIFY(w->search()->model()->totalCount() < google->itemCount);

        // A chip in the viewer leads to the same page.
        w->setSearchText(QString());
        sidebar->selectKey(QStringLiteral("scope:all"));
        QVERIFY(f.settle());
        w->links()->open(LinkHandler::entityLink(google->id));
        QVERIFY(f.settle());
        QCOMPARE(sidebar->currentKey(), QStringLiteral("entity:%1").arg(google->id));
        QCOMPARE(w->findChild<QStackedWidget*>(QStringLiteral("rightPane"))->currentWidget(), page);

        // Model families are nested and closed; choosing a member opens its family, and
        // the page of a family lists its members.
        const auto gemini = library.entityByName(QStringLiteral("Gemini"));
        const auto gemini3 = library.entityByName(QStringLiteral("Gemini 3"));
        QVERIFY(gemini && gemini3);
        const QModelIndex family = sidebar->sidebarModel()->indexForKey(QStringLiteral("entity:%1").arg(gemini->id));
        QVERIFY(sidebar->sidebarModel()->hasChildren(family));
        QVERIFY(!sidebar->isExpanded(family));
        w->links()->open(LinkHandler::entityLink(gemini3->id));
        QVERIFY(f.settle());
        QCOMPARE(sidebar->currentKey(), QStringLiteral("entity:%1").arg(gemini3->id));
        QVERIFY(sidebar->isExpanded(family));
        clickRow(sidebar, family);
        QVERIFY(f.settle());
        QCOMPARE(page->entityId(), gemini->id);
        // Its members with items, each with its count; those never mentioned are left out.
        const QString models = w->findChild<QLabel*>(QStringLiteral("entityModels"))->text();
        const QList<EntitySummary> members = library.modelsOf(gemini->id);
        QVERIFY(members.size() >= 2);
        int listed = 0;
        for (const EntitySummary& m : members) {
            QString name = m.name;
            name.replace(QLatin1Char(' '), QStringLiteral("&nbsp;")).replace(QLatin1Char('-'), QStringLiteral("-&#x2060;"));
            const bool shown = models.contains(QStringLiteral(">%1</a>&nbsp;(%2)").arg(name).arg(m.itemCount));
            QVERIFY2(shown == (m.itemCount > 0), qPrintable(m.name + QStringLiteral(": ") + models));
            listed += shown;
        }
        QVERIFY(listed >= 1);
    }

    void importFolderWithABadFileShowsTheReport()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("empty.sqlite"));
        test::WindowFixture f(db);
        QVERIFY(f.settle());
        MainWindow* w = f.window.get();
        QCOMPARE(sidebarCount(w, QStringLiteral("scope:all")), 0);
        QVERIFY(w->viewer()->toPlainText().contains(QStringLiteral("empty")));

        // A folder: the English sample plus a file that is not a digest at all.
        const QString folder = dir.filePath(QStringLiteral("incoming"));
        QDir().mkpath(folder);
        QVERIFY(QFile::copy(test::samplesDir() + QStringLiteral("/2026-w03/index.md"), folder + QStringLiteral("/w03.md")));
        QFile bad(folder + QStringLiteral("/broken.md"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray("\x00\x01\x02PK\x03\x04 not text at all \xff\xfe\x00", 24));
        bad.close();

        QVERIFY(w->importPaths({folder}));
        QVERIFY(w->importer()->isRunning());
        QVERIFY(w->findChild<QWidget*>(QStringLiteral("importProgress"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(w->importer()->reportDialog() != nullptr, 20000);
        ImportReportDialog* report = w->importer()->reportDialog();
        QCOMPARE(report->objectName(), QStringLiteral("importReportDialog"));
        QVERIFY(report->isVisible());
        auto* files = report->findChild<QTreeWidget*>(QStringLiteral("importReportFiles"));
        QCOMPARE(files->topLevelItemCount(), 2);
        // The failed file comes first, with its reason.
        QTreeWidgetItem* first = files->topLevelItem(0);
        QCOMPARE(first->text(0), ImportReportDialog::statusText(ImportFileResult::Status::Failed));
        QVERIFY(first->text(1).endsWith(QStringLiteral("broken.md")));
        QVERIFY(!first->text(2).isEmpty());
        QCOMPARE(files->topLevelItem(1)->text(0), ImportReportDialog::statusText(ImportFileResult::Status::Imported));
        QVERIFY(report->findChild<QLabel*>(QStringLiteral("importReportSummary"))->text().contains(QStringLiteral("1")));
        report->close();

        // The window shows what was imported.
        QVERIFY(f.settle());
        Library library(db);
        QVERIFY(library.itemTotal() > 0);
        QCOMPARE(sidebarCount(w, QStringLiteral("scope:all")), library.itemTotal());
        QCOMPARE(w->search()->model()->totalCount(), library.itemTotal());
        QVERIFY(!w->findChild<QWidget*>(QStringLiteral("importProgress"))->isVisible());
    }

private:
    QList<std::shared_ptr<QTemporaryDir>> m_dirs;
    QString importInto(const QStringList& paths)
    {
        auto dir = std::make_shared<QTemporaryDir>();
        m_dirs << dir;
        return test::importInto(*dir, paths);
    }
    QString importSamples() { return importInto({test::samplesDir()}); }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
