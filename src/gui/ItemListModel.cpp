#include "ItemListModel.h"

#include "LibraryWorker.h"

#include <QLocale>

namespace digest::gui {

ItemListModel::ItemListModel(LibraryWorker* worker, QObject* parent) : QAbstractListModel(parent), m_worker(worker)
{
    // A failed job never hands back its page: stop waiting for it.
    connect(m_worker, &LibraryWorker::failed, this, [this] {
        m_loadingQuery = false;
        m_loadingPage = false;
        Q_EMIT pageLoaded();
    });
}

ItemListModel::Page ItemListModel::readPage(Library& library, const ItemFilter& filter, ItemSort sort, int offset,
                                            bool withCount)
{
    Page page;
    if (withCount)
        page.total = library.countItems(filter);
    const QList<ItemRow> rows = library.itemRows(filter, sort, offset, kPageSize);
    page.rows.reserve(rows.size());
    for (const ItemRow& row : rows)
        page.rows.append({row});
    return page;
}

void ItemListModel::setQuery(const ItemFilter& filter, ItemSort sort)
{
    const quint64 generation = ++m_generation;
    if (m_loadingQuery || m_loadingPage)
        m_worker->interruptCurrent();  // the running query is stale
    m_loadingQuery = true;
    m_loadingPage = false;
    m_filter = filter;
    m_sort = sort;
    auto current = [this, generation] { return m_generation == generation; };
    m_worker->run<Page>(
        this,
        [filter, sort, generation, this](Library& lib) -> Page {
            // Skipped, not run, when a newer query was queued meanwhile. Reading
            // m_generation across threads is benign: it only ever grows.
            if (m_generation != generation)
                return {};
            return readPage(lib, filter, sort, 0, true);
        },
        [this, current](Page page) {
            if (!current())
                return;
            m_loadingQuery = false;
            beginResetModel();
            m_rows = std::move(page.rows);
            m_total = std::max<int>(page.total, int(m_rows.size()));
            endResetModel();
            Q_EMIT queryLoaded(m_total);
        });
}

bool ItemListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loadingQuery && m_total > int(m_rows.size());
}

void ItemListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_loadingPage)
        return;
    m_loadingPage = true;
    const quint64 generation = m_generation;
    const int offset = int(m_rows.size());
    const ItemFilter filter = m_filter;
    const ItemSort sort = m_sort;
    m_worker->run<Page>(
        this,
        [filter, sort, offset, generation, this](Library& lib) -> Page {
            if (m_generation != generation)
                return {};
            return readPage(lib, filter, sort, offset, false);
        },
        [this, generation](Page page) {
            if (m_generation != generation)
                return;
            if (page.rows.isEmpty()) {
                m_loadingPage = false;
                m_total = int(m_rows.size());  // the library shrank meanwhile
                return;
            }
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(page.rows.size()) - 1);
            m_rows.append(std::move(page.rows));
            endInsertRows();
            // Only now: a view may ask for more from inside the insert signals.
            m_loadingPage = false;
            Q_EMIT pageLoaded();
        });
}

void ItemListModel::setHighlightTerms(const QStringList& terms)
{
    if (terms == m_terms)
        return;
    m_terms = terms;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole});
}

int ItemListModel::rowOfItem(qint64 itemId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].row.id == itemId)
            return i;
    }
    return -1;
}

const ItemListEntry* ItemListModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

void ItemListModel::updateMarks(qint64 itemId, std::optional<bool> read, std::optional<bool> starred)
{
    const int row = rowOfItem(itemId);
    if (row < 0)
        return;
    ItemRow& r = m_rows[row].row;
    if (read)
        r.read = *read;
    if (starred)
        r.starred = *starred;
    Q_EMIT dataChanged(index(row), index(row), {ReadRole, StarredRole, Qt::FontRole});
}

void ItemListModel::updateIssueRead(qint64 issueId, bool read)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].row.issueId == issueId && m_rows[i].row.read != read) {
            m_rows[i].row.read = read;
            Q_EMIT dataChanged(index(i), index(i), {ReadRole, Qt::FontRole});
        }
    }
}

int ItemListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ItemListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemListEntry& e = m_rows[index.row()];
    const ItemRow& r = e.row;
    switch (role) {
    case Qt::DisplayRole: return r.title;
    case Qt::ToolTipRole: return r.title;
    case Qt::AccessibleTextRole:
        return r.read ? r.title : tr("%1 (unread)").arg(r.title);
    case IdRole: return r.id;
    case IssueIdRole: return r.issueId;
    case PositionRole: return r.position;
    case IssueTitleRole: return r.issueTitle;
    case IssueSlugRole: return r.issueSlug;
    case DateRole: return r.date;
    case ReadRole: return r.read;
    case StarredRole: return r.starred;
    case EntitiesRole: return e.row.entities;
    case MetaLineRole:
    case MetaRestRole: {
        QStringList parts;
        if (!r.issueTitle.isEmpty() && role == MetaLineRole)
            parts << r.issueTitle;
        if (!r.date.isEmpty())
            parts << r.date;  // ISO dates read the same in every language and sort by eye
        if (!e.row.entities.isEmpty())
            parts << e.row.entities.mid(0, 4).join(QStringLiteral(", "));
        return parts.join(QStringLiteral("  ·  "));
    }
    default: return {};
    }
}

QHash<int, QByteArray> ItemListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(IssueTitleRole, "issueTitle");
    names.insert(DateRole, "date");
    names.insert(ReadRole, "read");
    names.insert(StarredRole, "starred");
    names.insert(EntitiesRole, "entities");
    return names;
}

}  // namespace digest::gui
