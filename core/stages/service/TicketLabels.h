#pragma once

#include "stages/service/Intents.h"
#include "stages/service/Messages.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace flywheel::service {

/// The tickets a run labels: all of them when empty, else those marked true. The models still learn
/// from every ticket; only reading the others is spared.
using TicketSelection = std::vector<bool>;

[[nodiscard]] inline bool isSelected(const TicketSelection& selection, size_t ticket)
{
    return selection.empty() || selection[ticket];
}

struct IntentLabel {
    Intent intent = Intent::Other;
    double confidence = 0;
    QString source; ///< "rules", "model" (rules generalised by a classifier) or "none"
};

/// Intents for every ticket: the seed rules label the plainly worded ones; a classifier fitted on
/// those labels reads the rest, so a ticket that says "my parcel is stuck" is found without a rule
/// for it. With too few rule-labelled tickets to learn from, the rules alone decide. Tickets outside
/// `selection` get a default label, for the caller to fill.
[[nodiscard]] std::vector<IntentLabel> labelIntents(const std::vector<TicketMessage>& tickets, const IntentRules& rules,
    const text::TermTable& terms, quint64 seed, const TicketSelection& selection = {});

struct TagGuess {
    QString tag;
    double confidence = 0;
};

/// What the help desk's own tags teach: a classifier fitted on the tagged tickets guesses the tags
/// of the untagged ones.
struct TagModelResult {
    QStringList tags; ///< the tags learned (used on enough tickets)
    int trainingTickets = 0;
    std::optional<double> estimatedAccuracy; ///< cross-validated, on a sample of the tagged tickets
    std::vector<std::vector<TagGuess>> guesses; ///< per ticket; empty for tagged tickets
};

/// `minTickets`: a tag is learned once this many tickets carry it. `terms` is the table the tickets'
/// terms are numbers of. Only untagged tickets in `selection` get guesses.
[[nodiscard]] TagModelResult predictTags(const std::vector<TicketMessage>& tickets, const text::TermTable& terms,
    int minTickets, quint64 seed, const TicketSelection& selection = {});

} // namespace flywheel::service
