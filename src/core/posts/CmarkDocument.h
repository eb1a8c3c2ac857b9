#pragma once
// A parsed cmark-gfm document (GFM core extensions enabled) that owns its
// parser and AST, plus the read-only helpers the item extractor needs: plain
// text of a block, HTML rendering, link/image collection. Raw HTML is
// removed from the AST on construction so it can never reach the reader.

#include <QByteArray>
#include <QList>
#include <QString>

struct cmark_node;
struct cmark_parser;

namespace digest {

class CmarkDocument {
public:
    explicit CmarkDocument(const QByteArray& markdown);
    ~CmarkDocument();
    CmarkDocument(const CmarkDocument&) = delete;
    CmarkDocument& operator=(const CmarkDocument&) = delete;

    cmark_node* root() const { return root_; }
    QList<cmark_node*> topLevelBlocks() const;

    // HTML of one block (safe mode: no raw HTML, no javascript: URLs).
    QString renderHtml(cmark_node* block) const;

    // Plain text of a block: paragraphs/list items as lines; images omitted
    // unless withImageAlt (used when probing footers for "微信公众号" etc.).
    static QString blockText(cmark_node* block, bool withImageAlt = false);
    // Plain text of the inline content of a node (heading, paragraph, link).
    static QString inlineText(cmark_node* node, bool withImageAlt = false);

    static bool isHeading(cmark_node* n);
    static int headingLevel(cmark_node* n);
    static bool isList(cmark_node* n);
    static bool isThematicBreak(cmark_node* n);
    static int startLine(cmark_node* n);
    static QString url(cmark_node* n);
    // Every node of the given type (CMARK_NODE_LINK / CMARK_NODE_IMAGE) under n, in order.
    static QList<cmark_node*> descendants(cmark_node* n, int type);

private:
    void removeRawHtml();
    void trimAutolinks();

    cmark_parser* parser_ = nullptr;
    cmark_node* root_ = nullptr;
};

}  // namespace digest
