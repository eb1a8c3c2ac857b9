#pragma once
// Figures the GUI is held to: time from process start to the first painted
// window, the longest GUI-thread stall (event loop not turning), resident
// memory. Used by `digest-reader --benchmark` and the screenshot path.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QWidget;

namespace digest::gui {

class MainWindow;

// Milliseconds since main() started (call markProcessStart() first thing).
void markProcessStart();
qint64 sinceProcessStartMs();
// Resident set size of this process in MiB (Linux /proc), -1 if unknown.
double residentMemoryMiB();

// Records when `window` first painted.
class FirstPaintWatcher : public QObject {
    Q_OBJECT
public:
    explicit FirstPaintWatcher(QWidget* window);
    qint64 firstPaintMs() const { return m_firstPaintMs; }
Q_SIGNALS:
    void painted(qint64 ms);
protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
private:
    qint64 m_firstPaintMs = -1;
};

// A 5 ms timer on the GUI thread: a late tick means the thread was busy.
class StallMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int kTickMs = 5;
    explicit StallMonitor(QObject* parent = nullptr);
    void start();
    void stop() { m_timer.stop(); }
    // Longest time between two ticks beyond the tick itself.
    qint64 maxStallMs() const { return m_max; }
    int stallsOver(int ms) const;
    void reset();
private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_max = 0;
    QList<qint64> m_stalls;  // every stall over 16 ms
};

// --benchmark: loads, switches through the sidebar, scrolls the whole list,
// steps through items and types a search, then prints one JSON line.
class BenchmarkRunner : public QObject {
    Q_OBJECT
public:
    BenchmarkRunner(MainWindow* window, FirstPaintWatcher* paint, QObject* parent = nullptr);
    void start();
Q_SIGNALS:
    void finished(int exitCode);
private:
    void step();
    bool waitSettled();

    MainWindow* m_window;
    FirstPaintWatcher* m_paint;
    StallMonitor m_stalls;
    QTimer m_poll;
    int m_phase = 0;
    int m_index = 0;
    qint64 m_settledMs = -1;
    qint64 m_phaseStart = 0;
    QElapsedTimer m_clock;
    QStringList m_keys;
    QList<QPair<QString, qint64>> m_timings;
};

}  // namespace digest::gui
