#pragma once

#include "text/LinearClassifier.h"
#include "text/Vectorizer.h"

#include <utility>
#include <vector>

namespace flywheel::text {

struct Prediction {
    int label = -1;
    float confidence = 0; ///< probability of the label
    std::vector<std::pair<int, float>> top; ///< (label, probability), best first, up to 3
};

/// What the stages use: analysed terms (and raw texts for character n-grams) -> TF-IDF ->
/// logistic regression.
class TextClassifier {
public:
    explicit TextClassifier(VectorizerOptions vectorizer = {}, ClassifierOptions classifier = {});

    /// labels in [0, classCount); a negative label marks an unlabelled document (skipped).
    void fit(const std::vector<QStringList>& terms, const std::vector<QString>& rawTexts,
        const std::vector<int>& labels, int classCount);
    /// The same with the terms as numbers of `table`.
    void fit(const std::vector<TermView>& terms, const TermTable& table, const std::vector<QString>& rawTexts,
        const std::vector<int>& labels, int classCount);
    [[nodiscard]] std::vector<Prediction> predict(
        const std::vector<QStringList>& terms, const std::vector<QString>& rawTexts) const;
    [[nodiscard]] std::vector<Prediction> predict(
        const std::vector<TermView>& terms, const TermTable& table, const std::vector<QString>& rawTexts) const;
    /// Stratified k-fold cross-validated accuracy on the training data (how sure the model is).
    /// Deterministic for the classifier's seed; cheap enough for 10,000 documents. The folds are
    /// fitted side by side on the compute pool.
    [[nodiscard]] double crossValidatedAccuracy(const std::vector<QStringList>& terms,
        const std::vector<QString>& rawTexts, const std::vector<int>& labels, int classCount, int folds = 5) const;
    [[nodiscard]] double crossValidatedAccuracy(const std::vector<TermView>& terms, const TermTable& table,
        const std::vector<QString>& rawTexts, const std::vector<int>& labels, int classCount, int folds = 5) const;

    [[nodiscard]] bool fitted() const { return m_classifier.classCount() > 0; }
    [[nodiscard]] const Vectorizer& vectorizer() const { return m_vectorizer; }
    [[nodiscard]] const LinearClassifier& classifier() const { return m_classifier; }

private:
    VectorizerOptions m_vectorizerOptions;
    ClassifierOptions m_classifierOptions;
    Vectorizer m_vectorizer;
    LinearClassifier m_classifier;
};

/// Settings measured on real support messages (Banking77 and the report program): word uni- and
/// bigrams, with character 2-5-grams when `characterGrams` (about +0.5 % accuracy at five times the
/// fitting cost), and an L2 penalty scaled to the number of training documents.
[[nodiscard]] std::pair<VectorizerOptions, ClassifierOptions> shortMessageOptions(
    std::size_t documentCount, bool characterGrams);

/// Best first, up to `count` (label, probability) pairs of one row of probabilities.
[[nodiscard]] Prediction predictionFrom(const Eigen::VectorXf& probabilities, int count = 3);

/// Fold of each document for stratified k-fold: every class is dealt round-robin over the folds
/// in a seeded order. Unlabelled documents (negative label) get fold -1.
[[nodiscard]] std::vector<int> stratifiedFolds(const std::vector<int>& labels, int classCount, int folds, quint64 seed);

} // namespace flywheel::text
