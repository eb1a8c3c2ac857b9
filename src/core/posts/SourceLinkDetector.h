#pragma once
// Finds the link to the original report in one item's body. Digests mark it
// in many ways: `（[报道详情](url)）`, `（报道详情：[url](url)）`,
// `[原文地址](url)`, `报道地址：url`, `📎 [查看原文](url)`, "Read more" /
// "Source" links; otherwise the section's only external link is taken.

#include <QList>
#include <QString>

#include <optional>

struct cmark_node;

namespace digest {

class SourceLinkDetector {
public:
    // blocks: the item's body blocks (AST nodes), in order.
    static std::optional<QString> find(const QList<cmark_node*>& blocks);

    // True when a link's text names it as the report link ("原文", "Source"…).
    static bool isSourceLabel(const QString& linkText);
    // True when text just before a link or URL introduces it ("报道详情：", "地址：").
    static bool endsWithSourceLead(const QString& textBefore);
    // Bare http(s) URLs in plain text, in order (ones autolink did not catch,
    // e.g. after a full-width colon).
    static QList<QString> bareUrls(const QString& text);
};

}  // namespace digest
