#pragma once

#include "stages/promotions/PromotionTriggers.h"

#include <QDate>
#include <QJsonArray>
#include <QString>

#include <optional>
#include <vector>

namespace flywheel::promotions {

/// One customer a promotion is for. Control members are held back at random: they get no code and
/// no email, so comparing the two groups later shows what the promotion changed.
struct AudienceMember {
    std::int64_t customerId = 0;
    double score = 0;
    bool control = false;
    QString code; ///< the member's own code; empty for control members
    QString email;
    QString firstName;
    QString lastName;
    QString countryCode;
    QString segment; ///< customer_scores.segment
};

/// A suggested promotion of one product, as the promotions table keeps it.
struct Promotion {
    QString subjectKey; ///< "product:ID", also the subject of its action in the queue
    std::int64_t productId = 0;
    QString productTitle;
    QString handle;
    QString category;
    QString currency;
    Trigger trigger = Trigger::Overstock;
    QString why; ///< the trigger in the owner's words
    int percent = 0;
    QString code; ///< shared part of every member's code, e.g. "PARKA25"
    QDate startsOn;
    QDate endsOn;
    double elasticity = 0;
    double baselineUnits = 0;
    double expectedExtraUnits = 0;
    std::int64_t expectedRevenueMinor = 0; ///< extra revenue against no promotion
    std::optional<std::int64_t> expectedMarginMinor; ///< extra margin, when the product's cost is known
    int audienceSize = 0; ///< every member, control included
    int controlSize = 0;
    QJsonArray evidence;
    QString pushedAt;
    std::int64_t actionId = 0; ///< its action in the queue, 0 when none
    QString status; ///< the action's status
};

} // namespace flywheel::promotions
