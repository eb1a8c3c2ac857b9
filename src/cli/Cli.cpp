#include "Cli.h"

#include "Importer.h"
#include "JsonFormat.h"
#include "Library.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace digest {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("digest::Cli", s); }

const char* const kHelp = R"(usage: digest COMMAND [options]

Commands:
  import PATH...          import Markdown posts and transcripts (files, or folders recursively)
      --as post|transcript  treat every file as this kind instead of detecting it
  issues                  list the issues in the library, newest first
  show ISSUE              one issue (slug or id) with its items
  search TEXT             items whose title or text contains TEXT
      --limit N             at most N hits (default 50)
  mark ITEM [--read|--unread] [--star|--unstar]
                          set the read and starred marks of an item (by id)

Options for every command:
  --db FILE               the library file (default: $DIGEST_DB, else the app's data folder)
  --json                  print JSON instead of text
  -h, --help              this help

Exit status: 0 success, 1 some files failed to import (or nothing found by show), 2 usage error.
)";
}  // namespace

int Cli::usage(const QString& message)
{
    if (!message.isEmpty())
        m_err << "digest: " << message << "\n";
    m_err << kHelp;
    m_err.flush();
    return Usage;
}

bool Cli::parse(const QStringList& args, const QStringList& valueOptions, const QStringList& flagOptions,
                Common* c)
{
    c->db = Library::defaultPath();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto takeValue = [&](QString* into) {
            if (i + 1 >= args.size()) {
                usage(tr("option %1 needs a value").arg(a));
                return false;
            }
            *into = args[++i];
            return true;
        };
        if (a == QLatin1String("--db")) {
            if (!takeValue(&c->db))
                return false;
        } else if (a.startsWith(QLatin1String("--db="))) {
            c->db = a.mid(5);
        } else if (a == QLatin1String("--json")) {
            c->json = true;
        } else if (valueOptions.contains(a)) {
            QString v;
            if (!takeValue(&v))
                return false;
            c->values.insert(a, v);
        } else if (flagOptions.contains(a)) {
            c->flags.append(a);
        } else if (a == QLatin1String("--")) {
            c->positional += args.mid(i + 1);
            break;
        } else if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            usage(tr("unknown option %1").arg(a));
            return false;
        } else {
            c->positional.append(a);
        }
    }
    if (c->db.isEmpty()) {
        usage(tr("no library file: give --db FILE or set DIGEST_DB"));
        return false;
    }
    return true;
}

void Cli::printJson(const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int Cli::run(const QStringList& args)
{
    if (args.size() < 2)
        return usage();
    const QString cmd = args[1];
    const QStringList rest = args.mid(2);
    if (cmd == QLatin1String("-h") || cmd == QLatin1String("--help") || cmd == QLatin1String("help")) {
        m_out << kHelp;
        m_out.flush();
        return Ok;
    }
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        m_out << kHelp;
        m_out.flush();
        return Ok;
    }
    try {
        if (cmd == QLatin1String("import"))
            return cmdImport(rest);
        if (cmd == QLatin1String("issues"))
            return cmdIssues(rest);
        if (cmd == QLatin1String("show"))
            return cmdShow(rest);
        if (cmd == QLatin1String("search"))
            return cmdSearch(rest);
        if (cmd == QLatin1String("mark"))
            return cmdMark(rest);
    } catch (const std::exception& e) {
        // Opening or migrating the library failed (unwritable folder, not a database, newer schema).
        m_err << "digest: " << QString::fromUtf8(e.what()) << "\n";
        m_err.flush();
        return SomeFailed;
    }
    return usage(tr("unknown command \"%1\"").arg(cmd));
}

int Cli::cmdImport(const QStringList& args)
{
    Common c;
    if (!parse(args, {QStringLiteral("--as")}, {}, &c))
        return Usage;
    if (c.positional.isEmpty())
        return usage(tr("import needs at least one file or folder"));
    Importer::ForceKind force = Importer::ForceKind::Auto;
    if (c.values.contains(QStringLiteral("--as"))) {
        const QString as = c.values.value(QStringLiteral("--as"));
        if (as == QLatin1String("post"))
            force = Importer::ForceKind::Post;
        else if (as == QLatin1String("transcript"))
            force = Importer::ForceKind::Transcript;
        else
            return usage(tr("--as takes post or transcript, not \"%1\"").arg(as));
    }
    Library library(c.db);
    Importer importer(library);
    importer.setForceKind(force);
    const ImportReport report = importer.importPaths(c.positional);

    for (const QString& e : report.walkErrors)
        m_err << "digest: " << e << "\n";
    if (c.json) {
        QJsonArray files;
        for (const ImportFileResult& r : report.files)
            files.append(json::importResult(r));
        printJson(QJsonObject{{QStringLiteral("files"), files},
                              {QStringLiteral("imported"), report.count(ImportFileResult::Status::Imported)},
                              {QStringLiteral("updated"), report.count(ImportFileResult::Status::Updated)},
                              {QStringLiteral("unchanged"), report.count(ImportFileResult::Status::Unchanged)},
                              {QStringLiteral("failed"), report.failedCount()}});
    } else {
        for (const ImportFileResult& r : report.files) {
            switch (r.status) {
            case ImportFileResult::Status::Failed:
                m_err << r.errorLine() << "\n";
                break;
            case ImportFileResult::Status::Unchanged:
                m_out << tr("unchanged  %1").arg(r.path) << "\n";
                break;
            case ImportFileResult::Status::Imported:
            case ImportFileResult::Status::Updated:
                m_out << (r.status == ImportFileResult::Status::Imported ? tr("imported ") : tr("updated  "))
                      << QStringLiteral(" %1  %2 (%3, %4 items)").arg(r.path, r.slug, r.kind).arg(r.itemCount)
                      << "\n";
                break;
            }
            for (const QString& n : r.notes)
                m_err << r.path << ": note: " << n << "\n";
        }
        m_out << tr("%1 imported, %2 updated, %3 unchanged, %4 failed")
                     .arg(report.count(ImportFileResult::Status::Imported))
                     .arg(report.count(ImportFileResult::Status::Updated))
                     .arg(report.count(ImportFileResult::Status::Unchanged))
                     .arg(report.failedCount())
              << "\n";
    }
    m_out.flush();
    m_err.flush();
    return (report.failedCount() > 0 || !report.walkErrors.isEmpty()) ? SomeFailed : Ok;
}

int Cli::cmdIssues(const QStringList& args)
{
    Common c;
    if (!parse(args, {}, {}, &c))
        return Usage;
    if (!c.positional.isEmpty())
        return usage(tr("issues takes no arguments"));
    Library library(c.db);
    const QList<IssueSummary> list = library.issues();
    if (c.json) {
        QJsonArray a;
        for (const IssueSummary& i : list)
            a.append(json::issue(i));
        printJson(a);
        return Ok;
    }
    for (const IssueSummary& i : list)
        m_out << QStringLiteral("%1  %2  %3  %4 (%5 items)\n")
                     .arg(i.id, 4)
                     .arg(i.date.isEmpty() ? QStringLiteral("----------") : i.date.leftJustified(10))
                     .arg(i.slug, i.title)
                     .arg(i.itemCount);
    m_out.flush();
    return Ok;
}

int Cli::cmdShow(const QStringList& args)
{
    Common c;
    if (!parse(args, {}, {}, &c))
        return Usage;
    if (c.positional.size() != 1)
        return usage(tr("show needs one issue (slug or id)"));
    Library library(c.db);
    const auto detail = library.issue(c.positional.first());
    if (!detail) {
        m_err << "digest: " << tr("no issue \"%1\"").arg(c.positional.first()) << "\n";
        m_err.flush();
        return SomeFailed;
    }
    if (c.json) {
        printJson(json::issueDetail(*detail));
        return Ok;
    }
    const IssueSummary& s = detail->summary;
    m_out << s.title << "\n" << s.slug << "  " << s.date << "  " << s.kind << "\n";
    if (!s.tags.isEmpty())
        m_out << tr("tags: %1").arg(s.tags.join(QStringLiteral(", "))) << "\n";
    m_out << "\n";
    for (const ItemRecord& it : detail->items) {
        m_out << QStringLiteral("%1. %2\n").arg(it.position).arg(it.title);
        if (it.sourceUrl)
            m_out << "   " << *it.sourceUrl << "\n";
    }
    m_out.flush();
    return Ok;
}

int Cli::cmdSearch(const QStringList& args)
{
    Common c;
    if (!parse(args, {QStringLiteral("--limit")}, {}, &c))
        return Usage;
    if (c.positional.isEmpty())
        return usage(tr("search needs the text to look for"));
    bool ok = true;
    const int limit = c.values.value(QStringLiteral("--limit"), QStringLiteral("50")).toInt(&ok);
    if (!ok || limit <= 0)
        return usage(tr("--limit needs a positive number"));
    Library library(c.db);
    const QList<SearchHit> hits = library.search(c.positional.join(QLatin1Char(' ')), limit);
    if (c.json) {
        QJsonArray a;
        for (const SearchHit& h : hits)
            a.append(json::searchHit(h));
        printJson(a);
        return Ok;
    }
    for (const SearchHit& h : hits)
        m_out << QStringLiteral("%1/%2  %3\n    %4\n").arg(h.issueSlug).arg(h.position).arg(h.title, h.snippet);
    m_out << tr("%1 hit(s)").arg(hits.size()) << "\n";
    m_out.flush();
    return Ok;
}

int Cli::cmdMark(const QStringList& args)
{
    Common c;
    if (!parse(args, {}, {QStringLiteral("--read"), QStringLiteral("--unread"), QStringLiteral("--star"),
                          QStringLiteral("--unstar")},
               &c))
        return Usage;
    bool ok = false;
    const qint64 id = c.positional.size() == 1 ? c.positional.first().toLongLong(&ok) : 0;
    if (!ok || c.flags.isEmpty())
        return usage(tr("mark needs one item id and --read, --unread, --star or --unstar"));
    Library library(c.db);
    if (!library.item(id)) {
        m_err << "digest: " << tr("no item %1").arg(id) << "\n";
        m_err.flush();
        return SomeFailed;
    }
    for (const QString& f : c.flags) {
        if (f == QLatin1String("--read") || f == QLatin1String("--unread"))
            library.setRead(id, f == QLatin1String("--read"));
        else
            library.setStarred(id, f == QLatin1String("--star"));
    }
    if (c.json)
        printJson(json::item(*library.item(id)));
    return Ok;
}

}  // namespace digest
