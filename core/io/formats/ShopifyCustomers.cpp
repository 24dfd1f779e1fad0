#include "io/formats/Formats.h"

#include "io/formats/CustomerLink.h"
#include "io/formats/FormatBase.h"

#include <array>

namespace flywheel::formats {

namespace {

enum Field {
    CustomerId, FirstName, LastName, Email, AcceptsEmail, Company, City, Province, Country, Zip, Phone, AddressPhone,
    AcceptsSms, TotalSpent, TotalOrders, Note, Tags,
};

// Current (2023+) export names first, then the older ones.
const std::vector<FieldSpec> kFields = {
    {CustomerId, {"customer id"}},
    {FirstName, {"first name"}, true},
    {LastName, {"last name"}},
    {Email, {"email"}, true},
    {AcceptsEmail, {"accepts email marketing", "accepts marketing"}, true},
    {Company, {"default address company", "company"}},
    {City, {"default address city", "city"}},
    {Province, {"default address province code", "province code"}},
    {Country, {"default address country code", "country code"}},
    {Zip, {"default address zip", "zip"}},
    {Phone, {"phone"}},
    {AddressPhone, {"default address phone"}},
    {AcceptsSms, {"accepts sms marketing"}},
    {TotalSpent, {"total spent"}},
    {TotalOrders, {"total orders"}},
    {Note, {"note"}},
    {Tags, {"tags"}},
};

class ShopifyCustomersImporter final : public FormatBase {
    Q_DECLARE_TR_FUNCTIONS(ShopifyCustomersImporter)
public:
    std::string_view name() const override { return "shopify-customers"; }
    std::string_view platform() const override { return "shopify"; }
    QString title() const override { return tr("Shopify customers export"); }
    const std::vector<FieldSpec>& fields() const override { return kFields; }

    Result<void> begin(ImportContext& context) override
    {
        m_currency = context.currency.toStdString();
        m_customers.emplace(context.db, context.batchId, "customers", std::vector<std::string>{"customer_key"},
                            std::vector<std::string>{"platform", "source_id", "email", "first_name", "last_name",
                                                     "phone", "company", "city", "province_code", "country_code", "zip",
                                                     "accepts_email_marketing", "accepts_sms_marketing", "tags", "note",
                                                     "total_spent_minor", "total_orders", "currency"},
                            presence({kDerived, CustomerId, Email, FirstName, LastName, kDerived, Company, City,
                                      Province, Country, Zip, AcceptsEmail, AcceptsSms, Tags, Note, TotalSpent,
                                      TotalOrders, kDerived}));
        return {};
    }

    RowResult importRow(const Row& row, ParsedRow*, ImportContext&) override
    {
        const std::string_view id = row.identifier(CustomerId);
        const std::string_view email = row[Email];
        std::string key;
        if (!email.empty())
            key = customerKeyForEmail(email);
        else if (!id.empty())
            key = "shopify-id:" + std::string(id);
        else
            return rejectRow(row.reject(Email, tr("the customer has neither an e-mail address nor a customer ID")));
        FLYWHEEL_READ_CELL(acceptsEmail, row.boolean(AcceptsEmail));
        FLYWHEEL_READ_CELL(acceptsSms, row.boolean(AcceptsSms));
        FLYWHEEL_READ_CELL(spent, row.money(TotalSpent, values::currencyDecimals(m_currency)));
        FLYWHEEL_READ_CELL(orders, row.integer(TotalOrders));
        const std::string_view phone = row.identifier(Phone).empty() ? row.identifier(AddressPhone) : row.identifier(Phone);
        const std::array keys{SqlValue{std::string_view(key)}};
        const std::array vals{SqlValue{std::string_view("shopify")},
                              text(id),
                              text(email),
                              text(row[FirstName]),
                              text(row[LastName]),
                              text(phone),
                              text(row[Company]),
                              text(row[City]),
                              text(row[Province]),
                              text(row[Country]),
                              text(row.identifier(Zip)),
                              optional(acceptsEmail),
                              optional(acceptsSms),
                              text(row[Tags]),
                              text(row[Note]),
                              optional(spent),
                              optional(orders),
                              SqlValue{std::string_view(m_currency)}};
        FLYWHEEL_TRY(customer, m_customers->upsert(keys, vals));
        return accepted(customer.outcome);
    }

private:
    std::optional<TableWriter> m_customers;
    std::string m_currency;
};

} // namespace

std::unique_ptr<Importer> makeShopifyCustomersImporter()
{
    return std::make_unique<ShopifyCustomersImporter>();
}

} // namespace flywheel::formats
