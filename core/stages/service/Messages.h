#pragma once

#include "Error.h"
#include "Progress.h"
#include "store/Database.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace flywheel::text {
class Analyzer;
}

namespace flywheel::service {

/// A sentence of a message, analyzed, and whether the customer is asking something in it.
struct Sentence {
    QStringList terms;
    QStringList words; ///< the folded word behind each term, for naming what customers ask about
    bool question = false;
};

/// A ticket as the Service stage reads it: the customer's words with HTML, quoted replies and
/// signatures removed, analyzed once and shared by every step.
struct TicketMessage {
    std::int64_t id = 0;
    QString createdAt; ///< UTC ISO-8601
    QStringList tags; ///< the help desk's own tags, lower case
    std::optional<std::int64_t> orderId;
    QString text; ///< subject and cleaned body
    QStringList terms; ///< every sentence's terms, in order
    QStringList allTerms; ///< stems with stop words kept ("how", "not"), what classifiers read
    std::vector<Sentence> sentences;
};

struct ReviewMessage {
    std::int64_t id = 0;
    std::optional<std::int64_t> productId;
    int rating = 0;
    QString createdAt;
    QString text; ///< title and cleaned body
    QStringList terms;
    std::vector<Sentence> sentences;
};

/// Splits cleaned text into sentences and tells questions from statements, including indirect
/// ones ("the page doesn't say if it's waterproof") and Turkish question particles.
/// `allTerms`, when given, receives the stem of every token, stop words included.
[[nodiscard]] std::vector<Sentence> analyzeSentences(
    const text::Analyzer& analyzer, const QString& text, QStringList* allTerms = nullptr);

/// Reads and analyzes every ticket / review of the store. Analysis runs on all cores, each worker with
/// its own analyzer for `languageCode`; the order of the result is the table's id order.
[[nodiscard]] Result<std::vector<TicketMessage>> loadTickets(
    Database& db, const QString& languageCode, Progress* progress);
[[nodiscard]] Result<std::vector<ReviewMessage>> loadReviews(
    Database& db, const QString& languageCode, Progress* progress);

} // namespace flywheel::service
