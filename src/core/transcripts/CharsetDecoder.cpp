#include "CharsetDecoder.h"

#include "Text.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>

#include <memory>
#include <vector>

namespace digest {
namespace {

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Strict conversion: fails (returns false) on any illegal or unmappable
// sequence instead of substituting U+FFFD, so a wrong guess is noticed.
bool convertStrict(const QByteArray& bytes, const char* charset, QString* out, qsizetype* badOffset = nullptr)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return false;
    ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return false;
    QString result;
    result.resize(bytes.size() + 16);
    auto* target = reinterpret_cast<UChar*>(result.data());
    UChar* const targetStart = target;
    const char* source = bytes.constData();
    const char* const sourceStart = source;
    ucnv_toUnicode(cnv.get(), &target, target + result.size(), &source, source + bytes.size(), nullptr, true,
                   &status);
    if (U_FAILURE(status)) {
        if (badOffset)
            *badOffset = source - sourceStart;
        return false;
    }
    result.resize(target - targetStart);
    *out = std::move(result);
    return true;
}

int lineOfOffset(const QByteArray& bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// UTF-16 without BOM: ASCII code units leave NUL bytes on one parity, and
// CJK text decodes to plausible code points. Returns "UTF-16LE"/"UTF-16BE" or null.
const char* sniffUtf16(const QByteArray& bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return nullptr;
    const qsizetype n = std::min<qsizetype>(bytes.size(), 16384) & ~qsizetype(1);
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += bytes[i] == 0;
        zeroOdd += bytes[i + 1] == 0;
    }
    const qsizetype units = n / 2;
    auto plausibleShare = [&](bool littleEndian) {
        qsizetype good = 0;
        for (qsizetype i = 0; i < n; i += 2) {
            const auto lo = static_cast<unsigned char>(bytes[littleEndian ? i : i + 1]);
            const auto hi = static_cast<unsigned char>(bytes[littleEndian ? i + 1 : i]);
            const char16_t u = char16_t(hi << 8 | lo);
            const bool ok = (u >= 0x20 && u < 0x7F) || u == '\n' || u == '\r' || u == '\t'
                            || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F)
                            || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x2000 && u <= 0x206F)
                            || (u >= 0x00A0 && u <= 0x024F);
            good += ok;
        }
        return double(good) / double(units);
    };
    // A parity that is mostly NUL and another that almost never is: ASCII in UTF-16.
    if (zeroOdd * 10 >= units && zeroEven * 50 <= units && plausibleShare(true) > 0.95)
        return "UTF-16LE";
    if (zeroEven * 10 >= units && zeroOdd * 50 <= units && plausibleShare(false) > 0.95)
        return "UTF-16BE";
    // Pure CJK UTF-16 has no NULs; accept only when nearly every unit is plausible
    // and the bytes are not valid UTF-8 (which would be the likelier reading).
    if (!text::isValidUtf8(bytes)) {
        if (plausibleShare(true) > 0.97)
            return "UTF-16LE";
        if (plausibleShare(false) > 0.97)
            return "UTF-16BE";
    }
    return nullptr;
}

bool textLooksBinary(const QString& s)
{
    const qsizetype n = std::min<qsizetype>(s.size(), 8192);
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (c == 0)
            return true;
        if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0xFFFD)
            ++control;
    }
    return n > 0 && control * 20 > n;
}

DecodedText finish(DecodedText d)
{
    if (d.text.startsWith(QChar(0xFEFF)))
        d.text.remove(0, 1);
    if (d.text.trimmed().isEmpty()) {
        d.ok = false;
        d.error = CharsetDecoder::tr("empty transcript: no text after decoding (%1)").arg(d.encoding);
        return d;
    }
    if (textLooksBinary(d.text)) {
        d.ok = false;
        d.error = CharsetDecoder::tr("not a text file: control characters after decoding as %1").arg(d.encoding);
        return d;
    }
    d.ok = true;
    return d;
}

}  // namespace

DecodedText CharsetDecoder::decode(const QByteArray& bytes)
{
    DecodedText d;
    if (bytes.isEmpty()) {
        d.error = tr("empty file");
        return d;
    }
    // 1. Byte order marks are authoritative.
    struct Bom {
        QByteArray mark;
        const char* name;
    };
    const Bom boms[] = {{QByteArray("\xEF\xBB\xBF", 3), "UTF-8"},
                        {QByteArray("\xFF\xFE", 2), "UTF-16LE"},
                        {QByteArray("\xFE\xFF", 2), "UTF-16BE"}};
    for (const Bom& b : boms) {
        if (!bytes.startsWith(b.mark))
            continue;
        const QByteArray body = bytes.mid(b.mark.size());
        d.encoding = QString::fromLatin1(b.name);
        d.confidence = 100;
        d.bom = true;
        qsizetype bad = 0;
        if (!convertStrict(body, b.name, &d.text, &bad)) {
            d.error = tr("invalid %1 after byte order mark").arg(d.encoding);
            d.errorLine = lineOfOffset(body, bad);
            return d;
        }
        return finish(d);
    }
    // 2. UTF-16 without BOM.
    if (const char* utf16 = sniffUtf16(bytes)) {
        if (convertStrict(bytes, utf16, &d.text)) {
            d.encoding = QString::fromLatin1(utf16);
            d.confidence = 80;
            d.notes << tr("charset: UTF-16 without byte order mark, read as %1").arg(d.encoding);
            return finish(d);
        }
    }
    if (text::looksBinary(bytes)) {
        d.error = tr("not a text file: binary content (NUL or control bytes) in the first 8 KiB");
        return d;
    }
    // 3. UTF-8 (ASCII included).
    int badLine = 0;
    qsizetype badOffset = 0;
    if (text::isValidUtf8(bytes, &badLine, &badOffset)) {
        d.text = QString::fromUtf8(bytes);
        d.encoding = QStringLiteral("UTF-8");
        d.confidence = 100;
        return finish(d);
    }
    // 4. Legacy charsets: take ICU's candidates best first; the first one that
    //    converts without an illegal sequence wins.
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
    if (U_SUCCESS(status)) {
        ucsdet_setText(det.get(), bytes.constData(), int32_t(bytes.size()), &status);
        int32_t count = 0;
        const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &status);
        for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
            UErrorCode st = U_ZERO_ERROR;
            const char* name = ucsdet_getName(matches[i], &st);
            const int32_t conf = ucsdet_getConfidence(matches[i], &st);
            if (U_FAILURE(st) || !name)
                continue;
            QString candidate = QString::fromLatin1(name);
            if (candidate.startsWith(QLatin1String("UTF-")))
                continue;  // already ruled out above
            // GB2312 is a subset: convert as GB18030 so GBK-only characters survive.
            const QByteArray cnvName = candidate == QLatin1String("GB2312") ? QByteArray("GB18030") : QByteArray(name);
            QString out;
            if (!convertStrict(bytes, cnvName.constData(), &out))
                continue;
            d.text = out;
            d.encoding = QString::fromLatin1(cnvName);
            d.confidence = conf;
            if (conf < kConfidentGuess)
                d.notes << tr("charset guessed as %1 (confidence %2%)").arg(d.encoding).arg(conf);
            return finish(d);
        }
    }
    d.error = tr("cannot decode: not valid UTF-8 (byte offset %1) and no known charset matches")
                  .arg(badOffset);
    d.errorLine = badLine;
    return d;
}

QByteArray CharsetDecoder::encode(const QString& text, const char* charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return {};
    const int32_t cap = int32_t(text.size()) * 4 + 16;
    QByteArray out(cap, Qt::Uninitialized);
    const int32_t len = ucnv_fromUChars(cnv.get(), out.data(), cap, reinterpret_cast<const UChar*>(text.utf16()),
                                        int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return {};
    out.resize(len);
    return out;
}

}  // namespace digest
