#pragma once
// Reads the source shapes transcripts come in into a flat list of blocks:
// SRT and WebVTT cues (with times), Markdown transcripts (speaker labels,
// **Break:** markers, links; parsed with cmark-gfm), plain paragraphs, and
// caption-per-line text (one ASR segment per row, little punctuation).

#include "Records.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace digest {

struct CaptionBlock {
    QString text;
    int line = 0;              // 1-based source line where the block starts
    qint64 startMs = -1;       // cue start (SRT/VTT), -1 otherwise
    qint64 endMs = -1;
    bool paragraphStart = false;  // blank line / new Markdown paragraph / speaker turn before it
    bool breakBefore = false;     // explicit segment marker (**Break:**) before it
    int storyNumber = 0;          // caption lines: "3" on a line of its own before it numbers a story
    QString speaker;              // Markdown "**Name:**" label in force, if any
    QList<LinkRef> links;         // links in this block, in order
};

enum class CaptionFormat { Srt, WebVtt, Markdown, Paragraphs, CaptionLines };

struct CaptionDocument {
    CaptionFormat format = CaptionFormat::Paragraphs;
    QList<CaptionBlock> blocks;
    QString heading;   // first Markdown heading, if any
    // True when blocks are fragments of speech to be joined (cues, caption
    // rows) rather than punctuated prose.
    bool fragments() const
    {
        return format == CaptionFormat::Srt || format == CaptionFormat::WebVtt
               || format == CaptionFormat::CaptionLines;
    }
};

class CaptionReader {
public:
    // text: decoded, any line endings. path decides by extension first
    // (.srt, .vtt, .md), then by content shape.
    static CaptionDocument read(const QString& path, const QString& text);

    // "00:01:02,500", "0:00:01.400", "01:02.500" → milliseconds; -1 if not a time.
    static qint64 parseTimestamp(const QString& s);

    // True when most non-empty lines are short and lack terminal punctuation.
    static bool looksLikeCaptionLines(const QStringList& lines);

    // The shapes read() tells formats by, shared with classifyDocument so the
    // two agree on what a caption file or a Markdown transcript looks like.
    // One line "00:00:01,000 --> 00:00:04,000 …" (captures start and end time).
    static const QRegularExpression& cueTimeLine();
    // A speaker label alone on its line, "**Jerod Santo:**" (multiline: finds it in a whole text).
    static const QRegularExpression& speakerLabelLine();
    // A speaker label with speech after it on its line, "**Jerod Santo:** Hello" (multiline).
    static const QRegularExpression& inlineSpeakerLabel();
};

}  // namespace digest
