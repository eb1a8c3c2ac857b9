#pragma once
// Small text helpers the posts module uses in more than one file (front
// matter, item extraction, source-link detection). Internal to the module:
// one definition, so the files agree on what a BOM, an external URL or a
// comparable label is.

#include <QByteArray>
#include <QString>

namespace digest::posts {

// The bytes without a leading UTF-8 byte order mark.
QByteArray withoutUtf8Bom(const QByteArray& bytes);

// http(s) or protocol-relative ("//host/…"): a link or image off the site.
bool isExternalUrl(const QString& url);

// Letters and digits only, lower-cased, for comparing labels and headings
// whatever their emoji, spaces and punctuation: "📎 查看原文" → "查看原文",
// "Read more »" → "readmore".
QString lowercaseLettersAndDigits(const QString& s);

}  // namespace digest::posts
