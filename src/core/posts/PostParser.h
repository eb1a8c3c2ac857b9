#pragma once
// Entry point for Markdown digest posts: validates the bytes, reads the front
// matter (FrontMatterReader), cuts the body into items (MarkdownItemExtractor)
// and fills a ParsedIssue of kind "post".

#include "Records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace digest {

class PostParser {
    // Its messages reach the user in the import report (translated in
    // resources/translations, context "digest::PostParser").
    Q_DECLARE_TR_FUNCTIONS(digest::PostParser)

public:
    // Posts larger than this are refused (no digest post is anywhere near it).
    static constexpr qsizetype kMaxPostBytes = 5 * 1024 * 1024;

    // bytes: the raw file. path: absolute path (used to resolve local images,
    // slug and date fallbacks).
    static ParseResult parse(const QString& path, const QByteArray& bytes);

    // Starts with +++ or --- front matter (after optional BOM).
    static bool hasFrontMatter(const QByteArray& bytes);
};

}  // namespace digest
