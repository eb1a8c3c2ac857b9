#include "EntityPage.h"

#include "LinkHandler.h"
#include "MentionsChart.h"
#include "Theme.h"

#include <algorithm>

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace digest::gui {

EntityDetail EntityDetail::read(Library& library, qint64 entityId)
{
    EntityDetail d;
    if (auto e = library.entity(entityId))
        d.summary = *e;
    else
        return d;
    d.models = library.modelsOf(entityId);  // a company's models, a model family's members
    d.months = library.entityMentionsPerMonth(entityId);
    return d;
}

EntityPage::EntityPage(const Theme& theme, LinkHandler* links, QWidget* parent) : QWidget(parent), m_theme(theme)
{
    setObjectName(QStringLiteral("entityPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(8);
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("entityName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setWeight(QFont::DemiBold);
    m_name->setFont(big);
    m_facts = new QLabel;
    m_facts->setObjectName(QStringLiteral("entityFacts"));
    m_facts->setWordWrap(true);
    m_models = new QLabel;
    m_models->setObjectName(QStringLiteral("entityModels"));
    m_models->setWordWrap(true);
    m_models->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_models, &QLabel::linkActivated, links, [links](const QString& link) { links->open(QUrl(link)); });
    m_chartTitle = new QLabel(tr("Items mentioning it, per month"));
    QFont section = m_chartTitle->font();
    section.setWeight(QFont::DemiBold);
    m_chartTitle->setFont(section);
    m_chart = new MentionsChart(theme);
    m_chart->setMinimumHeight(220);
    m_chart->setMaximumHeight(320);
    layout->addWidget(m_name);
    layout->addWidget(m_facts);
    layout->addWidget(m_models);
    layout->addSpacing(14);
    layout->addWidget(m_chartTitle);
    layout->addWidget(m_chart);
    auto* hint = new QLabel(tr("Its items are listed beside this page; choose one to read it."));
    hint->setObjectName(QStringLiteral("entityHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addStretch(1);
    refreshStyle();
}

void EntityPage::refreshStyle()
{
    const QString muted = QStringLiteral("color: %1;").arg(m_theme.mutedText().name());
    m_facts->setStyleSheet(muted);
    findChild<QLabel*>(QStringLiteral("entityHint"))->setStyleSheet(muted);
    if (m_detail.summary.id)
        showEntity(m_detail);
    m_chart->update();
}

void EntityPage::showEntity(const EntityDetail& detail)
{
    m_detail = detail;
    const EntitySummary& e = detail.summary;
    m_name->setText(e.name);
    QStringList facts;
    facts << (e.kind == QLatin1String("company") ? tr("Company")
              : e.kind == QLatin1String("model") ? tr("Model")
                                                 : e.kind);
    if (!e.maker.isEmpty())
        facts << tr("by %1").arg(e.maker);
    facts << tr("%n item(s)", nullptr, e.itemCount);
    QString factsText = facts.join(QStringLiteral("  ·  "));
    QStringList aliases = e.aliases;
    aliases.removeAll(e.name);
    if (!aliases.isEmpty())
        factsText += QStringLiteral("\n") + tr("Also written: %1").arg(aliases.join(QStringLiteral(", ")));
    m_facts->setText(factsText);
    // What it makes or owns, by kind (a company's models, products and labs;
    // a family's members), each with its items; those never mentioned are left out.
    QStringList models, products, others;
    for (const EntitySummary& m : detail.models) {
        if (m.itemCount == 0)
            continue;
        // A name and its count stay on one line: no break at its spaces or
        // hyphens (a word joiner after each), "GLM-4.7-Flash (1)" whole.
        QString unbroken = m.name.toHtmlEscaped();
        unbroken.replace(QLatin1Char(' '), QStringLiteral("&nbsp;")).replace(QLatin1Char('-'), QStringLiteral("-&#x2060;"));
        const QString link = QStringLiteral("<a href='%1' style='color:%4; text-decoration:none'>%2</a>&nbsp;(%3)")
                                 .arg(LinkHandler::entityLink(m.id).toString(), unbroken)
                                 .arg(m.itemCount)
                                 .arg(m_theme.accent().name());
        (m.kind == QLatin1String("model") ? models : m.kind == QLatin1String("product") ? products : others) << link;
    }
    QStringList lines;
    if (!models.isEmpty())
        lines << tr("Models: %1").arg(models.join(QStringLiteral(", ")));
    if (!products.isEmpty())
        lines << tr("Products: %1").arg(products.join(QStringLiteral(", ")));
    if (!others.isEmpty())
        lines << tr("Labs and companies of it: %1").arg(others.join(QStringLiteral(", ")));
    m_models->setText(lines.join(QStringLiteral("<br/>")));
    m_models->setVisible(!lines.isEmpty());
    m_chart->setMonths(detail.months);
    m_chart->setToolTip(QString());
    // The chart places items by their issue's date: say how many it cannot.
    int dated = 0;
    for (const PeriodCount& p : detail.months)
        dated += p.items;
    const int undated = std::max(0, e.itemCount - dated);
    m_chartTitle->setText(undated > 0 ? tr("Items mentioning it, per month (%n without a date not shown)", nullptr, undated)
                                      : tr("Items mentioning it, per month"));
}

}  // namespace digest::gui
