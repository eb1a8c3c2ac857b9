#pragma once
// Shows one item: title, issue and date (and the start time of a transcript
// story), tag and entity chips, an "Open original" link and the body HTML
// rendered by cmark-gfm at import. Nothing is ever fetched from the
// network: images come only from the library's media folder, anything else
// becomes a placeholder, and every link goes to the LinkHandler.

#include "Library.h"

#include <QHash>
#include <QImage>
#include <QTextBrowser>

namespace digest::gui {

class LinkHandler;
class Theme;

// What the viewer needs about an item, read in one job off the GUI thread.
struct ViewedItem {
    ItemRecord record;
    QList<EntitySummary> entities;
    QString mediaDir;
    // The item's stored pictures, by ImageInfo::storedPath: read and decoded
    // with the rest on the worker, so painting never waits on the disk. Only
    // files inside the media folder (however the path is spelled) are read.
    QHash<QString, QImage> pictures;

    static ViewedItem read(Library& library, qint64 itemId);
};

class ItemViewer : public QTextBrowser {
    Q_OBJECT
public:
    ItemViewer(const Theme& theme, LinkHandler* links, QWidget* parent = nullptr);

    void showItem(const ViewedItem& item);
    // An issue's front page: its description and introduction, its items (each
    // a link to it) and its closing words.
    void showIssue(const IssueDetail& issue);
    qint64 issueShown() const { return m_issue ? m_issue->summary.id : 0; }
    // No item: a quiet hint, or `message` (e.g. the welcome text of an empty library).
    void clearItem(const QString& message = {});
    qint64 itemId() const { return m_item.record.id; }
    // Showing a message of its own (an empty library, no matches) rather than the usual prompt.
    bool hasMessage() const { return !m_item.record.id && !m_message.isEmpty(); }
    QUrl originalUrl() const;

    void setHighlightTerms(const QStringList& terms);
    // Ranges of the document highlighted for the current search.
    int highlightCount() const { return int(extraSelections().size()); }
    void setTextSize(int points);
    // Re-renders with the theme's current CSS.
    void refreshStyle();

    // "03:25" for 205000 ms, "1:02:03" past an hour.
    static QString formatStartTime(qint64 ms);
    // Placeholder for an image that is not in the media folder.
    static QImage placeholderImage(const QString& caption, const QColor& fg, const QColor& bg, int width);

    QVariant loadResource(int type, const QUrl& name) override;

Q_SIGNALS:
    void openOriginalRequested();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QString renderHtml() const;
    QString renderIssueHtml() const;
    void applyHighlights();

    const Theme& m_theme;
    LinkHandler* m_links;
    ViewedItem m_item;
    std::optional<IssueDetail> m_issue;
    QStringList m_terms;
    QString m_message;
    int m_textSize = 13;
    QHash<QString, ImageInfo> m_images;  // by src as written in the body
};

}  // namespace digest::gui
