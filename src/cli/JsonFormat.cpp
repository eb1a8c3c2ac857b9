#include "JsonFormat.h"

namespace digest::json {

namespace {
QJsonValue orNull(const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }
}  // namespace

QJsonObject issue(const IssueSummary& i)
{
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("slug"), i.slug},
        {QStringLiteral("title"), i.title},
        {QStringLiteral("date"), orNull(i.date)},
        {QStringLiteral("lastmod"), orNull(i.lastmod)},
        {QStringLiteral("kind"), i.kind},
        {QStringLiteral("source_path"), i.sourcePath},
        {QStringLiteral("item_count"), i.itemCount},
        {QStringLiteral("unread_count"), i.unreadCount},
        {QStringLiteral("tags"), QJsonArray::fromStringList(i.tags)},
        {QStringLiteral("categories"), QJsonArray::fromStringList(i.categories)},
        {QStringLiteral("image"), orNull(i.image)},
        {QStringLiteral("description"), i.description},
        {QStringLiteral("series"), orNull(i.series)},
        {QStringLiteral("number"), i.number > 0 ? QJsonValue(i.number) : QJsonValue()},
    };
}

QJsonObject item(const ItemRecord& it)
{
    QJsonArray links;
    for (const LinkInfo& l : it.links)
        links.append(QJsonObject{{QStringLiteral("url"), l.url}, {QStringLiteral("text"), l.text}});
    QJsonArray images;
    for (const ImageInfo& img : it.images)
        images.append(QJsonObject{{QStringLiteral("src"), img.src},
                                  {QStringLiteral("alt"), img.alt},
                                  {QStringLiteral("remote"), img.remote},
                                  {QStringLiteral("stored"), img.stored},
                                  {QStringLiteral("stored_path"), orNull(img.storedPath)}});
    return QJsonObject{
        {QStringLiteral("id"), it.id},
        {QStringLiteral("position"), it.position},
        {QStringLiteral("title"), it.title},
        {QStringLiteral("text"), it.text},
        {QStringLiteral("html"), it.html},
        {QStringLiteral("source_url"), it.sourceUrl ? QJsonValue(*it.sourceUrl) : QJsonValue()},
        {QStringLiteral("links"), links},
        {QStringLiteral("images"), images},
        {QStringLiteral("tags"), QJsonArray::fromStringList(it.tags)},
        {QStringLiteral("start_ms"), it.startMs >= 0 ? QJsonValue(it.startMs) : QJsonValue()},
        {QStringLiteral("line"), it.line},
        {QStringLiteral("read"), it.read},
        {QStringLiteral("starred"), it.starred},
    };
}

QJsonObject issueDetail(const IssueDetail& d)
{
    QJsonObject o = issue(d.summary);
    QJsonArray items;
    for (const ItemRecord& it : d.items)
        items.append(item(it));
    o.insert(QStringLiteral("items"), items);
    o.insert(QStringLiteral("intro"), d.intro);
    o.insert(QStringLiteral("outro"), d.outro);
    o.insert(QStringLiteral("metadata"), d.metadata);
    o.insert(QStringLiteral("source_paths"), QJsonArray::fromStringList(d.sourcePaths));
    return o;
}

QJsonObject searchHit(const SearchHit& h)
{
    return QJsonObject{
        {QStringLiteral("item_id"), h.itemId},
        {QStringLiteral("issue_slug"), h.issueSlug},
        {QStringLiteral("position"), h.position},
        {QStringLiteral("title"), h.title},
        {QStringLiteral("snippet"), h.snippet},
        {QStringLiteral("score"), h.score},
        {QStringLiteral("date"), orNull(h.date)},
    };
}

QJsonObject importResult(const ImportFileResult& r)
{
    static const char* const names[] = {"imported", "updated", "unchanged", "failed"};
    QJsonObject o{
        {QStringLiteral("path"), r.path},
        {QStringLiteral("status"), QString::fromLatin1(names[int(r.status)])},
        {QStringLiteral("slug"), orNull(r.slug)},
        {QStringLiteral("kind"), orNull(r.kind)},
        {QStringLiteral("item_count"), r.itemCount},
        {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)},
    };
    o.insert(QStringLiteral("error"), r.failed() ? QJsonValue(r.message) : QJsonValue());
    o.insert(QStringLiteral("line"), r.failed() && r.line > 0 ? QJsonValue(r.line) : QJsonValue());
    return o;
}

QJsonObject entity(const EntitySummary& e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("kind"), e.kind},
        {QStringLiteral("maker"), orNull(e.maker)},
        {QStringLiteral("names"), QJsonArray::fromStringList(e.aliases)},
        {QStringLiteral("item_count"), e.itemCount},
    };
}

}  // namespace digest::json
