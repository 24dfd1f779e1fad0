#include "panels/search/LiveSearch.h"

#include "WorkerPool.h"
#include "panels/search/QueryReading.h"
#include "panels/RowTable.h"
#include "wheel/WheelPalette.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#include <cmath>

namespace flywheel {

namespace {
/// Pause after the last key press before searching: a burst of typing is searched once.
constexpr int kTypingPauseMs = 150;
constexpr int kShownResults = 20;

search::SearchOptions liveOptions()
{
    search::SearchOptions options;
    options.top = kShownResults;
    options.parse.prefixLastWord = true;
    options.explain = true;
    return options;
}

QLabel* sectionTitle(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

LiveSearch::LiveSearch(QWidget* parent)
    : QWidget(parent)
    , m_box(new QLineEdit)
    , m_understood(new QLabel)
    , m_resultModel(new QStandardItemModel(this))
    , m_explained(sectionTitle(tr("Why a result is there")))
    , m_explanation(new QListWidget)
{
    m_box->setObjectName(QStringLiteral("searchBox"));
    m_box->setAccessibleName(tr("Search your catalog"));
    m_box->setClearButtonEnabled(true);
    m_box->setPlaceholderText(tr("Search your catalog as a shopper would, e.g. “rain jacket under 100”"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kTypingPauseMs);
    connect(&m_debounce, &QTimer::timeout, this, &LiveSearch::startSearch);
    connect(m_box, &QLineEdit::textChanged, this, [this] {
        ++m_generation; // a search still running is for text no longer in the box
        m_debounce.start();
    });

    m_resultModel->setHorizontalHeaderLabels(
        { tr("Product"), tr("Handle"), tr("SKU"), tr("Price"), tr("Stock"), tr("Score") });
    m_results = makeRowTable(m_resultModel, 0, QStringLiteral("searchResults"), tr("Search results"));
    m_results->setWordWrap(false);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showExplanation(); });

    m_understood->setObjectName(QStringLiteral("searchUnderstood"));
    m_understood->setAccessibleName(tr("How the search read the query"));
    m_understood->setWordWrap(true);
    m_understood->setTextFormat(Qt::RichText);
    m_understood->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setObjectName(QStringLiteral("searchExplanation"));
    m_explanation->setAccessibleName(tr("Where the selected result's score comes from"));
    m_explanation->setWordWrap(true);

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(sectionTitle(tr("How the search read it")));
    sideLayout->addWidget(m_understood);
    sideLayout->addSpacing(6);
    sideLayout->addWidget(m_explained);
    sideLayout->addWidget(m_explanation, 1);

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_results);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addWidget(split, 1);
    showResult({});
}

void LiveSearch::setEngine(std::shared_ptr<const search::Engine> engine, const QString& currency)
{
    m_engine = std::move(engine);
    m_currency = currency;
    const int products = m_engine ? int(m_engine->index().documents().size()) : 0;
    m_box->setPlaceholderText(
        tr("Search your %n product(s) as a shopper would, e.g. “rain jacket under 100”", nullptr, products));
    startSearch();
}

void LiveSearch::search(const QString& query)
{
    m_box->setText(query);
    startSearch();
}

QString LiveSearch::query() const
{
    return m_box->text();
}

void LiveSearch::startSearch()
{
    m_debounce.stop();
    const int generation = ++m_generation;
    const QString query = m_box->text();
    if (!m_engine || query.trimmed().isEmpty()) {
        showResult({});
        emit searched();
        return;
    }
    auto* watcher = new QFutureWatcher<search::SearchResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // Only the newest query's results: earlier ones may finish after it.
        if (generation != m_generation)
            return;
        showResult(watcher->result());
        emit searched();
    });
    watcher->setFuture(
        QtConcurrent::run(storeWorkers(), [engine = m_engine, query] { return engine->search(query, liveOptions()); }));
}

void LiveSearch::showResult(const search::SearchResult& result)
{
    m_result = std::make_shared<const search::SearchResult>(result);
    m_resultModel->removeRows(0, m_resultModel->rowCount());
    const QStringList reading = QueryReading::lines(result, m_currency);
    if (reading.isEmpty()) {
        m_understood->setText(tr("Type a query to see what your shoppers get, and why."));
    } else {
        QString html = QStringLiteral("<b>%1</b>").arg(reading.front().toHtmlEscaped());
        for (qsizetype i = 1; i < reading.size(); ++i)
            html += QStringLiteral("<br>• %1").arg(reading[i].toHtmlEscaped());
        m_understood->setText(html);
    }
    // Hits come only from m_engine: a new engine drops the searches still running and searches again.
    for (const search::Hit& hit : result.hits) {
        const search::Index& index = m_engine->index();
        const search::Document& doc = index.documents()[hit.doc];
        const bool inStock = index.inStock(hit.doc);
        QList<QStandardItem*> row { new QStandardItem(doc.fields[size_t(search::Field::Title)]),
            new QStandardItem(doc.handle), new QStandardItem(doc.sku),
            figureItem(doc.minPrice ? QueryReading::price(*doc.minPrice, m_currency) : tr("unknown")),
            new QStandardItem(inStock ? tr("In stock") : tr("Out of stock")),
            figureItem(QString::number(hit.score, 'f', 2)) };
        if (!inStock)
            row[4]->setForeground(WheelPalette::warning(palette()));
        m_resultModel->appendRow(row);
    }
    if (m_resultModel->rowCount() > 0)
        m_results->selectRow(0);
    showExplanation();
}

void LiveSearch::showExplanation()
{
    m_explanation->clear();
    const QModelIndex current = m_results->currentIndex();
    if (!m_result || !current.isValid() || size_t(current.row()) >= m_result->hits.size()) {
        m_explained->setText(tr("Why a result is there"));
        return;
    }
    const search::Hit& hit = m_result->hits[size_t(current.row())];
    m_explained->setText(
        tr("Why “%1” is number %2").arg(m_resultModel->item(current.row(), 0)->text()).arg(current.row() + 1));
    m_explanation->addItems(search::Engine::describe(hit));
}

} // namespace flywheel
