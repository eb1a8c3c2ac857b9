#pragma once
// Decides what the item list shows: the sidebar's choice (scope, issue,
// month, tag, entity) combined with the search field's text. Typing is
// debounced (200 ms); each query then runs on the search worker thread with
// its own Library connection, a newer query interrupts and supersedes an
// older one, and the GUI thread never waits for the result.

#include "Library.h"

#include <QObject>
#include <QTimer>

class QLineEdit;

namespace digest::gui {

class ItemListModel;
class LibraryWorker;

class SearchController : public QObject {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 200;

    explicit SearchController(const QString& databasePath, QObject* parent = nullptr);
    ~SearchController() override;

    ItemListModel* model() const { return m_model; }
    LibraryWorker* worker() const { return m_worker; }

    // Follows the field as the user types.
    void attach(QLineEdit* field);
    // The sidebar's selection: applied at once, the search text kept.
    void setBaseFilter(const ItemFilter& filter);
    ItemFilter baseFilter() const { return m_base; }
    // Debounced; `applyNow` skips the wait.
    void setText(const QString& text);
    void applyNow();
    // Runs the current query again (after an import).
    void refresh();

    QString text() const { return m_text; }
    QStringList highlightTerms() const { return m_terms; }
    // Nothing waiting: no debounce pending and the list's query loaded.
    bool isSettled() const;

Q_SIGNALS:
    void termsChanged(const QStringList& terms);
    // The list shows the results of the current query.
    void resultsShown(int total);

private:
    void run();

    LibraryWorker* m_worker;
    ItemListModel* m_model;
    QTimer m_debounce;
    ItemFilter m_base;
    QString m_text;
    QStringList m_terms;
};

}  // namespace digest::gui
