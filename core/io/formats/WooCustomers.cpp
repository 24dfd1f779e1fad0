#include "io/formats/Formats.h"

#include "io/formats/CustomerLink.h"
#include "io/formats/FormatBase.h"

#include <array>

namespace flywheel::formats {

namespace {

enum Field { Name, Username, LastActive, SignUp, Email, Orders, TotalSpend, Country, City, Region, PostalCode, Phone };

const std::vector<FieldSpec> kFields = {
    {Name, {"name"}},
    {Username, {"username"}, true},
    {LastActive, {"last active"}},
    {SignUp, {"sign up"}, true},
    {Email, {"email"}, true},
    {Orders, {"orders"}},
    {TotalSpend, {"total spend"}},
    {Country, {"country / region", "country"}},
    {City, {"city"}},
    {Region, {"region"}},
    {PostalCode, {"postal code"}},
    {Phone, {"billing phone"}},
};

/// WooCommerce Analytics > Customers download.
class WooCustomersImporter final : public FormatBase {
    Q_DECLARE_TR_FUNCTIONS(WooCustomersImporter)
public:
    std::string_view name() const override { return "woocommerce-customers"; }
    std::string_view platform() const override { return "woocommerce"; }
    QString title() const override { return tr("WooCommerce Analytics customers download"); }
    const std::vector<FieldSpec>& fields() const override { return kFields; }

    Result<void> begin(ImportContext& context) override
    {
        m_currency = context.currency.toStdString();
        m_customers.emplace(context.db, context.batchId, "customers", std::vector<std::string>{"customer_key"},
                            std::vector<std::string>{"platform", "source_id", "email", "first_name", "last_name",
                                                     "phone", "city", "province_code", "country_code", "zip",
                                                     "total_spent_minor", "total_orders", "currency", "signed_up_at",
                                                     "last_active_at"},
                            presence({kDerived, Username, Email, Name, Name, Phone, City, Region, Country, PostalCode,
                                      TotalSpend, Orders, kDerived, SignUp, LastActive}));
        return {};
    }

    RowResult importRow(const Row& row, ParsedRow*, ImportContext&) override
    {
        const std::string_view email = row[Email];
        if (email.empty())
            return rejectRow(row.reject(Email, tr("the customer has no e-mail address")));
        FLYWHEEL_READ_CELL(orders, row.integer(Orders));
        FLYWHEEL_READ_CELL(spend, row.money(TotalSpend, values::currencyDecimals(m_currency)));
        FLYWHEEL_READ_CELL(signedUp, row.timestamp(SignUp));
        FLYWHEEL_READ_CELL(lastActive, row.timestamp(LastActive));
        const auto [first, last] = splitFullName(row[Name]);
        const std::string key = customerKeyForEmail(email);
        const std::array keys{SqlValue{std::string_view(key)}};
        const std::array vals{SqlValue{std::string_view("woocommerce")},
                              text(row[Username]),
                              SqlValue{email},
                              text(first),
                              text(last),
                              text(row.identifier(Phone)),
                              text(row[City]),
                              text(row[Region]),
                              text(row[Country]),
                              text(row.identifier(PostalCode)),
                              optional(spend),
                              optional(orders),
                              SqlValue{std::string_view(m_currency)},
                              optional(signedUp),
                              optional(lastActive)};
        FLYWHEEL_TRY(customer, m_customers->upsert(keys, vals));
        return accepted(customer.outcome);
    }

private:
    std::optional<TableWriter> m_customers;
    std::string m_currency;
};

} // namespace

std::unique_ptr<Importer> makeWooCustomersImporter()
{
    return std::make_unique<WooCustomersImporter>();
}

} // namespace flywheel::formats
