#include "stages/shared/RecentSales.h"

#include "flywheel/Stage.h"

namespace flywheel {

namespace {
/// What RunShared keeps of the sales: the window they are for and the sales.
struct RecentSalesWindow {
    int days = 0;
    QHash<std::int64_t, ProductSales> sales;
};
} // namespace

Result<QHash<std::int64_t, ProductSales>> readRecentProductSales(Database& db, int days, RunShared* shared)
{
    if (shared) {
        if (const auto kept = shared->get<RecentSalesWindow>(); kept && kept->days == days)
            return kept->sales;
    }
    // The window holds a fraction of the store's orders: CROSS JOIN makes SQLite read those orders
    // and then their lines, rather than every line of every order and then its order.
    auto select = db.prepare(
        "SELECT v.product_id, "
        "sum(CASE WHEN ol.price_minor IS NULL THEN 0 ELSE ol.price_minor * ol.quantity - coalesce(ol.discount_minor, "
        "0) "
        "END), sum(CASE WHEN ol.price_minor IS NULL THEN 0 ELSE ol.quantity END), sum(ol.quantity) "
        "FROM orders o CROSS JOIN order_lines ol ON ol.order_id = o.id JOIN variants v ON v.id = ol.variant_id "
        "WHERE o.cancelled_at IS NULL AND o.created_at >= "
        "(SELECT strftime('%Y-%m-%dT%H:%M:%SZ', max(created_at), ?1) FROM orders) GROUP BY v.product_id");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, QStringLiteral("-%1 days").arg(days));
    QHash<std::int64_t, ProductSales> sales;
    auto read = select->forEachRow([&](Statement& row) {
        sales.insert(row.int64(0), { row.int64(1), row.int64(2), row.int64(3) });
    });
    if (!read)
        return std::unexpected(read.error());
    if (shared)
        shared->put(std::make_shared<RecentSalesWindow>(RecentSalesWindow { days, sales }));
    return sales;
}

} // namespace flywheel
