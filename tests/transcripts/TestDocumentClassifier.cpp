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

    void corpusPostsArePosts()
    {
        const QString dir = QStringLiteral(DIGEST_SHARED_DIR "/corpus/posts");
        if (!QDir(dir).exists())
            QSKIP("DIGEST_SHARED_DIR/corpus/posts not present: real-document test skipped");
        const QStringList files = filesUnder(dir);
        QVERIFY(files.size() >= 60);
        for (const QString& f : files)
            QVERIFY2(classifyDocument(f, readFile(f)) == DocumentKind::Post, qPrintable(f));
    }

    void corpusTranscriptsAreTranscripts()
    {
        const QString dir = QStringLiteral(DIGEST_SHARED_DIR "/corpus/transcripts");
        if (!QDir(dir).exists())
            QSKIP("DIGEST_SHARED_DIR/corpus/transcripts not present: real-document test skipped");
        const QStringList files = filesUnder(dir);
        QCOMPARE(files.size(), 21);
        for (const QString& f : files)
            QVERIFY2(classifyDocument(f, readFile(f)) == DocumentKind::Transcript, qPrintable(f));
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
