#pragma once

#include <string_view>

namespace flywheel {

// Store format 8:
// - Three indexes that no query looked things up by are dropped. Each stage run rewrites these
//   tables, and keeping the indexes cost more than the rows themselves (on a store of 342,691
//   customers, writing their scores took 1.7 s with the segment index and 0.9 s without). The
//   queries that read these columns read whole tables: totals per segment, stock by status.
// - stage_memory: what a stage keeps between its runs to redo only what changed. Content keeps
//   the digest of the catalog text its stored attribute values were read from.
inline constexpr std::string_view kSchemaV8 = R"sql(
DROP INDEX customer_scores_segment;
DROP INDEX inventory_health_status;
DROP INDEX product_attributes_attribute;

CREATE TABLE stage_memory (
    stage TEXT NOT NULL,
    name  TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (stage, name)
) WITHOUT ROWID;
)sql";

} // namespace flywheel
