#pragma once

#include <string_view>

namespace flywheel {

// Store format 7: orders per customer and product type were written on every Promotions run and
// read by nothing; a customer's top product type stays in customer_scores.
inline constexpr std::string_view kSchemaV7 = R"sql(
DROP TABLE customer_categories;
)sql";

} // namespace flywheel
