#include "io/formats/Formats.h"

#include "io/formats/CustomerLink.h"
#include "io/formats/FormatBase.h"

#include <array>
#include <unordered_map>

namespace flywheel::formats {

namespace {

enum Field {
    Name, Email, FinancialStatus, PaidAt, FulfillmentStatus, FulfilledAt, Currency, Subtotal, Shipping, Taxes, Total,
    DiscountCode, DiscountAmount, ShippingMethod, CreatedAt, LineQuantity, LineName, LinePrice, LineCompareAt, LineSku,
    LineRequiresShipping, LineTaxable, LineFulfillmentStatus, BillingName, ShippingCity, ShippingProvince,
    ShippingCountry, CancelledAt, RefundedAmount, Vendor, Id, Tags, Source, LineDiscount,
};

const std::vector<FieldSpec> kFields = {
    {Name, {"name"}, true},
    {Email, {"email"}},
    {FinancialStatus, {"financial status"}},
    {PaidAt, {"paid at"}},
    {FulfillmentStatus, {"fulfillment status"}},
    {FulfilledAt, {"fulfilled at"}},
    {Currency, {"currency"}},
    {Subtotal, {"subtotal"}},
    {Shipping, {"shipping"}},
    {Taxes, {"taxes"}},
    {Total, {"total"}},
    {DiscountCode, {"discount code"}},
    {DiscountAmount, {"discount amount"}},
    {ShippingMethod, {"shipping method"}},
    {CreatedAt, {"created at"}, true},
    {LineQuantity, {"lineitem quantity"}, true},
    {LineName, {"lineitem name"}, true},
    {LinePrice, {"lineitem price"}},
    {LineCompareAt, {"lineitem compare at price", "lineitem compare-at price"}},
    {LineSku, {"lineitem sku"}},
    {LineRequiresShipping, {"lineitem requires shipping"}},
    {LineTaxable, {"lineitem taxable"}},
    {LineFulfillmentStatus, {"lineitem fulfillment status"}},
    {BillingName, {"billing name"}},
    {ShippingCity, {"shipping city"}},
    {ShippingProvince, {"shipping province"}},
    {ShippingCountry, {"shipping country"}},
    {CancelledAt, {"cancelled at", "canceled at"}},
    {RefundedAmount, {"refunded amount"}},
    {Vendor, {"vendor"}},
    {Id, {"id"}},
    {Tags, {"tags"}},
    {Source, {"source"}},
    {LineDiscount, {"lineitem discount"}},
};

/// Shopify's orders export: one row per line item; order-level columns only on an order's first row.
class ShopifyOrdersImporter final : public FormatBase {
    Q_DECLARE_TR_FUNCTIONS(ShopifyOrdersImporter)
public:
    std::string_view name() const override { return "shopify-orders"; }
    std::string_view platform() const override { return "shopify"; }
    QString title() const override { return tr("Shopify orders export"); }
    const std::vector<FieldSpec>& fields() const override { return kFields; }

    Result<void> begin(ImportContext& context) override
    {
        const std::int64_t batch = context.batchId;
        m_storeCurrency = context.currency.toStdString();
        m_customers.emplace(context.db, batch);
        m_orders.emplace(context.db, batch, "orders", std::vector<std::string>{"platform", "source_key"},
                         std::vector<std::string>{"source_id", "customer_id", "email", "created_at", "paid_at",
                                                  "fulfilled_at", "cancelled_at", "financial_status",
                                                  "fulfillment_status", "currency", "subtotal_minor", "shipping_minor",
                                                  "taxes_minor", "total_minor", "discount_minor", "refunded_minor",
                                                  "shipping_method", "sales_channel", "tags", "shipping_country",
                                                  "shipping_province", "shipping_city"},
                         presence({Id, kDerived, Email, CreatedAt, PaidAt, FulfilledAt, CancelledAt, FinancialStatus,
                                   FulfillmentStatus, kDerived, Subtotal, Shipping, Taxes, Total, DiscountAmount,
                                   RefundedAmount, ShippingMethod, Source, Tags, ShippingCountry, ShippingProvince,
                                   ShippingCity}));
        m_lines.emplace(context.db, batch, "order_lines", std::vector<std::string>{"order_id", "line_no"},
                        std::vector<std::string>{"variant_id", "sku", "name", "vendor", "quantity", "price_minor", "compare_at_minor",
                                                 "discount_minor", "fulfillment_status", "requires_shipping", "taxable"},
                        presence({kDerived, LineSku, LineName, Vendor, LineQuantity, LinePrice, LineCompareAt, LineDiscount,
                                  LineFulfillmentStatus, LineRequiresShipping, LineTaxable}));
        m_discounts.emplace(context.db, batch, "order_discounts", std::vector<std::string>{"order_id", "code"},
                            std::vector<std::string>{"amount_minor"});
        m_refunds.emplace(context.db, batch, "refunds", std::vector<std::string>{"order_id"},
                          std::vector<std::string>{"amount_minor", "currency"});
        return loadVariantSkus(context.db);
    }

    /// Reads every value of the row; runs on the reading thread, so it keeps its own note of the
    /// order being read (its currency decides how many decimals the line amounts have).
    std::unique_ptr<ParsedRow> parse(const Row& row) override
    {
        auto parsed = std::make_unique<ParsedLine>();
        if (auto reject = read(row, *parsed))
            parsed->reject = std::move(reject);
        return parsed;
    }

    RowResult importRow(const Row& row, ParsedRow* parsedRow, ImportContext& context) override
    {
        std::unique_ptr<ParsedRow> own;
        if (!parsedRow) {
            own = parse(row);
            parsedRow = own.get();
        }
        const auto& parsed = static_cast<const ParsedLine&>(*parsedRow);
        if (parsed.reject)
            return rejectRow(*parsed.reject);
        const std::string_view orderName = row[Name];
        WriteOutcome outcome = WriteOutcome::Unchanged;
        if (parsed.order) {
            FLYWHEEL_TRY(order, writeOrder(row, *parsed.order, orderName));
            outcome = order;
        } else if (m_currentName != orderName) {
            // A continuation row whose order's first row is elsewhere: find the order stored already.
            FLYWHEEL_TRY(existing, m_orders->find(std::array{SqlValue{std::string_view("shopify")}, SqlValue{orderName}}));
            if (!existing)
                return rejectRow(row.reject(Name, tr("this line item's order has no first row with the order's "
                                                     "totals in this file or the store")));
            m_currentName = std::string(orderName);
            m_currentOrder = *existing;
        }

        const std::string_view sku = row.identifier(LineSku);
        if (values::isExcelMangledNumber(sku))
            context.warn(tr("Line %1: the SKU \"%2\" was turned into a number by a spreadsheet and cannot be matched; "
                            "export the orders again without opening them in Excel.")
                             .arg(row.line())
                             .arg(QString::fromUtf8(sku.data(), qsizetype(sku.size()))));

        const std::int64_t lineNo = ++m_lineCount[m_currentOrder];
        const auto variant = sku.empty() || m_variantBySku.empty() ? m_variantBySku.end() : m_variantBySku.find(sku);
        const std::array keys{SqlValue{m_currentOrder}, SqlValue{lineNo}};
        const std::array vals{variant == m_variantBySku.end() ? SqlValue{} : SqlValue{variant->second},
                              text(sku),
                              text(row[LineName]),
                              text(row[Vendor]),
                              SqlValue{parsed.quantity},
                              optional(parsed.price),
                              optional(parsed.compareAt),
                              optional(parsed.discount),
                              text(row[LineFulfillmentStatus]),
                              optional(parsed.requiresShipping),
                              optional(parsed.taxable)};
        FLYWHEEL_TRY(line, m_lines->upsert(keys, vals));
        return accepted(strongest(outcome, line.outcome));
    }

private:
    /// The order-level values of an order's first row.
    struct OrderValues {
        std::string currency;
        std::optional<std::string> createdAt, paidAt, fulfilledAt, cancelledAt;
        std::optional<std::int64_t> subtotal, shipping, taxes, total, discount, refunded;
    };
    struct ParsedLine final : ParsedRow {
        std::optional<RowReject> reject;
        std::optional<OrderValues> order; ///< set on an order's first row
        std::int64_t quantity = 0;
        std::optional<std::int64_t> price, compareAt, discount;
        std::optional<bool> requiresShipping, taxable;
    };

    /// Fills `parsed` from the row, or says why the row cannot be imported.
    std::optional<RowReject> read(const Row& row, ParsedLine& parsed)
    {
        const std::string_view orderName = row[Name];
        if (orderName.empty())
            return row.reject(Name, tr("the order name is empty"));
        const std::string_view lineName = row[LineName];
        if (lineName.empty())
            return row.reject(LineName, tr("the line item has no name"));
        auto quantity = row.integer(LineQuantity);
        if (!quantity)
            return quantity.error();
        if (!*quantity)
            return row.reject(LineQuantity, tr("the line item has no quantity"));
        parsed.quantity = **quantity;

        const bool firstRowOfOrder = !row[FinancialStatus].empty() || !row[Total].empty() || !row[Currency].empty();
        if (firstRowOfOrder) {
            OrderValues order;
            const std::string_view currency = row[Currency];
            order.currency = currency.empty() ? m_storeCurrency : std::string(currency);
            m_readingDecimals = values::currencyDecimals(order.currency);
            m_readingOrder = std::string(orderName);
            if (auto reject = readOrder(row, order))
                return reject;
            parsed.order = std::move(order);
        } else if (m_readingOrder != orderName) {
            m_readingOrder = std::string(orderName);
            m_readingDecimals = 2;
        }
        for (auto [field, target] : {std::pair{LinePrice, &parsed.price}, std::pair{LineCompareAt, &parsed.compareAt},
                                     std::pair{LineDiscount, &parsed.discount}}) {
            auto amount = row.money(field, m_readingDecimals);
            if (!amount)
                return amount.error();
            *target = *amount;
        }
        auto requiresShipping = row.boolean(LineRequiresShipping);
        if (!requiresShipping)
            return requiresShipping.error();
        parsed.requiresShipping = *requiresShipping;
        auto taxable = row.boolean(LineTaxable);
        if (!taxable)
            return taxable.error();
        parsed.taxable = *taxable;
        return std::nullopt;
    }

    std::optional<RowReject> readOrder(const Row& row, OrderValues& order) const
    {
        for (auto [field, target] : {std::pair{CreatedAt, &order.createdAt}, std::pair{PaidAt, &order.paidAt},
                                     std::pair{FulfilledAt, &order.fulfilledAt},
                                     std::pair{CancelledAt, &order.cancelledAt}}) {
            auto time = row.timestamp(field);
            if (!time)
                return time.error();
            *target = std::move(*time);
        }
        if (!order.createdAt)
            return row.reject(CreatedAt, tr("the order has no creation date"));
        for (auto [field, target] : {std::pair{Subtotal, &order.subtotal}, std::pair{Shipping, &order.shipping},
                                     std::pair{Taxes, &order.taxes}, std::pair{Total, &order.total},
                                     std::pair{DiscountAmount, &order.discount},
                                     std::pair{RefundedAmount, &order.refunded}}) {
            auto amount = row.money(field, m_readingDecimals);
            if (!amount)
                return amount.error();
            *target = *amount;
        }
        return std::nullopt;
    }

    /// The store's variants by SKU, so each line is linked to what it sold as it is written.
    Result<void> loadVariantSkus(Database& db)
    {
        auto stmt = db.prepare("SELECT sku, min(id) FROM variants WHERE sku IS NOT NULL AND sku <> '' GROUP BY sku");
        if (!stmt)
            return std::unexpected(stmt.error());
        return stmt->forEachRow([this](const Statement& row) { m_variantBySku.emplace(std::string(row.utf8(0)), row.int64(1)); });
    }

    /// Writes the order of an order's first row, with its discount codes and refund.
    Result<WriteOutcome> writeOrder(const Row& row, const OrderValues& values, std::string_view orderName)
    {
        auto customer = m_customers->byEmail("shopify", row[Email], row[BillingName]);
        if (!customer)
            return std::unexpected(customer.error());
        const std::array keys{SqlValue{std::string_view("shopify")}, SqlValue{orderName}};
        const std::array vals{text(row.identifier(Id)), optional(*customer), text(row[Email]),
                              optional(values.createdAt), optional(values.paidAt), optional(values.fulfilledAt),
                              optional(values.cancelledAt), text(row[FinancialStatus]), text(row[FulfillmentStatus]),
                              SqlValue{std::string_view(values.currency)}, optional(values.subtotal),
                              optional(values.shipping), optional(values.taxes), optional(values.total),
                              optional(values.discount), optional(values.refunded), text(row[ShippingMethod]),
                              text(row[Source]), text(row[Tags]), text(row[ShippingCountry]),
                              text(row[ShippingProvince]), text(row[ShippingCity])};
        auto order = m_orders->upsert(keys, vals);
        if (!order)
            return std::unexpected(order.error());
        m_currentName = std::string(orderName);
        m_currentOrder = order->id;
        WriteOutcome outcome = order->outcome;

        // "Discount Code" may list several codes; the amount is the order's total discount.
        const std::vector<std::string_view> codes = splitList(row[DiscountCode]);
        for (std::string_view code : codes) {
            const std::array discountKeys{SqlValue{order->id}, SqlValue{code}};
            const std::array discountValues{codes.size() == 1 ? optional(values.discount) : SqlValue{}};
            auto written = m_discounts->upsert(discountKeys, discountValues);
            if (!written)
                return std::unexpected(written.error());
            outcome = strongest(outcome, written->outcome);
        }
        if (values.refunded && *values.refunded > 0) {
            const std::array refundKeys{SqlValue{order->id}};
            const std::array refundValues{SqlValue{*values.refunded}, SqlValue{std::string_view(values.currency)}};
            auto written = m_refunds->upsert(refundKeys, refundValues);
            if (!written)
                return std::unexpected(written.error());
            outcome = strongest(outcome, written->outcome);
        }
        return outcome;
    }

    std::optional<CustomerLink> m_customers;
    std::optional<TableWriter> m_orders;
    std::optional<TableWriter> m_lines;
    std::optional<TableWriter> m_discounts;
    std::optional<TableWriter> m_refunds;
    // Writing thread: the order the current lines belong to.
    std::string m_currentName;
    std::int64_t m_currentOrder = 0;
    // Reading thread: the order being read and its currency's decimals.
    std::string m_readingOrder;
    int m_readingDecimals = 2;
    std::string m_storeCurrency;
    std::unordered_map<std::int64_t, std::int64_t> m_lineCount; ///< lines so far per order id, in this file
    StringMap<std::int64_t> m_variantBySku;
};

} // namespace

std::unique_ptr<Importer> makeShopifyOrdersImporter()
{
    return std::make_unique<ShopifyOrdersImporter>();
}

} // namespace flywheel::formats
