#pragma once
// --screenshot: drives the window to the asked state (issue/item, entity,
// search), waits until every query has answered and the window has painted,
// then saves QWidget::grab() as PNG and ends the program.

#include <QObject>
#include <QTimer>

namespace digest::gui {

class MainWindow;
struct AppOptions;

class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 30000;

    ScreenshotRunner(MainWindow* window, const AppOptions& options, QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void step();
    void fail(const QString& message);

    MainWindow* m_window;
    QString m_path, m_select, m_search, m_entity;
    QString m_frontPage;  // the issue whose front page is shown (--select ISSUE/0)
    QTimer m_poll;
    int m_phase = 0;
    int m_quietTicks = 0;
    qint64 m_startedMs = 0;
};

}  // namespace digest::gui
