#pragma once

#include <string_view>

namespace flywheel {

// Store format 3: site search, and the Content and Search stages' signals. Same conventions as
// formats 1 and 2: imported rows keep platform, source_key and batch bookkeeping; stage signals carry
// the run_id of the run that wrote them and are rewritten by every run of their stage.
inline constexpr std::string_view kSchemaV3 = R"sql(
-- A row of a site-search report: how often shoppers searched `query` in a period. period_start is
-- the report row's day (store time zone), or null for reports that cover one range without dates.
-- results is what the store's search showed for the query, when the report says.
CREATE TABLE search_terms (
    id            INTEGER PRIMARY KEY,
    platform      TEXT NOT NULL,
    source_key    TEXT NOT NULL,
    period_start  TEXT,
    query         TEXT NOT NULL,
    searches      INTEGER NOT NULL,
    clicks        INTEGER,
    results       INTEGER,
    conversions   INTEGER,
    batch_id      INTEGER NOT NULL,
    last_batch_id INTEGER NOT NULL,
    UNIQUE (platform, source_key)
);
CREATE INDEX search_terms_query ON search_terms(query);
CREATE INDEX search_terms_period ON search_terms(period_start);

-- Search stage: every reported query (folded to lower case, spaces collapsed), replayed against the
-- catalog. diagnosis says why a search fails, fix what repairs it (the corrected words, the synonym
-- group, the collection a redirect goes to); product_ids (JSON array) are the products the query
-- or its fix finds.
CREATE TABLE search_diagnoses (
    id                INTEGER PRIMARY KEY,
    run_id            INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    query             TEXT NOT NULL UNIQUE,
    searches          INTEGER NOT NULL,
    clicks            INTEGER,
    reported_results  INTEGER,
    results           INTEGER NOT NULL,
    diagnosis         TEXT NOT NULL
                      CHECK (diagnosis IN ('ok', 'typo', 'wording', 'filter', 'out_of_stock', 'not_carried')),
    fix               TEXT,
    product_ids       TEXT NOT NULL DEFAULT '[]',
    first_searched_at TEXT,
    last_searched_at  TEXT
);

-- Which products shoppers who searched a query were looking for, as a share of the query's
-- searches: the demand Merchandising and Inventory read from search.
CREATE TABLE search_demand (
    diagnosis_id INTEGER NOT NULL REFERENCES search_diagnoses(id) ON DELETE CASCADE,
    product_id   INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    share        REAL NOT NULL,
    PRIMARY KEY (diagnosis_id, product_id)
) WITHOUT ROWID;
CREATE INDEX search_demand_product ON search_demand(product_id);

-- Synonym groups the store's search uses: the owner's own and suggested ones the owner accepted.
-- words is the group as Shopify Search & Discovery takes it: comma-separated, folded.
CREATE TABLE search_synonyms (
    id         INTEGER PRIMARY KEY,
    words      TEXT NOT NULL UNIQUE,
    origin     TEXT NOT NULL CHECK (origin IN ('owner', 'accepted')),
    created_at TEXT NOT NULL
);

-- Content stage: every attribute value a product's own page states, and where: its title, description
-- (HTML stripped), an option, a tag or its product type. value is lower case; confidence says how sure
-- the reading is (an option or a "Material:" line more than a word in running text).
CREATE TABLE product_attributes (
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    attribute  TEXT NOT NULL,
    value      TEXT NOT NULL,
    source     TEXT NOT NULL CHECK (source IN ('title', 'description', 'option', 'tag', 'type')),
    confidence REAL NOT NULL,
    run_id     INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    PRIMARY KEY (product_id, attribute, value, source)
) WITHOUT ROWID;
CREATE INDEX product_attributes_attribute ON product_attributes(attribute, value);

-- Content stage: how much of what matters a product's page states. expected attributes are those most
-- products of its type (peer_group; empty = compared with the whole catalog) state, plus what customers
-- keep asking about it; missing (JSON array of attribute keys, the asked ones first) is what it lacks.
CREATE TABLE product_completeness (
    product_id INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    run_id     INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    score      REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
    missing    TEXT NOT NULL DEFAULT '[]',
    expected   INTEGER NOT NULL,
    peer_group TEXT NOT NULL DEFAULT ''
);

-- The edit behind each Content action, per product: the line to add to the description or the tag to
-- add (field), the value it rests on (null when the owner fills it in), and the owner's own wording
-- (edited_text) kept across runs. pushed_at is set when the edit went out in a product file.
CREATE TABLE content_suggestions (
    recommendation_id     INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    product_id            INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    run_id                INTEGER REFERENCES stage_runs(id) ON DELETE SET NULL,
    attribute             TEXT NOT NULL,
    field                 TEXT NOT NULL CHECK (field IN ('description', 'tags')),
    suggested_text        TEXT NOT NULL,
    edited_text           TEXT,
    value                 TEXT,
    value_source          TEXT CHECK (value_source IN ('catalog', 'reviews')),
    revenue_at_risk_minor INTEGER,
    priority              REAL NOT NULL DEFAULT 0,
    pushed_at             TEXT,
    PRIMARY KEY (recommendation_id, product_id)
) WITHOUT ROWID;
CREATE INDEX content_suggestions_product ON content_suggestions(product_id);

-- The answer to a content gap is the Content stage's to write now (it drafts the sentence); the
-- Service stage keeps the gap itself. Actions queued by format 2 move over with the owner's decisions.
UPDATE recommendations SET stage = 'content', kind = 'add-answer'
 WHERE stage = 'service' AND kind = 'answer-question';
)sql";

} // namespace flywheel
