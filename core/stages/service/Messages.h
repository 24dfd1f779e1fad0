#pragma once

#include "Error.h"
#include "Progress.h"
#include "store/Database.h"
#include "text/Analyzer.h"
#include "text/Sentiment.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace flywheel::service {

/// A sentence of a message, analyzed, and whether the customer is asking something in it.
struct Sentence {
    text::TermIds terms;
    text::TermIds words; ///< the folded word behind each term, for naming what customers ask about
    bool question = false;
};

/// A ticket as the Service stage reads it: the customer's words with HTML, quoted replies and
/// signatures removed, analyzed once and shared by every step. Terms and words are numbers of the
/// run's TermTable (see loadMessages).
struct TicketMessage {
    std::int64_t id = 0;
    QString createdAt; ///< UTC ISO-8601
    QStringList tags; ///< the help desk's own tags, lower case
    std::optional<std::int64_t> orderId;
    QString text; ///< subject and cleaned body
    text::TermIds terms; ///< every sentence's terms, in order
    text::TermIds allTerms; ///< stems with stop words kept ("how", "not"), what classifiers read
    std::vector<Sentence> sentences;
    text::SentimentEvidence sentimentCues; ///< what the sentiment word lists find in the text
    bool analysedNow = false; ///< analysed in this run rather than taken from what an earlier run kept
    std::uint64_t storedHash = 0; ///< of the subject and body as stored, which the analysis is kept under
};

struct ReviewMessage {
    std::int64_t id = 0;
    std::optional<std::int64_t> productId;
    int rating = 0;
    QString createdAt;
    QString text; ///< title and cleaned body
    text::TermIds terms;
    text::TermIds allTerms;
    std::vector<Sentence> sentences;
    text::SentimentEvidence sentimentCues;
    bool analysedNow = false;
    std::uint64_t storedHash = 0;
};

/// Splits cleaned text into sentences and tells questions from statements, including indirect
/// ones ("the page doesn't say if it's waterproof") and Turkish question particles. The sentences'
/// terms are numbers of analyzer.terms(). `tokens`, when given, receives every token of every
/// sentence, with offsets into `text`.
[[nodiscard]] std::vector<Sentence> analyzeSentences(
    const text::Analyzer& analyzer, const QString& text, std::vector<text::Analyzer::Token>* tokens = nullptr);

/// Every ticket and review of the store.
struct StoreMessages {
    std::vector<TicketMessage> tickets;
    std::vector<ReviewMessage> reviews;
};

class KeptAnalyses;

/// Reads every ticket and review of the store and analyzes each once for every step: sentences,
/// terms and the sentiment word lists' cues all come from one tokenization, the terms numbered in
/// `terms`. A message whose cleaned text is what `kept` holds an analysis of takes that analysis;
/// `terms` must then hold kept's dictionary (KeptAnalyses::read). The analysis runs on the compute
/// threads, each with its own analyzer for `languageCode`, and needs no database: meanwhile
/// `meanwhile` runs on the calling thread, which may go on reading from `db` and adding to `terms`.
/// Messages come in id order.
[[nodiscard]] Result<StoreMessages> loadMessages(Database& db, const QString& languageCode, Progress* progress,
    text::TermTable& terms, const KeptAnalyses& kept, const std::function<Result<void>()>& meanwhile = {});

} // namespace flywheel::service
