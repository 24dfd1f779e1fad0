#include "demo/AdvanceTruth.h"

#include "demo/Files.h"

namespace flywheel::demo {

namespace {
QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

QJsonObject periodCounts(const World& world, const StoreLinks& links)
{
    qint64 lines = 0;
    for (size_t o = world.period.firstOrder; o < world.orders.size(); ++o)
        lines += world.orders[o].lineCount;
    return QJsonObject {
        { QStringLiteral("orders"), static_cast<qint64>(world.orders.size() - world.period.firstOrder) },
        { QStringLiteral("order_lines"), lines },
        { QStringLiteral("new_customers"), static_cast<qint64>(world.customers.size() - world.period.firstCustomer) },
        { QStringLiteral("customers_from_earlier_periods"), links.restoredCustomers },
        { QStringLiteral("tickets"), static_cast<qint64>(world.ticketLabels.size()) },
        { QStringLiteral("reviews"), world.reviewCount },
        { QStringLiteral("search_rows"), world.searchRowCount },
    };
}

QJsonArray gapsJson(const World& world, const std::vector<qint64>& storeIds)
{
    QJsonArray gaps;
    for (const ContentGap& gap : world.gaps) {
        const Product& product = world.products[static_cast<size_t>(gap.product)];
        gaps.append(QJsonObject { { QStringLiteral("handle"), text(product.handle) },
            { QStringLiteral("product_id"), storeIds[static_cast<size_t>(gap.product)] },
            { QStringLiteral("attribute"), text(gap.attribute) }, { QStringLiteral("answered"), gap.answered },
            { QStringLiteral("question_rate"), gap.answered ? kAnsweredQuestionShare : 1.0 },
            { QStringLiteral("questions"), gap.tickets } });
    }
    return gaps;
}

QJsonArray promotionsJson(const World& world, const PeriodOutcome& outcome)
{
    QJsonArray promotions;
    for (const PromotionOutcome& p : outcome.promotions) {
        promotions.append(QJsonObject { { QStringLiteral("subject_key"), text(p.subjectKey) },
            { QStringLiteral("product_id"), static_cast<qint64>(p.productId) },
            { QStringLiteral("first_date"), text(world.calendar.date(p.firstDay)) },
            { QStringLiteral("last_date"), text(world.calendar.date(p.lastDay)) },
            { QStringLiteral("audience"), p.audience }, { QStringLiteral("control"), p.control },
            { QStringLiteral("audience_buyers"), p.audienceBuyers },
            { QStringLiteral("control_buyers"), p.controlBuyers },
            { QStringLiteral("audience_code_orders"), p.audienceCodeOrders },
            { QStringLiteral("control_code_orders"), p.controlCodeOrders } });
    }
    return promotions;
}

QJsonObject stockJson(
    const World& world, const PushedActions& actions, const PeriodDays& days, const PeriodOutcome& outcome)
{
    QJsonArray reorders;
    for (const PushedReorder& reorder : actions.reorders) {
        const int arrives = days.firstDay + reorder.leadDays;
        const Variant& variant
            = world.products[static_cast<size_t>(reorder.product)].variants[static_cast<size_t>(reorder.variant)];
        reorders.append(QJsonObject { { QStringLiteral("action_id"), static_cast<qint64>(reorder.actionId) },
            { QStringLiteral("sku"), text(variant.sku) }, { QStringLiteral("quantity"), reorder.quantity },
            { QStringLiteral("arrives"),
                arrives <= days.lastDay() ? QJsonValue(text(world.calendar.date(arrives)))
                                          : QJsonValue(QStringLiteral("after the period")) } });
    }
    return QJsonObject { { QStringLiteral("pushed_reorders_placed"), reorders },
        { QStringLiteral("lines_sold_out"), outcome.linesSoldOut },
        { QStringLiteral("units_received"), outcome.unitsReceived },
        { QStringLiteral("owner_reorders"), outcome.ownerReorders } };
}
} // namespace

Result<void> writeAdvanceTruth(const World& world, const StoreLinks& links, const PushedActions& actions,
    const PeriodDays& days, const PeriodOutcome& outcome, const QString& path)
{
    std::vector<qint64> storeIds(world.products.size(), 0);
    for (const auto& [id, product] : links.productOf)
        storeIds[static_cast<size_t>(product)] = id;

    QJsonObject root {
        { QStringLiteral("generator"), QStringLiteral("flywheel demo store, advanced period") },
        { QStringLiteral("format_version"), 1 },
        { QStringLiteral("scale"), scaleName(world.options.scale) },
        { QStringLiteral("seed"), QString::number(world.options.seed) },
        { QStringLiteral("first_date"), text(world.calendar.date(days.firstDay)) },
        { QStringLiteral("last_date"), text(world.calendar.date(days.lastDay())) },
        { QStringLiteral("weeks"), days.weeks },
        { QStringLiteral("weeks_after_history"), days.firstWeek + days.weeks },
        { QStringLiteral("counts"), periodCounts(world, links) },
        { QStringLiteral("content_gaps"), gapsJson(world, storeIds) },
        { QStringLiteral("product_pages_edited"), actions.pageEdits },
    };
    QJsonArray replied;
    for (const std::string& intent : world.repliedIntents)
        replied.append(text(intent));
    root.insert(QStringLiteral("replied_intents"), replied);

    QJsonArray fixed;
    for (const FixedQuery& query : world.fixedQueries) {
        fixed.append(QJsonObject { { QStringLiteral("query"), text(query.query) },
            { QStringLiteral("fixed_by"), text(query.subject) }, { QStringLiteral("results"), query.results } });
    }
    root.insert(QStringLiteral("fixed_queries"), fixed);

    QJsonArray merchandised;
    for (int product : actions.merchandised) {
        merchandised.append(
            QJsonObject { { QStringLiteral("handle"), text(world.products[static_cast<size_t>(product)].handle) },
                { QStringLiteral("product_id"), storeIds[static_cast<size_t>(product)] },
                { QStringLiteral("demand_factor"), actions.demandFactor[static_cast<size_t>(product)] } });
    }
    root.insert(QStringLiteral("merchandised_products"), merchandised);
    root.insert(QStringLiteral("stock"), stockJson(world, actions, days, outcome));
    root.insert(QStringLiteral("promotions"), promotionsJson(world, outcome));
    root.insert(QStringLiteral("promotion_rule"),
        QStringLiteral("audience: members who got a code; control: members held back. Every member buys the "
                       "product in the promotion's days with chance %1 as without it; members with a code "
                       "with chance %2, paying with it. Buyers count the period's orders of the product.")
            .arg(kWouldBuyAnyway)
            .arg(kBuysWithCode));
    root.insert(QStringLiteral("ticket_labels"), ticketLabelsJson(world));
    return writeJsonFile(root, path);
}

} // namespace flywheel::demo
