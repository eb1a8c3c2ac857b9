#include "MarkdownItemExtractor.h"

#include <QDir>
#include <QTest>

using namespace digest;

namespace {
QStringList titles(const ExtractedBody& b)
{
    QStringList out;
    for (const ParsedItem& i : b.items)
        out << i.title;
    return out;
}
}  // namespace

class TestMarkdownItemExtractor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tocListSkippedAndH2Items()
    {
        const QByteArray md = "## AI资讯\n\n"
                              " - 甲公司发布模型\n"
                              " - 乙公司完成融资\n\n"
                              "## 甲公司发布模型\n\n正文一。\n\n"
                              "## 乙公司完成融资\n\n正文二。\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 10).extract(md);
        QCOMPARE(titles(b), (QStringList{QStringLiteral("甲公司发布模型"), QStringLiteral("乙公司完成融资")}));
        QCOMPARE(b.items[0].line, 16);  // line 6 of the body + 10 lines of front matter
        QCOMPARE(b.items[0].text, QStringLiteral("正文一。"));
        QCOMPARE(b.items[1].html, QStringLiteral("<p>正文二。</p>\n"));
        QVERIFY(b.intro.isEmpty());
    }

    // A headline-list entry with no section of its own is a story the post
    // gives only there: an item (titled by its first sentence), not lost.
    void headlineOnlyEntriesOfATocAreItems()
    {
        const QByteArray md = "## AI资讯\n\n"
                              "+ 戊公司开源数据集\n"
                              "+ 甲公司发布模型\n"
                              "+ 丙公司举办黑客马拉松，奖金一万美元。奖金用于启动项目。\n"
                              "+ 乙公司完成融资\n"
                              "+ 己公司发布论文\n"
                              "+ 丁公司推出新芯片。\n\n"
                              "### 甲公司发布模型\n\n正文一。\n\n"
                              "### 乙公司完成融资\n\n正文二。\n\n"
                              "### 己公司发布论文\n\n正文三。\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        // In the list's order, each after the section the entry before it names.
        QCOMPARE(titles(b), (QStringList{QStringLiteral("戊公司开源数据集"), QStringLiteral("甲公司发布模型"),
                                         QStringLiteral("丙公司举办黑客马拉松，奖金一万美元"),
                                         QStringLiteral("乙公司完成融资"), QStringLiteral("己公司发布论文"),
                                         QStringLiteral("丁公司推出新芯片")}));
        QCOMPARE(b.items[2].text, QStringLiteral("丙公司举办黑客马拉松，奖金一万美元。奖金用于启动项目。"));
        QCOMPARE(b.items[2].line, 5);
        QVERIFY(b.items[5].text.isEmpty());  // one sentence: the title says it all
        QCOMPARE(b.items[1].text, QStringLiteral("正文一。"));
        QVERIFY(b.intro.isEmpty());
    }

    // Entries naming the intro's or the footer's sections, however short,
    // are no stories missing from the body.
    void tocEntriesForIntroAndFooterAreNoItems()
    {
        const QByteArray md = "## 目录\n\n- 前言\n- OpenAI 发布 GPT-5 模型\n- Google 发布 Gemini 2 模型\n- 结尾\n\n"
                              "## 前言\n\n开场的话。\n\n## OpenAI 发布 GPT-5 模型\n\n正文一。\n\n"
                              "## Google 发布 Gemini 2 模型\n\n正文二。\n\n## 结尾\n\n再见。\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        QCOMPARE(titles(b), (QStringList{QStringLiteral("OpenAI 发布 GPT-5 模型"), QStringLiteral("Google 发布 Gemini 2 模型")}));
    }

    // A long entry that merely contains another section's heading is not a
    // table-of-contents entry: the section it is in stays an item.
    void aSectionWhoseEntriesMentionAHeadingIsNoToc()
    {
        const QByteArray md = "## Terminal Font Customization\n\nFonts can be changed now.\n\n"
                              "## Terminal Improvements\n\n"
                              "- (term) Someone removed fbcond from initfs to allow terminal font customization\n"
                              "- (term) Someone improved drawing performance\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        QCOMPARE(titles(b), (QStringList{QStringLiteral("Terminal Font Customization"),
                                         QStringLiteral("Terminal Improvements")}));
        QVERIFY(b.items[1].text.contains(QStringLiteral("fbcond")));
    }

    // A project's appeals are not news: "Donate to …" opening the post is
    // intro, "Join us on …" and "Discussion" closing it are the outro.
    void appealsAreIntroAndOutro()
    {
        const QByteArray md = "## Donate to Redox\n\nPlease give.\n\n"
                              "## New Scheduler\n\nIt is faster.\n\n"
                              "## Subscribers to ChatGPT Plus double\n\nNews, not an appeal.\n\n"
                              "## Join us on Matrix Chat\n\nCome talk.\n\n"
                              "## Discussion\n\nOn the forum.\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        QCOMPARE(titles(b), (QStringList{QStringLiteral("New Scheduler"), QStringLiteral("Subscribers to ChatGPT Plus double")}));
        QVERIFY(b.intro.contains(QStringLiteral("Please give.")));
        QVERIFY(b.outro.contains(QStringLiteral("Come talk.")));
        QVERIFY(b.outro.contains(QStringLiteral("On the forum.")));
    }

    // A bold label paragraph after a break ("**参考来源**:" over links) opens the footer.
    void aLabelledReferenceListIsTheFooter()
    {
        const QByteArray md = "## 一、结论\n\n正文一。\n\n## 七、最后\n\n正文七。\n\n---\n\n**参考来源**:\n"
                              "- [官方公告](https://a.example/1)\n- [报道](https://b.example/2)\n- [评测](https://c.example/3)\n"
                              "- [讨论一](https://d.example/4)\n- [讨论二](https://e.example/5)\n- [讨论三](https://f.example/6)\n"
                              "- [分析](https://g.example/a-very-long-path-that-makes-the-footer-probe-long-enough-to-pass-400)\n"
                              "- [案例](https://h.example/another-very-long-path-that-makes-the-footer-probe-long-enough)\n"
                              "- [定价](https://i.example/pricing/and-a-path-long-enough-to-push-the-probe-past-its-limit)\n"
                              "- [回答](https://j.example/question/2047851398734394746/answer/2047897957450753359)\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        QCOMPARE(titles(b), (QStringList{QStringLiteral("一、结论"), QStringLiteral("七、最后")}));
        QCOMPARE(b.items[1].text, QStringLiteral("正文七。"));
        QVERIFY(b.items[1].links.isEmpty());
        QVERIFY(b.outro.startsWith(QStringLiteral("参考来源")));
    }

    void anchorTocSkipped()
    {
        const QByteArray md = "## 📊 今日看点\n\n今日精选 **2 篇**：\n\n"
                              "- **[Alpha](#1-alpha)**\n- **[Beta](#2-beta)**\n\n<!--more-->\n\n"
                              "## 📰 详细内容\n\n"
                              "### 1. Alpha {#1-alpha}\n\n> 发布时间\n\n#### 📝 内容概要\n\n"
                              "# Pasted article title\n\nAlpha body.\n\n📎 [查看原文](https://a.example/)\n\n---\n\n"
                              "### 2. Beta {#2-beta}\n\n#### 📝 内容概要\n\nBeta body.\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        // TOC and the group heading are not items; the repeated label and the
        // pasted H1 stay inside their item; `{#id}` is not part of the title.
        QCOMPARE(titles(b), (QStringList{QStringLiteral("1. Alpha"), QStringLiteral("2. Beta")}));
        QCOMPARE(b.items[0].sourceUrl.value_or(QString()), QStringLiteral("https://a.example/"));
        QVERIFY(b.items[0].text.contains(QStringLiteral("Pasted article title")));
        QVERIFY(b.items[0].text.contains(QStringLiteral("内容概要")));
        QCOMPARE(b.items[0].tags, QStringList{QStringLiteral("📰 详细内容")});
        QVERIFY(!b.items[0].html.contains(QStringLiteral("more")));
    }

    void groupedH3ItemsUnderEmojiH2AndH1Title()
    {
        const QByteArray md = "# AI Agent 周报\n\n本周导语。\n\n"
                              "## 🔥 重点新闻\n\n### 新闻甲\n\n甲的正文。\n\n### 新闻乙\n\n乙的正文。\n\n"
                              "## 📊 行业进展\n\n- 要点一\n- 要点二\n\n"
                              "---\n\n*持续关注 AI Agent 领域最新动态*\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        QCOMPARE(titles(b), (QStringList{QStringLiteral("新闻甲"), QStringLiteral("新闻乙"), QStringLiteral("📊 行业进展")}));
        QCOMPARE(b.items[0].tags, QStringList{QStringLiteral("🔥 重点新闻")});
        QVERIFY(b.items[2].tags.isEmpty());
        QCOMPARE(b.items[2].text, QStringLiteral("要点一\n要点二"));
        QCOMPARE(b.titleHeading, QStringLiteral("AI Agent 周报"));
        QCOMPARE(b.intro, QStringLiteral("本周导语。"));
        QCOMPARE(b.outro, QStringLiteral("持续关注 AI Agent 领域最新动态"));
    }

    void severalH1AreSections()
    {
        const QByteArray md = "# What's new\n\n- a\n\n# What's next?\n\nMore.\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        QCOMPARE(titles(b), (QStringList{QStringLiteral("What's new"), QStringLiteral("What's next?")}));
    }

    void promotionalFooterExcluded()
    {
        const QByteArray md = "## 新闻一\n\n正文一。\n\n---\n\n"
                              "## 新闻二\n\n正文二。[报道详情](https://a.example/2)\n\n---\n\n"
                              "关注本公众号，我们共同学习进步👇🏻\n\n![微信公众号：老牛同学](https://x.example/qr.png)\n\n"
                              "## 微信公众号：老牛同学\n\n### Qwen2-7B 开源大模型\n\n[旧文](https://mp.weixin.qq.com/s/x)\n\n"
                              "---\n\n我的本博客原地址：[https://mp.weixin.qq.com/s/y](https://mp.weixin.qq.com/s/y)\n\n---\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        // `---` between stories is not a footer; the promotional tail is.
        QCOMPARE(titles(b), (QStringList{QStringLiteral("新闻一"), QStringLiteral("新闻二")}));
        QVERIFY(b.outro.contains(QStringLiteral("关注本公众号")));
        QVERIFY(b.outro.contains(QStringLiteral("Qwen2-7B 开源大模型")));
        QVERIFY(b.outro.contains(QStringLiteral("原地址")));
        for (const ParsedItem& i : b.items) {
            for (const LinkRef& l : i.links)
                QVERIFY(!l.url.contains(QStringLiteral("weixin")));
        }
    }

    void referenceSectionIsOutro()
    {
        const QByteArray md = "## 分析\n\n正文。\n\n## 参考资料\n\n- [A](https://a.example/)\n- [B](https://b.example/)\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        QCOMPARE(titles(b), QStringList{QStringLiteral("分析")});
        QVERIFY(b.outro.startsWith(QStringLiteral("参考资料")));
    }

    void shortcodesAndRawHtmlStripped()
    {
        const QByteArray md = "## Story\n\nHello {{< tweet 12345 >}} world.\n\n"
                              "{{% notice info %}}\nInner text.\n{{% /notice %}}\n\n"
                              "<div class=\"box\"><b>Boxed</b> words &amp; more</div>\n\n"
                              "Inline <span style=\"color:red\">red</span> text<br>next.\n\n"
                              "<script>alert(1)</script>\n\n## Second\n\nBody.\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        QCOMPARE(b.items.size(), 2);
        const ParsedItem& i = b.items[0];
        for (const QString& s : {i.text, i.html}) {
            QVERIFY2(!s.contains(QStringLiteral("{{")), qPrintable(s));
            QVERIFY2(!s.contains(QStringLiteral("<div")), qPrintable(s));
            QVERIFY2(!s.contains(QStringLiteral("<span")), qPrintable(s));
            QVERIFY2(!s.contains(QStringLiteral("script")), qPrintable(s));
            QVERIFY2(!s.contains(QStringLiteral("alert")), qPrintable(s));
            QVERIFY2(!s.contains(QStringLiteral("raw HTML")), qPrintable(s));
        }
        QVERIFY(i.text.contains(QStringLiteral("Hello  world.")) || i.text.contains(QStringLiteral("Hello world.")));
        QVERIFY(i.text.contains(QStringLiteral("Inner text.")));
        QVERIFY(i.text.contains(QStringLiteral("Boxed words & more")));
        QVERIFY(i.text.contains(QStringLiteral("Inline red text\nnext.")));
        QVERIFY(i.html.contains(QStringLiteral("<br />")));
        // Shortcode removal keeps line numbers: "## Second" is line 15.
        QCOMPARE(b.items[1].line, 15);
    }

    void imagesLocalAndRemote()
    {
        const QByteArray md = "## Pics\n\n![本地图](images/pic%201.png) ![远程](https://cdn.example/a.jpg)\n"
                              "![协议相对](//cdn.example/b.png) ![绝对](/srv/c.png)\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/data/posts/ai1"), 0).extract(md);
        QCOMPARE(b.items.size(), 1);
        const QList<ImageRef>& im = b.items[0].images;
        QCOMPARE(im.size(), 4);
        QCOMPARE(im[0].src, QStringLiteral("images/pic%201.png"));
        QCOMPARE(im[0].alt, QStringLiteral("本地图"));
        QCOMPARE(im[0].localPath, QStringLiteral("/data/posts/ai1/images/pic 1.png"));
        QVERIFY(!im[0].remote);
        QVERIFY(im[1].remote);
        QVERIFY(im[1].localPath.isEmpty());
        QVERIFY(im[2].remote);
        QCOMPARE(im[3].localPath, QStringLiteral("/srv/c.png"));
        QVERIFY(!b.items[0].text.contains(QStringLiteral("本地图")));
    }

    void linksInOrderWithBareUrls()
    {
        const QByteArray md = "## L\n\n[one](https://1.example/) then 报道地址：https://2.example/p and <https://3.example/>\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        QCOMPARE(b.items.size(), 1);
        QStringList urls;
        for (const LinkRef& l : b.items[0].links)
            urls << l.url;
        QCOMPARE(urls, (QStringList{QStringLiteral("https://1.example/"), QStringLiteral("https://2.example/p"),
                                    QStringLiteral("https://3.example/")}));
        QCOMPARE(b.items[0].sourceUrl.value_or(QString()), QStringLiteral("https://2.example/p"));
    }

    void noHeadingsIsOneUntitledItem()
    {
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 3).extract("First para.\n\nSecond para.\n");
        QVERIFY(b.untitledWholeBody);
        QCOMPARE(b.items.size(), 1);
        QCOMPARE(b.items[0].text, QStringLiteral("First para.\n\nSecond para."));
        QCOMPARE(b.items[0].line, 4);
        QVERIFY(b.intro.isEmpty());
    }

    // Newsletters without headings open each story with a bold link.
    void boldLinkParagraphsAreItemsWhenThereAreNoHeadings()
    {
        const QByteArray md = "本周三条新闻。\n\n"
                              "[**谷歌发布新模型**](https://a.example/1) (5 minute read)\n\n"
                              "第一段正文。\n\n第一条的第二段，见 [附录](https://a.example/more)。\n\n"
                              "**[Kling 2.0 ships](https://b.example/2)** - 可灵新版本上线。\n\n"
                              "[**owner/repo**](https://github.com/owner/repo) - MIT - A registry.\n\n"
                              "[**Jump**](#top) is an anchor, not a story.\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 5).extract(md);
        QVERIFY(!b.untitledWholeBody);
        QCOMPARE(titles(b), (QStringList{QStringLiteral("谷歌发布新模型"), QStringLiteral("Kling 2.0 ships"),
                                         QStringLiteral("owner/repo")}));
        QCOMPARE(b.intro, QStringLiteral("本周三条新闻。"));
        // The title is not repeated in the body; what follows the link stays.
        QCOMPARE(b.items[0].text, QStringLiteral("(5 minute read)\n\n第一段正文。\n\n第一条的第二段，见 附录。"));
        QCOMPARE(b.items[0].sourceUrl.value_or(QString()), QStringLiteral("https://a.example/1"));
        QCOMPARE(b.items[0].links.size(), 2);
        QCOMPARE(b.items[0].links[0].url, QStringLiteral("https://a.example/1"));
        QCOMPARE(b.items[0].links[1].url, QStringLiteral("https://a.example/more"));
        QVERIFY(!b.items[0].html.contains(QStringLiteral("谷歌发布新模型")));
        QCOMPARE(b.items[0].line, 8);  // line 3 of the body + 5
        QCOMPARE(b.items[1].text, QStringLiteral("可灵新版本上线。"));
        QCOMPARE(b.items[1].sourceUrl.value_or(QString()), QStringLiteral("https://b.example/2"));
        // The anchor paragraph is no story: it stays with the one before.
        QCOMPARE(b.items[2].text, QStringLiteral("MIT - A registry.\n\nJump is an anchor, not a story."));
    }

    void fullWidthPunctuationEndsABareUrl()
    {
        const QByteArray md = "## 甲公司发布模型\n\n正文。（报道详情：https://x.example/a.html）\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        QCOMPARE(b.items.size(), 1);
        QCOMPARE(b.items[0].sourceUrl.value_or(QString()), QStringLiteral("https://x.example/a.html"));
        QCOMPARE(b.items[0].links.size(), 1);
        QCOMPARE(b.items[0].links[0].url, QStringLiteral("https://x.example/a.html"));
        QCOMPARE(b.items[0].text, QStringLiteral("正文。（报道详情：https://x.example/a.html）"));
        QVERIFY(b.items[0].html.contains(QStringLiteral("a.html</a>）")));
    }

    void contentsListUnderAHeadingIsNoBodyText()
    {
        const QByteArray md = "# 标题\n\n## 目录\n\n- [第一部分](#a)\n- [第二部分](#b)\n\n正文在这里。\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        QVERIFY(!b.items.isEmpty());
        for (const ParsedItem& item : b.items)
            QVERIFY2(!item.text.contains(QStringLiteral("第一部分")), qPrintable(item.text));
        QVERIFY(!b.intro.contains(QStringLiteral("第一部分")));
    }

    void aLineBreakAfterTheLeadLinkIsNoSeparator()
    {
        const QByteArray md = "[**Alpha**](https://a.example/1)\n— first story.\n\n"
                              "[**Beta**](https://a.example/2)\n— second story.\n\n"
                              "[**Gamma**](https://a.example/3)\n— third story.\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        QCOMPARE(titles(b), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")}));
        QCOMPARE(b.items[0].text, QStringLiteral("first story."));
    }

    void twoBoldLinksDoNotMakeItems()
    {
        const QByteArray md = "[**One**](https://a.example/1) first.\n\n[**Two**](https://a.example/2) second.\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        QVERIFY(b.untitledWholeBody);
        QCOMPARE(b.items.size(), 1);
        QVERIFY(b.items[0].text.startsWith(QStringLiteral("One first.")));
    }

    void boldLinksUnderHeadingsStayInsideTheirItems()
    {
        const QByteArray md = "## Department of Links\n\n"
                              "[**A**](https://a.example/1) one.\n\n[**B**](https://a.example/2) two.\n\n"
                              "[**C**](https://a.example/3) three.\n";
        const ExtractedBody b = MarkdownItemExtractor(QStringLiteral("/tmp"), 0).extract(md);
        QCOMPARE(titles(b), QStringList{QStringLiteral("Department of Links")});
        QCOMPARE(b.items[0].links.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownItemExtractor)
#include "TestMarkdownItemExtractor.moc"
