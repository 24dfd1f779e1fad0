#include "stages/inventory/StockedVariants.h"

#include "settings/Settings.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>
#include <QDateTime>

namespace flywheel::inventory {

namespace {
struct TermsText {
    Q_DECLARE_TR_FUNCTIONS(VendorTerms)
};

QString variantName(const QString& title, const QStringList& options)
{
    QStringList named;
    for (const QString& option : options)
        if (!option.isEmpty() && option != u"Default Title")
            named << option;
    return named.isEmpty() ? title : title + QStringLiteral(" - ") + named.join(QStringLiteral(" / "));
}
} // namespace

Result<QHash<std::int64_t, StockedVariant>> readStockedVariants(Database& db)
{
    auto select = db.prepare("SELECT v.id, v.product_id, coalesce(v.sku, ''), p.title, coalesce(v.option1, ''), "
                             "coalesce(v.option2, ''), coalesce(v.option3, ''), coalesce(p.vendor, ''), "
                             "coalesce(v.price_minor, 0), v.cost_minor, coalesce(v.currency, ''), "
                             "coalesce(lower(p.status), 'active') IN ('active', 'publish', 'published'), "
                             "coalesce(v.inventory_tracked, 1) "
                             "FROM variants v JOIN products p ON p.id = v.product_id");
    if (!select)
        return std::unexpected(select.error());
    QHash<std::int64_t, StockedVariant> variants;
    auto read = select->forEachRow([&](Statement& row) {
        StockedVariant variant;
        variant.id = row.int64(0);
        variant.productId = row.int64(1);
        variant.sku = row.text(2);
        variant.name = variantName(row.text(3), { row.text(4), row.text(5), row.text(6) });
        variant.vendor = row.text(7);
        variant.priceMinor = row.int64(8);
        if (!row.isNull(9))
            variant.costMinor = row.int64(9);
        variant.currency = row.text(10);
        variant.active = row.int64(11) != 0;
        variant.tracked = row.int64(12) != 0;
        variants.insert(variant.id, std::move(variant));
    });
    if (!read)
        return std::unexpected(read.error());
    return variants;
}

Result<QList<VendorTerms>> readVendorTerms(Database& db)
{
    auto select = db.prepare(
        "SELECT vendor, lead_time_days, service_level_percent FROM vendor_terms ORDER BY vendor COLLATE NOCASE");
    if (!select)
        return std::unexpected(select.error());
    QList<VendorTerms> all;
    auto read = select->forEachRow([&](Statement& row) {
        VendorTerms terms { row.text(0), {}, {} };
        if (!row.isNull(1))
            terms.leadTimeDays = int(row.int64(1));
        if (!row.isNull(2))
            terms.serviceLevelPercent = row.real(2);
        all << terms;
    });
    if (!read)
        return std::unexpected(read.error());
    return all;
}

Result<QStringList> readVendors(Database& db)
{
    auto select
        = db.prepare("SELECT DISTINCT coalesce(vendor, '') FROM products ORDER BY coalesce(vendor, '') COLLATE NOCASE");
    if (!select)
        return std::unexpected(select.error());
    QStringList vendors;
    auto read = select->forEachRow([&](Statement& row) { vendors << row.text(0); });
    if (!read)
        return std::unexpected(read.error());
    return vendors;
}

Result<void> saveVendorTerms(Database& db, const VendorTerms& terms)
{
    if (!terms.leadTimeDays && !terms.serviceLevelPercent) {
        auto forget = db.prepare("DELETE FROM vendor_terms WHERE vendor = ?1");
        if (!forget)
            return std::unexpected(forget.error());
        forget->bind(1, terms.vendor);
        return forget->run();
    }
    if (terms.leadTimeDays && (*terms.leadTimeDays < 1 || *terms.leadTimeDays > 365))
        return fail(ErrorCode::InvalidArgument,
            TermsText::tr("A lead time of %1 days for %2 is out of range; enter 1 to 365 days.")
                .arg(*terms.leadTimeDays)
                .arg(terms.vendor));
    if (terms.serviceLevelPercent && (*terms.serviceLevelPercent < 50 || *terms.serviceLevelPercent > 99.9))
        return fail(ErrorCode::InvalidArgument,
            TermsText::tr("A service level of %1 % for %2 is out of range; enter 50 to 99.9 %.")
                .arg(*terms.serviceLevelPercent)
                .arg(terms.vendor));
    auto save = db.prepare("INSERT INTO vendor_terms (vendor, lead_time_days, service_level_percent, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (vendor) DO UPDATE SET "
                           "lead_time_days = excluded.lead_time_days, "
                           "service_level_percent = excluded.service_level_percent, updated_at = excluded.updated_at");
    if (!save)
        return std::unexpected(save.error());
    save->bindAll(terms.vendor, terms.leadTimeDays, terms.serviceLevelPercent,
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return save->run();
}

Result<TermsByVendor> TermsByVendor::read(Database& db)
{
    TermsByVendor terms;
    auto lead = StoreSettings::get(db, settings::supplierLeadTimeDays);
    if (!lead)
        return std::unexpected(lead.error());
    auto service = StoreSettings::get(db, settings::serviceLevelPercent);
    if (!service)
        return std::unexpected(service.error());
    auto overstock = StoreSettings::get(db, settings::overstockWeeksOfCover);
    if (!overstock)
        return std::unexpected(overstock.error());
    terms.m_store.leadTimeDays = *lead;
    terms.m_store.serviceLevel = *service / 100.0;
    terms.m_store.overstockWeeks = *overstock;
    auto vendors = readVendorTerms(db);
    if (!vendors)
        return std::unexpected(vendors.error());
    for (const VendorTerms& vendor : *vendors)
        terms.m_vendors.insert(vendor.vendor, vendor);
    return terms;
}

ReplenishmentTerms TermsByVendor::termsFor(const QString& vendor) const
{
    ReplenishmentTerms terms = m_store;
    const auto found = m_vendors.constFind(vendor);
    if (found == m_vendors.cend())
        return terms;
    terms.leadTimeDays = found->leadTimeDays.value_or(terms.leadTimeDays);
    if (found->serviceLevelPercent)
        terms.serviceLevel = *found->serviceLevelPercent / 100.0;
    return terms;
}

} // namespace flywheel::inventory
