#pragma once

#include <QString>

namespace flywheel::text {

/// The word lists of one language, as whitespace-separated entries:
///  words      "word:valence" (-3..3); "word*:v" matches every word that starts so; "=word:v"
///             matches only as written, never with its accents folded away ("schön" is not "schon")
///  modifiers  "word:factor": intensifiers (> 0) and diminishers (< 0) of the next cue
///  negators   words that flip the cues around them
///  contrasts  "but" words: what follows counts more than what came before
struct SentimentLexiconData {
    const char16_t* words;
    const char16_t* modifiers;
    const char16_t* negators;
    const char16_t* contrasts;
    bool negationFollows; ///< the negation may come after the word ("gefällt mir nicht", "iyi değil")
    bool negationSuffix; ///< Turkish verbs negate with -me/-ma after the stem ("beğenmedim")
};

/// nullptr for a language without lists.
[[nodiscard]] const SentimentLexiconData* sentimentLexicon(const QString& languageCode);

/// Emoji and emoticons, the same in every language: "symbol:valence".
[[nodiscard]] const char16_t* sentimentSymbols();

} // namespace flywheel::text
