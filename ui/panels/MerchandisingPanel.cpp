#include "panels/MerchandisingPanel.h"

#include "StoreTask.h"
#include "panels/RowTable.h"
#include "panels/merchandising/CollectionOrderView.h"
#include "panels/merchandising/MerchActionList.h"
#include "panels/merchandising/TrendChart.h"
#include "shell/Formatting.h"
#include "store/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace flywheel {

namespace {
using merchandising::Subject;
using merchandising::TrendRow;

/// Steady rows shown per table: the most searched or sold; every trending row is shown.
constexpr size_t kSteadyRows = 200;
constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kSinceRole = Qt::UserRole + 2;

QString dateText(const std::optional<QDate>& day)
{
    return day ? QLocale().toString(*day, QLocale::ShortFormat) : QString();
}

/// Rows to show: every trending one, and the first steady ones.
std::vector<const TrendRow*> shownRows(const std::vector<TrendRow>& rows)
{
    std::vector<const TrendRow*> shown;
    size_t steady = 0;
    for (const TrendRow& row : rows) {
        const bool isSteady = row.kind == merchandising::TrendKind::Steady;
        if (isSteady && steady++ >= kSteadyRows)
            continue;
        shown.push_back(&row);
    }
    return shown;
}

QStringList trendHeader(bool products)
{
    QStringList header { products ? MerchandisingPanel::tr("Product") : MerchandisingPanel::tr("Search"),
        MerchandisingPanel::tr("Trend"), MerchandisingPanel::tr("Change"), MerchandisingPanel::tr("Since"),
        products ? MerchandisingPanel::tr("Orders, last 4 weeks") : MerchandisingPanel::tr("Searches, last 4 weeks"),
        MerchandisingPanel::tr("How sure") };
    header << (products ? MerchandisingPanel::tr("Follows search") : MerchandisingPanel::tr("Baseline"));
    if (products)
        header << MerchandisingPanel::tr("Stock");
    return header;
}

/// What the chart's row is and what it is judged against, in a sentence or two.
QString trendNote(const TrendRow& row)
{
    const QLocale locale;
    QString note;
    if (row.kind == merchandising::TrendKind::Steady)
        note = MerchandisingPanel::tr("No trend: the latest weeks are within the usual range of its baseline.");
    else
        note = MerchandisingPanel::tr("%1 since the week of %2: %3 against %4 expected, %5× its baseline, %6 sure.")
                   .arg(merchandising::trendLabel(row.kind), dateText(row.since), locale.toString(row.observed, 'f', 0),
                       locale.toString(row.expected, 'f', 0), locale.toString(row.ratio, 'f', 1),
                       Formatting::share(row.confidence));
    if (!row.viaQuery.isEmpty())
        note += u' '
            + MerchandisingPanel::tr("It shows on the first page for “%1”, whose searches are trending; the chart is "
                                     "its own sales.")
                  .arg(row.viaQuery);
    note += u' ' + MerchandisingPanel::tr("Baseline: %1.").arg(merchandising::baselineLabel(row.baseline));
    if (!row.peers.isEmpty())
        note += u' ' + MerchandisingPanel::tr("Its peers: %1.").arg(row.peers.mid(0, 4).join(QStringLiteral(", ")));
    return note;
}
} // namespace

struct MerchandisingPanel::Contents {
    merchandising::MerchandisingOverview overview;
    std::vector<TrendRow> queries;
    std::vector<TrendRow> products;
    std::vector<merchandising::CollectionChoice> collections;
    QList<Recommendation> actions;
};

MerchandisingPanel::MerchandisingPanel(QWidget* parent)
    : StagePanel(parent)
    , m_summary(new QLabel)
    , m_subject(new QComboBox)
    , m_trendModel(new QStandardItemModel(this))
    , m_chart(new TrendChart)
    , m_trendNote(new QLabel)
    , m_collections(new CollectionOrderView)
    , m_actions(new MerchActionList)
{
    setObjectName(QStringLiteral("stagePanel_merchandising"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("merchSummary"));
    m_subject->setObjectName(QStringLiteral("merchSubject"));
    m_subject->setAccessibleName(tr("Show searches or products"));
    m_subject->addItem(tr("Searches"), int(Subject::Query));
    m_subject->addItem(tr("Products"), int(Subject::Product));
    m_trendModel->setHorizontalHeaderLabels(trendHeader(false));
    m_trendTable = makeRowTable(m_trendModel, 0, QStringLiteral("merchTrends"), tr("Trends"));
    m_chart->setObjectName(QStringLiteral("merchChart"));
    m_trendNote->setObjectName(QStringLiteral("merchTrendNote"));
    m_trendNote->setWordWrap(true);
    m_trendNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_collections->setObjectName(QStringLiteral("merchCollections"));
    m_actions->setObjectName(QStringLiteral("merchActionList"));

    connect(m_subject, &QComboBox::currentIndexChanged, this, &MerchandisingPanel::showTrendRows);
    connect(m_trendTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MerchandisingPanel::showSelectedTrend);
    connect(m_collections, &CollectionOrderView::orderShown, this, &MerchandisingPanel::collectionShown);
    connect(m_actions, &MerchActionList::changed, this, [this] {
        emit actionsChanged();
        showStore(m_storePath);
    });
    connect(m_actions, &MerchActionList::pushed, this, &MerchandisingPanel::pushed);

    auto* trendHeader = new QHBoxLayout;
    trendHeader->addWidget(heading(tr("Trending against the season")));
    trendHeader->addStretch();
    trendHeader->addWidget(m_subject);
    auto* chartBox = new QWidget;
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_trendNote);
    auto* trendSplit = new QSplitter(Qt::Horizontal);
    trendSplit->addWidget(m_trendTable);
    trendSplit->addWidget(chartBox);
    trendSplit->setSizes({ 3000, 2000 });
    trendSplit->setChildrenCollapsible(false);
    auto* trendBox = new QWidget;
    auto* trendLayout = new QVBoxLayout(trendBox);
    trendLayout->setContentsMargins(0, 0, 0, 0);
    trendLayout->addLayout(trendHeader);
    trendLayout->addWidget(trendSplit, 1);

    auto* collectionBox = new QWidget;
    auto* collectionLayout = new QVBoxLayout(collectionBox);
    collectionLayout->setContentsMargins(0, 0, 0, 0);
    collectionLayout->addWidget(heading(tr("Collection order: what sells and is in stock first")));
    collectionLayout->addWidget(m_collections, 1);
    auto* actionBox = new QWidget;
    auto* actionLayout = new QVBoxLayout(actionBox);
    actionLayout->setContentsMargins(0, 0, 0, 0);
    actionLayout->addWidget(heading(tr("Actions: new orders and products to feature")));
    actionLayout->addWidget(m_actions, 1);
    auto* lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(collectionBox);
    lower->addWidget(actionBox);
    lower->setSizes({ 3000, 2000 });
    lower->setChildrenCollapsible(false);

    auto* sections = new QSplitter(Qt::Vertical);
    sections->addWidget(trendBox);
    sections->addWidget(lower);
    sections->setStretchFactor(0, 1);
    sections->setStretchFactor(1, 1);
    sections->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(heading(tr("Merchandising"), 1.6));
    layout->addWidget(m_summary);
    layout->addWidget(sections, 1);
    showContents();
}

MerchandisingPanel::~MerchandisingPanel() = default;

void MerchandisingPanel::showStore(const QString& storePath)
{
    m_storePath = storePath;
    m_collections->setStore(storePath);
    m_actions->setStore(storePath);
    if (storePath.isEmpty()) {
        forgetReads();
        m_contents.reset();
        showContents();
        return;
    }
    readStore(
        storePath, &MerchandisingPanel::read,
        [this](const Contents& contents) {
            m_contents = std::make_shared<const Contents>(contents);
            showContents();
            emit loaded();
        },
        [this](const QString& reason) {
            m_summary->setText(tr("Could not read the Merchandising results: %1").arg(reason));
            emit loaded();
        });
}

Result<MerchandisingPanel::Contents> MerchandisingPanel::read(Database& db)
{
    Contents contents;
    auto overview = merchandising::readOverview(db);
    if (!overview)
        return std::unexpected(overview.error());
    contents.overview = *overview;
    for (const Subject subject : { Subject::Query, Subject::Product }) {
        auto rows = merchandising::readTrends(db, subject);
        if (!rows)
            return std::unexpected(rows.error());
        (subject == Subject::Query ? contents.queries : contents.products) = std::move(*rows);
    }
    auto collections = merchandising::readCollectionChoices(db);
    if (!collections)
        return std::unexpected(collections.error());
    contents.collections = std::move(*collections);
    auto actions = RecommendationQueue(db).list(QStringLiteral("merchandising"));
    if (!actions)
        return std::unexpected(actions.error());
    contents.actions = std::move(*actions);
    return contents;
}

void MerchandisingPanel::showContents()
{
    const QLocale locale;
    if (!m_contents || (m_contents->overview.queries == 0 && m_contents->overview.products == 0)) {
        m_summary->setText(tr("No trends yet. Import your orders export and a site-search report (and a collections "
                              "list and an inventory export for collection orders), then press Run."));
        m_collections->setChoices({});
        m_actions->setActions({});
        showTrendRows();
        return;
    }
    const merchandising::MerchandisingOverview& o = m_contents->overview;
    QStringList parts;
    if (o.queries > 0)
        parts << tr("%1 of %2 searches are trending up (weeks to %3).")
                     .arg(locale.toString(o.trendingQueries), locale.toString(o.queries), dateText(o.latestSearchWeek));
    else
        parts << tr("No dated site-search report yet: import one to see trending searches.");
    parts << tr("%1 of %2 products are trending up, by their own sales or the searches that show them.")
                 .arg(locale.toString(o.trendingProducts), locale.toString(o.products));
    if (o.topPlaces > 0)
        parts << tr("%1 of the %2 first-10 places in %3 collections hold a product out of stock, nearly out or not "
                    "on sale.")
                     .arg(
                         locale.toString(o.blockedOnTop), locale.toString(o.topPlaces), locale.toString(o.collections));
    else
        parts << tr("No collections yet: import a collections list to get suggested orders.");
    m_summary->setText(parts.join(u' '));
    m_collections->setChoices(m_contents->collections);
    m_actions->setActions(m_contents->actions);
    showTrendRows();
}

void MerchandisingPanel::showTrendRows()
{
    const auto subject = Subject(m_subject->currentData().toInt());
    const bool products = subject == Subject::Product;
    m_trendModel->clear();
    m_trendModel->setHorizontalHeaderLabels(trendHeader(products));
    m_trendTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QLocale locale;
    if (m_contents) {
        for (const TrendRow* row : shownRows(products ? m_contents->products : m_contents->queries)) {
            const bool steady = row->kind == merchandising::TrendKind::Steady;
            auto* name = new QStandardItem(row->name);
            name->setData(row->key, kKeyRole);
            name->setData(row->since ? QVariant(*row->since) : QVariant(), kSinceRole);
            QList<QStandardItem*> cells { name, new QStandardItem(merchandising::trendLabel(row->kind)),
                figureItem(locale.toString(row->ratio, 'f', 1) + u'×'),
                new QStandardItem(steady ? QString() : dateText(row->since)),
                figureItem(locale.toString(row->recent, 'f', 0)),
                figureItem(steady ? QString() : Formatting::share(row->confidence)) };
            cells << new QStandardItem(products ? row->viaQuery : merchandising::baselineLabel(row->baseline));
            if (products)
                cells << new QStandardItem(row->stock ? merchandising::stockLabel(*row->stock) : QString());
            m_trendModel->appendRow(cells);
        }
    }
    m_trendTable->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    if (m_trendModel->rowCount() > 0)
        m_trendTable->selectRow(0);
    showSelectedTrend();
}

bool MerchandisingPanel::selectTrend(Subject subject, const QString& name)
{
    m_subject->setCurrentIndex(m_subject->findData(int(subject)));
    for (int row = 0; row < m_trendModel->rowCount(); ++row) {
        if (m_trendModel->item(row, 0)->text() == name) {
            m_trendTable->selectRow(row);
            m_trendTable->scrollTo(m_trendModel->index(row, 0));
            return true;
        }
    }
    return false;
}

bool MerchandisingPanel::selectCollection(const QString& title)
{
    return m_collections->selectCollection(title);
}

void MerchandisingPanel::showSelectedTrend()
{
    const QModelIndex current = m_trendTable->currentIndex();
    const int generation = ++m_chartGeneration;
    const auto subject = Subject(m_subject->currentData().toInt());
    const QString valueName = subject == Subject::Product ? tr("Orders") : tr("Searches");
    if (!current.isValid() || m_storePath.isEmpty() || !m_contents) {
        m_chart->showTrend(nullptr, tr("Select a search or product to see its weeks."), valueName);
        m_trendNote->clear();
        emit trendShown();
        return;
    }
    const QStandardItem* item = m_trendModel->item(current.row(), 0);
    const QString key = item->data(kKeyRole).toString();
    const QString title = item->text();
    const QVariant since = item->data(kSinceRole);
    const auto& rows = subject == Subject::Product ? m_contents->products : m_contents->queries;
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const TrendRow& r) { return r.key == key; });
    m_trendNote->setText(row != rows.end() ? trendNote(*row) : QString());
    const bool steady = row == rows.end() || row->kind == merchandising::TrendKind::Steady;
    runOnStore(
        this, m_storePath, [subject, key](Database& db) { return merchandising::readTrendSeries(db, subject, key); },
        [this, generation, title, valueName, since, steady](
            const Result<std::optional<merchandising::TrendSeries>>& series) {
            if (generation != m_chartGeneration)
                return;
            if (!series || !*series)
                m_chart->showTrend(nullptr, title, valueName);
            else
                m_chart->showTrend(&**series, title, valueName,
                    steady || !since.isValid() ? std::nullopt : std::optional(since.toDate()));
            if (!series)
                m_trendNote->setText(series.error().describe());
            emit trendShown();
        });
}

} // namespace flywheel
