#pragma once
// The list of items: keeps the current item across model resets (when it is
// still listed) and moves through items as the j/k/n keys ask, fetching the
// next page when the next unread item is not loaded yet.

#include <QListView>

namespace digest::gui {

class ItemListModel;
class Theme;

class ItemListView : public QListView {
    Q_OBJECT
public:
    ItemListView(ItemListModel* model, const Theme& theme, QWidget* parent = nullptr);

    qint64 currentItemId() const;
    bool selectRow(int row);
    void selectNext();
    void selectPrevious();
    // Next unread item after the current one; false when there is none.
    void selectNextUnread();

Q_SIGNALS:
    // The current item changed (0: none).
    void currentItemChanged(qint64 itemId);
    // Enter/double-click: open the item's source.
    void itemActivated(qint64 itemId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onModelReset();
    void continueNextUnread();

    ItemListModel* m_model;
    qint64 m_keptId = 0;
    bool m_seekingUnread = false;
};

}  // namespace digest::gui
