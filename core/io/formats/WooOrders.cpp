#include "io/formats/Formats.h"

#include "io/formats/CustomerLink.h"
#include "io/formats/FormatBase.h"

#include <array>

namespace flywheel::formats {

namespace {

enum Field { Date, OrderNumber, Revenue, Status, Customer, CustomerType, Products, ItemsSold, Coupons, NetSales };

const std::vector<FieldSpec> kFields = {
    {Date, {"date"}, true},
    {OrderNumber, {"order #"}, true},
    {Revenue, {"n. revenue (formatted)", "n. revenue"}},
    {Status, {"status"}},
    {Customer, {"customer"}},
    {CustomerType, {"customer type"}},
    {Products, {"product(s)"}, true},
    {ItemsSold, {"items sold"}},
    {Coupons, {"coupon(s)"}},
    {NetSales, {"net sales"}},
};

constexpr std::string_view kPlatform = "woocommerce";

struct Item {
    std::int64_t quantity;
    std::string_view name;
};

/// "2× Hoodie, 1× Cap" -> {2, Hoodie}, {1, Cap}. Items without a count are one piece.
std::vector<Item> parseItems(std::string_view products)
{
    std::vector<Item> items;
    for (std::string_view item : splitList(products, ", ")) {
        std::int64_t quantity = 1;
        size_t digits = 0;
        while (digits < item.size() && item[digits] >= '0' && item[digits] <= '9')
            ++digits;
        const std::string_view rest = item.substr(digits);
        for (std::string_view times : {std::string_view("\xC3\x97"), std::string_view("x"), std::string_view("X")}) {
            if (digits > 0 && rest.starts_with(times)) {
                quantity = std::stoll(std::string(item.substr(0, digits)));
                item = values::trim(rest.substr(times.size()));
                break;
            }
        }
        items.push_back({quantity, item});
    }
    return items;
}

/// WooCommerce Analytics > Orders download: one row per order, its items in one "Product(s)" cell.
class WooOrdersImporter final : public FormatBase {
    Q_DECLARE_TR_FUNCTIONS(WooOrdersImporter)
public:
    std::string_view name() const override { return "woocommerce-orders"; }
    std::string_view platform() const override { return kPlatform; }
    QString title() const override { return tr("WooCommerce Analytics orders download"); }
    const std::vector<FieldSpec>& fields() const override { return kFields; }

    Result<void> begin(ImportContext& context) override
    {
        m_currency = context.currency.toStdString();
        m_customers.emplace(context.db, context.batchId);
        m_orders.emplace(context.db, context.batchId, "orders", std::vector<std::string>{"platform", "source_key"},
                         std::vector<std::string>{"customer_id", "created_at", "financial_status", "currency",
                                                  "subtotal_minor", "total_minor", "customer_type"},
                         presence({kDerived, Date, Status, kDerived, NetSales, Revenue, CustomerType}));
        m_lines.emplace(context.db, context.batchId, "order_lines", std::vector<std::string>{"order_id", "line_no"},
                        std::vector<std::string>{"name", "quantity"});
        m_discounts.emplace(context.db, context.batchId, "order_discounts", std::vector<std::string>{"order_id", "code"},
                            std::vector<std::string>{});
        return {};
    }

    RowResult importRow(const Row& row, ParsedRow*, ImportContext&) override
    {
        const std::string_view number = values::stripTextGuard(row[OrderNumber]);
        if (number.empty())
            return rejectRow(row.reject(OrderNumber, tr("the order has no number")));
        FLYWHEEL_READ_CELL(createdAt, row.timestamp(Date));
        if (!createdAt)
            return rejectRow(row.reject(Date, tr("the order has no date")));
        const int decimals = values::currencyDecimals(m_currency);
        FLYWHEEL_READ_CELL(revenue, row.money(Revenue, decimals));
        FLYWHEEL_READ_CELL(netSales, row.money(NetSales, decimals));
        const std::vector<Item> items = parseItems(row[Products]);
        if (items.empty())
            return rejectRow(row.reject(Products, tr("the order lists no products")));

        FLYWHEEL_TRY(customerId, m_customers->byName(kPlatform, row[Customer]));
        const std::array keys{SqlValue{kPlatform}, SqlValue{number}};
        const std::string status = lowered(row[Status]);
        const std::array vals{optional(customerId),  optional(createdAt), text(status),
                              SqlValue{std::string_view(m_currency)}, optional(netSales), optional(revenue),
                              text(row[CustomerType])};
        FLYWHEEL_TRY(order, m_orders->upsert(keys, vals));
        WriteOutcome outcome = order.outcome;
        std::int64_t lineNo = 0;
        for (const Item& item : items) {
            const std::array lineKeys{SqlValue{order.id}, SqlValue{++lineNo}};
            const std::array lineValues{SqlValue{item.name}, SqlValue{item.quantity}};
            FLYWHEEL_TRY(line, m_lines->upsert(lineKeys, lineValues));
            outcome = strongest(outcome, line.outcome);
        }
        for (std::string_view code : splitList(row[Coupons])) {
            FLYWHEEL_TRY(discount, m_discounts->upsert(std::array{SqlValue{order.id}, SqlValue{code}},
                                                        std::span<const SqlValue>{}));
            outcome = strongest(outcome, discount.outcome);
        }
        return accepted(outcome);
    }

private:
    std::optional<CustomerLink> m_customers;
    std::optional<TableWriter> m_orders;
    std::optional<TableWriter> m_lines;
    std::optional<TableWriter> m_discounts;
    std::string m_currency;
};

} // namespace

std::unique_ptr<Importer> makeWooOrdersImporter()
{
    return std::make_unique<WooOrdersImporter>();
}

} // namespace flywheel::formats
