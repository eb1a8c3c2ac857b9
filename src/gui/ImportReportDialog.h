#pragma once
// What an import did: a summary line, then every file with its outcome, the
// failed ones first with their reason ("line 12: …").

#include "Importer.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace digest::gui {

class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportReportDialog(const ImportReport& report, QWidget* parent = nullptr);

    static QString summary(const ImportReport& report);
    static QString statusText(ImportFileResult::Status status);
    // The report as plain text (the Copy button).
    QString reportText() const;

private:
    ImportReport m_report;
    QTreeWidget* m_files;
};

}  // namespace digest::gui
