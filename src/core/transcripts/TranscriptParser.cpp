#include "TranscriptParser.h"

#include "CaptionReader.h"
#include "CharsetDecoder.h"
#include "SentenceSplitter.h"
#include "Text.h"
#include "TranscriptMetadataReader.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QJsonArray>

namespace digest {
namespace {

bool endsWithCjkPunctuation(const QString& s)
{
    return !s.isEmpty() && QStringLiteral("。！？；，、：」”）").contains(s.back());
}

// Sentences back into running text: CJK after CJK full stop needs no space.
QString joinSentences(const QStringList& sentences)
{
    QString out;
    for (const QString& s : sentences) {
        if (!out.isEmpty() && !(endsWithCjkPunctuation(out) && text::isCjk(s.front().unicode())))
            out += QLatin1Char(' ');
        out += s;
    }
    return out;
}

struct Paragraphs {
    QStringList paragraphs;
};

// Groups a range of sentences into paragraphs: source paragraphs for prose,
// about 300 characters for caption fragments.
Paragraphs paragraphsOf(const QList<TranscriptSentence>& s, int from, int to, bool fragments)
{
    Paragraphs p;
    QStringList cur;
    qsizetype curChars = 0;
    for (int i = from; i < to; ++i) {
        const bool newPara = fragments ? curChars >= 300 || (s[i].paragraphStart && curChars > 0)
                                       : s[i].paragraphStart || s[i].breakBefore;
        if (newPara && !cur.isEmpty()) {
            p.paragraphs << joinSentences(cur);
            cur.clear();
            curChars = 0;
        }
        cur << s[i].text;
        curChars += s[i].text.size();
    }
    if (!cur.isEmpty())
        p.paragraphs << joinSentences(cur);
    return p;
}

QString htmlOf(const QStringList& paragraphs)
{
    QString html;
    for (const QString& p : paragraphs)
        html += QStringLiteral("<p>") + p.toHtmlEscaped() + QStringLiteral("</p>\n");
    return html;
}

}  // namespace

ParseResult TranscriptParser::parse(const QString& path, const QByteArray& bytes, const TranscriptOptions& options)
{
    return parse(path, CharsetDecoder::decode(bytes), options);
}

ParseResult TranscriptParser::parse(const QString& path, const DecodedText& decoded, const TranscriptOptions& options)
{
    if (!decoded.ok)
        return ParseResult::fail(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), decoded.error),
                                 decoded.errorLine);

    const CaptionDocument doc = CaptionReader::read(path, decoded.text);
    if (doc.blocks.isEmpty()) {
        const QString what = doc.format == CaptionFormat::Srt ? tr("no subtitle cues (expected \"00:00:01,000 --> …\" lines)")
                             : doc.format == CaptionFormat::WebVtt ? tr("no WebVTT cues")
                                                                   : tr("no text");
        return ParseResult::fail(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), what), 1);
    }
    SentenceSplitterOptions splitOptions;
    splitOptions.pauseMs = options.weights.pauseMs;
    const QList<TranscriptSentence> sentences = SentenceSplitter::split(doc, splitOptions);
    if (sentences.isEmpty())
        return ParseResult::fail(tr("%1: no sentences found").arg(QFileInfo(path).fileName()), 1);

    TranscriptSegmenterOptions segOptions;
    segOptions.knownNames = options.knownNames;
    segOptions.weights = options.weights;
    segOptions.fragments = doc.fragments();
    const TranscriptSegmentation seg = TranscriptSegmenter::segment(sentences, segOptions);

    ParsedIssue issue;
    issue.kind = QStringLiteral("transcript");
    issue.notes = decoded.notes;
    const bool fragments = doc.fragments();

    QStringList introTexts;
    for (int i = 0; i < seg.introEnd; ++i)
        introTexts << sentences[i].text;
    issue.intro = joinSentences(introTexts);
    QStringList outroTexts;
    for (int i = seg.outroBegin; i < sentences.size(); ++i)
        outroTexts << sentences[i].text;
    issue.outro = joinSentences(outroTexts);

    for (qsizetype k = 0; k < seg.itemStarts.size(); ++k) {
        const int from = seg.itemStarts[k];
        const int to = k + 1 < seg.itemStarts.size() ? seg.itemStarts[k + 1] : seg.outroBegin;
        if (from >= to)
            continue;
        ParsedItem item;
        const Paragraphs p = paragraphsOf(sentences, from, to, fragments);
        item.text = p.paragraphs.join(QStringLiteral("\n\n"));
        item.html = htmlOf(p.paragraphs);
        item.title = TranscriptSegmenter::leadClause(sentences[from].text);
        // A Markdown transcript that opens a story with a link names its source.
        if (!sentences[from].links.isEmpty())
            item.sourceUrl = sentences[from].links.first().url;
        // A short segue before the story's headline link ("It's now time for
        // sponsored news!" + "[Tuning Postgres won't fix…](…)"): the link is
        // the story's title and source.
        static const QRegularExpression segue(
            QStringLiteral(R"RX(\b(?:sponsor(?:ed|s)?|time for|a word from|up next|next up)\b|赞助|广告时间)RX"),
            QRegularExpression::CaseInsensitiveOption);
        if (const int next = from + 1; sentences[from].links.isEmpty() && sentences[from].text.size() < 80 && next < to
                                       && segue.match(sentences[from].text).hasMatch()
                                       && sentences[next].links.size() == 1
                                       && sentences[next].text.trimmed() == sentences[next].links.first().text.trimmed()) {
            item.title = TranscriptSegmenter::leadClause(sentences[next].text);
            item.sourceUrl = sentences[next].links.first().url;
        }
        if (!item.sourceUrl && item.title.isEmpty() && from + 1 < to && !sentences[from + 1].links.isEmpty())
            item.sourceUrl = sentences[from + 1].links.first().url;
        for (int i = from; i < to; ++i)
            item.links += sentences[i].links;
        item.startMs = sentences[from].startMs;
        item.line = sentences[from].line;
        issue.items << item;
    }

    // Metadata from the opening words, else the path.
    const QString base = QFileInfo(path).completeBaseName();
    QString opening = issue.intro;
    for (int i = seg.introEnd; i < std::min<int>(int(sentences.size()), seg.introEnd + 3); ++i)
        opening += QLatin1Char(' ') + sentences[i].text;
    const TranscriptMetadata meta = TranscriptMetadataReader::read(path, opening);
    issue.series = meta.series;
    issue.date = meta.date;
    issue.number = meta.number;
    const QString fallbackTitle = !doc.heading.isEmpty() && doc.heading != QFileInfo(path).fileName()
                                          && !doc.heading.endsWith(QLatin1String(".mp3"))
                                      ? doc.heading
                                      : base;
    issue.title = TranscriptMetadataReader::title(meta, fallbackTitle);
    const QString slugSource = (!meta.series.isEmpty() && (!meta.date.isEmpty() || meta.number > 0))
                                   ? QStringLiteral("%1 %2 %3").arg(meta.series, meta.date,
                                                                     meta.number ? QString::number(meta.number) : QString())
                                   : base;
    issue.slug = text::slugify(slugSource);
    if (issue.slug.isEmpty())
        issue.slug = text::slugify(base);
    if (issue.items.isEmpty())
        issue.notes << tr("no news items found in the transcript body");

    QJsonObject md;
    md.insert(QStringLiteral("encoding"), decoded.encoding);
    md.insert(QStringLiteral("encodingConfidence"), decoded.confidence);
    static const char* formats[] = {"srt", "webvtt", "markdown", "paragraphs", "caption-lines"};
    md.insert(QStringLiteral("format"), QString::fromLatin1(formats[int(doc.format)]));
    md.insert(QStringLiteral("sentences"), int(sentences.size()));
    md.insert(QStringLiteral("metadataSource"), meta.source);
    if (!doc.heading.isEmpty())
        md.insert(QStringLiteral("heading"), doc.heading);
    issue.metadata = md;
    return ParseResult::ok(std::move(issue));
}

}  // namespace digest
