#pragma once

#include <string_view>

namespace flywheel {

// Store format 9: what the Service stage's reading of each ticket and review came to, so that a run
// after an import analyses only the messages that are new or changed. An analysis holds its terms as
// numbers of analysis_terms, which only grows, so stored numbers keep their meaning; text_hash is the
// hash of the cleaned text it was read from. The stage clears all three when the store's language or
// the program's version changes (stage_memory 'service'/'analyses').
inline constexpr std::string_view kSchemaV9 = R"sql(
CREATE TABLE analysis_terms (
    id   INTEGER PRIMARY KEY,
    term TEXT NOT NULL
);

CREATE TABLE ticket_analyses (
    ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
    text_hash INTEGER NOT NULL,
    analysis  BLOB NOT NULL
);

CREATE TABLE review_analyses (
    review_id INTEGER PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
    text_hash INTEGER NOT NULL,
    analysis  BLOB NOT NULL
);
)sql";

} // namespace flywheel
