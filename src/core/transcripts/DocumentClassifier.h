#pragma once
// Decides whether an imported file is a Markdown post or a transcript.

#include "CharsetDecoder.h"

#include <QByteArray>
#include <QString>

namespace digest {

enum class DocumentKind { Post, Transcript };

// Transcript: .srt/.vtt, WEBVTT or SRT cue shape, Markdown "**Speaker:**"
// labels, caption-per-line rows, or prose without headings, lists of links
// or front matter. Post: front matter, or Markdown structure (headings,
// links, images) that is not a transcript's.
//
// decoded: the file's bytes through CharsetDecoder::decode, for callers that
// have decoded them already. A file that does not decode is a Post (the post
// parser reports the error) unless its extension makes it a transcript.
DocumentKind classifyDocument(const QString& path, const DecodedText& decoded);

// The same from the file's bytes, decoded only when the extension does not decide.
DocumentKind classifyDocument(const QString& path, const QByteArray& bytes);

}  // namespace digest
