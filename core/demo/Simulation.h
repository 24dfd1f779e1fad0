#pragma once

#include "demo/Customers.h"
#include "demo/PhaseProgress.h"
#include "demo/Random.h"
#include "demo/WeightedPool.h"
#include "demo/World.h"

#include <span>

namespace flywheel::demo {

/// Stock a later period of the demo store sells from; the generated history sells without limits.
class StockKeeper {
public:
    virtual ~StockKeeper() = default;
    /// Takes the units of a line about to be sold; false when too few are left (the line is not sold).
    [[nodiscard]] virtual bool take(const Line& line, bool inStore) = 0;
    /// Puts the units of a cancelled online order's line back into the warehouse.
    virtual void putBack(const Line& line) = 0;
};

/// An order placed on purpose rather than drawn from the day's traffic: a promotion's audience
/// member buying the promoted product.
struct PlannedOrder {
    int day = 0;
    int second = 0;
    int customer = 0;
    int product = 0;
    int campaign = -1; ///< the code the customer uses, or -1 to pay as anyone else would that day
};

/// Lives through the store's days: traffic from growth, weekday and season; products chosen by
/// popularity, season, price changes and query spikes; new and returning customers (with the
/// discount-responsive segment coming back when a code runs); discounts, shipping, tax, refunds
/// and cancellations. Fills world.orders, lines and customers and the sales counters of every
/// variant. run() is the generated history; a later period of an advanced store is simulated
/// with beginPeriod() and simulateDay().
class Simulation {
public:
    /// `capacity` bounds the number of customers the store can have by the end.
    Simulation(World& world, Random& random, size_t capacity);

    /// The generated history: world.campaigns, every day, then the sign-ups who never ordered.
    [[nodiscard]] Result<void> run(PhaseProgress& progress);

    /// Sets up a later period from `day` on: world.campaigns must be set, customers hold their
    /// order counts so far; those who ordered before and have not drifted away come back, order
    /// numbers continue after `lastOrderNumber`, each product's demand is scaled by
    /// `demandFactors` (one per product) and lines sell only what `stock` has.
    void beginPeriod(int day, int lastOrderNumber, std::vector<double> demandFactors, StockKeeper& stock);
    /// Draws from `random` from now on (each advanced week has its own stream).
    void useRandom(Random& random);
    /// One day: the traffic's orders and the planned ones, in time order.
    void simulateDay(int day, std::span<const PlannedOrder> planned);

private:
    void prepareProducts();
    void pickProducts(int day);
    int chooseCustomer(int day, bool campaignRunning);
    void makeOrder(int day, int second, int campaign);
    void makePlannedOrder(const PlannedOrder& planned);
    Order startOrder(int customerIndex, int day, int second);
    void finishOrder(Order& order, Customer& customer, int campaign);
    void addLines(Order& order, int day);
    int drawProduct();
    bool addLine(Order& order, int productIndex, int day);
    void price(Order& order, const Customer& customer, int campaign, bool codeGiven);
    void settle(Order& order, int day);
    void addSignUps();

    World& m_world;
    Random* m_random;
    const Calendar& m_calendar;
    CustomerMaker m_maker;
    size_t m_capacity;
    WeightedPool m_regular;
    WeightedPool m_deals;
    StockKeeper* m_stock = nullptr;
    double m_ordersPerTraffic = 0.0;
    int m_numberOffset = 0;
    std::vector<int> m_campaignByDay;
    std::vector<double> m_priceBoost;
    std::vector<double> m_demandFactor;
    std::vector<int> m_spikeOf;
    std::vector<double> m_cumulative;
    std::vector<int> m_active;
    std::vector<int> m_seconds;
};

} // namespace flywheel::demo
