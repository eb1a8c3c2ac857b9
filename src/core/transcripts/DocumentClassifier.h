#pragma once
// Decides whether an imported file is a Markdown post or a transcript.

#include <QByteArray>
#include <QString>

namespace digest {

enum class DocumentKind { Post, Transcript };

// Transcript: .srt/.vtt, WEBVTT or SRT cue shape, Markdown "**Speaker:**"
// labels, caption-per-line rows, or prose without headings, lists of links
// or front matter. Post: front matter, or Markdown structure (headings,
// links, images) that is not a transcript's.
DocumentKind classifyDocument(const QString& path, const QByteArray& bytes);

}  // namespace digest
