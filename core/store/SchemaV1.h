#pragma once

#include <string_view>

namespace flywheel {

// Store format 1. Conventions every table follows:
// - money is INTEGER minor units (cents) beside a currency code; never REAL;
// - times are UTC ISO-8601 text ("2025-05-11T13:55:16Z"); dates that belong to the store's own
//   calendar (inventory readings) are "YYYY-MM-DD" in the store's time zone;
// - every imported row has a natural key from its source (UNIQUE), so re-imports update in place,
//   and batch_id / last_batch_id naming the import that created it and the one that last changed it,
//   which is what makes a whole import undoable (see batch_journal). These two are bookkeeping
//   written only by the import itself, so they carry no foreign key: a million-row import would
//   otherwise check the batch table twice per row.
inline constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE store_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE import_batches (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT NOT NULL,
    file_hash    TEXT NOT NULL,
    file_size    INTEGER NOT NULL,
    format       TEXT NOT NULL,
    platform     TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    rows_read    INTEGER NOT NULL DEFAULT 0,
    inserted     INTEGER NOT NULL DEFAULT 0,
    updated      INTEGER NOT NULL DEFAULT 0,
    unchanged    INTEGER NOT NULL DEFAULT 0,
    rejected     INTEGER NOT NULL DEFAULT 0,
    rejects_file TEXT,
    undone_at    TEXT
);

-- The image of each row a batch updated, as it was before; undo writes these back.
CREATE TABLE batch_journal (
    batch_id   INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    old_row    TEXT NOT NULL,
    PRIMARY KEY (batch_id, table_name, row_id)
) WITHOUT ROWID;

CREATE TABLE products (
    id               INTEGER PRIMARY KEY,
    platform         TEXT NOT NULL,
    source_key       TEXT NOT NULL,
    handle           TEXT,
    title            TEXT NOT NULL DEFAULT '',
    description_html TEXT,
    vendor           TEXT,
    product_type     TEXT,
    category         TEXT,
    tags             TEXT,
    status           TEXT,
    published        INTEGER,
    seo_title        TEXT,
    seo_description  TEXT,
    batch_id         INTEGER NOT NULL,
    last_batch_id    INTEGER NOT NULL,
    UNIQUE (platform, source_key)
);
CREATE INDEX products_handle ON products(handle);

CREATE TABLE variants (
    id                INTEGER PRIMARY KEY,
    product_id        INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    source_key        TEXT NOT NULL,
    sku               TEXT,
    barcode           TEXT,
    option1_name      TEXT,
    option1           TEXT,
    option2_name      TEXT,
    option2           TEXT,
    option3_name      TEXT,
    option3           TEXT,
    price_minor       INTEGER,
    compare_at_minor  INTEGER,
    cost_minor        INTEGER,
    currency          TEXT,
    weight_grams      REAL,
    inventory_tracked INTEGER,
    inventory_policy  TEXT,
    requires_shipping INTEGER,
    taxable           INTEGER,
    position          INTEGER,
    batch_id          INTEGER NOT NULL,
    last_batch_id     INTEGER NOT NULL,
    UNIQUE (product_id, source_key)
);
CREATE INDEX variants_sku ON variants(sku);

CREATE TABLE collections (
    id            INTEGER PRIMARY KEY,
    platform      TEXT NOT NULL,
    source_key    TEXT NOT NULL,
    title         TEXT NOT NULL,
    batch_id      INTEGER NOT NULL,
    last_batch_id INTEGER NOT NULL,
    UNIQUE (platform, source_key)
);

CREATE TABLE collection_products (
    id            INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    product_id    INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position      INTEGER,
    batch_id      INTEGER NOT NULL,
    last_batch_id INTEGER NOT NULL,
    UNIQUE (collection_id, product_id)
);

CREATE TABLE customers (
    id                      INTEGER PRIMARY KEY,
    customer_key            TEXT NOT NULL UNIQUE,
    platform                TEXT NOT NULL,
    source_id               TEXT,
    email                   TEXT,
    first_name              TEXT,
    last_name               TEXT,
    phone                   TEXT,
    company                 TEXT,
    city                    TEXT,
    province_code           TEXT,
    country_code            TEXT,
    zip                     TEXT,
    accepts_email_marketing INTEGER,
    accepts_sms_marketing   INTEGER,
    tags                    TEXT,
    note                    TEXT,
    total_spent_minor       INTEGER,
    total_orders            INTEGER,
    currency                TEXT,
    signed_up_at            TEXT,
    last_active_at          TEXT,
    batch_id                INTEGER NOT NULL,
    last_batch_id           INTEGER NOT NULL
);

CREATE TABLE orders (
    id                 INTEGER PRIMARY KEY,
    platform           TEXT NOT NULL,
    source_key         TEXT NOT NULL,
    source_id          TEXT,
    customer_id        INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    email              TEXT,
    created_at         TEXT NOT NULL,
    paid_at            TEXT,
    fulfilled_at       TEXT,
    cancelled_at       TEXT,
    financial_status   TEXT,
    fulfillment_status TEXT,
    currency           TEXT NOT NULL,
    subtotal_minor     INTEGER,
    shipping_minor     INTEGER,
    taxes_minor        INTEGER,
    total_minor        INTEGER,
    discount_minor     INTEGER,
    refunded_minor     INTEGER,
    shipping_method    TEXT,
    sales_channel      TEXT,
    customer_type      TEXT,
    tags               TEXT,
    shipping_country   TEXT,
    shipping_province  TEXT,
    shipping_city      TEXT,
    batch_id           INTEGER NOT NULL,
    last_batch_id      INTEGER NOT NULL,
    UNIQUE (platform, source_key)
);
CREATE INDEX orders_customer ON orders(customer_id);

CREATE TABLE order_lines (
    id                 INTEGER PRIMARY KEY,
    order_id           INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no            INTEGER NOT NULL,
    variant_id         INTEGER REFERENCES variants(id) ON DELETE SET NULL,
    sku                TEXT,
    name               TEXT NOT NULL,
    vendor             TEXT,
    quantity           INTEGER NOT NULL,
    price_minor        INTEGER,
    compare_at_minor   INTEGER,
    discount_minor     INTEGER,
    fulfillment_status TEXT,
    requires_shipping  INTEGER,
    taxable            INTEGER,
    batch_id           INTEGER NOT NULL,
    last_batch_id      INTEGER NOT NULL,
    UNIQUE (order_id, line_no)
);
CREATE INDEX order_lines_variant ON order_lines(variant_id);

CREATE TABLE order_discounts (
    id            INTEGER PRIMARY KEY,
    order_id      INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    code          TEXT NOT NULL,
    amount_minor  INTEGER,
    batch_id      INTEGER NOT NULL,
    last_batch_id INTEGER NOT NULL,
    UNIQUE (order_id, code)
);

-- Refunds as the export reports them: order level (Shopify's "Refunded Amount").
CREATE TABLE refunds (
    id            INTEGER PRIMARY KEY,
    order_id      INTEGER NOT NULL UNIQUE REFERENCES orders(id) ON DELETE CASCADE,
    amount_minor  INTEGER NOT NULL,
    currency      TEXT NOT NULL,
    batch_id      INTEGER NOT NULL,
    last_batch_id INTEGER NOT NULL
);

CREATE TABLE locations (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    batch_id      INTEGER NOT NULL,
    last_batch_id INTEGER NOT NULL
);

CREATE TABLE inventory_levels (
    id            INTEGER PRIMARY KEY,
    variant_id    INTEGER NOT NULL REFERENCES variants(id) ON DELETE CASCADE,
    location_id   INTEGER NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
    read_on       TEXT NOT NULL,
    stocked       INTEGER NOT NULL DEFAULT 1,
    available     INTEGER,
    on_hand       INTEGER,
    committed     INTEGER,
    incoming      INTEGER,
    unavailable   INTEGER,
    batch_id      INTEGER NOT NULL,
    last_batch_id INTEGER NOT NULL,
    UNIQUE (variant_id, location_id, read_on)
);

CREATE TABLE stage_runs (
    id          INTEGER PRIMARY KEY,
    stage       TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL CHECK (status IN ('running', 'ok', 'failed', 'cancelled')),
    duration_ms INTEGER,
    message     TEXT
);

-- One queue of actions across stages. (stage, kind, subject_key) identifies "the same action",
-- so a run refreshes it instead of proposing it twice.
CREATE TABLE recommendations (
    id                INTEGER PRIMARY KEY,
    stage             TEXT NOT NULL,
    kind              TEXT NOT NULL,
    subject_key       TEXT NOT NULL,
    title             TEXT NOT NULL,
    detail            TEXT,
    evidence          TEXT NOT NULL DEFAULT '[]',
    evidence_strength REAL NOT NULL DEFAULT 0,
    expected_effect   TEXT NOT NULL,
    metric            TEXT NOT NULL,
    window_days       INTEGER NOT NULL,
    confidence        REAL,
    status            TEXT NOT NULL DEFAULT 'new'
                      CHECK (status IN ('new', 'accepted', 'dismissed', 'pushed', 'measured')),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    run_id            INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    UNIQUE (stage, kind, subject_key)
);
)sql";

} // namespace flywheel
