#include "SidebarModel.h"

#include <QLocale>
#include <QSet>

#include <functional>

namespace digest::gui {

namespace {
// Models as the sidebar nests them: a family before its members (GLM ▸
// GLM-4.7 ▸ GLM-4.7-Flash), siblings in the library's order (most items
// first). parentOf gets each member's family, when that family is listed.
QList<EntitySummary> inFamilyOrder(const QList<EntitySummary>& models, QHash<qint64, qint64>& parentOf)
{
    QSet<qint64> listed;
    for (const EntitySummary& m : models)
        listed.insert(m.id);
    QHash<qint64, QList<int>> children;
    QList<int> roots;
    for (int i = 0; i < models.size(); ++i) {
        const qint64 family = models[i].familyId;
        if (family != 0 && family != models[i].id && listed.contains(family)) {
            parentOf.insert(models[i].id, family);
            children[family].append(i);
        } else {
            roots.append(i);
        }
    }
    QList<EntitySummary> out;
    QSet<qint64> placed;  // a cycle (never made by familyOf) cannot loop
    std::function<void(int)> place = [&](int i) {
        if (placed.contains(models[i].id))
            return;
        placed.insert(models[i].id);
        out.append(models[i]);
        for (const int c : children.value(models[i].id))
            place(c);
    };
    for (const int r : roots)
        place(r);
    for (int i = 0; i < models.size(); ++i)  // members of a cycle, at the top level
        if (!placed.contains(models[i].id)) {
            parentOf.remove(models[i].id);
            place(i);
        }
    return out;
}
}  // namespace

SidebarSnapshot SidebarSnapshot::read(Library& library)
{
    SidebarSnapshot s;
    s.total = library.itemTotal();
    s.unread = library.unreadTotal();
    s.starred = library.starredTotal();
    s.issues = library.issues(Library::IssueFields::Brief);
    s.tags = library.tags();
    s.companies = library.entities(QStringLiteral("company"));
    s.models = library.entities(QStringLiteral("model"));
    return s;
}

SidebarModel::SidebarModel(QObject* parent) : QStandardItemModel(parent)
{
    setColumnCount(1);
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const auto kind = index.data(KindRole).value<NodeKind>();
    // A section, or the heading of issues without a series, only groups.
    if (kind == NodeKind::Section || (kind == NodeKind::Series && filterAt(index).series.isEmpty()))
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QList<SidebarModel::NodeSpec> SidebarModel::buildSpecs(const SidebarSnapshot& snap) const
{
    QList<NodeSpec> out;
    auto section = [&](const QString& key, const QString& label) {
        NodeSpec n;
        n.key = key;
        n.label = label;
        n.kind = NodeKind::Section;
        out.append(n);
    };

    section(QStringLiteral("section:library"), tr("Library"));
    auto scope = [&](const QString& key, const QString& label, ItemFilter::Scope sc, int count) {
        NodeSpec n;
        n.key = key;
        n.parentKey = QStringLiteral("section:library");
        n.label = label;
        n.kind = NodeKind::Scope;
        n.count = count;
        n.filter.scope = sc;
        out.append(n);
    };
    scope(QStringLiteral("scope:all"), tr("All items"), ItemFilter::Scope::All, snap.total);
    scope(QStringLiteral("scope:unread"), tr("Unread"), ItemFilter::Scope::Unread, snap.unread);
    scope(QStringLiteral("scope:starred"), tr("Starred"), ItemFilter::Scope::Starred, snap.starred);

    // Issues: by series when they come from several, then year, then month.
    if (!snap.issues.isEmpty()) {
        section(QStringLiteral("section:issues"), tr("Issues"));
        // A series spelt in two cases ("Indigo的月末直播", "indigo的月末直播",
        // as a speaker says it) is one series; the store matches it so too.
        QHash<QString, QString> seriesSpelling;  // case-folded -> the first spelling met, which names it
        for (const IssueSummary& i : snap.issues)
            seriesSpelling.insert(i.series.toCaseFolded(), seriesSpelling.value(i.series.toCaseFolded(), i.series));
        const bool bySeries = seriesSpelling.size() > 1;
        const QLocale locale;
        QHash<QString, int> specIndex;  // key -> index in `out`, to sum counts
        auto addGroup = [&](const QString& key, const QString& parent, const QString& label, NodeKind kind,
                            const ItemFilter& filter) {
            if (specIndex.contains(key))
                return;
            NodeSpec n;
            n.key = key;
            n.parentKey = parent;
            n.label = label;
            n.kind = kind;
            n.count = 0;
            n.filter = filter;
            specIndex.insert(key, int(out.size()));
            out.append(n);
        };
        for (const IssueSummary& issue : snap.issues) {
            QString parent = QStringLiteral("section:issues");
            ItemFilter base;
            QStringList chain;
            if (bySeries) {
                const QString series = seriesSpelling.value(issue.series.toCaseFolded());
                const QString seriesKey = QStringLiteral("series:") + series;
                base.series = series;
                ItemFilter f = base;
                addGroup(seriesKey, parent, series.isEmpty() ? tr("Other issues") : series, NodeKind::Series, f);
                // An issue without a series is filtered by its own month/year below.
                chain.append(seriesKey);
                parent = seriesKey;
            }
            const QString year = issue.date.size() >= 4 ? issue.date.left(4) : QString();
            const QString month = issue.date.size() >= 7 ? issue.date.left(7) : QString();
            if (year.isEmpty()) {
                const QString key = parent + QStringLiteral("/undated");
                addGroup(key, parent, tr("Undated"), NodeKind::Year, base);
                chain.append(key);
                parent = key;
            } else {
                ItemFilter fy = base;
                fy.month = year;
                const QString yearKey = parent + QStringLiteral("/year:") + year;
                addGroup(yearKey, parent, year, NodeKind::Year, fy);
                chain.append(yearKey);
                parent = yearKey;
                if (!month.isEmpty()) {
                    ItemFilter fm = base;
                    fm.month = month;
                    const QString monthKey = parent + QStringLiteral("/month:") + month;
                    const int m = month.mid(5, 2).toInt();
                    addGroup(monthKey, parent, locale.standaloneMonthName(m, QLocale::LongFormat), NodeKind::Month,
                             fm);
                    chain.append(monthKey);
                    parent = monthKey;
                }
            }
            NodeSpec n;
            n.key = QStringLiteral("issue:%1").arg(issue.id);
            n.parentKey = parent;
            n.label = issue.title.isEmpty() ? issue.slug : issue.title;
            n.toolTip = issue.date.isEmpty() ? n.label : issue.date + QStringLiteral(" · ") + n.label;
            n.name = issue.slug;
            n.kind = NodeKind::Issue;
            n.count = issue.itemCount;
            n.unread = issue.unreadCount;
            n.filter.issueId = issue.id;
            out.append(n);
            for (const QString& key : chain) {
                NodeSpec& g = out[specIndex.value(key)];
                g.count += issue.itemCount;
                g.unread += issue.unreadCount;
            }
        }
        // A series group without a series name cannot filter by series; it
        // is a plain heading whose children filter.
    }

    auto namedList = [&](const QString& sectionKey, const QString& title, NodeKind kind, const QString& prefix,
                         auto&& entries, auto&& describe) {
        if (entries.isEmpty())
            return;
        section(sectionKey, title);
        for (const auto& e : entries) {
            NodeSpec n;
            n.parentKey = sectionKey;
            n.kind = kind;
            describe(e, n);
            n.key = prefix + n.key;
            out.append(n);
        }
    };
    auto entity = [](const EntitySummary& e, NodeSpec& n) {
        n.key = QString::number(e.id);
        n.label = e.name;
        n.name = e.name;
        n.count = e.itemCount;
        n.toolTip = e.maker.isEmpty() ? e.name : tr("%1 (by %2)").arg(e.name, e.maker);
        n.filter.entityId = e.id;
    };
    namedList(QStringLiteral("section:companies"), tr("Companies"), NodeKind::Entity, QStringLiteral("entity:"),
              snap.companies, entity);
    QHash<qint64, qint64> familyOf;
    const QList<EntitySummary> models = inFamilyOrder(snap.models, familyOf);
    namedList(QStringLiteral("section:models"), tr("Models"), NodeKind::Entity, QStringLiteral("entity:"), models,
              [&](const EntitySummary& e, NodeSpec& n) {
                  entity(e, n);
                  if (const qint64 family = familyOf.value(e.id))
                      n.parentKey = QStringLiteral("entity:%1").arg(family);
              });
    namedList(QStringLiteral("section:tags"), tr("Tags"), NodeKind::Tag, QStringLiteral("tag:"), snap.tags,
              [](const NameCount& t, NodeSpec& n) {
                  n.key = t.name;
                  n.label = t.name;
                  n.name = t.name;
                  n.count = -1;  // counts issues, not items: shown as a tooltip
                  n.toolTip = tr("%n issue(s)", nullptr, t.count);
                  n.filter.tag = t.name;
              });
    return out;
}

void SidebarModel::fill(QStandardItem* item, const NodeSpec& spec)
{
    item->setText(spec.label);
    item->setToolTip(spec.toolTip.isEmpty() ? spec.label : spec.toolTip);
    item->setData(spec.key, KeyRole);
    item->setData(QVariant::fromValue(spec.kind), KindRole);
    item->setData(spec.count, CountRole);
    item->setData(spec.unread, UnreadRole);
    item->setData(QVariant::fromValue(spec.filter), FilterRole);
    item->setData(spec.name, NameRole);
    item->setEditable(false);
}

void SidebarModel::rebuild(const QList<NodeSpec>& specs)
{
    clear();
    setColumnCount(1);
    m_byKey.clear();
    m_keys.clear();
    for (const NodeSpec& spec : specs) {
        auto* item = new QStandardItem;
        fill(item, spec);
        QStandardItem* parent = spec.parentKey.isEmpty() ? invisibleRootItem() : m_byKey.value(spec.parentKey);
        if (!parent)
            parent = invisibleRootItem();
        parent->appendRow(item);
        m_byKey.insert(spec.key, item);
        m_keys.append(spec.key);
    }
}

bool SidebarModel::applySnapshot(const SidebarSnapshot& snapshot)
{
    const QList<NodeSpec> specs = buildSpecs(snapshot);
    // The shape is each node with its parent: a model moving into a family
    // keeps the order of keys but not the tree.
    QStringList shape;
    shape.reserve(specs.size());
    for (const NodeSpec& s : specs)
        shape.append(s.key + QLatin1Char('\n') + s.parentKey);
    if (shape == m_shape) {
        for (const NodeSpec& spec : specs) {
            QStandardItem* item = m_byKey.value(spec.key);
            if (item->data(CountRole).toInt() != spec.count || item->data(UnreadRole).toInt() != spec.unread
                || item->text() != spec.label)
                fill(item, spec);
        }
        m_loaded = true;
        return false;
    }
    rebuild(specs);
    m_shape = shape;
    m_loaded = true;
    return true;
}

QModelIndex SidebarModel::indexForKey(const QString& key) const
{
    QStandardItem* item = m_byKey.value(key);
    return item ? item->index() : QModelIndex();
}

ItemFilter SidebarModel::filterAt(const QModelIndex& index)
{
    return index.isValid() ? index.data(FilterRole).value<ItemFilter>() : ItemFilter{};
}

QModelIndex SidebarModel::issueIndex(const QString& slugOrId) const
{
    bool isNumber = false;
    const qint64 id = slugOrId.toLongLong(&isNumber);
    for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it) {
        QStandardItem* item = it.value();
        if (item->data(KindRole).value<NodeKind>() != NodeKind::Issue)
            continue;
        if (item->data(NameRole).toString() == slugOrId || (isNumber && it.key() == QStringLiteral("issue:%1").arg(id)))
            return item->index();
    }
    return {};
}

QModelIndex SidebarModel::entityIndex(const QString& name) const
{
    for (const QString& key : m_keys) {
        if (!key.startsWith(QLatin1String("entity:")))
            continue;
        QStandardItem* item = m_byKey.value(key);
        if (item->data(NameRole).toString().compare(name, Qt::CaseInsensitive) == 0)
            return item->index();
    }
    return {};
}

}  // namespace digest::gui
