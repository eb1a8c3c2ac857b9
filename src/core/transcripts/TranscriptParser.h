#pragma once
// Transcript file -> ParsedIssue (kind "transcript"): decode, read captions,
// split sentences, segment into intro / items / outro, read metadata.

#include "CharsetDecoder.h"
#include "DocumentClassifier.h"
#include "Records.h"
#include "TranscriptSegmenter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace digest {

struct TranscriptOptions {
    // Names of known companies/models/organisations (all aliases, any
    // script) from the entity dictionary; may be empty.
    QStringList knownNames;
    SegmenterWeights weights;  // defaults documented in docs/transcripts.md
};

class TranscriptParser {
    // Its messages reach the user in the import report (translated in
    // resources/translations, context "digest::TranscriptParser").
    Q_DECLARE_TR_FUNCTIONS(digest::TranscriptParser)

public:
    static ParseResult parse(const QString& path, const QByteArray& bytes, const TranscriptOptions& options = {});
    // The same from the bytes through CharsetDecoder::decode, for a caller that
    // has decoded them already (for classifyDocument).
    static ParseResult parse(const QString& path, const DecodedText& decoded, const TranscriptOptions& options = {});
};

}  // namespace digest
