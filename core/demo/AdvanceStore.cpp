#include "demo/AdvanceStore.h"

#include "demo/Customers.h"
#include "demo/WordLists.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>

namespace flywheel::demo {

namespace {
/// Orders of the weeks before a period that its tickets and reviews may still be about.
constexpr int kRecentOrderDays = 35;

std::string utf8(const Statement& row, int column)
{
    return std::string(row.utf8(column));
}

/// Day index of the UTC date an ISO time stamp starts with; close enough to the store's own day
/// for when a customer first bought.
int dayOf(const Calendar& calendar, const QString& timestamp)
{
    const QDate date = QDate::fromString(timestamp.left(10), Qt::ISODate);
    return date.isValid() ? calendar.dayIndex(date.year(), date.month(), date.day()) : 0;
}

int cityIndex(const std::string& name, const std::string& province)
{
    const auto cities = words::cities();
    for (size_t i = 0; i < cities.size(); ++i) {
        if (name == cities[i].name && province == cities[i].provinceCode)
            return static_cast<int>(i);
    }
    return words::brooklyn();
}

Result<void> linkCatalog(Database& db, const World& world, StoreLinks& links)
{
    std::unordered_map<std::string_view, int> byHandle;
    std::unordered_map<std::string_view, std::pair<int, int>> bySku;
    for (size_t p = 0; p < world.products.size(); ++p) {
        const Product& product = world.products[p];
        byHandle.emplace(product.handle, static_cast<int>(p));
        for (size_t v = 0; v < product.variants.size(); ++v)
            bySku.emplace(product.variants[v].sku, std::pair { static_cast<int>(p), static_cast<int>(v) });
    }
    auto products = db.prepare("SELECT id, coalesce(handle, '') FROM products WHERE platform = 'shopify'");
    if (!products)
        return std::unexpected(products.error());
    auto read = products->forEachRow([&](Statement& row) {
        if (const auto found = byHandle.find(row.utf8(1)); found != byHandle.end())
            links.productOf.emplace(row.int64(0), found->second);
    });
    if (!read)
        return read;
    auto variants = db.prepare("SELECT id, coalesce(sku, '') FROM variants");
    if (!variants)
        return std::unexpected(variants.error());
    return variants->forEachRow([&](Statement& row) {
        if (const auto found = bySku.find(row.utf8(1)); found != bySku.end())
            links.variantOf.emplace(row.int64(0), found->second);
    });
}

/// A customer's orders so far, the way the customers export counts them.
struct Purchases {
    int orders = 0;
    qint64 spent = 0;
    std::string firstOrderAt;
};

/// One pass over the orders (a grouped query would visit them in customer order, at random).
Result<std::unordered_map<std::int64_t, Purchases>> readPurchases(Database& db)
{
    auto select = db.prepare("SELECT customer_id, financial_status = 'voided', coalesce(total_minor, 0) - "
                             "coalesce(refunded_minor, 0), created_at FROM orders WHERE customer_id IS NOT NULL");
    if (!select)
        return std::unexpected(select.error());
    std::unordered_map<std::int64_t, Purchases> purchases;
    auto read = select->forEachRow([&](Statement& row) {
        Purchases& customer = purchases[row.int64(0)];
        ++customer.orders;
        if (row.int64(1) == 0)
            customer.spent += row.int64(2);
        if (customer.firstOrderAt.empty() || row.utf8(3) < customer.firstOrderAt)
            customer.firstOrderAt = row.utf8(3);
    });
    if (!read)
        return std::unexpected(read.error());
    return purchases;
}

/// Customers by e-mail, with their orders and spending so far; those the generated history does not
/// hold joined in an earlier period and are rebuilt from their rows, with the traits their e-mail gives.
Result<void> linkCustomers(Database& db, World& world, int firstDay, StoreLinks& links)
{
    auto purchases = readPurchases(db);
    if (!purchases)
        return std::unexpected(purchases.error());
    std::unordered_map<std::string, int> byEmail;
    for (size_t c = 0; c < world.customers.size(); ++c) {
        Customer& customer = world.customers[c];
        customer.orders = 0;
        customer.spent = 0;
        if (!customer.email.empty())
            byEmail.emplace(customer.email, static_cast<int>(c));
    }
    auto select = db.prepare(
        "SELECT id, lower(coalesce(email, '')), coalesce(first_name, ''), coalesce(last_name, ''), coalesce(phone, "
        "''), coalesce(company, ''), coalesce(city, ''), coalesce(province_code, ''), coalesce(zip, ''), "
        "coalesce(accepts_email_marketing, 0), coalesce(accepts_sms_marketing, 0), coalesce(tags, ''), "
        "coalesce(source_id, '') FROM customers ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        std::string email = utf8(row, 1);
        if (email.empty())
            return;
        const auto bought = purchases->find(row.int64(0));
        const Purchases none;
        const Purchases& so = bought == purchases->end() ? none : bought->second;
        if (const auto found = byEmail.find(email); found != byEmail.end()) {
            links.customerOf.emplace(row.int64(0), found->second);
            world.customers[static_cast<size_t>(found->second)].orders = so.orders;
            world.customers[static_cast<size_t>(found->second)].spent = so.spent;
            return;
        }
        Customer customer;
        customer.email = std::move(email);
        customer.firstName = utf8(row, 2);
        customer.lastName = utf8(row, 3);
        customer.phone = utf8(row, 4);
        customer.company = utf8(row, 5);
        customer.city = cityIndex(utf8(row, 6), utf8(row, 7));
        customer.zip = utf8(row, 8);
        customer.acceptsEmail = row.int64(9) != 0;
        customer.acceptsSms = row.int64(10) != 0;
        customer.storeShopper = row.text(11).contains(QStringLiteral("brooklyn-store"));
        customer.id = row.text(12).remove(u'\'').toLongLong();
        customer.joinDay
            = so.firstOrderAt.empty() ? firstDay : dayOf(world.calendar, QString::fromStdString(so.firstOrderAt));
        customer.orders = so.orders;
        customer.spent = so.spent;
        drawStableTraits(customer, world.options.seed);
        links.customerOf.emplace(row.int64(0), static_cast<int>(world.customers.size()));
        world.customers.push_back(std::move(customer));
        ++links.restoredCustomers;
    });
}

/// Each variant's latest reading per location. Variants never read keep the generator's plan empty.
Result<void> readStock(Database& db, World& world, const StoreLinks& links)
{
    for (Product& product : world.products) {
        for (Variant& variant : product.variants) {
            variant.onHandMain = variant.onHandStore = variant.incoming = variant.unavailable = variant.committed = 0;
            variant.stockedInStore = false;
        }
    }
    // SQLite takes the bare columns from the row holding max(read_on).
    auto select = db.prepare("SELECT l.variant_id, loc.name = 'Brooklyn store', max(l.read_on), l.stocked, "
                             "coalesce(l.on_hand, 0), coalesce(l.committed, 0), coalesce(l.incoming, 0), "
                             "coalesce(l.unavailable, 0) FROM inventory_levels l JOIN locations loc ON loc.id = "
                             "l.location_id GROUP BY l.variant_id, l.location_id");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        const auto found = links.variantOf.find(row.int64(0));
        if (found == links.variantOf.end())
            return;
        Variant& variant = world.products[static_cast<size_t>(found->second.first)]
                               .variants[static_cast<size_t>(found->second.second)];
        if (row.int64(1) != 0) {
            variant.stockedInStore = row.int64(3) != 0;
            variant.onHandStore = std::max<int>(0, static_cast<int>(row.int64(4)));
            return;
        }
        variant.onHandMain = static_cast<int>(row.int64(4));
        variant.committed = static_cast<int>(row.int64(5));
        variant.incoming = static_cast<int>(row.int64(6));
        variant.unavailable = static_cast<int>(row.int64(7));
    });
}

/// A search report re-exported for the week the period starts in covers the whole week: what was
/// reported for its first days is part of it.
Result<void> readReportedWeek(Database& db, World& world, int firstDay)
{
    const int monday = world.calendar.mondayOf(firstDay);
    world.period.reportedWeek.clear();
    if (monday == firstDay)
        return {};
    auto select = db.prepare("SELECT query, sum(searches), sum(coalesce(clicks, 0)) FROM search_terms WHERE "
                             "period_start = ?1 GROUP BY query");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, std::string_view(world.calendar.date(monday)));
    return select->forEachRow([&](Statement& row) {
        world.period.reportedWeek[utf8(row, 0)] = { static_cast<int>(row.int64(1)), static_cast<int>(row.int64(2)) };
    });
}

/// The store's day of a UTC time stamp ("2026-11-03T02:10:00Z" was the evening of November 2 in New York).
int localDay(const Calendar& calendar, const QString& timestamp)
{
    const QDateTime utc = QDateTime::fromString(timestamp, Qt::ISODate);
    if (!utc.isValid())
        return -1;
    const qint64 seconds = utc.toSecsSinceEpoch();
    const auto utcDay = static_cast<int>(seconds / 86400 - calendar.epochDay(0));
    const int offset = calendar.offsetSeconds(std::clamp(utcDay, 0, calendar.days() - 1), 12 * 3600);
    return static_cast<int>((seconds + offset) / 86400 - calendar.epochDay(0));
}

Financial financialFrom(std::string_view status)
{
    if (status == "refunded")
        return Financial::Refunded;
    if (status == "partially_refunded")
        return Financial::PartiallyRefunded;
    if (status == "voided")
        return Financial::Voided;
    return Financial::Paid;
}

/// Orders of earlier periods from the weeks before this one, which its tickets and reviews may be
/// about (the generated history's are in the world already). Appended to world.orders, in order.
Result<void> readRecentOrders(Database& db, World& world, int firstDay, const StoreLinks& links)
{
    const auto historyOrders = static_cast<qint64>(world.orders.size());
    auto select = db.prepare(
        "SELECT CAST(substr(o.source_key, 2) AS INTEGER), coalesce(o.source_id, ''), o.customer_id, o.created_at, "
        "o.fulfilled_at, coalesce(o.financial_status, ''), l.variant_id, l.quantity, coalesce(l.price_minor, 0) FROM "
        "orders o JOIN order_lines l ON l.order_id = o.id WHERE o.platform = 'shopify' AND o.source_key LIKE '#%' AND "
        "CAST(substr(o.source_key, 2) AS INTEGER) > ?1 AND o.created_at >= ?2 ORDER BY 1, l.line_no");
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(1000 + historyOrders, std::string_view(world.calendar.date(firstDay - kRecentOrderDays)));
    return select->forEachRow([&](Statement& row) {
        const int customer = links.customer(row.int64(2));
        const auto variant = links.variantOf.find(row.int64(6));
        if (customer < 0 || variant == links.variantOf.end())
            return;
        const auto number = static_cast<int>(row.int64(0));
        if (world.orders.empty() || world.orders.back().number != number) {
            Order order;
            order.number = number;
            order.id = row.text(1).toLongLong();
            order.customer = customer;
            order.day = localDay(world.calendar, row.text(3));
            order.fulfilledDay = row.isNull(4) ? -1 : localDay(world.calendar, row.text(4));
            order.financial = financialFrom(row.utf8(5));
            order.firstLine = static_cast<int>(world.lines.size());
            world.orders.push_back(order);
        }
        Order& order = world.orders.back();
        Line line;
        line.product = variant->second.first;
        line.variant = variant->second.second;
        line.quantity = static_cast<int>(row.int64(7));
        line.price = row.int64(8);
        // The export says an order was refunded, not which of its lines came back: its first one.
        line.returned = order.financial == Financial::Refunded
            || (order.financial == Financial::PartiallyRefunded && order.lineCount == 0);
        world.lines.push_back(line);
        ++order.lineCount;
    });
}

Result<void> readSerials(Database& db, StoreLinks& links)
{
    auto orders = db.scalar("SELECT coalesce(max(CAST(substr(source_key, 2) AS INTEGER)), 1000) FROM orders WHERE "
                            "platform = 'shopify' AND source_key LIKE '#%'");
    if (!orders)
        return std::unexpected(orders.error());
    auto tickets = db.scalar("SELECT coalesce(max(CAST(source_key AS INTEGER)), 0) FROM tickets");
    if (!tickets)
        return std::unexpected(tickets.error());
    auto reviews = db.scalar("SELECT count(*) FROM reviews");
    if (!reviews)
        return std::unexpected(reviews.error());
    links.lastOrderNumber = static_cast<int>(*orders);
    links.lastTicketId = std::max(static_cast<int>(*tickets), kFirstTicketId - 1);
    links.reviews = *reviews;
    return {};
}
} // namespace

Result<StoreLinks> readStore(Database& db, World& world, int firstDay)
{
    StoreLinks links;
    if (auto read = linkCatalog(db, world, links); !read)
        return std::unexpected(read.error());
    if (auto read = linkCustomers(db, world, firstDay, links); !read)
        return std::unexpected(read.error());
    if (auto read = readStock(db, world, links); !read)
        return std::unexpected(read.error());
    if (auto read = readRecentOrders(db, world, firstDay, links); !read)
        return std::unexpected(read.error());
    if (auto read = readReportedWeek(db, world, firstDay); !read)
        return std::unexpected(read.error());
    if (auto read = readSerials(db, links); !read)
        return std::unexpected(read.error());
    return links;
}

} // namespace flywheel::demo
