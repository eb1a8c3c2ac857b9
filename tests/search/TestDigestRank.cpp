// digest_rank: BM25 without IDF, with per-column weights, as an FTS5 function.
#include "DigestRank.h"
#include "DigestTokenizer.h"
#include "Sqlite.h"

#include <QTest>

using namespace digest;

namespace {
sql::Database rankedTable(const QList<QPair<QString, QString>>& rows)
{
    sql::Database db(QStringLiteral(":memory:"));
    search::registerDigestTokenizer(db.handle());
    search::registerDigestRank(db.handle());
    db.exec("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='digest')");
    auto ins = db.prepare("INSERT INTO t(rowid, title, body) VALUES(?1, ?2, ?3)");
    int id = 1;
    for (const auto& [title, body] : rows)
        ins.bind(1, id++).bind(2, title).bind(3, body).run();
    return db;
}

QList<int> ranked(sql::Database& db, const QString& match, const char* order = "digest_rank(t, 4.0, 1.0)")
{
    auto s = db.prepare((std::string("SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY ") + order + ", rowid").c_str());
    s.bind(1, match);
    QList<int> out;
    while (s.step())
        out.append(s.integer(0));
    return out;
}
}  // namespace

class TestDigestRank : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void titleMatchesOutrankTextMatches()
    {
        auto db = rankedTable({{QStringLiteral("行业动态"), QStringLiteral("今天谷歌发布了新模型，性能提升明显。")},
                               {QStringLiteral("谷歌发布新模型"), QStringLiteral("性能提升明显，开发者可以试用。")}});
        QCOMPARE(ranked(db, QStringLiteral("\"谷歌\"")), (QList<int>{2, 1}));
        // With the title weight at zero only the text counts.
        QCOMPARE(ranked(db, QStringLiteral("\"谷歌\""), "digest_rank(t, 0.0, 1.0)"), (QList<int>{1, 2}));
    }

    void moreMentionsRankHigherAndLongTextsAreNormalised()
    {
        const QString filler = QStringLiteral("这是一段与主题无关的较长的文字，用来拉长正文。").repeated(20);
        auto db = rankedTable({{QStringLiteral("a"), QStringLiteral("可灵上线。") + filler},
                               {QStringLiteral("b"), QStringLiteral("可灵上线，可灵用户增长，可灵收费。")},
                               {QStringLiteral("c"), QStringLiteral("可灵上线。")}});
        const QList<int> order = ranked(db, QStringLiteral("\"可灵\""));
        QCOMPARE(order.first(), 2);  // three mentions
        QCOMPARE(order.last(), 1);   // one mention in a long text
    }

    void scoresAreNegativeLikeBm25AndZeroWeightsIgnoreAColumn()
    {
        auto db = rankedTable({{QStringLiteral("OpenAI"), QStringLiteral("OpenAI news")}});
        auto s = db.prepare("SELECT digest_rank(t, 4.0, 1.0), digest_rank(t, 0.0, 0.0) FROM t WHERE t MATCH 'openai'");
        QVERIFY(s.step());
        QVERIFY(s.real(0) < 0);
        QCOMPARE(s.real(1), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestDigestRank)
#include "TestDigestRank.moc"
