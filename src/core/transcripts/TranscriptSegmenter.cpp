#include "TranscriptSegmenter.h"

#include "BreakIterators.h"
#include "Text.h"
#include "TranscriptLexicon.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace digest {
namespace {

bool isLatinLetter(QChar c) { return c.isLetter() && c.unicode() < 0x250; }

// A name found in the opening and where it starts and ends.
struct NameHit {
    QString name;
    qsizetype end = 0;
    qsizetype start() const { return end - name.size(); }
};

// Known names folded and trimmed once per transcript, not per sentence:
// folding the whole dictionary (a thousand names) was most of the segmenter's time.
QStringList foldedNames(const QStringList& knownNames)
{
    QStringList out;
    out.reserve(knownNames.size());
    for (const QString& known : knownNames) {
        const QString k = text::foldCase(known.trimmed());
        if (k.size() >= 2)
            out << k;
    }
    return out;
}

// foldedKnownNames: from foldedNames().
QList<NameHit> findNames(const QString& opening, const QStringList& foldedKnownNames)
{
    QList<NameHit> hits;
    auto add = [&](const QString& name, qsizetype end) {
        for (const NameHit& h : hits)
            if (text::foldCase(h.name) == text::foldCase(name))
                return;
        hits << NameHit{name, end};
    };
    // 1. Known names from the entity dictionary (any script, folded).
    const QString folded = text::foldCase(opening);
    for (const QString& k : foldedKnownNames) {
        for (qsizetype pos = folded.indexOf(k); pos >= 0; pos = folded.indexOf(k, pos + 1)) {
            // Latin names must stand as words ("AI" is not a name inside "OpenAI").
            const bool latin = isLatinLetter(k.front()) || isLatinLetter(k.back());
            const bool leftOk = pos == 0 || !isLatinLetter(folded[pos - 1]) || !latin;
            const qsizetype e = pos + k.size();
            const bool rightOk = e >= folded.size() || !isLatinLetter(folded[e]) || !latin;
            if (leftOk && rightOk && pos < opening.size()) {
                add(opening.mid(pos, k.size()), e);
                break;
            }
        }
    }
    // 2. Latin-script names: capitalised word runs ("Blackforest Labs", "SK Hynix"),
    //    camel case ("xAI", "iPhone"), words with digits ("Gen4.5" is a model, kept).
    static const QRegularExpression latin(QStringLiteral(
        R"RX((?<![A-Za-z0-9])((?:[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)(?:[\-.&](?=[A-Za-z0-9])[A-Za-z0-9]+)*(?:\s(?:[A-Z][A-Za-z0-9]*|AI|Labs))*))RX"));
    for (auto it = latin.globalMatch(opening); it.hasNext();) {
        const auto m = it.next();
        QString name = m.captured(1).trimmed();
        QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        while (!words.isEmpty() && lexicon::isCommonLatinWord(words.first()))
            words.removeFirst();
        if (words.isEmpty())
            continue;
        name = words.join(QLatin1Char(' '));
        if (name.size() < 2 || (name.size() <= 2 && name.toUpper() == name && name == QLatin1String("AI")))
            continue;
        add(name, m.capturedEnd(1));
    }
    // 3. CJK organisation names by their suffix ("花旗银行", "国防科技大学", "世界经济论坛").
    static const QRegularExpression org(QStringLiteral(
        R"RX((?:^|(?<=[^\p{Han}])|(?<=[的与和、]))(?![这那该本我他她其每各一此与和的或及])([\p{Han}]{2,10}?(?:银行|大学|学院|公司|集团|研究院|研究所|实验室|论坛|基金会|委员会|政府|法院|协会|交易所)))RX"));
    for (auto it = org.globalMatch(opening); it.hasNext();) {
        const auto m = it.next();
        add(m.captured(1), m.capturedEnd(1));
    }
    // 4. A short CJK subject right before an announcement verb at the start
    //    ("知补开源…", "据悉，阿里天文开源…").
    static const QRegularExpression subjectVerb = [] {
        QString verbs = lexicon::cjkNewsVerbs().join(QLatin1Char('|'));
        return QRegularExpression(
            QStringLiteral(R"RX(^(?:[^，,。]{1,6}[，,]\s*)?([\p{Han}]{2,6}?)(?:近日|今日|今天|正式|首次|再次|也|还|已经|已|刚刚|日前|本周|昨天|宣布)?(?:%1))RX")
                .arg(verbs));
    }();
    static const QRegularExpression notASubject(QStringLiteral(
        R"RX(^(?:这|那|该|我|你|他|她|它|们|模型|研究|团队|用户|大家|目前|未来|今天|同时|并|也|还|就|都|会|可以|如果|已经|正式|此次|这次|本次|最近|近日|之前|之后|然后|自|在|从|比|与|和|对|随着|通过|由|以|为|将|把|被|当|据|或|及))RX"));
    if (auto m = subjectVerb.match(opening); m.hasMatch() && !notASubject.match(m.captured(1)).hasMatch())
        add(m.captured(1), m.capturedEnd(1));
    return hits;
}

// Name followed by an announcement verb in the same clause, a few characters on.
bool announces(const QString& opening, const QList<NameHit>& names)
{
    for (const NameHit& h : names) {
        const QString rest = opening.mid(h.end, 20);
        const qsizetype clauseEnd = [&] {
            static const QRegularExpression stop(QStringLiteral("[，,。；;:：？！?!]"));
            const qsizetype p = rest.indexOf(stop);
            return p < 0 ? rest.size() : p;
        }();
        const QString clause = rest.left(clauseEnd);
        for (const QString& v : lexicon::cjkNewsVerbs()) {
            const qsizetype p = clause.indexOf(v);
            if (p >= 0 && p <= 16)
                return true;
        }
        const QString lower = clause.toLower();
        for (const QString& v : lexicon::latinNewsVerbs()) {
            if (lower.indexOf(v) >= 0)
                return true;
        }
    }
    return false;
}

bool isGloss(const QString& s)
{
    static const QRegularExpression gloss(QStringLiteral(R"RX(^[^，,。]{1,40}?[，,]\s*(?:就是|也就是|即|意思是|i\.e\.))RX"));
    return gloss.match(s).hasMatch();
}

using TermBag = QHash<QString, int>;

TermBag bagOf(const QList<TranscriptSentence>& s, qsizetype from, qsizetype to)
{
    TermBag bag;
    for (qsizetype i = from; i < to; ++i)
        for (const QString& t : TranscriptSegmenter::terms(s[i].text))
            ++bag[t];
    return bag;
}

double cosine(const TermBag& a, const TermBag& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    double dot = 0, na = 0, nb = 0;
    for (auto it = a.begin(); it != a.end(); ++it) {
        na += double(it.value()) * it.value();
        if (auto jt = b.find(it.key()); jt != b.end())
            dot += double(it.value()) * jt.value();
    }
    for (auto it = b.begin(); it != b.end(); ++it)
        nb += double(it.value()) * it.value();
    return dot / std::sqrt(na * nb);
}

}  // namespace

QString BoundaryEvidence::explain() const
{
    return QStringLiteral("total %1 = subjectVerb %2 + newSubject %3 + staleSubject %4 + transition %5 + "
                          "continuation %6 + gloss %7 + afterAnnouncement %13 + sample %8 + novelty %9 + depth %10 + pause %11 "
                          "+ numbered %14 [%12]")
        .arg(total, 0, 'f', 2)
        .arg(subjectVerb)
        .arg(newSubject)
        .arg(staleSubject)
        .arg(transition)
        .arg(continuation)
        .arg(gloss)
        .arg(sample)
        .arg(novelty, 0, 'f', 2)
        .arg(depth, 0, 'f', 2)
        .arg(pause)
        .arg(names.join(QLatin1String(", ")))
        .arg(afterAnnouncement)
        .arg(numbered);
}

QStringList TranscriptSegmenter::terms(const QString& input)
{
    QStringList out;
    const QString s = text::foldCase(input);
    static const QSet<QString> stopBigrams = {
        QStringLiteral("一个"), QStringLiteral("这个"), QStringLiteral("我们"), QStringLiteral("可以"),
        QStringLiteral("就是"), QStringLiteral("的是"), QStringLiteral("了一"), QStringLiteral("是一"),
        QStringLiteral("他们"), QStringLiteral("那个"), QStringLiteral("什么"), QStringLiteral("因为"),
        QStringLiteral("所以"), QStringLiteral("然后"), QStringLiteral("没有"), QStringLiteral("自己"),
    };
    static const QSet<QString> stopWords = {
        QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("for"), QStringLiteral("that"),
        QStringLiteral("this"), QStringLiteral("with"), QStringLiteral("you"), QStringLiteral("are"),
        QStringLiteral("was"), QStringLiteral("but"), QStringLiteral("not"), QStringLiteral("have"),
        QStringLiteral("has"), QStringLiteral("they"), QStringLiteral("from"), QStringLiteral("its"),
        QStringLiteral("it's"), QStringLiteral("what"), QStringLiteral("just"), QStringLiteral("about"),
        QStringLiteral("like"), QStringLiteral("can"), QStringLiteral("will"), QStringLiteral("all"),
        QStringLiteral("there"), QStringLiteral("their"), QStringLiteral("more"), QStringLiteral("one"),
        QStringLiteral("yeah"), QStringLiteral("know"), QStringLiteral("think"), QStringLiteral("out"),
    };
    QString word;
    auto flushWord = [&] {
        if (word.size() >= 2 && !stopWords.contains(word))
            out << word;
        word.clear();
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (text::isCjk(c.unicode())) {
            flushWord();
            if (i + 1 < s.size() && text::isCjk(s[i + 1].unicode())) {
                const QString bigram = s.mid(i, 2);
                if (!stopBigrams.contains(bigram))
                    out << bigram;
            }
        } else if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')) {
            if (!word.isEmpty() || c.isLetterOrNumber())
                word += c;
        } else {
            flushWord();
        }
    }
    flushWord();
    for (QString& t : out)
        while (t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char('-')))
            t.chop(1);
    return out;
}

QStringList TranscriptSegmenter::openingNames(const QString& sentence, const QStringList& knownNames, int openingChars)
{
    QStringList out;
    for (const NameHit& h : findNames(sentence.left(openingChars), foldedNames(knownNames)))
        out << h.name;
    return out;
}

QString TranscriptSegmenter::leadClause(const QString& sentence)
{
    const QString s = sentence.simplified();
    // Display width: a CJK character counts two, so the limit reads as
    // about 40 CJK or 80 Latin characters.
    constexpr qsizetype kMaxWidth = 80;
    auto charWidth = [](QChar c) { return text::isCjk(c.unicode()) ? 2 : 1; };
    auto width = [&](const QString& t) {
        qsizetype w = 0;
        for (QChar c : t)
            w += charWidth(c);
        return w;
    };
    // Clauses end at clause punctuation (kept with the clause) or, in
    // unpunctuated CJK captions, at the spaces between speech fragments.
    static const QRegularExpression clauseEnd(
        QStringLiteral(R"RX([，,；;：:、。！？!?](?=\s*\S)|(?<=[\p{Han}])\s+(?=[\p{Han}])|\s+[-–—]\s+)RX"));
    QStringList clauses;
    qsizetype last = 0;
    for (auto it = clauseEnd.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        clauses << s.mid(last, m.capturedEnd() - last);
        last = m.capturedEnd();
    }
    clauses << s.mid(last);
    // A short lead-in adverbial ("据悉，", "几天前，", "Ok,") is not the story.
    static const QRegularExpression leadIn(QStringLiteral(R"RX(^\S{1,4}[，,]\s*$)RX"));
    while (clauses.size() > 1 && leadIn.match(clauses.first()).hasMatch())
        clauses.removeFirst();
    // The lead clause, extended by the next ones only while it is too short
    // to say anything ("Earlier this month," → "…, the team at X released Y";
    // "Chris, I think that…" rather than "Chris"), however long the next one:
    // an overlong title is cut at a word below.
    constexpr qsizetype kMinWidth = 24;
    QString title;
    for (const QString& c : clauses) {
        if (!title.isEmpty() && width(title.trimmed()) >= kMinWidth)
            break;
        title += c;
    }
    title = title.trimmed();
    if (width(title) > kMaxWidth) {
        // One clause wider than the limit: cut at the last ICU word boundary that fits.
        qsizetype fit = 0, w = 0;
        while (fit < title.size() && w + charWidth(title[fit]) <= kMaxWidth)
            w += charWidth(title[fit++]);
        qsizetype cut = fit;
        if (const text::ThreadBreakIterator it(text::BreakKind::Word, title); it) {
            const int32_t b = it->isBoundary(int32_t(fit)) ? int32_t(fit) : it->preceding(int32_t(fit));
            if (b > fit / 2)
                cut = b;
        }
        title = title.left(cut);
    }
    // No trailing clause punctuation or spaces ("%", closing quotes and brackets stay).
    static const QRegularExpression trailing(QStringLiteral(R"RX([\s，,。.；;：:、！!？?…\-–—]+$)RX"));
    title.remove(trailing);
    return title.trimmed();
}

TranscriptSegmentation TranscriptSegmenter::segment(const QList<TranscriptSentence>& s,
                                                    const TranscriptSegmenterOptions& options)
{
    const SegmenterWeights& w = options.weights;
    TranscriptSegmentation seg;
    const int n = int(s.size());
    seg.evidence.resize(n);
    seg.outroBegin = n;
    if (n == 0)
        return seg;

    // ---- Intro: the greeting run, extended to a hand-over line ("let's get into the news").
    int intro = 0;
    while (intro < n && intro < 4 && lexicon::isGreeting(s[intro].text) && !lexicon::isSignOff(s[intro].text))
        ++intro;
    for (int i = intro; i < std::min(n, 10); ++i) {
        if (i > 0 && s[i].breakBefore)
            break;
        if (lexicon::isHandOver(s[i].text)) {
            intro = i + 1;
            break;
        }
    }
    // ---- Numbered stories. Bulletins number their stories on rows of their
    //      own ("1", "2"…), and often their list of headlines first: a run
    //      1, 2, 3… whose entries are short is that list, not stories.
    QList<qsizetype> offset(n + 1, 0);  // character offset of each sentence
    for (int i = 0; i < n; ++i)
        offset[i + 1] = offset[i] + s[i].text.size();
    QList<int> storyMarks;
    {
        QList<QList<int>> runs;
        int previous = 0;
        for (int i = 0; i < n; ++i) {
            if (s[i].storyNumber <= 0)
                continue;
            if (runs.isEmpty() || s[i].storyNumber != previous + 1)
                runs.append(QList<int>());
            runs.last() << i;
            previous = s[i].storyNumber;
        }
        for (const QList<int>& run : std::as_const(runs)) {
            QList<qsizetype> entries;  // every entry but the last, which runs on to what follows the run
            for (qsizetype k = 0; k + 1 < run.size(); ++k)
                entries << offset[run[k + 1]] - offset[run[k]];
            std::sort(entries.begin(), entries.end());
            const bool headlines = entries.size() >= 2 && entries[entries.size() / 2] < w.previewEntryChars;
            if (!headlines)
                storyMarks += run;
        }
    }
    // Numbered stories: what comes before the first is the intro (the
    // greeting, the headlines), and only numbers and announcements split.
    const bool numberedStories = storyMarks.size() >= 3;
    if (!numberedStories)
        storyMarks.clear();  // a stray number row or two says nothing
    QList<bool> isStoryMark(n, false);
    for (int i : std::as_const(storyMarks))
        isStoryMark[i] = true;
    if (numberedStories && storyMarks.first() > intro)
        intro = storyMarks.first();

    // ---- Outro: from the earliest sign-off among the last sentences.
    int outro = n;
    for (int i = n - 1; i >= std::max(intro + 1, n - 6); --i)
        if (lexicon::isSignOff(s[i].text))
            outro = i;
    // A last marked segment that opens with the sign-off ("**Break:** That's
    // the news for now, but subscribe…" and its links) is the outro whole.
    for (int i = n - 1; i > intro; --i) {
        if (!s[i].breakBefore)
            continue;
        if (lexicon::isSignOff(s[i].text) || (i + 1 < n && lexicon::isSignOff(s[i + 1].text)))
            outro = std::min(outro, i);
        break;
    }
    if (outro <= intro)
        outro = n;
    if (intro >= outro)
        intro = 0;
    seg.introEnd = intro;
    seg.outroBegin = outro;
    if (intro >= outro)
        return seg;

    // ---- Lexical similarity at every gap (TextTiling): windows of about
    //      depthWindowChars on each side, cosine of term counts.
    QList<double> sim(n + 1, 1.0);
    for (int g = intro + 1; g < outro; ++g) {
        int from = g, to = g;
        qsizetype chars = 0;
        while (from > intro && chars < w.depthWindowChars)
            chars += s[--from].text.size();
        chars = 0;
        while (to < outro && chars < w.depthWindowChars)
            chars += s[to++].text.size();
        sim[g] = cosine(bagOf(s, from, g), bagOf(s, g, to));
    }
    auto depthAt = [&](int g) {
        double left = sim[g], right = sim[g];
        for (int k = g - 1; k > intro && sim[k] >= left; --k)
            left = sim[k];
        for (int k = g + 1; k < outro && sim[k] >= right; ++k)
            right = sim[k];
        return std::min(1.0, (left - sim[g]) + (right - sim[g]));
    };

    // ---- Evidence per sentence.
    const bool explicitSegments = [&] {
        int breaks = 0;
        for (int i = intro + 1; i < outro; ++i)
            breaks += s[i].breakBefore;
        return breaks >= 2;
    }();
    int sampleLeft = 0;
    int tentativeStart = intro;
    const QStringList knownNames = foldedNames(options.knownNames);
    const double threshold = options.fragments ? w.fragmentThreshold : w.threshold;
    for (int i = intro; i < outro; ++i) {
        BoundaryEvidence& e = seg.evidence[i];
        const QString opening = s[i].text.left(w.openingChars);
        const QList<NameHit> hits = findNames(opening, knownNames);
        for (const NameHit& h : hits)
            e.names << h.name;
        // The recent window: the current (tentative) story so far, at least
        // the last recentSentences sentences, at most maxRecentSentences.
        QString recent;
        QSet<QString> recentTerms;
        const int recentFrom = std::max({0, i - w.maxRecentSentences, std::min(tentativeStart, i - w.recentSentences)});
        for (int k = recentFrom; k < i; ++k) {
            recent += text::foldCase(s[k].text);
            for (const QString& t : terms(s[k].text))
                recentTerms.insert(t);
        }
        // Only a name in subject position counts as a new subject: near the
        // start of the sentence (after a short lead-in such as "据悉，")…
        const qsizetype leadIn = [&] {
            static const QRegularExpression lead(QStringLiteral(R"RX(^[^，,。\s]{1,5}[，,]\s*)RX"));
            const auto m = lead.match(opening);
            return m.hasMatch() ? m.capturedLength() : qsizetype(0);
        }();
        bool anyNew = false;
        for (const NameHit& h : hits)
            anyNew = anyNew || (h.start() <= leadIn + w.subjectPositionChars && !recent.contains(text::foldCase(h.name)));
        const bool verb = announces(opening, hits);
        // …or anywhere in the opening when it announces something.
        for (const NameHit& h : hits)
            anyNew = anyNew || (verb && !recent.contains(text::foldCase(h.name)));
        if (verb)
            e.subjectVerb = w.subjectVerb;
        if (anyNew)
            e.newSubject = w.newSubject;
        else if (!hits.isEmpty() && !verb)
            e.staleSubject = w.staleSubject;
        if (lexicon::startsWithStrongTransition(s[i].text))
            e.transition = w.strongTransition;
        else if (lexicon::startsWithWeakTransition(s[i].text))
            e.transition = w.weakTransition;
        if (i > intro && lexicon::startsWithStrongTransition(s[i - 1].text) && e.transition < w.strongTransition)
            e.afterAnnouncement = w.afterAnnouncement;
        if (lexicon::startsWithContinuation(s[i].text))
            e.continuation = w.continuation;
        if (isGloss(s[i].text))
            e.gloss = w.gloss;
        // A quoted sample runs until the story's next named subject.
        if (sampleLeft > 0) {
            if (hits.isEmpty()) {
                e.sample = w.sample;
                --sampleLeft;
            } else {
                sampleLeft = 0;
            }
        }
        if (lexicon::introducesSample(s[i].text))
            sampleLeft = w.sampleSentences;
        const QStringList t = terms(s[i].text);
        if (!t.isEmpty()) {
            qsizetype fresh = 0;
            for (const QString& x : t)
                fresh += !recentTerms.contains(x);
            e.novelty = w.novelty * (2.0 * double(fresh) / double(t.size()) - 1.0);
        }
        if (i > intro)
            e.depth = w.depth * depthAt(i);
        if (isStoryMark[i])
            e.numbered = w.storyNumber;
        if (s[i].breakBefore)
            e.pause = w.breakMarker;
        else if (s[i].gapBeforeMs >= w.pauseMs)
            e.pause = w.pause;
        else if (s[i].paragraphStart)
            e.pause = w.paragraph;
        e.total = e.subjectVerb + e.newSubject + e.staleSubject + e.transition + e.continuation + e.gloss
                  + e.afterAnnouncement + e.sample + e.novelty + e.depth + e.pause + e.numbered;
        if (e.total >= threshold)
            tentativeStart = i;
    }

    // ---- Choose boundaries: strongest first, none closer than the minimum
    //      item length to another boundary or to the body's ends.
    const qsizetype bodyChars = offset[outro] - offset[intro];
    const bool dense = bodyChars < w.denseDocumentChars;
    const qsizetype minItem = options.fragments ? w.minFragmentItemChars : w.minItemChars;
    const qsizetype minChars = dense ? minItem : std::max<qsizetype>(minItem, w.charsPerItemFloor / 2);
    const qsizetype maxItems = dense ? n : std::max<qsizetype>(1, bodyChars / w.charsPerItemFloor);

    // A story the source announces (**Break:**, its number, "第二条新闻",
    // "导语:", "Next up") is a candidate whatever else speaks against it (an
    // announced subject the intro already named looks stale), and is kept
    // however short; inferred boundaries keep the minimum item length.
    auto announced = [&](int i) {
        return s[i].breakBefore || seg.evidence[i].numbered > 0 || seg.evidence[i].transition >= w.strongTransition;
    };
    QList<int> candidates;
    for (int i = intro + 1; i < outro; ++i) {
        // Marked breaks, or numbers, are the source's whole segmentation.
        if (explicitSegments ? s[i].breakBefore
            : numberedStories ? announced(i)
                              : seg.evidence[i].total >= threshold || announced(i))
            candidates << i;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](int a, int b) { return seg.evidence[a].total > seg.evidence[b].total; });
    QList<int> chosen;
    for (int c : candidates) {
        if (qsizetype(chosen.size()) + 1 >= maxItems)
            break;
        bool ok = offset[c] - offset[intro] >= minChars && offset[outro] - offset[c] >= minChars;
        for (int b : chosen)
            ok = ok && std::llabs(offset[c] - offset[b]) >= minChars;
        if (ok || explicitSegments || announced(c))
            chosen << c;
    }
    std::sort(chosen.begin(), chosen.end());
    seg.itemStarts << intro;
    seg.itemStarts += chosen;
    return seg;
}

}  // namespace digest
