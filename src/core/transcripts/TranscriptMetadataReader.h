#pragma once
// Series, date and issue number of a transcript, read from its opening words
// ("这里是AI大模型周报2026年1月的第四期", "this is Changelog News for the week
// of Monday, April 17th 2023", "欢迎收看 AI Weekly 第001期"), else from the
// file name or path ("changelog-news-40", "pie-ep210", "…/2024-06-17/…").

#include <QString>

namespace digest {

struct TranscriptMetadata {
    QString series;
    QString date;    // "YYYY-MM-DD", "YYYY-MM" or empty
    int number = 0;  // 0 when unknown
    QString source;  // where it came from: "opening", "path", "opening+path"
};

class TranscriptMetadataReader {
public:
    static TranscriptMetadata read(const QString& path, const QString& openingText);

    // "四" → 4, "十二" → 12, "二十一" → 21, "001" → 1; 0 when not a number.
    static int parseNumber(const QString& s);

    // "AI大模型周报 2026年1月 第4期"; falls back to fallback when nothing is known.
    static QString title(const TranscriptMetadata& m, const QString& fallback);
};

}  // namespace digest
