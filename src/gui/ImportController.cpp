#include "ImportController.h"

#include "ImportReportDialog.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QtConcurrent>

namespace digest::gui {

ImportController::ImportController(const QString& databasePath, QWidget* window, QObject* parent)
    : QObject(parent), m_databasePath(databasePath), m_window(window)
{
    m_progress = new QWidget;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    auto* layout = new QHBoxLayout(m_progress);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("importProgressLabel"));
    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setFixedWidth(180);
    m_bar->setTextVisible(false);
    m_cancelButton = new QToolButton;
    m_cancelButton->setObjectName(QStringLiteral("importCancelButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop importing after the current file"));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    m_progress->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &ImportController::cancel);
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this, &ImportController::onFinished);
}

ImportController::~ImportController()
{
    m_cancel = true;
    m_watcher.waitForFinished();
    if (!m_progress->parent())
        delete m_progress;
}

bool ImportController::start(const QStringList& paths)
{
    if (isRunning() || paths.isEmpty())
        return false;
    m_cancel = false;
    m_bar->setRange(0, 0);
    m_label->setText(tr("Importing…"));
    m_cancelButton->setEnabled(true);
    m_progress->show();
    const QString dbPath = m_databasePath;
    // `this` outlives the job (the destructor waits for it), and a queued call
    // to it is dropped once it is gone.
    m_watcher.setFuture(QtConcurrent::run([dbPath, paths, this]() -> ImportReport {
        try {
            Library library(
                dbPath,
                [this](const Library::Upgrade&) {
                    QMetaObject::invokeMethod(this, &ImportController::showUpgrading, Qt::QueuedConnection);
                },
                Library::Access::Auto, &m_cancel);
            Importer importer(library);
            return importer.importPaths(
                paths,
                [this](int done, int total, const QString& path) {
                    QMetaObject::invokeMethod(this, [this, done, total, path] { onProgress(done, total, path); },
                                              Qt::QueuedConnection);
                },
                &m_cancel);
        } catch (const std::exception& e) {
            ImportReport report;
            report.walkErrors << QString::fromUtf8(e.what());
            return report;
        }
    }));
    Q_EMIT started();  // after setFuture: isRunning() holds for its receivers
    return true;
}

void ImportController::showUpgrading()
{
    // An older library is upgraded before anything is imported: say so
    // rather than show an import that does not move.
    if (isRunning() && !m_cancel)
        m_label->setText(tr("Upgrading the library before importing…"));
}

void ImportController::cancel()
{
    m_cancel = true;
    m_cancelButton->setEnabled(false);
    m_label->setText(tr("Cancelling…"));
}

void ImportController::onProgress(int done, int total, const QString& path)
{
    if (m_cancel)
        return;
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(done);
    m_label->setText(tr("Importing %1 of %2: %3").arg(done + 1 > total ? total : done + 1).arg(total).arg(QFileInfo(path).fileName()));
}

void ImportController::onFinished()
{
    const ImportReport report = m_watcher.result();
    m_progress->hide();
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ImportReportDialog(report, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
    Q_EMIT finished(report);
}

ImportReportDialog* ImportController::reportDialog() const
{
    return m_dialog.data();
}

}  // namespace digest::gui
