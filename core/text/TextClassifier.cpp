#include "text/TextClassifier.h"

#include "Parallel.h"
#include "text/SeededOrder.h"

#include <algorithm>
#include <numeric>

namespace flywheel::text {

namespace {

template <typename T> std::vector<T> pick(const std::vector<T>& values, const std::vector<std::size_t>& indices)
{
    std::vector<T> out;
    if (values.empty())
        return out;
    out.reserve(indices.size());
    for (const std::size_t index : indices)
        out.push_back(values[index]);
    return out;
}

} // namespace

std::pair<VectorizerOptions, ClassifierOptions> shortMessageOptions(std::size_t documentCount, bool characterGrams)
{
    VectorizerOptions vectorizer;
    vectorizer.minDocumentFrequency = 1;
    vectorizer.charNgrams = characterGrams;
    vectorizer.charMin = 2;
    vectorizer.charMax = 5;
    ClassifierOptions classifier;
    // About a tenth of the data's own weight: strong enough to keep 50 tickets from being learned
    // by heart, weak enough to use 10,000.
    classifier.l2 = std::clamp(0.1 / double(std::max<std::size_t>(documentCount, 1)), 1e-5, 1e-2);
    classifier.maxEpochs = 20;
    return { vectorizer, classifier };
}

Prediction predictionFrom(const Eigen::VectorXf& probabilities, int count)
{
    std::vector<int> order(std::size_t(probabilities.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return probabilities[a] > probabilities[b]; });
    Prediction prediction;
    for (int i = 0; i < count && i < int(order.size()); ++i)
        prediction.top.emplace_back(order[std::size_t(i)], probabilities[order[std::size_t(i)]]);
    if (!prediction.top.empty()) {
        prediction.label = prediction.top.front().first;
        prediction.confidence = prediction.top.front().second;
    }
    return prediction;
}

std::vector<int> stratifiedFolds(const std::vector<int>& labels, int classCount, int folds, quint64 seed)
{
    std::vector<int> fold(labels.size(), -1);
    std::vector<std::vector<std::size_t>> members(std::size_t(std::max(classCount, 0)));
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] >= 0 && labels[i] < classCount)
            members[std::size_t(labels[i])].push_back(i);
    SeededOrder order(seed);
    int next = 0; // continue dealing where the last class stopped, so small classes spread evenly
    for (std::vector<std::size_t>& group : members) {
        order.shuffle(group);
        for (const std::size_t index : group) {
            fold[index] = next;
            next = (next + 1) % std::max(folds, 1);
        }
    }
    return fold;
}

TextClassifier::TextClassifier(VectorizerOptions vectorizer, ClassifierOptions classifier)
    : m_vectorizerOptions(vectorizer)
    , m_classifierOptions(classifier)
    , m_vectorizer(vectorizer)
{
}

void TextClassifier::fit(const std::vector<QStringList>& terms, const std::vector<QString>& rawTexts,
    const std::vector<int>& labels, int classCount)
{
    const NumberedTexts numbered(terms);
    fit(numbered.views(), numbered.table(), rawTexts, labels, classCount);
}

void TextClassifier::fit(const std::vector<TermView>& terms, const TermTable& table,
    const std::vector<QString>& rawTexts, const std::vector<int>& labels, int classCount)
{
    m_vectorizer = Vectorizer(m_vectorizerOptions);
    m_vectorizer.fit(terms, table, rawTexts);
    m_classifier.fit(m_vectorizer.transform(terms, table, rawTexts), labels, classCount, m_classifierOptions);
}

std::vector<Prediction> TextClassifier::predict(
    const std::vector<QStringList>& terms, const std::vector<QString>& rawTexts) const
{
    const NumberedTexts numbered(terms);
    return predict(numbered.views(), numbered.table(), rawTexts);
}

std::vector<Prediction> TextClassifier::predict(
    const std::vector<TermView>& terms, const TermTable& table, const std::vector<QString>& rawTexts) const
{
    const SparseMatrix rows = m_vectorizer.transform(terms, table, rawTexts);
    std::vector<Prediction> out;
    out.reserve(terms.size());
    for (int row = 0; row < int(rows.rows()); ++row)
        out.push_back(predictionFrom(m_classifier.probabilities(rows, row)));
    return out;
}

double TextClassifier::crossValidatedAccuracy(const std::vector<QStringList>& terms,
    const std::vector<QString>& rawTexts, const std::vector<int>& labels, int classCount, int folds) const
{
    const NumberedTexts numbered(terms);
    return crossValidatedAccuracy(numbered.views(), numbered.table(), rawTexts, labels, classCount, folds);
}

double TextClassifier::crossValidatedAccuracy(const std::vector<TermView>& terms, const TermTable& table,
    const std::vector<QString>& rawTexts, const std::vector<int>& labels, int classCount, int folds) const
{
    folds = std::max(folds, 2);
    const std::vector<int> fold = stratifiedFolds(labels, classCount, folds, m_classifierOptions.seed);
    // The folds are independent models: they are fitted side by side, each counting into its own slot.
    std::vector<int> correct(std::size_t(folds), 0);
    std::vector<int> tested(std::size_t(folds), 0);
    forEachChunk(std::size_t(folds), 1, [&](std::size_t k, std::size_t) {
        std::vector<std::size_t> train;
        std::vector<std::size_t> test;
        for (std::size_t i = 0; i < fold.size(); ++i)
            if (fold[i] >= 0)
                (std::size_t(fold[i]) == k ? test : train).push_back(i);
        if (test.empty() || train.empty())
            return;
        TextClassifier model(m_vectorizerOptions, m_classifierOptions);
        model.fit(pick(terms, train), table, pick(rawTexts, train), pick(labels, train), classCount);
        const std::vector<Prediction> predicted = model.predict(pick(terms, test), table, pick(rawTexts, test));
        for (std::size_t i = 0; i < test.size(); ++i)
            correct[k] += predicted[i].label == labels[test[i]] ? 1 : 0;
        tested[k] = int(test.size());
    });
    const int allTested = std::accumulate(tested.begin(), tested.end(), 0);
    return allTested > 0 ? double(std::accumulate(correct.begin(), correct.end(), 0)) / allTested
                         : std::numeric_limits<double>::quiet_NaN();
}

} // namespace flywheel::text
