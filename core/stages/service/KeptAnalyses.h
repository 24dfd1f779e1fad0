#pragma once

#include "Error.h"
#include "flywheel/StageMemory.h"
#include "stages/service/Messages.h"
#include "store/Database.h"
#include "text/TermTable.h"

#include <QByteArray>

#include <cstdint>

namespace flywheel::service {

/// The hash a message's analysis is kept under: of its head (subject or title) and body as the store
/// holds them, so that any change to what was analysed shows. FNV-1a over the UTF-16 units, the same
/// on every machine, so a store that moves to another computer keeps its analyses.
[[nodiscard]] std::uint64_t storedTextHash(QStringView head, QStringView body);

/// A message's analysis in the bytes it is kept in: its cleaned text, its sentences, every stem and
/// the sentiment cues, with terms as numbers of the store's term dictionary. Keeping the cleaned
/// text spares cleaning the message again, which costs more than reading the rest back.
template <typename Message> [[nodiscard]] QByteArray encodeAnalysis(const Message& message);

/// Fills the message's text, sentences, terms, stems and sentiment cues from kept bytes. False, with the
/// message untouched, when the bytes are damaged or name a term at or past `termCount`.
template <typename Message>
[[nodiscard]] bool decodeAnalysis(QByteArrayView encoded, text::TermId termCount, Message& message);

/// What earlier runs kept of the messages' analyses (ticket_analyses, review_analyses) and the term
/// dictionary their numbers refer to (analysis_terms). They hold for one language and one build of
/// the program: anything else analyses every message again and replaces them.
class KeptAnalyses {
public:
    /// Reads the dictionary into `terms`, which must be empty, so that kept numbers are the run's
    /// numbers. Nothing is kept when the language or the build changed (as the Service stage's
    /// `memory` holds them) or the dictionary is damaged.
    [[nodiscard]] static Result<KeptAnalyses> read(
        Database& db, const StageMemory& memory, const QString& language, text::TermTable& terms);

    [[nodiscard]] bool usable() const { return m_usable; }
    /// The dictionary's size: every kept analysis names terms below it.
    [[nodiscard]] text::TermId termCount() const { return m_termCount; }

    /// Keeps the analyses of the messages analysed in this run and the dictionary up to
    /// `termCount`, which covers every term those analyses name. Runs in the stage's transaction.
    [[nodiscard]] Result<void> keep(Database& db, StageMemory& memory, const text::TermTable& terms,
        text::TermId termCount, const std::vector<TicketMessage>& tickets,
        const std::vector<ReviewMessage>& reviews) const;

private:
    KeptAnalyses(QString key, bool usable, text::TermId termCount);

    QString m_key; ///< the build and language the analyses hold for
    bool m_usable = false;
    text::TermId m_termCount = 0; ///< 0 when not usable
};

} // namespace flywheel::service
