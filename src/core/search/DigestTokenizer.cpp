#include "DigestTokenizer.h"

#include "BreakIterators.h"
#include "Sqlite.h"
#include "Text.h"

#include <sqlite3.h>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace digest::search {

namespace {

enum class CharClass : unsigned char { Separator, Letter, Digit, Dot, Cjk };

// One folded code point and the byte range of the ORIGINAL text it came from.
// A source character that folds to several (㍿ → 株式会社, ﬁ → fi) gives
// several units sharing one range, so offsets never point inside a character.
struct Unit {
    UChar32 c;
    int start;
    int end;
    CharClass cls;
    bool upper;  // the source character was upper/title case (for CamelCase parts)
};

const icu::Normalizer2* nfkcCasefold()
{
    static const icu::Normalizer2* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return instance;
}

CharClass classify(UChar32 c)
{
    if (c < 0x80) {
        if (c >= 'a' && c <= 'z')
            return CharClass::Letter;
        if (c >= '0' && c <= '9')
            return CharClass::Digit;
        return c == '.' ? CharClass::Dot : CharClass::Separator;
    }
    // 々 and the katakana prolonged sound mark have script Common but live
    // inside CJK words.
    if (c >= 0x1100 && (text::isCjk(char32_t(c)) || c == 0x3005 || c == 0x30FC))
        return CharClass::Cjk;
    if (u_isdigit(c))
        return CharClass::Digit;
    if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || (U_GET_GC_MASK(c) & U_GC_M_MASK))
        return CharClass::Letter;
    return CharClass::Separator;
}

bool isUpper(UChar32 c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    return u_isupper(c) || u_istitle(c);
}

void pushFolded(std::vector<Unit>& units, const icu::UnicodeString& folded, int start, int end, bool upper)
{
    for (int32_t k = 0; k < folded.length();) {
        const UChar32 f = folded.char32At(k);
        units.push_back({f, start, end, classify(f), upper && k == 0});
        k += U16_LENGTH(f);
    }
}

// Decodes and folds the text. Folding works chunk by chunk, a chunk being a
// code point plus any following ones that NFKC may combine with it, so every
// folded character can be traced back to its source bytes.
void foldUnits(const char* text, int length, std::vector<Unit>& units)
{
    units.clear();
    units.reserve(size_t(length));
    const auto* s = reinterpret_cast<const uint8_t*>(text);
    const icu::Normalizer2* nf = nfkcCasefold();
    int32_t i = 0;
    while (i < length) {
        const int32_t chunkStart = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) {  // invalid UTF-8: a separator
            units.push_back({0xFFFD, chunkStart, i, CharClass::Separator, false});
            continue;
        }
        int32_t chunkEnd = i;
        if (nf) {
            while (chunkEnd < length && s[chunkEnd] >= 0x80) {
                int32_t k = chunkEnd;
                UChar32 d;
                U8_NEXT(s, k, length, d);
                if (d < 0 || nf->hasBoundaryBefore(d))
                    break;
                chunkEnd = k;
            }
        }
        const bool upper = isUpper(c);
        if (chunkEnd == i) {
            if (c < 0x80) {
                const UChar32 lower = (c >= 'A' && c <= 'Z') ? c + 32 : c;
                units.push_back({lower, chunkStart, i, classify(lower), upper});
                continue;
            }
            if (!nf || nf->isInert(c)) {
                units.push_back({c, chunkStart, i, classify(c), false});
                continue;
            }
        }
        const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
            icu::StringPiece(text + chunkStart, chunkEnd - chunkStart));
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString folded = nf ? nf->normalize(source, status) : source;
        pushFolded(units, U_SUCCESS(status) ? folded : source, chunkStart, chunkEnd, upper);
        i = chunkEnd;
    }
}

class Emitter {
public:
    Emitter(const std::vector<Unit>& units, DigestTokenizer::Mode mode, const DigestTokenizer::TokenSink& sink,
            const GluedNames* gluedNames)
        : m_units(units), m_document(mode == DigestTokenizer::Mode::Document), m_sink(sink),
          m_glued(gluedNames && !gluedNames->isEmpty() ? gluedNames : nullptr)
    {
    }

    bool stopped() const { return m_stopped; }

    // Units [from, to) as one token.
    void emit(size_t from, size_t to, bool colocated)
    {
        if (m_stopped || from >= to)
            return;
        m_buffer.clear();
        for (size_t k = from; k < to; ++k) {
            char bytes[U8_MAX_LENGTH];
            int32_t n = 0;
            U8_APPEND_UNSAFE(bytes, n, m_units[k].c);
            if (int(m_buffer.size()) + n > DigestTokenizer::kMaxTokenBytes)
                break;
            m_buffer.append(bytes, size_t(n));
        }
        // The first token of a text cannot be colocated.
        const bool asColocated = colocated && m_emitted > 0;
        if (!m_sink(std::string_view(m_buffer), m_units[from].start, m_units[to - 1].end, asColocated))
            m_stopped = true;
        ++m_emitted;
    }

    void emitCjkRun(size_t from, size_t to)
    {
        if (to - from == 1) {
            emit(from, to, false);
            return;
        }
        // Documents also carry the run's first and last characters on their
        // own (colocated): a query whose CJK part is one character beside
        // Latin text ("猫AI", "的Gemini") can only meet a run at its edges.
        // Characters inside a run are not indexed alone: no query of two or
        // more characters needs them, and they doubled the index.
        for (size_t k = from; k + 1 < to && !m_stopped; ++k) {
            emit(k, k + 2, false);
            if (m_document) {
                if (k == from)
                    emit(k, k + 1, true);
                if (k + 2 == to)
                    emit(k + 1, k + 2, true);
            }
        }
    }

    // A run of letters and digits (with dots inside numbers): split where
    // letters meet digits; in document mode add CamelCase parts.
    void emitWord(size_t from, size_t to)
    {
        size_t segment = from;
        while (segment < to && !m_stopped) {
            const bool digits = m_units[segment].cls != CharClass::Letter;
            size_t end = segment + 1;
            while (end < to && (m_units[end].cls != CharClass::Letter) == digits)
                ++end;
            emit(segment, end, false);
            if (!digits && m_document) {
                emitCamelParts(segment, end);
                if (m_glued)
                    emitGluedNames(segment, end);
            }
            segment = end;
        }
    }

private:
    void appendUnit(std::string& out, size_t k) const
    {
        char bytes[U8_MAX_LENGTH];
        int32_t n = 0;
        U8_APPEND_UNSAFE(bytes, n, m_units[k].c);
        out.append(bytes, size_t(n));
    }

    // A word that is exactly two known names (openaisora = openai + sora).
    void emitGluedNames(size_t from, size_t to)
    {
        constexpr size_t kMinName = 3;
        if (to - from < 2 * kMinName || to - from > 64)
            return;
        std::string head;
        for (size_t k = from; k < from + kMinName - 1; ++k)
            appendUnit(head, k);
        for (size_t cut = from + kMinName; cut + kMinName <= to; ++cut) {
            appendUnit(head, cut - 1);
            if (!m_glued->contains(head))
                continue;
            std::string tail;
            for (size_t k = cut; k < to; ++k)
                appendUnit(tail, k);
            if (m_glued->contains(tail)) {
                emit(from, cut, true);
                emit(cut, to, true);
                return;
            }
        }
    }

    void emitCamelParts(size_t from, size_t to)
    {
        std::vector<size_t> cuts;
        for (size_t k = from + 1; k < to; ++k) {
            const bool lowerToUpper = m_units[k].upper && !m_units[k - 1].upper;
            // "HTMLParser" → html|parser, but "GPTs" stays whole.
            const bool acronymEnd = m_units[k - 1].upper && m_units[k].upper && k + 2 < to
                                    && !m_units[k + 1].upper && !m_units[k + 2].upper;
            if (lowerToUpper || acronymEnd)
                cuts.push_back(k);
        }
        if (cuts.empty())
            return;
        size_t partStart = from;
        for (const size_t cut : cuts) {
            emit(partStart, cut, true);
            partStart = cut;
        }
        emit(partStart, to, true);
    }

    const std::vector<Unit>& m_units;
    bool m_document;
    const DigestTokenizer::TokenSink& m_sink;
    const GluedNames* m_glued;
    std::string m_buffer;
    int m_emitted = 0;
    bool m_stopped = false;
};

}  // namespace

GluedNames::GluedNames(const QStringList& names)
{
    for (const QString& name : names) {
        std::vector<std::string> tokens;
        bool letters = true;
        const QByteArray utf8 = name.toUtf8();
        DigestTokenizer::tokenizeUtf8(utf8.constData(), int(utf8.size()), DigestTokenizer::Mode::Query,
                                      [&](std::string_view token, int, int, bool) {
                                          tokens.emplace_back(token);
                                          return true;
                                      });
        if (tokens.size() != 1)
            continue;
        int chars = 0;
        const std::string& t = tokens.front();
        for (int32_t i = 0; i < int32_t(t.size());) {
            UChar32 c;
            U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), i, int32_t(t.size()), c);
            letters = letters && classify(c) == CharClass::Letter;
            ++chars;
        }
        if (letters && chars >= 3)
            m_names.insert(t);
    }
}

void DigestTokenizer::tokenizeUtf8(const char* text, int length, Mode mode, const TokenSink& sink,
                                   const GluedNames* gluedNames)
{
    if (!text || length <= 0)
        return;
    thread_local std::vector<Unit> units;
    foldUnits(text, length, units);
    Emitter emitter(units, mode, sink, gluedNames);
    const size_t n = units.size();
    size_t k = 0;
    while (k < n && !emitter.stopped()) {
        const CharClass cls = units[k].cls;
        if (cls == CharClass::Cjk) {
            size_t end = k + 1;
            while (end < n && units[end].cls == CharClass::Cjk)
                ++end;
            emitter.emitCjkRun(k, end);
            k = end;
        } else if (cls == CharClass::Letter || cls == CharClass::Digit) {
            size_t end = k + 1;
            while (end < n) {
                const CharClass c = units[end].cls;
                if (c == CharClass::Letter || c == CharClass::Digit) {
                    ++end;
                } else if (c == CharClass::Dot && units[end - 1].cls == CharClass::Digit && end + 1 < n
                           && units[end + 1].cls == CharClass::Digit) {
                    // "1.5" stays one token; the dot joins the digit segment.
                    units[end].cls = CharClass::Digit;
                    ++end;
                } else {
                    break;
                }
            }
            emitter.emitWord(k, end);
            k = end;
        } else {
            ++k;
        }
    }
}

QList<Token> DigestTokenizer::tokenize(const QString& text, Mode mode, const GluedNames* gluedNames)
{
    const QByteArray utf8 = text.toUtf8();
    QList<Token> tokens;
    tokenizeUtf8(utf8.constData(), int(utf8.size()), mode,
                 [&](std::string_view token, int start, int end, bool colocated) {
                     tokens.append({QString::fromUtf8(token.data(), qsizetype(token.size())), start, end, colocated});
                     return true;
                 },
                 gluedNames);
    return tokens;
}

namespace {

struct PositionToken {
    std::string text;
    int start;
    int end;
};

// Multi-character dictionary words ICU finds in the text, as byte ranges.
std::vector<std::pair<int, int>> dictionaryWords(const QByteArray& utf8)
{
    std::vector<std::pair<int, int>> words;
    const text::ThreadBreakIterator breaker(text::BreakKind::Word, utf8);
    if (!breaker)
        return words;
    int32_t from = breaker->first();
    for (int32_t to = breaker->next(); to != icu::BreakIterator::DONE; from = to, to = breaker->next()) {
        const int32_t rule = breaker->getRuleStatus();
        if (rule < UBRK_WORD_IDEO || rule >= UBRK_WORD_IDEO_LIMIT)
            continue;
        int32_t chars = 0;
        for (int32_t k = from; k < to && chars < 2; ++chars)
            U8_FWD_1(reinterpret_cast<const uint8_t*>(utf8.constData()), k, to);
        if (chars >= 2)
            words.emplace_back(from, to);
    }
    return words;
}

bool cutsThroughWord(const std::vector<std::pair<int, int>>& words, int offset)
{
    // words are sorted and disjoint: find the last word starting before offset.
    auto it = std::upper_bound(words.begin(), words.end(), offset,
                               [](int value, const std::pair<int, int>& w) { return value < w.first; });
    if (it == words.begin())
        return false;
    --it;
    return it->first < offset && offset < it->second;
}

}  // namespace

namespace {

// Every occurrence of any term in the text as UTF-8 byte ranges, sorted,
// matched the way FTS5 matches a phrase (positional stream plus colocated
// tokens), using the matched tokens' own offsets.
std::vector<std::pair<int, int>> termMatches(const QByteArray& utf8, const QStringList& terms)
{
    // No term, nothing to find: the text is not tokenized (the item list
    // paints every row through here, searching or not).
    if (std::all_of(terms.begin(), terms.end(), [](const QString& t) { return t.trimmed().isEmpty(); }))
        return {};
    std::vector<std::vector<PositionToken>> positions;
    DigestTokenizer::tokenizeUtf8(utf8.constData(), int(utf8.size()), DigestTokenizer::Mode::Document,
                                  [&](std::string_view token, int start, int end, bool colocated) {
                                      if (!colocated || positions.empty())
                                          positions.emplace_back();
                                      positions.back().push_back({std::string(token), start, end});
                                      return true;
                                  });
    std::vector<std::pair<int, int>> matches;
    for (const QString& term : terms) {
        std::vector<std::string> phrase;
        const QByteArray termUtf8 = term.toUtf8();
        DigestTokenizer::tokenizeUtf8(termUtf8.constData(), int(termUtf8.size()), DigestTokenizer::Mode::Query,
                                      [&](std::string_view token, int, int, bool) {
                                          phrase.emplace_back(token);
                                          return true;
                                      });
        if (phrase.empty() || phrase.size() > positions.size())
            continue;
        for (size_t p = 0; p + phrase.size() <= positions.size(); ++p) {
            int start = -1;
            int end = -1;
            bool ok = true;
            for (size_t j = 0; j < phrase.size() && ok; ++j) {
                const auto& here = positions[p + j];
                auto hit = std::find_if(here.begin(), here.end(),
                                        [&](const PositionToken& t) { return t.text == phrase[j]; });
                ok = hit != here.end();
                if (ok && j == 0)
                    start = hit->start;
                if (ok && j + 1 == phrase.size())
                    end = hit->end;
            }
            if (ok)
                matches.emplace_back(start, end);
        }
    }
    std::sort(matches.begin(), matches.end());
    return matches;
}

}  // namespace

DigestTokenizer::MentionCounts DigestTokenizer::countMentions(const QString& text, const QStringList& terms)
{
    MentionCounts counts;
    const QByteArray utf8 = text.toUtf8();
    const std::vector<std::pair<int, int>> matches = termMatches(utf8, terms);
    if (matches.empty())
        return counts;
    const std::vector<std::pair<int, int>> words = dictionaryWords(utf8);
    int lastEnd = -1;
    for (const auto& [start, end] : matches) {
        if (start < lastEnd)
            continue;  // overlaps one already counted (千问 inside 通义千问 when both are terms)
        lastEnd = end;
        if (cutsThroughWord(words, start) || cutsThroughWord(words, end))
            ++counts.straddling;
        else
            ++counts.clean;
    }
    return counts;
}

QList<DigestTokenizer::Range> DigestTokenizer::matchRanges(const QString& text, const QStringList& terms)
{
    const QByteArray utf8 = text.toUtf8();
    QList<Range> ranges;
    const std::vector<std::pair<int, int>> matches = termMatches(utf8, terms);
    if (matches.empty())
        return ranges;
    // UTF-8 byte offset → UTF-16 index, walking both once.
    std::vector<int> utf16At(size_t(utf8.size()) + 1, 0);
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.constData());
    int32_t i = 0;
    int u16 = 0;
    while (i < int32_t(utf8.size())) {
        const int32_t from = i;
        UChar32 c;
        U8_NEXT(s, i, int32_t(utf8.size()), c);
        for (int32_t k = from; k < i; ++k)
            utf16At[size_t(k)] = u16;
        u16 += (c >= 0x10000) ? 2 : 1;
    }
    utf16At[size_t(utf8.size())] = u16;
    for (const auto& [start, end] : matches) {
        const int from = utf16At[size_t(start)];
        const int to = utf16At[size_t(end)];
        if (!ranges.isEmpty() && from <= ranges.last().start + ranges.last().length) {
            Range& last = ranges.last();
            last.length = std::max(last.length, to - last.start);
        } else {
            ranges.append({from, to - from});
        }
    }
    return ranges;
}

DigestTokenizer::MentionCounts DigestTokenizer::countMentions(const QString& text, const QString& term)
{
    return countMentions(text, QStringList{term});
}

// --- FTS5 glue ---------------------------------------------------------------

namespace {

// The registration context (the glued names) doubles as the tokenizer handle.
int digestCreate(void* context, const char** args, int argCount, Fts5Tokenizer** out)
{
    // The tokenizer takes no options; reject them so a typo is not silently ignored.
    if (argCount > 0 && args)
        return SQLITE_ERROR;
    *out = reinterpret_cast<Fts5Tokenizer*>(context);
    return SQLITE_OK;
}

void digestDelete(Fts5Tokenizer*) {}

int digestTokenize(Fts5Tokenizer* handle, void* context, int flags, const char* text, int length,
                   int (*onToken)(void*, int, const char*, int, int, int))
{
    // FTS5_TOKENIZE_AUX (highlight/snippet) must see the document stream.
    const auto mode = (flags & FTS5_TOKENIZE_QUERY) ? DigestTokenizer::Mode::Query : DigestTokenizer::Mode::Document;
    int rc = SQLITE_OK;
    try {
        DigestTokenizer::tokenizeUtf8(text, length, mode,
                                      [&](std::string_view token, int start, int end, bool colocated) {
                                          rc = onToken(context, colocated ? FTS5_TOKEN_COLOCATED : 0, token.data(),
                                                       int(token.size()), start, end);
                                          return rc == SQLITE_OK;
                                      },
                                      reinterpret_cast<const GluedNames*>(handle));
    } catch (const std::bad_alloc&) {
        return SQLITE_NOMEM;
    } catch (...) {
        return SQLITE_ERROR;
    }
    return rc;
}

}  // namespace

void registerDigestTokenizer(sqlite3* db, const QStringList& gluedNames)
{
    fts5_api* api = sql::fts5Api(db);
    fts5_tokenizer tokenizer{digestCreate, digestDelete, digestTokenize};
    // FTS5 owns the context from here and deletes it with the connection (or
    // when the tokenizer is registered again).
    auto* context = new GluedNames(gluedNames);
    const int rc = api->xCreateTokenizer(api, "digest", context, &tokenizer,
                               [](void* p) { delete static_cast<GluedNames*>(p); });
    if (rc != SQLITE_OK)
        throw sql::Error(rc, "could not register the digest tokenizer");
}

}  // namespace digest::search
