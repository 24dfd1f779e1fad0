#pragma once

#include "demo/Random.h"

#include <string>
#include <string_view>

namespace flywheel::demo {

enum class Intent : quint8 {
    OrderStatus,
    Return,
    Sizing,
    Damaged,
    Discount,
    ProductQuestion,
    Praise,
    Complaint,
    OrderChange,
};
inline constexpr int kIntentCount = 9;

/// The facts a ticket's text may mention; empty ones are not used by the chosen template.
struct TicketFacts {
    std::string product;
    std::string type; ///< lower-case product type ("jackets")
    std::string order; ///< "#1234", empty when the ticket names no order
    std::string size;
    std::string otherSize;
    std::string color;
    std::string code;
    std::string firstName;
    std::string days;
    std::string attribute; ///< "waterproof", "machine washable", "true to size", or empty
    bool tooSmall = true;  ///< for returns: otherSize is the next size up, else the next size down
};

struct TicketText {
    std::string subject;
    std::string body;
};

/// A customer's message in their own words: greeting, the matter, a sign-off; some in a hurry
/// (lower case, no greeting). Questions about an attribute are asked in several phrasings.
[[nodiscard]] TicketText composeTicket(Intent intent, const TicketFacts& facts, Random& random);
[[nodiscard]] std::string_view intentName(Intent intent);
/// The tag an agent puts on a ticket of this intent.
[[nodiscard]] std::string_view intentTag(Intent intent);

} // namespace flywheel::demo
