#include "stages/search/SearchAnalysis.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace flywheel::search {

namespace {
/// The demand of a query is spread over this many of its best products.
constexpr size_t kDemandProducts = 5;
constexpr int kRecentDays = 28;
} // namespace

Result<std::vector<ReportedQuery>> readReportedQueries(Database& db)
{
    auto latest = db.prepare("SELECT max(period_start) FROM search_terms");
    if (!latest)
        return std::unexpected(latest.error());
    auto stepped = latest->step();
    if (!stepped)
        return std::unexpected(stepped.error());
    const QString recentFrom = *stepped && !latest->isNull(0)
        ? QDate::fromString(latest->text(0), Qt::ISODate).addDays(-kRecentDays + 1).toString(Qt::ISODate)
        : QString();

    auto select
        = db.prepare("SELECT id, query, searches, clicks, results, coalesce(period_start, '') FROM search_terms "
                     "ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    QHash<QString, size_t> byQuery;
    std::vector<ReportedQuery> queries;
    auto read = select->forEachRow([&](Statement& row) {
        const QString query = foldQuery(row.text(1));
        if (query.isEmpty())
            return;
        auto found = byQuery.constFind(query);
        if (found == byQuery.constEnd()) {
            found = byQuery.insert(query, queries.size());
            queries.push_back({});
            queries.back().query = query;
        }
        ReportedQuery& q = queries[*found];
        const auto searches = int(row.int64(2));
        const QString period = row.text(5);
        q.searches += searches;
        // A report without days covers one range: all of it counts as recent.
        if (period.isEmpty() || recentFrom.isEmpty() || period >= recentFrom)
            q.recentSearches += searches;
        if (!row.isNull(3))
            q.clicks = q.clicks.value_or(0) + int(row.int64(3));
        if (!row.isNull(4))
            q.reportedResults = std::min(q.reportedResults.value_or(INT_MAX), int(row.int64(4)));
        if (!period.isEmpty()) {
            if (q.firstSearchedAt.isEmpty() || period < q.firstSearchedAt)
                q.firstSearchedAt = period;
            if (period > q.lastSearchedAt)
                q.lastSearchedAt = period;
        }
        q.rowIds.push_back(row.int64(0));
    });
    if (!read)
        return std::unexpected(read.error());
    std::stable_sort(queries.begin(), queries.end(), [](const ReportedQuery& a, const ReportedQuery& b) {
        return a.searches != b.searches ? a.searches > b.searches : a.query < b.query;
    });
    return queries;
}

Result<QHash<QString, CollectionPage>> readCollectionsByTitle(Database& db)
{
    auto select = db.prepare("SELECT source_key, title FROM collections ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    QHash<QString, CollectionPage> collections;
    auto read = select->forEachRow([&](Statement& row) {
        const QString title = row.text(1);
        collections.insert(foldQuery(title), { row.text(0), title });
    });
    if (!read)
        return std::unexpected(read.error());
    return collections;
}

Result<void> writeDiagnoses(
    Database& db, std::int64_t runId, const Engine& engine, std::vector<DiagnosedQuery>& queries)
{
    if (auto ok = db.exec("DELETE FROM search_demand; DELETE FROM search_diagnoses;"); !ok)
        return ok;
    auto insert = db.prepare(
        "INSERT INTO search_diagnoses (run_id, query, searches, clicks, reported_results, results, diagnosis, fix, "
        "product_ids, first_searched_at, last_searched_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    auto demand = db.prepare("INSERT INTO search_demand (diagnosis_id, product_id, share) VALUES (?1, ?2, ?3)");
    if (!insert)
        return std::unexpected(insert.error());
    if (!demand)
        return std::unexpected(demand.error());
    const std::vector<Document>& docs = engine.index().documents();
    for (DiagnosedQuery& q : queries) {
        QJsonArray productIds;
        for (const Hit& hit : q.diagnosis.products)
            productIds.append(qint64(docs[hit.doc].productId));
        const auto optionalText = [](const QString& text) { return text.isEmpty() ? std::optional<QString>() : text; };
        insert->bindAll(runId, q.reported.query, q.reported.searches, q.reported.clicks, q.reported.reportedResults,
            q.diagnosis.results, QueryDoctor::name(q.diagnosis.diagnosis), optionalText(q.diagnosis.fix),
            QString::fromUtf8(QJsonDocument(productIds).toJson(QJsonDocument::Compact)),
            optionalText(q.reported.firstSearchedAt), optionalText(q.reported.lastSearchedAt));
        if (auto ok = insert->run(); !ok)
            return ok;
        q.id = db.lastInsertRowId();
        // Demand goes to the products the search (or its fix) shows first, in proportion to score.
        if (q.diagnosis.diagnosis == Diagnosis::NotCarried || q.diagnosis.diagnosis == Diagnosis::Filter)
            continue;
        const size_t shown = std::min(kDemandProducts, q.diagnosis.products.size());
        double total = 0;
        for (size_t i = 0; i < shown; ++i)
            total += q.diagnosis.products[i].score;
        for (size_t i = 0; i < shown && total > 0; ++i) {
            const Hit& hit = q.diagnosis.products[i];
            demand->bindAll(q.id, docs[hit.doc].productId, hit.score / total);
            if (auto ok = demand->run(); !ok)
                return ok;
        }
    }
    return {};
}

} // namespace flywheel::search
