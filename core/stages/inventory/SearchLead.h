#pragma once

#include "Error.h"
#include "forecast/Forecast.h"
#include "forecast/LeadingSignal.h"

#include <QDate>
#include <QHash>

#include <span>
#include <vector>

namespace flywheel {
class Database;
}

namespace flywheel::inventory {

struct VariantForecast;

/// Each product's weekly searches: every reported search of a query that finds the product, times
/// the share of that query's searches meant for it (the Search stage's search_demand).
struct ProductSearches {
    QDate firstWeek; ///< Monday of the reports' first week; invalid when no report has dates
    int weeks = 0; ///< whole weeks the reports cover; a product's weeks without searches are zero
    QHash<std::int64_t, std::vector<double>> weekly; ///< by product id, `weeks` long
};
[[nodiscard]] Result<ProductSearches> readProductSearches(Database& db);

/// Products whose sales trail their own searches by a week or more, found on their history and
/// read into the forecasts of their variants: the first weeks of a forecast follow the searches
/// already made instead of extrapolating sales that have not moved yet.
///
/// A product qualifies when, forecasting from each of the latest kLeadTrialOrigins weeks with the
/// data of that week only, reading its searches forecast the next weeks better than its own sales
/// history did: by at least a tenth of the error over all those weeks, and by more than chance
/// would (a paired t test of the two forecasts' errors).
class SearchLeads {
public:
    /// Judges every product that has searches and variants in `variants`; `productOf` maps
    /// variant ids to product ids.
    [[nodiscard]] static SearchLeads find(const ProductSearches& searches, const std::vector<VariantForecast>& variants,
        const QHash<std::int64_t, std::int64_t>& productOf);

    /// Lets `forecast` of `variant`, made from its history without its last `heldOut` periods (weeks,
    /// or days of a daily series), follow its product's searches for the weeks they foretell. False
    /// when the product's sales do not follow its searches.
    bool overlay(const VariantForecast& variant, forecast::Forecast& forecast, int heldOut) const;

    /// Products whose sales follow their searches.
    [[nodiscard]] int products() const { return int(m_leads.size()); }
    /// Over those products' trials: the share of the error of the weeks the searches foretell that
    /// reading them took away (0 when there are none).
    [[nodiscard]] double errorCut() const { return m_ownError > 0 ? 1 - m_leadError / m_ownError : 0; }

private:
    /// Scales the days of `forecast` (a daily variant's) in the weeks the searches foretell so that
    /// each of those weeks holds `share` of what `fit` reads off them; returns the weeks changed.
    static int overlayDays(forecast::Forecast& forecast, const forecast::LeadingFit& fit,
        std::span<const double> signal, const VariantForecast& variant, int heldOut, double share);

    struct Lead {
        QDate firstWeek; ///< of `demand`, and of `signal`
        std::vector<double> demand; ///< the product's weekly units: all its variants' (daily ones by week)
        std::vector<double> signal; ///< its searches on the same weeks (NaN before the reports)
        forecast::LeadingFit fit; ///< on the whole history
        double errorCut = 0; ///< share of the next weeks' error the searches took away in the trials
    };
    QHash<std::int64_t, Lead> m_leads; ///< by product id
    QHash<std::int64_t, std::int64_t> m_productOf;
    double m_ownError = 0; ///< absolute error of the products' own forecasts in their trials
    double m_leadError = 0; ///< of the searches' reading of the same weeks
};

/// Weeks whose forecasts of the next weeks judge a product's searches as a lead.
inline constexpr int kLeadTrialOrigins = 8;

} // namespace flywheel::inventory
