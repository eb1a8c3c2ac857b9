#pragma once
// A thread with its own Library connection. The GUI thread never opens the
// SQLite file: every read and write is a job queued here, and its result is
// handed back to a receiver object on the GUI thread. Jobs run in order; a
// job tagged with a generation is skipped when a newer one was submitted.

#include "Library.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>

namespace digest::gui {

class LibraryWorker : public QObject {
    Q_OBJECT
public:
    // Opens `databasePath` on a new thread (named `name` for debuggers).
    LibraryWorker(const QString& databasePath, const QString& name, QObject* parent = nullptr);
    ~LibraryWorker() override;

    // Jobs queued or running; 0 when the worker is idle.
    int pending() const { return m_pending.load(); }

    // Runs `job` on the worker thread and then `done` on `receiver`'s thread
    // (dropped if the receiver is gone). Exceptions from the store become `failed`.
    template <class Result>
    void run(QObject* receiver, std::function<Result(Library&)> job, std::function<void(Result)> done)
    {
        post([receiver = QPointer<QObject>(receiver), job = std::move(job), done = std::move(done), this](Library& lib) {
            auto result = std::make_shared<Result>(job(lib));
            if (!receiver)
                return;
            auto token = handBackToken();
            QMetaObject::invokeMethod(receiver.data(), [result, done, token] { done(std::move(*result)); },
                                      Qt::QueuedConnection);
        });
    }
    // Fire and forget (marks), with `done` called on the receiver when finished.
    void run(QObject* receiver, std::function<void(Library&)> job, std::function<void()> done = {});

    // Stops the statement running now (a stale search); the job sees sql::Error.
    void interruptCurrent();

Q_SIGNALS:
    void failed(const QString& message);
    // Opening the library takes a while, once: it was written by an older
    // version (see Library::Upgrade). `upgraded` follows when it is done.
    void upgrading(int fromVersion, int toVersion, const QString& backupPath);
    void upgraded();
    // The library is open (after any upgrade); read-only: see Library::isReadOnly().
    void opened(bool readOnly);

private:
    void post(std::function<void(Library&)> job);
    // Counts a result on its way to the GUI thread as pending until it is
    // delivered or dropped (the token dies with the queued call).
    std::shared_ptr<void> handBackToken();

    QString m_path;
    QThread m_thread;
    QObject* m_context = nullptr;  // lives on m_thread; jobs are queued to it
    std::unique_ptr<Library> m_library;  // created and used on m_thread only
    std::atomic_int m_pending{0};
    std::atomic<Library*> m_running{nullptr};
};

}  // namespace digest::gui
