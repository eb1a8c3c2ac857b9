// digest-bench: generates a synthetic digest corpus, imports it into a fresh
// library and measures import throughput, library size and search latency,
// against what a user could do instead (a bare SQLite FTS5 table, ripgrep,
// a LIKE scan). One run, one report; see docs/benchmarks.md.

#include "BenchTable.h"
#include "CorpusGenerator.h"
#include "DigestTokenizer.h"
#include "EntityDictionary.h"
#include "Importer.h"
#include "Library.h"
#include "Sqlite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <optional>
#include <vector>

using namespace digest;
using namespace digest::bench;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// ---------------------------------------------------------------- the calls measured
// Each is one line so that a new store API is a one-line swap here.

int firstPage(Library& lib, const QString& q)
{
    return int(lib.search(q, 50).size());
}

int fullHitCount(Library& lib, const QString& q)
{
    return lib.countSearch(q);  // before the ranked search: countItems(ItemFilter{.text = q})
}

// What the window's item list reads for a search (ItemListModel::readPage):
// the count, then the first 200 rows in the chosen order.
int listPage(Library& lib, const QString& q, ItemSort sort)
{
    ItemFilter f;
    f.text = q;
    lib.countItems(f);
    return int(lib.itemRows(f, sort, 0, 200).size());
}

// ---------------------------------------------------------------- inputs

struct QueryClass {
    QString name;
    QStringList terms;
};

QList<QueryClass> queryClasses()
{
    return {
        {QStringLiteral("2-char Chinese names"),
         {QStringLiteral("谷歌"), QStringLiteral("快手"), QStringLiteral("可灵"), QStringLiteral("智谱"),
          QStringLiteral("百度"), QStringLiteral("腾讯")}},
        {QStringLiteral("longer Chinese terms"),
         {QStringLiteral("通义千问"), QStringLiteral("文心一言"), QStringLiteral("月之暗面"),
          QStringLiteral("大模型推理")}},
        {QStringLiteral("Latin names"),
         {QStringLiteral("OpenAI"), QStringLiteral("DeepSeek"), QStringLiteral("Anthropic"), QStringLiteral("Mistral")}},
        {QStringLiteral("dotted model names"),
         {QStringLiteral("Gemini 1.5 Pro"), QStringLiteral("GLM-4.7-Flash"), QStringLiteral("Qwen2.5"),
          QStringLiteral("GPT-4o")}},
    };
}

struct Options {
    int posts = CorpusGenerator::kDefaultPosts;
    quint64 seed = CorpusGenerator::kDefaultSeed;
    QString workDir;
    int queriesPerTerm = 20;
    int externalRepetitions = 3;
    double budgetSeconds = 3.0;
    bool markdown = false;
    bool keep = false;
};

// ---------------------------------------------------------------- measurement

struct Samples {
    std::vector<double> ms;  // timed runs (warm-up excluded)
    int result = -1;         // what the call returned (hits, rows)
};

// One warm-up call, then up to `repetitions` timed calls while the time
// budget lasts (at least one timed call).
template <typename Call>
Samples measure(int repetitions, double budgetMs, Call&& call)
{
    Samples s;
    const auto started = Clock::now();
    s.result = call();
    for (int i = 0; i < repetitions; ++i) {
        if (i > 0 && msSince(started) > budgetMs)
            break;
        const auto t = Clock::now();
        const int r = call();
        s.ms.push_back(msSince(t));
        s.result = r;
    }
    return s;
}

struct TermResult {
    QString term;
    Samples page, count, rg, like;
    Samples listNewest, listRanked;  // the item list's first page, newest first and by relevance
};

qint64 fileSize(const QString& path)
{
    const QFileInfo fi(path);
    return fi.exists() ? fi.size() : 0;
}

qint64 folderSize(const QString& dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray& line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    return QStringLiteral("unknown");
}

// The 1-minute load average: other work on the machine skews every figure.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 0);
}

QString median(const Samples& s) { return s.ms.empty() ? QStringLiteral("–") : formatDuration(percentile(s.ms, 50)); }

QString mark(bool ok) { return ok ? QStringLiteral("ok") : QStringLiteral("MISSED"); }

int countLines(const QByteArray& out)
{
    int n = 0;
    for (const QByteArray& l : out.split('\n'))
        if (!l.isEmpty())
            ++n;
    return n;
}

int run(const Options& opt)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto progress = [&](const QString& line) { err << "[digest-bench] " << line << Qt::endl; };

    std::optional<QTemporaryDir> temp;
    if (opt.workDir.isEmpty()) {
        temp.emplace();
    } else {
        QDir().mkpath(opt.workDir);
        temp.emplace(QDir(opt.workDir).filePath(QStringLiteral("digest-bench-XXXXXX")));
    }
    if (!temp->isValid()) {
        err << "digest-bench: cannot create a work folder: " << temp->errorString() << Qt::endl;
        return 2;
    }
    temp->setAutoRemove(!opt.keep);
    const QDir work(temp->path());
    const QString corpusDir = work.filePath(QStringLiteral("corpus"));
    const QString libraryPath = work.filePath(QStringLiteral("library.sqlite"));
    const QString referencePath = work.filePath(QStringLiteral("reference.sqlite"));
    progress(QStringLiteral("work folder %1%2").arg(work.path(), opt.keep ? QStringLiteral(" (kept)") : QString()));

    const QString loadAtStart = loadAverage();

    // (a) corpus
    progress(QStringLiteral("generating %1 posts (seed %2)…").arg(opt.posts).arg(opt.seed));
    auto t0 = Clock::now();
    const CorpusGenerator generator(opt.posts, opt.seed);
    const CorpusStats corpus = generator.write(corpusDir);
    const double generateMs = msSince(t0);

    // (b) import into a fresh library
    progress(QStringLiteral("importing %1 files…").arg(corpus.posts));
    Library lib(libraryPath);
    Importer importer(lib);
    const int step = std::max(1, corpus.posts / 10);
    t0 = Clock::now();
    const ImportReport report = importer.importPaths({corpusDir}, [&](int done, int total, const QString&) {
        if (done % step == 0 && done > 0 && done < total)
            progress(QStringLiteral("  %1/%2 files, %3").arg(done).arg(total).arg(formatDuration(msSince(t0))));
    });
    const double importMs = msSince(t0);
    const int failed = report.failedCount();
    for (const ImportFileResult& f : report.files)
        if (f.failed()) {
            err << "  import failure: " << f.errorLine() << Qt::endl;
            break;
        }
    const int items = lib.itemTotal();
    const qint64 dbBytes = fileSize(libraryPath);
    const qint64 walBytes = fileSize(libraryPath + QStringLiteral("-wal"));
    const qint64 mediaBytes = folderSize(lib.mediaDir());
    const qint64 libraryBytes = dbBytes + walBytes + mediaBytes;

    // (c) reference: the same rows in a bare FTS5 table, one transaction
    progress(QStringLiteral("building the reference FTS5 table…"));
    std::vector<std::pair<QString, QString>> rows;
    rows.reserve(std::size_t(items));
    {
        auto s = lib.database().prepare("SELECT title, text FROM items ORDER BY id");
        while (s.step())
            rows.emplace_back(s.text(0), s.text(1));
    }
    sql::Database ref(referencePath);
    // The same rows into a bare FTS5 table in one transaction: only the create,
    // the inserts and the commit are timed.
    auto loadFts = [&](const char* create, const char* insert) {
        const auto start = Clock::now();
        ref.exec("BEGIN");
        ref.exec(create);
        auto ins = ref.prepare(insert);
        for (const auto& [title, text] : rows) {
            ins.bind(1, title).bind(2, text);
            ins.run();
            ins.reset();
        }
        ref.exec("COMMIT");
        return msSince(start);
    };
    const double referenceMs = loadFts("CREATE VIRTUAL TABLE ref USING fts5(title, text, tokenize='unicode61')",
                                       "INSERT INTO ref(title, text) VALUES (?1, ?2)");
    const qint64 referenceFtsBytes = fileSize(referencePath);
    // What our tokenizer's bigrams alone cost FTS5: the floor of any import
    // that indexes them, with nothing parsed, linked or stored beside them.
    search::registerDigestTokenizer(ref.handle(), lib.dictionary().allNames());
    const double bigramFloorMs = loadFts("CREATE VIRTUAL TABLE floor USING fts5(text, title, tokenize='digest')",
                                         "INSERT INTO floor(title, text) VALUES (?1, ?2)");
    // The LIKE scan reads a plain table of the same rows (not timed).
    ref.exec("BEGIN");
    ref.exec("CREATE TABLE plain(title TEXT, text TEXT)");
    {
        auto ins = ref.prepare("INSERT INTO plain(title, text) VALUES (?1, ?2)");
        for (const auto& [title, text] : rows) {
            ins.bind(1, title).bind(2, text);
            ins.run();
            ins.reset();
        }
    }
    ref.exec("COMMIT");
    rows.clear();
    rows.shrink_to_fit();

    // (d) search through the store, (e) the alternatives
    const QString rgPath = QStandardPaths::findExecutable(QStringLiteral("rg"));
    if (rgPath.isEmpty())
        progress(QStringLiteral("rg not found on PATH: the ripgrep columns stay empty"));
    const double budgetMs = opt.budgetSeconds * 1000.0;
    auto likeScan = ref.prepare("SELECT count(*) FROM plain WHERE title LIKE ?1 ESCAPE '\\' OR text LIKE ?1 ESCAPE '\\'");

    QList<QList<TermResult>> results;
    for (const QueryClass& qc : queryClasses()) {
        QList<TermResult> classResults;
        for (const QString& term : qc.terms) {
            progress(QStringLiteral("searching %1…").arg(term));
            TermResult r;
            r.term = term;
            r.page = measure(opt.queriesPerTerm, budgetMs, [&] { return firstPage(lib, term); });
            r.count = measure(opt.queriesPerTerm, budgetMs, [&] { return fullHitCount(lib, term); });
            r.listNewest = measure(opt.queriesPerTerm, budgetMs, [&] { return listPage(lib, term, ItemSort::NewestFirst); });
            r.listRanked = measure(opt.queriesPerTerm, budgetMs, [&] { return listPage(lib, term, ItemSort::Relevance); });
            if (!rgPath.isEmpty())
                r.rg = measure(opt.externalRepetitions, budgetMs, [&] {
                    QProcess p;
                    p.start(rgPath, {QStringLiteral("-lF"), QStringLiteral("--"), term, corpusDir});
                    p.waitForFinished(-1);
                    return countLines(p.readAllStandardOutput());
                });
            QString pattern = term;
            pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
            r.like = measure(opt.externalRepetitions, budgetMs, [&] {
                likeScan.reset();
                likeScan.bind(1, pattern);
                return likeScan.step() ? likeScan.integer(0) : -1;
            });
            classResults.append(r);
        }
        results.append(classResults);
    }

    // ---------------------------------------------------------------- report
    const bool md = opt.markdown;
    if (md)
        out << "### digest-bench: " << opt.posts << " posts, seed " << opt.seed << "\n\n";
    else
        out << "digest-bench: " << opt.posts << " posts, seed " << opt.seed << "\n\n";

    BenchTable machine(QStringLiteral("Machine"), {QStringLiteral("what"), QStringLiteral("value")});
    machine.addRow({QStringLiteral("CPU"), cpuModel()});
    machine.addRow({QStringLiteral("cores (nproc)"), QString::number(QThread::idealThreadCount())});
    machine.addRow({QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())});
    machine.addRow({QStringLiteral("Qt"), QString::fromLatin1(qVersion())});
    machine.addRow({QStringLiteral("load average (1 min) at start / end"),
                    QStringLiteral("%1 / %2").arg(loadAtStart, loadAverage())});
    machine.addRow({QStringLiteral("ripgrep"), rgPath.isEmpty() ? QStringLiteral("not found") : rgPath});
    out << machine.render(md);

    const double rawBytes = double(corpus.bytes);
    BenchTable build(QStringLiteral("Corpus and import"),
                     {QStringLiteral("measure"), QStringLiteral("value"), QStringLiteral("target"), QStringLiteral("")});
    build.addRow({QStringLiteral("posts / items / remote images"),
                  QStringLiteral("%1 / %2 / %3").arg(corpus.posts).arg(corpus.items).arg(corpus.images), {}, {}});
    build.addRow({QStringLiteral("raw text (Markdown files)"), formatBytes(corpus.bytes), {}, {}});
    build.addRow({QStringLiteral("generation (not counted)"), formatDuration(generateMs), {}, {}});
    build.addRow({QStringLiteral("import wall time"), formatDuration(importMs), {}, {}});
    build.addRow({QStringLiteral("items stored / failed files"), QStringLiteral("%1 / %2").arg(items).arg(failed),
                  QString::number(corpus.items) + QStringLiteral(" / 0"),
                  mark(items == corpus.items && failed == 0)});
    build.addRow({QStringLiteral("import rate"),
                  QStringLiteral("%1 items/s, %2 files/s")
                      .arg(QString::number(items / (importMs / 1000.0), 'f', 0),
                           QString::number(corpus.posts / (importMs / 1000.0), 'f', 0)),
                  {}, {}});
    build.addRow({QStringLiteral("library: db + wal + media"),
                  QStringLiteral("%1 + %2 + %3").arg(formatBytes(dbBytes), formatBytes(walBytes), formatBytes(mediaBytes)),
                  {}, {}});
    const double sizeRatio = double(libraryBytes) / rawBytes;
    build.addRow({QStringLiteral("library size ÷ raw text"),
                  QStringLiteral("%1 (%2)").arg(formatRatio(sizeRatio), formatBytes(libraryBytes)),
                  QStringLiteral("≤ 2.5×"), mark(sizeRatio <= 2.5)});
    build.addRow({QStringLiteral("reference: bare FTS5 unicode61, 1 transaction"), formatDuration(referenceMs), {}, {}});
    build.addRow({QStringLiteral("reference FTS5 file ÷ raw text"),
                  QStringLiteral("%1 (%2)").arg(formatRatio(referenceFtsBytes / rawBytes), formatBytes(referenceFtsBytes)),
                  {}, {}});
    const double importRatio = importMs / referenceMs;
    build.addRow({QStringLiteral("import time ÷ reference"), formatRatio(importRatio), QStringLiteral("≤ 3×"),
                  mark(importRatio <= 3.0)});
    build.addRow({QStringLiteral("bigram floor: the same rows, bare FTS5 with our tokenizer, 1 transaction"),
                  QStringLiteral("%1 (%2 the reference)").arg(formatDuration(bigramFloorMs),
                                                             formatRatio(bigramFloorMs / referenceMs)),
                  {}, {}});
    build.addRow({QStringLiteral("import time ÷ bigram floor"), formatRatio(importMs / bigramFloorMs), {}, {}});
    out << build.render(md);

    BenchTable classes(
        QStringLiteral("Search by query class (store: K runs per term after one warm-up; rg and LIKE: fewer runs)"),
        {QStringLiteral("class"), QStringLiteral("page p50"), QStringLiteral("page p95"), QStringLiteral("≤ 5 ms"),
         QStringLiteral("count p50"), QStringLiteral("count p95"), QStringLiteral("≤ 20 ms"), QStringLiteral("rg p50"),
         QStringLiteral("LIKE p50"), QStringLiteral("rg ÷ page"), QStringLiteral("rg ÷ count"), QStringLiteral("≥ 20×"),
         QStringLiteral("LIKE ÷ count"), QStringLiteral("list p95 newest"), QStringLiteral("list p95 relevance")});
    BenchTable terms(QStringLiteral("Search by term"),
                     {QStringLiteral("term"), QStringLiteral("hits"), QStringLiteral("LIKE hits"),
                      QStringLiteral("rg files"), QStringLiteral("page rows"), QStringLiteral("page p50"),
                      QStringLiteral("count p50"), QStringLiteral("rg p50"), QStringLiteral("LIKE p50"),
                      QStringLiteral("runs page/count/rg/LIKE")});
    bool cut = false;
    const QList<QueryClass> qcs = queryClasses();
    for (int c = 0; c < qcs.size(); ++c) {
        std::vector<double> page, count, rg, like, listNewest, listRanked;
        for (const TermResult& r : results[c]) {
            listNewest.insert(listNewest.end(), r.listNewest.ms.begin(), r.listNewest.ms.end());
            listRanked.insert(listRanked.end(), r.listRanked.ms.begin(), r.listRanked.ms.end());
            page.insert(page.end(), r.page.ms.begin(), r.page.ms.end());
            count.insert(count.end(), r.count.ms.begin(), r.count.ms.end());
            rg.insert(rg.end(), r.rg.ms.begin(), r.rg.ms.end());
            like.insert(like.end(), r.like.ms.begin(), r.like.ms.end());
            cut = cut || int(r.page.ms.size()) < opt.queriesPerTerm || int(r.count.ms.size()) < opt.queriesPerTerm;
            terms.addRow({r.term, QString::number(r.count.result), QString::number(r.like.result),
                          r.rg.ms.empty() ? QStringLiteral("–") : QString::number(r.rg.result),
                          QString::number(r.page.result), median(r.page), median(r.count), median(r.rg), median(r.like),
                          QStringLiteral("%1/%2/%3/%4")
                              .arg(r.page.ms.size())
                              .arg(r.count.ms.size())
                              .arg(r.rg.ms.size())
                              .arg(r.like.ms.size())});
        }
        const double page50 = percentile(page, 50), page95 = percentile(page, 95);
        const double count50 = percentile(count, 50), count95 = percentile(count, 95);
        const double rg50 = rg.empty() ? -1 : percentile(rg, 50), like50 = percentile(like, 50);
        classes.addRow({qcs[c].name, formatDuration(page50), formatDuration(page95), mark(page95 <= 5.0),
                        formatDuration(count50), formatDuration(count95), mark(count95 <= 20.0), formatDuration(rg50),
                        formatDuration(like50), rg.empty() ? QStringLiteral("–") : formatRatio(rg50 / page50),
                        rg.empty() ? QStringLiteral("–") : formatRatio(rg50 / count50),
                        rg.empty() ? QStringLiteral("–") : mark(rg50 / count50 >= 20.0), formatRatio(like50 / count50),
                        formatDuration(percentile(listNewest, 95)), formatDuration(percentile(listRanked, 95))});
    }
    classes.addNote(QStringLiteral("page: Library::search(term, 50), the ranked first page; count: the full hit count."));
    classes.addNote(QStringLiteral("rg: `rg -lF term corpus/` run as a process; LIKE: count(*) with LIKE '%term%' over "
                                   "the same rows in a plain SQLite table."));
    classes.addNote(QStringLiteral("list: what the window's item list reads for a search, the count and the first "
                                   "200 rows, newest first or by relevance (no target in issue 4)."));
    classes.addNote(QStringLiteral("Ratios compare medians; the ≥ 20× target is rg ÷ count (both give every hit)."));
    if (cut)
        classes.addNote(QStringLiteral("Some terms ran fewer than %1 times: each (term, call) stops after a %2 s budget.")
                            .arg(opt.queriesPerTerm)
                            .arg(opt.budgetSeconds));
    terms.addNote(QStringLiteral("hits: items the store counts; LIKE hits: items matching LIKE (ASCII-only case "
                                 "folding); rg files: posts containing the exact string."));
    out << classes.render(md) << terms.render(md);
    out.flush();
    return failed == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("digest-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates a synthetic digest corpus, imports it into a fresh library and measures import, size and search."));
    parser.addHelpOption();
    const QCommandLineOption posts(QStringLiteral("posts"), QStringLiteral("Posts to generate (default 10000)."),
                                   QStringLiteral("N"), QString::number(CorpusGenerator::kDefaultPosts));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Corpus seed (default 20260122)."),
                                  QStringLiteral("S"), QString::number(CorpusGenerator::kDefaultSeed));
    const QCommandLineOption workDir(QStringLiteral("work"),
                                     QStringLiteral("Folder for the temporary corpus and libraries (default: system temp)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption perTerm(QStringLiteral("queries-per-term"),
                                     QStringLiteral("Timed store queries per term and call, after one warm-up (default 20)."),
                                     QStringLiteral("K"), QStringLiteral("20"));
    const QCommandLineOption external(QStringLiteral("external-repetitions"),
                                      QStringLiteral("Timed rg and LIKE runs per term, after one warm-up (default 3)."),
                                      QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption budget(QStringLiteral("time-budget"),
                                    QStringLiteral("Seconds after which a (term, call) stops repeating (default 3)."),
                                    QStringLiteral("SECONDS"), QStringLiteral("3"));
    const QCommandLineOption markdown(QStringLiteral("markdown"), QStringLiteral("Print the tables as Markdown."));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the work folder for inspection."));
    parser.addOptions({posts, seed, workDir, perTerm, external, budget, markdown, keep});
    parser.process(app);

    Options opt;
    bool ok = true;
    const auto number = [&](const QCommandLineOption& o, int min) {
        bool good = false;
        const int v = parser.value(o).toInt(&good);
        if (!good || v < min) {
            std::fprintf(stderr, "digest-bench: --%s must be an integer ≥ %d\n", qPrintable(o.names().first()), min);
            ok = false;
        }
        return v;
    };
    opt.posts = number(posts, 1);
    opt.queriesPerTerm = number(perTerm, 1);
    opt.externalRepetitions = number(external, 1);
    bool good = false;
    opt.seed = parser.value(seed).toULongLong(&good);
    if (!good) {
        std::fprintf(stderr, "digest-bench: --seed must be an unsigned integer\n");
        ok = false;
    }
    opt.budgetSeconds = parser.value(budget).toDouble(&good);
    if (!good || opt.budgetSeconds <= 0) {
        std::fprintf(stderr, "digest-bench: --time-budget must be a positive number\n");
        ok = false;
    }
    if (!ok)
        return 2;
    opt.workDir = parser.value(workDir);
    opt.markdown = parser.isSet(markdown);
    opt.keep = parser.isSet(keep);

    try {
        return run(opt);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "digest-bench: %s\n", e.what());
        return 2;
    }
}
