#pragma once

#include <string_view>

namespace flywheel {

// Store format 4: the Inventory stage. Same conventions as the earlier formats: stage signals carry
// the run_id of the run that wrote them and are rewritten by every run of their stage.
inline constexpr std::string_view kSchemaV4 = R"sql(
-- The owner's terms per supplier (the products' vendor); a null column falls back to the store-wide
-- setting (supplier_lead_time_days, service_level_percent).
CREATE TABLE vendor_terms (
    vendor                TEXT PRIMARY KEY,
    lead_time_days        INTEGER CHECK (lead_time_days BETWEEN 1 AND 365),
    service_level_percent REAL CHECK (service_level_percent BETWEEN 50 AND 99.9),
    updated_at            TEXT NOT NULL
) WITHOUT ROWID;

-- Each variant's demand forecast: period is the series' step, first_period the day the first
-- forecast period starts, forecast a JSON object of equally long arrays (mean, lower80, upper80,
-- lower95, upper95) and, when backtested, the backtest's forecast of the held-out periods (backtest). The backtest columns score the same model on the history's last periods
-- held out (backtest_points of them, backtest_units sold in them, backtest_forecast_units forecast
-- for them); null when the history is too short to hold any out or nothing sold in them.
CREATE TABLE inventory_forecasts (
    variant_id       INTEGER PRIMARY KEY REFERENCES variants(id) ON DELETE CASCADE,
    run_id           INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    period           TEXT NOT NULL CHECK (period IN ('day', 'week')),
    first_period     TEXT NOT NULL,
    model            TEXT NOT NULL,
    history_periods  INTEGER NOT NULL,
    censored_periods INTEGER NOT NULL,
    forecast         TEXT NOT NULL,
    note             TEXT,
    backtest_points  INTEGER NOT NULL DEFAULT 0,
    backtest_units   REAL,
    backtest_forecast_units REAL,
    wape             REAL,
    mase             REAL,
    bias             REAL,
    coverage80       REAL,
    coverage95       REAL
);

-- Each stocked variant's health on the day the data runs to: what is on hand and on its way, the
-- weekly demand the forecast expects, and what follows for replenishment (reorder point and
-- order-up-to level from the forecast's distribution over lead time + one week) and for Promotions
-- (units and value above the overstock threshold, the estimated age of the oldest unit).
CREATE TABLE inventory_health (
    variant_id            INTEGER PRIMARY KEY REFERENCES variants(id) ON DELETE CASCADE,
    run_id                INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    status                TEXT NOT NULL CHECK (status IN ('out_of_stock', 'reorder', 'overstock', 'healthy',
                                                          'no_demand', 'inactive')),
    available             INTEGER NOT NULL,
    incoming              INTEGER NOT NULL,
    weekly_demand         REAL NOT NULL,
    days_of_cover         REAL,
    stockout_date         TEXT,
    stockout_risk         REAL,
    lead_time_days        INTEGER NOT NULL,
    service_level_percent REAL NOT NULL,
    reorder_point         REAL NOT NULL,
    order_up_to           REAL NOT NULL,
    suggested_order       INTEGER NOT NULL DEFAULT 0,
    revenue_at_risk_minor INTEGER NOT NULL DEFAULT 0,
    overstock_units       INTEGER NOT NULL DEFAULT 0,
    overstock_value_minor INTEGER NOT NULL DEFAULT 0,
    stock_age_days        INTEGER
);
CREATE INDEX inventory_health_status ON inventory_health(status);
)sql";

} // namespace flywheel
