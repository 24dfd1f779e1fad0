#include "report/ReportPdf.h"

#include "report/ReportHtml.h"
#include "report/ReportStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace flywheel::report {

namespace {
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReport)
};

// The page is laid out in CSS pixels (96 per inch), the unit the HTML's sizes are in, and scaled
// onto the PDF's own resolution when drawn.
constexpr qreal kCssPixelsPerInch = 96;
constexpr QSizeF kA4Millimetres { 210, 297 };
constexpr QMarginsF kMarginMillimetres { 18, 16, 18, 16 };
constexpr qreal kFooterMillimetres = 8; ///< from the page's foot to the footer's baseline

constexpr qreal cssPixels(qreal millimetres)
{
    return millimetres / 25.4 * kCssPixelsPerInch;
}

/// The area a table row's text takes on the laid-out page, in document coordinates.
QRectF rowRect(const QTextDocument& document, const QTextTable& table, int row)
{
    QRectF rect;
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        if (cell.row() != row || cell.column() != column)
            continue; // spanned from another cell
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            if (it.currentBlock().isValid())
                rect |= document.documentLayout()->blockBoundingRect(it.currentBlock());
        }
    }
    return rect;
}

/// A table of the laid-out report: a section's, or the rest of one continued after a page break.
struct ReportTable {
    QTextTable* table = nullptr;
    QTextBlock heading; ///< the section heading above it; none for a continued table
    QTextBlock above; ///< the block right above it
    int headerRows = 0; ///< the section's header row, repeated as an ordinary first row when continued
    int firstRow = 0; ///< as composeReportHtml() counts its first row below the header
};

QList<ReportTable> tablesOf(const QTextDocument& document)
{
    QList<ReportTable> tables;
    QTextBlock heading;
    QTextBlock above;
    int sectionHeaderRows = 0;
    int counted = 0;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentBlock().isValid()) {
            above = it.currentBlock();
            if (above.blockFormat().headingLevel() == 2)
                heading = above;
            continue;
        }
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            if (heading.isValid())
                sectionHeaderRows = table->format().headerRowCount();
            tables.append({ table, heading, above, sectionHeaderRows, counted });
            counted += table->rows() - sectionHeaderRows;
            heading = {};
        }
    }
    return tables;
}

int pageOf(const QTextDocument& document, qreal y)
{
    // A block laid out at the top of a page may start a hair above it.
    return static_cast<int>((y + 1) / document.pageSize().height());
}

int pageOf(const QTextDocument& document, const QTextBlock& block)
{
    return pageOf(document, document.documentLayout()->blockBoundingRect(block).top());
}

/// A page break before each table that starts with a row in `breaks`: before its section's heading,
/// or before the empty block that separates a continued table from the one above. (On the table
/// itself, QTextDocument would still draw the table's top rule at the foot of the page before.)
void breakPages(const QTextDocument& document, const QSet<int>& breaks)
{
    for (const ReportTable& found : tablesOf(document)) {
        if (!breaks.contains(found.firstRow))
            continue;
        const QTextBlock block = found.heading.isValid() ? found.heading : found.above;
        const int page = pageOf(document, block);
        const QTextBlockFormat unbroken = block.blockFormat();
        QTextBlockFormat broken = unbroken;
        broken.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor cursor(block);
        cursor.setBlockFormat(broken);
        // A block the layout already moved to the next page gets no break: QTextDocument would break
        // once more and leave a page empty.
        if (pageOf(document, block) > page + 1)
            cursor.setBlockFormat(unbroken);
    }
}

/// The first table row, counted as composeReportHtml() counts them, that should start a new page,
/// -1 when none: a row QTextDocument would break across two pages (it splits rows line by line), a
/// row it moves to the next page by itself (a table running over a page boundary draws stray rules
/// there), or a table's first row when it does not fall on the page of its section's heading.
int firstRowToMove(const QTextDocument& document)
{
    const qreal pageHeight = document.pageSize().height();
    for (const ReportTable& found : tablesOf(document)) {
        const int headerRows = found.headerRows;
        int previousPage = found.heading.isValid() ? pageOf(document, found.heading) : -1;
        for (int row = headerRows; row < found.table->rows(); ++row) {
            const QRectF rect = rowRect(document, *found.table, row);
            if (rect.isEmpty())
                continue;
            const int lastPage = pageOf(document, rect.bottom() - 2);
            // A row taller than half a page breaks wherever it starts.
            const bool split = pageOf(document, rect.top()) != lastPage && rect.height() <= pageHeight / 2;
            if (split || (previousPage >= 0 && lastPage != previousPage))
                return found.firstRow + row - headerRows;
            previousPage = lastPage;
        }
    }
    return -1;
}

/// The report laid out on pages of `page` size, with no table running over a page boundary and no
/// table row broken across two. Laid out again after each row moved until none is left: a report
/// has a handful of pages, so a handful of rounds.
void layOut(QTextDocument& document, const ReportData& data, const ReportOptions& options, QSizeF page)
{
    QSet<int> breaks;
    for (;;) {
        QList<std::pair<QString, QImage>> charts;
        const ImageSource addChart = [&charts](const QImage& chart) {
            const QString name = u"chart-%1.png"_s.arg(charts.size() + 1);
            charts.append({ name, chart });
            return name;
        };
        document.setHtml(composeReportHtml(data, options, addChart, breaks));
        for (const auto& [name, chart] : charts)
            document.addResource(QTextDocument::ImageResource, QUrl(name), chart);
        document.setDocumentMargin(0);
        document.setPageSize(page);
        breakPages(document, breaks);
        // QTextDocument lays out again only up to what was asked after a format changes; the rows
        // measured next and the pages drawn later need all of it.
        document.markContentsDirty(0, document.characterCount());
        const int row = firstRowToMove(document);
        if (row < 0 || breaks.contains(row))
            return;
        breaks.insert(row);
    }
}

void drawFooter(QPainter& painter, const QPdfWriter& writer, const QString& left, const QString& right)
{
    const qreal scale = writer.resolution() / kCssPixelsPerInch;
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(style::kMuted);
    const qreal baseline = writer.height() - cssPixels(kFooterMillimetres) * scale;
    const qreal start = cssPixels(kMarginMillimetres.left()) * scale;
    const qreal end = writer.width() - cssPixels(kMarginMillimetres.right()) * scale;
    painter.drawText(QPointF(start, baseline), left);
    painter.drawText(QPointF(end - painter.fontMetrics().horizontalAdvance(right), baseline), right);
}
} // namespace

void printPdf(const ReportData& data, const ReportOptions& options, QIODevice& device)
{
    const QSizeF page(cssPixels(kA4Millimetres.width() - kMarginMillimetres.left() - kMarginMillimetres.right()),
        cssPixels(kA4Millimetres.height() - kMarginMillimetres.top() - kMarginMillimetres.bottom()));
    QTextDocument document;
    // Unhinted glyph widths: the page is laid out at 96 pixels per inch and drawn at 300.
    document.setUseDesignMetrics(true);
    layOut(document, data, options, page);

    QPdfWriter writer(&device);
    writer.setTitle(ReportText::tr("Weekly report — %1").arg(data.storeName));
    writer.setCreator(u"Flywheel"_s);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0)); // the loop below keeps the margins, the footer in the lower one
    const qreal scale = writer.resolution() / kCssPixelsPerInch;
    const QString footer = ReportText::tr("Weekly report · %1 · %2")
                               .arg(data.storeName, options.locale.toString(options.today, QLocale::ShortFormat));
    QPainter painter(&writer);
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = document.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        const QRectF shown(0, index * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(cssPixels(kMarginMillimetres.left()) * scale, cssPixels(kMarginMillimetres.top()) * scale);
        painter.scale(scale, scale);
        painter.translate(0, -shown.top());
        painter.setClipRect(shown);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = shown;
        context.palette.setColor(QPalette::Text, style::kText);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(painter, writer, footer,
            ReportText::tr("Page %1 of %2").arg(options.locale.toString(index + 1), options.locale.toString(pages)));
    }
}

} // namespace flywheel::report
