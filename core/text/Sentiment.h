#pragma once

#include "text/Analyzer.h"
#include "text/LinearClassifier.h"
#include "text/Vectorizer.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace flywheel::text {

struct SentimentLexiconData;

/// Where a sentiment came from, so the app can say how it was judged.
enum class SentimentSource {
    WordLists, ///< the project's word lists alone (no or too few reviews with stars)
    Blend, ///< word lists and a model fitted on the store's few reviews, averaged
    StoreModel, ///< a model fitted on the store's own reviews
};

struct Sentiment {
    int level = 0; ///< -2 very negative .. 2 very positive
    double score = 0; ///< -1..1
    double confidence = 0; ///< 0..1
    SentimentSource source = SentimentSource::WordLists;
};

/// The five levels of a score in -1..1: beyond ±0.75 very, beyond ±0.2 somewhat, else neutral.
[[nodiscard]] int sentimentLevel(double score);

/// The cues the word lists found in one text.
struct SentimentEvidence {
    double positive = 0; ///< sum of positive contributions after negation and intensifiers
    double negative = 0; ///< sum of negative contributions, as a positive number
    int cues = 0; ///< words, emoji and emoticons that carried sentiment
};

/// A message as the store's sentiment model reads it. A caller that tokenizes its messages anyway
/// builds this from the same tokens, so that nothing is tokenized twice.
struct SentimentFeatures {
    TermIds terms; ///< the stem of every token, stop words included, as numbers of a TermTable
    SentimentEvidence evidence; ///< what the word lists found (LexiconSentiment::evidence)
};

/// Cold-start sentiment from word lists written for this project: polarity words, negation
/// ("not good", "nicht gut", "no me gusta", "güzel değil", "beğenmedim"), intensifiers and
/// diminishers, but-clauses, exclamation marks, ALL CAPS, emoji and emoticons. Lists for en
/// (richest), de, es, tr and fr; other languages get emoji, emoticons and punctuation only.
class LexiconSentiment {
public:
    explicit LexiconSentiment(const QString& languageCode);
    [[nodiscard]] Sentiment score(QStringView text) const;
    /// The sentiment of the cues found in a text.
    [[nodiscard]] static Sentiment score(const SentimentEvidence& evidence);
    [[nodiscard]] SentimentEvidence evidence(QStringView text) const;
    /// The same from the text's tokens, when the caller has them already (offsets into `text`).
    [[nodiscard]] SentimentEvidence evidence(QStringView text, const std::vector<Analyzer::Token>& tokens) const;
    [[nodiscard]] bool hasWordLists() const { return !m_words.isEmpty(); }

private:
    /// What the lists say of one folded word, gathered so that a token costs one look-up.
    struct WordFacts {
        bool negator = false;
        bool contrast = false;
        bool startsPair = false; ///< the first word of a two-word entry
        std::optional<double> modifier;
        std::optional<double> asWritten; ///< the m_words entry of a word written exactly like its folded form
        std::optional<double> folded; ///< the m_folded entry
    };
    void addLists(const SentimentLexiconData& data);
    void gatherFacts();
    [[nodiscard]] double valence(
        const Analyzer::Token& token, const WordFacts* facts, QStringView text, bool& negatedBySuffix) const;

    Analyzer m_analyzer;
    QHash<QString, double> m_words; ///< lower case, accents as written
    QHash<QString, double> m_folded; ///< the same, accents folded (customers often type without)
    QHash<QString, double> m_prefixes; ///< "enttäusch*": every word starting so
    std::vector<bool> m_prefixLengths; ///< the lengths of m_prefixes' keys, to skip lengths none has
    QHash<QString, double> m_modifiers; ///< intensifiers (> 0) and diminishers (< 0), folded
    QSet<QString> m_negators; ///< folded
    QSet<QString> m_contrasts; ///< "but" words, folded
    QHash<QString, WordFacts> m_facts; ///< all of the above per folded word, for evidence()
    bool m_negatesWithNt = false; ///< "n't" is a negator: every word ending in it negates
    bool m_negationFollows = false; ///< de, fr, tr: the negation may come after the word
    bool m_negationSuffix = false; ///< tr: "beğen-me-dim"
};

/// Sentiment learned from the store's own reviews: stars are labels (1-2 negative, 3 neutral,
/// 4-5 positive), the word-list score is an extra feature, five levels come from the probability
/// mass. With fewer than 200 usable reviews or fewer than 20 in a class it is not fitted() and
/// blends with (from 60 reviews) or defers to the word lists, which the result's source says.
class StoreSentimentModel {
public:
    explicit StoreSentimentModel(const QString& languageCode);
    /// texts raw (title and body); stars outside 1..5 and empty texts are skipped.
    void fit(const std::vector<QString>& texts, const std::vector<int>& stars);
    /// The same from analysed messages whose terms are numbers of `terms`; stars outside 1..5 are skipped.
    void fit(const std::vector<SentimentFeatures>& messages, const std::vector<int>& stars, const TermTable& terms);
    /// Enough reviews to be used on its own.
    [[nodiscard]] bool fitted() const { return m_fitted; }
    /// Cross-validated 3-class accuracy; NaN when no model was fitted.
    [[nodiscard]] double estimatedAccuracy() const { return m_accuracy; }
    [[nodiscard]] Sentiment score(QStringView text) const;
    [[nodiscard]] std::vector<Sentiment> score(const std::vector<QString>& texts) const;
    /// Thread-safe, unlike the forms that take texts (they share the model's analyzer).
    [[nodiscard]] std::vector<Sentiment> score(
        const std::vector<SentimentFeatures>& messages, const TermTable& terms) const;

    static constexpr int kEnoughReviews = 200;
    static constexpr int kEnoughPerClass = 20;
    static constexpr int kBlendFrom = 60;

    /// A model of the three classes; public for the cross-validation in fit().
    struct Model {
        Vectorizer vectorizer;
        LinearClassifier classifier;
    };

private:
    /// What the model reads in a raw text, its terms numbered in the analyzer's table.
    [[nodiscard]] SentimentFeatures featuresOf(QStringView text) const;
    [[nodiscard]] static SparseMatrix features(
        const Model& model, const std::vector<SentimentFeatures>& messages, const TermTable& terms);
    [[nodiscard]] static Model train(
        const std::vector<SentimentFeatures>& messages, const std::vector<int>& labels, const TermTable& terms);

    Analyzer m_analyzer;
    LexiconSentiment m_lexicon;
    Model m_model;
    bool m_hasModel = false;
    bool m_fitted = false;
    double m_modelWeight = 0; ///< share of the model in a blend
    double m_accuracy;
};

} // namespace flywheel::text
