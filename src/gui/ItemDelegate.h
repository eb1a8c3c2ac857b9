#pragma once
// Paints one item of the list in two lines: the title (bold while unread,
// with an unread dot and a star when starred, search matches highlighted),
// then "issue · date · entities" in a smaller, muted line.

#include <QStyledItemDelegate>

namespace digest::gui {

class Theme;

class ItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ItemDelegate(const Theme& theme, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Character ranges of `text` matching any of `terms` (case-insensitive), merged.
    static QList<QPair<int, int>> matchRanges(const QString& text, const QStringList& terms);

private:
    const Theme& m_theme;
};

}  // namespace digest::gui
