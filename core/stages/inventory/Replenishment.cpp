#include "stages/inventory/Replenishment.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace flywheel::inventory {

namespace {
constexpr double kZ80 = 1.2815515655446004;
constexpr int kDaysPerWeek = 7;
constexpr double kNoDemand = 1e-9;

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}
} // namespace

double normalQuantile(double p)
{
    // Newton's method on the CDF from a logistic start: converges to double precision in a few
    // steps for every p the settings allow.
    p = std::clamp(p, 1e-12, 1.0 - 1e-12);
    double z = std::log(p / (1.0 - p)) * 0.6;
    for (int step = 0; step < 60; ++step) {
        const double density = std::exp(-0.5 * z * z) / std::sqrt(2.0 * std::numbers::pi);
        const double change = (normalCdf(z) - p) / std::max(density, 1e-300);
        z -= std::clamp(change, -1.0, 1.0);
        if (std::abs(change) < 1e-14)
            break;
    }
    return z;
}

DailyDemand::DailyDemand(const forecast::Forecast& forecast, forecast::Frequency frequency)
{
    const int daysPerStep = frequency == forecast::Frequency::Weekly ? kDaysPerWeek : 1;
    for (int h = 0; h < forecast.horizon(); ++h) {
        const size_t i = size_t(h);
        const double sd = std::max(0.0, forecast.upper80[i] - forecast.lower80[i]) / (2.0 * kZ80);
        for (int day = 0; day < daysPerStep; ++day) {
            m_mean.push_back(std::max(0.0, forecast.mean[i]) / daysPerStep);
            m_variance.push_back(sd * sd / daysPerStep);
        }
    }
}

double DailyDemand::sum(const std::vector<double>& perDay, double days) const
{
    if (perDay.empty() || days <= 0)
        return 0;
    double total = 0;
    double left = days;
    for (size_t day = 0; left > 0; ++day) {
        const double value = perDay[std::min(day, perDay.size() - 1)];
        total += value * std::min(1.0, left);
        left -= 1.0;
    }
    return total;
}

double DailyDemand::mean(double days) const
{
    return sum(m_mean, days);
}

double DailyDemand::variance(double days) const
{
    return sum(m_variance, days);
}

std::optional<double> DailyDemand::daysToSell(double units) const
{
    if (units <= 0)
        return 0.0;
    if (m_mean.empty())
        return std::nullopt;
    double sold = 0;
    for (size_t day = 0; day < m_mean.size(); ++day) {
        if (sold + m_mean[day] >= units)
            return double(day) + (units - sold) / m_mean[day];
        sold += m_mean[day];
    }
    // Past the horizon, at the pace of its last step.
    if (m_mean.back() <= kNoDemand)
        return std::nullopt;
    return double(m_mean.size()) + (units - sold) / m_mean.back();
}

Replenishment planReplenishment(const DailyDemand& demand, int available, int incoming, const ReplenishmentTerms& terms)
{
    Replenishment plan;
    const double z = normalQuantile(terms.serviceLevel);
    const double lead = terms.leadTimeDays;
    const double cycle = lead + terms.reviewDays;
    plan.weeklyDemand = demand.mean(12.0 * kDaysPerWeek) / 12.0;
    const double leadMean = demand.mean(lead);
    const double leadSd = std::sqrt(demand.variance(lead));
    plan.reorderPoint = leadMean + z * leadSd;
    plan.orderUpTo = demand.mean(cycle) + z * std::sqrt(demand.variance(cycle));
    const double position = double(std::max(available, 0)) + incoming;
    if (plan.weeklyDemand > kNoDemand) {
        if (position <= plan.reorderPoint)
            plan.suggestedOrder = std::max(1, int(std::ceil(plan.orderUpTo - position)));
        plan.daysOfCover = demand.daysToSell(std::max(available, 0));
        plan.stockoutRisk
            = leadSd > 0 ? 1.0 - normalCdf((position - leadMean) / leadSd) : (leadMean > position ? 1.0 : 0.0);
        plan.unitsShort = std::max(0.0, leadMean - position);
    }
    // Surplus is what even a good run of sales (the upper end of the 80 % range) would leave
    // after the threshold weeks: slow movers' few units are not called overstock on an unlucky mean.
    const double horizon = double(terms.overstockWeeks) * kDaysPerWeek;
    const double surplus = available - (demand.mean(horizon) + kZ80 * std::sqrt(demand.variance(horizon)));
    if (surplus >= kMinOverstockUnits)
        plan.overstockUnits = int(std::floor(surplus));
    return plan;
}

std::optional<int> estimateStockAgeDays(std::span<const forecast::DatedQuantity> sales, int available, QDate lastDay)
{
    if (available <= 0 || !lastDay.isValid())
        return std::nullopt;
    double sold = 0;
    for (auto sale = sales.rbegin(); sale != sales.rend(); ++sale) {
        if (sale->date > lastDay)
            continue;
        sold += std::max(0.0, sale->quantity);
        if (sold >= available)
            return int(sale->date.daysTo(lastDay));
    }
    if (sales.empty())
        return std::nullopt;
    return int(sales.front().date.daysTo(lastDay));
}

} // namespace flywheel::inventory
