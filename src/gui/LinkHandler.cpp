#include "LinkHandler.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QRegularExpression>
#include <QWidget>

namespace digest::gui {

LinkHandler::LinkHandler(QWidget* window, QObject* parent) : QObject(parent), m_window(window)
{
    m_opener = [](const QUrl& url) { return QDesktopServices::openUrl(url); };
}

LinkHandler::Kind LinkHandler::classify(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) && url.isValid() && !url.host().isEmpty())
        return Kind::Web;
    if (scheme == QLatin1String("entity")) {
        bool ok = false;
        url.path().toLongLong(&ok);
        return ok ? Kind::Entity : Kind::Refused;
    }
    if (scheme == QLatin1String("tag") && !url.path().isEmpty())
        return Kind::Tag;
    if (scheme == QLatin1String("issue")) {
        static const QRegularExpression idAndPosition(QStringLiteral("^[1-9][0-9]*(/[1-9][0-9]*)?$"));
        return idAndPosition.match(url.path()).hasMatch() ? Kind::Issue : Kind::Refused;
    }
    return Kind::Refused;
}

QUrl LinkHandler::entityLink(qint64 entityId)
{
    QUrl url;
    url.setScheme(QStringLiteral("entity"));
    url.setPath(QString::number(entityId));
    return url;
}

QUrl LinkHandler::tagLink(const QString& tag)
{
    QUrl url;
    url.setScheme(QStringLiteral("tag"));
    url.setPath(tag);
    return url;
}

QUrl LinkHandler::issueLink(qint64 issueId, int position)
{
    QUrl url;
    url.setScheme(QStringLiteral("issue"));
    url.setPath(position > 0 ? QStringLiteral("%1/%2").arg(issueId).arg(position) : QString::number(issueId));
    return url;
}

void LinkHandler::open(const QUrl& url)
{
    switch (classify(url)) {
    case Kind::Web:
        if (m_opener(url)) {
            Q_EMIT externalOpened(url);
            return;
        }
        Q_EMIT refused(url, tr("No web browser could be started."));
        break;
    case Kind::Entity: Q_EMIT entityRequested(url.path().toLongLong()); return;
    case Kind::Tag: Q_EMIT tagRequested(url.path()); return;
    case Kind::Issue:
        Q_EMIT issueRequested(url.path().section(QLatin1Char('/'), 0, 0).toLongLong(),
                              url.path().section(QLatin1Char('/'), 1, 1).toInt());
        return;
    case Kind::Refused: {
        const QString reason = url.scheme().isEmpty()
                                   ? tr("The link “%1” is not a web address.").arg(url.toDisplayString())
                                   : tr("Links of the kind “%1:” are not opened, for your safety. Only web "
                                        "links (http and https) open in your browser.")
                                         .arg(url.scheme());
        Q_EMIT refused(url, reason);
        if (m_showRefusals) {
            auto* box = new QMessageBox(QMessageBox::Information, tr("Link not opened"), reason, QMessageBox::Ok,
                                        m_window);
            box->setObjectName(QStringLiteral("linkRefusedMessage"));
            box->setInformativeText(url.toDisplayString());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        return;
    }
    }
}

}  // namespace digest::gui
