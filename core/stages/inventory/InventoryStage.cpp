#include "stages/inventory/InventoryStage.h"

#include "flywheel/StageSteps.h"
#include "stages/inventory/InventorySignals.h"
#include "stages/inventory/SearchLead.h"
#include "store/Database.h"

namespace flywheel::inventory {

namespace {
StageSummary summarize(const VariantForecasts& forecasts, const std::vector<StockHealth>& health, int actions)
{
    StageSummary summary;
    summary.recommendations = actions;
    int reorder = 0;
    int out = 0;
    int overstocked = 0;
    for (const StockHealth& h : health) {
        reorder += h.status == StockStatus::Reorder ? 1 : 0;
        out += h.status == StockStatus::OutOfStock ? 1 : 0;
        overstocked += h.status == StockStatus::Overstock ? 1 : 0;
    }
    if (forecasts.overall.points > 0) {
        summary.figure = 100.0 * forecasts.overall.wape;
        summary.figureLabel = InventoryStage::tr("forecast error on held-out weeks, WAPE (%)");
    }
    summary.headline = InventoryStage::tr("%n variant(s) forecast; %1 to reorder, %2 out of stock, %3 overstocked",
        nullptr, int(forecasts.variants.size()))
                           .arg(reorder)
                           .arg(out)
                           .arg(overstocked);
    if (forecasts.searchLedProducts > 0)
        summary.headline += QStringLiteral("; ")
            + InventoryStage::tr("the next weeks of %n product(s) follow their searches (%1% closer to what sold over "
                                 "the last %2 weeks)",
                nullptr, forecasts.searchLedProducts)
                  .arg(qRound(100 * forecasts.searchLeadErrorCut))
                  .arg(kLeadTrialOrigins);
    if (health.empty() && !forecasts.variants.empty())
        summary.headline += u' '
            + InventoryStage::tr(
                "No stock levels yet: import an inventory export to see cover, reorders and overstock.");
    summary.handoff = InventoryStage::tr("%n overstocked variant(s)", nullptr, overstocked);
    return summary;
}
} // namespace

Stage::Reader InventoryStage::readAhead() const
{
    return readerOf([](Database& db, const Progress*) { return readDemandHistories(db); });
}

Result<StageSummary> InventoryStage::run(StageContext& context)
{
    Database& db = context.db;
    Progress* progress = context.progress;
    enum Step { Forecast, Assess, Write, StepCount };
    StageSteps steps(name(), StepCount, progress);

    steps.enter(Forecast, "Forecast");
    auto histories = readAheadOr<DemandHistories>(context, [&] { return readDemandHistories(db); });
    if (!histories)
        return std::unexpected(histories.error());
    auto forecasts = forecastVariants(db, kHorizonWeeks, std::move(*histories), progress);
    if (!forecasts)
        return std::unexpected(forecasts.error());
    auto variants = readStockedVariants(db);
    if (!variants)
        return std::unexpected(variants.error());
    auto terms = TermsByVendor::read(db);
    if (!terms)
        return std::unexpected(terms.error());
    if (auto ok = checkCancelled(*this, progress); !ok)
        return std::unexpected(ok.error());

    steps.enter(Assess, "Assess");
    QHash<std::int64_t, const VariantForecast*> forecastOf;
    for (const VariantForecast& variant : forecasts->variants)
        if (variant.forecast)
            forecastOf.insert(variant.variantId, &variant);
    std::vector<StockHealth> health;
    const QDate lastDay = forecasts->histories.lastDay;
    for (const VariantHistory& history : forecasts->histories.variants) {
        const auto variant = variants->constFind(history.variantId);
        if (history.readings.empty() || variant == variants->cend() || !variant->tracked)
            continue;
        std::optional<DailyDemand> demand;
        if (const VariantForecast* forecast = forecastOf.value(history.variantId))
            demand.emplace(*forecast->forecast, forecast->demand.frequency);
        health.push_back(assessStock(*variant, history, demand, terms->termsFor(variant->vendor), lastDay));
    }

    steps.enter(Write, "Write");
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = writeForecasts(db, context.runId, *forecasts); !ok)
        return std::unexpected(ok.error());
    if (auto ok = writeHealth(db, context.runId, health); !ok)
        return std::unexpected(ok.error());
    auto actions = proposeReorders(context.queue, context.runId, health, *variants, forecastOf);
    if (!actions)
        return std::unexpected(actions.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return summarize(*forecasts, health, *actions);
}

} // namespace flywheel::inventory
