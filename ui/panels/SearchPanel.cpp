#include "panels/SearchPanel.h"

#include "StoreTask.h"
#include "flywheel/Recommendation.h"
#include "panels/search/LiveSearch.h"
#include "panels/search/SearchTriage.h"
#include "panels/search/SynonymManager.h"
#include "search/CatalogDocuments.h"
#include "store/StoreSettings.h"

#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace flywheel {

struct SearchPanel::Contents {
    QList<TriageQuery> queries;
    QList<SynonymGroup> synonyms;
};

namespace {
/// The store's search, ready to be tried.
struct LoadedEngine {
    std::shared_ptr<const search::Engine> engine;
    QString currency;
};

/// "18,800 searches for 87 different queries in your reports. 31 of them find nothing …": the reports in brief.
QString summaryText(const QList<TriageQuery>& queries)
{
    if (queries.isEmpty())
        return SearchPanel::tr("No site-search report analysed yet. Import your store's search report (Shopify, "
                               "Google Analytics, Algolia or any CSV), then press Run. You can try your catalog's "
                               "search below already.");
    int searches = 0;
    int failing = 0;
    int failingSearches = 0;
    int notCarried = 0;
    int outOfStock = 0;
    for (const TriageQuery& q : queries) {
        searches += q.searches;
        const bool fails = q.diagnosis != u"ok" && q.diagnosis != u"out_of_stock";
        failing += fails ? 1 : 0;
        failingSearches += fails ? q.searches : 0;
        notCarried += q.diagnosis == u"not_carried" ? 1 : 0;
        outOfStock += q.diagnosis == u"out_of_stock" ? 1 : 0;
    }
    const QLocale locale;
    QStringList sentences { SearchPanel::tr(
        "%1 searches for %n different quer(ies) in your reports.", nullptr, int(queries.size()))
                                .arg(locale.toString(searches)) };
    if (failing > 0) {
        sentences << SearchPanel::tr("%n of them find nothing a shopper wants (%1 searches), %2 for things you do "
                                     "not carry.",
            nullptr, failing)
                         .arg(locale.toString(failingSearches))
                         .arg(notCarried);
    }
    if (outOfStock > 0)
        sentences << SearchPanel::tr("%n find only products that are out of stock.", nullptr, outOfStock);
    return sentences.join(u' ');
}
} // namespace

SearchPanel::SearchPanel(QWidget* parent)
    : StagePanel(parent)
    , m_summary(new QLabel)
    , m_live(new LiveSearch)
    , m_tabs(new QTabWidget)
    , m_triage(new SearchTriage)
    , m_synonyms(new SynonymManager)
{
    setObjectName(QStringLiteral("stagePanel_search"));
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setWordWrap(true);

    m_tabs->setObjectName(QStringLiteral("searchTabs"));
    m_tabs->addTab(m_triage, tr("Reported searches"));
    m_tabs->addTab(m_synonyms, tr("Synonyms"));
    connect(m_triage, &SearchTriage::querySelected, m_live, &LiveSearch::search);
    connect(m_triage, &SearchTriage::queueRequested, this, &SearchPanel::queueActions);
    connect(m_synonyms, &SynonymManager::groupsChanged, this, &SearchPanel::applySynonyms);

    auto* tryBox = new QWidget;
    auto* tryLayout = new QVBoxLayout(tryBox);
    tryLayout->setContentsMargins(0, 0, 0, 0);
    tryLayout->addWidget(heading(tr("Try your store's search")));
    tryLayout->addWidget(m_live, 1);

    auto* sections = new QSplitter(Qt::Vertical);
    sections->addWidget(tryBox);
    sections->addWidget(m_tabs);
    sections->setStretchFactor(0, 1);
    sections->setStretchFactor(1, 1);
    sections->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(heading(tr("Search"), 1.6));
    layout->addWidget(m_summary);
    layout->addWidget(sections, 1);
}

void SearchPanel::showStore(const QString& storePath)
{
    m_storePath = storePath;
    const int generation = ++m_generation;
    m_synonyms->setStore(storePath);
    if (storePath.isEmpty()) {
        ++m_engineGeneration;
        m_live->setEngine(nullptr, {});
        showContents({});
        return;
    }
    m_pendingLoads = 2;
    runOnStore(
        this, storePath, [](Database& db) { return read(db); },
        [this, generation](const Result<Contents>& contents) {
            if (generation != m_generation)
                return;
            if (contents)
                showContents(*contents);
            else
                m_summary->setText(tr("Could not read the Search results: %1").arg(contents.error().describe()));
            finishLoad(generation);
        });
    loadEngine(generation);
}

Result<SearchPanel::Contents> SearchPanel::read(Database& db)
{
    Contents contents;
    auto queries = SearchTriage::read(db);
    if (!queries)
        return std::unexpected(queries.error());
    contents.queries = std::move(*queries);
    auto synonyms = SynonymGroups::read(db);
    if (!synonyms)
        return std::unexpected(synonyms.error());
    contents.synonyms = std::move(*synonyms);
    return contents;
}

void SearchPanel::showContents(const Contents& contents)
{
    m_summary->setText(summaryText(contents.queries));
    m_triage->setQueries(contents.queries);
    // An empty box next to a selected search would leave the page's top half blank: try that one.
    if (m_live->query().isEmpty() && !m_triage->selectedText().isEmpty())
        m_live->search(m_triage->selectedText());
    m_synonyms->setGroups(contents.synonyms);
    showSynonymCount();
}

void SearchPanel::showSynonymCount()
{
    m_tabs->setTabText(m_tabs->indexOf(m_synonyms), tr("Synonyms (%1)").arg(m_synonyms->groupCount()));
}

void SearchPanel::loadEngine(int generation)
{
    // The catalog, prices, stock and synonyms may all have changed since the last engine (an import,
    // a run, an accepted suggestion): the page's engine is built anew each time the page is shown.
    const int engineGeneration = ++m_engineGeneration;
    runOnStore(
        this, m_storePath,
        [](Database& db) -> Result<LoadedEngine> {
            auto engine = search::openCatalogEngine(db);
            if (!engine)
                return std::unexpected(engine.error());
            return LoadedEngine { std::move(*engine), StoreSettings(db).currency() };
        },
        [this, generation, engineGeneration](const Result<LoadedEngine>& loaded) {
            // A newer engine (synonyms changed meanwhile) wins, but the page still finished loading.
            if (engineGeneration == m_engineGeneration && loaded) {
                m_currency = loaded->currency;
                m_live->setEngine(loaded->engine, m_currency);
            } else if (engineGeneration == m_engineGeneration) {
                m_summary->setText(tr("Could not prepare your catalog's search: %1").arg(loaded.error().describe()));
            }
            finishLoad(generation);
        });
}

void SearchPanel::finishLoad(int generation)
{
    if (generation == m_generation && --m_pendingLoads == 0)
        emit loaded();
}

void SearchPanel::applySynonyms()
{
    // Without an engine yet, the one being built reads the groups itself.
    const std::shared_ptr<const search::Engine> engine = m_live->engine();
    if (m_storePath.isEmpty() || !engine)
        return;
    const int engineGeneration = ++m_engineGeneration;
    runOnStore(
        this, m_storePath,
        [engine](Database& db) -> Result<std::shared_ptr<const search::Engine>> {
            auto groups = search::readSynonymGroups(db);
            if (!groups)
                return std::unexpected(groups.error());
            auto updated = std::make_shared<search::Engine>(*engine);
            updated->setSynonyms(*groups);
            return updated;
        },
        [this, engineGeneration](const Result<std::shared_ptr<const search::Engine>>& updated) {
            if (engineGeneration != m_engineGeneration)
                return;
            if (updated)
                m_live->setEngine(*updated, m_currency);
            else
                m_summary->setText(tr("Could not read the synonym groups: %1").arg(updated.error().describe()));
            showSynonymCount();
            emit synonymsApplied();
        });
}

void SearchPanel::queueActions(const QList<std::int64_t>& ids)
{
    if (m_storePath.isEmpty())
        return;
    runOnStore(
        this, m_storePath,
        [ids](Database& db) {
            const std::span<const std::int64_t> actions(ids.constData(), size_t(ids.size()));
            return RecommendationQueue(db).setStatus(actions, QStringLiteral("accepted"));
        },
        [this](const Result<void>& done) {
            if (!done) {
                m_summary->setText(tr("Could not queue the fix: %1").arg(done.error().describe()));
                return;
            }
            emit actionsChanged();
            // An accepted synonym group changes what the search finds: read everything again.
            showStore(m_storePath);
        });
}

} // namespace flywheel
