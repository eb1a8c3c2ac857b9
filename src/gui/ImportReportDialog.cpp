#include "ImportReportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace digest::gui {

QString ImportReportDialog::statusText(ImportFileResult::Status status)
{
    switch (status) {
    case ImportFileResult::Status::Imported: return tr("Imported");
    case ImportFileResult::Status::Updated: return tr("Updated");
    case ImportFileResult::Status::Unchanged: return tr("Unchanged");
    case ImportFileResult::Status::Failed: return tr("Failed");
    }
    return {};
}

QString ImportReportDialog::summary(const ImportReport& r)
{
    using S = ImportFileResult::Status;
    QString s = tr("%n file(s) imported", nullptr, r.count(S::Imported));
    s += QStringLiteral(", ") + tr("%n updated", nullptr, r.count(S::Updated));
    s += QStringLiteral(", ") + tr("%n unchanged", nullptr, r.count(S::Unchanged));
    s += QStringLiteral(", ") + tr("%n failed", nullptr, r.failedCount());
    if (r.cancelled)
        s += QStringLiteral(" — ") + tr("cancelled before the end");
    return s;
}

ImportReportDialog::ImportReportDialog(const ImportReport& report, QWidget* parent)
    : QDialog(parent), m_report(report)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import Report"));
    resize(760, 420);
    auto* layout = new QVBoxLayout(this);

    auto* headline = new QLabel(report.failedCount() || !report.walkErrors.isEmpty()
                                    ? tr("<b>Import finished with problems.</b>")
                                    : tr("<b>Import finished.</b>"));
    headline->setObjectName(QStringLiteral("importReportHeadline"));
    auto* summaryLabel = new QLabel(summary(report));
    summaryLabel->setObjectName(QStringLiteral("importReportSummary"));
    summaryLabel->setWordWrap(true);
    layout->addWidget(headline);
    layout->addWidget(summaryLabel);

    m_files = new QTreeWidget;
    m_files->setObjectName(QStringLiteral("importReportFiles"));
    m_files->setColumnCount(3);
    m_files->setHeaderLabels({tr("Result"), tr("File"), tr("Details")});
    m_files->setRootIsDecorated(false);
    m_files->setAlternatingRowColors(true);
    m_files->setWordWrap(true);
    QList<ImportFileResult> files = report.files;
    std::stable_sort(files.begin(), files.end(),
                     [](const ImportFileResult& a, const ImportFileResult& b) { return a.failed() && !b.failed(); });
    const QIcon failIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString& err : report.walkErrors) {
        auto* row = new QTreeWidgetItem({tr("Not read"), QString(), err});
        row->setIcon(0, failIcon);
        m_files->addTopLevelItem(row);
    }
    for (const ImportFileResult& f : files) {
        QString details;
        if (f.failed()) {
            details = f.line > 0 ? tr("line %1: %2").arg(f.line).arg(f.message) : f.message;
        } else {
            details = tr("%1 — %n item(s)", nullptr, f.itemCount).arg(f.title.isEmpty() ? f.slug : f.title);
            if (!f.notes.isEmpty())
                details += QStringLiteral(" (") + f.notes.join(QStringLiteral("; ")) + QLatin1Char(')');
        }
        auto* row = new QTreeWidgetItem({statusText(f.status), QDir::toNativeSeparators(f.path), details});
        row->setToolTip(1, f.path);
        row->setToolTip(2, details);
        if (f.failed())
            row->setIcon(0, failIcon);
        m_files->addTopLevelItem(row);
    }
    m_files->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_files->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_files->header()->setStretchLastSection(true);
    m_files->setColumnWidth(1, 300);
    layout->addWidget(m_files, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("Copy Report"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("importReportCopy"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(reportText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ImportReportDialog::reportText() const
{
    QStringList lines{summary(m_report)};
    for (const QString& e : m_report.walkErrors)
        lines << e;
    for (const ImportFileResult& f : m_report.files)
        lines << (f.failed() ? f.errorLine() : statusText(f.status) + QStringLiteral(": ") + f.path);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace digest::gui
