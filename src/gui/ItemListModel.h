#pragma once
// The item list: rows of ItemRow paged from SQL on a worker thread. The
// count and each page are queries with LIMIT/OFFSET sorted in SQL, so a
// library of any size costs one page at a time; the view asks for more
// through canFetchMore/fetchMore as it scrolls. A new query replaces the
// rows only when its first page has arrived (no flicker), and results of a
// query that was superseded are dropped.

#include "Library.h"

#include <QAbstractListModel>
#include <QStringList>

#include <atomic>
#include <optional>

namespace digest::gui {

class LibraryWorker;

struct ItemListEntry {
    ItemRow row;  // row.entities: the companies and models it mentions
};

class ItemListModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    enum Role {
        IdRole = Qt::UserRole + 1,
        IssueIdRole,
        PositionRole,
        IssueTitleRole,
        IssueSlugRole,
        DateRole,
        ReadRole,
        StarredRole,
        EntitiesRole,   // QStringList
        MetaLineRole,   // "issue · date · entities", the second line read as one
        MetaRestRole,   // "date · entities", what follows the issue on that line
    };

    explicit ItemListModel(LibraryWorker* worker, QObject* parent = nullptr);

    // Starts listing what `filter` selects; rows change when the first page is in.
    void setQuery(const ItemFilter& filter, ItemSort sort = ItemSort::NewestFirst);
    ItemFilter filter() const { return m_filter; }
    // Matching items in the library (-1 until the first page arrived).
    int totalCount() const { return m_total; }
    bool isLoading() const { return m_loadingQuery || m_loadingPage; }

    // Words the delegate highlights in titles.
    void setHighlightTerms(const QStringList& terms);
    QStringList highlightTerms() const { return m_terms; }

    int rowOfItem(qint64 itemId) const;
    const ItemListEntry* entryAt(int row) const;
    // Reflects a mark already written to the library.
    void updateMarks(qint64 itemId, std::optional<bool> read, std::optional<bool> starred);
    void updateIssueRead(qint64 issueId, bool read);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The first page of the current query is shown.
    void queryLoaded(int total);
    void pageLoaded();

private:
    struct Page {
        int total = -1;
        QList<ItemListEntry> rows;
    };
    static Page readPage(Library& library, const ItemFilter& filter, ItemSort sort, int offset, bool withCount);

    LibraryWorker* m_worker;
    ItemFilter m_filter;
    ItemSort m_sort = ItemSort::NewestFirst;
    QList<ItemListEntry> m_rows;
    QStringList m_terms;
    int m_total = -1;
    std::atomic<quint64> m_generation{0};  // read by worker jobs to skip stale queries
    bool m_loadingQuery = false, m_loadingPage = false;
};

}  // namespace digest::gui
