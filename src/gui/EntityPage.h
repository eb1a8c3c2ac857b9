#pragma once
// A company's or model's page beside the list of its items: name, kind,
// maker and aliases, its models (a company's or lab's, or a model family's
// members) as links, and a chart of the items mentioning it per month.

#include "Library.h"

#include <QWidget>

class QLabel;

namespace digest::gui {

class LinkHandler;
class MentionsChart;
class Theme;

struct EntityDetail {
    EntitySummary summary;
    QList<EntitySummary> models;
    QList<PeriodCount> months;

    static EntityDetail read(Library& library, qint64 entityId);
};

class EntityPage : public QWidget {
    Q_OBJECT
public:
    EntityPage(const Theme& theme, LinkHandler* links, QWidget* parent = nullptr);

    void showEntity(const EntityDetail& detail);
    qint64 entityId() const { return m_detail.summary.id; }
    const EntityDetail& detail() const { return m_detail; }
    MentionsChart* chart() const { return m_chart; }
    void refreshStyle();

private:
    const Theme& m_theme;
    EntityDetail m_detail;
    QLabel* m_name;
    QLabel* m_facts;
    QLabel* m_models;
    QLabel* m_chartTitle;
    MentionsChart* m_chart;
};

}  // namespace digest::gui
