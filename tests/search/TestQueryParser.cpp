// QueryParser: each operator, filters, alias expansion, and hostile input —
// every generated expression is executed against an FTS5 table using the
// digest tokenizer; no SQL error is allowed.

#include "QueryParser.h"
#include "SearchTestSupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace digest;
using namespace digest::search;
using namespace digest::search::testing;

class TestQueryParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wordsMustAllMatch();
    void quotedPhrases();
    void exclusions();
    void orBindsTighterThanAnd();
    void onlyExclusionsOrOnlyFilters();
    void filters();
    void dates_data();
    void dates();
    void aliasExpansion();
    void quoteDoublesQuotes();
    void hostileInput_data();
    void hostileInput();
    void capsLongQueries();
    void fuzzRandomStrings();

private:
    // Runs the expression; returns the row ids, or fails the test on an SQL error.
    QSet<int> run(const QString& expression, const QString& input);
    QSet<int> rowsContainingAll(const QStringList& needles, const QStringList& excluded = {}) const;

    sql::Database m_db;
    QList<Row> m_rows;
    QueryParser m_parser;
};

void TestQueryParser::initTestCase()
{
    m_rows = fixtureRows();
    QVERIFY(!m_rows.isEmpty());
    m_db = openDatabase();
    createTable(m_db, QStringLiteral("t"), QStringLiteral("digest"), m_rows);
}

QSet<int> TestQueryParser::run(const QString& expression, const QString& input)
{
    if (expression.isEmpty())
        return {};
    try {
        return matchRows(m_db, QStringLiteral("t"), expression);
    } catch (const sql::Error& e) {
        QTest::qFail(qPrintable(QStringLiteral("input %1 → %2: %3")
                                    .arg(QString::fromLatin1(input.toUtf8().toPercentEncoding(" \"()-:*^")),
                                         expression, QString::fromUtf8(e.what()))),
                     __FILE__, __LINE__);
        return {};
    }
}

QSet<int> TestQueryParser::rowsContainingAll(const QStringList& needles, const QStringList& excluded) const
{
    QSet<int> ids;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString t = text::foldCase(m_rows[i].title + QLatin1Char('\n') + m_rows[i].body);
        const bool all = std::all_of(needles.begin(), needles.end(), [&](const QString& n) { return t.contains(text::foldCase(n)); });
        const bool none = std::none_of(excluded.begin(), excluded.end(), [&](const QString& n) { return t.contains(text::foldCase(n)); });
        if (all && none)
            ids.insert(i + 1);
    }
    return ids;
}

void TestQueryParser::wordsMustAllMatch()
{
    const ParsedQuery q = m_parser.parse(QStringLiteral("谷歌  Gemini"));
    QCOMPARE(q.matchExpression, QStringLiteral("\"谷歌\" AND \"Gemini\""));
    QCOMPARE(q.positiveTerms, (QStringList{"谷歌", "Gemini"}));
    QVERIFY(q.hasPositiveTerms);
    QVERIFY(q.warnings.isEmpty());
    const QSet<int> ids = run(q.matchExpression, QStringLiteral("谷歌 Gemini"));
    QCOMPARE(ids, rowsContainingAll({"谷歌", "Gemini"}));
    QVERIFY(!ids.isEmpty());
    // AND is accepted and changes nothing.
    QCOMPARE(m_parser.parse(QStringLiteral("谷歌 AND Gemini")).matchExpression, q.matchExpression);
    QVERIFY(m_parser.parse(QString()).isEmpty());
    QVERIFY(m_parser.parse(QStringLiteral("   \t ")).isEmpty());
}

void TestQueryParser::quotedPhrases()
{
    const ParsedQuery q = m_parser.parse(QStringLiteral("\"Gemini 1.5 Pro\" 谷歌"));
    QCOMPARE(q.matchExpression, QStringLiteral("\"Gemini 1.5 Pro\" AND \"谷歌\""));
    QCOMPARE(q.positiveTerms, (QStringList{"Gemini 1.5 Pro", "谷歌"}));
    QCOMPARE(run(q.matchExpression, {}).size(), 1);
    // Curly and full-width quotes work the same; spaces inside are normalised.
    QCOMPARE(m_parser.parse(QStringLiteral("“Gemini  1.5 Pro” 谷歌")).matchExpression, q.matchExpression);
    QCOMPARE(m_parser.parse(QStringLiteral("＂Gemini 1.5 Pro＂ 谷歌")).matchExpression, q.matchExpression);
    // Word order matters inside a phrase, not outside.
    QVERIFY(run(m_parser.parse(QStringLiteral("\"Pro 1.5 Gemini\"")).matchExpression, {}).isEmpty());
    QCOMPARE(run(m_parser.parse(QStringLiteral("Pro 1.5 Gemini")).matchExpression, {}).size(), 3);
    // An unbalanced quote runs to the end.
    QCOMPARE(m_parser.parse(QStringLiteral("谷歌 \"Gemini 1.5")).positiveTerms, (QStringList{"谷歌", "Gemini 1.5"}));
}

void TestQueryParser::exclusions()
{
    const ParsedQuery q = m_parser.parse(QStringLiteral("可灵 -认可 -\"办公 方案\""));
    QCOMPARE(q.matchExpression, QStringLiteral("(\"可灵\") NOT (\"认可\" OR \"办公 方案\")"));
    QCOMPARE(q.excludedTerms, (QStringList{"认可", "办公 方案"}));
    QCOMPARE(q.positiveTerms, QStringList{QStringLiteral("可灵")});
    QCOMPARE(run(q.matchExpression, {}), rowsContainingAll({"可灵"}, {"认可"}));
    QCOMPARE(run(q.matchExpression, {}).size(), 1);
    // A dash inside a word is not an exclusion.
    QCOMPARE(m_parser.parse(QStringLiteral("GLM-4.7-Flash")).matchExpression, QStringLiteral("\"GLM-4.7-Flash\""));
    QCOMPARE(m_parser.parse(QStringLiteral("－Sora 谷歌")).excludedTerms, QStringList{QStringLiteral("Sora")});
}

void TestQueryParser::orBindsTighterThanAnd()
{
    const ParsedQuery q = m_parser.parse(QStringLiteral("谷歌 OR Google 视频"));
    QCOMPARE(q.matchExpression, QStringLiteral("(\"谷歌\" OR \"Google\") AND \"视频\""));
    QCOMPARE(run(q.matchExpression, {}), rowsContainingAll({"谷歌", "视频"}) | rowsContainingAll({"Google", "视频"}));
    QCOMPARE(m_parser.parse(QStringLiteral("a OR b OR c")).matchExpression, QStringLiteral("(\"a\" OR \"b\" OR \"c\")"));
    // Dangling and doubled ORs are dropped; lower-case or is a word.
    QCOMPARE(m_parser.parse(QStringLiteral("OR 谷歌 OR")).matchExpression, QStringLiteral("\"谷歌\""));
    QCOMPARE(m_parser.parse(QStringLiteral("谷歌 OR OR 快手")).matchExpression, QStringLiteral("(\"谷歌\" OR \"快手\")"));
    QCOMPARE(m_parser.parse(QStringLiteral("谷歌 or 快手")).matchExpression, QStringLiteral("\"谷歌\" AND \"or\" AND \"快手\""));
    const QSet<int> either = run(m_parser.parse(QStringLiteral("\"Gemini 1.5 Pro\" OR GLM4.7Flash")).matchExpression, {});
    QCOMPARE(either.size(), 5);
}

void TestQueryParser::onlyExclusionsOrOnlyFilters()
{
    const ParsedQuery q = m_parser.parse(QStringLiteral("-Sora -谷歌"));
    QVERIFY(!q.hasPositiveTerms);
    QVERIFY(q.matchExpression.isEmpty());
    QCOMPARE(q.exclusionExpression, QStringLiteral("\"Sora\" OR \"谷歌\""));
    QVERIFY(!q.isEmpty());
    // What a caller does with it: every row except the excluded ones.
    auto st = m_db.prepare("SELECT count(*) FROM t WHERE rowid NOT IN (SELECT rowid FROM t WHERE t MATCH ?1)");
    st.bind(1, q.exclusionExpression);
    QVERIFY(st.step());
    QCOMPARE(st.integer(0), int(rowsContainingAll({}, {"Sora", "谷歌"}).size()));

    const ParsedQuery f = m_parser.parse(QStringLiteral("company:快手 after:2024"));
    QVERIFY(!f.hasPositiveTerms);
    QVERIFY(f.matchExpression.isEmpty());
    QVERIFY(f.exclusionExpression.isEmpty());
    QVERIFY(f.hasFilters());
    QVERIFY(!f.isEmpty());
}

void TestQueryParser::filters()
{
    const ParsedQuery q = m_parser.parse(QStringLiteral(
        "company:谷歌 COMPANY:Google model:\"Gemini 1.5 Pro\" tag:AI issue:ai20240618 company：快手 视频 foo:bar -tag:x"));
    QCOMPARE(q.companies, (QStringList{"谷歌", "Google", "快手"}));
    QCOMPARE(q.models, QStringList{QStringLiteral("Gemini 1.5 Pro")});
    QCOMPARE(q.tags, QStringList{QStringLiteral("AI")});
    QCOMPARE(q.issues, QStringList{QStringLiteral("ai20240618")});
    // Unknown prefixes are ordinary words; negated filters are refused with a warning.
    QCOMPARE(q.positiveTerms, (QStringList{"视频", "foo:bar"}));
    QCOMPARE(q.matchExpression, QStringLiteral("\"视频\" AND \"foo:bar\""));
    QCOMPARE(q.warnings.size(), 1);
    QVERIFY(q.warnings.first().contains(QStringLiteral("-tag:x")) || q.warnings.first().contains(QStringLiteral("x")));
    run(q.matchExpression, {});
    // A filter with nothing after it is ignored.
    QVERIFY(m_parser.parse(QStringLiteral("company:")).isEmpty());
}

void TestQueryParser::dates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("before");
    QTest::newRow("after year") << QStringLiteral("after:2024") << QStringLiteral("2025-01-01") << QString();
    QTest::newRow("after month") << QStringLiteral("after:2024-06") << QStringLiteral("2024-07-01") << QString();
    QTest::newRow("after day") << QStringLiteral("after:2024-06-17") << QStringLiteral("2024-06-18") << QString();
    QTest::newRow("after december") << QStringLiteral("after:2024-12") << QStringLiteral("2025-01-01") << QString();
    QTest::newRow("before year") << QStringLiteral("before:2024") << QString() << QStringLiteral("2024-01-01");
    QTest::newRow("before month") << QStringLiteral("before:2024-06") << QString() << QStringLiteral("2024-06-01");
    QTest::newRow("before day") << QStringLiteral("before:2024-06-17") << QString() << QStringLiteral("2024-06-17");
    QTest::newRow("chinese date") << QStringLiteral("after:2024年6月") << QStringLiteral("2024-07-01") << QString();
    QTest::newRow("slashes") << QStringLiteral("before:2024/6/17") << QString() << QStringLiteral("2024-06-17");
    QTest::newRow("range") << QStringLiteral("after:2024-01 before:2024-07") << QStringLiteral("2024-02-01")
                           << QStringLiteral("2024-07-01");
    QTest::newRow("bad") << QStringLiteral("after:tomorrow before:2024-13") << QString() << QString();
}

void TestQueryParser::dates()
{
    QFETCH(QString, input);
    QFETCH(QString, after);
    QFETCH(QString, before);
    const ParsedQuery q = m_parser.parse(input);
    QCOMPARE(q.after, after);
    QCOMPARE(q.before, before);
    if (after.isEmpty() && before.isEmpty()) {
        QCOMPARE(q.warnings.size(), 2);
        QVERIFY(q.warnings.first().contains(QStringLiteral("tomorrow")));
    }
    QVERIFY(m_parser.parse(QStringLiteral("after:2024-06 before:2024-06")).warnings.size() == 1);
}

void TestQueryParser::aliasExpansion()
{
    int calls = 0;
    const QueryParser parser([&](const QString& term) -> QStringList {
        ++calls;
        if (term == QStringLiteral("谷歌") || term.compare(QLatin1String("google"), Qt::CaseInsensitive) == 0)
            return {"Google", "谷歌", "GOOGLE", "+++", "Al\"phabet"};
        return {};
    });
    const ParsedQuery q = parser.parse(QStringLiteral("谷歌 视频 -google"));
    // The term first, then its aliases without case duplicates or empty ones; quotes escaped.
    QCOMPARE(q.matchExpression,
             QStringLiteral("((\"谷歌\" OR \"Google\" OR \"Al\"\"phabet\") AND \"视频\") NOT ((\"google\" OR \"谷歌\" OR \"Al\"\"phabet\"))"));
    QCOMPARE(q.positiveTerms, (QStringList{"谷歌", "视频"}));
    QCOMPARE(q.highlightTerms, (QStringList{"谷歌", "Google", "Al\"phabet", "视频"}));
    QVERIFY(calls >= 3);
    run(q.matchExpression, {});
    const ParsedQuery g = parser.parse(QStringLiteral("谷歌"));
    QCOMPARE(run(g.matchExpression, {}), rowsContainingAll({"谷歌"}) | rowsContainingAll({"Google"}));
}

void TestQueryParser::quoteDoublesQuotes()
{
    QCOMPARE(QueryParser::quote(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(QueryParser::quote(QStringLiteral("\"\"")), QStringLiteral("\"\"\"\"\"\""));
    QCOMPARE(QueryParser::quote(QString()), QStringLiteral("\"\""));
}

void TestQueryParser::hostileInput_data()
{
    QTest::addColumn<QString>("input");
    const QStringList cases{
        "\"", "\"\"", "\"\"\"", "\"unbalanced", "a\"b\"c", "(", ")", "(谷歌", "谷歌)", "AND(", "AND", "OR", "NOT",
        "a NOT b", "a AND OR NOT b", "NEAR(a b)", "NEAR", "NEAR(谷歌 可灵, 3)", "*", "a*", "谷歌*", "^a", "^", ":", "a:b",
        "title:谷歌", "body:", "{title body}: 谷歌", "-", "--", "- -", "-\"", "-(", "+", "+a", "'", "';DROP TABLE t;--",
        "\\", "\\\"", "%", "_", "a\u0000b", QString(QChar(0)), "\u0001\u0002\u001f谷歌", "\t\n\r", "🙂🚀",
        "谷歌🙂可灵", "\u202Egemini", "a\u200Db", "ＯＲ ＡＮＤ", "“", "”谷歌“", "「可灵」", QString(QChar(0xD800)),
        QString(QChar(0xDC00)) + "a", "😀" + QString(QChar(0xD83D)), "company:\"", "after:\"2024", "model:(", "-company:",
        "OR OR OR", "-OR", "\"OR\"", "\"NOT\" \"AND\"", "a OR -b", "NEAR(\"a\" \"b\")"};
    for (const QString& c : cases)
        QTest::newRow(c.toUtf8().toPercentEncoding(" ").constData()) << c;
}

void TestQueryParser::hostileInput()
{
    QFETCH(QString, input);
    const ParsedQuery q = m_parser.parse(input);
    run(q.matchExpression, input);
    run(q.exclusionExpression, input);
    QCOMPARE(q.hasPositiveTerms, !q.matchExpression.isEmpty());
    for (const QString& term : q.positiveTerms + q.excludedTerms) {
        QVERIFY(!term.contains(QChar(0)));
        QVERIFY(!DigestTokenizer::tokenize(term, DigestTokenizer::Mode::Query).isEmpty());
    }
}

void TestQueryParser::capsLongQueries()
{
    // 10,000 characters of words: terms capped, warning given, still valid.
    QString words;
    for (int i = 0; words.size() < 10000; ++i)
        words += QStringLiteral("w%1 ").arg(i);
    const ParsedQuery many = m_parser.parse(words);
    QCOMPARE(many.positiveTerms.size(), QueryParser::kMaxTerms);
    QVERIFY(many.warnings.size() >= 2);
    run(many.matchExpression, QStringLiteral("many words"));

    // One 10,000-character word and one 10,000-character phrase.
    const ParsedQuery longWord = m_parser.parse(QString(10000, QChar(0x8C37)));
    QCOMPARE(longWord.positiveTerms.size(), 1);
    QCOMPARE(longWord.positiveTerms.first().size(), QueryParser::kMaxTermLength);
    run(longWord.matchExpression, QStringLiteral("long word"));
    QString quotes(10000, QLatin1Char('"'));
    run(m_parser.parse(quotes).matchExpression, QStringLiteral("10000 quotes"));
    QString parens;
    for (int i = 0; i < 5000; ++i)
        parens += QStringLiteral("(-");
    run(m_parser.parse(parens).matchExpression, QStringLiteral("parens"));
    // Emoji cut in half by the length cap does not leave a broken surrogate.
    QString emoji;
    while (emoji.size() < 10000)
        emoji += QStringLiteral("🙂谷");
    const ParsedQuery e = m_parser.parse(emoji);
    for (const QString& t : e.positiveTerms)
        QVERIFY(!t.back().isHighSurrogate());
    run(e.matchExpression, QStringLiteral("emoji"));
}

void TestQueryParser::fuzzRandomStrings()
{
    const QStringList fragments{"\"", "(", ")", "*", "^", ":", "-", "+", " ", " ", " ", "OR", "AND", "NOT", "NEAR",
                                "{", "}", ",", "'", "\\", "谷歌", "可灵", "Gemini", "1.5", "GLM-4.7", "company:", "after:",
                                "tag:", "a", "b", "🙂", "“", "”", "\t", "\n", "＂", "－", "：", "0x"};
    QRandomGenerator rng(20240617);
    int executed = 0;
    for (int i = 0; i < 3000; ++i) {
        QString input;
        const int parts = int(rng.bounded(1, 25));
        for (int k = 0; k < parts; ++k) {
            const quint32 pick = rng.bounded(100);
            if (pick < 80)
                input += fragments[int(rng.bounded(int(fragments.size())))];
            else if (pick < 90)
                input += QChar(char16_t(rng.bounded(0, 0x20)));   // control characters, NUL included
            else
                input += QChar(char16_t(rng.bounded(0x20, 0xFFFF)));  // anything, surrogate halves included
        }
        const ParsedQuery q = m_parser.parse(input);
        run(q.matchExpression, input);
        run(q.exclusionExpression, input);
        if (QTest::currentTestFailed())
            return;
        executed += int(!q.matchExpression.isEmpty()) + int(!q.exclusionExpression.isEmpty());
    }
    qDebug("fuzz: 3000 random queries, %d expressions executed, 0 SQL errors", executed);
    QVERIFY(executed > 1000);
}

QTEST_GUILESS_MAIN(TestQueryParser)
#include "TestQueryParser.moc"
