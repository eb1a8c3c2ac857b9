// The boundary rule on small hand-written cases: each signal alone, and the
// signals that hold a story together.
#include "TranscriptSegmenter.h"

#include <QTest>

using namespace digest;

namespace {
QList<TranscriptSentence> sentences(const QStringList& texts)
{
    QList<TranscriptSentence> out;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        TranscriptSentence s;
        s.text = texts[i];
        s.line = int(i) + 1;
        out << s;
    }
    return out;
}

QList<int> starts(const QStringList& texts, const QStringList& known = {})
{
    TranscriptSegmenterOptions o;
    o.knownNames = known;
    return TranscriptSegmenter::segment(sentences(texts), o).itemStarts;
}
}  // namespace

class TestTranscriptSegmenter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void introAndOutroAreNotItems()
    {
        const auto seg = TranscriptSegmenter::segment(sentences({
            QStringLiteral("大家好,这里是科技周报第三期。"),
            QStringLiteral("谷歌发布Gemini 3模型,支持更长的上下文和更强的推理。"),
            QStringLiteral("模型已经在应用中上线,用户可以免费试用。"),
            QStringLiteral("Runway推出视频模型Gen-5,可生成更长的视频片段。"),
            QStringLiteral("这期新闻就到这里,我们下期再见。"),
        }));
        QCOMPARE(seg.introEnd, 1);
        QCOMPARE(seg.outroBegin, 4);
        QCOMPARE(seg.itemStarts, (QList<int>{1, 3}));
    }

    void newNamedSubjectStartsAStory()
    {
        const QStringList t = {
            QStringLiteral("Runway为视频模型推出新功能,可以基于图像生成视频。"),
            QStringLiteral("支持长篇连贯的叙事和精准的镜头控制。"),
            QStringLiteral("Blackforest Labs发布图像模型,一秒内完成高质量图像生成。"),
            QStringLiteral("开发者可根据使用场景选用模型。"),
        };
        QCOMPARE(starts(t), (QList<int>{0, 2}));
    }

    void sameCompanyNewAnnouncementStartsAStory()
    {
        // 谷歌 was just mentioned, but "谷歌开源…" announces a new thing.
        const QStringList t = {
            QStringLiteral("谷歌与教育公司合作,将模拟考试整合到应用中,用户可以免费模考。"),
            QStringLiteral("未来将支持更多标准化考试。"),
            QStringLiteral("谷歌开源翻译模型,可以更高的准确率翻译55种语言。"),
            QStringLiteral("目前有三个版本,支持端侧部署。"),
        };
        QCOMPARE(starts(t), (QList<int>{0, 2}));
    }

    void continuationsGlossesAndStaleNamesStay()
    {
        const QStringList t = {
            QStringLiteral("Liquid AI发布端侧推理模型LFM2,参数12亿,内存占用更低。"),
            QStringLiteral("而LFM2就是这次发布的模型,它仅需900兆内存。"),              // continuation opener
            QStringLiteral("Cross-View Reasoning,就是在同一场景的多个视角下推理空间关系。"),  // gloss
            QStringLiteral("LFM2在工具使用和编程任务上表现不错,输出的token数量更少。"),   // stale name
        };
        QCOMPARE(starts(t), (QList<int>{0}));
    }

    void weakTransitionAloneDoesNotSplit()
    {
        const QStringList t = {
            QStringLiteral("Sakana AI研究Digital Red Queen算法,让程序在虚拟机中相互竞争。"),
            QStringLiteral("经过多轮对抗,战士们表现出更强的能力。"),
            QStringLiteral("另外,类似Digital Red Queen的自我博弈方法也可用于其他领域。"),
        };
        QCOMPARE(starts(t), (QList<int>{0}));
    }

    void strongTransitionSplits()
    {
        const QStringList t = {
            QStringLiteral("今天的第一条新闻是关于浏览器的问题。"),
            QStringLiteral("很多用户反映体验比较混乱。"),
            QStringLiteral("接下来我们看第二条新闻,关于机器人的进展。"),
            QStringLiteral("这款机器人可以完成复杂的动作。"),
        };
        QCOMPARE(starts(t), (QList<int>{0, 2}));
    }

    void quotedSampleBelongsToItsStory()
    {
        const QStringList t = {
            QStringLiteral("阿里开源语音合成模型,支持音色克隆和情感表达。"),
            QStringLiteral("来一起听一下效果。"),
            QStringLiteral("我们就在山上,其实也没什么,就是在土坡上跑来跑去。"),
            QStringLiteral("你太过分喽,把我这东西都搞坏喽。"),
            QStringLiteral("Runway为视频模型推出新功能,可以生成更长的视频。"),
        };
        QCOMPARE(starts(t), (QList<int>{0, 4}));
    }

    void breakMarkersAreTrustedWhenPresent()
    {
        QList<TranscriptSentence> s = sentences({
            QStringLiteral("GitHub Accelerator launched its first cohort."),
            QStringLiteral("Kara Deloss announced the 2023 cohort of 20 projects."),  // names, same story
            QStringLiteral("Hello, Dolly!"),
            QStringLiteral("Databricks released Dolly, an open model."),
            QStringLiteral("Elsewhere, a new terminal app shipped."),
        });
        s[2].breakBefore = true;
        s[4].breakBefore = true;
        const auto seg = TranscriptSegmenter::segment(s);
        QCOMPARE(seg.itemStarts, (QList<int>{0, 2, 4}));
        QCOMPARE(seg.evidence[2].pause, SegmenterWeights().breakMarker);
    }

    // Numbered stories are trusted from three numbers on; a stray number row says nothing.
    void storyNumbersAreTrustedFromThreeOn()
    {
        QList<TranscriptSentence> s = sentences({
            QStringLiteral("大家好，欢迎收看本期节目。"),
            QStringLiteral("甲公司发布新模型。"), QStringLiteral("新模型的推理速度提升三倍，成本降低一半。"),
            QStringLiteral("乙公司完成新一轮融资。"), QStringLiteral("资金将用于扩大算力和招聘工程师。"),
            QStringLiteral("丙大学开源一个数据集。"), QStringLiteral("数据集覆盖五十种语言的对话样本。"),
        });
        QList<TranscriptSentence> stray = s;
        stray[4].storyNumber = 3;
        const auto one = TranscriptSegmenter::segment(stray);
        QCOMPARE(one.evidence[4].numbered, 0.0);
        s[1].storyNumber = 1;
        s[3].storyNumber = 2;
        s[5].storyNumber = 3;
        const auto seg = TranscriptSegmenter::segment(s);
        QCOMPARE(seg.introEnd, 1);
        QCOMPARE(seg.itemStarts, (QList<int>{1, 3, 5}));
    }

    void knownNamesFindCjkSubjects()
    {
        const QStringList names = TranscriptSegmenter::openingNames(
            QStringLiteral("知补开源Moe模型GLM4.7Flash,参数300亿"), {QStringLiteral("智谱"), QStringLiteral("知补")}, 32);
        QVERIFY(names.contains(QStringLiteral("知补")));
        QVERIFY(names.contains(QStringLiteral("GLM4.7Flash")));
        const QStringList latin = TranscriptSegmenter::openingNames(
            QStringLiteral("XAI的Groxy Imagine目前可以生成10秒时长的视频"), {}, 32);
        QVERIFY(latin.contains(QStringLiteral("XAI")));
        QVERIFY(latin.contains(QStringLiteral("Groxy Imagine")));
        const QStringList org = TranscriptSegmenter::openingNames(QStringLiteral("花旗银行预测DRAM价格上涨"), {}, 32);
        QVERIFY(org.contains(QStringLiteral("花旗银行")));
        // "AI" alone and sentence-initial common words are not names.
        const QStringList none = TranscriptSegmenter::openingNames(QStringLiteral("The AI market grew."), {}, 32);
        QVERIFY(none.isEmpty());
    }

    void evidenceIsExplained()
    {
        const auto seg = TranscriptSegmenter::segment(sentences({
            QStringLiteral("谷歌发布Gemini 3模型,支持更长的上下文。"),
            QStringLiteral("Runway推出视频模型Gen-5。"),
        }));
        const BoundaryEvidence& e = seg.evidence[1];
        QCOMPARE(e.subjectVerb, SegmenterWeights().subjectVerb);
        QCOMPARE(e.newSubject, SegmenterWeights().newSubject);
        QVERIFY(e.explain().contains(QStringLiteral("Runway")));
        QVERIFY(e.total >= SegmenterWeights().threshold);
    }

    void weightsAreTunable()
    {
        TranscriptSegmenterOptions o;
        o.weights.threshold = 100;  // nothing is strong enough: one item
        const auto seg = TranscriptSegmenter::segment(sentences({
            QStringLiteral("谷歌发布Gemini 3模型,支持更长的上下文。"),
            QStringLiteral("Runway推出视频模型Gen-5,可生成更长的视频。"),
        }), o);
        QCOMPARE(seg.itemStarts, (QList<int>{0}));
    }

    void leadClauseTitles()
    {
        QCOMPARE(TranscriptSegmenter::leadClause(
                     QStringLiteral("谷歌开源翻译模型Translate Gemma,可以更高的准确率翻译55种语言,可作为基座模型灵活适配。")),
                 QStringLiteral("谷歌开源翻译模型Translate Gemma"));
        QCOMPARE(TranscriptSegmenter::leadClause(QStringLiteral("据悉,SK Hynix近日宣布发放奖金。")),
                 QStringLiteral("SK Hynix近日宣布发放奖金"));
        QCOMPARE(TranscriptSegmenter::leadClause(
                     QStringLiteral("Earlier this month, the team at DataBricks released Dolly, a large language model "
                                    "trained for less than $30.")),
                 QStringLiteral("Earlier this month, the team at DataBricks released Dolly"));
        // A short lead clause is extended though the next one is long, and cut at a word.
        const QString chris = TranscriptSegmenter::leadClause(
            QStringLiteral("Well, Chris, I think that some of what we've talked about here with the open models is "
                           "quite interesting, because we were talking about this."));
        QVERIFY2(chris.startsWith(QStringLiteral("Chris, I think that some of what")), qPrintable(chris));
        QVERIFY(chris.size() <= 80);
        // One over-long clause is cut at a word boundary within ~40 CJK characters.
        const QString t = TranscriptSegmenter::leadClause(
            QStringLiteral("这是一个非常非常长而且完全没有任何标点符号的句子它会一直持续下去直到超过标题所允许的最大长度为止还要更长"));
        QVERIFY(t.size() <= 40 && t.size() >= 20);
    }
};

QTEST_GUILESS_MAIN(TestTranscriptSegmenter)
#include "TestTranscriptSegmenter.moc"
