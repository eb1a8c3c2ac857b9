#include "SearchController.h"

#include "ItemListModel.h"
#include "LibraryWorker.h"

#include <QLineEdit>

namespace digest::gui {

SearchController::SearchController(const QString& databasePath, QObject* parent)
    : QObject(parent),
      m_worker(new LibraryWorker(databasePath, QStringLiteral("digest-search"), this)),
      m_model(new ItemListModel(m_worker, this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchController::run);
    connect(m_model, &ItemListModel::queryLoaded, this, &SearchController::resultsShown);
}

SearchController::~SearchController()
{
    // The model's pending jobs hold a pointer to it: stop the worker first.
    delete m_worker;
    m_worker = nullptr;
}

void SearchController::attach(QLineEdit* field)
{
    connect(field, &QLineEdit::textChanged, this, &SearchController::setText);
    connect(field, &QLineEdit::returnPressed, this, &SearchController::applyNow);
}

void SearchController::setBaseFilter(const ItemFilter& filter)
{
    m_base = filter;
    m_debounce.stop();
    run();
}

void SearchController::setText(const QString& text)
{
    if (text == m_text && !m_debounce.isActive())
        return;
    m_text = text;
    m_debounce.start();
}

void SearchController::applyNow()
{
    if (m_debounce.isActive()) {
        m_debounce.stop();
        run();
    }
}

void SearchController::refresh()
{
    m_debounce.stop();
    run();
}

bool SearchController::isSettled() const
{
    return !m_debounce.isActive() && !m_model->isLoading();
}

void SearchController::run()
{
    ItemFilter filter = m_base;
    filter.text = m_text.trimmed();
    const QStringList terms = Library::highlightTerms(filter.text);  // pure text work, no disk
    if (terms != m_terms) {
        m_terms = terms;
        m_model->setHighlightTerms(terms);
        Q_EMIT termsChanged(terms);
    }
    // A search lists the best matches first; browsing, the newest.
    m_model->setQuery(filter, filter.text.isEmpty() ? ItemSort::NewestFirst : ItemSort::Relevance);
}

}  // namespace digest::gui
