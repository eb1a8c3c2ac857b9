#include "MainWindow.h"

#include "EntityPage.h"
#include "ImportController.h"
#include "ItemListModel.h"
#include "ItemListView.h"
#include "ItemViewer.h"
#include "LibraryWorker.h"
#include "LinkHandler.h"
#include "MarkController.h"
#include "SearchController.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SidebarModel.h"
#include "SidebarView.h"
#include "Theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QResizeEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace digest::gui {

MainWindow::MainWindow(const QString& databasePath, Settings* settings, Theme* theme, QWidget* parent)
    : QMainWindow(parent), m_databasePath(databasePath), m_settings(settings), m_theme(theme)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Digest Reader"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.digestreader.DigestReader.svg")));
    setAcceptDrops(true);

    m_reader = new LibraryWorker(databasePath, QStringLiteral("digest-reader"), this);
    m_search = new SearchController(databasePath, this);
    m_links = new LinkHandler(this, this);
    m_marks = new MarkController(m_reader, m_search->model(), this);
    m_import = new ImportController(databasePath, this, this);

    buildCentre();
    buildActions();
    buildMenus();
    buildToolBar();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("listCountLabel"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_import->progressWidget());
    m_readOnlyLabel = new QLabel(tr("Read-only"));
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setToolTip(tr("You cannot write to this library's file or folder. You can read and search it; "
                                   "importing and marking items read or starred are off."));
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    m_sidebarRefresh.setSingleShot(true);
    m_sidebarRefresh.setInterval(250);  // several marks in a row: one refresh
    connect(&m_sidebarRefresh, &QTimer::timeout, this, &MainWindow::reloadSidebar);

    connect(m_sidebar, &SidebarView::nodeChosen, this, &MainWindow::onNodeChosen);
    connect(m_list, &ItemListView::currentItemChanged, this, &MainWindow::onCurrentItemChanged);
    connect(m_list, &ItemListView::itemActivated, this, [this](qint64 id) {
        if (id == m_viewer->itemId())
            openOriginal();
    });
    connect(m_search, &SearchController::termsChanged, m_viewer, &ItemViewer::setHighlightTerms);
    connect(m_search, &SearchController::resultsShown, this, &MainWindow::onResultsShown);
    connect(m_search->model(), &ItemListModel::pageLoaded, this, &MainWindow::settledChanged);
    connect(m_marks, &MarkController::marksChanged, this, [this] { m_sidebarRefresh.start(); });
    connect(m_marks, &MarkController::shownItemMarksChanged, this, [this] { updateItemActions(); });
    connect(m_links, &LinkHandler::entityRequested, this, &MainWindow::showEntity);
    connect(m_links, &LinkHandler::tagRequested, this, &MainWindow::showTag);
    connect(m_links, &LinkHandler::issueRequested, this, &MainWindow::showIssue);
    connect(m_links, &LinkHandler::refused, this,
            [this](const QUrl&, const QString& reason) { statusBar()->showMessage(reason, 6000); });
    connect(m_viewer, &ItemViewer::openOriginalRequested, this, &MainWindow::openOriginal);
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_import, &ImportController::started, this, &MainWindow::updateImportActions);
    connect(m_reader, &LibraryWorker::opened, this, [this](bool readOnly) {
        m_libraryReadOnly = readOnly;
        m_readOnlyLabel->setVisible(readOnly);
        if (readOnly) {
            setReadOnlyPresentation(true);
            statusBar()->showMessage(tr("This library is read-only: reading and searching only."), 8000);
        }
        updateImportActions();
        updateItemActions();
    });
    connect(m_reader, &LibraryWorker::failed, this, [this] {
        // A failed job never hands back its result: stop waiting for it.
        m_sidebarLoading = false;
        m_entityLoading = false;
        m_itemLoaded = m_itemRequest;
        Q_EMIT settledChanged();
    });
    for (LibraryWorker* worker : {m_reader, m_search->worker()}) {
        connect(worker, &LibraryWorker::failed, this, [this, worker](const QString& message) {
            onUpgradeEnded(worker, message);  // nothing unless this worker was upgrading
            statusBar()->showMessage(tr("The library could not be read: %1").arg(message), 10000);
        });
        connect(worker, &LibraryWorker::upgrading, this,
                [this, worker](int fromVersion, int toVersion, const QString& backupPath) {
                    onUpgrading(worker, fromVersion, toVersion, backupPath);
                });
        connect(worker, &LibraryWorker::upgraded, this, [this, worker] { onUpgradeEnded(worker, {}); });
    }
    connect(m_settings, &Settings::textSizeChanged, m_viewer, &ItemViewer::setTextSize);
    connect(m_settings, &Settings::themeChanged, this, [this](ThemeChoice choice) { m_theme->apply(choice); });
    connect(m_theme, &Theme::changed, this, &MainWindow::applyTheme);

    m_viewer->setTextSize(m_settings->textSize());
    restoreLayout();
    updateItemActions();
    // The sidebar's job opens (and if need be migrates) the library first;
    // its first selection then starts the list on the search connection.
    reloadSidebar();
}

MainWindow::~MainWindow() = default;

// ------------------------------------------------------------------ building

void MainWindow::buildCentre()
{
    m_sidebarModel = new SidebarModel(this);
    m_sidebar = new SidebarView(m_sidebarModel, *m_theme);
    m_list = new ItemListView(m_search->model(), *m_theme);
    m_viewer = new ItemViewer(*m_theme, m_links);
    m_entityPage = new EntityPage(*m_theme, m_links);
    m_rightPane = new QStackedWidget;
    m_rightPane->setObjectName(QStringLiteral("rightPane"));
    m_rightPane->addWidget(m_viewer);
    m_rightPane->addWidget(m_entityPage);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_rightPane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_defaultSplit = false; });
    m_sidebar->setMinimumWidth(160);
    m_list->setMinimumWidth(260);
    m_rightPane->setMinimumWidth(320);
    setCentralWidget(m_splitter);
}

QAction* MainWindow::addShortcutAction(const QString& objectName, const QString& text, const QList<QKeySequence>& keys)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(keys);
    // Window-wide, so j/k work whether the list or the viewer has focus; a
    // text field still gets its letters (it overrides single-key shortcuts).
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    m_shortcutActions.append(action);
    return action;
}

void MainWindow::buildActions()
{
    m_importFilesAction = addShortcutAction(QStringLiteral("importFilesAction"), tr("&Import Files…"),
                                            {QKeySequence(Qt::CTRL | Qt::Key_I)});
    m_importFolderAction = addShortcutAction(QStringLiteral("importFolderAction"), tr("Import &Folder…"),
                                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)});
    m_quitAction = addShortcutAction(QStringLiteral("quitAction"), tr("&Quit"), {QKeySequence::Quit});
    m_nextAction = addShortcutAction(QStringLiteral("nextItemAction"), tr("&Next Item"), {QKeySequence(Qt::Key_J)});
    m_previousAction =
        addShortcutAction(QStringLiteral("previousItemAction"), tr("&Previous Item"), {QKeySequence(Qt::Key_K)});
    m_nextUnreadAction =
        addShortcutAction(QStringLiteral("nextUnreadAction"), tr("Next &Unread Item"), {QKeySequence(Qt::Key_N)});
    m_openOriginalAction =
        addShortcutAction(QStringLiteral("openOriginalAction"), tr("&Open Original"), {QKeySequence(Qt::Key_O)});
    m_starAction = addShortcutAction(QStringLiteral("toggleStarAction"), tr("&Star"), {QKeySequence(Qt::Key_S)});
    m_starAction->setCheckable(true);
    m_readAction =
        addShortcutAction(QStringLiteral("toggleReadAction"), tr("Mark as &Read"), {QKeySequence(Qt::Key_M)});
    m_readAction->setCheckable(true);
    m_markIssueReadAction = addShortcutAction(QStringLiteral("markIssueReadAction"), tr("Mark &Issue Read"),
                                              {QKeySequence(Qt::SHIFT | Qt::Key_M)});
    m_findAction = addShortcutAction(QStringLiteral("focusSearchAction"), tr("&Find"),
                                     {QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::Key_Slash)});
    m_preferencesAction = addShortcutAction(QStringLiteral("preferencesAction"), tr("&Preferences…"),
                                            {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_shortcutsAction = addShortcutAction(QStringLiteral("shortcutsAction"), tr("&Keyboard Shortcuts"),
                                          {QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    m_aboutAction = new QAction(tr("&About Digest Reader"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));

    // The shortcuts dialog names these by what they do, whatever their state.
    m_starAction->setProperty("helpText", tr("Star or unstar the item"));
    m_readAction->setProperty("helpText", tr("Mark the item read or unread"));
    m_openOriginalAction->setToolTip(tr("Open the original report in your web browser (O)"));
    m_starAction->setToolTip(tr("Star or unstar this item (S)"));
    m_readAction->setToolTip(tr("Mark this item read or unread (M)"));
    m_importFilesAction->setToolTip(tr("Import digest files (Ctrl+I); you can also drop files on the window"));

    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::openImportFiles);
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::openImportFolder);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_nextAction, &QAction::triggered, m_list, &ItemListView::selectNext);
    connect(m_previousAction, &QAction::triggered, m_list, &ItemListView::selectPrevious);
    connect(m_nextUnreadAction, &QAction::triggered, m_list, &ItemListView::selectNextUnread);
    connect(m_openOriginalAction, &QAction::triggered, this, &MainWindow::openOriginal);
    connect(m_starAction, &QAction::triggered, m_marks, &MarkController::toggleStarred);
    connect(m_readAction, &QAction::triggered, m_marks, &MarkController::toggleRead);
    connect(m_markIssueReadAction, &QAction::triggered, this, [this] {
        if (const ItemListEntry* e = m_search->model()->entryAt(m_list->currentIndex().row()))
            m_marks->markIssueRead(e->row.issueId);
        else if (m_search->baseFilter().issueId)
            m_marks->markIssueRead(m_search->baseFilter().issueId);
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_importFilesAction);
    file->addAction(m_importFolderAction);
    file->addSeparator();
    file->addAction(m_preferencesAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu* item = menuBar()->addMenu(tr("&Item"));
    item->setObjectName(QStringLiteral("itemMenu"));
    item->addAction(m_nextAction);
    item->addAction(m_previousAction);
    item->addAction(m_nextUnreadAction);
    item->addSeparator();
    item->addAction(m_openOriginalAction);
    item->addAction(m_starAction);
    item->addAction(m_readAction);
    item->addAction(m_markIssueReadAction);
    item->addSeparator();
    item->addAction(m_findAction);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);
}

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_importFilesAction);
    bar->addSeparator();
    bar->addAction(m_openOriginalAction);
    bar->addAction(m_starAction);
    bar->addAction(m_readAction);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_searchField = new QLineEdit;
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search items (Ctrl+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(280);
    m_searchField->setMaximumWidth(420);
    m_searchField->setAccessibleName(tr("Search"));
    m_searchField->installEventFilter(this);
    bar->addWidget(m_searchField);
    m_search->attach(m_searchField);
}

void MainWindow::restoreLayout()
{
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1400, 900);
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(std::min(1320, screen.width() * 9 / 10), std::min(840, screen.height() * 9 / 10));
    restoreState(m_settings->windowState());
    m_defaultSplit = !m_splitter->restoreState(m_settings->splitterState());
    if (m_defaultSplit)
        applyDefaultSplit();
}

// Sidebar, list and reading pane in proportion, so a narrow window still
// leaves the reading pane the widest (at 900 px: 180, 279 and 441).
void MainWindow::applyDefaultSplit()
{
    const int w = width();
    const int side = std::clamp(w / 5, 180, 270);
    const int list = std::clamp(w * 31 / 100, 260, 420);
    m_splitter->setSizes({side, list, std::max(300, w - side - list)});
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    // Until the user moves a divider, the split follows the window's size.
    if (m_defaultSplit && event->oldSize().width() != event->size().width())
        applyDefaultSplit();
}

void MainWindow::applyTheme()
{
    m_viewer->refreshStyle();
    m_entityPage->refreshStyle();
    m_sidebar->viewport()->update();
    m_list->viewport()->update();
}

// ------------------------------------------------------------------ state

bool MainWindow::isSettled() const
{
    return m_sidebarModel->isLoaded() && !m_sidebarLoading && !m_entityLoading && m_itemLoaded == m_itemRequest
           && m_search->isSettled() && m_reader->pending() == 0 && m_search->worker()->pending() == 0
           && m_pendingIssuePosition == -2 && !m_sidebarRefresh.isActive();
}

void MainWindow::reloadSidebar()
{
    m_sidebarLoading = true;
    m_reader->run<SidebarSnapshot>(this, &SidebarSnapshot::read,
                                   [this](SidebarSnapshot snapshot) { onSidebarSnapshot(snapshot); });
}

void MainWindow::onSidebarSnapshot(const SidebarSnapshot& snapshot)
{
    m_sidebarLoading = false;
    m_sidebar->rememberState();
    if (m_sidebarModel->applySnapshot(snapshot))
        m_sidebar->restoreState();
    const bool empty = snapshot.total == 0;
    if (empty != m_libraryEmpty || (empty && !m_viewer->itemId())) {
        m_libraryEmpty = empty;
        if (empty)
            m_viewer->clearItem(tr("<h2>Your library is empty</h2><p>Import weekly digests with <b>File ▸ Import "
                                   "Files…</b> (Ctrl+I) or <b>Import Folder…</b>,<br/>or drop files and folders on "
                                   "this window.</p>"));
        else if (!m_viewer->itemId())
            m_viewer->clearItem();
    }
    Q_EMIT settledChanged();
}

void MainWindow::onNodeChosen(const QString& key, const ItemFilter& filter)
{
    m_search->setBaseFilter(filter);
    if (key.startsWith(QLatin1String("entity:"))) {
        const qint64 id = filter.entityId;
        m_entityLoading = true;
        m_reader->run<EntityDetail>(
            this, [id](Library& lib) { return EntityDetail::read(lib, id); },
            [this, id](EntityDetail detail) {
                if (m_search->baseFilter().entityId != id)
                    return;  // another node was chosen meanwhile
                m_entityLoading = false;
                m_entityPage->showEntity(detail);
                m_rightPane->setCurrentWidget(m_entityPage);
                Q_EMIT settledChanged();
            });
    } else {
        m_entityLoading = false;
        showViewerPage();
    }
}

void MainWindow::showViewerPage()
{
    m_rightPane->setCurrentWidget(m_viewer);
}

void MainWindow::onCurrentItemChanged(qint64 itemId)
{
    if (!itemId)
        return;
    const quint64 request = ++m_itemRequest;
    showViewerPage();
    m_reader->run<ViewedItem>(
        this, [itemId](Library& lib) { return ViewedItem::read(lib, itemId); },
        [this, request](ViewedItem item) {
            if (request != m_itemRequest)
                return;  // the user moved on
            m_itemLoaded = request;
            if (!item.record.id) {
                m_viewer->clearItem();
            } else {
                m_viewer->setHighlightTerms(m_search->highlightTerms());
                m_viewer->showItem(item);
                m_marks->itemShown(item.record.id, item.record.read, item.record.starred);
                // The list row may be older than the library's marks.
                m_search->model()->updateMarks(item.record.id, item.record.read, item.record.starred);
            }
            showViewerPage();
            updateItemActions();
            Q_EMIT settledChanged();
        });
}

void MainWindow::onResultsShown(int total)
{
    const ItemFilter f = m_search->model()->filter();
    const QString count = tr("%Ln item(s)", nullptr, total);
    // A query that quotes itself ("Gemini 1.5 Pro") is shown as typed, not in quotes again.
    const QString query = f.text.trimmed();
    const QString shown = query.contains(QLatin1Char('"')) ? query : QStringLiteral("“%1”").arg(query);
    m_countLabel->setText(query.isEmpty() ? count : tr("%1 matching %2").arg(count, shown));
    // An empty list says why in the reading pane, instead of asking to choose
    // an item or keeping one the list no longer shows.
    if (total == 0 && !m_libraryEmpty) {
        const bool narrowed = f.scope != ItemFilter::Scope::All || f.issueId || !f.month.isEmpty()
                              || !f.series.isEmpty() || !f.tag.isEmpty() || f.entityId;
        QString why;
        const QStringList unknown = query.isEmpty() ? QStringList() : Library::unknownEntityNames(query);
        if (query.isEmpty())
            why = tr("<h2>No items here</h2>");
        else if (!unknown.isEmpty())
            why = tr("<h2>No company or model is called “%1”</h2><p>Check the name, or search for it as words "
                     "without company: or model:.</p>")
                      .arg(unknown.join(QStringLiteral("”, “")).toHtmlEscaped());
        else if (narrowed)
            why = tr("<h2>Nothing here matches %1</h2><p>The search looks only at what is chosen in the sidebar.<br/>"
                     "Choose “All items” to search the whole library.</p>")
                      .arg(shown.toHtmlEscaped());
        else
            why = tr("<h2>Nothing matches %1</h2><p>Every word must appear in an item:<br/>check the spelling, "
                     "or use fewer words.</p>")
                      .arg(shown.toHtmlEscaped());
        ++m_itemRequest;  // an item still being read is not shown over it
        m_itemLoaded = m_itemRequest;
        m_viewer->clearItem(why);
        m_marks->itemShown(0, false, false);  // nor marked read while gone
        updateItemActions();
    } else if (total > 0 && !m_libraryEmpty && !m_viewer->itemId() && m_viewer->hasMessage()) {
        m_viewer->clearItem();
    }
    if (m_pendingIssuePosition != -2) {
        const qint64 position = m_pendingIssuePosition;
        m_pendingIssuePosition = -2;
        int row = position < 0 ? 0 : -1;
        for (int r = 0; row < 0 && r < m_search->model()->rowCount(); ++r) {
            if (m_search->model()->entryAt(r)->row.position == position)
                row = r;
        }
        m_list->selectRow(row);
    }
    Q_EMIT settledChanged();
}

void MainWindow::updateItemActions()
{
    const bool hasItem = m_marks->shownItem() != 0 && m_viewer->itemId() != 0;
    m_starAction->setEnabled(hasItem && !m_libraryReadOnly);
    m_readAction->setEnabled(hasItem && !m_libraryReadOnly);
    m_openOriginalAction->setEnabled(hasItem && m_viewer->originalUrl().isValid());
    m_markIssueReadAction->setEnabled((hasItem || m_search->baseFilter().issueId) && !m_libraryReadOnly);
    m_starAction->setChecked(hasItem && m_marks->shownStarred());
    m_readAction->setChecked(hasItem && m_marks->shownRead());
    const QString star = hasItem && m_marks->shownStarred() ? tr("★ Starred") : tr("☆ Star");
    m_starAction->setText(star);
    m_starAction->setIconText(star);
    const QString read = hasItem && m_marks->shownRead() ? tr("Mark Unread") : tr("Mark Read");
    m_readAction->setText(read);
    m_readAction->setIconText(read);
}

// ------------------------------------------------------------------ navigation

bool MainWindow::selectIssue(const QString& slugOrId, int position)
{
    const QModelIndex index = m_sidebarModel->issueIndex(slugOrId);
    if (!index.isValid())
        return false;
    return selectIssueKey(index.data(SidebarModel::KeyRole).toString(), position);
}

bool MainWindow::selectIssueKey(const QString& key, int position)
{
    if (!m_sidebarModel->indexForKey(key).isValid())
        return false;
    m_pendingIssuePosition = position;
    if (m_sidebar->currentKey() == key)
        m_search->refresh();
    m_sidebar->selectKey(key);
    return true;
}

void MainWindow::setSearchText(const QString& text)
{
    m_searchField->setText(text);
}

void MainWindow::showEntity(qint64 entityId)
{
    if (m_sidebar->selectKey(QStringLiteral("entity:%1").arg(entityId)))
        return;
    // Not in the sidebar (no mentions yet): show it all the same.
    ItemFilter f;
    f.entityId = entityId;
    m_sidebar->clearSelection();
    onNodeChosen(QStringLiteral("entity:%1").arg(entityId), f);
}

void MainWindow::showEntityNamed(const QString& name)
{
    const QModelIndex index = m_sidebarModel->entityIndex(name);
    if (index.isValid()) {
        m_sidebar->selectKey(index.data(SidebarModel::KeyRole).toString());
        return;
    }
    m_entityLoading = true;
    m_reader->run<qint64>(
        this,
        [name](Library& lib) -> qint64 {
            auto e = lib.entityByName(name);
            return e ? e->id : 0;
        },
        [this, name](qint64 id) {
            m_entityLoading = false;
            if (id)
                showEntity(id);
            else
                statusBar()->showMessage(tr("No company or model is called “%1”.").arg(name), 6000);
            Q_EMIT settledChanged();
        });
}

void MainWindow::showTag(const QString& tag)
{
    if (m_sidebar->selectKey(QStringLiteral("tag:") + tag))
        return;
    ItemFilter f;
    f.tag = tag;
    m_sidebar->clearSelection();
    onNodeChosen(QStringLiteral("tag:") + tag, f);
}

void MainWindow::showIssue(qint64 issueId, int position)
{
    if (position > 0) {
        // The item is shown in its issue's list: a search that would hide it is cleared.
        if (!m_searchField->text().isEmpty())
            m_searchField->clear();
        selectIssueKey(QStringLiteral("issue:%1").arg(issueId), position);
        return;
    }
    // Like an item, read off the GUI thread; a later item or issue wins.
    const quint64 request = ++m_itemRequest;
    m_reader->run<std::optional<IssueDetail>>(
        this, [issueId](Library& lib) { return lib.issueById(issueId); },
        [this, request](std::optional<IssueDetail> issue) {
            if (request != m_itemRequest)
                return;
            m_itemLoaded = request;
            if (issue) {
                m_list->setCurrentIndex(QModelIndex());  // the list's item is no longer what is shown
                m_viewer->showIssue(*issue);
                m_marks->itemShown(0, false, false);
            }
            showViewerPage();
            updateItemActions();
            Q_EMIT settledChanged();
        });
}

void MainWindow::selectFirstItemIfNone()
{
    if (!m_list->currentIndex().isValid())
        m_list->selectRow(0);
}

void MainWindow::setReadOnlyPresentation(bool readOnly)
{
    m_marks->setAutoRead(!readOnly);
}

void MainWindow::openOriginal()
{
    const QUrl url = m_viewer->originalUrl();
    if (url.isValid())
        m_links->open(url);
    else if (m_viewer->itemId())
        statusBar()->showMessage(tr("This item has no link to an original report."), 5000);
}

// ------------------------------------------------------------------ import

bool MainWindow::importPaths(const QStringList& paths)
{
    if (m_import->isRunning()) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return false;
    }
    if (!m_upgrading.isEmpty()) {  // it would only wait for the upgrade to finish
        statusBar()->showMessage(tr("The library is being upgraded; import when it is done."), 5000);
        return false;
    }
    if (m_libraryReadOnly) {
        statusBar()->showMessage(tr("This library is read-only: nothing can be imported into it."), 5000);
        return false;
    }
    return m_import->start(paths);
}

void MainWindow::openImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Digests"), QString(),
        tr("Digests and transcripts (*.md *.markdown *.txt *.srt *.vtt);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::openImportFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Digests"));
    if (!dir.isEmpty())
        importPaths({dir});
}

// The first open of a library an older version wrote can take a while (see
// Library::Upgrade): say why the window is empty instead of looking hung.
void MainWindow::onUpgrading(LibraryWorker* worker, int fromVersion, int toVersion, const QString& backupPath)
{
    m_upgrading.insert(worker);
    QString page = fromVersion == toVersion
                       ? tr("<h2>Rebuilding the search index</h2><p>This version of Digest Reader indexes text "
                            "differently. It rebuilds the index of your library once; a large library takes "
                            "a minute.</p>")
                       : tr("<h2>Upgrading your library</h2><p>An older version of Digest Reader wrote it. "
                            "It is upgraded once; a large library takes a minute.</p>");
    if (!backupPath.isEmpty())
        page += tr("<p>A copy of the library as it was is kept at<br/>%1</p>").arg(backupPath.toHtmlEscaped());
    m_viewer->clearItem(page);
    updateImportActions();
    m_import->showUpgrading();  // an import that started first waits for the upgrade
    statusBar()->showMessage(fromVersion == toVersion ? tr("Rebuilding the search index…")
                                                      : tr("Upgrading the library…"));
}

void MainWindow::onUpgradeEnded(LibraryWorker* worker, const QString& error)
{
    if (!m_upgrading.remove(worker))
        return;
    updateImportActions();
    if (!error.isEmpty()) {
        m_viewer->clearItem(tr("<h2>The library could not be opened</h2><p>%1</p>").arg(error.toHtmlEscaped()));
        return;
    }
    statusBar()->showMessage(tr("Library upgraded."), 5000);
    if (!m_viewer->itemId())
        m_viewer->clearItem();
}

void MainWindow::updateImportActions()
{
    // One import at a time, none while the library is being upgraded, none into a read-only one.
    const bool canImport = !m_import->isRunning() && m_upgrading.isEmpty() && !m_libraryReadOnly;
    m_importFilesAction->setEnabled(canImport);
    m_importFolderAction->setEnabled(canImport);
}

void MainWindow::onImportFinished(const ImportReport& report)
{
    updateImportActions();
    using S = ImportFileResult::Status;
    statusBar()->showMessage(tr("Import finished: %1 new, %2 updated, %3 failed.")
                                 .arg(report.count(S::Imported))
                                 .arg(report.count(S::Updated))
                                 .arg(report.failedCount()),
                             8000);
    reloadSidebar();
    m_search->refresh();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl& url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importPaths(paths);
    }
}

// ------------------------------------------------------------------ dialogs

void MainWindow::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(m_shortcutActions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Digest Reader"),
                       tr("<h3>Digest Reader %1</h3><p>Read weekly AI-news digests offline, and find every past item "
                          "about a model or a company.</p><p>Library: %2</p>")
                           .arg(QStringLiteral(DIGEST_VERSION), m_databasePath.toHtmlEscaped()));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_searchField && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            m_searchField->clear();
            m_list->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid())
                m_list->selectRow(0);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->saveLayout(saveGeometry(), saveState(), m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

}  // namespace digest::gui
