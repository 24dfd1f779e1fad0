#include "stages/promotions/PromotionsStage.h"

#include "Parallel.h"
#include "customers/PriceHistory.h"
#include "flywheel/StageSteps.h"
#include "stages/promotions/PromotionSignals.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QtConcurrent/QtConcurrentRun>

namespace flywheel::promotions {

namespace {
/// Everything the stage works out from the orders alone.
struct CustomersAndPrices {
    ScoredCustomers scored;
    customers::PriceResponses prices;
};

Result<CustomersAndPrices> readCustomersAndPrices(Database& db, const Progress* progress)
{
    // The price histories are read on a connection of their own while the customers are scored:
    // the two share nothing, and on a large store each takes seconds.
    QFuture<Result<customers::PriceHistories>> pricesRead
        = QtConcurrent::run(&computePool(), [path = db.path()]() -> Result<customers::PriceHistories> {
              auto own = Database::open(path, Database::Mode::ReadOnly);
              if (!own)
                  return std::unexpected(own.error());
              return customers::readPriceHistories(*own);
          });
    auto scored = scoreCustomers(db, progress);
    auto histories = pricesRead.result();
    if (!scored)
        return std::unexpected(scored.error());
    if (!histories)
        return std::unexpected(histories.error());
    return CustomersAndPrices { std::move(*scored), customers::estimatePriceResponses(histories->series) };
}

Result<PlanningInputs> planningSettings(Database& db, const ScoredCustomers& scored,
    const customers::PriceResponses& prices, const std::vector<ProductStock>& stock, quint64 seed)
{
    auto control = StoreSettings::get(db, settings::controlGroupPercent);
    auto floor = StoreSettings::get(db, settings::marginFloorPercent);
    auto deepest = StoreSettings::get(db, settings::maxDiscountPercent);
    auto days = StoreSettings::get(db, settings::promotionDays);
    for (const Result<int>* value : { &control, &floor, &deepest, &days })
        if (!*value)
            return std::unexpected(value->error());
    PlanningInputs inputs { scored, prices, stock, { *floor, *deepest }, *control, *days, {}, seed };
    // A promotion starts the day after the data ends: that is "now" for the store's numbers.
    inputs.startsOn = scored.histories.lastDay.isValid() ? scored.histories.lastDay.addDays(1) : QDate();
    return inputs;
}

StageSummary summarize(const ScoredCustomers& scored, const PlanResult& plan, int actions, int leftOut)
{
    StageSummary summary;
    summary.recommendations = actions;
    const int customers = int(scored.scores.size());
    int repeat = 0;
    for (const CustomerScore& score : scored.scores)
        repeat += score.summary.frequency >= 1 ? 1 : 0;
    summary.headline = PromotionsStage::tr(
        "%n customer(s) scored, %1 of them repeat buyers; %2 promotion(s) suggested.", nullptr, customers)
                           .arg(repeat)
                           .arg(plan.promotions.size());
    if (leftOut > 0)
        summary.headline += u' '
            + PromotionsStage::tr("%n more product(s) with surplus stock wait until these are done (the %1 with "
                                  "the most money in surplus come first).",
                nullptr, leftOut)
                  .arg(kMaxPromotions);
    if (!scored.models.purchaseNote.isEmpty())
        summary.headline += u' ' + scored.models.purchaseNote;
    if (!plan.notPlanned.isEmpty())
        summary.headline += u' '
            + PromotionsStage::tr("%n product(s) could not be promoted: %1", nullptr, int(plan.notPlanned.size()))
                  .arg(plan.notPlanned.first());
    // The wheel's figure: how much of the stock the owner wants moved the suggestions would move.
    double surplus = 0;
    double moved = 0;
    for (const PlannedPromotion& p : plan.promotions) {
        surplus += p.surplusUnits;
        moved += std::clamp(p.depth.extraUnits, 0.0, p.surplusUnits);
    }
    if (surplus > 0) {
        summary.figure = 100.0 * moved / surplus;
        summary.figureLabel = PromotionsStage::tr("surplus units the suggested promotions should move (%)");
    }
    summary.handoff = PromotionsStage::tr("%n promotion(s) with a control group", nullptr, int(plan.promotions.size()));
    return summary;
}
} // namespace

Stage::Reader PromotionsStage::readAhead() const
{
    return readerOf(readCustomersAndPrices);
}

Result<StageSummary> PromotionsStage::run(StageContext& context)
{
    Database& db = context.db;
    Progress* progress = context.progress;
    enum Step { Customers, Plan, Write, StepCount };
    StageSteps steps(name(), StepCount, progress);

    steps.enter(Customers, "Customers");
    auto read = readAheadOr<CustomersAndPrices>(context, [&] { return readCustomersAndPrices(db, progress); });
    if (!read)
        return std::unexpected(read.error());
    if (auto ok = checkCancelled(*this, progress); !ok)
        return std::unexpected(ok.error());
    const ScoredCustomers& scored = read->scored;
    const customers::PriceResponses& prices = read->prices;

    steps.enter(Plan, "Plan");
    auto stock = readProductStock(db);
    if (!stock)
        return std::unexpected(stock.error());
    int leftOut = 0;
    const std::vector<TriggeredProduct> triggered = mostValuableTriggers(*stock, leftOut);
    auto inputs = planningSettings(db, scored, prices, *stock, context.seed);
    if (!inputs)
        return std::unexpected(inputs.error());
    const PlanResult plan = inputs->startsOn.isValid() ? planPromotions(triggered, *inputs) : PlanResult {};
    auto pushed = readPushedPromotions(db);
    if (!pushed)
        return std::unexpected(pushed.error());

    steps.enter(Write, "Write");
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = writeCustomerScores(db, context.runId, scored); !ok)
        return std::unexpected(ok.error());
    if (auto ok = writePriceResponses(db, context.runId, prices); !ok)
        return std::unexpected(ok.error());
    if (auto ok = writePromotions(db, context.runId, plan.promotions, *pushed); !ok)
        return std::unexpected(ok.error());
    auto actions = proposePromotions(context.queue, context.runId, plan.promotions, *pushed);
    if (!actions)
        return std::unexpected(actions.error());
    // A product no longer overstocked or slow: its open promotion goes with it.
    if (auto ok = context.queue.withdrawStale(name(), context.runId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return summarize(scored, plan, *actions, leftOut);
}

} // namespace flywheel::promotions
