#include "ItemViewer.h"

#include "DigestTokenizer.h"
#include "LinkHandler.h"
#include "Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

namespace digest::gui {

ViewedItem ViewedItem::read(Library& library, qint64 itemId)
{
    ViewedItem v;
    v.mediaDir = library.mediaDir();
    if (auto item = library.item(itemId))
        v.record = std::move(*item);
    else
        return v;
    for (const QString& name : library.entityNamesOfItem(itemId)) {
        if (auto e = library.entityByName(name))
            v.entities.append(*e);
    }
    const QString media = QFileInfo(v.mediaDir).canonicalFilePath();
    for (const ImageInfo& img : v.record.images) {
        if (!img.stored || img.storedPath.isEmpty() || media.isEmpty() || v.pictures.contains(img.storedPath))
            continue;
        const QString file = QFileInfo(img.storedPath).canonicalFilePath();
        if (!file.startsWith(media + QLatin1Char('/')))
            continue;
        QImageReader reader(file);
        reader.setAutoTransform(true);
        const QImage picture = reader.read();
        if (!picture.isNull())
            v.pictures.insert(img.storedPath, picture);
    }
    return v;
}

ItemViewer::ItemViewer(const Theme& theme, LinkHandler* links, QWidget* parent)
    : QTextBrowser(parent), m_theme(theme), m_links(links)
{
    setObjectName(QStringLiteral("itemViewer"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Item"));
    document()->setDocumentMargin(28);
    connect(this, &QTextBrowser::anchorClicked, m_links, &LinkHandler::open);
    clearItem();
}

QString ItemViewer::formatStartTime(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QImage ItemViewer::placeholderImage(const QString& caption, const QColor& fg, const QColor& bg, int width)
{
    const int w = std::clamp(width, 160, 480), h = 64;
    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(fg, 1, Qt::DashLine));
    p.setBrush(bg);
    p.drawRoundedRect(QRectF(0.5, 0.5, w - 1, h - 1), 6, 6);
    QFont f = QApplication::font();
    p.setFont(f);
    p.setPen(fg);
    p.drawText(QRect(10, 0, w - 20, h), Qt::AlignCenter | Qt::TextWordWrap,
               QFontMetrics(f).elidedText(caption, Qt::ElideRight, 2 * (w - 20)));
    return img;
}

QVariant ItemViewer::loadResource(int type, const QUrl& name)
{
    if (type != QTextDocument::ImageResource)
        return {};  // no style sheets or documents from outside
    const QString key = name.toString();
    const auto it = m_images.constFind(key);
    const ImageInfo* info = it != m_images.cend() ? &*it : nullptr;
    QString caption;
    if (info && info->stored && !info->storedPath.isEmpty()) {
        QImage img = m_item.pictures.value(info->storedPath);  // decoded by ViewedItem::read
        if (!img.isNull()) {
            const int maxWidth = std::max(200, viewport()->width() - 2 * int(document()->documentMargin()) - 8);
            if (img.width() > maxWidth)
                img = img.scaledToWidth(maxWidth, Qt::SmoothTransformation);
            return img;
        }
        caption = tr("Image could not be read");
    } else if ((info && info->remote) || name.scheme().startsWith(QLatin1String("http"))) {
        caption = tr("Online image not loaded");
    } else {
        caption = tr("Image not in the library");
    }
    if (info && !info->alt.isEmpty())
        caption += QStringLiteral(": ") + info->alt;
    // As wide as a line allows, so a narrow window gets no sideways scrolling.
    const int lineWidth = viewport()->width() - 2 * int(document()->documentMargin()) - 8;
    return placeholderImage(caption, m_theme.mutedText(), palette().color(QPalette::AlternateBase),
                            std::min(360, lineWidth));
}

QUrl ItemViewer::originalUrl() const
{
    if (!m_item.record.sourceUrl)
        return {};
    return QUrl(*m_item.record.sourceUrl);
}

void ItemViewer::clearItem(const QString& message)
{
    m_item = {};
    m_issue.reset();
    m_message = message;
    m_images.clear();
    document()->setDefaultStyleSheet(m_theme.viewerCss(m_textSize));
    setHtml(QStringLiteral("<table width='100%' height='100%'><tr><td align='center' valign='middle' "
                           "style='padding-top:120px; color:%1'>%2</td></tr></table>")
                .arg(m_theme.mutedText().name(),
                     message.isEmpty() ? tr("Select an item to read it.").toHtmlEscaped() : message));
    setExtraSelections({});
}

void ItemViewer::showItem(const ViewedItem& item)
{
    m_item = item;
    m_issue.reset();
    m_images.clear();
    for (const ImageInfo& img : m_item.record.images) {
        // The document hands us the src as a QUrl; index both spellings.
        m_images.insert(img.src, img);
        m_images.insert(QUrl(img.src).toString(), img);
    }
    document()->setDefaultStyleSheet(m_theme.viewerCss(m_textSize));
    setHtml(renderHtml());
    verticalScrollBar()->setValue(0);
    applyHighlights();
}

namespace {

// "Sunday, 25 January 2026" in the user's language; a partial date as stored.
QString longDate(const QString& iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : iso;
}

// A tag as a link to its items.
QString tagChip(const QString& tag)
{
    return QStringLiteral("<a class='tagchip' href='%1'>&nbsp;#%2&nbsp;</a>")
        .arg(LinkHandler::tagLink(tag).toString(QUrl::FullyEncoded).toHtmlEscaped(), tag.toHtmlEscaped());
}

}  // namespace

void ItemViewer::showIssue(const IssueDetail& issue)
{
    m_item = {};
    m_message.clear();
    m_images.clear();
    m_issue = issue;
    document()->setDefaultStyleSheet(m_theme.viewerCss(m_textSize));
    setHtml(renderIssueHtml());
    verticalScrollBar()->setValue(0);
    setExtraSelections({});
}

QString ItemViewer::renderIssueHtml() const
{
    const IssueDetail& d = *m_issue;
    const IssueSummary& s = d.summary;
    auto esc = [](const QString& t) { return t.toHtmlEscaped(); };
    // Plain text with line breaks kept (intro and outro are stored as text).
    auto paragraphs = [&](const QString& t) {
        QString out;
        for (const QString& p : t.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out += QStringLiteral("<p>%1</p>").arg(esc(p.trimmed()));
        return out;
    };
    QString html = QStringLiteral("<h1 class='title'>%1</h1>").arg(esc(s.title));
    QStringList meta;
    if (!s.date.isEmpty())
        meta << esc(longDate(s.date));
    if (!s.series.isEmpty())
        meta << esc(s.number > 0 ? tr("%1, no. %2").arg(s.series).arg(s.number) : s.series);
    meta << esc(tr("%Ln item(s)", nullptr, int(d.items.size())));
    html += QStringLiteral("<p class='meta'>%1</p>").arg(meta.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    QStringList chips;
    for (const QString& tag : s.tags + s.categories)
        chips << tagChip(tag);
    if (!chips.isEmpty())
        html += QStringLiteral("<p class='chips'>%1</p>").arg(chips.join(QStringLiteral(" &nbsp; ")));
    html += QStringLiteral("<hr/>");
    if (!s.description.isEmpty() && s.description != s.title && !d.intro.contains(s.description))
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(s.description));
    html += paragraphs(d.intro);
    if (!d.items.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(esc(tr("In this issue")));
        for (const ItemRecord& item : d.items)
            html += QStringLiteral("<li><a href='%1'>%2</a></li>")
                        .arg(esc(LinkHandler::issueLink(s.id, item.position).toString()),
                             esc(item.title.isEmpty() ? tr("(untitled)") : item.title));
        html += QStringLiteral("</ol>");
    }
    if (!d.outro.isEmpty())
        html += QStringLiteral("<div class='meta'>%1</div>").arg(paragraphs(d.outro));
    return html;
}

QString ItemViewer::renderHtml() const
{
    const ItemRecord& r = m_item.record;
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html;
    html += QStringLiteral("<h1 class='title'>%1</h1>").arg(esc(r.title.isEmpty() ? tr("(untitled)") : r.title));

    QStringList meta;
    if (!r.issueTitle.isEmpty()) {  // to the issue's front page: its introduction and every item
        // A paragraph-long issue title (some posts have one) is cut to a line here.
        constexpr qsizetype kMaxIssueTitle = 60;
        const QString shown = r.issueTitle.size() > kMaxIssueTitle
                                  ? r.issueTitle.left(kMaxIssueTitle).trimmed() + QStringLiteral("…")
                                  : r.issueTitle;
        meta << QStringLiteral("<a class='issue' href='%1' title='%3'>%2</a>")
                    .arg(esc(LinkHandler::issueLink(r.issueId).toString()), esc(shown),
                         esc(tr("Show this issue's introduction and all its items")));
    }
    if (!r.issueDate.isEmpty())
        meta << esc(longDate(r.issueDate));
    if (r.startMs >= 0)
        meta << tr("starts at %1").arg(formatStartTime(r.startMs));
    if (r.starred)
        meta << QStringLiteral("<span style='color:%1'>★ %2</span>").arg(m_theme.starColor().name(), tr("Starred"));
    html += QStringLiteral("<p class='meta'>%1</p>").arg(meta.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    QStringList chips;
    for (const EntitySummary& e : m_item.entities)
        chips << QStringLiteral("<a class='chip' href='%1' title='%3'>&nbsp;%2&nbsp;</a>")
                     .arg(esc(LinkHandler::entityLink(e.id).toString()), esc(e.name),
                          esc(tr("Show every item about %1").arg(e.name)));
    for (const QString& tag : r.tags)
        chips << tagChip(tag);
    if (!chips.isEmpty())
        html += QStringLiteral("<p class='chips'>%1</p>").arg(chips.join(QStringLiteral(" &nbsp; ")));

    if (r.sourceUrl && !r.sourceUrl->isEmpty()) {
        const QUrl url(*r.sourceUrl);
        html += QStringLiteral("<p class='meta'><a class='original' href='%1'>%2 ↗</a> &nbsp;<span>%3</span></p>")
                    .arg(esc(url.toString(QUrl::FullyEncoded)), esc(tr("Open original")), esc(url.host()));
    }
    html += QStringLiteral("<hr/>");
    if (r.html.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(r.text)).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    } else {
        // A paragraph holding only pictures must not get the text's 160 % leading;
        // one with text beside a picture keeps it.
        static const QRegularExpression figure(QStringLiteral("<p>((?:\\s*<img[^>]*>)+\\s*</p>)"));
        html += QString(r.html).replace(figure, QStringLiteral("<p class='figure'>\\1"));
    }
    return html;
}

void ItemViewer::setHighlightTerms(const QStringList& terms)
{
    if (terms == m_terms)
        return;
    m_terms = terms;
    applyHighlights();
}

void ItemViewer::applyHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(m_theme.matchBackground());
    format.setForeground(m_theme.isDark() ? QColor(Qt::white) : QColor(Qt::black));
    QTextCursor first;
    // Each paragraph is matched as the search matched it (the tokenizer's
    // rules), so "Gemini 1.5 Pro" marks "Gemini1.5Pro" in the text as well.
    for (QTextBlock block = document()->begin(); m_item.record.id && !m_terms.isEmpty() && block.isValid();
         block = block.next()) {
        for (const auto& r : search::DigestTokenizer::matchRanges(block.text(), m_terms)) {
            QTextCursor c(document());
            c.setPosition(block.position() + r.start);
            c.setPosition(block.position() + r.start + r.length, QTextCursor::KeepAnchor);
            selections.append({c, format});
            if (first.isNull())
                first = c;
        }
    }
    setExtraSelections(selections);
    // Bring the first match in the body into view; a match in the title is already there.
    if (!first.isNull() && first.block().blockNumber() > 3) {
        QTextCursor c = first;
        c.clearSelection();
        setTextCursor(c);
        ensureCursorVisible();
    }
}

void ItemViewer::setTextSize(int points)
{
    m_textSize = points;
    QFont f = font();
    f.setPointSize(points);
    document()->setDefaultFont(f);
    refreshStyle();
}

void ItemViewer::refreshStyle()
{
    const int scroll = verticalScrollBar()->value();
    if (m_item.record.id) {
        document()->setDefaultStyleSheet(m_theme.viewerCss(m_textSize));
        setHtml(renderHtml());
        applyHighlights();
        verticalScrollBar()->setValue(scroll);
    } else if (m_issue) {
        document()->setDefaultStyleSheet(m_theme.viewerCss(m_textSize));
        setHtml(renderIssueHtml());
        verticalScrollBar()->setValue(scroll);
    } else {
        clearItem(m_message);
    }
}

void ItemViewer::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu(event->pos());
    menu->setObjectName(QStringLiteral("viewerContextMenu"));
    const QString anchor = anchorAt(event->pos());
    if (!anchor.isEmpty()) {
        const QUrl url(anchor);
        QAction* first = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
        if (LinkHandler::classify(url) == LinkHandler::Kind::Web) {
            auto* open = new QAction(tr("Open Link in Browser"), menu);
            connect(open, &QAction::triggered, m_links, [this, url] { m_links->open(url); });
            menu->insertAction(first, open);
        }
        // The standard menu's "Copy Link Location" is replaced by ours, named and translated.
        for (QAction* a : menu->actions()) {
            if (a->objectName() == QLatin1String("link-copy"))
                menu->removeAction(a);
        }
        auto* copy = new QAction(tr("Copy Link"), menu);
        copy->setObjectName(QStringLiteral("copyLinkAction"));
        connect(copy, &QAction::triggered, this, [url] { QApplication::clipboard()->setText(url.toString()); });
        menu->insertAction(first, copy);
        menu->insertSeparator(first);
    }
    if (m_item.record.id && m_item.record.sourceUrl) {
        menu->addSeparator();
        menu->addAction(tr("Open Original"), this, &ItemViewer::openOriginalRequested);
        menu->addAction(tr("Copy Original Link"), this,
                        [this] { QApplication::clipboard()->setText(originalUrl().toString()); });
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

}  // namespace digest::gui
