#pragma once
// Plain value types that flow from the parsers (posts, transcripts) into the
// library. Parsers fill them; the library stores them. No behaviour here.

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace digest {

struct ImageRef {
    QString src;        // as written in the document
    QString alt;
    QString localPath;  // absolute path on disk when src is a local file (may not exist); empty if remote
    bool remote = false;
};

struct LinkRef {
    QString url;
    QString text;
};

struct ParsedItem {
    QString title;
    QString text;                    // plain text of the body, without the title
    QString html;                    // body rendered to HTML (cmark-gfm), without the title
    std::optional<QString> sourceUrl;  // link to the original report, if any
    QList<LinkRef> links;            // every link in the body, in order
    QList<ImageRef> images;          // every image in the body, in order
    QStringList tags;
    qint64 startMs = -1;             // transcripts: start time in the recording, -1 if unknown
    int line = 0;                    // 1-based line in the source file where the item starts
    // Worked out by the importer off the store's thread from the fields
    // above, so whoever changes those afterwards clears these (unset or empty:
    // the store works them out itself). Entity mentions (canonical name,
    // count) and unknown model-like names:
    std::optional<QList<QPair<QString, int>>> mentions;
    std::optional<QStringList> discoveredNames;
    QByteArray compressedHtml;  // html as the store keeps it (ItemHtmlCodec); empty: the store encodes it
    QString contentHash;        // Library::itemContentHash, worked out ahead; empty: the store works it out
};

struct ParsedIssue {
    QString kind;          // "post" or "transcript"
    QString slug;
    QString title;
    QString date;          // ISO "YYYY-MM-DD", or empty when unknown
    QString lastmod;       // ISO "YYYY-MM-DD", or empty
    QString description;
    QString image;         // cover image as written
    QString imageLocalPath;  // absolute path if the cover is a local file
    QStringList tags;
    QStringList categories;
    QString series;        // transcripts: e.g. "AI大模型周报"
    int number = 0;        // transcripts: issue number within the series/month, 0 if unknown
    QString intro;         // text before the first item (greeting), not an item
    QString outro;         // text after the last item (sign-off/footer), not an item
    QJsonObject metadata;  // the whole front matter (or what was read), kept raw
    QList<ParsedItem> items;
    QStringList notes;     // non-fatal remarks for the import report ("charset guessed as GB18030 (60%)")
};

// Outcome of parsing one file: an issue, or an error that names the line.
struct ParseResult {
    std::optional<ParsedIssue> issue;
    QString error;   // empty on success
    int errorLine = 0;  // 1-based, 0 if unknown

    static ParseResult fail(QString message, int line = 0)
    {
        ParseResult r;
        r.error = std::move(message);
        r.errorLine = line;
        return r;
    }
    static ParseResult ok(ParsedIssue issue)
    {
        ParseResult r;
        r.issue = std::move(issue);
        return r;
    }
};

}  // namespace digest
