#include "LibraryWorker.h"

#include <QCoreApplication>

namespace digest::gui {

LibraryWorker::LibraryWorker(const QString& databasePath, const QString& name, QObject* parent)
    : QObject(parent), m_path(databasePath)
{
    m_thread.setObjectName(name);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

LibraryWorker::~LibraryWorker()
{
    interruptCurrent();
    m_thread.requestInterruption();  // an open waiting for another process's upgrade gives up
    // The connection is closed on the thread that used it.
    QMetaObject::invokeMethod(m_context, [this] { m_library.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LibraryWorker::post(std::function<void(Library&)> job)
{
    m_pending.fetch_add(1);
    QMetaObject::invokeMethod(m_context, [this, job = std::move(job)] {
        try {
            if (!m_library) {
                bool told = false;
                m_library = std::make_unique<Library>(m_path, [this, &told](const Library::Upgrade& u) {
                    told = true;
                    QMetaObject::invokeMethod(
                        this, [this, u] { Q_EMIT upgrading(u.fromVersion, u.toVersion, u.backupPath); },
                        Qt::QueuedConnection);
                });
                if (told)
                    QMetaObject::invokeMethod(this, [this] { Q_EMIT upgraded(); }, Qt::QueuedConnection);
                const bool readOnly = m_library->isReadOnly();
                QMetaObject::invokeMethod(this, [this, readOnly] { Q_EMIT opened(readOnly); }, Qt::QueuedConnection);
            }
            m_running.store(m_library.get());
            job(*m_library);
        } catch (const sql::Error& e) {
            // SQLITE_INTERRUPT: a stale query we stopped on purpose.
            if (e.code() != 9) {
                const QString message = QString::fromUtf8(e.what());
                QMetaObject::invokeMethod(this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
            }
        } catch (const std::exception& e) {
            const QString message = QString::fromUtf8(e.what());
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
        }
        m_running.store(nullptr);
        m_pending.fetch_sub(1);
    }, Qt::QueuedConnection);
}

void LibraryWorker::run(QObject* receiver, std::function<void(Library&)> job, std::function<void()> done)
{
    post([receiver = QPointer<QObject>(receiver), job = std::move(job), done = std::move(done), this](Library& lib) {
        job(lib);
        if (!receiver || !done)
            return;
        auto token = handBackToken();
        QMetaObject::invokeMethod(receiver.data(), [done, token] { done(); }, Qt::QueuedConnection);
    });
}

std::shared_ptr<void> LibraryWorker::handBackToken()
{
    m_pending.fetch_add(1);
    return std::shared_ptr<void>(nullptr, [this](void*) { m_pending.fetch_sub(1); });
}

void LibraryWorker::interruptCurrent()
{
    // sqlite3_interrupt is safe from another thread while the connection is open.
    if (Library* lib = m_running.load())
        lib->database().interrupt();
}

}  // namespace digest::gui
