#include "SettingsDialog.h"

#include "Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace digest::gui {

SettingsDialog::SettingsDialog(Settings* settings, QWidget* parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), QVariant::fromValue(int(ThemeChoice::System)));
    m_theme->addItem(tr("Light"), QVariant::fromValue(int(ThemeChoice::Light)));
    m_theme->addItem(tr("Dark"), QVariant::fromValue(int(ThemeChoice::Dark)));
    m_theme->setCurrentIndex(m_theme->findData(int(settings->theme())));
    m_textSize = new QSpinBox;
    m_textSize->setObjectName(QStringLiteral("textSizeSpin"));
    m_textSize->setRange(Settings::kMinTextSize, Settings::kMaxTextSize);
    m_textSize->setSuffix(tr(" pt"));
    m_textSize->setValue(settings->textSize());
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Reading &text size:"), m_textSize);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { m_settings->setTheme(ThemeChoice(m_theme->currentData().toInt())); });
    connect(m_textSize, &QSpinBox::valueChanged, m_settings, &Settings::setTextSize);
}

}  // namespace digest::gui
