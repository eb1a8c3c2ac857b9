#include "ItemHtmlCodec.h"

#include <zlib.h>

namespace digest {

namespace {

// Raw deflate (no zlib header or checksum: 10 bytes per item that the
// dictionary makes a fifth of a typical record). One stream per thread:
// deflateInit allocates and clears ~270 KiB, more than an item costs to compress.
class Deflater {
public:
    Deflater() { m_ok = deflateInit2(&m_stream, 3, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK; }
    ~Deflater() { deflateEnd(&m_stream); }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    QByteArray encode(const QByteArray& in, const QByteArray& dictionary)
    {
        if (!m_ok || deflateReset(&m_stream) != Z_OK)
            return {};
        // deflate only looks back 32 KiB: a longer dictionary is cut to its end.
        const qsizetype window = qsizetype(1) << MAX_WBITS;
        const QByteArray dict = dictionary.size() > window ? dictionary.right(window) : dictionary;
        if (!dict.isEmpty()
            && deflateSetDictionary(&m_stream, reinterpret_cast<const Bytef*>(dict.constData()), uInt(dict.size()))
                   != Z_OK)
            return {};
        QByteArray out(1 + qsizetype(deflateBound(&m_stream, uLong(in.size()))), Qt::Uninitialized);
        out[0] = ItemHtmlCodec::kMarker;
        m_stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
        m_stream.avail_in = uInt(in.size());
        m_stream.next_out = reinterpret_cast<Bytef*>(out.data() + 1);
        m_stream.avail_out = uInt(out.size() - 1);
        if (deflate(&m_stream, Z_FINISH) != Z_STREAM_END)
            return {};
        out.resize(1 + qsizetype(m_stream.total_out));
        return out;
    }

private:
    z_stream m_stream{};
    bool m_ok = false;
};

QByteArray inflateWith(const char* data, qsizetype size, const QByteArray& dictionary)
{
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return {};
    const qsizetype window = qsizetype(1) << MAX_WBITS;
    const QByteArray dict = dictionary.size() > window ? dictionary.right(window) : dictionary;
    if (!dict.isEmpty()
        && inflateSetDictionary(&z, reinterpret_cast<const Bytef*>(dict.constData()), uInt(dict.size())) != Z_OK) {
        inflateEnd(&z);
        return {};
    }
    QByteArray out;
    char buffer[16384];
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    z.avail_in = uInt(size);
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc == Z_OK || rc == Z_STREAM_END)
            out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0)
            rc = Z_DATA_ERROR;  // input ended before the stream did
    }
    inflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

}  // namespace

QByteArray ItemHtmlCodec::dictionary(const QString& title, const QString& text, const std::optional<QString>& sourceUrl)
{
    // The text last: deflate reaches the nearest bytes most cheaply, and the
    // HTML is mostly the text.
    QByteArray d = sourceUrl.value_or(QString()).toUtf8();
    d += '\n';
    d += title.toUtf8();
    d += '\n';
    d += text.toUtf8();
    return d;
}

QByteArray ItemHtmlCodec::encode(const QString& html, const QByteArray& dictionary)
{
    thread_local Deflater deflater;
    const QByteArray utf8 = html.toUtf8();
    QByteArray out = deflater.encode(utf8, dictionary);
    if (out.isEmpty())
        out = qCompress(utf8);  // zlib could not set up: the older format, still readable
    return out;
}

QString ItemHtmlCodec::decode(const QByteArray& stored, const QByteArray& dictionary)
{
    if (stored.isEmpty())
        return {};
    if (stored.front() == kMarker)
        return QString::fromUtf8(inflateWith(stored.constData() + 1, stored.size() - 1, dictionary));
    return QString::fromUtf8(qUncompress(stored));
}

}  // namespace digest
