#include "AppOptions.h"

#include "Library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace digest::gui {

AppOptions AppOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions", "Read weekly AI-news digests offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("AppOptions", "Library file (default: %1).")
                                    .arg(Library::defaultPath()),
                                QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("AppOptions", "Interface language, e.g. zh_CN or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QCoreApplication::translate("AppOptions", "Theme: system, light or dark."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("AppOptions", "Save a PNG of the window and exit."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QCoreApplication::translate("AppOptions", "Show this issue (slug or id), and item (0: the issue's front page)."),
                                    QStringLiteral("ISSUE[/POSITION]"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QCoreApplication::translate("AppOptions", "Start with this search."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption entity(QStringLiteral("entity"),
                                    QCoreApplication::translate("AppOptions", "Show this company's or model's page."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("AppOptions", "Window size for screenshots."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption bench(QStringLiteral("benchmark"),
                                   QCoreApplication::translate(
                                       "AppOptions", "Measure startup, GUI-thread stalls and memory, print JSON, exit."));
    parser.addOptions({db, lang, theme, shot, select, search, entity, size, bench});
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QCoreApplication::translate("AppOptions", "Files or folders to import."),
                                 QStringLiteral("[paths…]"));
    parser.process(arguments);

    AppOptions o;
    o.databasePath = parser.isSet(db) ? parser.value(db) : Library::defaultPath();
    o.language = parser.value(lang);
    o.theme = parser.value(theme);
    o.screenshotPath = parser.value(shot);
    o.select = parser.value(select);
    o.search = parser.value(search);
    o.entity = parser.value(entity);
    o.benchmark = parser.isSet(bench);
    o.importPaths = parser.positionalArguments();
    if (parser.isSet(size)) {
        const auto m = QRegularExpression(QStringLiteral("^(\\d+)[xX](\\d+)$")).match(parser.value(size));
        if (m.hasMatch())
            o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        else
            o.error = QCoreApplication::translate("AppOptions", "--size wants WIDTHxHEIGHT, e.g. 1280x800.");
    }
    if (!o.theme.isEmpty() && o.theme != QLatin1String("light") && o.theme != QLatin1String("dark")
        && o.theme != QLatin1String("system"))
        o.error = QCoreApplication::translate("AppOptions", "--theme wants system, light or dark.");
    return o;
}

}  // namespace digest::gui
