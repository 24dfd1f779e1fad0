#include "demo/Files.h"

#include "demo/Format.h"
#include "demo/WordLists.h"

#include <algorithm>

namespace flywheel::demo {

namespace {
using namespace std::string_view_literals;

// Shopify orders export, all 79 columns (FORMATS.md 1.2), copied exactly.
constexpr std::array kOrderHeader = {
    "Name"sv, "Email"sv, "Financial Status"sv, "Paid at"sv, "Fulfillment Status"sv, "Fulfilled at"sv,
    "Accepts Marketing"sv, "Currency"sv, "Subtotal"sv, "Shipping"sv, "Taxes"sv, "Total"sv, "Discount Code"sv,
    "Discount Amount"sv, "Shipping Method"sv, "Created at"sv, "Lineitem quantity"sv, "Lineitem name"sv,
    "Lineitem price"sv, "Lineitem compare at price"sv, "Lineitem sku"sv, "Lineitem requires shipping"sv,
    "Lineitem taxable"sv, "Lineitem fulfillment status"sv, "Billing Name"sv, "Billing Street"sv,
    "Billing Address1"sv, "Billing Address2"sv, "Billing Company"sv, "Billing City"sv, "Billing Zip"sv,
    "Billing Province"sv, "Billing Country"sv, "Billing Phone"sv, "Shipping Name"sv, "Shipping Street"sv,
    "Shipping Address1"sv, "Shipping Address2"sv, "Shipping Company"sv, "Shipping City"sv, "Shipping Zip"sv,
    "Shipping Province"sv, "Shipping Country"sv, "Shipping Phone"sv, "Notes"sv, "Note Attributes"sv,
    "Cancelled at"sv, "Payment Method"sv, "Payment Reference"sv, "Refunded Amount"sv, "Vendor"sv,
    "Outstanding Balance"sv, "Employee"sv, "Location"sv, "Device ID"sv, "Id"sv, "Tags"sv, "Risk Level"sv,
    "Source"sv, "Lineitem discount"sv, "Tax 1 Name"sv, "Tax 1 Value"sv, "Tax 2 Name"sv, "Tax 2 Value"sv,
    "Tax 3 Name"sv, "Tax 3 Value"sv, "Tax 4 Name"sv, "Tax 4 Value"sv, "Tax 5 Name"sv, "Tax 5 Value"sv,
    "Phone"sv, "Receipt Number"sv, "Duties"sv, "Billing Province Name"sv, "Shipping Province Name"sv,
    "Payment ID"sv, "Payment Terms Name"sv, "Next Payment Due At"sv, "Payment References"sv};

// Shopify customers export, current header (FORMATS.md 1.3).
constexpr std::array kCustomerHeader = {
    "Customer ID"sv, "First Name"sv, "Last Name"sv, "Email"sv, "Accepts Email Marketing"sv,
    "Default Address Company"sv, "Default Address Address1"sv, "Default Address Address2"sv,
    "Default Address City"sv, "Default Address Province Code"sv, "Default Address Country Code"sv,
    "Default Address Zip"sv, "Default Address Phone"sv, "Phone"sv, "Accepts SMS Marketing"sv, "Total Spent"sv,
    "Total Orders"sv, "Note"sv, "Tax Exempt"sv, "Tags"sv};

constexpr auto kCol = [](std::string_view name) consteval { return column(kOrderHeader, name); };

constexpr std::array kPaymentMethods = {"Shopify Payments"sv, "PayPal Express Checkout"sv, "Cash"sv};
constexpr std::array kUtmSources = {"newsletter"sv, "instagram"sv, "google"sv, "facebook"sv, "tiktok"sv};
constexpr std::array kUtmMediums = {"email"sv, "social"sv, "cpc"sv, "social"sv, "social"sv};
constexpr std::array kStaff = {"Maya Chen"sv, "Jonah Reyes"sv, "Priya Patel"sv};
constexpr std::array kNotes = {"Please gift wrap, it's a birthday present!"sv, "Leave at the side door please."sv,
                               "Can you ship this together with my other order?"sv,
                               "Buzzer is broken, please call when here."sv};

std::string_view financialName(Financial financial)
{
    switch (financial) {
    case Financial::Refunded:
        return "refunded";
    case Financial::PartiallyRefunded:
        return "partially_refunded";
    case Financial::Voided:
        return "voided";
    case Financial::Paid:
        break;
    }
    return "paid";
}

std::string_view shippingName(ShippingMethod method)
{
    switch (method) {
    case ShippingMethod::Standard:
        return "Standard Shipping";
    case ShippingMethod::Express:
        return "Express Shipping";
    case ShippingMethod::Free:
        return "Free Shipping";
    case ShippingMethod::None:
        break;
    }
    return {};
}

/// A gateway reference like Shopify's, derived from the order id so it costs no random draws.
void appendReference(std::string& out, qint64 id)
{
    static constexpr std::string_view kAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    auto state = static_cast<quint64>(id);
    for (int i = 0; i < 25; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        out += kAlphabet[(state >> 33) % kAlphabet.size()];
    }
}

/// "8.875" from 8875 thousandths of a percent.
void appendRate(std::string& out, int milliPercent)
{
    fmt::appendInt(out, milliPercent / 1000);
    int fraction = milliPercent % 1000;
    if (fraction == 0)
        return;
    out += '.';
    std::string digits;
    fmt::appendPadded(digits, fraction, 3);
    while (digits.back() == '0')
        digits.pop_back();
    out += digits;
}

void fillAddress(Row<kOrderHeader.size()>& row, const Customer& customer, bool shipping)
{
    const City& city = words::cities()[static_cast<size_t>(customer.city)];
    const size_t base = shipping ? kCol("Shipping Name") : kCol("Billing Name");
    // Billing and shipping blocks have the same column order: Name, Street, Address1, Address2,
    // Company, City, Zip, Province, Country, Phone.
    row[base] = customer.firstName + " " + customer.lastName;
    row[base + 1] = customer.address2.empty() ? customer.address1 : customer.address1 + ", " + customer.address2;
    row[base + 2] = customer.address1;
    row[base + 3] = customer.address2;
    row[base + 4] = customer.company;
    row[base + 5] = city.name;
    row[base + 6] = customer.zip;
    row[base + 7] = city.provinceCode;
    row[base + 8] = "US";
    row[base + 9] = customer.phone;
    row[shipping ? kCol("Shipping Province Name") : kCol("Billing Province Name")] = city.provinceName;
}
static_assert(column(kOrderHeader, "Shipping Phone") - column(kOrderHeader, "Shipping Name") == 9);
static_assert(column(kOrderHeader, "Billing Phone") - column(kOrderHeader, "Billing Name") == 9);
} // namespace

Result<void> writeOrders(const World& world, const QString& path, PhaseProgress& progress)
{
    auto writer = CsvWriter::open(path);
    if (!writer)
        return std::unexpected(writer.error());
    writeHeader(*writer, kOrderHeader);
    const Calendar& calendar = world.calendar;
    Row<kOrderHeader.size()> row;
    const size_t first = world.period.firstOrder;
    for (size_t o = first; o < world.orders.size(); ++o) {
        if ((o - first) % 20000 == 0)
            progress.report(static_cast<double>(o - first) / static_cast<double>(world.orders.size() - first));
        const Order& order = world.orders[o];
        const Customer& customer = world.customers[static_cast<size_t>(order.customer)];
        for (int l = 0; l < order.lineCount; ++l) {
            const Line& line = world.lines[static_cast<size_t>(order.firstLine + l)];
            const Product& product = world.products[static_cast<size_t>(line.product)];
            const Variant& variant = product.variants[static_cast<size_t>(line.variant)];
            row.clear();
            row[kCol("Name")] = "#";
            fmt::appendInt(row[kCol("Name")], order.number);
            row[kCol("Email")] = customer.email;
            calendar.appendShopifyTime(row[kCol("Created at")], order.day, order.second);
            fmt::appendInt(row[kCol("Lineitem quantity")], line.quantity);
            row[kCol("Lineitem name")] = variant.title == "Default Title" ? product.title : product.title + " - " + variant.title;
            fmt::appendCents(row[kCol("Lineitem price")], line.price);
            if (line.compareAt > 0)
                fmt::appendCents(row[kCol("Lineitem compare at price")], line.compareAt);
            row[kCol("Lineitem sku")] = variant.sku;
            row[kCol("Lineitem requires shipping")] = "true";
            row[kCol("Lineitem taxable")] = "true";
            row[kCol("Lineitem fulfillment status")] = order.fulfilledDay >= 0 ? "fulfilled" : "pending";
            row[kCol("Vendor")] = product.vendor;
            fmt::appendCents(row[kCol("Lineitem discount")], line.discount);
            row[kCol("Phone")] = customer.phone;
            if (l > 0) {
                row.write(*writer);
                continue;
            }
            row[kCol("Financial Status")] = financialName(order.financial);
            if (order.financial != Financial::Voided) {
                const int paid = std::min(order.second + 4 + static_cast<int>(order.id % 37), 86399);
                calendar.appendShopifyTime(row[kCol("Paid at")], order.day, paid);
            }
            row[kCol("Fulfillment Status")] = order.fulfilledDay >= 0 ? "fulfilled" : "unfulfilled";
            if (order.fulfilledDay >= 0)
                calendar.appendShopifyTime(row[kCol("Fulfilled at")], order.fulfilledDay, order.fulfilledSecond);
            row[kCol("Accepts Marketing")] = customer.acceptsEmail ? "yes" : "no";
            row[kCol("Currency")] = "USD";
            fmt::appendCents(row[kCol("Subtotal")], order.subtotal);
            fmt::appendCents(row[kCol("Shipping")], order.shipping);
            fmt::appendCents(row[kCol("Taxes")], order.tax);
            fmt::appendCents(row[kCol("Total")], order.total);
            if (order.campaign >= 0)
                row[kCol("Discount Code")] = world.campaigns[static_cast<size_t>(order.campaign)].code;
            fmt::appendCents(row[kCol("Discount Amount")], order.discount);
            row[kCol("Shipping Method")] = shippingName(order.shippingMethod);
            fillAddress(row, customer, false);
            if (!order.inStore)
                fillAddress(row, customer, true);
            if (order.id % 53 == 0)
                row[kCol("Notes")] = kNotes[static_cast<size_t>(order.id / 53 % kNotes.size())];
            if (order.utmSource >= 0) {
                const auto source = static_cast<size_t>(order.utmSource);
                std::string& attributes = row[kCol("Note Attributes")];
                attributes.append("utm_source: ").append(kUtmSources[source]);
                attributes.append("\nutm_medium: ").append(kUtmMediums[source]);
                if (order.campaign > 0)
                    attributes.append("\nutm_campaign: ").append(fmt::lower(world.campaigns[static_cast<size_t>(order.campaign)].code));
            }
            if (order.financial == Financial::Voided) {
                const int cancelled = std::min(order.second + 1800 + static_cast<int>(order.id % 7200), 86399);
                calendar.appendShopifyTime(row[kCol("Cancelled at")], order.day, calendar.unambiguousSecond(order.day, cancelled));
            }
            row[kCol("Payment Method")] = kPaymentMethods[order.payment];
            appendReference(row[kCol("Payment Reference")], order.id);
            fmt::appendCents(row[kCol("Refunded Amount")], order.refunded);
            row[kCol("Outstanding Balance")] = "0.00";
            if (order.inStore) {
                row[kCol("Employee")] = kStaff[static_cast<size_t>(order.id % kStaff.size())];
                row[kCol("Location")] = "Brooklyn store";
            }
            fmt::appendInt(row[kCol("Id")], order.id);
            row[kCol("Risk Level")] = order.id % 97 == 0 ? "Medium" : "Low";
            row[kCol("Source")] = order.inStore ? "pos" : "web";
            if (order.tax > 0) {
                std::string& name = row[kCol("Tax 1 Name")];
                name.append(words::cities()[static_cast<size_t>(order.inStore ? words::brooklyn() : customer.city)].provinceCode);
                name.append(" Sales Tax ");
                appendRate(name, order.taxMilliPercent);
                name += '%';
                fmt::appendCents(row[kCol("Tax 1 Value")], order.tax);
            }
            row[kCol("Payment ID")] = row[kCol("Payment Reference")];
            row[kCol("Payment References")] = row[kCol("Payment Reference")];
            row.write(*writer);
        }
    }
    progress.report(1.0);
    return writer->close();
}

Result<void> writeCustomers(const World& world, const QString& path)
{
    // VIPs: the top 2% by spend, as owners tag them.
    std::vector<qint64> spends;
    for (const Customer& customer : world.customers)
        spends.push_back(customer.spent);
    std::sort(spends.begin(), spends.end(), std::greater<>());
    const qint64 vipFrom = spends.empty() ? 0 : std::max<qint64>(1, spends[spends.size() / 50]);

    // A later period's export lists the customers it changed: those who joined or ordered in it.
    std::vector<bool> listed(world.customers.size(), false);
    std::fill(listed.begin() + static_cast<std::ptrdiff_t>(world.period.firstCustomer), listed.end(), true);
    for (size_t o = world.period.firstOrder; o < world.orders.size(); ++o)
        listed[static_cast<size_t>(world.orders[o].customer)] = true;

    auto writer = CsvWriter::open(path);
    if (!writer)
        return std::unexpected(writer.error());
    writeHeader(*writer, kCustomerHeader);
    const auto col = [](std::string_view name) consteval { return column(kCustomerHeader, name); };
    Row<kCustomerHeader.size()> row;
    for (size_t c = 0; c < world.customers.size(); ++c) {
        if (!listed[c])
            continue;
        const Customer& customer = world.customers[c];
        const City& city = words::cities()[static_cast<size_t>(customer.city)];
        row.clear();
        // Shopify guards IDs, phones and zips with a leading apostrophe so Excel keeps them as text.
        row[col("Customer ID")] = "'";
        fmt::appendInt(row[col("Customer ID")], customer.id);
        row[col("First Name")] = customer.firstName;
        row[col("Last Name")] = customer.lastName;
        row[col("Email")] = customer.email;
        row[col("Accepts Email Marketing")] = customer.acceptsEmail ? "yes" : "no";
        if (!customer.address1.empty()) {
            row[col("Default Address Company")] = customer.company;
            row[col("Default Address Address1")] = customer.address1;
            row[col("Default Address Address2")] = customer.address2;
            row[col("Default Address City")] = city.name;
            row[col("Default Address Province Code")] = city.provinceCode;
            row[col("Default Address Country Code")] = "US";
            row[col("Default Address Zip")] = customer.zip.front() == '0' ? "'" + customer.zip : customer.zip;
            if (!customer.phone.empty())
                row[col("Default Address Phone")] = "'" + customer.phone;
        }
        if (!customer.phone.empty())
            row[col("Phone")] = "'" + customer.phone;
        row[col("Accepts SMS Marketing")] = customer.acceptsSms ? "yes" : "no";
        fmt::appendCents(row[col("Total Spent")], customer.spent);
        fmt::appendInt(row[col("Total Orders")], customer.orders);
        row[col("Tax Exempt")] = "no";
        std::string& tags = row[col("Tags")];
        const auto tag = [&](std::string_view value) {
            if (!tags.empty())
                tags += ", ";
            tags += value;
        };
        if (customer.storeShopper)
            tag("brooklyn-store");
        if (customer.acceptsEmail)
            tag("newsletter");
        if (customer.email.empty())
            tag("sms-signup");
        if (customer.spent >= vipFrom)
            tag("vip");
        row.write(*writer);
    }
    return writer->close();
}

} // namespace flywheel::demo
