// EntityDictionary: the built-in resources/entities.toml, lookups across
// scripts and spellings, makers, user overrides, bad entries, mentions and
// discovered model names.

#include "EntityDictionary.h"
#include "QueryParser.h"
#include "SearchTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace digest;
using namespace digest::search;
using namespace digest::search::testing;

namespace {
// The models and products a company (any of its names) makes, from the entries.
QStringList modelsOf(const EntityDictionary& dict, const QString& company)
{
    QStringList models;
    const Entity* maker = dict.lookup(company);
    for (const Entity& e : dict.entities())
        if (maker && e.maker == maker->name && (e.kind == EntityKind::Model || e.kind == EntityKind::Product))
            models << e.name;
    return models;
}


QString builtinPath() { return QStringLiteral(DIGEST_SOURCE_DIR "/resources/entities.toml"); }
QString dataPath(const char* name) { return QStringLiteral(DIGEST_TEST_DATA_DIR "/search/") + QLatin1String(name); }

int countOf(const QList<EntityMention>& mentions, const QString& name)
{
    for (const EntityMention& m : mentions) {
        if (m.name == name)
            return m.count;
    }
    return 0;
}

QString canonical(const EntityDictionary& d, const QString& alias)
{
    const Entity* e = d.lookup(alias);
    return e ? e->name : QString();
}

}  // namespace

class TestEntityDictionary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsBuiltinWithoutProblems();
    void lookupAcrossScriptsAndSpellings_data();
    void lookupAcrossScriptsAndSpellings();
    void aliasesOfIncludesAsrFormsOnRequest();
    void makersAndModels();
    void modelFamiliesByWords();
    void modelFamiliesNeedTheSameMakerAndKind();
    void userFileOverridesAndAdds();
    void badEntriesAreReportedAndSkipped();
    void brokenFiles();
    void mentionsCountLongestNamesAtTokenBoundaries();
    void mentionsInSeedTranscript();
    void discoversUnknownModelNames();
    void expandsQueriesWithAliases();

private:
    EntityDictionary m_dict;
};

void TestEntityDictionary::initTestCase()
{
    QVERIFY2(m_dict.load(builtinPath()), qPrintable(m_dict.problemMessages().join(QLatin1Char('\n'))));
}

void TestEntityDictionary::loadsBuiltinWithoutProblems()
{
    QVERIFY2(m_dict.problems().isEmpty(), qPrintable(m_dict.problemMessages().join(QLatin1Char('\n'))));
    QVERIFY(m_dict.size() >= 150);
    // Data sanity: every model names its maker, every kind is represented.
    QSet<EntityKind> kinds;
    for (const Entity& e : m_dict.entities()) {
        kinds.insert(e.kind);
        if (e.kind == EntityKind::Model)
            QVERIFY2(!e.maker.isEmpty(), qPrintable(e.name));
        QVERIFY(e.line > 0);
    }
    QCOMPARE(kinds.size(), 5);
    qDebug("entities.toml: %d entries", m_dict.size());
}

void TestEntityDictionary::lookupAcrossScriptsAndSpellings_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("expected");
    QTest::newRow("谷歌") << QStringLiteral("谷歌") << QStringLiteral("Google");
    QTest::newRow("GOOGLE") << QStringLiteral("GOOGLE") << QStringLiteral("Google");
    QTest::newRow("full-width") << QStringLiteral("Ｇｏｏｇｌｅ") << QStringLiteral("Google");
    QTest::newRow("Qwen") << QStringLiteral("qwen") << QStringLiteral("Qwen");
    QTest::newRow("千问") << QStringLiteral("千问") << QStringLiteral("Qwen");
    QTest::newRow("通义千问") << QStringLiteral("通义千问") << QStringLiteral("Qwen");
    QTest::newRow("千万3 (ASR)") << QStringLiteral("千万3") << QStringLiteral("Qwen3");
    QTest::newRow("Qins3TTS (ASR)") << QStringLiteral("Qins3TTS") << QStringLiteral("Qwen3-TTS");
    QTest::newRow("智谱") << QStringLiteral("智谱") << QStringLiteral("Zhipu AI");
    QTest::newRow("知补 (ASR)") << QStringLiteral("知补") << QStringLiteral("Zhipu AI");
    QTest::newRow("GLM4.7Flash") << QStringLiteral("GLM4.7Flash") << QStringLiteral("GLM-4.7-Flash");
    QTest::newRow("gemini-1.5-pro") << QStringLiteral("gemini-1.5-pro") << QStringLiteral("Gemini 1.5 Pro");
    QTest::newRow("可灵") << QStringLiteral("可灵") << QStringLiteral("Kling");
    QTest::newRow("深度求索") << QStringLiteral("深度求索") << QStringLiteral("DeepSeek");
    QTest::newRow("Groxy (ASR)") << QStringLiteral("Groxy") << QStringLiteral("Grok");
    QTest::newRow("Blackforest Labs (ASR)") << QStringLiteral("Blackforest Labs") << QStringLiteral("Black Forest Labs");
    QTest::newRow("XAI") << QStringLiteral("XAI") << QStringLiteral("xAI");
    QTest::newRow("月之暗面") << QStringLiteral("月之暗面") << QStringLiteral("Moonshot AI");
    QTest::newRow("英伟达") << QStringLiteral("英伟达") << QStringLiteral("NVIDIA");
    QTest::newRow("unknown") << QStringLiteral("Acme Robotics") << QString();
    QTest::newRow("punctuation only") << QStringLiteral("+++") << QString();
}

void TestEntityDictionary::lookupAcrossScriptsAndSpellings()
{
    QFETCH(QString, alias);
    QFETCH(QString, expected);
    QCOMPARE(canonical(m_dict, alias), expected);
}

void TestEntityDictionary::aliasesOfIncludesAsrFormsOnRequest()
{
    const QStringList zhipu = m_dict.aliasesOf(QStringLiteral("知补"));
    QCOMPARE(zhipu.first(), QStringLiteral("Zhipu AI"));
    QVERIFY(zhipu.contains(QStringLiteral("智谱")));
    QVERIFY(zhipu.contains(QStringLiteral("知补")));
    QVERIFY(!m_dict.aliasesOf(QStringLiteral("智谱"), false).contains(QStringLiteral("知补")));
    const QStringList qwen = m_dict.aliasesOf(QStringLiteral("通义千问"));
    QVERIFY(qwen.contains(QStringLiteral("Qwen")) && qwen.contains(QStringLiteral("千问")));
    QVERIFY(m_dict.aliasesOf(QStringLiteral("nothing known")).isEmpty());
}

void TestEntityDictionary::makersAndModels()
{
    QCOMPARE(m_dict.lookup(QStringLiteral("可灵"))->maker, QStringLiteral("Kuaishou"));
    QCOMPARE(m_dict.lookup(QStringLiteral("GLM4.7Flash"))->maker, QStringLiteral("Zhipu AI"));
    QCOMPARE(m_dict.lookup(QStringLiteral("豆包"))->maker, QStringLiteral("ByteDance"));
    QCOMPARE(m_dict.lookup(QStringLiteral("Genie 3"))->maker, QStringLiteral("Google DeepMind"));
    const QStringList google = modelsOf(m_dict, QStringLiteral("谷歌"));
    for (const char* m : {"Gemini", "Gemma", "Veo", "Gemini 1.5 Pro"})
        QVERIFY2(google.contains(QLatin1String(m)), m);
    QVERIFY(!google.contains(QStringLiteral("Google DeepMind")));  // a lab, not a model
    QVERIFY(modelsOf(m_dict, QStringLiteral("快手")).contains(QStringLiteral("Kling")));
    QVERIFY(modelsOf(m_dict, QStringLiteral("阿里巴巴")).contains(QStringLiteral("Qwen3-TTS")));
    QVERIFY(modelsOf(m_dict, QStringLiteral("Anthropic")).contains(QStringLiteral("Claude Code")));
    QVERIFY(modelsOf(m_dict, QStringLiteral("Gemini")).isEmpty());
    QVERIFY(modelsOf(m_dict, QStringLiteral("no such company")).isEmpty());
}

void TestEntityDictionary::modelFamiliesByWords()
{
    auto family = [&](const char* name) {
        QStringList f = m_dict.familyOf(QString::fromUtf8(name));
        f.sort();
        return f;
    };
    QCOMPARE(family("Gemini"), (QStringList{QStringLiteral("Gemini 1.5 Pro"), QStringLiteral("Gemini 2.5 Pro"),
                                             QStringLiteral("Gemini 3")}));
    QCOMPARE(family("gemini"), family("谷歌Gemini"));  // any name of the family's model
    QCOMPARE(family("Qwen"), (QStringList{QStringLiteral("Qwen-Image"), QStringLiteral("Qwen2"), QStringLiteral("Qwen2.5"),
                                           QStringLiteral("Qwen3"), QStringLiteral("Qwen3-TTS")}));
    QCOMPARE(family("千问3"), QStringList{QStringLiteral("Qwen3-TTS")});
    // A version number is one word: GPT-4.1 and GPT-4.5 are no GPT-4s. GPT-4o's
    // name would make it one, but its entry says family = false; so does Grok Imagine's.
    QVERIFY(family("GPT-4").isEmpty());
    QVERIFY(!m_dict.lookup(QStringLiteral("GPT-4o"))->joinsFamily);
    QVERIFY(family("Grok").isEmpty());
    QCOMPARE(family("Llama"), (QStringList{QStringLiteral("Llama 3"), QStringLiteral("Llama 4")}));
    // An alias naming one version of the model stands for that version only.
    QVERIFY(family("Llama 2").isEmpty());
    QVERIFY(family("Gemma 2").isEmpty());
    QVERIFY(family("FLUX.1").isEmpty());
    QCOMPARE(family("Gemma"), QStringList{QStringLiteral("Gemma 3")});
    QVERIFY(!family("GLM-4").contains(QStringLiteral("GLM-4.5")));
    QCOMPARE(family("GLM-4.7"), QStringList{QStringLiteral("GLM-4.7-Flash")});
    // Aliases do not make a family: Nano Banana goes by "Gemini 2.5 Flash Image".
    QVERIFY(!family("Gemini").contains(QStringLiteral("Nano Banana")));
    QVERIFY(!family("Gemini 2.5 Pro").contains(QStringLiteral("Nano Banana")));
    // Only models: Claude Code is a product, and a company has models, not a family.
    QVERIFY(family("Claude").contains(QStringLiteral("Claude Opus")));
    QVERIFY(!family("Claude").contains(QStringLiteral("Claude Code")));
    QVERIFY(family("Google").isEmpty());
    QVERIFY(family("DeepSeek").isEmpty());
    QVERIFY(family("Gemini 1.5 Pro").isEmpty());
    QVERIFY(family("HunyuanVideo").isEmpty());
    QVERIFY(!family("Hunyuan").contains(QStringLiteral("HunyuanVideo")));  // one word, not Hunyuan + Video
    QVERIFY(family("no such model").isEmpty());
}

void TestEntityDictionary::modelFamiliesNeedTheSameMakerAndKind()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("entities.toml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"TOML(
[[entity]]
name = "Acme"
kind = "company"
[[entity]]
name = "Other Labs"
kind = "company"
[[entity]]
name = "Nova"
kind = "model"
maker = "Acme"
[[entity]]
name = "Nova 2 Mini"
kind = "model"
maker = "Acme"
[[entity]]
name = "Nova Pro"
kind = "model"
maker = "Other Labs"
[[entity]]
name = "Nova Studio"
kind = "product"
maker = "Acme"
[[entity]]
name = "Novax"
kind = "model"
maker = "Acme"
[[entity]]
name = "Nova Lite"
kind = "model"
maker = "Acme"
family = false
[[entity]]
name = "Nova Studio Pro"
kind = "product"
maker = "Acme"
family = false
[[entity]]
name = "Orphan"
kind = "model"
[[entity]]
name = "Orphan 2"
kind = "model"
)TOML");
    f.close();
    EntityDictionary d;
    QVERIFY(d.load(f.fileName()));
    // `family` on a product is reported and ignored; the entry still loads.
    QCOMPARE(d.problems().size(), 1);
    QVERIFY2(d.problems()[0].message.contains(QStringLiteral("Nova Studio Pro")), qPrintable(d.problems()[0].toString()));
    QVERIFY(d.lookup(QStringLiteral("Nova Studio Pro")));
    QCOMPARE(d.familyOf(QStringLiteral("nova")), QStringList{QStringLiteral("Nova 2 Mini")});  // not Nova Lite
    QVERIFY(d.familyOf(QStringLiteral("Acme")).isEmpty());
    QVERIFY(d.familyOf(QStringLiteral("Orphan")).isEmpty());  // no maker: no family
}

void TestEntityDictionary::userFileOverridesAndAdds()
{
    EntityDictionary d;
    QVERIFY(d.load(builtinPath(), dataPath("user_override.toml")));
    QVERIFY2(d.problems().isEmpty(), qPrintable(d.problemMessages().join(QLatin1Char('\n'))));
    QCOMPARE(d.size(), m_dict.size() + 2);
    // Replaced: the user's alias list wins, the built-in-only aliases are gone.
    const Entity* kling = d.lookup(QStringLiteral("KlingAI 2.5"));
    QVERIFY(kling);
    QCOMPARE(kling->name, QStringLiteral("Kling"));
    QVERIFY(kling->sourceFile.endsWith(QStringLiteral("user_override.toml")));
    QVERIFY(!d.lookup(QStringLiteral("可灵大模型")));
    QVERIFY(m_dict.lookup(QStringLiteral("可灵大模型")));
    // Added, with a maker named by its Chinese alias.
    QCOMPARE(canonical(d, QStringLiteral("极客机器人")), QStringLiteral("Acme Robotics"));
    QCOMPARE(d.lookup(QStringLiteral("acmebot 2"))->maker, QStringLiteral("Acme Robotics"));
    QCOMPARE(modelsOf(d, QStringLiteral("Acme Robotics")), QStringList{QStringLiteral("AcmeBot-2")});
    // A missing user file is fine.
    EntityDictionary none;
    QVERIFY(none.load(builtinPath(), dataPath("does_not_exist.toml")));
    QVERIFY(none.problems().isEmpty());
}

void TestEntityDictionary::badEntriesAreReportedAndSkipped()
{
    EntityDictionary d;
    QVERIFY(d.load(builtinPath(), dataPath("bad_entries.toml")));
    const QStringList messages = d.problemMessages();
    auto expectProblem = [&](int line, const QString& words) {
        const QString prefix = dataPath("bad_entries.toml") + QStringLiteral(":%1:").arg(line);
        for (const QString& m : messages) {
            if (m.startsWith(prefix) && m.contains(words))
                return true;
        }
        qWarning("missing problem at line %d with “%s” in:\n%s", line, qPrintable(words),
                 qPrintable(messages.join(QLatin1Char('\n'))));
        return false;
    };
    QVERIFY(expectProblem(3, QStringLiteral("has no name")));
    QVERIFY(expectProblem(7, QStringLiteral("“Kindless Corp” has no kind")));
    QVERIFY(expectProblem(13, QStringLiteral("unknown kind “startup”")));
    QVERIFY(expectProblem(15, QStringLiteral("maker “Nonexistent Corp” of “Orphan Model” is not in the dictionary")));
    QVERIFY(expectProblem(20, QStringLiteral("alias “谷歌” of “Googol” already names “Google”")));
    QVERIFY(expectProblem(28, QStringLiteral("aliases of “Listless” must be a list of strings")));
    QVERIFY(expectProblem(30, QStringLiteral("maker “GPT-4o” of “Model Made By Model” is not a company")));
    QVERIFY(expectProblem(39, QStringLiteral("unknown key “alias”")));
    QCOMPARE(messages.size(), 8);
    // The bad entries are skipped, the good one and the built-ins load.
    for (const char* skipped : {"Nameless", "Kindless Corp", "无类公司", "Startup X", "Orphan Model", "Googol", "Listless",
                                "Model Made By Model"})
        QVERIFY2(!d.lookup(QString::fromUtf8(skipped)), skipped);
    QCOMPARE(canonical(d, QStringLiteral("好实验室")), QStringLiteral("Good Lab"));
    QCOMPARE(canonical(d, QStringLiteral("谷歌")), QStringLiteral("Google"));
    QCOMPARE(d.size(), m_dict.size() + 1);
}

void TestEntityDictionary::brokenFiles()
{
    EntityDictionary d;
    QVERIFY(d.load(builtinPath(), dataPath("broken.toml")));
    QCOMPARE(d.size(), m_dict.size());
    QCOMPARE(d.problems().size(), 1);
    QCOMPARE(d.problems().first().line, 3);
    QVERIFY(d.problemMessages().first().contains(QStringLiteral("not valid TOML")));

    EntityDictionary missing;
    QVERIFY(!missing.load(dataPath("no_builtin.toml")));
    QCOMPARE(missing.size(), 0);
    QVERIFY(missing.problemMessages().first().contains(QStringLiteral("cannot read")));
    QVERIFY(!missing.lookup(QStringLiteral("谷歌")));
    QVERIFY(missing.findMentions(QStringLiteral("谷歌")).isEmpty());
}

void TestEntityDictionary::mentionsCountLongestNamesAtTokenBoundaries()
{
    const QString text = QStringLiteral(
        "谷歌发布Gemini1.5Pro，Google股价上涨。通义千问开源，千问3也来了，Qwen很强。"
        "知补开源GLM4.7Flash；GLMX不是GLM。快手可灵AI上线。"
        "XAI的Groxy Imagine生成视频，Blackforest Labs发布Flux2Client。");
    const QList<EntityMention> mentions = m_dict.findMentions(text);
    QCOMPARE(countOf(mentions, QStringLiteral("Google")), 2);
    QCOMPARE(countOf(mentions, QStringLiteral("Gemini 1.5 Pro")), 1);
    QCOMPARE(countOf(mentions, QStringLiteral("Gemini")), 0);  // the longer name wins
    QCOMPARE(countOf(mentions, QStringLiteral("Qwen")), 2);    // 通义千问 once, Qwen once
    QCOMPARE(countOf(mentions, QStringLiteral("Tongyi Lab")), 0);
    QCOMPARE(countOf(mentions, QStringLiteral("Qwen3")), 1);
    QCOMPARE(countOf(mentions, QStringLiteral("Zhipu AI")), 1);
    QCOMPARE(countOf(mentions, QStringLiteral("GLM-4.7-Flash")), 1);
    QCOMPARE(countOf(mentions, QStringLiteral("GLM")), 1);  // not inside GLMX
    QCOMPARE(countOf(mentions, QStringLiteral("Kuaishou")), 1);
    QCOMPARE(countOf(mentions, QStringLiteral("Kling")), 1);
    QCOMPARE(countOf(mentions, QStringLiteral("xAI")), 1);
    QCOMPARE(countOf(mentions, QStringLiteral("Grok Imagine")), 1);
    QCOMPARE(countOf(mentions, QStringLiteral("Black Forest Labs")), 1);
    QCOMPARE(countOf(mentions, QStringLiteral("FLUX.2 [klein]")), 1);
    // Most mentioned first.
    QCOMPARE(mentions.first().count, 2);
    // Latin names never match inside other words; CJK names match anywhere.
    QVERIFY(m_dict.findMentions(QStringLiteral("metadata and the metaverse, amazonian")).isEmpty());
    QCOMPARE(countOf(m_dict.findMentions(QStringLiteral("据说谷歌和百度都在做")), QStringLiteral("Baidu")), 1);
    // Glued CamelCase parts count: LumaAI is Luma AI.
    QCOMPARE(countOf(m_dict.findMentions(QStringLiteral("LumaAI同样能生成视频")), QStringLiteral("Luma AI")), 1);
    QVERIFY(m_dict.findMentions(QString()).isEmpty());
    // Addresses mention nothing; the Chinese right after one is still read.
    const QList<EntityMention> linked = m_dict.findMentions(
        QStringLiteral("代码见 https://github.com/openai/whisper谷歌也发布了，www.anthropic.com/news 与 dev@nvidia.com。"));
    QCOMPARE(countOf(linked, QStringLiteral("GitHub")), 0);
    QCOMPARE(countOf(linked, QStringLiteral("OpenAI")), 0);
    QCOMPARE(countOf(linked, QStringLiteral("Anthropic")), 0);
    QCOMPARE(countOf(linked, QStringLiteral("NVIDIA")), 0);
    QCOMPARE(countOf(linked, QStringLiteral("Google")), 1);
}

void TestEntityDictionary::mentionsInSeedTranscript()
{
    QFile file(sharedDir() + QStringLiteral("/seeds/000_bbcc62e2f0bc1111.txt"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("seed transcript 000_bbcc62e2f0bc1111.txt not found in DIGEST_SHARED_DIR/seeds");
    const QString text = QString::fromUtf8(file.readAll());
    QElapsedTimer timer;
    timer.start();
    const QList<EntityMention> mentions = m_dict.findMentions(text);
    const qint64 us = timer.nsecsElapsed() / 1000;
    // Names the speech recognizer garbled are still attributed.
    for (const char* name : {"Google", "Gemini", "TranslateGemma", "Gemma 3", "Tongyi Lab", "Qwen3-TTS", "Runway", "xAI",
                             "Grok Imagine", "Black Forest Labs", "FLUX.2 [klein]", "Zhipu AI", "GLM-4.7-Flash",
                             "Liquid AI", "LFM", "Qwen3", "SK Hynix", "Sakana AI", "National University of Defense Technology",
                             "World Economic Forum"})
        QVERIFY2(countOf(mentions, QString::fromUtf8(name)) > 0, name);
    QStringList summary;
    for (const EntityMention& m : mentions)
        summary << QStringLiteral("%1×%2").arg(m.name).arg(m.count);
    qDebug("seed 000: %d entities in %lld µs: %s", int(mentions.size()), us, qPrintable(summary.join(QStringLiteral(", "))));
}

void TestEntityDictionary::discoversUnknownModelNames()
{
    const QString text = QStringLiteral(
        "Runway为视频模型Gen4.5推出新功能。Liquid AI发布端侧推理模型LFM2.5Thinking，LFM2.5Thinking很小。"
        "知补开源GLM4.7Flash。GPT-4o和Qwen3.5-Plus对比。格式MP3、COVID19、2024年、版本V2、"
        "链接 https://example.com/GPT9Turbo 与 ID J4GTGC5M051180F7，@jackpot51 与 ops@lab9x.com。"
        "FP8、BF16、DDR5、HBM3、iOS18、Armv9、Tokens15 都不是模型。");
    const QStringList found = m_dict.discoverModelNames(text);
    QCOMPARE(found, (QStringList{"Gen4.5", "LFM2.5Thinking", "Qwen3.5-Plus"}));
    QVERIFY(m_dict.discoverModelNames(QString()).isEmpty());

    QFile file(sharedDir() + QStringLiteral("/seeds/000_bbcc62e2f0bc1111.txt"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("seed transcript not found in DIGEST_SHARED_DIR/seeds");
    const QStringList seed = m_dict.discoverModelNames(QString::fromUtf8(file.readAll()));
    qDebug("seed 000 model-name candidates: %s", qPrintable(seed.join(QStringLiteral(", "))));
    QVERIFY(seed.contains(QStringLiteral("Gen4.5")));
    QVERIFY(seed.contains(QStringLiteral("LFM2.5Thinking")));
    QVERIFY(!seed.contains(QStringLiteral("GLM4.7Flash")));  // known
    QVERIFY(!seed.contains(QStringLiteral("Qins3TTS")));     // known ASR form
}

void TestEntityDictionary::expandsQueriesWithAliases()
{
    const QueryParser parser(m_dict.aliasExpander());
    const ParsedQuery q = parser.parse(QStringLiteral("千问 -Sora"));
    QVERIFY(q.matchExpression.startsWith(QStringLiteral("((\"千问\" OR \"Qwen\" OR \"通义千问\"")));
    QVERIFY(q.highlightTerms.contains(QStringLiteral("Tongyi Qianwen")));
    QCOMPARE(q.positiveTerms, QStringList{QStringLiteral("千问")});

    QList<Row> rows = fixtureRows();
    rows.append({QStringLiteral("Sora"), QStringLiteral("Qwen与Sora同台")});
    sql::Database db = openDatabase();
    createTable(db, QStringLiteral("t"), QStringLiteral("digest"), rows);
    const QSet<int> ids = matchRows(db, QStringLiteral("t"), q.matchExpression);
    // 千问 rows and the English "Qwen3-TTS" row, but not the row with Sora.
    QSet<int> expected;
    for (int i = 0; i < rows.size(); ++i) {
        const QString t = rows[i].title + rows[i].body;
        if ((t.contains(QStringLiteral("千问")) || t.contains(QStringLiteral("Qwen"))) && !t.contains(QStringLiteral("Sora")))
            expected.insert(i + 1);
    }
    QCOMPARE(ids, expected);
    QVERIFY(ids.size() >= 2);
}

QTEST_GUILESS_MAIN(TestEntityDictionary)
#include "TestEntityDictionary.moc"
