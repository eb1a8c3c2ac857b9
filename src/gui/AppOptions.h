#pragma once
// The command line of digest-reader.

#include <QSize>
#include <QString>
#include <QStringList>

namespace digest::gui {

struct AppOptions {
    QString databasePath;      // --db, else $DIGEST_DB, else Library::defaultPath()
    QString language;          // --lang
    QString theme;             // --theme light|dark|system (empty: the saved choice)
    QString screenshotPath;    // --screenshot FILE
    QString select;            // --select ISSUE[/POSITION]
    QString search;            // --search TEXT
    QString entity;            // --entity NAME
    QSize size;                // --size WxH
    bool benchmark = false;    // --benchmark
    QStringList importPaths;   // positional: files/folders to import at start
    QString error;             // set when the command line is wrong

    // Parses the application's arguments (QCoreApplication must exist).
    static AppOptions parse(const QStringList& arguments);
    bool presentationOnly() const { return !screenshotPath.isEmpty() || benchmark; }
};

}  // namespace digest::gui
