#pragma once
// The `digest` command line: one class per run, commands dispatch by name.
// Thin by design: it parses arguments, calls the core and prints.

#include "Library.h"

#include <QStringList>
#include <QTextStream>
#include <QHash>
#include <QJsonValue>

namespace digest {

class Cli {
public:
    enum Exit { Ok = 0, SomeFailed = 1, Usage = 2 };

    Cli(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}
    // args[0] is the program name.
    int run(const QStringList& args);

private:
    int usage(const QString& message = {});
    int cmdImport(const QStringList& args);
    int cmdIssues(const QStringList& args);
    int cmdShow(const QStringList& args);
    int cmdSearch(const QStringList& args);
    int cmdMark(const QStringList& args);
    int cmdEntities(const QStringList& args);
    int cmdEntity(const QStringList& args);
    int cmdRelink(const QStringList& args);
    int cmdDiscovered(const QStringList& args);
    void printDictionaryProblems();
    bool libraryExists(const QString& db);

    // Shared options: --db FILE, --json. Returns false (after printing) on a usage error.
    struct Common {
        QString db;
        bool json = false;
        bool readOnly = false;             // --read-only: never write, not even an upgrade
        QStringList positional;
        QStringList flags;                 // other --flags seen, without values
        QHash<QString, QString> values;    // other --key VALUE options
    };
    bool parse(const QStringList& args, const QStringList& valueOptions, const QStringList& flagOptions,
               Common* common);
    void printJson(const QJsonValue& v);
    // The library of --db, read-only with --read-only; an upgrade it needs is announced on stderr.
    Library openLibrary(const Common& c);

    QTextStream& m_out;
    QTextStream& m_err;
};

}  // namespace digest
