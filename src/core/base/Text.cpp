#include "Text.h"

#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace digest::text {

QString foldCase(const QString& s)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkcCf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status))
        return s.toCaseFolded();
    const icu::UnicodeString src(false, reinterpret_cast<const UChar*>(s.utf16()), int32_t(s.size()));
    icu::UnicodeString out;
    nfkcCf->normalize(src, out, status);
    if (U_FAILURE(status))
        return s.toCaseFolded();
    return QString(reinterpret_cast<const QChar*>(out.getBuffer()), out.length());
}

bool isValidUtf8(const QByteArray& bytes, int* badLine, qsizetype* badOffset)
{
    const auto* p = reinterpret_cast<const uint8_t*>(bytes.constData());
    const int32_t n = int32_t(bytes.size());
    int32_t i = 0;
    int line = 1;
    while (i < n) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0) {
            if (badLine)
                *badLine = line;
            if (badOffset)
                *badOffset = start;
            return false;
        }
        if (c == '\n')
            ++line;
    }
    return true;
}

bool looksBinary(const QByteArray& bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    return n > 0 && control * 20 > n;  // more than 5% control characters
}

QString simplified(const QString& s) { return s.simplified(); }

namespace {
QString fromYmd(int y, int m, int d)
{
    if (y < 1900 || y > 2200)
        return {};
    if (m == 0)
        return QString::number(y);
    if (m < 1 || m > 12)
        return {};
    if (d == 0)
        return QStringLiteral("%1-%2").arg(y, 4, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
    if (!QDate(y, m, d).isValid())
        return {};
    return QDate(y, m, d).toString(Qt::ISODate);
}
}  // namespace

QString isoDate(const QString& input)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return {};
    // Numeric forms: 2024-06-17, 2024/6/17, 2024.06.17, 2024年6月17日, with any time after.
    static const QRegularExpression ymd(
        QStringLiteral(R"((\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?)?)"));
    if (auto m = ymd.match(s); m.hasMatch()) {
        const QString r = fromYmd(m.captured(1).toInt(), m.captured(2).toInt(),
                                  m.captured(3).isEmpty() ? 0 : m.captured(3).toInt());
        if (!r.isEmpty())
            return r;
    }
    static const QRegularExpression compact(QStringLiteral(R"((?<!\d)(\d{4})(\d{2})(\d{2})(?!\d))"));
    if (auto m = compact.match(s); m.hasMatch()) {
        const QString r = fromYmd(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!r.isEmpty())
            return r;
    }
    // English month names: "June 17, 2024", "17 June 2024", "Mon, 17 Jun 2024 10:00:00 GMT".
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QRegularExpression mdy(QStringLiteral(R"(([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))"));
    static const QRegularExpression dmy(QStringLiteral(R"((\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4}))"));
    if (auto m = mdy.match(s); m.hasMatch()) {
        const int mon = int(months.indexOf(m.captured(1).toLower())) + 1;
        if (mon > 0)
            return fromYmd(m.captured(3).toInt(), mon, m.captured(2).toInt());
    }
    if (auto m = dmy.match(s); m.hasMatch()) {
        const int mon = int(months.indexOf(m.captured(2).toLower())) + 1;
        if (mon > 0)
            return fromYmd(m.captured(3).toInt(), mon, m.captured(1).toInt());
    }
    static const QRegularExpression yearOnly(QStringLiteral(R"(^(\d{4})$)"));
    if (auto m = yearOnly.match(s); m.hasMatch())
        return fromYmd(m.captured(1).toInt(), 0, 0);
    return {};
}

QString isoDateFromPath(const QString& path)
{
    // Search the path from the file name upwards so the most specific date wins.
    QStringList parts = QString(path).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
    if (!parts.isEmpty())
        parts.last() = QFileInfo(parts.last()).completeBaseName();
    for (qsizetype i = parts.size() - 1; i >= 0; --i) {
        static const QRegularExpression dashed(QStringLiteral(R"((?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d))"));
        if (auto m = dashed.match(parts[i]); m.hasMatch()) {
            const QString r = fromYmd(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            if (!r.isEmpty())
                return r;
        }
        static const QRegularExpression compact(QStringLiteral(R"((?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d))"));
        if (auto m = compact.match(parts[i]); m.hasMatch()) {
            const QString r = fromYmd(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            if (!r.isEmpty())
                return r;
        }
    }
    return {};
}

QString slugify(const QString& s)
{
    QString out;
    out.reserve(s.size());
    bool dash = false;
    for (const QChar c : s) {
        if (c.isLetterOrNumber()) {
            out += c.toLower();
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out += QLatin1Char('-');
            dash = true;
        }
    }
    out.truncate(80);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

bool isCjk(char32_t c)
{
    const UScriptCode sc = [&] {
        UErrorCode st = U_ZERO_ERROR;
        return uscript_getScript(UChar32(c), &st);
    }();
    return sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA || sc == USCRIPT_HANGUL
           || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

}  // namespace digest::text
