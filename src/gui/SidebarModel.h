#pragma once
// The sidebar's tree: the library's scopes (All, Unread, Starred), issues by
// series/year/month, tags, companies and models (a model family's members
// nested under it), each with its item count.
// Filled from a snapshot read on a worker thread; a snapshot with the same
// shape only updates counts, so selection and expansion survive a refresh.

#include "Library.h"

#include <QStandardItemModel>

namespace digest::gui {

// Everything the sidebar shows, read in one job off the GUI thread.
struct SidebarSnapshot {
    int total = 0, unread = 0, starred = 0;
    QList<IssueSummary> issues;
    QList<NameCount> tags;
    QList<EntitySummary> companies, models;

    static SidebarSnapshot read(Library& library);
};

class SidebarModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum class NodeKind { Section, Scope, Series, Year, Month, Issue, Tag, Entity };
    Q_ENUM(NodeKind)
    enum Role {
        KeyRole = Qt::UserRole + 1,  // stable identity: "scope:unread", "issue:12", "entity:5"…
        KindRole,                    // NodeKind
        CountRole,                   // items under the node (-1: none shown)
        UnreadRole,                  // unread items under the node
        FilterRole,                  // QVariant<ItemFilter>
        NameRole,                    // slug of an issue, name of a tag or entity
    };

    explicit SidebarModel(QObject* parent = nullptr);

    // True when the tree was rebuilt (its shape changed), false when only counts changed.
    bool applySnapshot(const SidebarSnapshot& snapshot);
    bool isLoaded() const { return m_loaded; }

    QModelIndex indexForKey(const QString& key) const;
    static ItemFilter filterAt(const QModelIndex& index);
    // The node of an issue by slug (or numeric id), of an entity by name.
    QModelIndex issueIndex(const QString& slugOrId) const;
    QModelIndex entityIndex(const QString& name) const;

    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct NodeSpec {
        QString key, parentKey, label, toolTip, name;
        NodeKind kind = NodeKind::Section;
        int count = -1, unread = 0;
        ItemFilter filter;
    };
    QList<NodeSpec> buildSpecs(const SidebarSnapshot& snapshot) const;
    void rebuild(const QList<NodeSpec>& specs);
    static void fill(QStandardItem* item, const NodeSpec& spec);

    QStringList m_keys;
    QStringList m_shape;  // "key\nparentKey" per node, in order
    QHash<QString, QStandardItem*> m_byKey;
    bool m_loaded = false;
};

}  // namespace digest::gui

Q_DECLARE_METATYPE(digest::ItemFilter)
