#pragma once
// Reads files and folders, tells posts from transcripts, runs the right
// parser and stores each file in its own transaction. A bad file is reported
// (with its line where known) and the import goes on with the next one.

#include "Library.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <optional>
#include <functional>

namespace digest {

struct ImportFileResult {
    enum class Status { Imported, Updated, Unchanged, Failed };
    QString path;
    Status status = Status::Failed;
    QString message;  // the error for Failed; empty otherwise
    int line = 0;     // 1-based line of the error, 0 if unknown
    QString slug, kind, title;
    int itemCount = 0;
    StoreOutcome outcome;
    QStringList notes;  // non-fatal remarks (charset guesses, missing images, merged slugs)

    bool failed() const { return status == Status::Failed; }
    // "path:line: message" (or "path: message"), as compilers print errors.
    QString errorLine() const;
};

struct ImportReport {
    QList<ImportFileResult> files;
    QStringList walkErrors;  // folders that could not be read
    bool cancelled = false;

    int count(ImportFileResult::Status s) const;
    int failedCount() const { return count(ImportFileResult::Status::Failed); }
};

class Importer {
    // Messages reach the user through the CLI and the GUI's import report
    // (translated in resources/translations, context "digest::Importer").
    Q_DECLARE_TR_FUNCTIONS(digest::Importer)

public:
    enum class ForceKind { Auto, Post, Transcript };
    static constexpr qint64 kMaxFileBytes = 5 * 1024 * 1024;
    static constexpr int kBatchFiles = 500;     // files per commit during importPaths
    static constexpr int kBatchMillis = 1000;   // or sooner, so a crash loses at most a second

    explicit Importer(Library& library);

    // Names of companies and models, used by the transcript segmenter.
    void setKnownNames(const QStringList& names) { m_knownNames = names; }
    void setForceKind(ForceKind kind) { m_forceKind = kind; }
    // Parsing threads for importPaths; 0 (the default): one per core but the
    // one that stores. Tests set more to exercise the ordering.
    void setWorkerThreads(int count) { m_workerThreads = std::max(0, count); }

    // Files under the given paths: files as given, folders recursively
    // (Markdown, text and caption files only), sorted, without duplicates.
    static QStringList collectFiles(const QStringList& paths, QStringList* errors = nullptr);

    ImportFileResult importFile(const QString& path);

    // The two halves of importFile. prepare() reads, checks, parses, finds
    // the entity mentions and encodes the HTML; it touches no database, so
    // importPaths runs it on worker threads ahead of store(), which runs on
    // the calling thread in file order.
    struct Prepared {
        ImportFileResult result;     // failed or unchanged already, or to be stored
        std::optional<ParsedIssue> issue;
        QString absPath, hash;
    };
    using UnchangedCheck = std::function<bool(const QString& absPath, const QString& hash)>;
    Prepared prepare(const QString& path, const UnchangedCheck& unchanged) const;
    ImportFileResult store(Prepared prepared);

    using Progress = std::function<void(int done, int total, const QString& currentPath)>;
    ImportReport importPaths(const QStringList& paths, const Progress& progress = {},
                             const std::atomic_bool* cancel = nullptr);

private:
    Library& m_library;
    QStringList m_knownNames;
    ForceKind m_forceKind = ForceKind::Auto;
    int m_workerThreads = 0;
};

}  // namespace digest
