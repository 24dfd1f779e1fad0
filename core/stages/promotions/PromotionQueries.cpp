#include "stages/promotions/PromotionQueries.h"

#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace flywheel::promotions {

Result<std::vector<Promotion>> readPromotions(Database& db)
{
    auto select = db.prepare(
        "SELECT pr.subject_key, pr.product_id, p.title, coalesce(p.handle, ''), coalesce(pr.category, ''), "
        "coalesce(pr.currency, ''), pr.trigger, pr.discount_percent, pr.code, pr.starts_on, pr.ends_on, "
        "pr.elasticity, pr.baseline_units, pr.expected_extra_units, pr.expected_revenue_minor, "
        "pr.expected_margin_minor, pr.audience_size, pr.control_size, pr.evidence, coalesce(pr.pushed_at, ''), "
        "coalesce(r.id, 0), coalesce(r.status, ''), pr.why "
        "FROM promotions pr JOIN products p ON p.id = pr.product_id "
        "LEFT JOIN recommendations r ON r.stage = 'promotions' AND r.kind = 'promotion' "
        "AND r.subject_key = pr.subject_key "
        "ORDER BY pr.pushed_at IS NOT NULL, coalesce(r.status, '') = 'dismissed', pr.expected_revenue_minor DESC, "
        "pr.subject_key");
    if (!select)
        return std::unexpected(select.error());
    std::vector<Promotion> promotions;
    auto read = select->forEachRow([&](Statement& row) {
        Promotion p;
        p.subjectKey = row.text(0);
        p.productId = row.int64(1);
        p.productTitle = row.text(2);
        p.handle = row.text(3);
        p.category = row.text(4);
        p.currency = row.text(5);
        p.trigger = triggerFromKey(row.text(6)).value_or(Trigger::Overstock);
        p.percent = int(row.int64(7));
        p.code = row.text(8);
        p.startsOn = QDate::fromString(row.text(9), Qt::ISODate);
        p.endsOn = QDate::fromString(row.text(10), Qt::ISODate);
        p.elasticity = row.real(11);
        p.baselineUnits = row.real(12);
        p.expectedExtraUnits = row.real(13);
        p.expectedRevenueMinor = row.int64(14);
        if (!row.isNull(15))
            p.expectedMarginMinor = row.int64(15);
        p.audienceSize = int(row.int64(16));
        p.controlSize = int(row.int64(17));
        p.evidence = QJsonDocument::fromJson(row.text(18).toUtf8()).array();
        p.pushedAt = row.text(19);
        p.actionId = row.int64(20);
        p.status = row.text(21);
        p.why = row.text(22);
        promotions.push_back(std::move(p));
    });
    if (!read)
        return std::unexpected(read.error());
    return promotions;
}

Result<std::vector<AudienceMember>> readAudience(Database& db, const QString& subjectKey)
{
    auto select
        = db.prepare("SELECT a.customer_id, a.score, a.control, coalesce(a.code, ''), coalesce(c.email, ''), "
                     "coalesce(c.first_name, ''), coalesce(c.last_name, ''), coalesce(c.country_code, ''), "
                     "coalesce(s.segment, '') FROM promotion_audience a JOIN customers c ON c.id = a.customer_id "
                     "LEFT JOIN customer_scores s ON s.customer_id = a.customer_id WHERE a.subject_key = ?1 "
                     "ORDER BY a.score DESC, a.customer_id");
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(subjectKey);
    std::vector<AudienceMember> members;
    auto read = select->forEachRow([&](Statement& row) {
        members.push_back({ row.int64(0), row.real(1), row.int64(2) != 0, row.text(3), row.text(4), row.text(5),
            row.text(6), row.text(7), row.text(8) });
    });
    if (!read)
        return std::unexpected(read.error());
    return members;
}

Result<std::vector<SegmentRow>> readSegments(Database& db)
{
    auto select = db.prepare("SELECT segment, count(*), coalesce(sum(clv_minor), 0), avg(coalesce(p_alive, 0)), "
                             "avg(discount_affinity) FROM customer_scores GROUP BY segment");
    if (!select)
        return std::unexpected(select.error());
    std::vector<SegmentRow> rows;
    auto read = select->forEachRow([&](Statement& row) {
        rows.push_back({ row.text(0), int(row.int64(1)), row.int64(2), row.real(3), row.real(4) });
    });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

Result<CustomerOverview> readCustomerOverview(Database& db)
{
    CustomerOverview overview;
    overview.currency = StoreSettings(db).currency();
    auto totals = db.prepare("SELECT count(*), coalesce(sum(orders > 1), 0), coalesce(sum(clv_minor), 0) "
                             "FROM customer_scores");
    if (!totals)
        return std::unexpected(totals.error());
    auto readTotals = totals->forEachRow([&](Statement& row) {
        overview.customers = int(row.int64(0));
        overview.repeatCustomers = int(row.int64(1));
        overview.clvMinor = row.int64(2);
    });
    if (!readTotals)
        return std::unexpected(readTotals.error());
    auto models = db.prepare("SELECT model, customers, coalesce(parameters, ''), coalesce(note, '') "
                             "FROM customer_models ORDER BY model");
    if (!models)
        return std::unexpected(models.error());
    auto readModels = models->forEachRow([&](Statement& row) {
        CustomerOverview::Model model { row.text(0), int(row.int64(1)), {}, row.text(3) };
        // Parameters in the order the models' papers name them.
        const QJsonObject parameters = QJsonDocument::fromJson(row.text(2).toUtf8()).object();
        for (const char* name : { "r", "alpha", "a", "b", "p", "q", "v" })
            if (parameters.contains(QLatin1StringView(name)))
                model.parameters.append(
                    { QString::fromLatin1(name), parameters.value(QLatin1StringView(name)).toDouble() });
        overview.models.append(model);
    });
    if (!readModels)
        return std::unexpected(readModels.error());
    return overview;
}

} // namespace flywheel::promotions
