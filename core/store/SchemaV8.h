#pragma once

#include <string_view>

namespace flywheel {

// Store format 8: three indexes that no query looked things up by. Each stage run rewrites these
// tables, and keeping the indexes cost more than the rows themselves (on a store of 342,691
// customers, writing their scores took 1.7 s with the segment index and 0.9 s without). The
// queries that read these columns read whole tables: totals per segment, stock by status.
inline constexpr std::string_view kSchemaV8 = R"sql(
DROP INDEX customer_scores_segment;
DROP INDEX inventory_health_status;
DROP INDEX product_attributes_attribute;
)sql";

} // namespace flywheel
