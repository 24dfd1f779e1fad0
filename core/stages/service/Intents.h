#pragma once

#include "text/PhraseIndex.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <string_view>

namespace flywheel::text {
class Analyzer;
}

namespace flywheel::service {

/// What a customer writes in about: the ecommerce intents every store sees.
enum class Intent : quint8 {
    OrderStatus,
    CancelOrder,
    ChangeOrder,
    WrongOrDamagedItem,
    Return,
    Refund,
    Exchange,
    DeliveryProblem,
    ShippingPolicy,
    ProductQuestion,
    SizingFit,
    ProductRecommendation,
    DiscountProblem,
    Payment,
    Account,
    PositiveFeedback,
    NegativeFeedback,
    Other,
};
inline constexpr int kIntentCount = static_cast<int>(Intent::Other) + 1;

/// Machine name as stored in ticket_signals.intent and printed by the CLI, e.g. "order_status".
[[nodiscard]] QString intentName(Intent intent);
/// The owner-facing name, e.g. "Order status".
[[nodiscard]] QString intentTitle(Intent intent);
[[nodiscard]] std::optional<Intent> intentFromName(const QString& name);

/// Seed rules: cue phrases per intent in the languages the store may write in, analyzed with the
/// store's analyzer so they match whatever inflection a customer uses. They label the tickets whose
/// wording is plain; a classifier fitted on those labels then generalises to the rest.
class IntentRules {
    Q_DECLARE_TR_FUNCTIONS(IntentRules)
public:
    /// The cue phrases' terms are numbered in `terms`, the table the tickets' terms are numbers of.
    IntentRules(const text::Analyzer& analyzer, text::TermTable& terms);

    struct Verdict {
        Intent intent = Intent::Other;
        double score = 0; ///< summed weight of the winning intent's cues
        double margin = 0; ///< winner's score minus the runner-up's
    };
    /// The best-supported intent for a ticket's terms; Other when no cue matched.
    [[nodiscard]] Verdict classify(text::TermView terms) const;

private:
    struct Cue {
        Intent intent;
        double weight;
    };
    text::PhraseIndex m_index;
    std::vector<Cue> m_cues;
};

} // namespace flywheel::service
