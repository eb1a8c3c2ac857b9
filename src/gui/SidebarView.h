#pragma once
// The sidebar: a tree over SidebarModel with section headings, right-aligned
// counts, and a selection that survives refreshes. Selecting a node tells
// the window which items to list.

#include "SidebarModel.h"

#include <QStyledItemDelegate>
#include <QTreeView>

namespace digest::gui {

class Theme;

class SidebarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    SidebarDelegate(const Theme& theme, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const Theme& m_theme;
};

class SidebarView : public QTreeView {
    Q_OBJECT
public:
    SidebarView(SidebarModel* model, const Theme& theme, QWidget* parent = nullptr);

    SidebarModel* sidebarModel() const { return m_model; }
    QString currentKey() const;
    // Selects the node with this key (expanding its parents); false if absent.
    bool selectKey(const QString& key);
    // Call before/after the model changes shape to keep selection and expansion.
    void rememberState();
    void restoreState();

Q_SIGNALS:
    // The node chosen; `filter` narrows the item list.
    void nodeChosen(const QString& key, const digest::ItemFilter& filter);

private:
    void onCurrentChanged(const QModelIndex& current);

    SidebarModel* m_model;
    QString m_rememberedKey;
    QSet<QString> m_collapsed;  // keys the user collapsed (everything else opens by default)
    QSet<QString> m_expandedFamilies;  // model families the user opened (closed by default)
    bool m_restoring = false;
    bool m_silent = false;
    bool m_expandedTags = false;
};

}  // namespace digest::gui
