#pragma once
// Preferences: theme (system, light, dark) and the reading text size. Changes
// apply at once and are remembered.

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace digest::gui {

class Settings;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Settings* settings, QWidget* parent = nullptr);

private:
    Settings* m_settings;
    QComboBox* m_theme;
    QSpinBox* m_textSize;
};

}  // namespace digest::gui
