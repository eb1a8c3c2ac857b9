#include "QueryParser.h"

#include "DigestTokenizer.h"
#include "Text.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace digest::search {

namespace {

enum class Filter { None, Company, Model, Tag, Issue, After, Before };

struct Item {
    QString text;
    bool quoted = false;
    bool negated = false;
    bool isOr = false;
    Filter filter = Filter::None;
};

Filter filterNamed(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("company"))
        return Filter::Company;
    if (n == QLatin1String("model"))
        return Filter::Model;
    if (n == QLatin1String("tag"))
        return Filter::Tag;
    if (n == QLatin1String("issue"))
        return Filter::Issue;
    if (n == QLatin1String("after"))
        return Filter::After;
    if (n == QLatin1String("before"))
        return Filter::Before;
    return Filter::None;
}

bool isQuote(QChar c)
{
    // ASCII, full-width and the curly quotes Chinese and English keyboards type.
    return c == QLatin1Char('"') || c == QChar(0xFF02) || c == QChar(0x201C) || c == QChar(0x201D)
           || c == QChar(0x201E) || c == QChar(0x300C) || c == QChar(0x300D);
}

bool isBreak(QChar c) { return c.isSpace() || isQuote(c); }

// Control and format characters (NUL included) become spaces.
QString sanitized(const QString& input, QStringList& warnings)
{
    QString s = input.left(QueryParser::kMaxInputLength);
    if (input.size() > QueryParser::kMaxInputLength)
        warnings << QStringLiteral("Only the first %1 characters of the query were used.").arg(QueryParser::kMaxInputLength);
    for (QChar& c : s) {
        const auto cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Other_NotAssigned)
            c = QLatin1Char(' ');
    }
    // A cut may leave half a surrogate pair; drop it rather than emit '?'.
    if (!s.isEmpty() && s.back().isHighSurrogate())
        s.chop(1);
    return s;
}

QList<Item> lex(const QString& s)
{
    QList<Item> items;
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto readQuoted = [&](Item& item) {
        ++i;  // opening quote; an unbalanced quote runs to the end
        const qsizetype start = i;
        while (i < n && !isQuote(s[i]))
            ++i;
        item.text = s.mid(start, i - start).simplified();
        item.quoted = true;
        if (i < n)
            ++i;
    };
    while (i < n) {
        while (i < n && s[i].isSpace())
            ++i;
        if (i >= n)
            break;
        Item item;
        if ((s[i] == QLatin1Char('-') || s[i] == QChar(0xFF0D)) && i + 1 < n && !s[i + 1].isSpace()) {
            item.negated = true;
            ++i;
        }
        if (isQuote(s[i])) {
            readQuoted(item);
        } else {
            const qsizetype start = i;
            while (i < n && !isBreak(s[i]))
                ++i;
            QString word = s.mid(start, i - start);
            static const QRegularExpression colonMark(QStringLiteral("[:：]"));
            const qsizetype colon = word.indexOf(colonMark);
            const Filter filter = colon > 0 ? filterNamed(word.left(colon)) : Filter::None;
            if (filter != Filter::None) {
                item.filter = filter;
                word = word.mid(colon + 1);
                if (word.isEmpty() && i < n && isQuote(s[i])) {
                    readQuoted(item);
                    word = item.text;
                }
            } else if (!item.negated && word == QLatin1String("OR")) {
                item.isOr = true;
            } else if (!item.negated && word == QLatin1String("AND")) {
                continue;  // "all words must match" already; AND is a no-op
            }
            item.text = word;
        }
        items.append(item);
    }
    return items;
}

bool hasTokens(const QString& term)
{
    return !DigestTokenizer::tokenize(term, DigestTokenizer::Mode::Query).isEmpty();
}

// "2024" → 2024-01-01 (start) / 2025-01-01 (end of period); same for months, days.
QDate periodStart(const QString& iso)
{
    const QStringList parts = iso.split(QLatin1Char('-'));
    const int y = parts.value(0).toInt();
    const int m = parts.size() > 1 ? parts[1].toInt() : 1;
    const int d = parts.size() > 2 ? parts[2].toInt() : 1;
    return QDate(y, m, d);
}

QDate periodEnd(const QString& iso)
{
    const QDate start = periodStart(iso);
    switch (iso.count(QLatin1Char('-'))) {
    case 0:
        return start.addYears(1);
    case 1:
        return start.addMonths(1);
    default:
        return start.addDays(1);
    }
}

void appendUnique(QStringList& list, const QString& value)
{
    if (!value.isEmpty() && !list.contains(value, Qt::CaseInsensitive))
        list.append(value);
}

}  // namespace

bool ParsedQuery::hasFilters() const
{
    return !companies.isEmpty() || !models.isEmpty() || !tags.isEmpty() || !issues.isEmpty() || !after.isEmpty()
           || !before.isEmpty();
}

QueryParser::QueryParser(AliasExpander aliasExpander) : m_aliasExpander(std::move(aliasExpander)) {}

QString QueryParser::quote(const QString& term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

ParsedQuery QueryParser::parse(const QString& input) const
{
    ParsedQuery q;
    const QList<Item> items = lex(sanitized(input, q.warnings));

    QList<QStringList> groups;  // AND of ORs
    bool pendingOr = false;
    int termCount = 0;
    bool capWarned = false;
    auto admit = [&](const QString& raw, QString* out) {
        QString term = raw.left(kMaxTermLength).trimmed();
        if (!term.isEmpty() && term.back().isHighSurrogate())
            term.chop(1);
        if (term.isEmpty())
            return false;
        if (!hasTokens(term)) {
            q.warnings << QStringLiteral("Ignored “%1”: it has no letters, digits or CJK characters.").arg(term);
            return false;
        }
        if (termCount >= kMaxTerms) {
            if (!capWarned)
                q.warnings << QStringLiteral("Only the first %1 search terms were used.").arg(kMaxTerms);
            capWarned = true;
            return false;
        }
        ++termCount;
        *out = term;
        return true;
    };

    for (const Item& item : items) {
        if (item.isOr) {
            pendingOr = !groups.isEmpty();
            continue;
        }
        if (item.filter != Filter::None) {
            pendingOr = false;
            const QString value = item.text.trimmed().left(kMaxTermLength);
            if (item.negated) {
                q.warnings << QStringLiteral("Excluding by a filter is not supported; ignored “-%1”.").arg(value);
                continue;
            }
            if (value.isEmpty())
                continue;
            switch (item.filter) {
            case Filter::Company:
                appendUnique(q.companies, value);
                break;
            case Filter::Model:
                appendUnique(q.models, value);
                break;
            case Filter::Tag:
                appendUnique(q.tags, value);
                break;
            case Filter::Issue:
                appendUnique(q.issues, value);
                break;
            case Filter::After:
            case Filter::Before: {
                const QString iso = text::isoDate(value);
                const QDate start = iso.isEmpty() ? QDate() : periodStart(iso);
                if (!start.isValid()) {
                    q.warnings << QStringLiteral("Could not read the date “%1”; use 2024, 2024-06 or 2024-06-17.").arg(value);
                    break;
                }
                if (item.filter == Filter::After)
                    q.after = periodEnd(iso).toString(Qt::ISODate);
                else
                    q.before = start.toString(Qt::ISODate);
                break;
            }
            case Filter::None:
                break;
            }
            continue;
        }
        QString term;
        const bool joinOr = pendingOr;
        pendingOr = false;
        if (!admit(item.text, &term))
            continue;
        if (item.negated) {
            appendUnique(q.excludedTerms, term);
        } else if (joinOr) {
            groups.last().append(term);
        } else {
            groups.append(QStringList{term});
        }
    }
    if (!q.after.isEmpty() && !q.before.isEmpty() && q.after >= q.before)
        q.warnings << QStringLiteral("No date is both after and before the given dates.");

    // A term becomes its quoted form, or ("name" OR "alias" …) when known.
    auto termExpression = [&](const QString& term, QStringList* alternatives) {
        QStringList names{term};
        if (m_aliasExpander) {
            QSet<QString> seen{text::foldCase(term)};
            for (const QString& alias : m_aliasExpander(term)) {
                if (names.size() >= kMaxAliases)
                    break;
                const QString a = alias.trimmed().left(kMaxTermLength);
                if (a.isEmpty() || seen.contains(text::foldCase(a)) || !hasTokens(a))
                    continue;
                seen.insert(text::foldCase(a));
                names.append(a);
            }
        }
        if (alternatives)
            *alternatives << names;
        QStringList quoted;
        for (const QString& name : names)
            quoted << quote(name);
        return quoted.size() == 1 ? quoted.first() : QLatin1Char('(') + quoted.join(QLatin1String(" OR ")) + QLatin1Char(')');
    };

    QStringList andParts;
    for (const QStringList& group : groups) {
        QStringList orParts;
        for (const QString& term : group) {
            q.positiveTerms.append(term);
            orParts << termExpression(term, &q.highlightTerms);
        }
        andParts << (orParts.size() == 1 ? orParts.first() : QLatin1Char('(') + orParts.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    QStringList notParts;
    for (const QString& term : q.excludedTerms)
        notParts << termExpression(term, nullptr);
    q.highlightTerms.removeDuplicates();

    q.hasPositiveTerms = !andParts.isEmpty();
    q.exclusionExpression = notParts.join(QLatin1String(" OR "));
    if (q.hasPositiveTerms) {
        const QString positive = andParts.join(QLatin1String(" AND "));
        q.matchExpression = notParts.isEmpty()
                                ? positive
                                : QLatin1Char('(') + positive + QLatin1String(") NOT (") + q.exclusionExpression + QLatin1Char(')');
    }
    return q;
}

}  // namespace digest::search
