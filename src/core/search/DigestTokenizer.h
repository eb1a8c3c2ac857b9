#pragma once
// The "digest" FTS5 tokenizer. Digests mix Chinese and English in one
// sentence and name models in many spellings, so the rules are:
//   * NFKC case folding (ＧＰＴ, gpt and GPT are one token), while the byte
//     offsets reported to FTS5 always refer to the ORIGINAL UTF-8 text so
//     snippet()/highlight() mark the right characters;
//   * every overlapping pair of CJK characters is a token (谷歌发布 →
//     谷歌 歌发 发布), so two-character names match inside a sentence; a
//     CJK run of one character is a token of its own;
//   * tokens break where CJK meets other scripts (谷歌Gemini → 谷歌 gemini);
//   * letter↔digit boundaries split and punctuation between them is dropped,
//     while a decimal number stays whole: Gemini1.5Pro, "Gemini 1.5 Pro" and
//     gemini-1.5-pro all become gemini 1.5 pro.
// In document mode two kinds of extra tokens are emitted at the same position
// (FTS5_TOKEN_COLOCATED) to widen recall without breaking phrase positions:
// each character of a CJK run (so a one-character query finds it inside a
// run) and the parts of a CamelCase word (LumaAI also indexes luma, ai).
// docs/search.md explains the choices.

#include <QList>
#include <QString>

#include <QStringList>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

struct sqlite3;

namespace digest::search {

struct Token {
    QString text;        // folded token text
    int start = 0;       // byte offsets into the UTF-8 form of the input
    int end = 0;
    bool colocated = false;  // same position as the previous token
    bool operator==(const Token&) const = default;
};

// Names that documents glue to other words without a case change or space
// ("OpenAISORA", "openaisora"). When a word is exactly two known names, the
// document stream also carries both (colocated), so "OpenAI" and "Sora" find
// it. Only single-word Latin names of three or more letters are kept; pass
// every name of the entity dictionary (EntityDictionary::allNames()).
class GluedNames {
public:
    GluedNames() = default;
    explicit GluedNames(const QStringList& names);
    bool isEmpty() const { return m_names.empty(); }
    bool contains(const std::string& folded) const { return m_names.count(folded) > 0; }
    int size() const { return int(m_names.size()); }

private:
    std::unordered_set<std::string> m_names;
};

class DigestTokenizer {
public:
    // Document mode adds the colocated tokens; query mode (what FTS5 uses for
    // MATCH strings) emits only the positional stream.
    enum class Mode { Document, Query };

    // Longest token, in bytes; longer runs are cut (the same way in documents
    // and queries, so they still match).
    static constexpr int kMaxTokenBytes = 128;

    using TokenSink = std::function<bool(std::string_view token, int start, int end, bool colocated)>;

    // The core, on UTF-8 bytes (what FTS5 hands us). Invalid UTF-8 bytes are
    // treated as separators. The sink returns false to stop early.
    static void tokenizeUtf8(const char* text, int length, Mode mode, const TokenSink& sink,
                             const GluedNames* gluedNames = nullptr);

    // Convenience for tests and callers holding a QString; offsets refer to
    // text.toUtf8().
    static QList<Token> tokenize(const QString& text, Mode mode = Mode::Document,
                                 const GluedNames* gluedNames = nullptr);

    // Ranking helper. FTS5 bigrams also match across a word boundary (认可|灵活
    // contains 可灵). ICU's dictionary word breaker knows common words but not
    // most names, so an occurrence of `term` that cuts through a
    // multi-character dictionary word is a "straddling" match and should rank
    // below a clean mention. Matching follows the tokenizer (folding,
    // letter/digit splits), so it agrees with what MATCH found.
    struct MentionCounts {
        int clean = 0;
        int straddling = 0;
        int total() const { return clean + straddling; }
    };
    static MentionCounts countMentions(const QString& text, const QString& term);
    static MentionCounts countMentions(const QString& text, const QStringList& terms);

    // Where the terms occur in the text, as merged QString ranges, matched
    // exactly as MATCH does. For highlighting in the UI: FTS5's own
    // highlight()/snippet() mark a whole bigram for a one-character match
    // and repeat text when two matches overlap (哈哈 in 哈哈哈), because it
    // only knows token positions; this knows each matched token's offsets.
    struct Range {
        int start = 0;   // QString index
        int length = 0;  // QString units
        bool operator==(const Range&) const = default;
    };
    static QList<Range> matchRanges(const QString& text, const QStringList& terms);
};

// Bumped whenever the tokens of a document change, so libraries indexed by
// an older rule rebuild their index once (external-content FTS5 deletes a
// row by re-tokenising it and must see the tokens it was indexed with).
inline constexpr int kDigestTokenizerVersion = 2;

// Registers the tokenizer as "digest" on this connection (per connection, as
// FTS5 requires). Throws digest::sql::Error when FTS5 is unavailable.
// gluedNames (optional) enables splitting glued names in documents; rows
// indexed before the names changed keep their old tokens until reindexed.
void registerDigestTokenizer(sqlite3* db, const QStringList& gluedNames = {});

}  // namespace digest::search
