#pragma once
// Bars of items per month mentioning an entity, painted directly so it
// follows the theme and stays legible from one month to ten years: months
// without mentions are shown as gaps, labels thin out to years as needed.

#include "Library.h"

#include <QWidget>

namespace digest::gui {

class Theme;

class MentionsChart : public QWidget {
    Q_OBJECT
public:
    explicit MentionsChart(const Theme& theme, QWidget* parent = nullptr);

    // `months` as the library gives them (sorted "YYYY-MM", gaps allowed).
    void setMonths(const QList<PeriodCount>& months);
    // Every month from the first to the last, missing ones with 0 items.
    static QList<PeriodCount> continuous(const QList<PeriodCount>& months);
    int barCount() const { return int(m_months.size()); }

    QSize sizeHint() const override { return {480, 200}; }
    QSize minimumSizeHint() const override { return {200, 140}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF plotRect() const;
    int barAt(const QPoint& pos) const;

    const Theme& m_theme;
    QList<PeriodCount> m_months;
    int m_max = 0;
};

}  // namespace digest::gui
