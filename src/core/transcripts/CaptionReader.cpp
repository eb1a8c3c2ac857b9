#include "CaptionReader.h"

#include "MarkdownTree.h"

#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace digest {

using transcripts::collectInline;

namespace {

// A Markdown speaker label, "**Jerod Santo:**" (full-width colon too).
QString speakerLabelPattern() { return QStringLiteral(R"RX(\*\*[^*\n]{1,60}[:：]\*\*)RX"); }

// Caption markup: <i>, <b>, <font …>, WebVTT <c.class>, <v Speaker>, <00:01.000>.
QString stripCueMarkup(QString s, QString* speaker = nullptr)
{
    static const QRegularExpression voice(QStringLiteral(R"RX(<v(?:\.[^ >]*)?\s+([^>]+)>)RX"));
    if (auto m = voice.match(s); m.hasMatch() && speaker)
        *speaker = m.captured(1).trimmed();
    static const QRegularExpression tag(QStringLiteral(R"RX(</?[A-Za-z0-9.:_ =\-"#']*>|<\d[\d:.]*>)RX"));
    s.remove(tag);
    // Character references in cue text ("[&#8230;]", "&amp;").
    static const QRegularExpression entity(QStringLiteral(R"RX(&(#\d+|#[xX][0-9A-Fa-f]+|amp|lt|gt|quot|apos|nbsp);)RX"));
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const QString e = m.captured(1);
        char32_t c = 0;
        if (e.startsWith(QLatin1String("#x")) || e.startsWith(QLatin1String("#X")))
            c = e.mid(2).toUInt(nullptr, 16);
        else if (e.startsWith(QLatin1Char('#')))
            c = e.mid(1).toUInt();
        else if (e == QLatin1String("amp"))
            c = '&';
        else if (e == QLatin1String("lt"))
            c = '<';
        else if (e == QLatin1String("gt"))
            c = '>';
        else if (e == QLatin1String("quot"))
            c = '"';
        else if (e == QLatin1String("apos"))
            c = '\'';
        else
            c = 0xA0;
        out += c ? QString::fromUcs4(&c, 1) : m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out.trimmed();
}

CaptionDocument readCues(const QStringList& lines, bool vtt)
{
    CaptionDocument doc;
    doc.format = vtt ? CaptionFormat::WebVtt : CaptionFormat::Srt;
    qsizetype i = 0;
    if (vtt) {  // skip the WEBVTT header block
        while (i < lines.size() && !lines[i].trimmed().isEmpty())
            ++i;
    }
    while (i < lines.size()) {
        const QString l = lines[i].trimmed();
        if (l.isEmpty()) {
            ++i;
            continue;
        }
        if (vtt && (l.startsWith(QLatin1String("NOTE")) || l == QLatin1String("STYLE")
                    || l.startsWith(QLatin1String("REGION")))) {
            while (i < lines.size() && !lines[i].trimmed().isEmpty())
                ++i;
            continue;
        }
        const auto m = CaptionReader::cueTimeLine().match(l);
        if (!m.hasMatch()) {
            ++i;  // cue index or identifier
            continue;
        }
        CaptionBlock cue;
        cue.startMs = CaptionReader::parseTimestamp(m.captured(1));
        cue.endMs = CaptionReader::parseTimestamp(m.captured(2));
        ++i;
        cue.line = int(i) + 1;
        QStringList text;
        static const QRegularExpression cueNumber(QStringLiteral("^\\s*\\d+\\s*$"));
        while (i < lines.size() && !lines[i].trimmed().isEmpty()) {
            // A following cue without a blank line between (malformed files),
            // with or without its number first.
            if (CaptionReader::cueTimeLine().match(lines[i]).hasMatch())
                break;
            if (i + 1 < lines.size() && cueNumber.match(lines[i]).hasMatch()
                && CaptionReader::cueTimeLine().match(lines[i + 1]).hasMatch())
                break;
            text << stripCueMarkup(lines[i], &cue.speaker);
            ++i;
        }
        cue.text = text.join(QLatin1Char('\n')).trimmed();
        if (!cue.text.isEmpty())
            doc.blocks << cue;
    }
    return doc;
}

// ---- Markdown transcripts through cmark-gfm ---------------------------------

bool startsWithColon(const QString& s)
{
    return s.startsWith(QLatin1Char(':')) || s.startsWith(QChar(0xFF1A));
}

// "**Jerod Santo:**" (or "**Jerod Santo**:") opening a paragraph → "Jerod
// Santo"; *alone says whether the label is the whole paragraph (else speech
// follows it on the same line). A colon outside the bold is removed from the
// paragraph with the label.
QString speakerLabel(cmark_node* paragraph, bool* alone)
{
    cmark_node* first = cmark_node_first_child(paragraph);
    if (!first || cmark_node_get_type(first) != CMARK_NODE_STRONG)
        return {};
    QString label;
    QList<LinkRef> ignored;
    collectInline(first, &label, &ignored);
    label = label.trimmed();
    cmark_node* after = cmark_node_next(first);
    const QString afterText = after && cmark_node_get_type(after) == CMARK_NODE_TEXT
                                  ? QString::fromUtf8(cmark_node_get_literal(after))
                                  : QString();
    if (label.endsWith(QLatin1Char(':')) || label.endsWith(QChar(0xFF1A))) {
        label.chop(1);
        label = label.trimmed();
        if (label.size() > 60)
            return {};
    } else if (startsWithColon(afterText)) {
        // Outside the bold only a name or Break: "**Note**: …" is text.
        static const QStringList notSpeakers = {QStringLiteral("note"), QStringLiteral("notes"), QStringLiteral("update"),
                                                QStringLiteral("edit"), QStringLiteral("source"), QStringLiteral("sources"),
                                                QStringLiteral("link"), QStringLiteral("links"), QStringLiteral("tl;dr"),
                                                QStringLiteral("ps"), QStringLiteral("warning"), QStringLiteral("disclaimer")};
        if (label.size() > 40 || notSpeakers.contains(label.toLower()))
            return {};
        cmark_node_set_literal(after, afterText.mid(1).toUtf8().constData());
    } else {
        return {};
    }
    *alone = true;
    for (cmark_node* c = cmark_node_next(first); c; c = cmark_node_next(c)) {
        if (cmark_node_get_type(c) != CMARK_NODE_TEXT
            || !QString::fromUtf8(cmark_node_get_literal(c)).trimmed().isEmpty())
            *alone = false;
    }
    return label.trimmed();
}

struct MarkdownState {
    CaptionDocument doc;
    QString speaker;
    bool pendingParagraph = true;
    bool pendingBreak = false;
};

void walkBlocks(cmark_node* parent, MarkdownState& st)
{
    // Escaped timestamps "\\[01:06\\]" and stage directions "\\[laughs\\]" are not speech.
    static const QRegularExpression stamp(QStringLiteral(
        R"RX(\[(?:\d{1,2}:\d{2}(?::\d{2})?|laughs?|laughter|inaudible|crosstalk|music|applause)\]\s*)RX"),
        QRegularExpression::CaseInsensitiveOption);
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
        const auto type = cmark_node_get_type(n);
        if (type == CMARK_NODE_HEADING) {
            QString h;
            QList<LinkRef> links;
            collectInline(n, &h, &links);
            if (st.doc.heading.isEmpty())
                st.doc.heading = h.simplified();
            st.pendingParagraph = true;
            continue;
        }
        if (type == CMARK_NODE_PARAGRAPH) {
            bool alone = true;
            const QString label = speakerLabel(n, &alone);
            const bool isBreak = label.compare(QLatin1String("Break"), Qt::CaseInsensitive) == 0;
            if (isBreak && !alone) {
                // "**Break**: \[13:56\]": the time stamp after the label says nothing.
                QString rest;
                QList<LinkRef> ignored;
                collectInline(n, &rest, &ignored);
                rest.remove(stamp);
                alone = rest.trimmed() == label || rest.trimmed() == label + QLatin1Char(':');
            }
            if (!label.isEmpty() && !alone) {
                // Inline label: the speech follows in the same paragraph.
                st.speaker = label;
                cmark_node_free(cmark_node_first_child(n));
            } else if (!label.isEmpty()) {
                if (label.compare(QLatin1String("Break"), Qt::CaseInsensitive) == 0)
                    st.pendingBreak = true;
                else if (label != st.speaker)
                    st.speaker = label;
                st.pendingParagraph = true;
                continue;
            }
            CaptionBlock b;
            collectInline(n, &b.text, &b.links);
            b.text.remove(stamp);
            b.text = b.text.trimmed();
            if (b.text.isEmpty())
                continue;
            b.line = cmark_node_get_start_line(n);
            b.paragraphStart = true;
            b.breakBefore = st.pendingBreak;
            b.speaker = st.speaker;
            st.pendingBreak = false;
            st.pendingParagraph = false;
            st.doc.blocks << b;
            continue;
        }
        if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_THEMATIC_BREAK)
            continue;
        walkBlocks(n, st);  // lists, items, block quotes
    }
}

CaptionDocument readMarkdown(const QString& text)
{
    const transcripts::CmarkTree root = transcripts::parseCommonMark(text);
    MarkdownState st;
    st.doc.format = CaptionFormat::Markdown;
    if (root)
        walkBlocks(root.get(), st);
    return st.doc;
}

CaptionDocument readPlain(const QStringList& lines)
{
    CaptionDocument doc;
    if (CaptionReader::looksLikeCaptionLines(lines)) {
        doc.format = CaptionFormat::CaptionLines;
        bool blank = true;
        int number = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString l = lines[i].trimmed();
            if (l.isEmpty()) {
                blank = true;
                continue;
            }
            // A number alone on its row ("1", "2"…) is how a bulletin's
            // subtitles number its stories (and its list of headlines): not
            // speech, but a mark on the row after it.
            static const QRegularExpression storyNumber(QStringLiteral("^[1-9][0-9]?$"));
            if (storyNumber.match(l).hasMatch()) {
                number = l.toInt();
                continue;
            }
            CaptionBlock b;
            b.text = l;
            b.line = int(i) + 1;
            b.paragraphStart = blank;
            b.storyNumber = std::exchange(number, 0);
            blank = false;
            doc.blocks << b;
        }
        return doc;
    }
    doc.format = CaptionFormat::Paragraphs;
    CaptionBlock cur;
    auto flush = [&] {
        cur.text = cur.text.trimmed();
        if (!cur.text.isEmpty()) {
            cur.paragraphStart = true;
            doc.blocks << cur;
        }
        cur = CaptionBlock();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString l = lines[i].trimmed();
        if (l.isEmpty()) {
            flush();
            continue;
        }
        if (cur.text.isEmpty())
            cur.line = int(i) + 1;
        else
            cur.text += QLatin1Char('\n');
        cur.text += l;
    }
    flush();
    return doc;
}

}  // namespace

const QRegularExpression& CaptionReader::cueTimeLine()
{
    // "00:00:01,000 --> 00:00:04,000", "0:00:01.400 --> …", WebVTT "01:02.500 --> 01:04.000 align:start"
    static const QRegularExpression re(QStringLiteral(
        R"RX(^\s*((?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}))RX"));
    return re;
}

const QRegularExpression& CaptionReader::speakerLabelLine()
{
    static const QRegularExpression re(QStringLiteral(R"RX(^%1\s*$)RX").arg(speakerLabelPattern()),
                                       QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression& CaptionReader::inlineSpeakerLabel()
{
    static const QRegularExpression re(QStringLiteral(R"RX(^%1\s+\S)RX").arg(speakerLabelPattern()),
                                       QRegularExpression::MultilineOption);
    return re;
}

qint64 CaptionReader::parseTimestamp(const QString& s)
{
    static const QRegularExpression re(QStringLiteral(R"RX(^\s*(?:(\d+):)?(\d{1,2}):(\d{2})[,.](\d{1,3})\s*$)RX"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return -1;
    const qint64 h = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong();
    QString frac = m.captured(4);
    while (frac.size() < 3)
        frac += QLatin1Char('0');
    return ((h * 60 + m.captured(2).toLongLong()) * 60 + m.captured(3).toLongLong()) * 1000 + frac.toLongLong();
}

bool CaptionReader::looksLikeCaptionLines(const QStringList& lines)
{
    QList<qsizetype> lengths;
    int unterminated = 0;
    static const QString terminal = QStringLiteral("。！？.!?…」”\"）)");
    for (const QString& raw : lines) {
        const QString l = raw.trimmed();
        if (l.isEmpty())
            continue;
        lengths << l.size();
        if (!terminal.contains(l.back()))
            ++unterminated;
    }
    if (lengths.size() < 8)
        return false;
    std::sort(lengths.begin(), lengths.end());
    const qsizetype median = lengths[lengths.size() / 2];
    return median <= 80 && unterminated * 2 > lengths.size();
}

CaptionDocument CaptionReader::read(const QString& path, const QString& input)
{
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QString ext = QFileInfo(path).suffix().toLower();
    const QString firstLine = lines.isEmpty() ? QString() : lines.first().trimmed();

    if (ext == QLatin1String("vtt") || firstLine.startsWith(QLatin1String("WEBVTT")))
        return readCues(lines, true);
    int cueLines = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 40); ++i)
        cueLines += cueTimeLine().match(lines[i]).hasMatch();
    if (ext == QLatin1String("srt") || cueLines >= 2)
        return readCues(lines, false);
    if (ext == QLatin1String("md") || ext == QLatin1String("markdown") || speakerLabelLine().match(text).hasMatch())
        return readMarkdown(text);
    return readPlain(lines);
}

}  // namespace digest
