#pragma once
// The one place every link goes. Web links (http, https) open in the user's
// browser; the app's own links (entity:ID, tag:NAME, issue:ID[/POSITION]) navigate inside the
// window; anything else (file:, javascript:, data:, mailto:…) is refused
// with a message, so a digest cannot make the reader run or open local things.

#include <QObject>
#include <QUrl>

#include <functional>

class QWidget;

namespace digest::gui {

class LinkHandler : public QObject {
    Q_OBJECT
public:
    enum class Kind { Web, Entity, Tag, Issue, Refused };

    explicit LinkHandler(QWidget* window, QObject* parent = nullptr);

    static Kind classify(const QUrl& url);
    static QUrl entityLink(qint64 entityId);
    static QUrl tagLink(const QString& tag);
    // An issue's overview, or with a position one of its items.
    static QUrl issueLink(qint64 issueId, int position = 0);

    // Replaces QDesktopServices::openUrl (tests record instead of launching a browser).
    void setExternalOpener(std::function<bool(const QUrl&)> opener) { m_opener = std::move(opener); }
    // Show the refusal in a message box (off in tests and screenshots).
    void setShowRefusals(bool show) { m_showRefusals = show; }

public Q_SLOTS:
    void open(const QUrl& url);

Q_SIGNALS:
    void entityRequested(qint64 entityId);
    void tagRequested(const QString& tag);
    void issueRequested(qint64 issueId, int position);  // position 0: the issue's overview
    void externalOpened(const QUrl& url);
    void refused(const QUrl& url, const QString& reason);

private:
    QWidget* m_window;
    std::function<bool(const QUrl&)> m_opener;
    bool m_showRefusals = true;
};

}  // namespace digest::gui
