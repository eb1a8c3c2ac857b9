#include "Importer.h"

#include "EntityDictionary.h"
#include "ItemHtmlCodec.h"

#include "PostParser.h"
#include "Text.h"
#include "TranscriptParser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace digest {

QString ImportFileResult::errorLine() const
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(path, message);
}

int ImportReport::count(ImportFileResult::Status s) const
{
    return int(std::count_if(files.begin(), files.end(), [s](const ImportFileResult& f) { return f.status == s; }));
}

Importer::Importer(Library& library) : m_library(library)
{
    // The transcript segmenter starts a story where a known company or model
    // becomes the subject; every name the dictionary knows helps it.
    m_knownNames = library.dictionary().allNames();
}

QStringList Importer::collectFiles(const QStringList& paths, QStringList* errors)
{
    static const QSet<QString> kSuffixes = {QStringLiteral("md"),  QStringLiteral("markdown"), QStringLiteral("txt"),
                                            QStringLiteral("text"), QStringLiteral("srt"),     QStringLiteral("vtt")};
    QStringList out;
    QSet<QString> seen;
    for (const QString& p : paths) {
        const QFileInfo fi(p);
        if (fi.isDir()) {
            if (!fi.isReadable()) {
                if (errors)
                    errors->append(tr("%1: folder cannot be read").arg(p));
                continue;
            }
            QStringList found;
            QDirIterator it(fi.absoluteFilePath(), QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                const QString f = it.next();
                const QFileInfo info(f);
                // A folder's own README or LICENSE is not a digest; named explicitly, it is imported.
                static const QStringList kNotDigests = {QStringLiteral("readme"), QStringLiteral("license"),
                                                        QStringLiteral("licence"), QStringLiteral("changelog"),
                                                        QStringLiteral("contributing")};
                if (kSuffixes.contains(info.suffix().toLower())
                    && !kNotDigests.contains(info.completeBaseName().toLower()))
                    found.append(f);
            }
            found.sort();
            for (const QString& f : found)
                if (!seen.contains(f)) {
                    seen.insert(f);
                    out.append(f);
                }
        } else {
            // A file named explicitly is imported whatever its extension; a
            // missing one is reported by importFile.
            const QString abs = fi.absoluteFilePath();
            if (!seen.contains(abs)) {
                seen.insert(abs);
                out.append(abs);
            }
        }
    }
    return out;
}

namespace {
// A slug taken from a generic file name (index.md, CSDN.txt, README.md) says
// nothing; prefix the folder so two such files in different folders stay two issues.
QString disambiguatedSlug(const ParsedIssue& issue, const QString& path)
{
    if (issue.metadata.contains(QStringLiteral("slug")) || issue.kind != QLatin1String("post"))
        return issue.slug;
    const QFileInfo fi(path);
    const QString base = fi.completeBaseName();
    static const QStringList generic = {QStringLiteral("index"), QStringLiteral("_index"), QStringLiteral("readme")};
    bool hasDigit = std::any_of(base.begin(), base.end(), [](QChar c) { return c.isDigit(); });
    if (hasDigit || generic.contains(base.toLower()))
        return issue.slug;
    const QString folder = fi.dir().dirName();
    const QString prefixed = text::slugify(folder + QLatin1Char('-') + base);
    return prefixed.isEmpty() ? issue.slug : prefixed;
}
}  // namespace

ImportFileResult Importer::importFile(const QString& path)
{
    return store(prepare(path, [this](const QString& p, const QString& h) {
        // Forcing a kind means "read it again as this": never skip it as unchanged.
        return m_forceKind == ForceKind::Auto && m_library.isUnchanged(p, h);
    }));
}

Importer::Prepared Importer::prepare(const QString& path, const UnchangedCheck& unchanged) const
{
    Prepared p;
    ImportFileResult& r = p.result;
    r.path = path;
    const QFileInfo fi(path);
    if (!fi.exists()) {
        r.message = tr("no such file");
        return p;
    }
    if (fi.isDir()) {
        r.message = tr("is a folder");
        return p;
    }
    if (fi.size() > kMaxFileBytes) {
        r.message = tr("file too large to be a post or transcript (%1 MiB; the limit is %2 MiB)")
                        .arg(double(fi.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(kMaxFileBytes / (1024 * 1024));
        return p;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.message = tr("cannot read: %1").arg(file.errorString());
        return p;
    }
    const QByteArray bytes = file.readAll();
    p.absPath = fi.absoluteFilePath();
    p.hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    try {
        if (unchanged(p.absPath, p.hash)) {
            r.status = ImportFileResult::Status::Unchanged;
            return p;
        }
        // Decoded once, for the classifier and the transcript parser.
        const DecodedText decoded = m_forceKind == ForceKind::Post ? DecodedText() : CharsetDecoder::decode(bytes);
        DocumentKind kind = DocumentKind::Post;
        if (m_forceKind == ForceKind::Transcript)
            kind = DocumentKind::Transcript;
        else if (m_forceKind == ForceKind::Auto)
            kind = classifyDocument(p.absPath, decoded);

        ParseResult parsed;
        if (kind == DocumentKind::Transcript) {
            TranscriptOptions options;
            options.knownNames = m_knownNames;
            parsed = TranscriptParser::parse(p.absPath, decoded, options);
        } else {
            parsed = PostParser::parse(p.absPath, bytes);
        }
        if (!parsed.issue) {
            r.message = parsed.error;
            r.line = parsed.errorLine;
            return p;
        }
        ParsedIssue& issue = *parsed.issue;
        issue.slug = disambiguatedSlug(issue, p.absPath);
        if (issue.slug.isEmpty())
            issue.slug = text::slugify(fi.completeBaseName());
        if (issue.title.isEmpty())
            issue.title = fi.completeBaseName();
        // The dictionary is immutable once loaded, so mentions can be found here.
        const search::EntityDictionary& dictionary = m_library.dictionary();
        for (ParsedItem& item : issue.items)
            Library::deriveItemFields(item, dictionary);
        r.slug = issue.slug;
        r.kind = issue.kind;
        r.title = issue.title;
        r.notes = issue.notes;
        r.status = ImportFileResult::Status::Imported;  // provisional: store() decides
        p.issue = std::move(parsed.issue);
    } catch (const std::exception& e) {
        r.status = ImportFileResult::Status::Failed;
        r.message = tr("could not be read: %1").arg(QString::fromUtf8(e.what()));
    }
    return p;
}

ImportFileResult Importer::store(Prepared p)
{
    ImportFileResult r = std::move(p.result);
    if (!p.issue) {
        if (r.status != ImportFileResult::Status::Unchanged)
            r.status = ImportFileResult::Status::Failed;
        return r;
    }
    try {
        r.outcome = m_library.storeIssue(*p.issue, p.absPath, p.hash);
        r.slug = r.outcome.slug;  // a slug from a file name may have gained its folder
        r.itemCount = r.outcome.itemCount;
        r.status = r.outcome.status == StoreOutcome::Status::Imported ? ImportFileResult::Status::Imported
                                                                       : ImportFileResult::Status::Updated;
        if (!r.outcome.mergedWith.isEmpty())
            r.notes.append(tr("has the same slug \"%1\" as %2: they are one issue, updated from this file")
                               .arg(r.outcome.slug, r.outcome.mergedWith));
        if (r.outcome.imagesMissing > 0)
            r.notes.append(tr("%1 image(s) not found; recorded as missing").arg(r.outcome.imagesMissing));
    } catch (const std::exception& e) {
        // The transaction rolled back: nothing of this file is stored, and nothing before it is lost.
        r.status = ImportFileResult::Status::Failed;
        r.message = tr("could not be stored: %1").arg(QString::fromUtf8(e.what()));
    }
    return r;
}

namespace {

// Reads and parses files (half of an import's work) on worker threads while
// the caller stores them: files are claimed in order, at most kWindow files
// (enough to keep the workers going while a batch's index is written) and
// kWindowBytes of source ahead of the one the caller takes, and handed out in
// order. A parsed file holds 3–4× its size in memory, so the byte bound keeps
// a folder of large transcripts to tens of MiB.
class PreparePipeline {
public:
    using Prepare = std::function<Importer::Prepared(const QString& path)>;

    PreparePipeline(const QStringList& files, int workers, Prepare prepare)
        : m_files(files), m_sizes(size_t(files.size()), 0), m_prepare(std::move(prepare))
    {
        for (qsizetype n = 0; n < files.size(); ++n)
            m_sizes[size_t(n)] = QFileInfo(files[n]).size();
        for (int w = 0; w < std::min<qsizetype>(workers, files.size()); ++w)
            m_workers.emplace_back([this] { work(); });
    }

    ~PreparePipeline()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_claimable.notify_all();
        for (std::thread& t : m_workers)
            t.join();
    }

    PreparePipeline(const PreparePipeline&) = delete;
    PreparePipeline& operator=(const PreparePipeline&) = delete;

    // File n, once prepared. Files must be taken in order, 0, 1, 2…
    Importer::Prepared take(int n)
    {
        Importer::Prepared next;
        {
            std::unique_lock lock(m_mutex);
            m_prepared.wait(lock, [&] { return !m_ready.empty() && m_ready.begin()->first == n; });
            next = std::move(m_ready.begin()->second);
            m_ready.erase(m_ready.begin());
            m_nextTake = n + 1;
            m_bytesAhead -= m_sizes[size_t(n)];
        }
        m_claimable.notify_all();
        return next;
    }

private:
    static constexpr int kWindow = 512;
    static constexpr qint64 kWindowBytes = 16 * 1024 * 1024;

    void work()
    {
        const int total = int(m_files.size());
        for (;;) {
            int n = 0;
            {
                std::unique_lock lock(m_mutex);
                m_claimable.wait(lock, [&] {
                    // The file to be taken next may always be claimed, however large.
                    return m_stop || m_nextClaim >= total
                           || (m_nextClaim < m_nextTake + kWindow
                               && (m_nextClaim == m_nextTake
                                   || m_bytesAhead + m_sizes[size_t(m_nextClaim)] <= kWindowBytes));
                });
                if (m_stop || m_nextClaim >= total)
                    return;
                n = m_nextClaim++;
                m_bytesAhead += m_sizes[size_t(n)];
            }
            Importer::Prepared result = m_prepare(m_files[n]);
            {
                std::lock_guard lock(m_mutex);
                m_ready.emplace(n, std::move(result));
            }
            m_prepared.notify_one();
        }
    }

    const QStringList& m_files;
    std::vector<qint64> m_sizes;
    Prepare m_prepare;
    std::mutex m_mutex;
    std::condition_variable m_prepared, m_claimable;
    std::map<int, Importer::Prepared> m_ready;
    int m_nextClaim = 0;
    int m_nextTake = 0;
    qint64 m_bytesAhead = 0;  // source bytes of the files claimed and not yet taken
    bool m_stop = false;
    std::vector<std::thread> m_workers;  // last: started once everything above exists
};

}  // namespace

ImportReport Importer::importPaths(const QStringList& paths, const Progress& progress, const std::atomic_bool* cancel)
{
    m_library.requireWritable();  // one clear error, not one per file
    ImportReport report;
    QStringList files = collectFiles(paths, &report.walkErrors);
    // Paths that do not exist are reported once, below, not also as files.
    files.removeIf([](const QString& f) { return !QFileInfo::exists(f); });
    for (const QString& p : paths)
        if (!QFileInfo::exists(p))
            report.files.append([&] {
                ImportFileResult r;
                r.path = p;
                r.message = tr("no such file or folder");
                return r;
            }());
    const int total = int(files.size());
    // Files are stored in batches: each file is its own savepoint (a bad file
    // rolls back alone, nothing of it half-written), and the batch commits
    // every few hundred files or every second. One commit per file would make
    // FTS5 write and merge a new index segment per file, several times slower.
    std::optional<sql::Transaction> batch;
    QElapsedTimer sinceCommit;
    int inBatch = 0;
    qsizetype batchStart = 0;  // report.files index of the batch's first file
    // The index rows of a batch are written once, outside the per-file
    // savepoints (see Library::setIndexDeferred).
    m_library.setIndexDeferred(true);
    auto undefer = qScopeGuard([&] {
        m_library.discardPendingIndex();  // non-empty only when the batch rolled back
        m_library.setIndexDeferred(false);
    });
    // When the batch itself is lost — SQLite rolls a whole transaction back
    // on disk full or an I/O error, or its commit fails — the files stored in
    // it since the last commit are not in the library: say so for each.
    auto loseBatch = [&](const QString& why) {
        m_library.discardPendingIndex();
        for (qsizetype k = batchStart; k < report.files.size(); ++k) {
            ImportFileResult& f = report.files[k];
            if (f.status == ImportFileResult::Status::Imported || f.status == ImportFileResult::Status::Updated) {
                f.status = ImportFileResult::Status::Failed;
                f.message = tr("could not be stored: %1").arg(why);
            }
        }
        batch.reset();  // its ROLLBACK finds nothing left to undo
        inBatch = 0;
    };
    auto commitBatch = [&] {
        if (batch) {
            try {
                m_library.writePendingIndex();
                batch->commit();
                batch.reset();
            } catch (const std::exception& e) {
                loseBatch(QString::fromUtf8(e.what()));
            }
        }
        inBatch = 0;
    };

    // "Unchanged" is checked against a snapshot of the stored hashes taken now.
    const QHash<QString, QString> stored = m_library.sourceHashes();
    const UnchangedCheck unchanged = [&stored, this](const QString& p, const QString& h) {
        return m_forceKind == ForceKind::Auto && stored.value(p) == h;
    };
    // Storing keeps this thread busy a whole core: one parsing worker per
    // other core (on 2 cores, a second worker made the import a third slower
    // by taking turns with this thread).
    const int workerCount = m_workerThreads > 0 ? m_workerThreads : std::clamp(QThread::idealThreadCount() - 1, 1, 4);
    PreparePipeline pipeline(files, workerCount, [&](const QString& path) {
        try {
            return prepare(path, unchanged);
        } catch (...) {
            // Nothing may escape a worker thread; the file is reported as failed instead.
            Prepared failed;
            failed.result.path = path;
            failed.result.message = tr("could not be read");
            return failed;
        }
    });

    for (int n = 0; n < total; ++n) {
        if (progress)
            progress(n, total, files[n]);
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        Prepared next = pipeline.take(n);
        if (!batch) {
            batch.emplace(m_library.database());
            sinceCommit.start();
            batchStart = report.files.size();
        }
        report.files.append(store(std::move(next)));
        if (!m_library.database().inTransaction()) {
            loseBatch(tr("the batch it was stored in was rolled back after this error in %1: %2")
                          .arg(report.files.last().path, report.files.last().message));
            continue;
        }
        if (++inBatch >= kBatchFiles || sinceCommit.elapsed() >= kBatchMillis)
            commitBatch();
    }
    commitBatch();
    if (total > 0) {
        // A large import leaves a large WAL file behind; fold it into the
        // library now rather than at some later reader's expense, after
        // handing the pages FTS5 merged away back to the file system.
        try {
            m_library.database().exec("PRAGMA incremental_vacuum");
            m_library.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (const std::exception&) {
            // Busy readers (the GUI) keep it for later: not an import failure.
        }
    }
    if (progress && !report.cancelled)
        progress(total, total, QString());
    return report;
}

}  // namespace digest
