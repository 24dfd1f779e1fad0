#pragma once

#include "stages/promotions/Promotion.h"

namespace flywheel::promotions {

/// A promotion email for the owner to paste into their email tool, in the store's language.
struct EmailDraft {
    QString subject;
    QString body; ///< "[Discount Code]" marks where each customer's own code goes
};

/// Writes the draft in `language` (the store's, e.g. "de") when Flywheel has that language, in
/// English otherwise; the customers read it, so it follows the store, not the owner's screen.
[[nodiscard]] EmailDraft draftEmail(const Promotion& promotion, const QString& language, const QString& storeName);

} // namespace flywheel::promotions
