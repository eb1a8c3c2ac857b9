#pragma once
// Imports files and folders on a background thread with its own Library and
// Importer, shows progress with a cancel button, and ends with a report
// dialog listing what was imported and each failed file with its reason.

#include "Importer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>

class QLabel;
class QProgressBar;
class QToolButton;
class QWidget;

namespace digest::gui {

class ImportReportDialog;

class ImportController : public QObject {
    Q_OBJECT
public:
    ImportController(const QString& databasePath, QWidget* window, QObject* parent = nullptr);
    ~ImportController() override;

    // Progress label, bar and cancel button, for the status bar; hidden when idle.
    QWidget* progressWidget() const { return m_progress; }
    bool isRunning() const { return m_watcher.isRunning(); }
    // Starts importing; false (nothing started) when an import is running.
    bool start(const QStringList& paths);
    void cancel();
    // The library is being upgraded before the import can start (by this
    // import's connection or another): the label says so.
    void showUpgrading();
    // The last report dialog (null before the first import finished).
    ImportReportDialog* reportDialog() const;

Q_SIGNALS:
    void started();
    // The library changed (even when the import was cancelled part way).
    void finished(const digest::ImportReport& report);

private:
    void onProgress(int done, int total, const QString& path);
    void onFinished();

    QString m_databasePath;
    QWidget* m_window;
    QWidget* m_progress;
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancelButton;
    QFutureWatcher<ImportReport> m_watcher;
    std::atomic_bool m_cancel{false};
    QPointer<ImportReportDialog> m_dialog;
};

}  // namespace digest::gui
