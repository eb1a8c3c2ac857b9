#pragma once
// Helpers shared by the GUI suites: a library in a temporary folder filled
// by the real Importer, and a MainWindow on it that has finished loading.

#include "Importer.h"
#include "Library.h"
#include "LinkHandler.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Theme.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace digest::gui::test {

inline QString samplesDir()
{
    return QStringLiteral(DIGEST_SOURCE_DIR "/resources/samples");
}

inline QString seedsDir()
{
    return QStringLiteral(DIGEST_SHARED_DIR "/seeds");
}

// Imports `paths` into <dir>/library.sqlite and returns the file's path.
inline QString importInto(const QTemporaryDir& dir, const QStringList& paths, ImportReport* report = nullptr)
{
    const QString db = dir.filePath(QStringLiteral("library.sqlite"));
    Library library(db);
    Importer importer(library);
    const ImportReport r = importer.importPaths(paths);
    if (report)
        *report = r;
    return db;
}

// A window on `db` that has painted and answered its first queries.
struct WindowFixture {
    Settings settings{false};
    Theme theme;
    std::unique_ptr<MainWindow> window;

    explicit WindowFixture(const QString& db, ThemeChoice choice = ThemeChoice::Light)
    {
        theme.apply(choice);
        window = std::make_unique<MainWindow>(db, &settings, &theme);
        window->resize(1280, 800);
        window->links()->setShowRefusals(false);
        window->show();
    }
    bool settle(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return window->isSettled(); }, timeoutMs);
    }
};

}  // namespace digest::gui::test
