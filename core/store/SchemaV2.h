#pragma once

#include <string_view>

namespace flywheel {

// Store format 2: the voice of the customer and the Service stage's signals. Same conventions as
// format 1 (SchemaV1.h). Tickets and reviews are imported rows; the *_signals, ticket_products,
// service_topics and content_gaps tables belong to the Service stage, which rewrites them on every
// run, so they carry a run_id instead of batch bookkeeping.
inline constexpr std::string_view kSchemaV2 = R"sql(
-- What the wheel shows for a stage: its headline figure (compared with the previous run for the
-- trend) and what it handed to the next stage, e.g. "23 content gaps".
ALTER TABLE stage_runs ADD COLUMN figure REAL;
ALTER TABLE stage_runs ADD COLUMN figure_label TEXT;
ALTER TABLE stage_runs ADD COLUMN handoff TEXT;

-- A help-desk ticket or chat. body is the customer's text as the help desk exported it (HTML and
-- quoted replies included; the text core cleans a copy when it reads it, so nothing is lost).
CREATE TABLE tickets (
    id             INTEGER PRIMARY KEY,
    platform       TEXT NOT NULL,
    source_key     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT,
    solved_at      TEXT,
    subject        TEXT,
    body           TEXT,
    customer_email TEXT,
    customer_id    INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    order_number   TEXT,
    order_id       INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    tags           TEXT,
    channel        TEXT,
    status         TEXT,
    priority       TEXT,
    ticket_type    TEXT,
    product_hint   TEXT,
    satisfaction   TEXT,
    batch_id       INTEGER NOT NULL,
    last_batch_id  INTEGER NOT NULL,
    UNIQUE (platform, source_key)
);
CREATE INDEX tickets_created ON tickets(created_at);
CREATE INDEX tickets_order ON tickets(order_id);
CREATE INDEX tickets_customer ON tickets(customer_id);

-- A product or shop review. product_id is null for shop reviews and for products not (yet) in the
-- catalog; product_handle / product_source_id (the platform's product id) / sku keep what the
-- review app said so a later catalog import links it.
CREATE TABLE reviews (
    id                INTEGER PRIMARY KEY,
    platform          TEXT NOT NULL,
    source_key        TEXT NOT NULL,
    product_id        INTEGER REFERENCES products(id) ON DELETE SET NULL,
    product_handle    TEXT,
    product_source_id TEXT,
    sku               TEXT,
    rating            INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title             TEXT,
    body              TEXT,
    reviewer_name     TEXT,
    reviewer_email    TEXT,
    customer_id       INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    created_at        TEXT NOT NULL,
    state             TEXT,
    reply             TEXT,
    verified          INTEGER,
    batch_id          INTEGER NOT NULL,
    last_batch_id     INTEGER NOT NULL,
    UNIQUE (platform, source_key)
);
CREATE INDEX reviews_product ON reviews(product_id);
CREATE INDEX reviews_customer ON reviews(customer_id);

-- Service stage: what each ticket says. sentiment is -2 (very negative) .. 2 (very positive);
-- predicted_tags and asked_attributes are JSON arrays.
CREATE TABLE ticket_signals (
    ticket_id            INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
    run_id               INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    sentiment            INTEGER NOT NULL CHECK (sentiment BETWEEN -2 AND 2),
    sentiment_score      REAL NOT NULL,
    sentiment_confidence REAL NOT NULL,
    intent               TEXT NOT NULL,
    intent_confidence    REAL NOT NULL,
    intent_source        TEXT NOT NULL,
    predicted_tags       TEXT NOT NULL DEFAULT '[]',
    topic_id             INTEGER,
    asked_attributes     TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE review_signals (
    review_id            INTEGER PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
    run_id               INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    sentiment            INTEGER NOT NULL CHECK (sentiment BETWEEN -2 AND 2),
    sentiment_score      REAL NOT NULL,
    sentiment_confidence REAL NOT NULL,
    asked_attributes     TEXT NOT NULL DEFAULT '[]'
);

-- Which products a ticket is about, and how that was found: 'order', 'sku' or 'name'.
CREATE TABLE ticket_products (
    ticket_id  INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    link       TEXT NOT NULL,
    PRIMARY KEY (ticket_id, product_id)
) WITHOUT ROWID;
CREATE INDEX ticket_products_product ON ticket_products(product_id);

-- Topics discovered among tickets no intent explains, named by their top terms (JSON arrays).
CREATE TABLE service_topics (
    id              INTEGER PRIMARY KEY,
    run_id          INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    label           TEXT NOT NULL,
    terms           TEXT NOT NULL,
    size            INTEGER NOT NULL,
    example_tickets TEXT NOT NULL
);

-- The signal the Content stage consumes: a product attribute customers keep asking about that the
-- product's content does not answer. ticket_ids / review_ids are JSON arrays of the evidence.
CREATE TABLE content_gaps (
    id                    INTEGER PRIMARY KEY,
    run_id                INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    product_id            INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    attribute             TEXT NOT NULL,
    attribute_title       TEXT NOT NULL,
    mentions              INTEGER NOT NULL,
    revenue_at_risk_minor INTEGER NOT NULL,
    currency              TEXT,
    ticket_ids            TEXT NOT NULL,
    review_ids            TEXT NOT NULL DEFAULT '[]',
    first_asked_at        TEXT,
    last_asked_at         TEXT,
    confidence            REAL NOT NULL,
    UNIQUE (product_id, attribute)
);
)sql";

} // namespace flywheel
