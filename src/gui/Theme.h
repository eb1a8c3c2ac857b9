#pragma once
// Colours of the whole app for one theme: the Qt palette (Fusion style, so
// light and dark look the same on every desktop), the few extra colours the
// delegates paint with, and the item viewer's CSS, which follows the palette.

#include "Settings.h"

#include <QColor>
#include <QObject>
#include <QPalette>

namespace digest::gui {

class Theme : public QObject {
    Q_OBJECT
public:
    explicit Theme(QObject* parent = nullptr);

    // Sets the application palette; System keeps the platform's own palette.
    void apply(ThemeChoice choice);
    ThemeChoice choice() const { return m_choice; }
    bool isDark() const { return m_dark; }

    QPalette palette() const { return m_palette; }
    QColor accent() const { return m_accent; }
    QColor mutedText() const { return m_muted; }
    QColor matchBackground() const { return m_match; }      // search hits
    QColor chipBackground() const { return m_chip; }
    QColor starColor() const { return m_star; }
    QColor separator() const { return m_separator; }

    // CSS for the viewer's document; `textPoints` is the body size.
    QString viewerCss(int textPoints) const;

    static QPalette lightPalette();
    static QPalette darkPalette();

Q_SIGNALS:
    void changed();

private:
    ThemeChoice m_choice = ThemeChoice::System;
    bool m_dark = false;
    QPalette m_palette;
    QPalette m_systemPalette;
    QColor m_accent, m_muted, m_match, m_chip, m_star, m_separator;
};

}  // namespace digest::gui
