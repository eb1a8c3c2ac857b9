#include "ItemListView.h"

#include "ItemDelegate.h"
#include "ItemListModel.h"

#include <QKeyEvent>

namespace digest::gui {

ItemListView::ItemListView(ItemListModel* model, const Theme& theme, QWidget* parent)
    : QListView(parent), m_model(model)
{
    setObjectName(QStringLiteral("itemList"));
    setModel(model);
    setItemDelegate(new ItemDelegate(theme, this));
    setUniformItemSizes(true);  // every row is two lines: fast scrolling over long lists
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Items"));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        Q_EMIT currentItemChanged(current.isValid() ? current.data(ItemListModel::IdRole).toLongLong() : 0);
    });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptId = currentItemId(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { onModelReset(); });
    connect(model, &ItemListModel::pageLoaded, this, [this] {
        if (m_seekingUnread)
            continueNextUnread();
    });
    connect(this, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT itemActivated(index.data(ItemListModel::IdRole).toLongLong()); });
}

qint64 ItemListView::currentItemId() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.data(ItemListModel::IdRole).toLongLong() : 0;
}

bool ItemListView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QModelIndex index = m_model->index(row);
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

void ItemListView::selectNext()
{
    const int row = currentIndex().isValid() ? currentIndex().row() + 1 : 0;
    if (!selectRow(row) && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void ItemListView::selectPrevious()
{
    const int row = currentIndex().isValid() ? currentIndex().row() - 1 : 0;
    selectRow(std::max(0, row));
}

void ItemListView::selectNextUnread()
{
    m_seekingUnread = true;
    continueNextUnread();
}

void ItemListView::continueNextUnread()
{
    const int from = currentIndex().isValid() ? currentIndex().row() + 1 : 0;
    for (int row = from; row < m_model->rowCount(); ++row) {
        if (!m_model->index(row).data(ItemListModel::ReadRole).toBool()) {
            m_seekingUnread = false;
            selectRow(row);
            return;
        }
    }
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});  // continues in pageLoaded
    else
        m_seekingUnread = false;
}

void ItemListView::onModelReset()
{
    m_seekingUnread = false;
    const int row = m_keptId ? m_model->rowOfItem(m_keptId) : -1;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row);
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        scrollTo(index);
    }
    // An item no longer listed stays in the viewer until another is chosen.
    m_keptId = 0;
}

void ItemListView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT itemActivated(currentItemId());
        return;
    }
    QListView::keyPressEvent(event);
}

}  // namespace digest::gui
