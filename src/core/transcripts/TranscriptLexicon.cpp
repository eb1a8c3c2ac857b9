#include "TranscriptLexicon.h"

#include <QRegularExpression>

namespace digest::lexicon {
namespace {

QRegularExpression rx(const char* pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption);
}

QString opening(const QString& s) { return s.trimmed().left(40); }

}  // namespace

bool startsWithStrongTransition(const QString& s)
{
    static const QRegularExpression re = rx(
        R"RX(^(?:好[的了吧]?[，,\s]*)?(?:接下来|接下來|下面|再来看|再看|我们再来看|然后我们来看|来看下一|下一条|下一个新闻|最后一条|最后一个新闻))RX"
        R"RX(|^(?:今天的?)?第[一二三四五六七八九十\d]+[条个则](?:新闻|消息|资讯|动态)?)RX"
        R"RX(|^导语[:：]|^(?:first up|last up|next up|next,|up next|moving on|in other news|elsewhere|meanwhile|last but not least|and finally|our next story|speaking of))RX");
    return re.match(opening(s)).hasMatch();
}

bool startsWithWeakTransition(const QString& s)
{
    static const QRegularExpression re =
        rx(R"RX(^(?:另外|此外|同时|与此同时|还有|最后|再者|其次|首先|also|plus|finally|another)(?:[，,\s]|$|(?=\S)))RX");
    return re.match(opening(s)).hasMatch();
}

bool startsWithContinuation(const QString& s)
{
    static const QRegularExpression re = rx(
        R"RX(^(?:而|那|那么|然而|但|但是|不过|就像|因此|所以|因为|这|该|其|它|他|她|并且|而且|比如|例如|包括|作为|经过|据此|对此|此前|也就是|就是|即|模型|研究|结果|其中|这个|这些|他们|她们|它们|尤其))RX"
        R"RX(|^(?:it|its|it's|this|that|these|those|they|their|he|she|his|her|which|but|so|because|and|or|then|here's|there's|that's)\b)RX");
    return re.match(opening(s)).hasMatch();
}

bool isGreeting(const QString& s)
{
    static const QRegularExpression re = rx(
        R"RX(大家好|各位(?:朋友|观众|听众|听友|觀眾|聽眾)|这里是|這裡是|(?:欢迎|歡迎)(?:收看|收听|收聽|来到|來到|回到|大家)|我是[^，,。]{1,8}$|^我是)RX"
        R"RX(|^(?:hello|hi|hey|welcome|what up|what's up|good (?:morning|evening))\b|\bthis is [A-Z]?[\w ]{0,40}(?:news|weekly|podcast|show))RX");
    return re.match(s.left(80)).hasMatch();
}

bool isHandOver(const QString& s)
{
    static const QRegularExpression re = rx(
        R"RX(let'?s (?:get|dive|jump) (?:in|into|started)|let'?s go\b|on to the news|一起来看看|一起来看一下|进入正题|正式开始|开始今天的|我们开始吧|话不多说)RX");
    return re.match(s).hasMatch();
}

bool isSignOff(const QString& s)
{
    static const QRegularExpression re = rx(
        R"RX((?:下期|明天|下次|下周|下週)(?:再见|再見)|我们下期|我們下期|(?:感谢|感謝)(?:您的|大家的)?(?:收看|观看|觀看|收听|收聽)|(?:谢谢|謝謝)(?:大家|收看|观看|觀看|收听|收聽)|就到这里|以上就是|拜拜|订阅|点赞|简介部分|视频下方)RX"
        R"RX(|thanks for (?:listening|watching|tuning in)|see you next|that's (?:the news|all for)|catch you (?:next|later)|bye\b|until next time)RX");
    return re.match(s).hasMatch();
}

bool introducesSample(const QString& s)
{
    static const QRegularExpression re = rx(
        R"RX(听一下效果|听听效果|听一下这段|来听一下|一起听一下|看一下效果|看看效果|效果如下|let'?s (?:listen|hear|take a listen)|here'?s (?:a|the) (?:clip|sample))RX");
    return re.match(s).hasMatch();
}

const QStringList& cjkNewsVerbs()
{
    static const QStringList v = {
        QStringLiteral("发布"), QStringLiteral("开源"), QStringLiteral("推出"), QStringLiteral("宣布"),
        QStringLiteral("上线"), QStringLiteral("合作"), QStringLiteral("预测"), QStringLiteral("举行"),
        QStringLiteral("研究"), QStringLiteral("收购"), QStringLiteral("投资"), QStringLiteral("起诉"),
        QStringLiteral("融资"), QStringLiteral("更新"), QStringLiteral("升级"), QStringLiteral("披露"),
        QStringLiteral("公布"), QStringLiteral("亮相"), QStringLiteral("官宣"), QStringLiteral("推出了"),
        QStringLiteral("发表"), QStringLiteral("曝光"), QStringLiteral("上市"), QStringLiteral("裁员"),
        QStringLiteral("获得"), QStringLiteral("完成"), QStringLiteral("联合"), QStringLiteral("首发"),
    };
    return v;
}

const QStringList& latinNewsVerbs()
{
    static const QStringList v = {
        QStringLiteral("announced"), QStringLiteral("announces"), QStringLiteral("released"),
        QStringLiteral("releases"),  QStringLiteral("launched"),  QStringLiteral("launches"),
        QStringLiteral("unveiled"),  QStringLiteral("introduced"), QStringLiteral("open-sourced"),
        QStringLiteral("acquired"),  QStringLiteral("raised"),    QStringLiteral("shipped"),
        QStringLiteral("published"), QStringLiteral("is rolling out"), QStringLiteral("rolled out"),
        QStringLiteral("debuted"),   QStringLiteral("partnered"), QStringLiteral("joins"),
        QStringLiteral("is joining"), QStringLiteral("has released"), QStringLiteral("has launched"),
    };
    return v;
}

bool isCommonLatinWord(const QString& word)
{
    static const QStringList common = {
        QStringLiteral("the"),   QStringLiteral("a"),      QStringLiteral("an"),     QStringLiteral("i"),
        QStringLiteral("we"),    QStringLiteral("you"),    QStringLiteral("it"),     QStringLiteral("this"),
        QStringLiteral("that"),  QStringLiteral("these"),  QStringLiteral("those"),  QStringLiteral("they"),
        QStringLiteral("he"),    QStringLiteral("she"),    QStringLiteral("and"),    QStringLiteral("but"),
        QStringLiteral("so"),    QStringLiteral("ok"),     QStringLiteral("okay"),   QStringLiteral("yes"),
        QStringLiteral("yeah"),  QStringLiteral("no"),     QStringLiteral("well"),   QStringLiteral("now"),
        QStringLiteral("what"),  QStringLiteral("when"),   QStringLiteral("where"),  QStringLiteral("why"),
        QStringLiteral("how"),   QStringLiteral("if"),     QStringLiteral("in"),     QStringLiteral("on"),
        QStringLiteral("at"),    QStringLiteral("for"),    QStringLiteral("of"),     QStringLiteral("to"),
        QStringLiteral("my"),    QStringLiteral("our"),    QStringLiteral("your"),   QStringLiteral("their"),
        QStringLiteral("there"), QStringLiteral("here"),   QStringLiteral("earlier"), QStringLiteral("later"),
        QStringLiteral("last"),  QStringLiteral("first"),  QStringLiteral("next"),   QStringLiteral("two"),
        QStringLiteral("one"),   QStringLiteral("three"),  QStringLiteral("good"),   QStringLiteral("great"),
        QStringLiteral("thanks"), QStringLiteral("thank"), QStringLiteral("hello"),  QStringLiteral("hi"),
        QStringLiteral("oh"),    QStringLiteral("like"),   QStringLiteral("just"),   QStringLiteral("also"),
        QStringLiteral("then"),  QStringLiteral("is"),     QStringLiteral("are"),    QStringLiteral("was"),
        QStringLiteral("do"),    QStringLiteral("does"),   QStringLiteral("did"),    QStringLiteral("can"),
        QStringLiteral("as"),    QStringLiteral("with"),   QStringLiteral("from"),   QStringLiteral("by"),
        QStringLiteral("all"),   QStringLiteral("some"),   QStringLiteral("many"),   QStringLiteral("most"),
        QStringLiteral("more"),  QStringLiteral("let's"),  QStringLiteral("let"),    QStringLiteral("check"),
        QStringLiteral("right"), QStringLiteral("sure"),   QStringLiteral("maybe"),  QStringLiteral("actually"),
        QStringLiteral("ai"),    QStringLiteral("ok,"),    QStringLiteral("licensed"), QStringLiteral("great"),
        QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("while"),  QStringLiteral("since"),
    };
    return common.contains(word.toLower());
}

}  // namespace digest::lexicon
