#include "io/formats/LateLinks.h"

#include "io/formats/StoreLookup.h"
#include "store/Batches.h"

#include <utility>
#include <vector>

namespace flywheel::formats {

namespace {
/// Whether the batch added rows to `table`. A new row's id is one above the largest before it, so
/// the table's last row tells without reading the others. Links wait for new rows: an update keeps
/// the natural keys (order names, e-mail addresses, handles) that rows are linked by.
Result<bool> batchAddedRows(Database& db, std::string_view table, std::int64_t batchId)
{
    auto last = db.prepare("SELECT batch_id FROM " + quoteIdentifier(table) + " ORDER BY id DESC LIMIT 1");
    if (!last)
        return std::unexpected(last.error());
    auto row = last->step();
    if (!row)
        return std::unexpected(row.error());
    return *row && last->int64(0) == batchId;
}

/// Finds, through `find`, what each row `waiting` selects (its id first) refers to, then stores each
/// link found with `link` (?1 the row, ?2 what it links to). Links are collected before any is
/// written, so the rows do not change under the query that reads them.
template <typename Find>
Result<void> linkWaiting(Database& db, std::string_view waiting, std::string_view link, Find&& find)
{
    auto select = db.prepare(waiting);
    if (!select)
        return std::unexpected(select.error());
    std::vector<std::pair<std::int64_t, std::int64_t>> found;
    std::optional<Error> failed;
    auto read = select->forEachRow([&](const Statement& row) {
        if (failed)
            return;
        auto target = find(row);
        if (!target)
            failed = std::move(target.error());
        else if (*target)
            found.emplace_back(row.int64(0), **target);
    });
    if (!read)
        return read;
    if (failed)
        return std::unexpected(std::move(*failed));
    auto update = db.prepare(link);
    if (!update)
        return std::unexpected(update.error());
    for (const auto& [id, target] : found) {
        update->bindAll(id, target);
        if (auto ok = update->run(); !ok)
            return ok;
    }
    return {};
}
} // namespace

Result<void> linkLateArrivals(Database& db, std::int64_t batchId)
{
    auto addedVariants = batchAddedRows(db, "variants", batchId);
    auto addedProducts = batchAddedRows(db, "products", batchId);
    auto addedOrders = batchAddedRows(db, "orders", batchId);
    auto addedCustomers = batchAddedRows(db, "customers", batchId);
    for (const auto* added : { &addedVariants, &addedProducts, &addedOrders, &addedCustomers })
        if (!*added)
            return std::unexpected(added->error());

    // What the links below may change, for the stages that read those tables.
    std::vector<std::string_view> linked;
    if (*addedVariants)
        linked.insert(linked.end(), { "order_lines", "reviews" });
    if (*addedOrders)
        linked.push_back("tickets");
    if (*addedCustomers)
        linked.insert(linked.end(), { "tickets", "reviews" });
    if (*addedProducts)
        linked.push_back("reviews");
    for (std::string_view table : linked)
        if (auto ok = noteBatchTable(db, batchId, table); !ok)
            return ok;

    if (*addedVariants) {
        auto link = db.prepare("UPDATE order_lines SET variant_id = (SELECT min(v.id) FROM variants v WHERE v.sku = "
                               "order_lines.sku) WHERE variant_id IS NULL AND sku IN (SELECT sku FROM variants WHERE "
                               "batch_id = ?1 AND sku IS NOT NULL)");
        if (!link)
            return std::unexpected(link.error());
        link->bind(1, batchId);
        if (auto ok = link->run(); !ok)
            return ok;
    }
    // Tickets and reviews find what they refer to by the same rules as when they were imported.
    StoreLookup lookup(db);
    if (*addedOrders) {
        auto ok = linkWaiting(db,
            "SELECT id, order_number FROM tickets WHERE order_id IS NULL AND order_number IS NOT NULL",
            "UPDATE tickets SET order_id = ?2 WHERE id = ?1",
            [&](const Statement& row) { return lookup.order(row.utf8(1)); });
        if (!ok)
            return ok;
    }
    if (*addedCustomers) {
        auto ok = linkWaiting(db,
            "SELECT id, customer_email FROM tickets WHERE customer_id IS NULL AND customer_email "
            "IS NOT NULL",
            "UPDATE tickets SET customer_id = ?2 WHERE id = ?1",
            [&](const Statement& row) { return lookup.customer(row.utf8(1)); });
        if (ok)
            ok = linkWaiting(db,
                "SELECT id, reviewer_email FROM reviews WHERE customer_id IS NULL AND reviewer_email "
                "IS NOT NULL",
                "UPDATE reviews SET customer_id = ?2 WHERE id = ?1",
                [&](const Statement& row) { return lookup.customer(row.utf8(1)); });
        if (!ok)
            return ok;
    }
    if (*addedProducts || *addedVariants) {
        auto ok = linkWaiting(db,
            "SELECT id, coalesce(product_handle, ''), coalesce(product_source_id, ''), coalesce(sku, '') FROM reviews "
            "WHERE product_id IS NULL AND coalesce(product_handle, product_source_id, sku) IS NOT NULL",
            "UPDATE reviews SET product_id = ?2 WHERE id = ?1", [&](const Statement& row) {
                return lookup.product({ row.utf8(1), row.utf8(2), row.utf8(3), {} });
            });
        if (!ok)
            return ok;
    }
    return {};
}

} // namespace flywheel::formats
