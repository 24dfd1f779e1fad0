#pragma once

#include "Error.h"
#include "flywheel/PushReport.h"

namespace flywheel {
class Database;
}

namespace flywheel::promotions {

/// Writes every accepted promotion into `dir`, named after its code and the day:
/// - discounts-CODE-DATE.csv: one row per member's code in Matrixify's Discounts layout (Shopify);
/// - promotion-codes-CODE-DATE.csv: the same codes in a plain layout (code, percent, product,
///   dates, email) for other platforms' coupon importers;
/// - klaviyo-CODE-DATE.csv and mailchimp-CODE-DATE.csv: the audience without its control group,
///   each member with their code, in the columns the two tools map on import;
/// - email-CODE-DATE.txt: a subject and body draft in the store's language.
/// The control group stays in the store. Marks the promotions and their actions pushed.
[[nodiscard]] Result<PushReport> pushPromotions(Database& db, const QString& dir);

} // namespace flywheel::promotions
