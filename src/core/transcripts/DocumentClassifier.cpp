#include "DocumentClassifier.h"

#include "CaptionReader.h"
#include "CharsetDecoder.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace digest {

DocumentKind classifyDocument(const QString& path, const QByteArray& bytes)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("srt") || ext == QLatin1String("vtt"))
        return DocumentKind::Transcript;
    const DecodedText decoded = CharsetDecoder::decode(bytes);
    if (!decoded.ok)
        return DocumentKind::Post;  // the post parser reports the error
    QString text = decoded.text;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QString head = text.left(65536);
    const QString start = head.trimmed().left(200);
    if (start.startsWith(QLatin1String("WEBVTT")))
        return DocumentKind::Transcript;
    // Front matter makes a post.
    if (start.startsWith(QLatin1String("---\n")) || start.startsWith(QLatin1String("+++\n"))
        || start.startsWith(QLatin1String("+++ ")) || start == QLatin1String("---") || start.startsWith(QLatin1String("+++\r")))
        return DocumentKind::Post;
    static const QRegularExpression cue(QStringLiteral(R"RX(^\s*(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->)RX"),
                                        QRegularExpression::MultilineOption);
    int cues = 0;
    for (auto it = cue.globalMatch(head.left(4000)); it.hasNext() && cues < 3; it.next())
        ++cues;
    if (cues >= 2)
        return DocumentKind::Transcript;
    // "**Jerod Santo:**" speaker labels.
    // "**Jerod Santo:**" speaker labels: one alone on its line, or two opening paragraphs.
    static const QRegularExpression speakerAlone(QStringLiteral(R"RX(^\*\*[^*\n]{1,60}[:：]\*\*\s*$)RX"),
                                                 QRegularExpression::MultilineOption);
    static const QRegularExpression speakerInline(QStringLiteral(R"RX(^\*\*[^*\n]{1,60}[:：]\*\*\s+\S)RX"),
                                                  QRegularExpression::MultilineOption);
    int labels = 0;
    for (auto it = speakerInline.globalMatch(head); it.hasNext() && labels < 2; it.next())
        ++labels;
    if (speakerAlone.match(head).hasMatch() || labels >= 2)
        return DocumentKind::Transcript;
    // Markdown structure. A lone heading naming a media file ("# ep51.mp3") is a transcript's.
    static const QRegularExpression heading(QStringLiteral(R"RX(^#{1,6}\s+(.*)$)RX"), QRegularExpression::MultilineOption);
    static const QRegularExpression mediaName(QStringLiteral(R"RX(\.(mp3|mp4|m4a|wav|webm|ogg)\s*$)RX"),
                                              QRegularExpression::CaseInsensitiveOption);
    int headings = 0;
    for (auto it = heading.globalMatch(head); it.hasNext();) {
        if (!mediaName.match(it.next().captured(1)).hasMatch())
            ++headings;
    }
    static const QRegularExpression link(QStringLiteral(R"RX(\]\([^)\s]+\)|<https?://|^\s*https?://)RX"),
                                         QRegularExpression::MultilineOption);
    int links = 0;
    for (auto it = link.globalMatch(head); it.hasNext() && links < 3; it.next())
        ++links;
    if (headings >= 1 || links >= 2)
        return DocumentKind::Post;
    // No structure: caption rows or prose paragraphs of speech.
    return DocumentKind::Transcript;
}

}  // namespace digest
