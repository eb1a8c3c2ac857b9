#pragma once
// Turns the bytes of a transcript into text: BOMs, UTF-16 without BOM,
// UTF-8, and legacy CJK charsets (GB18030/GBK, Big5) guessed with ICU's
// charset detector (ucsdet) and converted with ICU converters (ucnv).

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace digest {

struct DecodedText {
    bool ok = false;
    QString text;
    QString encoding;     // ICU/IANA name: "UTF-8", "UTF-16LE", "GB18030", "Big5"...
    int confidence = 0;   // 0..100; 100 for BOMs and valid UTF-8
    bool bom = false;
    QStringList notes;    // non-fatal remarks ("charset guessed as Big5 (41%)")
    QString error;        // set when !ok
    int errorLine = 0;    // 1-based line of the first undecodable byte, 0 if unknown
};

class CharsetDecoder {
    // Its messages reach the user in the import report (translated in
    // resources/translations, context "digest::CharsetDecoder").
    Q_DECLARE_TR_FUNCTIONS(digest::CharsetDecoder)

public:
    // Guesses below this confidence are reported in DecodedText::notes.
    static constexpr int kConfidentGuess = 50;

    static DecodedText decode(const QByteArray& bytes);

    // Converts text to bytes in a named ICU charset (tests and export use it);
    // empty on unknown charset.
    static QByteArray encode(const QString& text, const char* charset);
};

}  // namespace digest
