#include "PostParser.h"

#include "FrontMatterReader.h"
#include "MarkdownItemExtractor.h"
#include "PostsText.h"
#include "Text.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

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

// The file line (1-based) where a front-matter key is written ("date: …",
// "date = …"), 0 when it cannot be found.
int keyLine(const QList<QByteArray>& lines, int frontMatterLines, const QString& key)
{
    const QByteArray k = key.toUtf8();
    for (int i = 0; i < std::min<int>(frontMatterLines, int(lines.size())); ++i) {
        const QByteArray t = lines[i].trimmed();
        const QByteArray rest = t.mid(k.size()).trimmed();
        if (t.startsWith(k) && (rest.startsWith(':') || rest.startsWith('=')))
            return i + 1;
    }
    return 0;
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

    // A quoted YAML value left open swallows the lines after it (yaml-cpp
    // folds `title: "x` + `date: 2024-01-01` into the title "x date:
    // 2024-01-01"): keep what comes before the swallowed key and say so,
    // naming the line.
    QString title = stringValue(m, "title");
    const QList<QByteArray> rawLines = bytes.split('\n');
    if (fm.format == FrontMatter::Format::Yaml) {
        static const QRegularExpression swallowedKey(QStringLiteral(
            "\\s(?:title|date|lastmod|slug|tags|categories|description|summary|draft|author|image|cover|weight)\\s*:(?:\\s|$)"));
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (!it.value().isString() || !swallowedKey.match(it.value().toString()).hasMatch())
                continue;
            // Only where the key's own line opens a quote it does not close
            // ("Llama 3 release date: April 18" in closed quotes is a title).
            const int line = keyLine(rawLines, fm.bodyLineOffset, it.key());
            if (line <= 0 || line > rawLines.size())
                continue;
            const QByteArray value = rawLines[line - 1].mid(rawLines[line - 1].indexOf(':') + 1).trimmed();
            const bool openQuote = (value.startsWith('"') && value.count('"') - value.count("\\\"") == 1)
                                   || (value.startsWith('\'') && value.count('\'') % 2 == 1);
            if (!openQuote)
                continue;
            issue.notes << tr("line %1: the quotes of “%2” seem not to be closed; it runs into the next lines")
                               .arg(line)
                               .arg(it.key());
            if (it.key() == QLatin1String("title"))
                title = title.left(swallowedKey.match(title).capturedStart()).remove(QLatin1Char('"')).trimmed();
        }
    }
    issue.title = text::simplified(title);
    if (issue.title.isEmpty())
        issue.title = body.titleHeading;
    if (issue.title.isEmpty())
        issue.title = info.completeBaseName();

    issue.slug = stringValue(m, "slug");
    if (issue.slug.isEmpty())
        issue.slug = slugFromPath(path);

    issue.date = text::isoDate(stringValue(m, "date"));
    if (issue.date.isEmpty() && !stringValue(m, "date").isEmpty())
        issue.notes << tr("line %1: “%2” is not a date (write it as 2024-06-17); the issue is dated from its path, "
                          "or undated")
                           .arg(keyLine(rawLines, fm.bodyLineOffset, QStringLiteral("date")))
                           .arg(stringValue(m, "date"));
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
