// The "digest" FTS5 tokenizer: unit rules, byte offsets, and FTS5 behaviour
// on hand-written fixtures and the real seed documents.

#include "DigestTokenizer.h"
#include "EntityDictionary.h"
#include "QueryParser.h"
#include "SearchTestSupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace digest;
using namespace digest::search;
using namespace digest::search::testing;
using Mode = DigestTokenizer::Mode;

namespace {

QStringList texts(const QList<Token>& tokens, bool withColocated = true)
{
    QStringList out;
    for (const Token& t : tokens) {
        if (withColocated || !t.colocated)
            out << (t.colocated ? QStringLiteral("+") + t.text : t.text);
    }
    return out;
}

QStringList queryTokens(const QString& s) { return texts(DigestTokenizer::tokenize(s, Mode::Query)); }

QString originalSpan(const QString& text, const Token& t)
{
    return QString::fromUtf8(text.toUtf8().mid(t.start, t.end - t.start));
}

}  // namespace

class TestDigestTokenizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cjkBigrams();
    void documentModeAddsCharacters();
    void loneCjkCharacter();
    void scriptBoundary();
    void nfkcWidthAndCase_data();
    void nfkcWidthAndCase();
    void modelNameForms_data();
    void modelNameForms();
    void numbersKeepTheirDot();
    void camelCaseParts();
    void gluedNames();
    void byteOffsetsPointAtOriginalText();
    void offsetsOfFullWidthAndCombiningInput();
    void invalidUtf8IsASeparator();
    void longRunsAreCut();
    void mentionsAcrossWordBoundaries();
    void matchRangesForHighlighting();
    void ftsRegistration();
    void ftsFindsNamesInsideSentences();
    void ftsModelSpellingsMatchEachOther();
    void ftsSnippetHighlightsOriginalCharacters();
    void ftsSingleCharacterQuery();
    void ftsSubstringRecall();
    void ftsSeeds();
};

void TestDigestTokenizer::cjkBigrams()
{
    QCOMPARE(queryTokens(QStringLiteral("谷歌发布")), (QStringList{"谷歌", "歌发", "发布"}));
    QCOMPARE(queryTokens(QStringLiteral("快手可灵")), (QStringList{"快手", "手可", "可灵"}));
    QCOMPARE(queryTokens(QStringLiteral("智谱")), (QStringList{"智谱"}));
    // Japanese kana and Korean hangul are bigrammed too.
    QCOMPARE(queryTokens(QStringLiteral("カタカナ")), (QStringList{"カタ", "タカ", "カナ"}));
}

void TestDigestTokenizer::documentModeAddsCharacters()
{
    // A run's first and last characters ride along (colocated) at their
    // bigram's position, so phrase positions stay those of the bigrams;
    // characters inside the run are not indexed alone.
    QCOMPARE(texts(DigestTokenizer::tokenize(QStringLiteral("谷歌发"))),
             (QStringList{"谷歌", "+谷", "歌发", "+发"}));
    QCOMPARE(texts(DigestTokenizer::tokenize(QStringLiteral("谷歌发布会"))),
             (QStringList{"谷歌", "+谷", "歌发", "发布", "布会", "+会"}));
    // The first token of a text is never colocated, even for a single-character run.
    const auto tokens = DigestTokenizer::tokenize(QStringLiteral("猫"));
    QCOMPARE(tokens.size(), 1);
    QVERIFY(!tokens[0].colocated);
}

void TestDigestTokenizer::loneCjkCharacter()
{
    QCOMPARE(queryTokens(QStringLiteral("AI的Gemini")), (QStringList{"ai", "的", "gemini"}));
    QCOMPARE(queryTokens(QStringLiteral("2026年1月")), (QStringList{"2026", "年", "1", "月"}));
    QCOMPARE(queryTokens(QStringLiteral("猫")), (QStringList{"猫"}));
}

void TestDigestTokenizer::scriptBoundary()
{
    QCOMPARE(queryTokens(QStringLiteral("谷歌Gemini模型")), (QStringList{"谷歌", "gemini", "模型"}));
    QCOMPARE(queryTokens(QStringLiteral("千问3发布")), (QStringList{"千问", "3", "发布"}));
    QCOMPARE(queryTokens(QStringLiteral("用Sora生成")), (QStringList{"用", "sora", "生成"}));
}

void TestDigestTokenizer::nfkcWidthAndCase_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("full-width latin") << QStringLiteral("ＧＰＴ－４ｏ") << QStringLiteral("gpt-4o");
    QTest::newRow("upper case") << QStringLiteral("OPENAI") << QStringLiteral("openai");
    QTest::newRow("full-width digits and dot") << QStringLiteral("Ｇｅｍｉｎｉ１．５") << QStringLiteral("gemini 1.5");
    QTest::newRow("half-width katakana") << QStringLiteral("ｶﾀｶﾅ") << QStringLiteral("カタカナ");
    QTest::newRow("ligature") << QStringLiteral("ﬁne-tune") << QStringLiteral("fine tune");
    QTest::newRow("sharp s") << QStringLiteral("STRASSE") << QStringLiteral("straße");
    QTest::newRow("ideographic space") << QStringLiteral("谷歌\u3000Gemini") << QStringLiteral("谷歌 gemini");
}

void TestDigestTokenizer::nfkcWidthAndCase()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(queryTokens(a), queryTokens(b));
    QVERIFY(!queryTokens(a).isEmpty());
}

void TestDigestTokenizer::modelNameForms_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QStringList>("expected");
    const QStringList gemini{"gemini", "1.5", "pro"};
    QTest::newRow("Gemini1.5Pro") << QStringLiteral("Gemini1.5Pro") << gemini;
    QTest::newRow("Gemini 1.5 Pro") << QStringLiteral("Gemini 1.5 Pro") << gemini;
    QTest::newRow("gemini-1.5-pro") << QStringLiteral("gemini-1.5-pro") << gemini;
    QTest::newRow("Gemini 1.5Pro") << QStringLiteral("Gemini 1.5Pro") << gemini;
    const QStringList glm{"glm", "4.7", "flash"};
    QTest::newRow("GLM4.7Flash") << QStringLiteral("GLM4.7Flash") << glm;
    QTest::newRow("GLM-4.7-Flash") << QStringLiteral("GLM-4.7-Flash") << glm;
    QTest::newRow("glm_4.7_flash") << QStringLiteral("glm_4.7_flash") << glm;
    QTest::newRow("GPT-4o") << QStringLiteral("GPT-4o") << QStringList{"gpt", "4", "o"};
    QTest::newRow("Qwen3-TTS") << QStringLiteral("Qwen3-TTS") << QStringList{"qwen", "3", "tts"};
    QTest::newRow("Qwen2.5-VL-72B") << QStringLiteral("Qwen2.5-VL-72B") << QStringList{"qwen", "2.5", "vl", "72", "b"};
}

void TestDigestTokenizer::modelNameForms()
{
    QFETCH(QString, written);
    QFETCH(QStringList, expected);
    QCOMPARE(queryTokens(written), expected);
}

void TestDigestTokenizer::numbersKeepTheirDot()
{
    QCOMPARE(queryTokens(QStringLiteral("version 4. Next")), (QStringList{"version", "4", "next"}));
    QCOMPARE(queryTokens(QStringLiteral("v2.5.1")), (QStringList{"v", "2.5.1"}));
    QCOMPARE(queryTokens(QStringLiteral("1,000 tokens")), (QStringList{"1", "000", "tokens"}));
    QCOMPARE(queryTokens(QStringLiteral(".5 and 5.")), (QStringList{"5", "and", "5"}));
}

void TestDigestTokenizer::camelCaseParts()
{
    QCOMPARE(texts(DigestTokenizer::tokenize(QStringLiteral("LumaAI"))), (QStringList{"lumaai", "+luma", "+ai"}));
    QCOMPARE(texts(DigestTokenizer::tokenize(QStringLiteral("HTMLParser"))), (QStringList{"htmlparser", "+html", "+parser"}));
    QCOMPARE(texts(DigestTokenizer::tokenize(QStringLiteral("GPTs"))), (QStringList{"gpts"}));
    QCOMPARE(texts(DigestTokenizer::tokenize(QStringLiteral("openai"))), (QStringList{"openai"}));
    // Queries carry only the positional stream.
    QCOMPARE(queryTokens(QStringLiteral("LumaAI")), (QStringList{"lumaai"}));
    // Parts have their own offsets.
    const auto tokens = DigestTokenizer::tokenize(QStringLiteral("LumaAI"));
    QCOMPARE(tokens[1].start, 0);
    QCOMPARE(tokens[1].end, 4);
    QCOMPARE(tokens[2].start, 4);
    QCOMPARE(tokens[2].end, 6);
}

void TestDigestTokenizer::gluedNames()
{
    // Only single-word Latin names of 3+ letters are kept.
    const GluedNames names(QStringList{"OpenAI", "Sora", "Open AI", "Qwen3", "AI", "可灵", "Meta"});
    QCOMPARE(names.size(), 3);
    QCOMPARE(texts(DigestTokenizer::tokenize(QStringLiteral("OpenAISORA"), Mode::Document, &names)),
             (QStringList{"openaisora", "+open", "+aisora", "+openai", "+sora"}));
    QCOMPARE(texts(DigestTokenizer::tokenize(QStringLiteral("openaisora"), Mode::Document, &names)),
             (QStringList{"openaisora", "+openai", "+sora"}));
    const auto tokens = DigestTokenizer::tokenize(QStringLiteral("类似OpenAISORA的"), Mode::Document, &names);
    const Token sora = tokens[tokens.size() - 2];
    QCOMPARE(sora.text, QStringLiteral("sora"));
    QCOMPARE(originalSpan(QStringLiteral("类似OpenAISORA的"), sora), QStringLiteral("SORA"));
    // A word that is one name plus something else is left alone (metadata ≠ meta).
    QCOMPARE(texts(DigestTokenizer::tokenize(QStringLiteral("metadata soraya"), Mode::Document, &names)),
             (QStringList{"metadata", "soraya"}));
    // Queries never split.
    QCOMPARE(texts(DigestTokenizer::tokenize(QStringLiteral("OpenAISORA"), Mode::Query, &names)), QStringList{"openaisora"});
}

void TestDigestTokenizer::byteOffsetsPointAtOriginalText()
{
    const QString text = QStringLiteral("谷歌Gemini1.5Pro与ＧＰＴ－４ｏ，快手可灵");
    const auto tokens = DigestTokenizer::tokenize(text, Mode::Query);
    QCOMPARE(texts(tokens), (QStringList{"谷歌", "gemini", "1.5", "pro", "与", "gpt", "4", "o", "快手", "手可", "可灵"}));
    QCOMPARE(originalSpan(text, tokens[0]), QStringLiteral("谷歌"));
    QCOMPARE(tokens[0].start, 0);
    QCOMPARE(tokens[0].end, 6);
    QCOMPARE(originalSpan(text, tokens[2]), QStringLiteral("1.5"));
    QCOMPARE(originalSpan(text, tokens[5]), QStringLiteral("ＧＰＴ"));
    QCOMPARE(originalSpan(text, tokens[6]), QStringLiteral("４"));
    QCOMPARE(originalSpan(text, tokens[10]), QStringLiteral("可灵"));

    // Property: every token (both modes) is the folded form of its original span.
    const QStringList samples{text, QStringLiteral("ＯｐｅｎＡＩ发布ＧＰＴ－５．５，ＬｕｍａＡＩ跟进"),
                              QStringLiteral("Qins3TTS多码本 ㍿ café ½ GLM4.7Flash")};
    for (const QString& sample : samples) {
        for (const Token& t : DigestTokenizer::tokenize(sample)) {
            const QString span = originalSpan(sample, t);
            QVERIFY2(text::foldCase(span).contains(t.text),
                     qPrintable(QStringLiteral("%1 not in %2").arg(t.text, span)));
        }
    }
}

void TestDigestTokenizer::offsetsOfFullWidthAndCombiningInput()
{
    // Each full-width letter is 3 bytes.
    const auto tokens = DigestTokenizer::tokenize(QStringLiteral("ＧＰＴ４"), Mode::Query);
    QCOMPARE(texts(tokens), (QStringList{"gpt", "4"}));
    QCOMPARE(tokens[0].start, 0);
    QCOMPARE(tokens[0].end, 9);
    QCOMPARE(tokens[1].start, 9);
    QCOMPARE(tokens[1].end, 12);
    // e + combining acute composes to é; the span covers both code points.
    const QString decomposed = QStringLiteral("cafe\u0301 au");
    const auto cafe = DigestTokenizer::tokenize(decomposed, Mode::Query);
    QCOMPARE(cafe[0].text, QStringLiteral("café"));
    QCOMPARE(cafe[0].start, 0);
    QCOMPARE(cafe[0].end, 6);
    QCOMPARE(cafe[1].start, 7);
    // One character folding to four (㍿ → 株式会社): all share its 3 bytes.
    const auto kabushiki = DigestTokenizer::tokenize(QStringLiteral("㍿"), Mode::Query);
    QCOMPARE(texts(kabushiki), (QStringList{"株式", "式会", "会社"}));
    for (const Token& t : kabushiki) {
        QCOMPARE(t.start, 0);
        QCOMPARE(t.end, 3);
    }
}

void TestDigestTokenizer::invalidUtf8IsASeparator()
{
    const QByteArray bytes = QByteArray("\xff\xfe") + QStringLiteral("谷歌").toUtf8() + QByteArray("\xc3") + "ai";
    QList<Token> tokens;
    DigestTokenizer::tokenizeUtf8(bytes.constData(), int(bytes.size()), Mode::Query,
                                  [&](std::string_view t, int s, int e, bool c) {
                                      tokens.append({QString::fromUtf8(t.data(), qsizetype(t.size())), s, e, c});
                                      return true;
                                  });
    QCOMPARE(texts(tokens), (QStringList{"谷歌", "ai"}));
    QCOMPARE(tokens[0].start, 2);
    QCOMPARE(tokens[0].end, 8);
    QCOMPARE(tokens[1].start, 9);
    // Nothing and garbage give nothing, without crashing.
    DigestTokenizer::tokenizeUtf8(nullptr, 0, Mode::Document, [](std::string_view, int, int, bool) { return true; });
    QVERIFY(DigestTokenizer::tokenize(QStringLiteral("—— !!! ？？ 🙂")).isEmpty());
}

void TestDigestTokenizer::longRunsAreCut()
{
    const auto tokens = DigestTokenizer::tokenize(QString(500, QLatin1Char('a')));
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens[0].text.size(), DigestTokenizer::kMaxTokenBytes);
    QCOMPARE(tokens[0].end, 500);
    // A sink returning false stops the tokenizer.
    int seen = 0;
    const QByteArray many = QByteArray("a b c d e f");
    DigestTokenizer::tokenizeUtf8(many.constData(), int(many.size()), Mode::Query,
                                  [&](std::string_view, int, int, bool) { return ++seen < 3; });
    QCOMPARE(seen, 3);
}

void TestDigestTokenizer::mentionsAcrossWordBoundaries()
{
    using Counts = DigestTokenizer::MentionCounts;
    auto check = [](const QString& text, const QString& term, int clean, int straddling) {
        const Counts c = DigestTokenizer::countMentions(text, term);
        QVERIFY2(c.clean == clean && c.straddling == straddling,
                 qPrintable(QStringLiteral("%1 in %2: clean %3 straddling %4").arg(term, text).arg(c.clean).arg(c.straddling)));
    };
    // 认可|灵活 contains 可灵 only across a word boundary.
    check(QStringLiteral("我们很认可灵活办公的方案"), QStringLiteral("可灵"), 0, 1);
    check(QStringLiteral("快手可灵发布新版"), QStringLiteral("可灵"), 1, 0);
    check(QStringLiteral("快手可灵AI上线，大家都认可灵活的定价"), QStringLiteral("可灵"), 1, 1);
    check(QStringLiteral("谷歌发布Gemini，谷歌股价上涨"), QStringLiteral("谷歌"), 2, 0);
    check(QStringLiteral("阿里通义千问发布千问3"), QStringLiteral("千问"), 2, 0);
    // Latin terms follow the tokenizer: token boundaries, any spelling.
    check(QStringLiteral("智谱开源GLM4.7Flash"), QStringLiteral("GLM-4.7-Flash"), 1, 0);
    check(QStringLiteral("GLMX is not GLM"), QStringLiteral("glm"), 1, 0);
    check(QStringLiteral("LumaAI and Luma"), QStringLiteral("Luma"), 2, 0);
    // Overlapping matches count once; several terms add up.
    QCOMPARE(DigestTokenizer::countMentions(QStringLiteral("阿里通义千问"), QStringList{"通义千问", "千问"}).total(), 1);
    // A name inside a longer dictionary word is not a clean mention (哈哈 in 哈哈哈).
    check(QStringLiteral("哈哈哈"), QStringLiteral("哈哈"), 0, 1);
    const Counts both = DigestTokenizer::countMentions(QStringLiteral("Google（谷歌）"), QStringList{"Google", "谷歌"});
    QCOMPARE(both.total(), 2);
    check(QStringLiteral("nothing here"), QStringLiteral("谷歌"), 0, 0);
    check(QStringLiteral("谷歌"), QStringLiteral("!!!"), 0, 0);
}

void TestDigestTokenizer::matchRangesForHighlighting()
{
    using Range = DigestTokenizer::Range;
    auto marked = [](const QString& text, const QStringList& terms) {
        QString out = text;
        const auto ranges = DigestTokenizer::matchRanges(text, terms);
        for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
            out.insert(it->start + it->length, QLatin1Char(']'));
            out.insert(it->start, QLatin1Char('['));
        }
        return out;
    };
    QCOMPARE(marked(QStringLiteral("用户说猫咪"), {"咪"}), QStringLiteral("用户说猫[咪]"));  // a run's last character
    QCOMPARE(marked(QStringLiteral("我们哈哈哈大笑"), {"哈哈"}), QStringLiteral("我们[哈哈哈]大笑"));
    QCOMPARE(marked(QStringLiteral("ＧＰＴ－４ｏ和GPT4o"), {"gpt-4o"}), QStringLiteral("[ＧＰＴ－４ｏ]和[GPT4o]"));
    QCOMPARE(marked(QStringLiteral("LumaAI 🙂 谷歌"), {"Luma", "谷歌"}), QStringLiteral("[Luma]AI 🙂 [谷歌]"));
    QCOMPARE(DigestTokenizer::matchRanges(QStringLiteral("🙂谷歌"), {"谷歌"}), (QList<Range>{{2, 2}}));
    QVERIFY(DigestTokenizer::matchRanges(QStringLiteral("谷歌"), {"Google"}).isEmpty());
}

void TestDigestTokenizer::ftsRegistration()
{
    sql::Database db = openDatabase();
    db.exec("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='digest')");
    // Options are rejected rather than ignored.
    QVERIFY_THROWS_EXCEPTION(sql::Error, db.exec("CREATE VIRTUAL TABLE u USING fts5(x, tokenize='digest foo')"));
    // A connection without registration does not know the tokenizer.
    sql::Database plain(QStringLiteral(":memory:"));
    QVERIFY_THROWS_EXCEPTION(sql::Error, plain.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='digest')"));
    QVERIFY_THROWS_EXCEPTION(sql::Error, registerDigestTokenizer(nullptr));
}

void TestDigestTokenizer::ftsFindsNamesInsideSentences()
{
    const QList<Row> rows = fixtureRows();
    QVERIFY(rows.size() >= 15);
    sql::Database db = openDatabase();
    createTable(db, QStringLiteral("t"), QStringLiteral("digest"), rows);
    for (const QString& name : {QStringLiteral("谷歌"), QStringLiteral("可灵"), QStringLiteral("快手"), QStringLiteral("智谱"),
                                QStringLiteral("千问"), QStringLiteral("英伟达"), QStringLiteral("月之暗面"), QStringLiteral("豆包")}) {
        const QSet<int> expected = substringRows(rows, name);
        QVERIFY2(!expected.isEmpty(), qPrintable(name));
        QCOMPARE(matchRows(db, QStringLiteral("t"), QueryParser::quote(name)), expected);
    }
    // unicode61 keeps a CJK run as one token, so it cannot find 谷歌 inside a sentence.
    createTable(db, QStringLiteral("u"), QStringLiteral("unicode61"), rows);
    QVERIFY(matchRows(db, QStringLiteral("u"), QStringLiteral("\"谷歌\"")).size() < substringRows(rows, QStringLiteral("谷歌")).size());
}

void TestDigestTokenizer::ftsModelSpellingsMatchEachOther()
{
    const QList<Row> rows = fixtureRows();
    sql::Database db = openDatabase();
    createTable(db, QStringLiteral("t"), QStringLiteral("digest"), rows);
    auto rowsOf = [&](const QString& q) { return matchRows(db, QStringLiteral("t"), QueryParser::quote(q)); };
    const QSet<int> gemini = rowsOf(QStringLiteral("Gemini 1.5 Pro"));
    QCOMPARE(gemini.size(), 3);  // Gemini1.5Pro, Gemini 1.5 Pro, gemini-1.5-pro / Gemini 1.5Pro
    QCOMPARE(rowsOf(QStringLiteral("Gemini1.5Pro")), gemini);
    QCOMPARE(rowsOf(QStringLiteral("gemini-1.5-pro")), gemini);
    const QSet<int> glm = rowsOf(QStringLiteral("GLM-4.7-Flash"));
    QCOMPARE(glm.size(), 2);
    QCOMPARE(rowsOf(QStringLiteral("GLM4.7Flash")), glm);
    QCOMPARE(rowsOf(QStringLiteral("glm 4.7 flash")), glm);
    // Full-width text is found by a half-width query and the other way round.
    QCOMPARE(rowsOf(QStringLiteral("GPT-4o")).size(), 1);
    QCOMPARE(rowsOf(QStringLiteral("ＯｐｅｎＡＩ")), rowsOf(QStringLiteral("openai")));
    // A different version does not match.
    QVERIFY(rowsOf(QStringLiteral("Gemini 1.0 Pro")).isEmpty());
    QVERIFY(rowsOf(QStringLiteral("GLM-4.7-Air")).isEmpty());
}

void TestDigestTokenizer::ftsSnippetHighlightsOriginalCharacters()
{
    const QList<Row> rows = fixtureRows();
    sql::Database db = openDatabase();
    createTable(db, QStringLiteral("t"), QStringLiteral("digest"), rows);
    auto highlighted = [&](const QString& query) {
        QStringList out;
        auto st = db.prepare("SELECT highlight(t, 1, '[', ']') FROM t WHERE t MATCH ?1 ORDER BY rowid");
        st.bind(1, QueryParser::quote(query));
        while (st.step())
            out << st.text(0);
        return out;
    };
    QCOMPARE(highlighted(QStringLiteral("GPT-4o")), (QStringList{"[ＧＰＴ－４ｏ]发布，ＯｐｅｎＡＩ称其更快。"}));
    QCOMPARE(highlighted(QStringLiteral("智谱")), (QStringList{"[智谱]开源 GLM-4.7-Flash，参数300亿，激活30亿。"}));
    QCOMPARE(highlighted(QStringLiteral("GLM-4.7-Flash")),
             (QStringList{"智谱开源 [GLM-4.7-Flash]，参数300亿，激活30亿。", "知补发布新模型[GLM4.7Flash]，定位本地编程。"}));
    const QStringList gemini = highlighted(QStringLiteral("gemini 1.5 pro"));
    QVERIFY(gemini.contains(QStringLiteral("谷歌今天发布了[Gemini1.5Pro]，在长视频理解榜单上表现突出。")));
    QVERIFY(gemini.contains(QStringLiteral("有人把它写成 [gemini-1.5-pro]，也有人写 [Gemini 1.5Pro]。")));

    auto st = db.prepare("SELECT snippet(t, 1, '[', ']', '…', 6) FROM t WHERE t MATCH ?1");
    st.bind(1, QStringLiteral("\"可灵\""));
    QStringList snippets;
    while (st.step())
        snippets << st.text(0);
    // Matches 快手可灵 and (across a word boundary) 认可灵活, each highlighting exactly 可灵.
    QCOMPARE(snippets.size(), 2);
    for (const QString& s : snippets) {
        QCOMPARE(s.count(QLatin1Char('[')), 1);
        QVERIFY2(s.contains(QStringLiteral("[可灵]")), qPrintable(s));
    }
}

void TestDigestTokenizer::ftsSingleCharacterQuery()
{
    QList<Row> rows{{QString(), QStringLiteral("猫")}, {QString(), QStringLiteral("小猫咪")}, {QString(), QStringLiteral("狗")},
                    {QString(), QStringLiteral("猫AI")}, {QString(), QStringLiteral("我的猫AI")}};
    sql::Database db = openDatabase();
    createTable(db, QStringLiteral("t"), QStringLiteral("digest"), rows);
    // One character is found alone or at the edge of a run (not inside 小猫咪):
    // the issue asks recall for queries of two or more characters, and every
    // such query that has a one-character CJK part meets a run at its edge.
    QCOMPARE(matchRows(db, QStringLiteral("t"), QStringLiteral("\"猫\"")), (QSet<int>{1, 4, 5}));
    // The character stays adjacent to what follows the run.
    QCOMPARE(matchRows(db, QStringLiteral("t"), QStringLiteral("\"猫AI\"")), (QSet<int>{4, 5}));
}

void TestDigestTokenizer::ftsSubstringRecall()
{
    QList<Row> rows = fixtureRows();
    const QList<Row> seeds = seedRows();
    rows += seeds;
    if (seeds.isEmpty())
        qWarning("seed documents not found in DIGEST_SHARED_DIR/seeds: recall measured on the fixtures only");
    // Glued names (OpenAISORA) are split with the dictionary's names, as the store does.
    EntityDictionary dictionary;
    QVERIFY(dictionary.load(QStringLiteral(DIGEST_SOURCE_DIR "/resources/entities.toml")));
    sql::Database db = openDatabase(dictionary.allNames());
    createTable(db, QStringLiteral("d"), QStringLiteral("digest"), rows);
    createTable(db, QStringLiteral("u"), QStringLiteral("unicode61"), rows);
    createTable(db, QStringLiteral("g"), QStringLiteral("trigram"), rows);
    const QStringList names{"谷歌",   "Gemini", "OpenAI", "Sora",     "快手",   "可灵",     "Runway", "PixVerse",
                            "智谱",   "知补",   "GLM",    "Liquid AI", "LFM",   "千问",     "Qwen",   "英伟达",
                            "NVIDIA", "苹果",   "ChatGPT", "GPT-4o",  "Gemma",  "大模型",   "Flux",   "DeepSeek",
                            "Claude", "Kimi",   "月之暗面", "豆包",    "Luma",   "通义千问", "阿里",   "视频"};
    QVERIFY(names.size() >= 20);
    int expectedTotal = 0;
    int found[3] = {0, 0, 0};
    qDebug("%-10s %6s %8s %9s %7s", "name", "rows", "digest", "unicode61", "trigram");
    for (const QString& name : names) {
        const QSet<int> expected = substringRows(rows, name);
        if (expected.isEmpty() && seeds.isEmpty())
            continue;  // only the seeds mention it
        QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("no fixture or seed row mentions %1").arg(name)));
        const QString q = QueryParser::quote(name);
        const QSet<int> byDigest = matchRows(db, QStringLiteral("d"), q);
        const int hits[3] = {int((byDigest & expected).size()), int((matchRows(db, QStringLiteral("u"), q) & expected).size()),
                             int((matchRows(db, QStringLiteral("g"), q) & expected).size())};
        qDebug("%-10s %6d %8d %9d %7d", qPrintable(name), int(expected.size()), hits[0], hits[1], hits[2]);
        expectedTotal += int(expected.size());
        for (int k = 0; k < 3; ++k)
            found[k] += hits[k];
        // Recall 1.0: every row containing the name is found.
        QVERIFY2(byDigest.contains(expected), qPrintable(QStringLiteral("%1: %2 of %3").arg(name).arg(hits[0]).arg(expected.size())));
    }
    QVERIFY(expectedTotal > 0);
    qDebug("recall over %d rows x names: digest %.3f, unicode61 %.3f, trigram %.3f", expectedTotal,
           double(found[0]) / expectedTotal, double(found[1]) / expectedTotal, double(found[2]) / expectedTotal);
    QCOMPARE(found[0], expectedTotal);
    QVERIFY(found[1] < expectedTotal);
    QVERIFY(found[2] < expectedTotal);
}

void TestDigestTokenizer::ftsSeeds()
{
    const QList<Row> rows = seedRows();
    if (rows.isEmpty())
        QSKIP("seed documents not found in DIGEST_SHARED_DIR/seeds; the real-text checks need them");
    sql::Database db = openDatabase();
    QElapsedTimer timer;
    timer.start();
    createTable(db, QStringLiteral("t"), QStringLiteral("digest"), rows);
    const qint64 indexMs = timer.elapsed();
    // 谷歌 finds every sentence/paragraph containing it.
    const QSet<int> google = substringRows(rows, QStringLiteral("谷歌"));
    QVERIFY(google.size() >= 3);
    timer.restart();
    QCOMPARE(matchRows(db, QStringLiteral("t"), QStringLiteral("\"谷歌\"")), google);
    const qint64 queryMs = timer.elapsed();
    // The seed writes Gemini1.5Pro; the spaced form finds it.
    const QSet<int> gemini = matchRows(db, QStringLiteral("t"), QStringLiteral("\"Gemini 1.5 Pro\""));
    QVERIFY(!gemini.isEmpty());
    for (const int id : gemini)
        QVERIFY(text::foldCase(rows[id - 1].body).contains(QStringLiteral("gemini1.5pro")));
    // The transcript writes GLM4.7Flash; the official name finds it.
    const QSet<int> glm = matchRows(db, QStringLiteral("t"), QStringLiteral("\"GLM-4.7-Flash\""));
    QCOMPARE(glm.size(), 1);
    QVERIFY(rows[*glm.begin() - 1].body.contains(QStringLiteral("GLM4.7Flash")));
    auto st = db.prepare("SELECT snippet(t, 1, '[', ']', '…', 8) FROM t WHERE t MATCH '\"GLM-4.7-Flash\"'");
    QVERIFY(st.step());
    QVERIFY2(st.text(0).contains(QStringLiteral("[GLM4.7Flash]")), qPrintable(st.text(0)));
    qDebug("seeds: %d rows indexed in %lld ms; 谷歌 query %lld ms", int(rows.size()), indexMs, queryMs);
}

QTEST_GUILESS_MAIN(TestDigestTokenizer)
#include "TestDigestTokenizer.moc"
