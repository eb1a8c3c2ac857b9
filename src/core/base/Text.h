#pragma once
// Text helpers shared by the parsers, the store and search. Unicode work goes
// through ICU (normalisation, validation) rather than hand-written tables.

#include <QByteArray>
#include <QString>

namespace digest::text {

// NFKC case folding: full-width and half-width forms, compatibility
// characters and case all fold to one form (ＧＰＴ-４ → gpt-4).
QString foldCase(const QString& s);

// Validates UTF-8; on failure returns false and sets *badLine (1-based) and
// *badOffset (byte offset) of the first invalid sequence.
bool isValidUtf8(const QByteArray& bytes, int* badLine = nullptr, qsizetype* badOffset = nullptr);

// Heuristic: NUL bytes or many control characters in the first 8 KiB.
bool looksBinary(const QByteArray& bytes);

// Collapses runs of whitespace to one space and trims.
QString simplified(const QString& s);

// Reads a date in any of the forms digests use ("2024-06-17",
// "2017-09-25 22:55:55 +0100", "2024/6/17", "2024年6月17日", RFC 3339,
// "June 17, 2024") and returns "YYYY-MM-DD" (or "YYYY-MM" / "YYYY" when only
// those are known); empty when no date is found.
QString isoDate(const QString& s);

// A date taken from a file path ("…/2025-11-14.md", "…/20240618/…",
// "…/ai20240618/…"); empty when none.
QString isoDateFromPath(const QString& path);

// A URL-safe slug from a title or file name ("ai20240618", "changelog-news-1").
QString slugify(const QString& s);

bool isCjk(char32_t c);

}  // namespace digest::text
