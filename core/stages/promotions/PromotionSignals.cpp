#include "stages/promotions/PromotionSignals.h"

#include "io/Values.h"
#include "store/Database.h"

#include <QJsonDocument>

#include <cmath>

namespace flywheel::promotions {

namespace {
using namespace Qt::StringLiterals;

struct ActionText {
    Q_DECLARE_TR_FUNCTIONS(PromotionActions)
};

QString units(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

QString effectText(const PlannedPromotion& planned)
{
    const Promotion& p = planned.promotion;
    const int reached = p.audienceSize - p.controlSize;
    if (p.baselineUnits <= 0)
        return ActionText::tr("Reaches %n customer(s); the effect cannot be forecast until customers have bought "
                              "more than once. The control group will show it.",
            nullptr, reached);
    QString text = ActionText::tr("About %1 extra units from %n customer(s) (%2 in revenue", nullptr, reached)
                       .arg(units(p.expectedExtraUnits), values::moneyText(p.expectedRevenueMinor, p.currency));
    if (p.expectedMarginMinor)
        text += ActionText::tr(", %1 in margin").arg(values::moneyText(*p.expectedMarginMinor, p.currency));
    text += u')';
    if (planned.depth.carryingSavedMinor >= 1)
        text += ActionText::tr("; %1 less spent keeping stock")
                    .arg(values::moneyText(std::llround(planned.depth.carryingSavedMinor), p.currency));
    // What the model cannot see: an email and a code of one's own bring buyers beyond the price cut.
    return text + u". "_s
        + ActionText::tr("This counts only the lower price's pull on what they would buy anyway; the control group "
                         "shows what the email adds.");
}

QString detailText(const PlannedPromotion& planned)
{
    const Promotion& p = planned.promotion;
    QString detail = p.why + u' '
        + ActionText::tr("%1 % off for %2 to %3, with a code of their own for each customer; %4.")
              .arg(p.percent)
              .arg(p.startsOn.toString(Qt::ISODate), p.endsOn.toString(Qt::ISODate), planned.elasticityNote);
    if (planned.depth.limitedByMargin)
        detail += u' ' + ActionText::tr("A deeper discount would go below the lowest margin.");
    if (p.controlSize > 0)
        detail += u' '
            + ActionText::tr("%n customer(s) of the audience, chosen at random, are held back to measure the effect.",
                nullptr, p.controlSize);
    else
        detail += u' '
            + ActionText::tr("The audience is too small to hold anyone back, so the effect can only be compared with "
                             "the weeks before.");
    return detail;
}
} // namespace

Result<void> writePriceResponses(Database& db, std::int64_t runId, const customers::PriceResponses& prices)
{
    if (auto ok = db.exec("DELETE FROM price_response"); !ok)
        return ok;
    auto insert
        = db.prepare("INSERT INTO price_response (scope, key, run_id, elasticity, own_estimate, "
                     "standard_error, observations, borrowed, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert)
        return std::unexpected(insert.error());
    const auto reason = [](const customers::PriceFit& fit) {
        return fit.reason ? std::optional(customers::noEstimateKey(*fit.reason)) : std::nullopt;
    };
    for (const customers::ProductPriceResponse& product : prices.products) {
        const auto& own = product.own.elasticity;
        insert->bindAll(u"product"_s, QString::number(product.productId), runId, product.shrunk.value,
            own ? std::optional(own->value) : std::nullopt, product.shrunk.standardError, product.own.observations,
            product.borrowed ? 1 : 0, reason(product.own));
        if (auto ok = insert->run(); !ok)
            return ok;
    }
    for (const customers::CategoryPriceResponse& category : prices.categories) {
        const auto& pooled = category.pooled.elasticity;
        insert->bindAll(u"category"_s, category.category, runId, category.prior.value,
            pooled ? std::optional(pooled->value) : std::nullopt, category.prior.standardError,
            category.pooled.observations, category.fromStorePrior ? 1 : 0, reason(category.pooled));
        if (auto ok = insert->run(); !ok)
            return ok;
    }
    return {};
}

Result<QSet<QString>> readPushedPromotions(Database& db)
{
    auto select = db.prepare("SELECT subject_key FROM promotions WHERE pushed_at IS NOT NULL");
    if (!select)
        return std::unexpected(select.error());
    QSet<QString> pushed;
    auto read = select->forEachRow([&](Statement& row) { pushed.insert(row.text(0)); });
    if (!read)
        return std::unexpected(read.error());
    return pushed;
}

Result<void> writePromotions(
    Database& db, std::int64_t runId, const std::vector<PlannedPromotion>& planned, const QSet<QString>& pushed)
{
    if (auto ok = db.exec("DELETE FROM promotions WHERE pushed_at IS NULL"); !ok)
        return ok;
    auto promotion = db.prepare(
        "INSERT INTO promotions (subject_key, run_id, product_id, trigger, why, category, discount_percent, code, "
        "starts_on, ends_on, elasticity, audience_size, control_size, baseline_units, expected_extra_units, "
        "expected_revenue_minor, expected_margin_minor, currency, evidence) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
    auto member = db.prepare("INSERT INTO promotion_audience (subject_key, customer_id, control, score, code) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!promotion)
        return std::unexpected(promotion.error());
    if (!member)
        return std::unexpected(member.error());
    for (const PlannedPromotion& plan : planned) {
        const Promotion& p = plan.promotion;
        if (pushed.contains(p.subjectKey))
            continue;
        promotion->bindAll(p.subjectKey, runId, p.productId, triggerKey(p.trigger), p.why,
            p.category.isEmpty() ? std::nullopt : std::optional(p.category), p.percent, p.code,
            p.startsOn.toString(Qt::ISODate), p.endsOn.toString(Qt::ISODate), p.elasticity, p.audienceSize,
            p.controlSize, p.baselineUnits, p.expectedExtraUnits, p.expectedRevenueMinor, p.expectedMarginMinor,
            p.currency, QString::fromUtf8(QJsonDocument(p.evidence).toJson(QJsonDocument::Compact)));
        if (auto ok = promotion->run(); !ok)
            return ok;
        for (const AudienceMember& m : plan.audience) {
            member->bindAll(p.subjectKey, m.customerId, m.control ? 1 : 0, m.score,
                m.code.isEmpty() ? std::nullopt : std::optional(m.code));
            if (auto ok = member->run(); !ok)
                return ok;
        }
    }
    return {};
}

Result<int> proposePromotions(RecommendationQueue& queue, std::int64_t runId,
    const std::vector<PlannedPromotion>& planned, const QSet<QString>& pushed)
{
    int offered = 0;
    for (const PlannedPromotion& plan : planned) {
        const Promotion& p = plan.promotion;
        if (pushed.contains(p.subjectKey))
            continue;
        Recommendation action;
        action.stage = u"promotions"_s;
        action.kind = u"promotion"_s;
        action.subjectKey = p.subjectKey;
        action.title
            = ActionText::tr("Promote %1: %2 % off for %n customer(s)", nullptr, p.audienceSize - p.controlSize)
                  .arg(p.productTitle)
                  .arg(p.percent);
        action.detail = detailText(plan);
        action.evidence = p.evidence;
        // The units to move: a dismissed promotion comes back when the surplus grows.
        action.evidenceStrength = std::round(plan.surplusUnits);
        action.expectedEffect = effectText(plan);
        action.metric = u"units_bought_vs_control"_s;
        action.windowDays = int(p.startsOn.daysTo(p.endsOn)) + 1 + 14;
        action.confidence = plan.elasticityBorrowed ? 0.4 : 0.7;
        auto shown = queue.offer(action, runId);
        if (!shown)
            return std::unexpected(shown.error());
        offered += *shown;
    }
    return offered;
}

} // namespace flywheel::promotions
