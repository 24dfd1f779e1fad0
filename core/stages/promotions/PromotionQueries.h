#pragma once

#include "Error.h"
#include "stages/promotions/Promotion.h"

namespace flywheel {
class Database;
}

namespace flywheel::promotions {

/// The promotions of the last run and the ones already pushed, with their actions' status; open
/// ones first, then by expected extra revenue.
[[nodiscard]] Result<std::vector<Promotion>> readPromotions(Database& db);

/// A promotion's audience with each member's contact details, control members included, best
/// score first.
[[nodiscard]] Result<std::vector<AudienceMember>> readAudience(Database& db, const QString& subjectKey);

/// Customers per segment, with their lifetime value: the Promotions page's segment chart.
struct SegmentRow {
    QString segment; ///< customer_scores.segment key
    int customers = 0;
    std::int64_t clvMinor = 0; ///< summed
    double averagePAlive = 0;
    double averageDiscountAffinity = 0;
};
[[nodiscard]] Result<std::vector<SegmentRow>> readSegments(Database& db);

/// The customers at a glance, with the fitted customer models or why they could not be fitted.
struct CustomerOverview {
    int customers = 0; ///< with an order
    int repeatCustomers = 0; ///< with two or more
    std::int64_t clvMinor = 0; ///< expected spend over the next 12 months, summed
    QString currency;
    /// Per model ("bg_nbd", "gamma_gamma"): its parameters by name, or why there are none.
    struct Model {
        QString name;
        int customers = 0;
        QList<QPair<QString, double>> parameters;
        QString note;
    };
    QList<Model> models;
};
[[nodiscard]] Result<CustomerOverview> readCustomerOverview(Database& db);

} // namespace flywheel::promotions
