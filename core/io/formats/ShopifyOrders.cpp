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

    RowResult importRow(const Row& row, ImportContext& context) override
    {
        const std::string_view orderName = row[Name];
        if (orderName.empty())
            return rejectRow(row.reject(Name, tr("the order name is empty")));
        FLYWHEEL_READ_CELL(quantity, row.integer(LineQuantity));
        if (!quantity)
            return rejectRow(row.reject(LineQuantity, tr("the line item has no quantity")));
        const std::string_view lineName = row[LineName];
        if (lineName.empty())
            return rejectRow(row.reject(LineName, tr("the line item has no name")));

        const bool firstRowOfOrder = !row[FinancialStatus].empty() || !row[Total].empty() || !row[Currency].empty();
        WriteOutcome outcome = WriteOutcome::Unchanged;
        if (firstRowOfOrder) {
            auto order = writeOrder(row, context, orderName);
            if (!order)
                return std::unexpected(order.error());
            if (!*order)
                return rejectRow(order->error());
            outcome = **order;
        } else if (m_currentName != orderName) {
            // A continuation row whose order's first row is elsewhere: find the order stored already.
            FLYWHEEL_TRY(existing, m_orders->find(std::array{SqlValue{std::string_view("shopify")}, SqlValue{orderName}}));
            if (!existing)
                return rejectRow(row.reject(Name, tr("this line item's order has no first row with the order's "
                                                     "totals in this file or the store")));
            m_currentName = std::string(orderName);
            m_currentOrder = *existing;
            m_currentDecimals = 2;
        }

        FLYWHEEL_READ_CELL(price, row.money(LinePrice, m_currentDecimals));
        FLYWHEEL_READ_CELL(compareAt, row.money(LineCompareAt, m_currentDecimals));
        FLYWHEEL_READ_CELL(discount, row.money(LineDiscount, m_currentDecimals));
        FLYWHEEL_READ_CELL(requiresShipping, row.boolean(LineRequiresShipping));
        FLYWHEEL_READ_CELL(taxable, row.boolean(LineTaxable));
        const std::string_view sku = row.identifier(LineSku);
        if (values::isExcelMangledNumber(sku))
            context.warn(tr("Line %1: the SKU \"%2\" was turned into a number by a spreadsheet and cannot be matched; "
                            "export the orders again without opening them in Excel.")
                             .arg(row.line())
                             .arg(QString::fromUtf8(sku.data(), qsizetype(sku.size()))));

        const std::int64_t lineNo = ++m_lineCount[m_currentOrder];
        const auto variant = sku.empty() ? m_variantBySku.end() : m_variantBySku.find(sku);
        const std::array keys{SqlValue{m_currentOrder}, SqlValue{lineNo}};
        const std::array vals{variant == m_variantBySku.end() ? SqlValue{} : SqlValue{variant->second},
                              text(sku), text(lineName), text(row[Vendor]), SqlValue{*quantity}, optional(price),
                              optional(compareAt), optional(discount), text(row[LineFulfillmentStatus]),
                              optional(requiresShipping), optional(taxable)};
        FLYWHEEL_TRY(line, m_lines->upsert(keys, vals));
        return accepted(strongest(outcome, line.outcome));
    }

private:
    /// The store's variants by SKU, so each line is linked to what it sold as it is written.
    Result<void> loadVariantSkus(Database& db)
    {
        auto stmt = db.prepare("SELECT sku, min(id) FROM variants WHERE sku IS NOT NULL AND sku <> '' GROUP BY sku");
        if (!stmt)
            return std::unexpected(stmt.error());
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                return {};
            m_variantBySku.emplace(std::string(stmt->utf8(0)), stmt->int64(1));
        }
    }

    /// Writes the order-level columns of an order's first row.
    RowResult writeOrder(const Row& row, ImportContext& context, std::string_view orderName)
    {
        const std::string_view currencyCell = row[Currency];
        const std::string currency = currencyCell.empty() ? context.currency.toStdString() : std::string(currencyCell);
        const int decimals = values::currencyDecimals(currency);
        auto readMoney = [&](int field) { return row.money(field, decimals); };
        FLYWHEEL_READ_CELL(createdAt, row.timestamp(CreatedAt));
        if (!createdAt)
            return rejectRow(row.reject(CreatedAt, tr("the order has no creation date")));
        FLYWHEEL_READ_CELL(paidAt, row.timestamp(PaidAt));
        FLYWHEEL_READ_CELL(fulfilledAt, row.timestamp(FulfilledAt));
        FLYWHEEL_READ_CELL(cancelledAt, row.timestamp(CancelledAt));
        FLYWHEEL_READ_CELL(subtotal, readMoney(Subtotal));
        FLYWHEEL_READ_CELL(shipping, readMoney(Shipping));
        FLYWHEEL_READ_CELL(taxes, readMoney(Taxes));
        FLYWHEEL_READ_CELL(total, readMoney(Total));
        FLYWHEEL_READ_CELL(discount, readMoney(DiscountAmount));
        FLYWHEEL_READ_CELL(refunded, readMoney(RefundedAmount));

        auto customer = m_customers->byEmail("shopify", row[Email], row[BillingName]);
        if (!customer)
            return std::unexpected(customer.error());
        const std::array keys{SqlValue{std::string_view("shopify")}, SqlValue{orderName}};
        const std::array vals{text(row.identifier(Id)), optional(*customer), text(row[Email]), optional(createdAt),
                              optional(paidAt), optional(fulfilledAt), optional(cancelledAt),
                              text(row[FinancialStatus]), text(row[FulfillmentStatus]),
                              SqlValue{std::string_view(currency)}, optional(subtotal), optional(shipping),
                              optional(taxes), optional(total), optional(discount), optional(refunded),
                              text(row[ShippingMethod]), text(row[Source]), text(row[Tags]),
                              text(row[ShippingCountry]), text(row[ShippingProvince]), text(row[ShippingCity])};
        auto order = m_orders->upsert(keys, vals);
        if (!order)
            return std::unexpected(order.error());
        m_currentName = std::string(orderName);
        m_currentOrder = order->id;
        m_currentDecimals = decimals;
        WriteOutcome outcome = order->outcome;

        // "Discount Code" may list several codes; the amount is the order's total discount.
        const std::string_view codes = row[DiscountCode];
        const bool singleCode = codes.find(',') == std::string_view::npos;
        size_t start = 0;
        while (start < codes.size()) {
            size_t comma = codes.find(',', start);
            if (comma == std::string_view::npos)
                comma = codes.size();
            const std::string_view code = values::trim(codes.substr(start, comma - start));
            start = comma + 1;
            if (code.empty())
                continue;
            const std::array discountKeys{SqlValue{order->id}, SqlValue{code}};
            const std::array discountValues{singleCode ? optional(discount) : SqlValue{}};
            auto written = m_discounts->upsert(discountKeys, discountValues);
            if (!written)
                return std::unexpected(written.error());
            outcome = strongest(outcome, written->outcome);
        }
        if (refunded && *refunded > 0) {
            const std::array refundKeys{SqlValue{order->id}};
            const std::array refundValues{SqlValue{*refunded}, SqlValue{std::string_view(currency)}};
            auto written = m_refunds->upsert(refundKeys, refundValues);
            if (!written)
                return std::unexpected(written.error());
            outcome = strongest(outcome, written->outcome);
        }
        return accepted(outcome);
    }

    std::optional<CustomerLink> m_customers;
    std::optional<TableWriter> m_orders;
    std::optional<TableWriter> m_lines;
    std::optional<TableWriter> m_discounts;
    std::optional<TableWriter> m_refunds;
    std::string m_currentName;
    std::int64_t m_currentOrder = 0;
    int m_currentDecimals = 2;
    std::unordered_map<std::int64_t, std::int64_t> m_lineCount; ///< lines so far per order id, in this file
    StringMap<std::int64_t> m_variantBySku;
};

} // namespace

std::unique_ptr<Importer> makeShopifyOrdersImporter()
{
    return std::make_unique<ShopifyOrdersImporter>();
}

} // namespace flywheel::formats
