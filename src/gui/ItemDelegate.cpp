#include "ItemDelegate.h"

#include "DigestTokenizer.h"
#include "ItemListModel.h"
#include "Theme.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace digest::gui {

namespace {
constexpr int kHMargin = 14, kVMargin = 8, kLineGap = 3;
}

ItemDelegate::ItemDelegate(const Theme& theme, QObject* parent) : QStyledItemDelegate(parent), m_theme(theme) {}

// Matched as the search matched (the tokenizer's rules): "Gemini 1.5 Pro"
// marks "Gemini1.5Pro", and 可灵 is marked inside a sentence.
QList<QPair<int, int>> ItemDelegate::matchRanges(const QString& text, const QStringList& terms)
{
    QList<QPair<int, int>> ranges;
    for (const auto& r : search::DigestTokenizer::matchRanges(text, terms))
        ranges.append({r.start, r.length});
    return ranges;
}

QSize ItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont title = option.font;
    title.setBold(true);
    QFont meta = option.font;
    meta.setPointSizeF(meta.pointSizeF() * 0.86);
    const int h = QFontMetrics(title).height() + kLineGap + QFontMetrics(meta).height() + 2 * kVMargin;
    return {200, h};
}

void ItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const bool read = index.data(ItemListModel::ReadRole).toBool();
    const bool starred = index.data(ItemListModel::StarredRole).toBool();
    const QColor text = selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text);
    const QColor muted = selected ? text : m_theme.mutedText();

    QFont titleFont = opt.font;
    titleFont.setBold(!read);
    QFont metaFont = opt.font;
    metaFont.setPointSizeF(metaFont.pointSizeF() * 0.86);
    const QFontMetrics tfm(titleFont), mfm(metaFont);

    QRect r = opt.rect.adjusted(kHMargin, kVMargin, -kHMargin, -kVMargin);
    // Unread dot in the left gutter.
    if (!read) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : m_theme.accent());
        const int d = 7;
        painter->drawEllipse(QRectF(r.left() - kHMargin + (kHMargin - d) / 2.0 + 1,
                                    r.top() + (tfm.height() - d) / 2.0, d, d));
    }
    // Star on the right of the title line.
    int starWidth = 0;
    if (starred) {
        const QString star = QStringLiteral("★");
        starWidth = tfm.horizontalAdvance(star) + 8;
        painter->setFont(titleFont);
        painter->setPen(selected ? text : m_theme.starColor());
        painter->drawText(QRect(r.right() - starWidth + 8, r.top(), starWidth, tfm.height()),
                          Qt::AlignRight | Qt::AlignVCenter, star);
    }
    const int titleWidth = std::max(10, r.width() - starWidth);
    const QString elided = tfm.elidedText(title, Qt::ElideRight, titleWidth);

    // Title with highlighted matches, laid out as one line.
    QTextLayout layout(elided, titleFont, painter->device());
    QList<QTextLayout::FormatRange> formats;
    const QStringList terms = static_cast<const ItemListModel*>(index.model())->highlightTerms();
    for (const auto& range : matchRanges(elided, terms)) {
        QTextLayout::FormatRange f;
        f.start = range.first;
        f.length = range.second;
        f.format.setBackground(m_theme.matchBackground());
        f.format.setForeground(m_theme.isDark() ? QColor(Qt::white) : QColor(Qt::black));
        formats.append(f);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(titleWidth + 20);
    layout.endLayout();
    painter->setPen(text);
    layout.draw(painter, QPointF(r.left(), r.top() + (tfm.height() - line.height()) / 2.0));

    // Second line: issue · date · entities.
    painter->setFont(metaFont);
    painter->setPen(muted);
    // The issue title gives way (up to half the line) so date and entities stay readable.
    const QString issue = index.data(ItemListModel::IssueTitleRole).toString();
    const QString rest = index.data(ItemListModel::MetaRestRole).toString();
    const QString sep = QStringLiteral("  ·  ");
    QString meta = rest;
    if (!issue.isEmpty()) {
        const int restWidth = rest.isEmpty() ? 0 : mfm.horizontalAdvance(sep + rest);
        const int issueWidth = std::max(r.width() / 2, r.width() - restWidth);
        meta = mfm.elidedText(issue, Qt::ElideRight, issueWidth) + (rest.isEmpty() ? QString() : sep + rest);
    }
    const QRect metaRect(r.left(), r.top() + tfm.height() + kLineGap, r.width(), mfm.height());
    painter->drawText(metaRect, Qt::AlignLeft | Qt::AlignVCenter, mfm.elidedText(meta, Qt::ElideRight, r.width()));

    // Hairline between rows.
    if (!selected) {
        painter->setPen(m_theme.separator());
        painter->drawLine(opt.rect.left() + kHMargin, opt.rect.bottom(), opt.rect.right(), opt.rect.bottom());
    }
    painter->restore();
}

}  // namespace digest::gui
