#include "SidebarView.h"

#include "Theme.h"

#include <QHeaderView>
#include <QPainter>

namespace digest::gui {

using NodeKind = SidebarModel::NodeKind;

SidebarDelegate::SidebarDelegate(const Theme& theme, QObject* parent) : QStyledItemDelegate(parent), m_theme(theme) {}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const bool section = index.data(SidebarModel::KindRole).value<NodeKind>() == NodeKind::Section;
    s.setHeight(option.fontMetrics.height() + (section ? 16 : 9));
    return s;
}

void SidebarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto kind = index.data(SidebarModel::KindRole).value<NodeKind>();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString label = opt.text;
    opt.text.clear();
    // Background and selection from the style; the text is ours.
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    QColor textColor = selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text);
    QFont font = opt.font;
    QRect r = opt.rect.adjusted(4, 0, -8, 0);
    if (kind == NodeKind::Section) {
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setCapitalization(QFont::AllUppercase);
        font.setLetterSpacing(QFont::PercentageSpacing, 105);
        textColor = m_theme.mutedText();
        r.setTop(r.top() + 6);
    }
    const int count = index.data(SidebarModel::CountRole).toInt();
    const int unread = index.data(SidebarModel::UnreadRole).toInt();
    if (kind == NodeKind::Issue && unread > 0)
        font.setBold(true);
    QString countText;
    if (count >= 0 && kind != NodeKind::Section)
        countText = QLocale().toString(count);
    QFont countFont = opt.font;
    countFont.setPointSizeF(countFont.pointSizeF() * 0.9);
    const QFontMetrics cfm(countFont);
    const int countWidth = countText.isEmpty() ? 0 : cfm.horizontalAdvance(countText) + 10;
    if (!countText.isEmpty()) {
        painter->setFont(countFont);
        painter->setPen(selected ? textColor : m_theme.mutedText());
        painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, countText);
    }
    painter->setFont(font);
    painter->setPen(textColor);
    const QFontMetrics fm(font);
    const QRect textRect = r.adjusted(0, 0, -countWidth, 0);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(label, Qt::ElideRight, textRect.width()));
    painter->restore();
}

SidebarView::SidebarView(SidebarModel* model, const Theme& theme, QWidget* parent)
    : QTreeView(parent), m_model(model)
{
    setObjectName(QStringLiteral("sidebar"));
    setModel(model);
    setItemDelegate(new SidebarDelegate(theme, this));
    setHeaderHidden(true);
    setUniformRowHeights(false);
    setIndentation(14);
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAnimated(false);
    setAccessibleName(tr("Library"));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex& index) {
        if (m_restoring)
            return;
        const QString key = index.data(SidebarModel::KeyRole).toString();
        m_collapsed.insert(key);
        m_expandedFamilies.remove(key);
    });
    connect(this, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        const QString key = index.data(SidebarModel::KeyRole).toString();
        m_collapsed.remove(key);
        if (!m_restoring && index.data(SidebarModel::KindRole).value<NodeKind>() == NodeKind::Entity)
            m_expandedFamilies.insert(key);
        if (!m_restoring && key == QLatin1String("section:tags"))
            m_expandedTags = true;
    });
}

QString SidebarView::currentKey() const
{
    return currentIndex().data(SidebarModel::KeyRole).toString();
}

bool SidebarView::selectKey(const QString& key)
{
    const QModelIndex index = m_model->indexForKey(key);
    if (!index.isValid() || !(m_model->flags(index) & Qt::ItemIsSelectable))
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        expand(p);
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

void SidebarView::rememberState()
{
    m_rememberedKey = currentKey();
}

void SidebarView::restoreState()
{
    m_restoring = true;
    // Sections, series and years open; months stay closed except the newest.
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        bool firstMonth = true;
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (!m_model->hasChildren(index))
                continue;
            const QString key = index.data(SidebarModel::KeyRole).toString();
            const auto kind = index.data(SidebarModel::KindRole).value<NodeKind>();
            bool open = !m_collapsed.contains(key);
            if (kind == NodeKind::Month) {
                open = open && firstMonth;
                firstMonth = false;
            }
            if (kind == NodeKind::Year && row > 0)
                open = false;
            // A model family (its members nested under it) stays closed until opened.
            if (kind == NodeKind::Entity)
                open = m_expandedFamilies.contains(key);
            // A long list of tags would push everything else away: closed until asked for.
            if (key == QLatin1String("section:tags") && m_model->rowCount(index) > 12)
                open = open && m_expandedTags;
            setExpanded(index, open);
            walk(index);
        }
    };
    walk(QModelIndex());
    m_restoring = false;
    const QModelIndex index = m_rememberedKey.isEmpty() ? QModelIndex() : m_model->indexForKey(m_rememberedKey);
    if (index.isValid()) {
        // Same node as before the refresh: the list need not change.
        m_silent = true;
        setCurrentIndex(index);
        m_silent = false;
    } else {
        selectKey(QStringLiteral("scope:all"));
    }
}

void SidebarView::onCurrentChanged(const QModelIndex& current)
{
    if (!current.isValid() || m_silent)
        return;
    Q_EMIT nodeChosen(current.data(SidebarModel::KeyRole).toString(), SidebarModel::filterAt(current));
}

}  // namespace digest::gui
