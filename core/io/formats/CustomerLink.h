#pragma once

#include "io/formats/FormatBase.h"

#include <string>

namespace flywheel::formats {

/// Finds the customer an order belongs to, creating a minimal customer from the order when the
/// store has none yet (a later customers import fills in the rest). Customers are keyed by their
/// lower-cased e-mail, or by name where an export carries no e-mail (WooCommerce Analytics orders).
class CustomerLink {
public:
    CustomerLink(Database& db, std::int64_t batchId);

    [[nodiscard]] Result<std::optional<std::int64_t>> byEmail(std::string_view platform, std::string_view email,
                                                              std::string_view fullName);
    [[nodiscard]] Result<std::optional<std::int64_t>> byName(std::string_view platform, std::string_view fullName);

private:
    [[nodiscard]] Result<std::optional<std::int64_t>> link(std::string_view key, std::string_view platform,
                                                           std::string_view email, std::string_view fullName);
    TableWriter m_customers;
    StringMap<std::int64_t> m_known; ///< customers met in this file, so each is looked up once
    std::string m_key;               ///< reused for building keys without an allocation per order
};

/// Customer key for an e-mail address ("Ann@X.com" -> "ann@x.com").
[[nodiscard]] std::string customerKeyForEmail(std::string_view email);

} // namespace flywheel::formats
