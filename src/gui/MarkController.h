#pragma once
// Read and starred marks: writes them through the library on the reader
// worker, then updates the list's row and asks for fresh sidebar counts.
// An item shown for 1.5 s becomes read.

#include <QObject>
#include <QTimer>

namespace digest::gui {

class ItemListModel;
class LibraryWorker;

class MarkController : public QObject {
    Q_OBJECT
public:
    static constexpr int kReadAfterMs = 1500;

    MarkController(LibraryWorker* worker, ItemListModel* list, QObject* parent = nullptr);

    // The viewer now shows `itemId` (read or not); starts the read timer.
    void itemShown(qint64 itemId, bool read, bool starred);
    // Off for screenshots and benchmarks, which must not change the library.
    void setAutoRead(bool enabled) { m_autoRead = enabled; }
    qint64 shownItem() const { return m_itemId; }
    bool shownRead() const { return m_read; }
    bool shownStarred() const { return m_starred; }

    void setRead(qint64 itemId, bool read);
    void setStarred(qint64 itemId, bool starred);
    void toggleRead();
    void toggleStarred();
    void markIssueRead(qint64 issueId);

Q_SIGNALS:
    // A mark was written; counts elsewhere are stale.
    void marksChanged();
    void shownItemMarksChanged(bool read, bool starred);

private:
    LibraryWorker* m_worker;
    ItemListModel* m_list;
    QTimer m_readTimer;
    qint64 m_itemId = 0;
    bool m_read = false, m_starred = false;
    bool m_autoRead = true;
};

}  // namespace digest::gui
