// digest-reader: the desktop reader. Everything lives in digest_gui; this
// file reads the command line and starts the window (or a screenshot or
// benchmark run of it).

#include "AppOptions.h"
#include "MainWindow.h"
#include "PerformanceProbe.h"
#include "ScreenshotRunner.h"
#include "Settings.h"
#include "Theme.h"
#include "Translations.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

#include <cstdio>

using namespace digest::gui;

int main(int argc, char** argv)
{
    markProcessStart();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DigestReader"));
    QApplication::setOrganizationDomain(QStringLiteral("digestreader.github.io"));
    QApplication::setApplicationName(QStringLiteral("digest-reader"));
    QApplication::setApplicationDisplayName(QStringLiteral("Digest Reader"));
    QApplication::setApplicationVersion(QStringLiteral(DIGEST_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("io.github.digestreader.DigestReader"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.digestreader.DigestReader.svg")));

    // The language first, so --help is translated too.
    QString lang;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            lang = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            lang = args[i].mid(7);
    }
    installTranslations(app, lang);
    const AppOptions options = AppOptions::parse(args);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "digest-reader: %s\n", qPrintable(options.error));
        return 2;
    }

    // Screenshots and benchmarks use the defaults and leave the user's settings alone.
    Settings settings(!options.presentationOnly());
    Theme theme;
    if (!options.theme.isEmpty())
        settings.setTheme(Settings::themeFromName(options.theme));
    theme.apply(settings.theme());

    MainWindow window(options.databasePath, &settings, &theme);
    if (options.size.isValid())
        window.resize(options.size);
    FirstPaintWatcher paint(&window);
    window.show();

    int exitCode = 0;
    if (!options.screenshotPath.isEmpty()) {
        auto* runner = new ScreenshotRunner(&window, options, &window);
        QObject::connect(runner, &ScreenshotRunner::finished, &app, [&](int code) {
            exitCode = code;
            app.exit(code);
        });
        runner->start();
    } else if (options.benchmark) {
        auto* runner = new BenchmarkRunner(&window, &paint, &window);
        QObject::connect(runner, &BenchmarkRunner::finished, &app, [&](int code) {
            exitCode = code;
            app.exit(code);
        });
        runner->start();
    } else if (!options.importPaths.isEmpty()) {
        QTimer::singleShot(0, &window, [&] { window.importPaths(options.importPaths); });
    }
    const int code = app.exec();
    return exitCode ? exitCode : code;
}
