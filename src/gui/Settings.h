#pragma once
// What the user chose and how the window was laid out, kept in QSettings.

#include <QByteArray>
#include <QObject>
#include <QString>

namespace digest::gui {

enum class ThemeChoice { System, Light, Dark };

class Settings : public QObject {
    Q_OBJECT
public:
    static constexpr int kMinTextSize = 9, kMaxTextSize = 28, kDefaultTextSize = 13;

    // `persistent` false: defaults only, nothing read or written (screenshots).
    explicit Settings(bool persistent = true, QObject* parent = nullptr);

    ThemeChoice theme() const { return m_theme; }
    void setTheme(ThemeChoice theme);
    // Point size of the item viewer's body text.
    int textSize() const { return m_textSize; }
    void setTextSize(int points);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    void saveLayout(const QByteArray& geometry, const QByteArray& state, const QByteArray& splitter);

    static QString themeName(ThemeChoice theme);            // "system", "light", "dark"
    static ThemeChoice themeFromName(const QString& name);  // unknown: System

Q_SIGNALS:
    void themeChanged(digest::gui::ThemeChoice theme);
    void textSizeChanged(int points);

private:
    QByteArray value(const char* key) const;

    bool m_persistent;
    ThemeChoice m_theme = ThemeChoice::System;
    int m_textSize = kDefaultTextSize;
};

}  // namespace digest::gui
