#include "Cli.h"

#include "Importer.h"
#include "JsonFormat.h"
#include "Library.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace digest {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("digest::Cli", s); }

// Opening a library an older version wrote can take a while, once: say so on stderr.
Library::UpgradeNotice upgradeNotice(QTextStream& err)
{
    return [&err](const Library::Upgrade& u) {
        QString message;
        if (u.fromVersion == u.toVersion)
            message = tr("rebuilding the search index for this version, once…");
        else if (u.backupPath.isEmpty())
            message = tr("upgrading the library from schema %1 to %2, once…").arg(u.fromVersion).arg(u.toVersion);
        else
            message = tr("upgrading the library from schema %1 to %2, once; the old library is copied to %3 first…")
                          .arg(u.fromVersion)
                          .arg(u.toVersion)
                          .arg(u.backupPath);
        err << "digest: " << message << "\n";
        err.flush();
    };
}

const char* const kHelp = R"(usage: digest COMMAND [options]

Commands:
  import PATH...          import Markdown posts and transcripts (files, or folders recursively)
      --as post|transcript  treat every file as this kind instead of detecting it
  issues                  list the issues in the library, newest first
  show ISSUE              one issue (slug or id) with its items
  search QUERY            ranked search: words (all must match), "phrases", -word, OR,
                          company: model: tag: issue: after: before: (dates 2024, 2024-06, 2024-06-17)
      --limit N             at most N hits (default 50)
      --count               print only the number of matching items
  entities [--kind K]     companies and models with item counts (K: company, model, lab, organisation, product)
  entity NAME             one entity: its names, maker, models and mentions per month
  relink                  link every item to the entities again (after editing entities.toml)
  discovered              model-like names found in items that the dictionary does not know
  mark ITEM [--read|--unread] [--star|--unstar]
                          set the read and starred marks of an item (by id)

Options for every command:
  --db FILE               the library file (default: $DIGEST_DB, else the app's data folder)
  --json                  print JSON instead of text
  --read-only             open the library without writing to it (a library in a file or
                          folder you cannot write is opened so anyway)
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
        } else if (a == QLatin1String("--read-only")) {
            c->readOnly = true;
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
        if (cmd == QLatin1String("entities"))
            return cmdEntities(rest);
        if (cmd == QLatin1String("entity"))
            return cmdEntity(rest);
        if (cmd == QLatin1String("relink"))
            return cmdRelink(rest);
        if (cmd == QLatin1String("discovered"))
            return cmdDiscovered(rest);
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
    Library library = openLibrary(c);
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
                      << QStringLiteral(" %1  %2 (%3, %4 items)").arg(r.path, r.slug, r.kind, QString::number(r.itemCount))
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

Library Cli::openLibrary(const Common& c)
{
    return Library(c.db, upgradeNotice(m_err), c.readOnly ? Library::Access::ReadOnly : Library::Access::Auto);
}

bool Cli::libraryExists(const QString& db)
{
    // Reading commands never create a library: a mistyped --db is an error, not an empty result.
    if (QFileInfo::exists(db))
        return true;
    m_err << "digest: " << tr("no library at %1 (import something first, or check --db / DIGEST_DB)").arg(db) << "\n";
    m_err.flush();
    return false;
}

int Cli::cmdIssues(const QStringList& args)
{
    Common c;
    if (!parse(args, {}, {}, &c))
        return Usage;
    if (!libraryExists(c.db))
        return SomeFailed;
    if (!c.positional.isEmpty())
        return usage(tr("issues takes no arguments"));
    Library library = openLibrary(c);
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
                     .arg(QString::number(i.id).rightJustified(4),
                          i.date.isEmpty() ? QStringLiteral("----------") : i.date.leftJustified(10), i.slug, i.title,
                          QString::number(i.itemCount));
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
    if (!libraryExists(c.db))
        return SomeFailed;
    Library library = openLibrary(c);
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
        m_out << QStringLiteral("%1. %2\n").arg(QString::number(it.position), it.title);
        if (it.sourceUrl)
            m_out << "   " << *it.sourceUrl << "\n";
    }
    m_out.flush();
    return Ok;
}

int Cli::cmdSearch(const QStringList& args)
{
    Common c;
    if (!parse(args, {QStringLiteral("--limit")}, {QStringLiteral("--count")}, &c))
        return Usage;
    if (c.positional.isEmpty())
        return usage(tr("search needs the text to look for"));
    if (!libraryExists(c.db))
        return SomeFailed;
    const QString query = c.positional.join(QLatin1Char(' '));
    // company:Nope finds nothing: say why on stderr (stdout stays the result).
    const QStringList unknown = Library::unknownEntityNames(query);
    for (const QString& name : unknown)
        m_err << "digest: " << tr("no company or model is called \"%1\" (see digest entities)").arg(name) << "\n";
    m_err.flush();
    if (c.flags.contains(QStringLiteral("--count"))) {
        Library library = openLibrary(c);
        const int n = library.countSearch(query);
        if (c.json)
            printJson(QJsonObject{{QStringLiteral("count"), n}});
        else
            m_out << n << "\n";
        m_out.flush();
        return Ok;
    }
    bool ok = true;
    const int limit = c.values.value(QStringLiteral("--limit"), QStringLiteral("50")).toInt(&ok);
    if (!ok || limit <= 0)
        return usage(tr("--limit needs a positive number"));
    Library library = openLibrary(c);
    const QList<SearchHit> hits = library.search(query, limit);
    if (c.json) {
        QJsonArray a;
        for (const SearchHit& h : hits)
            a.append(json::searchHit(h));
        printJson(a);
        return Ok;
    }
    for (const SearchHit& h : hits) {
        // The terminal gets the snippet as text, the match between 【 】.
        QString snippet = h.snippet;
        snippet.replace(QStringLiteral("<mark>"), QStringLiteral("【")).replace(QStringLiteral("</mark>"), QStringLiteral("】"));
        snippet.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        snippet.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        m_out << QStringLiteral("%1/%2  %3  %4\n    %5\n").arg(h.issueSlug, QString::number(h.position), h.date, h.title, snippet);
    }
    // A full page may not be all: say how many there are, as the window does.
    const int total = hits.size() < limit ? int(hits.size()) : library.countSearch(query);
    if (total > hits.size())
        m_out << tr("%1 of %2 hits shown (--limit N shows more)").arg(hits.size()).arg(total) << "\n";
    else
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
    if (!libraryExists(c.db))
        return SomeFailed;
    Library library = openLibrary(c);
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

void Cli::printDictionaryProblems()
{
    for (const QString& p : Library::defaultDictionaryProblems())
        m_err << "digest: " << p << "\n";
    m_err.flush();
}

int Cli::cmdEntities(const QStringList& args)
{
    Common c;
    if (!parse(args, {QStringLiteral("--kind")}, {QStringLiteral("--all")}, &c))
        return Usage;
    if (!c.positional.isEmpty())
        return usage(tr("entities takes no arguments"));
    if (!libraryExists(c.db))
        return SomeFailed;
    const QString kind = c.values.value(QStringLiteral("--kind"));
    static const QStringList kinds = {QStringLiteral("company"), QStringLiteral("model"), QStringLiteral("lab"),
                                      QStringLiteral("organisation"), QStringLiteral("product")};
    if (!kind.isEmpty() && !kinds.contains(kind))
        return usage(tr("--kind takes one of %1").arg(kinds.join(QStringLiteral(", "))));
    printDictionaryProblems();
    Library library = openLibrary(c);
    const QList<EntitySummary> list = library.entities(kind, c.flags.contains(QStringLiteral("--all")));
    if (c.json) {
        QJsonArray a;
        for (const EntitySummary& e : list)
            a.append(json::entity(e));
        printJson(a);
        return Ok;
    }
    for (const EntitySummary& e : list)
        m_out << QStringLiteral("%1  %2  %3%4\n")
                     .arg(QString::number(e.itemCount).rightJustified(6), e.kind.leftJustified(12), e.name,
                          e.maker.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(e.maker));
    m_out.flush();
    return Ok;
}

int Cli::cmdEntity(const QStringList& args)
{
    Common c;
    if (!parse(args, {}, {}, &c))
        return Usage;
    if (c.positional.isEmpty())
        return usage(tr("entity needs a name"));
    if (!libraryExists(c.db))
        return SomeFailed;
    const QString name = c.positional.join(QLatin1Char(' '));
    Library library = openLibrary(c);
    const auto e = library.entityByName(name);
    if (!e) {
        m_err << "digest: " << tr("no company or model called \"%1\"").arg(name) << "\n";
        m_err.flush();
        return SomeFailed;
    }
    const QList<EntitySummary> models = library.modelsOf(e->id);
    const QList<PeriodCount> months = library.entityMentionsPerMonth(e->id);
    if (c.json) {
        QJsonObject o = json::entity(*e);
        QJsonArray m;
        for (const EntitySummary& model : models)
            m.append(json::entity(model));
        o.insert(QStringLiteral("models"), m);
        QJsonArray per;
        for (const PeriodCount& p : months)
            per.append(QJsonObject{{QStringLiteral("month"), p.period}, {QStringLiteral("items"), p.items},
                                   {QStringLiteral("issues"), p.issues}});
        o.insert(QStringLiteral("mentions_per_month"), per);
        printJson(o);
        return Ok;
    }
    m_out << e->name << "  (" << e->kind << ")\n";
    m_out << tr("names: %1").arg(e->aliases.join(QStringLiteral(", "))) << "\n";
    if (!e->maker.isEmpty())
        m_out << tr("maker: %1").arg(e->maker) << "\n";
    if (!models.isEmpty()) {
        QStringList names;
        for (const EntitySummary& m : models)
            names.append(QStringLiteral("%1 (%2)").arg(m.name, QString::number(m.itemCount)));
        m_out << tr("models: %1").arg(names.join(QStringLiteral(", "))) << "\n";
    }
    m_out << tr("items: %1").arg(e->itemCount) << "\n";
    for (const PeriodCount& p : months)
        m_out << "  " << p.period << "  " << QString(std::min(p.items, 60), QChar(0x2587)) << " " << p.items << "\n";
    m_out.flush();
    return Ok;
}

int Cli::cmdRelink(const QStringList& args)
{
    Common c;
    if (!parse(args, {}, {}, &c))
        return Usage;
    if (!c.positional.isEmpty())
        return usage(tr("relink takes no arguments"));
    if (!libraryExists(c.db))
        return SomeFailed;
    printDictionaryProblems();
    Library library = openLibrary(c);
    const int n = library.relinkEntities();
    if (c.json)
        printJson(QJsonObject{{QStringLiteral("items"), n}});
    else
        m_out << tr("%1 items linked to %2 entities").arg(n).arg(library.entities().size()) << "\n";
    m_out.flush();
    return Ok;
}

int Cli::cmdDiscovered(const QStringList& args)
{
    Common c;
    if (!parse(args, {}, {}, &c))
        return Usage;
    if (!c.positional.isEmpty())
        return usage(tr("discovered takes no arguments"));
    if (!libraryExists(c.db))
        return SomeFailed;
    Library library = openLibrary(c);
    const QList<NameCount> names = library.discoveredNames();
    if (c.json) {
        QJsonArray a;
        for (const NameCount& n : names)
            a.append(QJsonObject{{QStringLiteral("name"), n.name}, {QStringLiteral("items"), n.count}});
        printJson(a);
        return Ok;
    }
    for (const NameCount& n : names)
        m_out << QStringLiteral("%1  %2\n").arg(QString::number(n.count).rightJustified(5), n.name);
    m_out.flush();
    return Ok;
}

}  // namespace digest
