#pragma once
// Walks a post body's cmark-gfm AST and cuts it into news items. The rules
// (see docs/posts-format.md) work on the top-level blocks:
//   * footer: after the last thematic break(s) when the tail is promotional
//     (关注本公众号, 原地址, 二维码…) or a short heading-less sign-off, plus
//     trailing "参考资料"/"数据来源"/"欢迎订阅"-style sections → outro;
//   * the single H1 that opens the body is the title, not an item;
//   * a heading followed only by a list of headlines (or #anchor links) that
//     repeat later headings is a table of contents, not an item;
//   * headings repeated under several items ("#### 📝 内容概要") are labels
//     inside an item, and a heading that directly follows a deeper empty one
//     is pasted content, not structure;
//   * every other heading with its own content is an item; a heading whose
//     section holds only sub-headings is a group (its text becomes item tags);
//   * without item headings, paragraphs opening with a bold link (three or
//     more) each start an item titled by the link; else the body is one item.

#include "Records.h"

#include <QByteArray>
#include <QString>

namespace digest {

struct ExtractedBody {
    QString titleHeading;     // text of the opening H1 (or first heading), for title fallback
    QString intro;
    QString outro;
    QList<ParsedItem> items;
    bool untitledWholeBody = false;  // no headings: items[0] is the whole body, title left empty
};

class MarkdownItemExtractor {
public:
    // baseDir: folder of the post, for resolving local images.
    // lineOffset: file lines before the Markdown body (front matter).
    MarkdownItemExtractor(QString baseDir, int lineOffset);

    ExtractedBody extract(const QByteArray& markdown) const;

    // Resolves an image src written in the post: remote for http(s) and
    // protocol-relative URLs, else a local path against baseDir.
    static ImageRef resolveImage(const QString& src, const QString& alt, const QString& baseDir);

    // Removes Hugo shortcodes ({{< … >}}, {{% … %}}) keeping line numbers.
    static QByteArray stripShortcodes(const QByteArray& markdown);

private:
    QString baseDir_;
    int lineOffset_ = 0;
};

}  // namespace digest
