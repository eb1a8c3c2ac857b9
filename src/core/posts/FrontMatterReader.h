#pragma once
// Splits a post into front matter and Markdown body and reads the front
// matter with a real parser: TOML (between `+++` lines) with toml++, YAML
// (between `---` lines) with yaml-cpp. The result is kept as JSON with dates
// as strings, so the metadata survives whatever keys a site uses.

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace digest {

struct FrontMatter {
    enum class Format { None, Toml, Yaml };
    Format format = Format::None;
    QJsonObject data;        // the whole front matter
    QByteArray body;         // Markdown after the closing delimiter
    int bodyLineOffset = 0;  // lines of the file before the body (body line 1 = file line offset+1)
    QString error;           // set when the front matter is invalid
    int errorLine = 0;       // 1-based line in the file
    bool ok() const { return error.isEmpty(); }
};

class FrontMatterReader {
    // Its messages reach the user in the import report (translated in
    // resources/translations, context "digest::FrontMatterReader").
    Q_DECLARE_TR_FUNCTIONS(digest::FrontMatterReader)

public:
    // True when the text (after an optional BOM and blank lines) opens with a
    // `+++` or `---` line that a matching line closes.
    static bool hasFrontMatter(const QByteArray& bytes);

    // bytes: valid UTF-8 without BOM.
    static FrontMatter read(const QByteArray& bytes);
};

}  // namespace digest
