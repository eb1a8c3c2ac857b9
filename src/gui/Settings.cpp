#include "Settings.h"

#include <QSettings>

#include <algorithm>

namespace digest::gui {

Settings::Settings(bool persistent, QObject* parent) : QObject(parent), m_persistent(persistent)
{
    if (!m_persistent)
        return;
    QSettings s;
    m_theme = themeFromName(s.value(QStringLiteral("appearance/theme")).toString());
    m_textSize = std::clamp(s.value(QStringLiteral("appearance/textSize"), kDefaultTextSize).toInt(), kMinTextSize,
                            kMaxTextSize);
}

void Settings::setTheme(ThemeChoice theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    if (m_persistent)
        QSettings().setValue(QStringLiteral("appearance/theme"), themeName(theme));
    Q_EMIT themeChanged(theme);
}

void Settings::setTextSize(int points)
{
    points = std::clamp(points, kMinTextSize, kMaxTextSize);
    if (points == m_textSize)
        return;
    m_textSize = points;
    if (m_persistent)
        QSettings().setValue(QStringLiteral("appearance/textSize"), points);
    Q_EMIT textSizeChanged(points);
}

QByteArray Settings::value(const char* key) const
{
    return m_persistent ? QSettings().value(QLatin1String(key)).toByteArray() : QByteArray();
}

QByteArray Settings::windowGeometry() const { return value("window/geometry"); }
QByteArray Settings::windowState() const { return value("window/state"); }
QByteArray Settings::splitterState() const { return value("window/splitter"); }

void Settings::saveLayout(const QByteArray& geometry, const QByteArray& state, const QByteArray& splitter)
{
    if (!m_persistent)
        return;
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), geometry);
    s.setValue(QStringLiteral("window/state"), state);
    s.setValue(QStringLiteral("window/splitter"), splitter);
}

QString Settings::themeName(ThemeChoice theme)
{
    switch (theme) {
    case ThemeChoice::Light: return QStringLiteral("light");
    case ThemeChoice::Dark: return QStringLiteral("dark");
    case ThemeChoice::System: break;
    }
    return QStringLiteral("system");
}

ThemeChoice Settings::themeFromName(const QString& name)
{
    if (name == QLatin1String("light"))
        return ThemeChoice::Light;
    if (name == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

}  // namespace digest::gui
