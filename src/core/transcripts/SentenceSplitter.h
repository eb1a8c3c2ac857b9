#pragma once
// Caption blocks -> sentences. Punctuated prose is split with ICU's sentence
// BreakIterator. Speech fragments (caption rows, SRT cues, space-joined ASR
// runs) are joined into sentences: a sentence closes at terminal punctuation,
// at a pause, before a strong transition phrase, or at a line boundary once
// it is long enough - but never at a boundary that ICU's word BreakIterator
// says falls inside a word ("整理资\n材料" stays joined).

#include "CaptionReader.h"

#include <QList>
#include <QString>

namespace digest {

struct TranscriptSentence {
    QString text;
    int line = 0;
    qint64 startMs = -1;
    bool paragraphStart = false;  // starts a new source paragraph / speaker turn
    bool breakBefore = false;     // explicit break marker before it
    int storyNumber = 0;          // the source numbers a story (or a headline) from here
    qint64 gapBeforeMs = -1;      // silence before it in the recording, -1 unknown
    QString speaker;
    QList<LinkRef> links;
};

struct SentenceSplitterOptions {
    int minSentenceChars = 16;   // fragments shorter than this keep joining
    int maxSentenceChars = 90;   // a fragment sentence closes at the next line boundary past this
    qint64 pauseMs = 1500;       // a caption gap this long closes the sentence
};

class SentenceSplitter {
public:
    static QList<TranscriptSentence> split(const CaptionDocument& doc, const SentenceSplitterOptions& options = {});

    // ICU sentence segmentation of one punctuated string.
    static QStringList icuSentences(const QString& text);

    // Joins two speech fragments: nothing between them when the junction is
    // inside a word (per ICU word breaks) or CJK-to-CJK inside a word, else one space.
    static QString joinFragments(const QString& left, const QString& right);

    // Whether the junction between left and right falls inside a word.
    static bool junctionInsideWord(const QString& left, const QString& right);
};

}  // namespace digest
