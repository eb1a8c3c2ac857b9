#include "MarkdownTree.h"

namespace digest::transcripts {

CmarkTree parseCommonMark(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return CmarkTree(cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT));
}

void collectInline(cmark_node* node, QString* text, QList<LinkRef>* links)
{
    for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
        switch (cmark_node_get_type(c)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            *text += QString::fromUtf8(cmark_node_get_literal(c));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            *text += QLatin1Char('\n');
            break;
        case CMARK_NODE_LINK: {
            QString inner;
            collectInline(c, &inner, links);
            links->append(LinkRef{QString::fromUtf8(cmark_node_get_url(c)), inner.simplified()});
            *text += inner;
            break;
        }
        case CMARK_NODE_IMAGE:
        case CMARK_NODE_HTML_INLINE:
            break;
        default:
            collectInline(c, text, links);
        }
    }
}

}  // namespace digest::transcripts
