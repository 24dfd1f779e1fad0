#include "customers/CustomerHistory.h"

#include "store/Database.h"
#include "store/StoreDays.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <tuple>

namespace flywheel::customers {

namespace {
/// A code counts as a welcome code when at least this many orders used it and nearly all of them
/// were the customer's first.
constexpr int kWelcomeCodeMinUses = 5;
constexpr double kWelcomeCodeFirstOrderShare = 0.8;

/// One order as the customer models read it. Each table is read once in storage order and joined
/// here: SQL joins and sorts over a large store's orders fetched the same pages again and again.
struct OrderRow {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    QDate day;
    std::int64_t valueMinor = 0;
    int currency = 0; ///< index into the currencies seen
    bool saleLine = false; ///< a line sold below its compare-at price
    QVarLengthArray<int, 4> categories; ///< indices into the product types seen
};

/// Orders sorted by id. Order lines come in storage order, which follows their orders, so the
/// next line's order is nearly always the last one found or the one after it.
class OrderRows {
public:
    std::vector<OrderRow> rows;

    OrderRow* find(std::int64_t id)
    {
        for (size_t at : { m_last, m_last + 1 }) {
            if (at < rows.size() && rows[at].id == id)
                return &rows[(m_last = at)];
        }
        const auto found = std::ranges::lower_bound(rows, id, {}, &OrderRow::id);
        if (found == rows.end() || found->id != id)
            return nullptr;
        m_last = size_t(found - rows.begin());
        return &*found;
    }

private:
    size_t m_last = 0;
};

/// The orders with a customer, cancelled ones and ones refunded in full left out, by order id.
Result<OrderRows> readOrders(Database& db, QStringList& currencies)
{
    // Merchandise value: the subtotal is after discounts and before shipping and tax; a refund is
    // taken off it.
    auto orders = db.prepare(
        "SELECT o.id, o.customer_id, o.created_at, "
        "coalesce(o.subtotal_minor, o.total_minor, 0) - coalesce(r.amount_minor, o.refunded_minor, 0), o.currency "
        "FROM orders o LEFT JOIN refunds r ON r.order_id = o.id "
        "WHERE o.cancelled_at IS NULL AND o.customer_id IS NOT NULL "
        "AND NOT (coalesce(o.total_minor, 0) > 0 AND coalesce(r.amount_minor, o.refunded_minor, 0) >= o.total_minor) "
        "ORDER BY o.id");
    if (!orders)
        return std::unexpected(orders.error());
    OrderRows rows;
    if (auto count = db.scalar("SELECT count(*) FROM orders"); count)
        rows.rows.reserve(size_t(*count));
    StoreDays days = StoreDays::of(db);
    std::string lastCurrency; // a store sells in one currency or few: a new text only when it changes
    int lastIndex = -1;
    auto read = orders->forEachRow([&](Statement& row) {
        const QDate day = days.dayOf(row.utf8(2));
        if (!day.isValid())
            return;
        if (lastIndex < 0 || row.utf8(4) != lastCurrency) {
            lastCurrency = row.utf8(4);
            const QString currency = row.text(4);
            lastIndex = int(currencies.indexOf(currency));
            if (lastIndex < 0) {
                lastIndex = int(currencies.size());
                currencies << currency;
            }
        }
        OrderRow& order = rows.rows.emplace_back();
        order.id = row.int64(0);
        order.customerId = row.int64(1);
        order.day = day;
        order.valueMinor = std::max<std::int64_t>(0, row.int64(3));
        order.currency = lastIndex;
    });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

/// Adds each order's product types (as indices into `categories`, sorted) and sale lines.
Result<void> readLines(Database& db, OrderRows& orders, QStringList& categories)
{
    auto types = db.prepare("SELECT DISTINCT product_type FROM products WHERE coalesce(product_type, '') <> '' "
                            "ORDER BY product_type");
    if (!types)
        return std::unexpected(types.error());
    auto readTypes = types->forEachRow([&](Statement& row) { categories << row.text(0); });
    if (!readTypes)
        return readTypes;
    QHash<std::int64_t, int> typeOfVariant;
    auto variants = db.prepare("SELECT v.id, p.product_type FROM variants v JOIN products p ON p.id = v.product_id "
                               "WHERE coalesce(p.product_type, '') <> ''");
    if (!variants)
        return std::unexpected(variants.error());
    auto readVariants = variants->forEachRow([&](Statement& row) {
        const QString type = row.text(1);
        const auto found = std::ranges::lower_bound(categories, type);
        if (found != categories.end() && *found == type)
            typeOfVariant.insert(row.int64(0), int(found - categories.begin()));
    });
    if (!readVariants)
        return readVariants;

    auto lines
        = db.prepare("SELECT order_id, variant_id, coalesce(compare_at_minor > price_minor, 0) FROM order_lines");
    if (!lines)
        return std::unexpected(lines.error());
    return lines->forEachRow([&](Statement& row) {
        OrderRow* order = orders.find(row.int64(0));
        if (!order)
            return;
        order->saleLine = order->saleLine || row.int64(2) != 0;
        const auto type = row.isNull(1) ? typeOfVariant.cend() : typeOfVariant.constFind(row.int64(1));
        if (type != typeOfVariant.cend() && !order->categories.contains(*type))
            order->categories.insert(std::ranges::lower_bound(order->categories, *type), *type);
    });
}

/// The codes used on each order (only orders with one are present).
Result<QHash<std::int64_t, QStringList>> readCodes(Database& db)
{
    auto codes = db.prepare("SELECT order_id, upper(code) FROM order_discounts");
    if (!codes)
        return std::unexpected(codes.error());
    QHash<std::int64_t, QStringList> byOrder;
    auto read = codes->forEachRow([&](Statement& row) { byOrder[row.int64(0)] << row.text(1); });
    if (!read)
        return std::unexpected(read.error());
    return byOrder;
}

/// Codes used almost only on customers' first orders; `orders` sorted by customer, then day.
QStringList welcomeCodes(const std::vector<const OrderRow*>& orders, const QHash<std::int64_t, QStringList>& codes)
{
    QHash<QString, std::pair<int, int>> uses; // code -> (orders, first orders)
    for (size_t i = 0; i < orders.size(); ++i) {
        const bool first = i == 0 || orders[i - 1]->customerId != orders[i]->customerId;
        for (const QString& code : codes.value(orders[i]->id)) {
            auto& [all, firsts] = uses[code];
            ++all;
            firsts += first ? 1 : 0;
        }
    }
    QStringList welcome;
    for (auto code = uses.cbegin(); code != uses.cend(); ++code)
        if (code->first >= kWelcomeCodeMinUses && double(code->second) >= kWelcomeCodeFirstOrderShare * code->first)
            welcome << code.key();
    welcome.sort();
    return welcome;
}

Result<void> readContacts(Database& db, std::vector<CustomerHistory>& customers)
{
    auto contacts = db.prepare("SELECT id, coalesce(email, ''), coalesce(first_name, ''), coalesce(last_name, ''), "
                               "coalesce(country_code, ''), accepts_email_marketing FROM customers");
    if (!contacts)
        return std::unexpected(contacts.error());
    return contacts->forEachRow([&](Statement& row) {
        const auto customer = std::ranges::lower_bound(customers, row.int64(0), {}, &CustomerHistory::customerId);
        if (customer == customers.end() || customer->customerId != row.int64(0))
            return;
        customer->email = row.text(1);
        customer->firstName = row.text(2);
        customer->lastName = row.text(3);
        customer->countryCode = row.text(4);
        if (!row.isNull(5))
            customer->acceptsEmail = row.int64(5) != 0;
    });
}
} // namespace

int CustomerHistory::ordersIn(int category) const
{
    const auto found = std::ranges::lower_bound(categoryOrders, category, {}, &std::pair<int, int>::first);
    return found != categoryOrders.end() && found->first == category ? found->second : 0;
}

int CustomerHistories::categoryIndex(const QString& category) const
{
    const auto found = std::ranges::lower_bound(categories, category);
    return found != categories.end() && *found == category ? int(found - categories.begin()) : -1;
}

Result<CustomerHistories> readCustomerHistories(Database& db)
{
    CustomerHistories histories;
    QStringList currencies;
    auto orders = readOrders(db, currencies);
    if (!orders)
        return std::unexpected(orders.error());
    if (auto ok = readLines(db, *orders, histories.categories); !ok)
        return std::unexpected(ok.error());
    auto codes = readCodes(db);
    if (!codes)
        return std::unexpected(codes.error());
    std::vector<const OrderRow*> sorted;
    sorted.reserve(orders->rows.size());
    for (const OrderRow& order : orders->rows)
        sorted.push_back(&order);
    // Orders on the same day in the order they were placed: which one was a customer's first decides
    // what counts as a welcome code, and must not change from run to run.
    std::ranges::sort(sorted, [](const OrderRow* a, const OrderRow* b) {
        return std::tie(a->customerId, a->day, a->id) < std::tie(b->customerId, b->day, b->id);
    });
    histories.welcomeCodes = welcomeCodes(sorted, *codes);

    histories.categoryOrders.assign(size_t(histories.categories.size()), 0);
    std::vector<int> currencyOrders(size_t(currencies.size()), 0);
    for (const OrderRow* order : sorted) {
        bool withCode = false;
        for (const QString& code : codes->value(order->id))
            withCode = withCode || !histories.welcomeCodes.contains(code);
        const bool discounted = withCode || order->saleLine;
        if (histories.customers.empty() || histories.customers.back().customerId != order->customerId) {
            histories.customers.emplace_back();
            histories.customers.back().customerId = order->customerId;
        }
        CustomerHistory& customer = histories.customers.back();
        if (customer.days.empty() || customer.days.back().day != order->day)
            customer.days.push_back({ order->day, 0, false });
        customer.days.back().valueMinor += order->valueMinor;
        customer.days.back().discounted = customer.days.back().discounted || discounted;
        ++customer.orders;
        customer.discountedOrders += discounted ? 1 : 0;
        for (const int category : order->categories) {
            auto at = std::ranges::lower_bound(customer.categoryOrders, category, {}, &std::pair<int, int>::first);
            if (at == customer.categoryOrders.end() || at->first != category)
                at = customer.categoryOrders.insert(at, { category, 0 });
            ++at->second;
            ++histories.categoryOrders[size_t(category)];
        }
        ++histories.orders;
        histories.discountedOrders += discounted ? 1 : 0;
        ++currencyOrders[size_t(order->currency)];
        histories.lastDay = std::max(histories.lastDay, order->day);
    }
    if (!currencies.isEmpty())
        histories.currency = currencies[std::ranges::max_element(currencyOrders) - currencyOrders.begin()];
    if (auto ok = readContacts(db, histories.customers); !ok)
        return std::unexpected(ok.error());
    return histories;
}

} // namespace flywheel::customers
