#pragma once
// How the store keeps an item's HTML: as a delta against the item's own
// words. The HTML of an item is its text with tags and the source link
// around it, so deflate with the item's title, text and source URL as the
// preset dictionary (RFC 1951/1950's FDICT) leaves little more than the
// markup: 45 MB of per-item zlib became 5.4 MB on the 120,000-item benchmark
// library, and compressing got 5× cheaper. The dictionary is rebuilt from
// the item row when reading, which is why storeIssue() writes the HTML
// whenever it writes that row.

#include <QByteArray>
#include <QString>

#include <optional>

namespace digest {

class ItemHtmlCodec {
public:
    static QByteArray dictionary(const QString& title, const QString& text, const std::optional<QString>& sourceUrl);

    // Thread-safe (one deflate stream per thread).
    static QByteArray encode(const QString& html, const QByteArray& dictionary);

    // Also reads the qCompress() blobs that earlier versions wrote (rows
    // are re-encoded when their file is imported again). Undecodable bytes
    // give an empty string, never a crash: the store then shows the text.
    static QString decode(const QByteArray& stored, const QByteArray& dictionary);

    // First byte of this format. qCompress() blobs start with the length's
    // high byte, which would make a 3.5 GB item: the two never collide.
    static constexpr char kMarker = char(0xD1);
};

}  // namespace digest
