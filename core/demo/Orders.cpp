#include "demo/Orders.h"

#include "demo/Simulation.h"
#include "demo/WordLists.h"

#include <algorithm>
#include <array>

namespace flywheel::demo {

namespace {
struct OrdersText {
    Q_DECLARE_TR_FUNCTIONS(DemoStore)
};

/// Orders by local hour: lunch and evening peaks, quiet nights.
constexpr std::array<double, 24> kHourShare = {1.0, 0.6, 0.4, 0.3, 0.3, 0.5, 1.2, 2.0, 2.8, 3.4, 3.8, 4.2,
                                               4.8, 4.6, 4.2, 4.0, 4.0, 4.2, 4.8, 5.6, 6.2, 5.8, 4.2, 2.4};
constexpr std::array<double, 5> kLineCountShare = {0.58, 0.25, 0.11, 0.04, 0.02};
constexpr std::array<double, 3> kQuantityShare = {0.9, 0.08, 0.02};
constexpr std::array<double, 3> kShippingDays = {0.5, 0.35, 0.15};
/// Lines per order the share table above gives after repeated picks of a variant are merged.
constexpr double kLinesPerOrder = 1.62;
constexpr qint64 kFreeShippingFrom = 7500;
constexpr qint64 kStandardShipping = 695;
constexpr qint64 kExpressShipping = 1495;
constexpr double kDealSeekerRegularWeight = 0.08;
/// Share of shoppers who, finding a variant sold out, buy another product instead.
constexpr double kTakesSomethingElse = 0.5;
/// Variants a shopper sent to one product tries before giving up.
constexpr int kPlannedVariantTries = 3;

/// Orders per unit of traffic, fixed by the generated history alone, so a later period sells at the
/// same rate per visit.
double ordersPerTraffic(const World& world, const std::vector<int>& byDay)
{
    double traffic = 0.0;
    for (int day = 0; day <= world.calendar.historyEnd(); ++day) {
        const int campaign = byDay[static_cast<size_t>(day)];
        traffic += world.calendar.traffic(day)
                   * (campaign >= 0 ? world.campaigns[static_cast<size_t>(campaign)].trafficBoost : 1.0);
    }
    return static_cast<double>(world.spec.orderLines) / kLinesPerOrder / traffic;
}
} // namespace

Simulation::Simulation(World& world, Random& random, size_t capacity)
    : m_world(world), m_random(&random), m_calendar(world.calendar), m_maker(random), m_capacity(capacity),
      m_regular(capacity), m_deals(capacity)
{
}

Result<void> Simulation::run(PhaseProgress& progress)
{
    m_world.campaigns = buildCampaigns(m_calendar);
    m_campaignByDay = campaignByDay(m_world.campaigns, m_calendar.days());
    prepareProducts();
    m_ordersPerTraffic = ordersPerTraffic(m_world, m_campaignByDay);
    m_world.orders.reserve(static_cast<size_t>(m_world.spec.orderLines / kLinesPerOrder * 1.1));
    m_world.lines.reserve(static_cast<size_t>(m_world.spec.orderLines * 1.1));
    m_world.customers.reserve(m_capacity);

    for (int day = 0; day < m_calendar.days(); ++day) {
        if (day % 30 == 0) {
            if (progress.cancelled())
                return fail(ErrorCode::Cancelled, OrdersText::tr("Creating the demo store was cancelled."));
            progress.report(static_cast<double>(day) / m_calendar.days());
        }
        simulateDay(day, {});
    }
    addSignUps();
    progress.report(1.0);
    return {};
}

void Simulation::beginPeriod(int day, int lastOrderNumber, std::vector<double> demandFactors, StockKeeper& stock)
{
    m_campaignByDay = campaignByDay(m_world.campaigns, m_calendar.days());
    prepareProducts();
    m_ordersPerTraffic = ordersPerTraffic(m_world, m_campaignByDay);
    m_numberOffset = lastOrderNumber - 1000 - static_cast<int>(m_world.orders.size());
    m_demandFactor = std::move(demandFactors);
    m_stock = &stock;
    m_maker.continueAfter(m_world.customers, static_cast<qint64>(m_world.customers.size()));
    for (size_t index = 0; index < m_world.customers.size(); ++index) {
        const Customer& customer = m_world.customers[index];
        if (customer.orders == 0 || customer.churnDay < day)
            continue;
        m_regular.set(index, customer.dealSeeker ? customer.propensity * kDealSeekerRegularWeight : customer.propensity);
        if (customer.dealSeeker)
            m_deals.set(index, customer.propensity);
    }
}

void Simulation::useRandom(Random& random)
{
    m_random = &random;
    m_maker.useRandom(random);
}

void Simulation::simulateDay(int day, std::span<const PlannedOrder> planned)
{
    pickProducts(day);
    if (m_active.empty())
        return;
    const int campaign = m_campaignByDay[static_cast<size_t>(day)];
    const double boost = campaign >= 0 ? m_world.campaigns[static_cast<size_t>(campaign)].trafficBoost : 1.0;
    const int count = m_random->poisson(m_ordersPerTraffic * m_calendar.traffic(day) * boost);
    m_seconds.clear();
    for (int i = 0; i < count; ++i) {
        const int hour = static_cast<int>(m_random->weighted(kHourShare));
        m_seconds.push_back(m_calendar.unambiguousSecond(day, hour * 3600 + m_random->belowInt(3600)));
    }
    std::sort(m_seconds.begin(), m_seconds.end());
    size_t next = 0;
    for (int second : m_seconds) {
        for (; next < planned.size() && planned[next].second < second; ++next)
            makePlannedOrder(planned[next]);
        makeOrder(day, second, campaign);
    }
    for (; next < planned.size(); ++next)
        makePlannedOrder(planned[next]);
}

void Simulation::prepareProducts()
{
    m_priceBoost.assign(m_world.products.size(), 1.0);
    m_spikeOf.assign(m_world.products.size(), -1);
    for (size_t p = 0; p < m_world.products.size(); ++p) {
        const Product& product = m_world.products[p];
        if (product.priceChangeDay >= 0) {
            const double ratio = static_cast<double>(product.launchPrice) / static_cast<double>(product.price);
            m_priceBoost[p] = detmath::pow(ratio, product.elasticity);
        }
        for (size_t s = 0; s < m_world.spikes.size(); ++s) {
            bool all = true;
            for (const std::string& word : m_world.spikes[s].titleWords)
                all = all && product.title.find(word) != std::string::npos;
            if (all)
                m_spikeOf[p] = static_cast<int>(s);
        }
    }
}

void Simulation::pickProducts(int day)
{
    m_cumulative.clear();
    m_active.clear();
    double running = 0.0;
    for (size_t p = 0; p < m_world.products.size(); ++p) {
        const Product& product = m_world.products[p];
        if (!product.sellsOn(day))
            continue;
        double weight = product.popularity * m_calendar.season(product.season, day);
        if (product.priceChangeDay >= 0 && day >= product.priceChangeDay)
            weight *= m_priceBoost[p];
        if (const int spike = m_spikeOf[p]; spike >= 0) {
            const Spike& s = m_world.spikes[static_cast<size_t>(spike)];
            if (day >= s.fromDay)
                weight *= 1.0 + (s.factor - 1.0) * 0.6; // searches triple, sales follow part of the way
        }
        if (day - product.launchDay < 30 && product.launchDay > 0)
            weight *= 1.6;
        if (!m_demandFactor.empty())
            weight *= m_demandFactor[p];
        running += weight;
        m_cumulative.push_back(running);
        m_active.push_back(static_cast<int>(p));
    }
}

int Simulation::chooseCustomer(int day, bool campaignRunning)
{
    std::vector<Customer>& customers = m_world.customers;
    const double returning = 0.12 + 0.33 * std::min(1.0, day / 150.0);
    const bool full = customers.size() >= m_capacity;
    if (full || (m_regular.total() > 0.0 && m_random->chance(returning))) {
        for (int attempt = 0; attempt < 4; ++attempt) {
            const bool fromDeals = campaignRunning && m_deals.total() > 0.0 && m_random->chance(0.5);
            WeightedPool& pool = fromDeals ? m_deals : m_regular;
            const auto index = pool.find(m_random->uniform() * pool.total());
            Customer& customer = customers[index];
            if (day <= customer.churnDay || full)
                return static_cast<int>(index);
            // Gone quiet for good: they stop being drawn from now on.
            m_regular.set(index, 0.0);
            m_deals.set(index, 0.0);
        }
    }
    const bool dealSeeker = m_random->chance(campaignRunning ? 0.4 : 0.03);
    customers.push_back(m_maker.make(day, dealSeeker));
    const size_t index = customers.size() - 1;
    const double weight = customers.back().propensity;
    m_regular.set(index, dealSeeker ? weight * kDealSeekerRegularWeight : weight);
    if (dealSeeker)
        m_deals.set(index, weight);
    return static_cast<int>(index);
}

void Simulation::makeOrder(int day, int second, int campaign)
{
    const int customerIndex = chooseCustomer(day, campaign >= 0);
    Order order = startOrder(customerIndex, day, second);
    Customer& customer = m_world.customers[static_cast<size_t>(customerIndex)];
    // Till sales only happen in opening hours (10:00-20:00); keeping the drawn time keeps order
    // numbers in time order.
    const int hour = second / 3600;
    order.inStore = customer.storeShopper && hour >= 10 && hour < 20 && m_random->chance(0.3);
    addLines(order, day);
    if (order.lineCount == 0)
        return; // everything the shopper wanted was sold out
    price(order, customer, campaign, false);
    finishOrder(order, customer, campaign);
}

void Simulation::makePlannedOrder(const PlannedOrder& planned)
{
    Order order = startOrder(planned.customer, planned.day, planned.second);
    Customer& customer = m_world.customers[static_cast<size_t>(planned.customer)];
    order.firstLine = static_cast<int>(m_world.lines.size());
    // Sent to the product's page, the shopper looks for a size and colour still there.
    bool added = false;
    for (int attempt = 0; attempt < kPlannedVariantTries && !added; ++attempt)
        added = addLine(order, planned.product, planned.day);
    if (!added)
        return;
    order.lineCount = static_cast<int>(m_world.lines.size()) - order.firstLine;
    const int seasonal = m_campaignByDay[static_cast<size_t>(planned.day)];
    price(order, customer, planned.campaign >= 0 ? planned.campaign : seasonal, planned.campaign >= 0);
    finishOrder(order, customer, seasonal);
}

Order Simulation::startOrder(int customerIndex, int day, int second)
{
    const int serial = m_numberOffset + static_cast<int>(m_world.orders.size());
    Order order;
    order.number = 1001 + serial;
    order.id = 5600000000000 + qint64(serial) * 1013 + m_random->range(0, 1000);
    order.customer = customerIndex;
    order.day = day;
    order.second = second;
    return order;
}

void Simulation::finishOrder(Order& order, Customer& customer, int campaign)
{
    settle(order, order.day);
    ++customer.orders;
    if (order.financial != Financial::Voided)
        customer.spent += order.total - order.refunded;
    if (campaign >= 0)
        ++customer.campaignOrders;
    m_world.orders.push_back(order);
}

void Simulation::addLines(Order& order, int day)
{
    order.firstLine = static_cast<int>(m_world.lines.size());
    const int wanted = static_cast<int>(m_random->weighted(kLineCountShare)) + 1;
    for (int i = 0; i < wanted; ++i) {
        // Some shoppers who find what they wanted sold out take something else instead.
        if (!addLine(order, drawProduct(), day) && m_random->chance(kTakesSomethingElse))
            addLine(order, drawProduct(), day);
    }
    order.lineCount = static_cast<int>(m_world.lines.size()) - order.firstLine;
}

int Simulation::drawProduct()
{
    const double target = m_random->uniform() * m_cumulative.back();
    auto at = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target) - m_cumulative.begin();
    at = std::min<decltype(at)>(at, static_cast<decltype(at)>(m_active.size()) - 1);
    return m_active[static_cast<size_t>(at)];
}

/// Draws a variant of the product and how many; merges a repeated pick into its line. False when
/// the variant is sold out.
bool Simulation::addLine(Order& order, int productIndex, int day)
{
    const Product& product = m_world.products[static_cast<size_t>(productIndex)];
    const double variantTarget = m_random->uniform() * product.variantCumulative.back();
    auto variant = std::upper_bound(product.variantCumulative.begin(), product.variantCumulative.end(), variantTarget)
                   - product.variantCumulative.begin();
    variant = std::min<decltype(variant)>(variant, static_cast<decltype(variant)>(product.variants.size()) - 1);
    Line line;
    line.product = productIndex;
    line.variant = static_cast<int>(variant);
    line.quantity = static_cast<int>(m_random->weighted(kQuantityShare)) + 1;
    if (m_stock && !m_stock->take(line, order.inStore))
        return false;

    bool merged = false;
    for (int l = order.firstLine; l < static_cast<int>(m_world.lines.size()); ++l) {
        Line& existing = m_world.lines[static_cast<size_t>(l)];
        if (existing.product == productIndex && existing.variant == line.variant) {
            existing.quantity += line.quantity;
            merged = true;
        }
    }
    if (merged)
        return true;
    line.price = product.priceOn(day);
    line.compareAt = product.compareAtOn(day);
    m_world.lines.push_back(line);
    return true;
}

void Simulation::price(Order& order, const Customer& customer, int campaign, bool codeGiven)
{
    qint64 merchandise = 0;
    for (int l = 0; l < order.lineCount; ++l) {
        const Line& line = m_world.lines[static_cast<size_t>(order.firstLine + l)];
        merchandise += line.price * line.quantity;
    }
    if (codeGiven)
        order.campaign = campaign;
    else if (campaign >= 0 && m_random->chance(customer.dealSeeker ? 0.92 : 0.3))
        order.campaign = campaign;
    else if (customer.orders == 0 && m_random->chance(0.14))
        order.campaign = 0;
    if (order.campaign >= 0) {
        const int percent = m_world.campaigns[static_cast<size_t>(order.campaign)].percent;
        order.discount = (merchandise * percent + 50) / 100;
        // Spread over the lines by value; the last line takes the rounding remainder.
        qint64 spread = 0;
        for (int l = 0; l < order.lineCount; ++l) {
            Line& line = m_world.lines[static_cast<size_t>(order.firstLine + l)];
            line.discount = l + 1 == order.lineCount ? order.discount - spread
                                                     : line.price * line.quantity * order.discount / merchandise;
            spread += line.discount;
        }
    }
    order.subtotal = merchandise - order.discount;
    if (order.inStore) {
        order.shippingMethod = ShippingMethod::None;
    } else if (order.subtotal >= kFreeShippingFrom) {
        order.shippingMethod = m_random->chance(0.06) ? ShippingMethod::Express : ShippingMethod::Free;
    } else {
        order.shippingMethod = m_random->chance(0.15) ? ShippingMethod::Express : ShippingMethod::Standard;
    }
    order.shipping = order.shippingMethod == ShippingMethod::Express
                         ? kExpressShipping
                         : (order.shippingMethod == ShippingMethod::Standard ? kStandardShipping : 0);
    const City& city = words::cities()[static_cast<size_t>(order.inStore ? words::brooklyn() : customer.city)];
    order.taxMilliPercent = city.taxMilliPercent;
    order.tax = (order.subtotal * order.taxMilliPercent + 50000) / 100000;
    order.total = order.subtotal + order.shipping + order.tax;
    order.payment = order.inStore ? static_cast<quint8>(m_random->chance(0.2) ? 2 : 0)
                                  : static_cast<quint8>(m_random->chance(0.24) ? 1 : 0);
    if (!order.inStore && m_random->chance(order.campaign > 0 ? 0.7 : 0.3))
        order.utmSource = static_cast<qint8>(order.campaign > 0 ? 0 : 1 + m_random->belowInt(4));
}

void Simulation::settle(Order& order, int day)
{
    const int lastDay = m_calendar.days() - 1;
    if (!order.inStore && m_random->chance(0.012)) {
        order.financial = Financial::Voided;
        for (int l = 0; m_stock && l < order.lineCount; ++l)
            m_stock->putBack(m_world.lines[static_cast<size_t>(order.firstLine + l)]);
        return;
    }
    if (order.inStore) {
        order.fulfilledDay = day;
        order.fulfilledSecond = order.second;
    } else {
        const int fulfilled = day + 1 + static_cast<int>(m_random->weighted(kShippingDays));
        if (fulfilled <= lastDay) {
            order.fulfilledDay = fulfilled;
            order.fulfilledSecond = m_calendar.unambiguousSecond(fulfilled, 9 * 3600 + m_random->belowInt(8 * 3600));
        }
    }
    const int recentFrom = m_calendar.days() - kRecentWeeks * 7;
    qint64 returnedNet = 0;
    int returned = 0;
    for (int l = 0; l < order.lineCount; ++l) {
        Line& line = m_world.lines[static_cast<size_t>(order.firstLine + l)];
        Product& product = m_world.products[static_cast<size_t>(line.product)];
        Variant& variant = product.variants[static_cast<size_t>(line.variant)];
        variant.unitsSold += line.quantity;
        if (day >= recentFrom)
            variant.recentUnits += line.quantity;
        if (order.fulfilledDay < 0) {
            variant.committed += line.quantity;
            continue;
        }
        // Poor quality and unclear sizing send things back; the fit gaps show up here too.
        double returnChance = 0.035 + (1.0 - product.quality) * 0.12;
        if (product.fit == "runs small" || product.fit == "runs large")
            returnChance += 0.04;
        const ContentGap* gap = product.gap >= 0 ? &m_world.gaps[static_cast<size_t>(product.gap)] : nullptr;
        if (gap && !gap->answered && gap->attribute == "true to size")
            returnChance += 0.06;
        if (order.fulfilledDay + 7 < lastDay && !order.inStore && m_random->chance(returnChance)) {
            line.returned = true;
            returnedNet += line.price * line.quantity - line.discount;
            ++returned;
        }
    }
    if (returned == 0)
        return;
    if (returned == order.lineCount) {
        order.financial = Financial::Refunded;
        order.refunded = order.total;
    } else {
        order.financial = Financial::PartiallyRefunded;
        order.refunded = returnedNet + (returnedNet * order.taxMilliPercent + 50000) / 100000;
    }
}

void Simulation::addSignUps()
{
    // Newsletter sign-ups who never ordered, and a few phone-only sign-ups at the store.
    const int days = m_calendar.days();
    const auto buyers = static_cast<qint64>(m_world.customers.size());
    for (qint64 i = 0; i < buyers / 25; ++i) {
        Customer customer = m_maker.make(m_random->rangeInt(0, days - 1), false);
        customer.acceptsEmail = m_random->chance(0.8);
        m_world.customers.push_back(std::move(customer));
    }
    for (qint64 i = 0; i < std::max<qint64>(3, buyers / 200); ++i)
        m_world.customers.push_back(m_maker.makePhoneOnly(m_random->rangeInt(0, days - 1)));
}
Result<void> simulateOrders(World& world, Random& random, PhaseProgress& progress)
{
    Simulation simulation(world, random, static_cast<size_t>(world.spec.orderLines / kLinesPerOrder * 1.25) + 1000);
    return simulation.run(progress);
}

} // namespace flywheel::demo
