#include "PerformanceProbe.h"

#include "ItemListModel.h"
#include "ItemListView.h"
#include "MainWindow.h"
#include "SearchController.h"
#include "SidebarModel.h"
#include "SidebarView.h"

#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QWidget>

#include <cstdio>

namespace digest::gui {

namespace {
QElapsedTimer& processClock()
{
    static QElapsedTimer clock;
    return clock;
}
}  // namespace

void markProcessStart()
{
    processClock().start();
}

qint64 sinceProcessStartMs()
{
    return processClock().isValid() ? processClock().elapsed() : -1;
}

double residentMemoryMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

FirstPaintWatcher::FirstPaintWatcher(QWidget* window) : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_firstPaintMs < 0) {
        m_firstPaintMs = sinceProcessStartMs();
        watched->removeEventFilter(this);
        Q_EMIT painted(m_firstPaintMs);
    }
    return false;
}

StallMonitor::StallMonitor(QObject* parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        const qint64 stall = now - m_last - kTickMs;
        m_last = now;
        if (stall > m_max)
            m_max = stall;
        if (stall > 16)
            m_stalls.append(stall);
    });
}

void StallMonitor::start()
{
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void StallMonitor::reset()
{
    m_max = 0;
    m_stalls.clear();
    m_last = m_clock.elapsed();
}

int StallMonitor::stallsOver(int ms) const
{
    return int(std::count_if(m_stalls.begin(), m_stalls.end(), [ms](qint64 s) { return s > ms; }));
}

BenchmarkRunner::BenchmarkRunner(MainWindow* window, FirstPaintWatcher* paint, QObject* parent)
    : QObject(parent), m_window(window), m_paint(paint)
{
    m_poll.setInterval(20);
    connect(&m_poll, &QTimer::timeout, this, &BenchmarkRunner::step);
}

void BenchmarkRunner::start()
{
    m_clock.start();
    m_stalls.start();
    m_window->setReadOnlyPresentation(true);
    m_poll.start();
}

bool BenchmarkRunner::waitSettled()
{
    return m_window->isSettled() && m_paint->firstPaintMs() >= 0;
}

void BenchmarkRunner::step()
{
    if (!waitSettled())
        return;
    auto finishPhase = [this](const QString& name) {
        m_timings.append({name, m_clock.elapsed() - m_phaseStart});
        m_phaseStart = m_clock.elapsed();
        ++m_phase;
        m_index = 0;
    };
    switch (m_phase) {
    case 0: {  // loaded
        m_settledMs = sinceProcessStartMs();
        // Startup itself (creating widgets before the loop ran) is not a stall
        // of a running window; measure from here.
        m_stalls.reset();
        SidebarModel* model = m_window->sidebar()->sidebarModel();
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QModelIndex i = model->index(r, 0, parent);
                if (model->flags(i) & Qt::ItemIsSelectable)
                    m_keys << i.data(SidebarModel::KeyRole).toString();
                walk(i);
            }
        };
        walk({});
        finishPhase(QStringLiteral("startup"));
        break;
    }
    case 1:  // switch through sidebar nodes (at most 40)
        if (m_index < std::min<int>(40, int(m_keys.size()))) {
            m_window->sidebar()->selectKey(m_keys[m_index++]);
        } else {
            m_window->sidebar()->selectKey(QStringLiteral("scope:all"));
            finishPhase(QStringLiteral("switch_sidebar"));
        }
        break;
    case 2: {  // scroll the whole list (pages fetched as it goes), at most 100 pages
        ItemListModel* model = m_window->search()->model();
        QScrollBar* bar = m_window->itemList()->verticalScrollBar();
        if (model->canFetchMore({}) && m_index++ < 100) {
            bar->setValue(bar->maximum());
            model->fetchMore({});
        } else {
            finishPhase(QStringLiteral("scroll_list"));
        }
        break;
    }
    case 3:  // step through 60 items
        if (m_index++ < 60)
            m_window->itemList()->selectNext();
        else
            finishPhase(QStringLiteral("read_items"));
        break;
    case 4: {  // type a search, one key at a time
        static const QString query = QStringLiteral("谷歌");
        if (m_index < query.size()) {
            m_window->setSearchText(query.left(++m_index));
        } else {
            finishPhase(QStringLiteral("search"));
        }
        break;
    }
    default: {
        m_poll.stop();
        m_stalls.stop();
        QJsonObject out;
        out[QStringLiteral("first_paint_ms")] = m_paint->firstPaintMs();
        out[QStringLiteral("settled_ms")] = m_settledMs;
        out[QStringLiteral("max_gui_stall_ms")] = m_stalls.maxStallMs();
        out[QStringLiteral("gui_stalls_over_50ms")] = m_stalls.stallsOver(50);
        out[QStringLiteral("rss_mib")] = qRound(residentMemoryMiB() * 10) / 10.0;
        out[QStringLiteral("list_rows_loaded")] = m_window->search()->model()->rowCount();
        out[QStringLiteral("sidebar_nodes_visited")] = std::min<int>(40, int(m_keys.size()));
        QJsonObject phases;
        for (const auto& t : m_timings)
            phases[t.first] = t.second;
        out[QStringLiteral("phase_ms")] = phases;
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
        std::fflush(stdout);
        Q_EMIT finished(0);
    }
    }
}

}  // namespace digest::gui
