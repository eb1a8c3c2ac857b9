#include "MarkController.h"

#include "ItemListModel.h"
#include "LibraryWorker.h"

namespace digest::gui {

MarkController::MarkController(LibraryWorker* worker, ItemListModel* list, QObject* parent)
    : QObject(parent), m_worker(worker), m_list(list)
{
    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(kReadAfterMs);
    connect(&m_readTimer, &QTimer::timeout, this, [this] {
        if (m_itemId && !m_read)
            setRead(m_itemId, true);
    });
}

void MarkController::itemShown(qint64 itemId, bool read, bool starred)
{
    m_itemId = itemId;
    m_read = read;
    m_starred = starred;
    m_readTimer.stop();
    if (itemId && !read && m_autoRead)
        m_readTimer.start();
}

void MarkController::setRead(qint64 itemId, bool read)
{
    if (itemId == m_itemId) {
        m_readTimer.stop();  // an explicit choice wins over the timer
        m_read = read;
        Q_EMIT shownItemMarksChanged(m_read, m_starred);
    }
    m_list->updateMarks(itemId, read, std::nullopt);
    m_worker->run(this, [itemId, read](Library& lib) { lib.setRead(itemId, read); },
                  [this] { Q_EMIT marksChanged(); });
}

void MarkController::setStarred(qint64 itemId, bool starred)
{
    if (itemId == m_itemId) {
        m_starred = starred;
        Q_EMIT shownItemMarksChanged(m_read, m_starred);
    }
    m_list->updateMarks(itemId, std::nullopt, starred);
    m_worker->run(this, [itemId, starred](Library& lib) { lib.setStarred(itemId, starred); },
                  [this] { Q_EMIT marksChanged(); });
}

void MarkController::toggleRead()
{
    if (m_itemId)
        setRead(m_itemId, !m_read);
}

void MarkController::toggleStarred()
{
    if (m_itemId)
        setStarred(m_itemId, !m_starred);
}

void MarkController::markIssueRead(qint64 issueId)
{
    if (!issueId)
        return;
    if (m_itemId) {
        // The shown item belongs to the issue when its list row says so.
        const int row = m_list->rowOfItem(m_itemId);
        if (const ItemListEntry* e = m_list->entryAt(row); e && e->row.issueId == issueId) {
            m_readTimer.stop();
            m_read = true;
            Q_EMIT shownItemMarksChanged(m_read, m_starred);
        }
    }
    m_list->updateIssueRead(issueId, true);
    m_worker->run(this, [issueId](Library& lib) { lib.markIssueRead(issueId, true); },
                  [this] { Q_EMIT marksChanged(); });
}

}  // namespace digest::gui
