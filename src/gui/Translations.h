#pragma once
// Loads the app's translation (and Qt's own, for standard dialogs and
// context menus) for the system language or the one asked for (--lang).

#include <QString>

class QCoreApplication;

namespace digest::gui {

// `language` like "zh_CN", "en"; empty: the system's UI languages. Returns
// the language whose translation was loaded ("en" when none was needed).
QString installTranslations(QCoreApplication& app, const QString& language = {});

}  // namespace digest::gui
