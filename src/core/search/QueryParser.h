#pragma once
// The search box language, the one people know from web search:
//   words            all must match              谷歌 视频
//   "a phrase"       words in this order         "Gemini 1.5 Pro"   (also “…”)
//   -word, -"a b"    must not match              OpenAI -Sora
//   a OR b           either (binds tighter than the implicit AND)
//   company: model: tag: issue:   filters for the caller (value may be quoted)
//   after: before:   date filters: 2024, 2024-06, 2024-06-17 (and the forms
//                    text::isoDate reads)
// The FTS5 expression is built only from quoted FTS5 strings joined by
// AND/OR/NOT and parentheses, so no input can produce an FTS5 syntax error.

#include <QString>
#include <QStringList>

#include <functional>

namespace digest::search {

struct ParsedQuery {
    // FTS5 MATCH expression for the positive terms (with the exclusions as
    // NOT). Empty when there are no positive terms: FTS5 cannot express "all
    // rows except", so the caller then selects rows that do NOT match
    // exclusionExpression (if any) and applies the filters.
    QString matchExpression;
    bool hasPositiveTerms = false;
    // Rows matching this must be dropped; "a" OR "b" form; empty when none.
    QString exclusionExpression;

    QStringList positiveTerms;   // as typed (phrases without their quotes)
    QStringList highlightTerms;  // positive terms plus their aliases: what can match
    QStringList excludedTerms;

    QStringList companies;
    QStringList models;
    QStringList tags;
    QStringList issues;
    // Half-open date range over the issue date (YYYY-MM-DD): keep items with
    // after <= date < before. "after:2024-06" means after June, so after is
    // 2024-07-01; "before:2024-06" means before June, so before is 2024-06-01.
    QString after;
    QString before;

    // Things the parser ignored or could not read, worded for the user.
    QStringList warnings;

    bool hasFilters() const;
    bool isEmpty() const { return !hasPositiveTerms && excludedTerms.isEmpty() && !hasFilters(); }
};

class QueryParser {
public:
    // Returns the other names of a term (its entity's aliases), or an empty
    // list when the term is not a known name. The term itself need not be
    // in the list.
    using AliasExpander = std::function<QStringList(const QString& term)>;

    static constexpr int kMaxInputLength = 2000;  // characters looked at
    static constexpr int kMaxTerms = 32;          // positive + excluded
    static constexpr int kMaxTermLength = 100;    // characters per term
    static constexpr int kMaxAliases = 16;        // per expanded term

    explicit QueryParser(AliasExpander aliasExpander = {});

    ParsedQuery parse(const QString& input) const;

    // An FTS5 string literal: "…" with internal quotes doubled.
    static QString quote(const QString& term);

private:
    AliasExpander m_aliasExpander;
};

}  // namespace digest::search
