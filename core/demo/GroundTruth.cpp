#include "demo/Files.h"

#include "demo/Format.h"
#include "demo/Inventory.h"
#include "demo/Kinds.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace flywheel::demo {

namespace {
struct GroundTruthText {
    Q_DECLARE_TR_FUNCTIONS(DemoStore)
};

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

QJsonArray strings(const std::vector<std::string>& values)
{
    QJsonArray array;
    for (const std::string& value : values)
        array.append(text(value));
    return array;
}

QJsonArray pairs(const std::vector<QueryPair>& values)
{
    QJsonArray array;
    for (const QueryPair& pair : values)
        array.append(QJsonObject{{QStringLiteral("query"), text(pair.query)}, {QStringLiteral("intended"), text(pair.intended)}});
    return array;
}

QJsonObject counts(const World& world)
{
    qint64 variants = 0;
    for (const Product& product : world.products)
        variants += static_cast<qint64>(product.variants.size());
    qint64 buyers = 0;
    for (const Customer& customer : world.customers)
        buyers += customer.orders > 0 ? 1 : 0;
    return QJsonObject{
        {QStringLiteral("products"), static_cast<qint64>(world.products.size())},
        {QStringLiteral("variants"), variants},
        {QStringLiteral("customers"), static_cast<qint64>(world.customers.size())},
        {QStringLiteral("customers_with_orders"), buyers},
        {QStringLiteral("orders"), static_cast<qint64>(world.orders.size())},
        {QStringLiteral("order_lines"), static_cast<qint64>(world.lines.size())},
        {QStringLiteral("tickets"), static_cast<qint64>(world.ticketLabels.size())},
        {QStringLiteral("reviews"), world.reviewCount},
        {QStringLiteral("search_rows"), world.searchRowCount},
    };
}

QJsonObject inventoryTruth(const World& world)
{
    QJsonArray overstocked;
    QJsonArray detail;
    QJsonArray stockouts;
    for (const Product& product : world.products) {
        for (const Variant& variant : product.variants) {
            const int onHand = variant.onHandMain + variant.onHandStore;
            if (variant.overstocked) {
                overstocked.append(text(variant.sku));
                detail.append(QJsonObject{{QStringLiteral("sku"), text(variant.sku)},
                                          {QStringLiteral("on_hand"), onHand},
                                          {QStringLiteral("units_last_12_weeks"), variant.recentUnits}});
            } else if (onHand == 0 && variant.recentUnits >= kRecentWeeks) {
                stockouts.append(text(variant.sku));
            }
        }
    }
    return QJsonObject{
        {QStringLiteral("overstocked_skus"), overstocked},
        {QStringLiteral("overstock_detail"), detail},
        {QStringLiteral("overstock_rule"),
         QJsonObject{{QStringLiteral("min_on_hand"), kOverstockMinUnits},
                     {QStringLiteral("min_weeks_of_cover"), kOverstockMinWeeks},
                     {QStringLiteral("cover_from_last_weeks"), kRecentWeeks}}},
        {QStringLiteral("stockout_skus"), stockouts},
    };
}

QJsonArray priceChanges(const World& world)
{
    QJsonArray changes;
    for (const Product& product : world.products) {
        if (product.priceChangeDay < 0)
            continue;
        changes.append(QJsonObject{
            {QStringLiteral("handle"), text(product.handle)},
            {QStringLiteral("date"), text(world.calendar.date(product.priceChangeDay))},
            {QStringLiteral("old_price"), text(fmt::cents(product.launchPrice))},
            {QStringLiteral("new_price"), text(fmt::cents(product.price))},
            {QStringLiteral("kind"), product.compareAt > 0 ? QStringLiteral("markdown") : QStringLiteral("increase")},
            {QStringLiteral("elasticity"), std::floor(product.elasticity * 100.0 + 0.5) / 100.0},
        });
    }
    return changes;
}

QJsonArray campaigns(const World& world)
{
    QJsonArray list;
    for (const Campaign& campaign : world.campaigns) {
        list.append(QJsonObject{{QStringLiteral("code"), text(campaign.code)},
                                {QStringLiteral("percent"), campaign.percent},
                                {QStringLiteral("from"), text(world.calendar.date(campaign.firstDay))},
                                {QStringLiteral("to"), text(world.calendar.date(campaign.lastDay))},
                                {QStringLiteral("first_order_only"), campaign.firstOrderOnly}});
    }
    return list;
}

QJsonArray spikes(const World& world)
{
    QJsonArray list;
    for (const Spike& spike : world.spikes) {
        QJsonArray handles;
        for (const Product& product : world.products) {
            bool all = true;
            for (const std::string& word : spike.titleWords)
                all = all && product.title.find(word) != std::string::npos;
            if (all)
                handles.append(text(product.handle));
        }
        list.append(QJsonObject{{QStringLiteral("query"), text(spike.query)},
                                {QStringLiteral("from"), text(world.calendar.date(spike.fromDay))},
                                {QStringLiteral("factor"), spike.factor},
                                {QStringLiteral("products"), handles}});
    }
    return list;
}

/// Which kinds of product peak when: every product title ends with its kind's name.
QJsonObject seasonality()
{
    QJsonArray winter;
    QJsonArray summer;
    QJsonArray shoulder;
    QJsonArray holiday;
    for (const Kind& kind : kinds()) {
        switch (kind.season) {
        case Season::Winter:
            winter.append(text(kind.base));
            break;
        case Season::Summer:
            summer.append(text(kind.base));
            break;
        case Season::Shoulder:
            shoulder.append(text(kind.base));
            break;
        case Season::Holiday:
            holiday.append(text(kind.base));
            break;
        case Season::Flat:
            break;
        }
    }
    return QJsonObject{
        {QStringLiteral("autumn_winter_peak"), winter},
        {QStringLiteral("summer_peak"), summer},
        {QStringLiteral("spring_and_autumn_peaks"), shoulder},
        {QStringLiteral("december_peak"), holiday},
        {QStringLiteral("growth_per_year"), Calendar::kGrowthPerYear},
        {QStringLiteral("busiest_weekdays"), QJsonArray{QStringLiteral("Sunday"), QStringLiteral("Monday")}},
    };
}

} // namespace

QJsonArray ticketLabelsJson(const World& world)
{
    QJsonArray labels;
    for (const TicketLabel& label : world.ticketLabels) {
        QJsonObject object{{QStringLiteral("id"), label.id}, {QStringLiteral("intent"), text(label.intent)}};
        if (!label.handle.empty())
            object.insert(QStringLiteral("handle"), text(label.handle));
        if (!label.attribute.empty())
            object.insert(QStringLiteral("attribute"), text(label.attribute));
        labels.append(object);
    }
    return labels;
}

Result<void> writeGroundTruth(const World& world, const QString& path)
{
    const Calendar& calendar = world.calendar;
    QJsonObject root = inventoryTruth(world);
    root.insert(QStringLiteral("generator"), QStringLiteral("flywheel demo store"));
    root.insert(QStringLiteral("format_version"), 1);
    root.insert(QStringLiteral("scale"), scaleName(world.options.scale));
    // Seeds above 2^53 would lose digits as JSON numbers in most readers.
    if (world.options.seed <= (quint64(1) << 53))
        root.insert(QStringLiteral("seed"), static_cast<qint64>(world.options.seed));
    else
        root.insert(QStringLiteral("seed"), QString::number(world.options.seed));
    root.insert(QStringLiteral("start_date"), text(calendar.date(0)));
    root.insert(QStringLiteral("end_date"), text(calendar.date(calendar.days() - 1)));
    root.insert(QStringLiteral("time_zone"), QStringLiteral("America/New_York"));
    root.insert(QStringLiteral("currency"), QStringLiteral("USD"));
    root.insert(QStringLiteral("store_name"), QStringLiteral("Northbound Supply Co."));
    root.insert(QStringLiteral("counts"), counts(world));

    QJsonArray gaps;
    for (const ContentGap& gap : world.gaps) {
        const Product& product = world.products[static_cast<size_t>(gap.product)];
        gaps.append(QJsonObject{{QStringLiteral("handle"), text(product.handle)},
                                {QStringLiteral("title"), text(product.title)},
                                {QStringLiteral("attribute"), text(gap.attribute)},
                                {QStringLiteral("value"), text(gap.value)},
                                {QStringLiteral("tickets"), gap.tickets}});
    }
    root.insert(QStringLiteral("content_gaps"), gaps);
    root.insert(QStringLiteral("spiking_queries"), spikes(world));
    root.insert(QStringLiteral("not_carried_queries"), strings(world.notCarriedQueries));
    root.insert(QStringLiteral("typo_queries"), pairs(world.typoQueries));
    root.insert(QStringLiteral("synonym_queries"), pairs(world.synonymQueries));

    QJsonArray responsive;
    // Orders on days a seasonal code ran: [0] segment, [1] everyone else; of all their orders.
    qint64 campaignDayOrders[2] = {0, 0};
    qint64 allOrders[2] = {0, 0};
    for (const Customer& customer : world.customers) {
        const bool inSegment = customer.dealSeeker && customer.orders >= 2;
        if (inSegment)
            responsive.append(text(customer.email));
        campaignDayOrders[inSegment ? 0 : 1] += customer.campaignOrders;
        allOrders[inSegment ? 0 : 1] += customer.orders;
    }
    const auto share = [](qint64 part, qint64 whole) {
        return whole > 0 ? std::floor(100.0 * static_cast<double>(part) / static_cast<double>(whole) + 0.5) / 100.0 : 0.0;
    };
    root.insert(QStringLiteral("discount_responsive_customers"), responsive);
    root.insert(QStringLiteral("campaign_day_order_share"),
                QJsonObject{{QStringLiteral("discount_responsive"), share(campaignDayOrders[0], allOrders[0])},
                            {QStringLiteral("everyone_else"), share(campaignDayOrders[1], allOrders[1])}});
    root.insert(QStringLiteral("discount_responsive_rule"),
                QStringLiteral("planted segment with at least 2 orders; most of their orders fall on days a seasonal "
                               "code runs and use it"));
    root.insert(QStringLiteral("campaigns"), campaigns(world));
    root.insert(QStringLiteral("price_changes"), priceChanges(world));
    root.insert(QStringLiteral("seasonality"), seasonality());
    QJsonArray lowRated;
    for (int p : world.lowRatedProducts)
        lowRated.append(text(world.products[static_cast<size_t>(p)].handle));
    root.insert(QStringLiteral("low_rated_products"), lowRated);
    root.insert(QStringLiteral("ticket_labels"), ticketLabelsJson(world));
    root.insert(QStringLiteral("money_rules"),
                QJsonArray{QStringLiteral("Subtotal = sum(Lineitem price * quantity) - Discount Amount"),
                           QStringLiteral("Total = Subtotal + Shipping + Taxes"),
                           QStringLiteral("Discount Amount = sum(Lineitem discount) of the order"),
                           QStringLiteral("Total Spent = sum(Total - Refunded Amount) over the customer's orders that "
                                          "are not voided"),
                           QStringLiteral("Available = On hand - Committed - Unavailable")});

    return writeJsonFile(root, path);
}

Result<void> writeJsonFile(const QJsonObject& root, const QString& path)
{
    QFile file(path);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
        return fail(ErrorCode::Io, GroundTruthText::tr("Could not write %1 (%2). Check that the folder exists and that "
                                                       "you may write there.")
                                       .arg(path, file.errorString()));
    }
    return {};
}

} // namespace flywheel::demo
