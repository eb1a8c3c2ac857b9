#pragma once
// cmark-gfm helpers shared by CaptionReader (Markdown transcripts) and
// classifyDocument (Markdown structure of posts). Internal to
// src/core/transcripts, which links cmark-gfm privately.

#include "Records.h"

#include <QList>
#include <QString>

#include <cmark-gfm.h>

#include <memory>

namespace digest::transcripts {

struct CmarkNodeDeleter {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};
using CmarkTree = std::unique_ptr<cmark_node, CmarkNodeDeleter>;

// CommonMark (no GFM extensions) document of text; null if cmark fails.
CmarkTree parseCommonMark(const QString& text);

// Plain text of node's inline content: text and code literals, line breaks as
// '\n', link text kept (each link also appended to *links), images and raw
// HTML dropped.
void collectInline(cmark_node* node, QString* text, QList<LinkRef>* links);

}  // namespace digest::transcripts
