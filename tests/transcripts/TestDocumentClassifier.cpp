#include "CharsetDecoder.h"
#include "DocumentClassifier.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace digest;

namespace {
QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

DocumentKind kindOf(const QByteArray& text)
{
    return classifyDocument(QStringLiteral("a.txt"), text);
}

QStringList filesUnder(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}
}  // namespace

class TestDocumentClassifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void smallCases()
    {
        QCOMPARE(classifyDocument(QStringLiteral("a.srt"), QByteArray("anything")), DocumentKind::Transcript);
        QCOMPARE(classifyDocument(QStringLiteral("a.vtt"), QByteArray("WEBVTT\n")), DocumentKind::Transcript);
        QCOMPARE(classifyDocument(QStringLiteral("a.txt"), QByteArray("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n")),
                 DocumentKind::Transcript);
        QCOMPARE(classifyDocument(QStringLiteral("a.md"), QByteArray("---\ntitle: x\n---\n\nbody\n")), DocumentKind::Post);
        QCOMPARE(classifyDocument(QStringLiteral("a.md"), QByteArray("+++\ntitle = 'x'\n+++\nbody\n")), DocumentKind::Post);
        QCOMPARE(classifyDocument(QStringLiteral("a.md"), QByteArray("# Weekly 1\n\n## News\n\n[a](https://a.example)\n")),
                 DocumentKind::Post);
        QCOMPARE(classifyDocument(QStringLiteral("a.md"), QByteArray("**Jerod Santo:**\n\nHello, friends.\n")),
                 DocumentKind::Transcript);
        QCOMPARE(classifyDocument(QStringLiteral("ep51.mp3.md"),
                                  QByteArray("# ep51.mp3\n\n\n- 各位朋友大家好 欢迎来到后互联网时代的乱谈\n")),
                 DocumentKind::Transcript);
        QCOMPARE(classifyDocument(QStringLiteral("a.txt"), QByteArray("大家好,这里是周报。谷歌发布新模型。")),
                 DocumentKind::Transcript);
    }

    void cueLinesAndSpeakerLabelsComeFirst()
    {
        // Caption shapes decide before Markdown structure: cue text may hold a "#".
        QCOMPARE(kindOf("1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:02,500 --> 00:00:04,000\n# one\n"),
                 DocumentKind::Transcript);
        QCOMPARE(kindOf("# Episode 4\n\n**Adam:** Hello there.\n\n**Jerod:** Hi, [link](https://a.example).\n"),
                 DocumentKind::Transcript);
        QCOMPARE(kindOf("# Episode 4\n\n**Adam:** Hello there.\n"), DocumentKind::Post);  // one inline label is not enough
    }

    void markdownStructureIsReadAsCommonMark()
    {
        // Code and raw HTML hold no structure.
        QCOMPARE(kindOf("Some speech.\n\n```sh\n# install it\nmake\n```\n\nMore speech.\n"), DocumentKind::Transcript);
        QCOMPARE(kindOf("Use `[a](b)` and `[c](d)` in code.\n"), DocumentKind::Transcript);
        QCOMPARE(kindOf("<div>\n# not a heading\n</div>\n\nSpeech.\n"), DocumentKind::Transcript);
        // Headings indented or in a quote; links with titles, by reference, autolinks, images, bare URL lines.
        QCOMPARE(kindOf("   # Title\n\nSome speech.\n"), DocumentKind::Post);
        QCOMPARE(kindOf("> # Title\n\nSpeech.\n"), DocumentKind::Post);
        QCOMPARE(kindOf("# Title #\n"), DocumentKind::Post);
        QCOMPARE(kindOf("See [a](http://x.example \"t\") and [b](http://y.example \"t\").\n"), DocumentKind::Post);
        QCOMPARE(kindOf("See [a][1] and [b][2].\n\n[1]: http://x.example\n[2]: http://y.example\n"), DocumentKind::Post);
        QCOMPARE(kindOf("Go <https://a.example> and <https://b.example>\n"), DocumentKind::Post);
        QCOMPARE(kindOf("![](a.png)\n\n![](b.png)\n"), DocumentKind::Post);
        QCOMPARE(kindOf("https://a.example\nhttps://b.example\n"), DocumentKind::Post);
        QCOMPARE(kindOf("- https://a.example\n- https://b.example\n"), DocumentKind::Post);
        // Not a post's: one link, a heading naming a media file, setext underlines, hashtags.
        QCOMPARE(kindOf("See [a](http://x.example).\n"), DocumentKind::Transcript);
        QCOMPARE(kindOf("# **ep51.mp3**\n\nspeech\n"), DocumentKind::Transcript);
        QCOMPARE(kindOf("Some speech\n---\nMore speech.\n"), DocumentKind::Transcript);
        QCOMPARE(kindOf("Title\n=====\n\nSome speech.\n"), DocumentKind::Transcript);
        QCOMPARE(kindOf("#hashtag speech\n"), DocumentKind::Transcript);
    }

    void structureBeyondTheOpening()
    {
        // The opening paragraphs are parsed first, then the rest of the head.
        QByteArray prose;
        for (int i = 0; prose.size() < 6000; ++i)
            prose += "A paragraph of speech that goes on for a while, number " + QByteArray::number(i) + ".\n\n";
        QCOMPARE(kindOf(prose), DocumentKind::Transcript);
        QCOMPARE(kindOf("# Weekly\n\n" + prose), DocumentKind::Post);
        QCOMPARE(kindOf(prose + "## News\n"), DocumentKind::Post);
        QCOMPARE(kindOf(prose + "[a](https://a.example) and [b](https://b.example)\n"), DocumentKind::Post);
        // A paragraph running past the opening is read whole: its code span covers the links.
        QByteArray longParagraph = "Speech with `[a](https://a.example)\n[b](https://b.example)";
        while (longParagraph.size() < 3000)
            longParagraph += "\nstill inside the code span";
        QCOMPARE(kindOf(prose.left(1500) + "\n\n" + longParagraph + "` done.\n"), DocumentKind::Transcript);
        // So is a fenced block.
        QCOMPARE(kindOf(prose.left(1500) + "\n\n```\n" + prose.left(2000) + "# not a heading\n```\n"),
                 DocumentKind::Transcript);
    }

    void headIsCountedAfterLineEndsAreNormalised()
    {
        // The first 65,536 characters with "\r\n" read as one: a heading inside them counts, one after them not.
        QByteArray crlf;
        for (int i = 0; i < 65500; ++i)
            crlf += "\r\n";
        QCOMPARE(kindOf("Speech." + crlf + "# Heading\r\n"), DocumentKind::Post);
        QCOMPARE(kindOf("Speech." + crlf + crlf.left(80) + "# Heading\r\n"), DocumentKind::Transcript);
        QCOMPARE(classifyDocument(QStringLiteral("a.md"), QByteArray("---\r\ntitle: x\r\n---\r\n\r\nbody\r\n")),
                 DocumentKind::Post);
    }

    void decodedTextGivesTheSameAnswer()
    {
        const QList<QPair<QString, QByteArray>> samples = {
            {QStringLiteral("a.md"), QByteArray("# Weekly 1\n\n## News\n\n[a](https://a.example)\n")},
            {QStringLiteral("a.md"), QByteArray("**Jerod Santo:**\n\nHello, friends.\n")},
            {QStringLiteral("a.txt"), QByteArray("大家好,这里是周报。谷歌发布新模型。")},
            {QStringLiteral("a.md"), QByteArray("---\ntitle: x\n---\n\nbody\n")},
            {QStringLiteral("a.txt"), QByteArray("\xff\xfe\x00\xd8")},  // invalid UTF-16 after a BOM
            {QStringLiteral("a.txt"), QByteArray()},
        };
        for (const auto& [path, bytes] : samples)
            QCOMPARE(classifyDocument(path, CharsetDecoder::decode(bytes)), classifyDocument(path, bytes));
        // Undecodable: a post (its parser reports why), unless the extension says transcript.
        const DecodedText failed;
        QCOMPARE(classifyDocument(QStringLiteral("a.md"), failed), DocumentKind::Post);
        QCOMPARE(classifyDocument(QStringLiteral("a.srt"), failed), DocumentKind::Transcript);
        QCOMPARE(classifyDocument(QStringLiteral("a.VTT"), failed), DocumentKind::Transcript);
    }

    void corpusPostsArePosts()
    {
        const QString dir = QStringLiteral(DIGEST_SHARED_DIR "/corpus/posts");
        if (!QDir(dir).exists())
            QSKIP("DIGEST_SHARED_DIR/corpus/posts not present: real-document test skipped");
        const QStringList files = filesUnder(dir);
        QVERIFY(files.size() >= 60);
        for (const QString& f : files) {
            const QByteArray bytes = readFile(f);
            QVERIFY2(classifyDocument(f, bytes) == DocumentKind::Post, qPrintable(f));
            QVERIFY2(classifyDocument(f, CharsetDecoder::decode(bytes)) == DocumentKind::Post, qPrintable(f));
        }
    }

    void corpusTranscriptsAreTranscripts()
    {
        const QString dir = QStringLiteral(DIGEST_SHARED_DIR "/corpus/transcripts");
        if (!QDir(dir).exists())
            QSKIP("DIGEST_SHARED_DIR/corpus/transcripts not present: real-document test skipped");
        const QStringList files = filesUnder(dir);
        QCOMPARE(files.size(), 21);
        for (const QString& f : files) {
            const QByteArray bytes = readFile(f);
            QVERIFY2(classifyDocument(f, bytes) == DocumentKind::Transcript, qPrintable(f));
            QVERIFY2(classifyDocument(f, CharsetDecoder::decode(bytes)) == DocumentKind::Transcript, qPrintable(f));
        }
    }

    void seeds()
    {
        const QString seeds = QStringLiteral(DIGEST_SHARED_DIR "/seeds/");
        const QByteArray s0 = readFile(seeds + QStringLiteral("000_bbcc62e2f0bc1111.txt"));
        const QByteArray s4 = readFile(seeds + QStringLiteral("004_7f005352e2cc6cf3.txt"));
        if (s0.isEmpty() || s4.isEmpty())
            QSKIP("DIGEST_SHARED_DIR/seeds not present: real-document test skipped");
        QCOMPARE(classifyDocument(seeds + QStringLiteral("000_bbcc62e2f0bc1111.txt"), s0), DocumentKind::Transcript);
        QCOMPARE(classifyDocument(seeds + QStringLiteral("004_7f005352e2cc6cf3.txt"), s4), DocumentKind::Post);
    }
};

QTEST_GUILESS_MAIN(TestDocumentClassifier)
#include "TestDocumentClassifier.moc"
