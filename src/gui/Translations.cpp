#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace digest::gui {

QString installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates and month names in the sidebar follow the same language.
    QLocale::setDefault(locale);
    auto* translator = new QTranslator(&app);
    // Tries digest-reader_zh_Hans_CN, _zh_CN, _zh … for each UI language in order.
    if (!translator->load(locale, QStringLiteral("digest-reader"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // No translation for this language: English, with its plural forms.
        const bool english = translator->load(QStringLiteral(":/i18n/digest-reader_en"));
        if (english)
            app.installTranslator(translator);
        else
            delete translator;
        return QStringLiteral("en");
    }
    app.installTranslator(translator);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return translator->language();
}

}  // namespace digest::gui
