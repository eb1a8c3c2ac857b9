#include "DocumentClassifier.h"

#include "CaptionReader.h"
#include "MarkdownTree.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <cstring>
#include <memory>

namespace digest {
namespace {

constexpr qsizetype kHeadChars = 65536;     // how much of the text is looked at
constexpr qsizetype kCueProbeChars = 4000;  // cue lines are looked for near the start only
constexpr qsizetype kOpeningChars = 2048;   // Markdown structure is looked for here first

bool hasCaptionExtension(const QString& path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    return ext == QLatin1String("srt") || ext == QLatin1String("vtt");
}

// start: the trimmed opening of the text.
bool opensWithFrontMatter(QStringView start)
{
    return start.startsWith(QLatin1String("---\n")) || start.startsWith(QLatin1String("+++\n"))
           || start.startsWith(QLatin1String("+++ ")) || start == QLatin1String("---")
           || start.startsWith(QLatin1String("+++\r"));
}

// Two SRT/WebVTT cue time lines near the start. Only a line with "-->" can
// be one, so only those are matched.
bool hasCueLines(const QString& head)
{
    const QString probe = head.left(kCueProbeChars);
    int cues = 0;
    for (qsizetype arrow = probe.indexOf(QLatin1String("-->")); arrow >= 0;) {
        const qsizetype lineStart = probe.lastIndexOf(QLatin1Char('\n'), arrow) + 1;
        qsizetype lineEnd = probe.indexOf(QLatin1Char('\n'), arrow);
        if (lineEnd < 0)
            lineEnd = probe.size();
        if (CaptionReader::cueTimeLine().match(probe.mid(lineStart, lineEnd - lineStart)).hasMatch() && ++cues >= 2)
            return true;
        arrow = probe.indexOf(QLatin1String("-->"), lineEnd);
    }
    return false;
}

// "**Jerod Santo:**" speaker labels: one alone on its line, or two opening lines of speech.
bool hasSpeakerLabels(const QString& head)
{
    if (CaptionReader::speakerLabelLine().match(head).hasMatch())
        return true;
    int labels = 0;
    for (auto it = CaptionReader::inlineSpeakerLabel().globalMatch(head); it.hasNext(); it.next()) {
        if (++labels >= 2)
            return true;
    }
    return false;
}

// A heading naming a media file ("# ep51.mp3") heads a transcript, not a post.
bool namesMediaFile(const QString& heading)
{
    static const QRegularExpression mediaName(QStringLiteral(R"RX(\.(mp3|mp4|m4a|wav|webm|ogg)\s*$)RX"),
                                              QRegularExpression::CaseInsensitiveOption);
    return mediaName.match(heading).hasMatch();
}

// A text node that opens a line of a paragraph or heading with a bare URL.
bool opensLineWithUrl(cmark_node* text)
{
    const int parent = cmark_node_get_type(cmark_node_parent(text));
    if (parent != CMARK_NODE_PARAGRAPH && parent != CMARK_NODE_HEADING)
        return false;
    if (cmark_node* before = cmark_node_previous(text)) {
        const int type = cmark_node_get_type(before);
        if (type != CMARK_NODE_SOFTBREAK && type != CMARK_NODE_LINEBREAK)
            return false;
    }
    const char* literal = cmark_node_get_literal(text);
    return literal && (std::strncmp(literal, "http://", 7) == 0 || std::strncmp(literal, "https://", 8) == 0);
}

// A post's Markdown structure in text, as CommonMark reads it: an ATX
// heading ("## News", not one naming a media file), or two links (inline,
// reference, autolink, image, or a bare URL opening a line). Code blocks and
// raw HTML hold none. Setext underlines do not make headings here: a "---"
// rule under a line of speech is common in plain-text transcripts.
bool hasPostStructure(const QString& text)
{
    const transcripts::CmarkTree root = transcripts::parseCommonMark(text);
    if (!root)
        return false;
    std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> it(cmark_iter_new(root.get()), cmark_iter_free);
    int links = 0;
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node* n = cmark_iter_get_node(it.get());
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_HEADING: {
            // An ATX heading is one line; a setext one ends on its underline.
            if (cmark_node_get_start_line(n) != cmark_node_get_end_line(n))
                break;
            QString heading;
            QList<LinkRef> ignored;
            transcripts::collectInline(n, &heading, &ignored);
            if (!namesMediaFile(heading))
                return true;
            break;
        }
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            ++links;
            break;
        case CMARK_NODE_TEXT:
            links += opensLineWithUrl(n);
            break;
        default:
            break;
        }
        if (links >= 2)
            return true;
    }
    return false;
}

// hasPostStructure of the head, parsing as little of it as it can.
bool headHasPostStructure(const QString& head)
{
    // Without these characters there is nothing to find (most caption text).
    if (!head.contains(QLatin1Char('#')) && !head.contains(QLatin1Char('[')) && !head.contains(QLatin1Char('<'))
        && !head.contains(QLatin1String("http")))
        return false;
    // A post shows its structure in its opening paragraphs (a title heading,
    // the first links), so those are parsed first. They end at a blank line:
    // no paragraph is cut in two, and what they hold the rest cannot undo.
    if (head.size() > 2 * kOpeningChars) {
        const qsizetype openingEnd = head.lastIndexOf(QLatin1String("\n\n"), kOpeningChars);
        if (openingEnd > 0 && hasPostStructure(head.left(openingEnd)))
            return true;
    }
    return hasPostStructure(head);
}

}  // namespace

DocumentKind classifyDocument(const QString& path, const DecodedText& decoded)
{
    if (hasCaptionExtension(path))
        return DocumentKind::Transcript;
    if (!decoded.ok)
        return DocumentKind::Post;  // the post parser reports the error
    // Line ends as "\n" in the head. Every "\r\n" in it comes from the first
    // 2 × kHeadChars characters, so only those are copied, not a whole large file.
    QString head = decoded.text.left(2 * kHeadChars);
    head.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    head.truncate(kHeadChars);
    const QStringView start = QStringView(head).trimmed().left(200);
    if (start.startsWith(QLatin1String("WEBVTT")))
        return DocumentKind::Transcript;
    if (opensWithFrontMatter(start))
        return DocumentKind::Post;
    if (hasCueLines(head) || hasSpeakerLabels(head))
        return DocumentKind::Transcript;
    if (headHasPostStructure(head))
        return DocumentKind::Post;
    // No structure: caption rows or prose paragraphs of speech.
    return DocumentKind::Transcript;
}

DocumentKind classifyDocument(const QString& path, const QByteArray& bytes)
{
    if (hasCaptionExtension(path))
        return DocumentKind::Transcript;  // without decoding
    return classifyDocument(path, CharsetDecoder::decode(bytes));
}

}  // namespace digest
