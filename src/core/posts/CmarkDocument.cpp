#include "CmarkDocument.h"

#include "Text.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QRegularExpression>

#include <cstdlib>

namespace digest {

namespace {

// Placeholder for a soft line break; resolved once the text is assembled
// (no space between two CJK characters, one space otherwise).
constexpr QChar kSoftBreak(0xE000);

QString fromUtf8(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QString resolveSoftBreaks(QString s)
{
    if (!s.contains(kSoftBreak))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != kSoftBreak) {
            out += s[i];
            continue;
        }
        const QChar before = out.isEmpty() ? QChar() : out.back();
        const QChar after = i + 1 < s.size() ? s[i + 1] : QChar();
        const bool cjkJoin = text::isCjk(before.unicode()) && text::isCjk(after.unicode());
        if (!cjkJoin && !out.isEmpty() && !out.back().isSpace())
            out += QLatin1Char(' ');
    }
    return out;
}

// Text content of a raw HTML fragment: comments and tags dropped, the common
// entities decoded. Only used on cmark's HTML nodes, never on Markdown.
QString htmlToText(const QString& html)
{
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression openComment(QStringLiteral("<!--.*$"),
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    // Script/style bodies are code, not text.
    static const QRegularExpression code(QStringLiteral("<(script|style)\\b[^>]*>.*?(</\\1\\s*>|$)"),
                                         QRegularExpression::DotMatchesEverythingOption
                                             | QRegularExpression::CaseInsensitiveOption);
    QString s = html;
    s.remove(code);
    s.remove(comment);
    s.remove(openComment);
    s.replace(tag, QStringLiteral(" "));
    s.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text::simplified(s);
}

QString typeString(cmark_node* n)
{
    return fromUtf8(cmark_node_get_type_string(n));
}

}  // namespace

CmarkDocument::CmarkDocument(const QByteArray& markdown)
{
    cmark_gfm_core_extensions_ensure_registered();
    parser_ = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char* name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser_, ext);
    }
    cmark_parser_feed(parser_, markdown.constData(), size_t(markdown.size()));
    root_ = cmark_parser_finish(parser_);
    removeRawHtml();
    trimAutolinks();
}

CmarkDocument::~CmarkDocument()
{
    if (root_)
        cmark_node_free(root_);
    if (parser_)
        cmark_parser_free(parser_);
}

// Raw HTML blocks become a paragraph of their text content (or vanish when
// they hold none, e.g. `<!--more-->`); inline tags are dropped, `<br>` kept
// as a line break. Done on the AST so rendering never sees raw HTML.
void CmarkDocument::removeRawHtml()
{
    QList<cmark_node*> blocks;
    QList<cmark_node*> inlines;
    cmark_iter* it = cmark_iter_new(root_);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node* n = cmark_iter_get_node(it);
        const auto type = cmark_node_get_type(n);
        if (type == CMARK_NODE_HTML_BLOCK)
            blocks << n;
        else if (type == CMARK_NODE_HTML_INLINE)
            inlines << n;
    }
    cmark_iter_free(it);

    static const QRegularExpression br(QStringLiteral("^<br\\s*/?>$"),
                                       QRegularExpression::CaseInsensitiveOption);
    for (cmark_node* n : inlines) {
        const QString literal = fromUtf8(cmark_node_get_literal(n)).trimmed();
        if (br.match(literal).hasMatch())
            cmark_node_insert_before(n, cmark_node_new(CMARK_NODE_LINEBREAK));
        cmark_node_free(n);  // unlinks too
    }
    for (cmark_node* n : blocks) {
        const QString content = htmlToText(fromUtf8(cmark_node_get_literal(n)));
        if (!content.isEmpty()) {
            cmark_node* para = cmark_node_new(CMARK_NODE_PARAGRAPH);
            cmark_node* txt = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(txt, content.toUtf8().constData());
            cmark_node_append_child(para, txt);
            cmark_node_insert_before(n, para);
        }
        cmark_node_free(n);
    }
}

// The autolink extension ends a bare URL at ASCII punctuation only, so
// "（报道详情：https://x.example/a.html）" would link "…a.html）". A link whose
// text is its URL is cut at the first full-width punctuation mark, and the
// rest goes back to the text after it.
void CmarkDocument::trimAutolinks()
{
    const QList<cmark_node*> links = descendants(root_, CMARK_NODE_LINK);
    static const QRegularExpression stop(QStringLiteral("[（）【】「」『』《》，。、；：！？]"));
    for (cmark_node* link : links) {
        cmark_node* text = cmark_node_first_child(link);
        if (!text || cmark_node_next(text) || cmark_node_get_type(text) != CMARK_NODE_TEXT)
            continue;
        const QString target = url(link);
        const qsizetype cut = target.indexOf(stop);
        if (cut <= 0 || fromUtf8(cmark_node_get_literal(text)) != target)
            continue;
        const QByteArray head = target.left(cut).toUtf8(), tail = target.mid(cut).toUtf8();
        cmark_node_set_url(link, head.constData());
        cmark_node_set_literal(text, head.constData());
        cmark_node* rest = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(rest, tail.constData());
        cmark_node_insert_after(link, rest);
    }
}

QList<cmark_node*> CmarkDocument::topLevelBlocks() const
{
    QList<cmark_node*> out;
    for (cmark_node* n = cmark_node_first_child(root_); n; n = cmark_node_next(n))
        out << n;
    return out;
}

QString CmarkDocument::renderHtml(cmark_node* block) const
{
    char* html = cmark_render_html(block, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser_));
    QString out = fromUtf8(html);
    std::free(html);
    // Safety net: nothing raw should be left, but never leak the marker.
    out.remove(QStringLiteral("<!-- raw HTML omitted -->"));
    return out;
}

bool CmarkDocument::isHeading(cmark_node* n)
{
    return n && cmark_node_get_type(n) == CMARK_NODE_HEADING;
}

int CmarkDocument::headingLevel(cmark_node* n)
{
    return isHeading(n) ? cmark_node_get_heading_level(n) : 0;
}

bool CmarkDocument::isList(cmark_node* n)
{
    return n && cmark_node_get_type(n) == CMARK_NODE_LIST;
}

bool CmarkDocument::isThematicBreak(cmark_node* n)
{
    return n && cmark_node_get_type(n) == CMARK_NODE_THEMATIC_BREAK;
}

int CmarkDocument::startLine(cmark_node* n)
{
    return cmark_node_get_start_line(n);
}

QString CmarkDocument::url(cmark_node* n)
{
    return fromUtf8(cmark_node_get_url(n));
}

QList<cmark_node*> CmarkDocument::descendants(cmark_node* n, int type)
{
    QList<cmark_node*> out;
    cmark_iter* it = cmark_iter_new(n);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* cur = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && int(cmark_node_get_type(cur)) == type)
            out << cur;
    }
    cmark_iter_free(it);
    return out;
}

static void appendInline(cmark_node* n, bool withImageAlt, QString& out)
{
    for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
        switch (cmark_node_get_type(c)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += fromUtf8(cmark_node_get_literal(c));
            break;
        case CMARK_NODE_SOFTBREAK:
            out += kSoftBreak;
            break;
        case CMARK_NODE_LINEBREAK:
            out += QLatin1Char('\n');
            break;
        case CMARK_NODE_IMAGE:
            if (withImageAlt) {
                out += QLatin1Char(' ');
                appendInline(c, withImageAlt, out);
                out += QLatin1Char(' ');
            }
            break;
        default:
            appendInline(c, withImageAlt, out);
            break;
        }
    }
}

QString CmarkDocument::inlineText(cmark_node* node, bool withImageAlt)
{
    QString out;
    appendInline(node, withImageAlt, out);
    return resolveSoftBreaks(out).trimmed();
}

QString CmarkDocument::blockText(cmark_node* block, bool withImageAlt)
{
    if (!block)
        return {};
    QStringList parts;
    auto children = [&](const QString& sep) {
        for (cmark_node* c = cmark_node_first_child(block); c; c = cmark_node_next(c)) {
            const QString t = blockText(c, withImageAlt);
            if (!t.isEmpty())
                parts << t;
        }
        return parts.join(sep);
    };
    switch (cmark_node_get_type(block)) {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
        return inlineText(block, withImageAlt);
    case CMARK_NODE_CODE_BLOCK:
        return fromUtf8(cmark_node_get_literal(block)).trimmed();
    case CMARK_NODE_THEMATIC_BREAK:
    case CMARK_NODE_HTML_BLOCK:
        return {};
    case CMARK_NODE_LIST:
    case CMARK_NODE_ITEM:
    case CMARK_NODE_BLOCK_QUOTE:
        return children(QStringLiteral("\n"));
    default:
        break;
    }
    // GFM extension nodes: tables as rows of " | "-separated cells.
    const QString type = typeString(block);
    if (type == QLatin1String("table"))
        return children(QStringLiteral("\n"));
    if (type == QLatin1String("table_row") || type == QLatin1String("table_header"))
        return children(QStringLiteral(" | "));
    if (type == QLatin1String("table_cell"))
        return inlineText(block, withImageAlt);
    return children(QStringLiteral("\n"));
}

}  // namespace digest
