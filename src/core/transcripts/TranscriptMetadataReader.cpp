#include "TranscriptMetadataReader.h"

#include "Text.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace digest {

int TranscriptMetadataReader::parseNumber(const QString& input)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return 0;
    bool ok = false;
    const int v = s.toInt(&ok);
    if (ok)
        return v;
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    int total = 0, current = 0;
    bool any = false;
    for (QChar c : s) {
        const qsizetype d = digits.indexOf(c);
        if (d >= 0) {
            current = int(d);
            any = true;
        } else if (c == QChar(0x4E24)) {  // 两
            current = 2;
            any = true;
        } else if (c == QChar(0x5341)) {  // 十
            total += (current == 0 ? 1 : current) * 10;
            current = 0;
            any = true;
        } else if (c == QChar(0x767E)) {  // 百
            total += (current == 0 ? 1 : current) * 100;
            current = 0;
            any = true;
        } else {
            return 0;
        }
    }
    return any ? total + current : 0;
}

TranscriptMetadata TranscriptMetadataReader::read(const QString& path, const QString& openingText)
{
    TranscriptMetadata m;
    const QString opening = openingText.left(400);
    const QString num = QStringLiteral(R"RX(([0-9]{1,4}|[一二三四五六七八九十百两零]{1,4}))RX");
    // "这里是AI大模型周报2026年1月的第四期", "欢迎收看 AI Weekly 第001期"
    static const QRegularExpression cjkIssue(
        QStringLiteral(R"RX((?:这里是|這裡是|这裡是|欢迎收看|歡迎收看|欢迎收听|歡迎收聽|欢迎来到|歡迎來到|欢迎回到|歡迎回到|本期)\s*([^，,。！!？?\s][^，,。！!？?]{0,30}?)\s*)RX"
                       R"RX((?:(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?\s*(?:的)?\s*)?)RX"
                       R"RX(第\s*%1\s*[期集])RX")
            .arg(num));
    // "欢迎大家回到Indigo的月末直播", "欢迎回到 indigo 的月末直播" (a Latin name, a space, 的…).
    static const QRegularExpression cjkSeries(QStringLiteral(
        R"RX((?:这里是|這裡是|这裡是|欢迎(?:大家)?(?:收看|收听|来到|回到)|歡迎(?:大家)?(?:收看|收聽|來到|回到))\s*)RX"
        R"RX(([A-Za-z][A-Za-z0-9]*\s+的\s*[^，,。！!？?\s]{1,12}?|[^，,。！!？?\s]{2,20}?)(?:[，,。！!？?\s]|我是|$))RX"));
    // "this is Changelog News for the week of Monday, April 17th 2023"
    static const QRegularExpression latinSeries(QStringLiteral(
        R"RX(\b[Tt]his is ((?:[A-Z][\w'’()]*\s?){1,5}?)(?:\s*(?:#|episode\s*|issue\s*)(\d+))?\s*(?:for|from|on|,|\.|!|—|-|$))RX"),
        QRegularExpression::NoPatternOption);
    // "Welcome to another Fully Connected episode of Practical AI."
    static const QRegularExpression episodeOf(
        QStringLiteral(R"RX(\bepisode of (?:the )?((?:[A-Z][\w'’]*\s?){1,4}?)(?:\s+podcast)?\s*[.!,])RX"));
    if (auto r = cjkIssue.match(opening); r.hasMatch()) {
        m.series = r.captured(1).trimmed();
        if (!r.captured(2).isEmpty())
            m.date = text::isoDate(QStringLiteral("%1年%2月%3").arg(r.captured(2), r.captured(3),
                                                                   r.captured(4).isEmpty() ? QString() : r.captured(4) + QStringLiteral("日")));
        m.number = parseNumber(r.captured(5));
        m.source = QStringLiteral("opening");
    } else if (auto r2 = latinSeries.match(opening); r2.hasMatch()) {
        m.series = r2.captured(1).trimmed();
        m.number = r2.captured(2).toInt();
        m.source = QStringLiteral("opening");
    } else if (auto r4 = episodeOf.match(opening); r4.hasMatch()) {
        m.series = r4.captured(1).trimmed();
        m.source = QStringLiteral("opening");
    } else if (auto r3 = cjkSeries.match(opening); r3.hasMatch()) {
        m.series = r3.captured(1).trimmed();
        static const QRegularExpression spaceBeforeDe(QStringLiteral(R"RX(\s+(?=的))RX"));
        m.series.replace(spaceBeforeDe, QString());  // "indigo 的…"
        m.source = QStringLiteral("opening");
    }
    if (m.date.isEmpty()) {
        // A date spoken in the opening: in Chinese only one said to be the
        // episode's ("今天是2025年3月14日", "这是2024年的11月期"), not one the
        // story tells of ("两个月后，2023年1月"); in English as written ("the
        // week of Monday, April 17th 2023").
        static const QRegularExpression cjkDate(
            QStringLiteral(R"RX((\d{4})\s*年\s*(?:的\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?)RX"));
        static const QRegularExpression episodeCue(QStringLiteral(R"RX((?:今天是|今天|今日|这是|這是|本期|本周|本週|日期)\s*$)RX"));
        bool anyCjkDate = false;
        for (auto it = cjkDate.globalMatch(opening); it.hasNext();) {
            const auto d = it.next();
            anyCjkDate = true;
            if (!episodeCue.match(opening.mid(std::max<qsizetype>(0, d.capturedStart() - 6), std::min<qsizetype>(6, d.capturedStart()))).hasMatch())
                continue;
            m.date = text::isoDate(QStringLiteral("%1年%2月%3").arg(d.captured(1), d.captured(2),
                                                                    d.captured(3).isEmpty() ? QString() : d.captured(3) + QStringLiteral("日")));
            break;
        }
        if (!anyCjkDate) {
            const QString d = text::isoDate(opening);
            if (!d.isEmpty() && d.size() >= 7)
                m.date = d;
        }
    }
    // Path: a date in the file name/folders, an episode number in the file name.
    bool fromPath = false;
    if (m.date.isEmpty()) {
        m.date = text::isoDateFromPath(path);
        fromPath = !m.date.isEmpty();
    }
    if (m.number == 0) {
        QString base = QFileInfo(path).fileName();
        static const QRegularExpression mediaExt(QStringLiteral(R"RX((\.(mp3|mp4|m4a|wav|md|srt|vtt|txt))+$)RX"),
                                                 QRegularExpression::CaseInsensitiveOption);
        base.remove(mediaExt);
        static const QRegularExpression episode(
            QStringLiteral(R"RX((?:^|[^A-Za-z])(?:ep|episode|issue|no|news|ai)[-_ .]?(\d{1,4})$|第(\d{1,4})[期集]|[-_](\d{1,4})$)RX"),
            QRegularExpression::CaseInsensitiveOption);
        if (auto r = episode.match(base); r.hasMatch()) {
            m.number = (r.captured(1) + r.captured(2) + r.captured(3)).toInt();
            fromPath = fromPath || m.number > 0;
        }
    }
    if (fromPath)
        m.source = m.source.isEmpty() ? QStringLiteral("path") : m.source + QStringLiteral("+path");
    return m;
}

QString TranscriptMetadataReader::title(const TranscriptMetadata& m, const QString& fallback)
{
    if (m.series.isEmpty())
        return fallback;
    QStringList parts{m.series};
    // A CJK series name gets its date and number written the CJK way.
    const bool cjk = std::any_of(m.series.begin(), m.series.end(), [](QChar c) { return text::isCjk(c.unicode()); });
    static const QRegularExpression ym(QStringLiteral(R"RX(^(\d{4})-(\d{2})(?:-(\d{2}))?$)RX"));
    if (auto r = ym.match(m.date); r.hasMatch()) {
        if (cjk) {
            QString d = QStringLiteral("%1年%2月").arg(r.captured(1)).arg(r.captured(2).toInt());
            if (!r.captured(3).isEmpty())
                d += QStringLiteral("%1日").arg(r.captured(3).toInt());
            parts << d;
        } else {
            parts << m.date;
        }
    }
    if (m.number > 0)
        parts << (cjk ? QStringLiteral("第%1期").arg(m.number) : QStringLiteral("#%1").arg(m.number));
    return parts.join(QLatin1Char(' '));
}

}  // namespace digest
