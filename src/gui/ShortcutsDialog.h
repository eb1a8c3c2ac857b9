#pragma once
// Help ▸ Keyboard Shortcuts: every action that has a shortcut, read from
// the actions themselves so the list cannot drift from what the keys do.

#include <QDialog>

class QAction;

namespace digest::gui {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
    int rowCount() const { return m_rows; }

private:
    int m_rows = 0;
};

}  // namespace digest::gui
