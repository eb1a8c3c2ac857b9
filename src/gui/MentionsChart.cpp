#include "MentionsChart.h"

#include "Theme.h"

#include <QDate>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace digest::gui {

MentionsChart::MentionsChart(const Theme& theme, QWidget* parent) : QWidget(parent), m_theme(theme)
{
    setObjectName(QStringLiteral("mentionsChart"));
    setMouseTracking(true);
    setAccessibleName(tr("Mentions per month"));
}

QList<PeriodCount> MentionsChart::continuous(const QList<PeriodCount>& months)
{
    QList<PeriodCount> out;
    if (months.isEmpty())
        return out;
    QDate first = QDate::fromString(months.first().period + QStringLiteral("-01"), Qt::ISODate);
    const QDate last = QDate::fromString(months.last().period + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return months;
    qsizetype at = 0;
    for (QDate d = first; d <= last; d = d.addMonths(1)) {
        const QString key = d.toString(QStringLiteral("yyyy-MM"));
        if (at < months.size() && months[at].period == key)
            out.append(months[at++]);
        else
            out.append({key, 0, 0});
    }
    return out;
}

void MentionsChart::setMonths(const QList<PeriodCount>& months)
{
    m_months = continuous(months);
    m_max = 0;
    for (const PeriodCount& p : m_months)
        m_max = std::max(m_max, p.items);
    update();
}

QRectF MentionsChart::plotRect() const
{
    const QFontMetrics fm(font());
    const int left = fm.horizontalAdvance(QString::number(std::max(m_max, 10))) + 12;
    return QRectF(left, 10, width() - left - 10, height() - 10 - fm.height() - 10);
}

int MentionsChart::barAt(const QPoint& pos) const
{
    const QRectF plot = plotRect();
    if (m_months.isEmpty() || !plot.contains(pos))
        return -1;
    const int i = int((pos.x() - plot.left()) / (plot.width() / m_months.size()));
    return i >= 0 && i < m_months.size() ? i : -1;
}

bool MentionsChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = barAt(help->pos());
        if (i >= 0) {
            const QDate d = QDate::fromString(m_months[i].period + QStringLiteral("-01"), Qt::ISODate);
            QToolTip::showText(help->globalPos(),
                               tr("%1: %n item(s)", nullptr, m_months[i].items)
                                   .arg(QLocale().toString(d, QStringLiteral("MMMM yyyy"))),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void MentionsChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const QColor muted = m_theme.mutedText();
    if (m_months.isEmpty()) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter, tr("No mentions yet."));
        return;
    }
    const QRectF plot = plotRect();
    // A "nice" top of the scale and three grid lines.
    int top = std::max(1, m_max);
    for (int step : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000}) {
        if (step * 4 >= m_max) {
            top = step * 4;
            break;
        }
    }
    p.setFont(font());
    for (int g = 0; g <= 4; ++g) {
        const qreal y = plot.bottom() - plot.height() * g / 4.0;
        p.setPen(QPen(m_theme.separator(), 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(muted);
        p.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(top * g / 4));
    }
    const qreal slot = plot.width() / m_months.size();
    const qreal barWidth = std::max(1.0, std::min(slot * 0.7, 36.0));
    p.setPen(Qt::NoPen);
    p.setBrush(m_theme.accent());
    for (int i = 0; i < m_months.size(); ++i) {
        const qreal h = plot.height() * m_months[i].items / top;
        const qreal x = plot.left() + slot * i + (slot - barWidth) / 2;
        p.drawRoundedRect(QRectF(x, plot.bottom() - h, barWidth, h), std::min(2.0, barWidth / 3), 2);
    }
    // Labels: every month when they fit, else January of each year.
    p.setPen(muted);
    const QLocale locale;
    const bool monthly = slot > fm.horizontalAdvance(QStringLiteral("2026-12")) + 6;
    qreal lastRight = -1e9;
    for (int i = 0; i < m_months.size(); ++i) {
        const QString& period = m_months[i].period;
        QString label;
        if (monthly)
            label = i == 0 || period.endsWith(QLatin1String("-01")) ? period : period.mid(5);
        else if (i == 0 || period.endsWith(QLatin1String("-01")))
            label = period.left(4);
        if (label.isEmpty())
            continue;
        const qreal cx = plot.left() + slot * i + slot / 2;
        const qreal w = fm.horizontalAdvance(label);
        const qreal x = std::clamp(cx - w / 2, 0.0, width() - w);
        if (x < lastRight + 6)
            continue;
        p.drawText(QPointF(x, plot.bottom() + 6 + fm.ascent()), label);
        lastRight = x + w;
    }
}

}  // namespace digest::gui
