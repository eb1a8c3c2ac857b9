#pragma once
// Sentences -> intro, items, outro. A new item starts where the subject
// changes to a new story. Every sentence gets a boundary score that adds up
// the evidence a listener uses (see SegmenterWeights and docs/transcripts.md):
// a named subject opening the sentence (new to the recent context, or
// followed by an announcement verb), transition phrases, pauses, and the
// lexical change between neighbouring windows (CJK character bigrams + Latin
// words; TextTiling-style depth). Continuation openers, glosses ("X，就是…")
// and quoted samples count against a boundary.

#include "SentenceSplitter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace digest {

// Every tunable number of the segmenter, with its default. Scores are in
// "votes": a boundary needs `threshold` of them.
struct SegmenterWeights {
    double subjectVerb = 2.0;       // named subject + announcement verb in the first clause ("谷歌开源…", "Runway为…推出")
    double newSubject = 1.5;        // a name in the opening not seen in the recent window
    double staleSubject = -1.0;     // the opening's names were all in the recent window (and no announcement verb)
    double strongTransition = 3.5;  // "接下来…", "第三条新闻", "Next up": the source announces a story
    double afterAnnouncement = -2.0; // the sentence right after such an announcement belongs to the announced story
    double weakTransition = 0.75;   // "另外", "此外", "Also": used inside stories too
    double continuation = -2.5;     // "而", "那", "然而", "It", "This"…
    double gloss = -2.5;            // "X，就是…", "也就是": explains the previous sentence
    double sample = -3.0;           // sentences of a quoted sample after "来一起听一下效果"
    int sampleSentences = 3;        // how many sentences a sample may run (ends at the first named subject)
    double novelty = 1.0;           // × (2·novelty − 1): share of the sentence's terms absent from the recent window
    double depth = 1.5;             // × TextTiling depth of the similarity valley at this gap (0..~1)
    double breakMarker = 3.0;       // **Break:** in a Markdown transcript
    double storyNumber = 3.5;       // "3" on a row of its own before the story's first row
    int previewEntryChars = 60;     // numbered entries this short (median) are a list of headlines, not stories
    double pause = 1.0;             // caption gap ≥ pauseMs
    qint64 pauseMs = 2000;
    double paragraph = 0.5;         // blank line / new paragraph in prose
    double threshold = 2.0;         // votes needed for a boundary
    double fragmentThreshold = 3.0; // the same for caption rows/cues, whose short "sentences" all look novel
    int openingChars = 32;          // how much of a sentence counts as its opening
    int recentSentences = 3;        // the "recent window" for newness and novelty: the current story so far,
    int maxRecentSentences = 8;     //   but at least recentSentences and at most maxRecentSentences sentences
    int depthWindowChars = 160;     // text on each side of a gap for the lexical similarity
    int subjectPositionChars = 8;   // a name counts as the subject when it starts this close to the sentence start
    int minItemChars = 24;          // no item shorter than this (the weaker boundary gives way)
    int minFragmentItemChars = 200; // the same for caption rows/cues: a spoken story runs ≥ ~40 s
    // Long conversations: at most one item per this many characters of body
    // (the strongest boundaries win). Keeps an hour of talk to topic-sized items.
    int charsPerItemFloor = 600;
    int denseDocumentChars = 8000;  // bodies shorter than this are treated as bulletins (no per-item floor)
};

struct BoundaryEvidence {
    double subjectVerb = 0, newSubject = 0, staleSubject = 0, transition = 0, continuation = 0, gloss = 0,
           afterAnnouncement = 0, sample = 0, novelty = 0, depth = 0, pause = 0, numbered = 0;
    double total = 0;
    QStringList names;  // names found in the opening
    QString explain() const;
};

struct TranscriptSegmentation {
    int introEnd = 0;      // sentences [0, introEnd) are the intro
    int outroBegin = 0;    // sentences [outroBegin, n) are the outro
    QList<int> itemStarts; // ascending, within [introEnd, outroBegin)
    QList<BoundaryEvidence> evidence;  // one per sentence (index 0 unused)
};

struct TranscriptSegmenterOptions {
    QStringList knownNames;
    bool fragments = false;  // sentences were joined from caption rows/cues (see CaptionDocument::fragments)
    SegmenterWeights weights;
};

class TranscriptSegmenter {
public:
    static TranscriptSegmentation segment(const QList<TranscriptSentence>& sentences,
                                          const TranscriptSegmenterOptions& options = {});

    // Names in a sentence's opening: known names, Latin-script capitalised
    // names ("Runway", "Blackforest Labs", "xAI"), CJK organisation names
    // ("花旗银行", "国防科技大学", "世界经济论坛") and CJK subjects directly
    // before an announcement verb ("知补开源" → 知补).
    static QStringList openingNames(const QString& sentence, const QStringList& knownNames, int openingChars);

    // Features for lexical overlap: CJK character bigrams and folded Latin words.
    static QStringList terms(const QString& text);

    // A readable title: the lead clause of the sentence, cut at a clause
    // boundary to ≤ 40 CJK / 80 Latin characters, no trailing punctuation.
    static QString leadClause(const QString& sentence);
};

}  // namespace digest
