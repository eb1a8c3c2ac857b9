#include "PostParser.h"

#include "FrontMatterReader.h"
#include "MarkdownItemExtractor.h"
#include "PostsText.h"
#include "Text.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace digest {

namespace {

// A string (trimmed) or a number as text; empty for anything else.
QString scalarText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

QString stringValue(const QJsonObject& o, const char* key)
{
    return scalarText(o.value(QLatin1String(key)));
}

// A string or an array of strings ("tags = 'AI'" or "tags = ['AI', 'LLM']").
QStringList listValue(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    QStringList out;
    if (v.isString()) {
        if (!v.toString().trimmed().isEmpty())
            out << v.toString().trimmed();
    } else if (v.isArray()) {
        for (const QJsonValue& e : v.toArray()) {
            const QString s = scalarText(e);
            if (!s.isEmpty())
                out << s;
        }
    }
    return out;
}

// Cover image: `image = "…"` (or a list of images), else `[cover] image = "…"`
// / `cover = { image = … }`, else `cover = "…"`.
QString coverImage(const QJsonObject& o)
{
    const QJsonValue image = o.value(QLatin1String("image"));
    if (image.isString() && !image.toString().trimmed().isEmpty())
        return image.toString().trimmed();
    const QJsonValue images = o.value(QLatin1String("images"));
    if (images.isArray() && !images.toArray().isEmpty() && images.toArray().first().isString())
        return images.toArray().first().toString().trimmed();
    const QJsonValue cover = o.value(QLatin1String("cover"));
    if (cover.isObject())
        return stringValue(cover.toObject(), "image");
    if (cover.isString())
        return cover.toString().trimmed();
    return {};
}

QString slugFromPath(const QString& path)
{
    const QFileInfo fi(path);
    QString base = fi.completeBaseName();
    if (base == QLatin1String("index") || base == QLatin1String("_index"))
        base = fi.dir().dirName();
    return text::slugify(base);
}

}  // namespace

bool PostParser::hasFrontMatter(const QByteArray& bytes)
{
    return FrontMatterReader::hasFrontMatter(bytes);
}

ParseResult PostParser::parse(const QString& path, const QByteArray& raw)
{
    if (raw.size() > kMaxPostBytes) {
        return ParseResult::fail(tr("file is too large to be a post (%1 bytes; the limit is %2 MiB)")
                                     .arg(raw.size())
                                     .arg(kMaxPostBytes / (1024 * 1024)));
    }
    const QByteArray bytes = posts::withoutUtf8Bom(raw);
    if (bytes.trimmed().isEmpty())
        return ParseResult::fail(tr("file is empty"));
    if (text::looksBinary(bytes))
        return ParseResult::fail(tr("file is binary, not a Markdown post"));
    int badLine = 0;
    if (!text::isValidUtf8(bytes, &badLine))
        return ParseResult::fail(tr("invalid UTF-8 on line %1").arg(badLine), badLine);

    const FrontMatter fm = FrontMatterReader::read(bytes);
    if (!fm.ok())
        return ParseResult::fail(fm.error, fm.errorLine);

    const QFileInfo info(path);
    const QString baseDir = info.absolutePath();
    const ExtractedBody body = MarkdownItemExtractor(baseDir, fm.bodyLineOffset).extract(fm.body);

    ParsedIssue issue;
    issue.kind = QStringLiteral("post");
    issue.metadata = fm.data;
    const QJsonObject& m = fm.data;

    issue.title = text::simplified(stringValue(m, "title"));
    if (issue.title.isEmpty())
        issue.title = body.titleHeading;
    if (issue.title.isEmpty())
        issue.title = info.completeBaseName();

    issue.slug = stringValue(m, "slug");
    if (issue.slug.isEmpty())
        issue.slug = slugFromPath(path);

    issue.date = text::isoDate(stringValue(m, "date"));
    if (issue.date.isEmpty())
        issue.date = text::isoDateFromPath(path);
    issue.lastmod = text::isoDate(stringValue(m, "lastmod"));

    issue.description = stringValue(m, "description");
    if (issue.description.isEmpty())
        issue.description = stringValue(m, "summary");

    issue.image = coverImage(m);
    if (!issue.image.isEmpty())
        issue.imageLocalPath = MarkdownItemExtractor::resolveImage(issue.image, {}, baseDir).localPath;

    issue.tags = listValue(m, "tags");
    issue.categories = listValue(m, "categories");
    issue.intro = body.intro;
    issue.outro = body.outro;
    issue.items = body.items;
    if (body.untitledWholeBody && !issue.items.isEmpty())
        issue.items.first().title = issue.title;
    return ParseResult::ok(std::move(issue));
}

}  // namespace digest
