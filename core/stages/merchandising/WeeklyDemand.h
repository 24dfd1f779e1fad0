#pragma once

#include "Error.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace flywheel {
class Database;
}

namespace flywheel::merchandising {

/// Weeks (Monday to Sunday) in a row, with the share of each that the data covers.
struct WeekGrid {
    QDate firstWeek; ///< Monday of the first week; invalid when there are no weeks
    std::vector<double> exposure; ///< per week, in (0, 1]: the first and latest may be partial

    [[nodiscard]] int weeks() const { return int(exposure.size()); }
    [[nodiscard]] QDate weekStart(int index) const { return firstWeek.addDays(7 * qint64(index)); }
    /// The index of the week holding `day`, or nullopt outside the grid.
    [[nodiscard]] std::optional<int> indexOf(QDate day) const;

    /// The weeks from `firstDay` to `lastDay` (inclusive), at most `maxWeeks` of the latest; a first
    /// or latest week with less than three days of data is left out.
    [[nodiscard]] static WeekGrid covering(QDate firstDay, QDate lastDay, int maxWeeks);
};

/// One query's weekly searches from the site-search reports, spellings folded together.
struct QueryWeeks {
    QString query; ///< folded: lower case, spaces collapsed
    std::vector<double> searches;
    std::vector<double> clicks;
};

/// One product's weekly sales, cancelled orders left out.
struct ProductWeeks {
    std::int64_t productId = 0;
    QString productType;
    std::vector<double> units;
    /// Order lines: what trends are judged on, as a bulk order is one shopper however many it buys.
    std::vector<double> orders;
};

/// The store's weekly demand: searches per query on the search reports' weeks, units and orders per
/// product on the orders' weeks. Each runs to its own latest week, so a search report exported a week before the
/// orders does not read as a fall.
struct WeeklyDemand {
    WeekGrid searchWeeks; ///< no weeks when no search report has dates
    std::vector<QueryWeeks> queries; ///< the most searched first
    bool undatedSearches = false; ///< some reports cover one range without dates: they cannot show a trend
    WeekGrid salesWeeks;
    std::vector<ProductWeeks> products; ///< by product id; products that sold in the weeks
};

/// Weeks of history read: two years, so the same weeks a year earlier are there for the latest half-year.
inline constexpr int kHistoryWeeks = 104;

[[nodiscard]] Result<WeeklyDemand> readWeeklyDemand(Database& db);

} // namespace flywheel::merchandising
