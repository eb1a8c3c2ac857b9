#include "SourceLinkDetector.h"

#include "CmarkDocument.h"
#include "PostsText.h"

#include <cmark-gfm.h>

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace digest {

namespace {

// Text of the inline siblings just before `n` (walking up through emphasis
// wrappers such as **[阅读原文](url)**), limited to the same paragraph.
QString textBefore(cmark_node* n)
{
    QString out;
    for (cmark_node* cur = n; cur; cur = cmark_node_parent(cur)) {
        const auto type = cmark_node_get_type(cur);
        if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || type == CMARK_NODE_ITEM
            || type == CMARK_NODE_DOCUMENT)
            break;
        for (cmark_node* p = cmark_node_previous(cur); p; p = cmark_node_previous(p)) {
            QString t;
            const auto pt = cmark_node_get_type(p);
            if (pt == CMARK_NODE_TEXT || pt == CMARK_NODE_CODE)
                t = QString::fromUtf8(cmark_node_get_literal(p));
            else
                t = CmarkDocument::inlineText(p);
            out.prepend(t);
            if (out.size() > 24)
                return out;
        }
    }
    return out;
}

}  // namespace

bool SourceLinkDetector::isSourceLabel(const QString& linkText)
{
    const QString t = posts::lowercaseLettersAndDigits(linkText);
    if (t.isEmpty())
        return false;
    static const QStringList cjk = {
        QStringLiteral("报道详情"), QStringLiteral("报道地址"), QStringLiteral("原文地址"),
        QStringLiteral("原文链接"), QStringLiteral("查看原文"), QStringLiteral("阅读原文"),
        QStringLiteral("阅读全文"), QStringLiteral("消息来源"), QStringLiteral("新闻来源"),
        QStringLiteral("文章来源"),
    };
    for (const QString& k : cjk) {
        if (t.contains(k))
            return true;
    }
    if (t == QStringLiteral("原文") || t == QStringLiteral("来源") || t == QStringLiteral("出处"))
        return true;
    // "推特地址", "论文链接", "GitHub 地址": a labelled address, not a name.
    if (t.size() <= 12 && (t.endsWith(QStringLiteral("地址")) || t.endsWith(QStringLiteral("链接"))))
        return true;
    static const QStringList english = {
        QStringLiteral("readmore"), QStringLiteral("readthefull"), QStringLiteral("fullstory"),
        QStringLiteral("source"), QStringLiteral("originalarticle"), QStringLiteral("via"),
    };
    for (const QString& k : english) {
        if (t == k || (t.startsWith(k) && k.size() > 6))
            return true;
    }
    return false;
}

bool SourceLinkDetector::endsWithSourceLead(const QString& textBefore)
{
    static const QRegularExpression lead(
        QStringLiteral("(报道详情|报道地址|原文地址|原文链接|原文|来源|出处|地址|链接|Source|Via|Read more)\\s*[：:]?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return lead.match(textBefore).hasMatch();
}

QList<QString> SourceLinkDetector::bareUrls(const QString& text)
{
    // Stops at whitespace and at full-width/ASCII closing punctuation that
    // digests put right after a URL ("…html）").
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"'（）()\\[\\]，。、；！？]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    QList<QString> out;
    auto it = url.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(0);
    return out;
}

std::optional<QString> SourceLinkDetector::find(const QList<cmark_node*>& blocks)
{
    QStringList external;
    for (cmark_node* block : blocks) {
        cmark_iter* it = cmark_iter_new(block);
        cmark_event_type ev;
        std::optional<QString> found;
        while (!found && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
            if (ev != CMARK_EVENT_ENTER)
                continue;
            cmark_node* n = cmark_iter_get_node(it);
            const auto type = cmark_node_get_type(n);
            if (type == CMARK_NODE_LINK) {
                const QString url = CmarkDocument::url(n);
                if (!posts::isExternalUrl(url))
                    continue;
                external << url;
                if (isSourceLabel(CmarkDocument::inlineText(n)) || endsWithSourceLead(textBefore(n)))
                    found = url;
            } else if (type == CMARK_NODE_TEXT && cmark_node_get_type(cmark_node_parent(n)) != CMARK_NODE_LINK) {
                // "报道地址：https://…" where autolink did not fire.
                const QString literal = QString::fromUtf8(cmark_node_get_literal(n));
                for (const QString& u : bareUrls(literal)) {
                    external << u;
                    const QString before = literal.left(literal.indexOf(u));
                    if (!found && endsWithSourceLead(before))
                        found = u;
                }
            }
        }
        cmark_iter_free(it);
        if (found)
            return found;
    }
    const QSet<QString> distinct(external.begin(), external.end());
    if (distinct.size() == 1)
        return external.first();
    return std::nullopt;
}

}  // namespace digest
