#include "SentenceSplitter.h"

#include "BreakIterators.h"
#include "Text.h"
#include "TranscriptLexicon.h"

#include <QRegularExpression>

namespace digest {

using text::BreakKind;
using text::ThreadBreakIterator;

namespace {

bool endsSentence(const QString& s)
{
    static const QString terminal = QStringLiteral("。！？!?…；;");
    QString t = s.trimmed();
    while (!t.isEmpty() && QStringLiteral("」”\"’'）)】").contains(t.back()))
        t.chop(1);
    if (t.isEmpty())
        return false;
    if (terminal.contains(t.back()))
        return true;
    // A Latin full stop, not a decimal point or an abbreviation-like "U.S".
    return t.back() == QLatin1Char('.') && t.size() > 1 && !t[t.size() - 2].isDigit();
}

// One piece of speech with where it came from.
struct Fragment {
    QString text;
    int line = 0;
    qint64 startMs = -1;
    qint64 gapMs = -1;
    bool paragraphStart = false;
    bool breakBefore = false;
    int storyNumber = 0;
    QString speaker;
    const QList<LinkRef>* links = nullptr;
};

class FragmentJoiner {
public:
    FragmentJoiner(const SentenceSplitterOptions& o, QList<TranscriptSentence>* out) : m_opt(o), m_out(out) {}

    void add(const Fragment& f)
    {
        // A fragment with punctuation inside ("…开一期呢？因为昨天…") is split
        // by ICU first; each closed piece ends the sentence.
        const QStringList pieces = SentenceSplitter::icuSentences(f.text);
        for (qsizetype p = 0; p < pieces.size(); ++p) {
            Fragment piece = f;
            piece.text = pieces[p].trimmed();
            if (piece.text.isEmpty())
                continue;
            if (p > 0) {
                piece.paragraphStart = piece.breakBefore = false;
                piece.storyNumber = 0;
                piece.gapMs = -1;
                piece.links = nullptr;
            }
            addPiece(piece);
        }
    }

    void flush()
    {
        m_headlineStub = false;
        if (!m_cur.text.trimmed().isEmpty()) {
            m_cur.text = m_cur.text.trimmed();
            m_out->append(m_cur);
        }
        m_cur = TranscriptSentence();
    }

private:
    void addPiece(const Fragment& f)
    {
        if (!m_cur.text.isEmpty()) {
            const qsizetype len = m_cur.text.size();
            const bool pause = f.breakBefore || f.storyNumber > 0 || (f.paragraphStart && m_paragraphsMatter)
                               || (f.gapMs >= 0 && f.gapMs >= m_opt.pauseMs) || f.speaker != m_cur.speaker;
            const bool wordBoundary = !SentenceSplitter::junctionInsideWord(m_cur.text, f.text);
            // A greeting row ("大家好，这里是最佳拍档") is a sentence of its own,
            // however short, so the first story does not start inside the intro.
            const bool greeting = lexicon::isGreeting(m_cur.text) && !lexicon::isGreeting(f.text);
            const bool close = pause || greeting || lexicon::startsWithStrongTransition(f.text)
                               || (len >= m_opt.minSentenceChars && wordBoundary) || len >= m_opt.maxSentenceChars;
            if (close)
                flush();
        }
        if (m_cur.text.isEmpty()) {
            m_cur.line = f.line;
            m_cur.startMs = f.startMs;
            m_cur.gapBeforeMs = f.gapMs;
            m_cur.paragraphStart = f.paragraphStart;
            m_cur.breakBefore = f.breakBefore;
            m_cur.storyNumber = f.storyNumber;
            m_cur.speaker = f.speaker;
            m_cur.text = f.text;
        } else {
            m_cur.text = SentenceSplitter::joinFragments(m_cur.text, f.text);
            m_cur.breakBefore = m_cur.breakBefore || f.breakBefore;
        }
        if (f.links)
            m_cur.links += *f.links;
        // The row after a story's number is its headline: a sentence of its
        // own, with the next row when it is a stub ("LLMs" + "txt生成器v2发布").
        const bool headlineDone = f.storyNumber > 0 ? f.text.size() >= kMinHeadlineChars : m_headlineStub;
        m_headlineStub = f.storyNumber > 0 && !headlineDone;
        if (endsSentence(f.text) || headlineDone)
            flush();
    }

    static constexpr qsizetype kMinHeadlineChars = 6;
    bool m_headlineStub = false;  // the sentence so far is a story's number row too short to be its headline
    const SentenceSplitterOptions& m_opt;
    QList<TranscriptSentence>* m_out;
    TranscriptSentence m_cur;

public:
    bool m_paragraphsMatter = true;
};

// Prose joins hard-wrapped lines: CJK to CJK without a space.
QString joinProseLines(const QString& block)
{
    const QStringList lines = block.split(QLatin1Char('\n'));
    QString out;
    for (const QString& raw : lines) {
        const QString l = raw.trimmed();
        if (l.isEmpty())
            continue;
        if (!out.isEmpty() && !(text::isCjk(out.back().unicode()) && text::isCjk(l.front().unicode())))
            out += QLatin1Char(' ');
        out += l;
    }
    return out;
}

// A long unpunctuated run of space-joined ASR segments ("各位朋友大家好 欢迎来到…"):
// the spaces between CJK characters are where the recogniser paused.
QStringList asrSegments(const QString& sentence)
{
    static const QRegularExpression gap(QStringLiteral(R"RX((?<=[\p{Han}])\s+|\s+(?=[\p{Han}]))RX"));
    return sentence.split(gap, Qt::SkipEmptyParts);
}

}  // namespace

QStringList SentenceSplitter::icuSentences(const QString& text)
{
    QStringList out;
    if (text.isEmpty())
        return out;
    const ThreadBreakIterator it(BreakKind::Sentence, text);
    if (!it) {
        out << text;
        return out;
    }
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        const QString s = text.mid(start, end - start).trimmed();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

bool SentenceSplitter::junctionInsideWord(const QString& left, const QString& right)
{
    const QString l = left.trimmed(), r = right.trimmed();
    if (l.isEmpty() || r.isEmpty())
        return false;
    // Caption rows split Latin text at spaces; only CJK rows split inside words.
    if (!text::isCjk(l.back().unicode()) || !text::isCjk(r.front().unicode()))
        return false;
    const QString tail = l.right(6), head = r.left(6);
    qsizetype cut = tail.size();
    // Keep only the trailing/leading CJK runs around the junction.
    qsizetype from = tail.size();
    while (from > 0 && text::isCjk(tail[from - 1].unicode()))
        --from;
    qsizetype to = 0;
    while (to < head.size() && text::isCjk(head[to].unicode()))
        ++to;
    const QString probe = tail.mid(from) + head.left(to);
    cut -= from;
    const ThreadBreakIterator it(BreakKind::Word, probe);
    if (!it)
        return false;
    if (!it->isBoundary(int32_t(cut)))
        return true;
    // The row ends in a one-character "word" that cannot stand alone: a
    // syllable cut off its word ("去整理资|材料"). Particles, fillers and
    // pronouns do stand alone at the end of a caption row.
    static const QString standalone = QStringLiteral("啊呢了的吗吧呀哦嘛啦么呃嗯哈哎唉噢喔诶欸哇是我你他她它们这那也都就还在和与或及好对说看去来有不很太多个种些一二三");
    // Only after a dictionary word of two or more characters ("整理|资"), so
    // names cut into single characters ("大|飞") are not glued to the next row.
    const int32_t lastWordStart = it->preceding(int32_t(cut));
    if (cut - lastWordStart != 1 || lastWordStart <= 0 || standalone.contains(probe[cut - 1]))
        return false;
    const int32_t previousWordStart = it->preceding(lastWordStart);
    return previousWordStart != icu::BreakIterator::DONE && lastWordStart - previousWordStart >= 2;
}

QString SentenceSplitter::joinFragments(const QString& left, const QString& right)
{
    const QString l = left.trimmed(), r = right.trimmed();
    if (l.isEmpty())
        return r;
    if (r.isEmpty())
        return l;
    if (junctionInsideWord(l, r))
        return l + r;
    return l + QLatin1Char(' ') + r;
}

QList<TranscriptSentence> SentenceSplitter::split(const CaptionDocument& doc, const SentenceSplitterOptions& options)
{
    QList<TranscriptSentence> out;
    FragmentJoiner joiner(options, &out);
    if (doc.fragments()) {
        // Caption rows and cues: every block line is a fragment.
        joiner.m_paragraphsMatter = doc.format == CaptionFormat::CaptionLines;
        qint64 lastEnd = -1;
        for (const CaptionBlock& b : doc.blocks) {
            const QStringList rows = b.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (qsizetype r = 0; r < rows.size(); ++r) {
                Fragment f;
                f.text = rows[r].trimmed();
                f.line = b.line + int(r);
                f.speaker = b.speaker;
                if (r == 0) {
                    f.startMs = b.startMs;
                    f.gapMs = (b.startMs >= 0 && lastEnd >= 0) ? b.startMs - lastEnd : -1;
                    f.paragraphStart = b.paragraphStart;
                    f.breakBefore = b.breakBefore;
                    f.storyNumber = b.storyNumber;
                    f.links = &b.links;
                }
                joiner.add(f);
            }
            if (b.endMs >= 0)
                lastEnd = b.endMs;
        }
        joiner.flush();
        return out;
    }
    // Prose: ICU sentences per paragraph; over-long unpunctuated runs are
    // treated as space-separated speech fragments.
    for (const CaptionBlock& b : doc.blocks) {
        const QString para = joinProseLines(b.text);
        const QStringList sentences = icuSentences(para);
        bool first = true;
        for (const QString& s : sentences) {
            const QStringList segments = s.size() > options.maxSentenceChars * 2 ? asrSegments(s) : QStringList{s};
            for (const QString& seg : segments) {
                Fragment f;
                f.text = seg;
                f.line = b.line;
                f.speaker = b.speaker;
                if (first) {
                    f.paragraphStart = b.paragraphStart;
                    f.breakBefore = b.breakBefore;
                    f.links = &b.links;
                }
                // Within prose, a punctuated sentence is complete on its own.
                if (segments.size() == 1) {
                    joiner.flush();
                    joiner.add(f);
                    joiner.flush();
                } else {
                    if (first)
                        joiner.flush();
                    joiner.add(f);
                }
                first = false;
            }
        }
        joiner.flush();
    }
    return out;
}

}  // namespace digest
