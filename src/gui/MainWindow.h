#pragma once
// The window: assembles the sidebar, the item list, the viewer/entity page,
// the toolbar with the search field, menus and shortcuts, and wires them to
// the controllers (search, marks, import, links). It holds no SQL and no
// parsing; the GUI thread never opens the library itself.

#include "Importer.h"

#include <QMainWindow>
#include <QSet>
#include <QTimer>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;

namespace digest::gui {

class EntityPage;
class ImportController;
class ItemListView;
class ItemViewer;
class LibraryWorker;
class LinkHandler;
class MarkController;
class SearchController;
class Settings;
class SidebarModel;
class SidebarView;
class Theme;
struct SidebarSnapshot;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const QString& databasePath, Settings* settings, Theme* theme, QWidget* parent = nullptr);
    ~MainWindow() override;

    // -- what tests, screenshots and benchmarks drive
    // Every query answered, every model filled, no debounce waiting.
    bool isSettled() const;
    // Selects an issue in the sidebar (slug or id) and its item at `position` (-1: the first).
    bool selectIssue(const QString& slugOrId, int position = -1);
    void setSearchText(const QString& text);
    // Shows the entity's page and items, by name or alias.
    void showEntityNamed(const QString& name);
    void showEntity(qint64 entityId);
    void showTag(const QString& tag);
    // An issue's front page in the reading pane (position 0), or one of its items.
    void showIssue(qint64 issueId, int position = 0);
    // Selects an issue by its sidebar key ("issue:ID") and its item at `position`.
    bool selectIssueKey(const QString& key, int position = -1);
    // Selects the first listed item when none is (screenshots).
    void selectFirstItemIfNone();
    // Screenshots/benchmarks: leave read marks alone.
    void setReadOnlyPresentation(bool readOnly);
    bool isLibraryReadOnly() const { return m_libraryReadOnly; }
    bool importPaths(const QStringList& paths);

    SidebarView* sidebar() const { return m_sidebar; }
    ItemListView* itemList() const { return m_list; }
    ItemViewer* viewer() const { return m_viewer; }
    EntityPage* entityPage() const { return m_entityPage; }
    SearchController* search() const { return m_search; }
    MarkController* marks() const { return m_marks; }
    ImportController* importer() const { return m_import; }
    LinkHandler* links() const { return m_links; }
    QLineEdit* searchField() const { return m_searchField; }
    QList<QAction*> shortcutActions() const { return m_shortcutActions; }

Q_SIGNALS:
    void settledChanged();

public Q_SLOTS:
    void reloadSidebar();
    void openImportFiles();
    void openImportFolder();
    void openOriginal();
    void showShortcuts();
    void showPreferences();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildCentre();
    void restoreLayout();
    void applyDefaultSplit();
    void resizeEvent(QResizeEvent* event) override;
    void applyTheme();

    void onNodeChosen(const QString& key, const ItemFilter& filter);
    void onCurrentItemChanged(qint64 itemId);
    void onSidebarSnapshot(const SidebarSnapshot& snapshot);
    void onResultsShown(int total);
    void onImportFinished(const ImportReport& report);
    void onUpgrading(LibraryWorker* worker, int fromVersion, int toVersion, const QString& backupPath);
    void onUpgradeEnded(LibraryWorker* worker, const QString& error);  // error: "" when it succeeded
    void updateImportActions();
    void updateItemActions();
    void showViewerPage();
    QAction* addShortcutAction(const QString& objectName, const QString& text, const QList<QKeySequence>& keys);

    QString m_databasePath;
    Settings* m_settings;
    Theme* m_theme;
    LibraryWorker* m_reader;  // sidebar, item bodies, entity pages, marks
    SearchController* m_search;
    SidebarModel* m_sidebarModel;
    SidebarView* m_sidebar;
    ItemListView* m_list;
    LinkHandler* m_links;
    ItemViewer* m_viewer;
    EntityPage* m_entityPage;
    QStackedWidget* m_rightPane;
    QSplitter* m_splitter;
    MarkController* m_marks;
    ImportController* m_import;
    QLineEdit* m_searchField = nullptr;
    QLabel* m_countLabel = nullptr;
    QTimer m_sidebarRefresh;

    QAction* m_importFilesAction = nullptr;
    QAction* m_importFolderAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_previousAction = nullptr;
    QAction* m_nextUnreadAction = nullptr;
    QAction* m_openOriginalAction = nullptr;
    QAction* m_starAction = nullptr;
    QAction* m_readAction = nullptr;
    QAction* m_markIssueReadAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QList<QAction*> m_shortcutActions;

    bool m_defaultSplit = true;    // no saved divider positions and none moved yet
    quint64 m_itemRequest = 0;     // newest item load asked for
    quint64 m_itemLoaded = 0;      // newest item load shown
    qint64 m_pendingIssuePosition = -2;  // -2: none; -1: first item; else a position
    bool m_sidebarLoading = false;
    bool m_entityLoading = false;
    bool m_libraryEmpty = false;
    QSet<LibraryWorker*> m_upgrading;  // workers upgrading the library (LibraryWorker::upgrading)
    bool m_libraryReadOnly = false;    // a file or folder this user cannot write: no imports, no marks
    QLabel* m_readOnlyLabel = nullptr;
};

}  // namespace digest::gui
