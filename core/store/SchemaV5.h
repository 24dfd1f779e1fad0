#pragma once

#include <string_view>

namespace flywheel {

// Store format 5: customers and the Promotions stage. Same conventions as the earlier formats: stage
// signals carry the run_id of the run that wrote them and are rewritten by every run of their stage,
// except what a push has handed out (a promotion's audience and control group), which is kept so
// its outcome can be measured.
inline constexpr std::string_view kSchemaV5 = R"sql(
-- Each customer with an order: RFM scores (1-5, 5 best) and segment, the purchase model's view
-- (probability still a customer, expected orders in the next 90 days, expected next order day,
-- lifetime value over the next year) and how often they buy on a discount.
CREATE TABLE customer_scores (
    customer_id            INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    run_id                 INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    orders                 INTEGER NOT NULL,
    first_order_on         TEXT NOT NULL,
    last_order_on          TEXT NOT NULL,
    spent_minor            INTEGER NOT NULL,
    recency_score          INTEGER NOT NULL CHECK (recency_score BETWEEN 1 AND 5),
    frequency_score        INTEGER NOT NULL CHECK (frequency_score BETWEEN 1 AND 5),
    monetary_score         INTEGER NOT NULL CHECK (monetary_score BETWEEN 1 AND 5),
    segment                TEXT NOT NULL,
    p_alive                REAL,
    expected_purchases_90d REAL,
    expected_next_order_on TEXT,
    clv_minor              INTEGER,
    discounted_orders      INTEGER NOT NULL,
    discount_affinity      REAL NOT NULL,
    top_category           TEXT
);
CREATE INDEX customer_scores_segment ON customer_scores(segment);

-- Orders per customer and product type: what category affinity is computed from.
CREATE TABLE customer_categories (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    category    TEXT NOT NULL,
    orders      INTEGER NOT NULL,
    PRIMARY KEY (customer_id, category)
) WITHOUT ROWID;

-- The fitted customer models of the latest run: model 'bg_nbd' (r, alpha, a, b) or 'gamma_gamma'
-- (p, q, v), as JSON, or the reason it could not be fitted.
CREATE TABLE customer_models (
    model          TEXT PRIMARY KEY CHECK (model IN ('bg_nbd', 'gamma_gamma')),
    run_id         INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    customers      INTEGER NOT NULL,
    parameters     TEXT,
    log_likelihood REAL,
    note           TEXT
) WITHOUT ROWID;

-- Price response per product and per product type: elasticity of units to price, shrunk towards
-- the product type's when the product's own data are thin; borrowed = no estimate of its own.
CREATE TABLE price_response (
    scope          TEXT NOT NULL CHECK (scope IN ('product', 'category')),
    key            TEXT NOT NULL,
    run_id         INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    elasticity     REAL NOT NULL,
    own_estimate   REAL,
    standard_error REAL,
    observations   INTEGER NOT NULL,
    borrowed       INTEGER NOT NULL DEFAULT 0,
    reason         TEXT,
    PRIMARY KEY (scope, key)
) WITHOUT ROWID;

-- One suggested promotion per product: why (trigger), how deep, for whom, and what it should do.
-- pushed_at is set when its codes and audience went out; from then on the row and its audience are
-- kept as they were pushed.
CREATE TABLE promotions (
    subject_key            TEXT PRIMARY KEY,
    run_id                 INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    product_id             INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    trigger                TEXT NOT NULL CHECK (trigger IN ('overstock', 'slow_mover', 'season_end',
                                                            'trending_surplus')),
    why                    TEXT NOT NULL,
    category               TEXT,
    discount_percent       INTEGER NOT NULL,
    code                   TEXT NOT NULL,
    starts_on              TEXT NOT NULL,
    ends_on                TEXT NOT NULL,
    elasticity             REAL NOT NULL,
    audience_size          INTEGER NOT NULL,
    control_size           INTEGER NOT NULL,
    baseline_units         REAL NOT NULL,
    expected_extra_units   REAL NOT NULL,
    expected_revenue_minor INTEGER NOT NULL,
    expected_margin_minor  INTEGER,
    currency               TEXT,
    evidence               TEXT NOT NULL,
    pushed_at              TEXT
);

-- Who a promotion is for: control = 1 for the randomly held-back customers who get nothing, so the
-- promotion's effect can be measured against them; the others get a code of their own (code), so
-- the next import shows who used it.
CREATE TABLE promotion_audience (
    subject_key TEXT NOT NULL REFERENCES promotions(subject_key) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    control     INTEGER NOT NULL CHECK (control IN (0, 1)),
    score       REAL NOT NULL,
    code        TEXT,
    PRIMARY KEY (subject_key, customer_id)
) WITHOUT ROWID;

-- Merchandising stage: each searched query's and each product's weekly demand judged against its
-- seasonal baseline as of its latest week. subject 'query' keys by the folded query, 'product' by the
-- product id. trend, since_week (Monday of the week the change began), observed, expected, ratio, z
-- and confidence are the product's own unless via_query names the trending query whose first page of
-- results shows it. baseline says what the expected level comes from; peers (JSON array) are the
-- queries that set it. weekly and baseline_weekly (JSON arrays, null where unknown) are the last year
-- of weeks from first_week (searches, or a product's orders), as the chart draws them; recent is the
-- latest four weeks' count. stock
-- (products only) is what Inventory says of the product, as merch_collection_ranks.stock.
CREATE TABLE merch_trends (
    subject         TEXT NOT NULL CHECK (subject IN ('query', 'product')),
    key             TEXT NOT NULL,
    product_id      INTEGER REFERENCES products(id) ON DELETE CASCADE,
    run_id          INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    trend           TEXT NOT NULL CHECK (trend IN ('spike', 'rise', 'steady', 'fall')),
    baseline        TEXT NOT NULL CHECK (baseline IN ('last_year', 'peers', 'recent')),
    since_week      TEXT,
    observed        REAL NOT NULL,
    expected        REAL NOT NULL,
    ratio           REAL NOT NULL,
    z               REAL NOT NULL,
    confidence      REAL NOT NULL,
    recent          REAL NOT NULL,
    via_query       TEXT,
    peers           TEXT,
    first_week      TEXT NOT NULL,
    weekly          TEXT NOT NULL,
    baseline_weekly TEXT NOT NULL,
    stock           TEXT CHECK (stock IN ('healthy', 'low', 'out', 'unknown', 'not_on_sale')),
    PRIMARY KEY (subject, key)
) WITHOUT ROWID;
CREATE INDEX merch_trends_product ON merch_trends(product_id);

-- Merchandising stage: each collection's products in their current and suggested order. score is
-- the weighted sum of its parts (each 0..1 within the collection; conversion and margin null when
-- unknown), stock what Inventory says of it, explanation one line for the owner.
CREATE TABLE merch_collection_ranks (
    collection_id      INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    product_id         INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    run_id             INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    current_position   INTEGER NOT NULL,
    suggested_position INTEGER NOT NULL,
    score              REAL NOT NULL,
    demand             REAL NOT NULL,
    trend              REAL NOT NULL,
    conversion         REAL,
    margin             REAL,
    stock              TEXT NOT NULL CHECK (stock IN ('healthy', 'low', 'out', 'unknown', 'not_on_sale')),
    days_of_cover      REAL,
    explanation        TEXT NOT NULL,
    PRIMARY KEY (collection_id, product_id)
) WITHOUT ROWID;
)sql";

} // namespace flywheel
