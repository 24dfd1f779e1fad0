#include "stages/promotions/PromotionPlanner.h"

#include "Parallel.h"
#include "customers/AudienceScore.h"
#include "text/SeededOrder.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace flywheel::promotions {

namespace {
using namespace Qt::StringLiterals;

/// The audience is the best quarter of the customers who can be emailed, at least 30 (or all of
/// them) and at most 2,000: enough for the control group to say something, few enough that the
/// discount goes to those it moves.
constexpr double kAudienceShare = 0.25;
constexpr size_t kMinAudience = 30;
constexpr size_t kMaxAudience = 2000;
/// A control group needs this many customers in the audience to hold anyone back.
constexpr size_t kMinAudienceForControl = 10;

/// Letters and digits nobody misreads (no 0/O, 1/I/L).
constexpr char kCodeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr int kCodeLength = 6;

/// FNV-1a over the text's UTF-16 units: the same number on every platform and Qt version.
quint64 stableHash(const QString& text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

QString memberCode(const QString& prefix, quint64 seed, std::int64_t customerId)
{
    text::SeededOrder random(seed ^ (quint64(customerId) * 0x9E3779B97F4A7C15ULL));
    QString code = prefix + u'-';
    for (int i = 0; i < kCodeLength; ++i)
        code += QChar::fromLatin1(kCodeAlphabet[random.below(sizeof(kCodeAlphabet) - 1)]);
    return code;
}

struct RankedCustomer {
    size_t index = 0; ///< into the histories
    customers::AudienceScore score;
};

std::vector<RankedCustomer> rankAudience(
    const QString& category, const PlanningInputs& in, const std::vector<double>& expectedOrders)
{
    const customers::CustomerHistories& h = in.customers.histories;
    const int index = h.categoryIndex(category);
    const customers::StoreOrderCounts store { h.orders, index >= 0 ? h.categoryOrders[size_t(index)] : 0,
        h.discountedOrders };
    customers::AudienceOptions options;
    options.windowWeeks = in.days / 7.0;
    std::vector<RankedCustomer> ranked;
    for (size_t i = 0; i < h.customers.size(); ++i) {
        const customers::CustomerHistory& customer = h.customers[i];
        if (customer.email.isEmpty() || customer.acceptsEmail == false)
            continue;
        const customers::AudienceCustomer who { in.customers.scores[i].summary, customer.orders,
            customer.ordersIn(index), customer.discountedOrders };
        const customers::AudienceScore score = customers::scoreAudience(expectedOrders[i], who, store, options);
        if (score.score > 0)
            ranked.push_back({ i, score });
    }
    const size_t wanted = std::min(ranked.size(),
        std::clamp<size_t>(size_t(std::ceil(kAudienceShare * double(ranked.size()))),
            std::min(kMinAudience, ranked.size()), kMaxAudience));
    // Only the audience is put in order: on a large store it is a few thousand of the customers.
    std::ranges::partial_sort(ranked, ranked.begin() + std::ptrdiff_t(wanted),
        [&](const RankedCustomer& a, const RankedCustomer& b) {
            if (a.score.score != b.score.score)
                return a.score.score > b.score.score;
            return h.customers[a.index].customerId < h.customers[b.index].customerId;
        });
    ranked.resize(wanted);
    return ranked;
}

/// The product's share of its category's expected demand: the part of a category order that is
/// this product.
double productShare(const ProductStock& product, const std::vector<ProductStock>& stock)
{
    double category = 0;
    int products = 0;
    for (const ProductStock& other : stock) {
        if (other.category != product.category)
            continue;
        category += other.weeklyDemand;
        ++products;
    }
    if (category > 0)
        return product.weeklyDemand / category;
    return products > 0 ? 1.0 / products : 1.0;
}

struct PriceView {
    double elasticity = 0;
    bool borrowed = false;
    QString note;
};

PriceView priceFor(const ProductStock& product, const customers::PriceResponses& prices)
{
    const auto found
        = std::ranges::lower_bound(prices.products, product.productId, {}, &customers::ProductPriceResponse::productId);
    if (found != prices.products.end() && found->productId == product.productId) {
        if (!found->borrowed)
            return { found->shrunk.value, false,
                PlannerText::tr("elasticity %1 from this product's own price changes")
                    .arg(found->shrunk.value, 0, 'f', 2) };
        return { found->shrunk.value, true,
            PlannerText::tr("elasticity %1 borrowed from its product type: %2")
                .arg(found->shrunk.value, 0, 'f', 2)
                .arg(found->own.reason ? customers::PriceResponseText::reason(*found->own.reason) : QString()) };
    }
    for (const customers::CategoryPriceResponse& category : prices.categories)
        if (category.category == product.category)
            return { category.prior.value, true,
                PlannerText::tr("elasticity %1 of its product type; this product has no priced sales of its own")
                    .arg(category.prior.value, 0, 'f', 2) };
    const double storePrior = customers::PriceResponseOptions {}.storePrior.value;
    return { storePrior, true,
        PlannerText::tr("elasticity %1, the usual value for retail products: the store's sales show no price "
                        "changes to learn from yet")
            .arg(storePrior, 0, 'f', 2) };
}

QJsonArray evidenceFor(const TriggeredProduct& t, const std::vector<AudienceMember>& audience)
{
    QJsonArray customerIds;
    for (size_t i = 0; i < std::min<size_t>(audience.size(), 50); ++i)
        customerIds.append(qint64(audience[i].customerId));
    return QJsonArray { QJsonObject {
                            { u"table"_s, u"products"_s }, { u"ids"_s, QJsonArray { qint64(t.stock.productId) } } },
        QJsonObject { { u"signal"_s, u"inventory_health"_s }, { u"product"_s, qint64(t.stock.productId) },
            { u"trigger"_s, triggerKey(t.trigger) } },
        QJsonObject { { u"signal"_s, u"price_response"_s }, { u"key"_s, QString::number(t.stock.productId) } },
        QJsonObject { { u"signal"_s, u"customer_scores"_s }, { u"ids"_s, customerIds } } };
}

std::optional<PlannedPromotion> plan(const TriggeredProduct& t, const PlanningInputs& in,
    const std::vector<double>& expectedOrders, QStringList& notPlanned)
{
    const ProductStock& product = t.stock;
    const std::vector<RankedCustomer> ranked = rankAudience(product.category, in, expectedOrders);
    if (ranked.empty()) {
        notPlanned << PlannerText::tr("%1: no customer who can be emailed has bought yet.").arg(product.title);
        return std::nullopt;
    }
    const PriceView price = priceFor(product, in.prices);
    const QString subject = u"product:%1"_s.arg(product.productId);
    const quint64 seed = in.seed ^ stableHash(subject);

    // The control group: a seeded random sample of the audience, recorded with the promotion.
    std::vector<size_t> order(ranked.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    text::SeededOrder random(seed);
    random.shuffle(order);
    const size_t controls = ranked.size() >= kMinAudienceForControl
        ? size_t(std::lround(double(ranked.size()) * in.controlPercent / 100.0))
        : 0;
    std::vector<bool> control(ranked.size(), false);
    for (size_t i = 0; i < controls; ++i)
        control[order[i]] = true;

    const double share = productShare(product, in.stock);
    PromotionEconomics economics;
    economics.priceMinor = double(product.priceMinor);
    if (product.costMinor)
        economics.costMinor = double(*product.costMinor);
    economics.elasticity = price.elasticity;
    economics.coverWeeks = product.coverWeeks().value_or(52.0);
    economics.surplusUnits = t.surplusUnits;
    for (size_t i = 0; i < ranked.size(); ++i)
        if (!control[i])
            economics.baselineUnits += ranked[i].score.expectedOrders * ranked[i].score.categoryShare * share;
    if (!in.customers.models.purchase)
        economics.baselineUnits = 0; // nobody's next order can be predicted yet: no effect is claimed
    const std::optional<DepthChoice> depth = chooseDepth(economics, in.limits);
    if (!depth) {
        notPlanned << PlannerText::tr("%1: even 10 % off would take it below the lowest margin (%2 %).")
                          .arg(product.title)
                          .arg(in.limits.marginFloorPercent);
        return std::nullopt;
    }

    PlannedPromotion planned;
    planned.depth = *depth;
    planned.surplusUnits = t.surplusUnits;
    planned.elasticityBorrowed = price.borrowed;
    planned.elasticityNote = price.note;
    Promotion& p = planned.promotion;
    p.subjectKey = subject;
    p.productId = product.productId;
    p.productTitle = product.title;
    p.handle = product.handle;
    p.category = product.category;
    p.currency = product.currency;
    p.trigger = t.trigger;
    p.why = t.why;
    p.percent = depth->percent;
    p.code = codePrefix(product.title, depth->percent);
    p.startsOn = in.startsOn;
    p.endsOn = in.startsOn.addDays(in.days - 1);
    p.elasticity = price.elasticity;
    p.baselineUnits = economics.baselineUnits;
    p.expectedExtraUnits = depth->extraUnits;
    p.expectedRevenueMinor = std::llround(depth->extraRevenueMinor);
    if (depth->extraMarginMinor)
        p.expectedMarginMinor = std::llround(*depth->extraMarginMinor);
    p.audienceSize = int(ranked.size());
    p.controlSize = int(controls);
    QSet<QString> used;
    for (size_t i = 0; i < ranked.size(); ++i) {
        const customers::CustomerHistory& customer = in.customers.histories.customers[ranked[i].index];
        AudienceMember member { customer.customerId, ranked[i].score.score, control[i], {}, customer.email,
            customer.firstName, customer.lastName, customer.countryCode,
            customers::segmentKey(in.customers.scores[ranked[i].index].rfm.segment) };
        if (!member.control) {
            quint64 attempt = seed;
            do
                member.code = memberCode(p.code, attempt++, customer.customerId);
            while (used.contains(member.code));
            used.insert(member.code);
        }
        planned.audience.push_back(std::move(member));
    }
    p.evidence = evidenceFor(t, planned.audience);
    return planned;
}
} // namespace

QString codePrefix(const QString& productTitle, int percent)
{
    QString word;
    for (const QChar c : productTitle.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            word += c.toUpper();
        else if (!word.isEmpty() && c.isSpace())
            break;
    }
    return (word.isEmpty() ? u"SALE"_s : word.left(10)) + QString::number(percent);
}

PlanResult planPromotions(const std::vector<TriggeredProduct>& triggered, const PlanningInputs& inputs)
{
    PlanResult result;
    // Each customer's expected orders in the window, the same for every product's audience.
    const ScoredCustomers& scored = inputs.customers;
    const customers::BgNbdParameters* purchase = scored.models.purchase ? &scored.models.purchase->parameters : nullptr;
    std::vector<double> expectedOrders(scored.scores.size(), 0.0);
    if (!triggered.empty())
        forEachChunk(expectedOrders.size(), 4096, [&](size_t begin, size_t end) {
            for (size_t i = begin; i < end; ++i)
                expectedOrders[i]
                    = customers::expectedOrdersInWindow(purchase, scored.scores[i].summary, inputs.days / 7.0);
        });
    for (const TriggeredProduct& t : triggered)
        if (auto planned = plan(t, inputs, expectedOrders, result.notPlanned))
            result.promotions.push_back(std::move(*planned));
    return result;
}

} // namespace flywheel::promotions
