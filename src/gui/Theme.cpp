#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace digest::gui {

Theme::Theme(QObject* parent) : QObject(parent)
{
    m_systemPalette = QApplication::palette();
}

QPalette Theme::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf5, 0xf5, 0xf4));
    p.setColor(QPalette::WindowText, QColor(0x1c, 0x1c, 0x1e));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf0, 0xef));
    p.setColor(QPalette::Text, QColor(0x1c, 0x1c, 0x1e));
    p.setColor(QPalette::Button, QColor(0xef, 0xef, 0xee));
    p.setColor(QPalette::ButtonText, QColor(0x1c, 0x1c, 0x1e));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xde));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xc8));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3f, 0xb5));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, QColor(0x1c, 0x1c, 0x1e));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8e));
    p.setColor(QPalette::Mid, QColor(0xc8, 0xc8, 0xc6));
    p.setColor(QPalette::Dark, QColor(0xa0, 0xa0, 0x9e));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1c, 0x1d, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2b, 0x2f));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x32, 0x33, 0x37));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3a, 0x6f, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7d, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb6, 0x9a, 0xf0));
    p.setColor(QPalette::ToolTipBase, QColor(0x32, 0x33, 0x37));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x92));
    p.setColor(QPalette::Mid, QColor(0x44, 0x45, 0x4a));
    p.setColor(QPalette::Dark, QColor(0x15, 0x15, 0x17));
    p.setColor(QPalette::Light, QColor(0x50, 0x51, 0x56));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x74));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x74));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x74));
    return p;
}

void Theme::apply(ThemeChoice choice)
{
    m_choice = choice;
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    switch (choice) {
    case ThemeChoice::Light: m_palette = lightPalette(); break;
    case ThemeChoice::Dark: m_palette = darkPalette(); break;
    case ThemeChoice::System: m_palette = m_systemPalette; break;
    }
    QApplication::setPalette(m_palette);
    // Platform themes give some classes palettes of their own; they follow too.
    for (const char* cls : {"QMenuBar", "QMenu", "QToolBar", "QToolButton", "QStatusBar", "QHeaderView"})
        QApplication::setPalette(m_palette, cls);
    m_dark = m_palette.color(QPalette::Window).lightness() < 128;
    if (m_dark) {
        m_accent = QColor(0x7d, 0xb0, 0xff);
        m_muted = QColor(0x9a, 0x9b, 0xa1);
        m_match = QColor(0x8a, 0x6d, 0x12);
        m_chip = QColor(0x34, 0x3a, 0x46);
        m_star = QColor(0xf2, 0xc1, 0x4e);
        m_separator = QColor(0x34, 0x35, 0x3a);
    } else {
        m_accent = QColor(0x1f, 0x5f, 0xc8);
        m_muted = QColor(0x6e, 0x6e, 0x73);
        m_match = QColor(0xff, 0xe3, 0x7a);
        m_chip = QColor(0xe8, 0xee, 0xf8);
        m_star = QColor(0xe0, 0x9b, 0x00);
        m_separator = QColor(0xe6, 0xe6, 0xe4);
    }
    Q_EMIT changed();
}

QString Theme::viewerCss(int textPoints) const
{
    const QColor text = m_palette.color(QPalette::Text);
    const QColor base = m_palette.color(QPalette::Base);
    const QColor codeBg = m_dark ? base.lighter(135) : QColor(0xf4, 0xf4, 0xf2);
    const QColor quote = m_dark ? QColor(0x55, 0x58, 0x60) : QColor(0xd0, 0xd4, 0xdc);
    // Qt's rich text understands a subset of CSS 2.1; line-height in percent
    // is honoured, and CJK reads best with generous leading. Headings are
    // bold, not 600: the CJK fonts (WenQuanYi, Noto CJK) have no semibold, and
    // Qt then drew the Chinese of a title regular beside its bold digits.
    return QStringLiteral(R"CSS(
body { color: %1; font-size: %2pt; }
p, li { line-height: 160%; }
p.figure { line-height: 100%; margin-top: 6px; margin-bottom: 10px; }
p { margin-top: 0; margin-bottom: 0.7em; }
a { color: %3; text-decoration: none; }
h1.title { font-size: %4pt; font-weight: bold; margin-bottom: 4px; line-height: 130%; }
h1, h2, h3, h4 { font-weight: bold; }
.meta { color: %5; font-size: %6pt; }
.chips { margin-top: 6px; margin-bottom: 2px; }
a.chip { color: %3; background-color: %7; }
a.tagchip { color: %5; background-color: %7; }
a.original { color: %3; font-weight: bold; }
a.issue { color: %3; }
pre, code { font-family: monospace; background-color: %8; }
pre { padding: 8px; }
blockquote { color: %5; border-left: 3px solid %9; margin-left: 0; padding-left: 12px; }
table { border-collapse: collapse; }
td, th { padding: 4px 8px; border: 1px solid %9; }
hr { color: %9; }
)CSS")
        .arg(text.name())
        .arg(textPoints)
        .arg(m_accent.name())
        .arg(textPoints + 7)
        .arg(m_muted.name())
        .arg(std::max(8, textPoints - 2))
        .arg(m_chip.name())
        .arg(codeBg.name())
        .arg(quote.name());
}

}  // namespace digest::gui
