#include "ScreenshotRunner.h"

#include "AppOptions.h"
#include "MainWindow.h"
#include "PerformanceProbe.h"
#include "SidebarModel.h"
#include "SidebarView.h"

#include <QFileInfo>
#include <QDir>
#include <QPixmap>

#include <cstdio>

namespace digest::gui {

ScreenshotRunner::ScreenshotRunner(MainWindow* window, const AppOptions& options, QObject* parent)
    : QObject(parent),
      m_window(window),
      m_path(options.screenshotPath),
      m_select(options.select),
      m_search(options.search),
      m_entity(options.entity)
{
    m_poll.setInterval(25);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotRunner::step);
}

void ScreenshotRunner::start()
{
    m_window->setReadOnlyPresentation(true);
    m_startedMs = sinceProcessStartMs();
    m_poll.start();
}

void ScreenshotRunner::fail(const QString& message)
{
    m_poll.stop();
    std::fprintf(stderr, "digest-reader: %s\n", qPrintable(message));
    Q_EMIT finished(1);
}

void ScreenshotRunner::step()
{
    if (sinceProcessStartMs() - m_startedMs > kTimeoutMs)
        return fail(QStringLiteral("the window did not settle within %1 s").arg(kTimeoutMs / 1000));
    // Two quiet polls in a row: nothing is in flight and the last results painted.
    if (!m_window->isSettled()) {
        m_quietTicks = 0;
        return;
    }
    if (++m_quietTicks < 2)
        return;
    m_quietTicks = 0;
    switch (m_phase++) {
    case 0:
        if (!m_entity.isEmpty()) {
            m_window->showEntityNamed(m_entity);
        } else if (!m_select.isEmpty()) {
            const QString issue = m_select.section(QLatin1Char('/'), 0, -2).isEmpty()
                                      ? m_select
                                      : m_select.section(QLatin1Char('/'), 0, -2);
            bool hasPosition = false;
            const int position = m_select.section(QLatin1Char('/'), -1).toInt(&hasPosition);
            const bool split = m_select.contains(QLatin1Char('/')) && hasPosition;
            if (!m_window->selectIssue(split ? issue : m_select, split && position > 0 ? position : -1))
                return fail(QStringLiteral("no issue %1 in the library").arg(m_select));
            m_frontPage = split && position == 0 ? issue : QString();  // ISSUE/0: the issue's front page
        }
        break;
    case 1:
        if (!m_search.isEmpty()) {
            m_window->setSearchText(m_search);
        }
        break;
    case 2:
        if (!m_frontPage.isEmpty()) {
            const QString key = m_window->sidebar()->sidebarModel()->issueIndex(m_frontPage).data(SidebarModel::KeyRole).toString();
            m_window->showIssue(key.section(QLatin1Char(':'), 1).toLongLong());
        } else if (m_entity.isEmpty()) {
            m_window->selectFirstItemIfNone();
        }
        break;
    default: {
        m_poll.stop();
        const QPixmap shot = m_window->grab();
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        if (!shot.save(m_path, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(m_path));
        std::fprintf(stderr, "digest-reader: saved %s (%dx%d), settled %lld ms after start\n", qPrintable(m_path),
                     shot.width(), shot.height(), static_cast<long long>(sinceProcessStartMs()));
        Q_EMIT finished(0);
    }
    }
}

}  // namespace digest::gui
