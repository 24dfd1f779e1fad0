#pragma once

#include <string_view>

namespace flywheel {

// Store format 6: the loop. When each action was pushed and from which day of the store's history
// its outcome is measured, the measured outcomes, the momentum figures per data day, and what each
// stage run read, so a run after an import recomputes only the stages whose inputs changed.
inline constexpr std::string_view kSchemaV6 = R"sql(
ALTER TABLE recommendations ADD COLUMN pushed_at TEXT;

-- Outcomes and momentum count orders in windows of days.
CREATE INDEX orders_created ON orders(created_at);

-- Which tables each import batch wrote or linked. A stage whose tables no batch has touched (or
-- undone) since its last run has nothing new to read. Filled from the rows of earlier imports.
CREATE TABLE batch_tables (
    batch_id   INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    table_name TEXT NOT NULL,
    PRIMARY KEY (batch_id, table_name)
) WITHOUT ROWID;
INSERT OR IGNORE INTO batch_tables SELECT id, 'products' FROM import_batches WHERE id IN (SELECT batch_id FROM products UNION SELECT last_batch_id FROM products);
INSERT OR IGNORE INTO batch_tables SELECT id, 'variants' FROM import_batches WHERE id IN (SELECT batch_id FROM variants UNION SELECT last_batch_id FROM variants);
INSERT OR IGNORE INTO batch_tables SELECT id, 'collections' FROM import_batches WHERE id IN (SELECT batch_id FROM collections UNION SELECT last_batch_id FROM collections);
INSERT OR IGNORE INTO batch_tables SELECT id, 'collection_products' FROM import_batches WHERE id IN (SELECT batch_id FROM collection_products UNION SELECT last_batch_id FROM collection_products);
INSERT OR IGNORE INTO batch_tables SELECT id, 'customers' FROM import_batches WHERE id IN (SELECT batch_id FROM customers UNION SELECT last_batch_id FROM customers);
INSERT OR IGNORE INTO batch_tables SELECT id, 'orders' FROM import_batches WHERE id IN (SELECT batch_id FROM orders UNION SELECT last_batch_id FROM orders);
INSERT OR IGNORE INTO batch_tables SELECT id, 'order_lines' FROM import_batches WHERE id IN (SELECT batch_id FROM order_lines UNION SELECT last_batch_id FROM order_lines);
INSERT OR IGNORE INTO batch_tables SELECT id, 'order_discounts' FROM import_batches WHERE id IN (SELECT batch_id FROM order_discounts UNION SELECT last_batch_id FROM order_discounts);
INSERT OR IGNORE INTO batch_tables SELECT id, 'refunds' FROM import_batches WHERE id IN (SELECT batch_id FROM refunds UNION SELECT last_batch_id FROM refunds);
INSERT OR IGNORE INTO batch_tables SELECT id, 'locations' FROM import_batches WHERE id IN (SELECT batch_id FROM locations UNION SELECT last_batch_id FROM locations);
INSERT OR IGNORE INTO batch_tables SELECT id, 'inventory_levels' FROM import_batches WHERE id IN (SELECT batch_id FROM inventory_levels UNION SELECT last_batch_id FROM inventory_levels);
INSERT OR IGNORE INTO batch_tables SELECT id, 'tickets' FROM import_batches WHERE id IN (SELECT batch_id FROM tickets UNION SELECT last_batch_id FROM tickets);
INSERT OR IGNORE INTO batch_tables SELECT id, 'reviews' FROM import_batches WHERE id IN (SELECT batch_id FROM reviews UNION SELECT last_batch_id FROM reviews);
INSERT OR IGNORE INTO batch_tables SELECT id, 'search_terms' FROM import_batches WHERE id IN (SELECT batch_id FROM search_terms UNION SELECT last_batch_id FROM search_terms);

-- What a stage run read: a fingerprint of its input tables, settings and upstream runs. A stage
-- whose inputs have the fingerprint of its last successful run is up to date and is not run again.
ALTER TABLE stage_runs ADD COLUMN inputs TEXT;

-- One row per pushed action. start_day is the last day of the store's history when the action was
-- pushed: the "before" window ends there and the "after" window starts there, both window_days
-- long. baseline holds what the push froze and the measurement needs later (JSON, per metric).
-- The outcome is measured once the history reaches start_day + window_days: effect is after minus
-- before (or audience minus control), with its 95% interval; improved is 1 when the interval lies
-- wholly on the wanted side, 0 when wholly on the other, NULL when it straddles no effect.
CREATE TABLE outcomes (
    recommendation_id INTEGER PRIMARY KEY REFERENCES recommendations(id) ON DELETE CASCADE,
    stage             TEXT NOT NULL,
    metric            TEXT NOT NULL,
    window_days       INTEGER NOT NULL CHECK (window_days > 0),
    start_day         TEXT NOT NULL,
    baseline          TEXT NOT NULL DEFAULT '{}',
    status            TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'measured')),
    before_value      REAL,
    after_value       REAL,
    effect            REAL,
    effect_low        REAL,
    effect_high       REAL,
    improved          INTEGER CHECK (improved IN (0, 1)),
    sample            TEXT,
    measured_on       TEXT,
    run_id            INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL
);
CREATE INDEX outcomes_by_status ON outcomes(status, stage);

-- The wheel's figures as of each last day of history the store has been analysed at: one row per
-- figure and day, replaced when the same history is analysed again.
CREATE TABLE momentum (
    as_of  TEXT NOT NULL,
    figure TEXT NOT NULL,
    value  REAL NOT NULL,
    run_id INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    PRIMARY KEY (as_of, figure)
) WITHOUT ROWID;
)sql";

} // namespace flywheel
