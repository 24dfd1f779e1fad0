#include "stages/service/TicketLabels.h"

#include "Parallel.h"
#include "text/TextClassifier.h"

#include <QHash>

#include <algorithm>

namespace flywheel::service {

namespace {
using namespace Qt::StringLiterals;

/// Rule verdicts this clear become training labels: a decisive cue and nothing close behind.
constexpr double kConfidentRuleScore = 2.0;
constexpr double kConfidentRuleMargin = 1.0;
/// Below this many rule-labelled tickets a classifier would only echo the rules' blind spots.
constexpr int kMinTrainingTickets = 30;
/// A model's guess must be at least this likely to stand in for a missing rule.
constexpr float kModelOnlyConfidence = 0.45f;
/// Tags guessed beyond the best one must be at least this likely.
constexpr float kExtraTagConfidence = 0.3f;
/// Cross-validating on every tagged ticket of a busy help desk would cost more than fitting; a
/// sample says as much about accuracy.
constexpr int kAccuracySample = 2000;
/// A classifier learns little more from more than this many examples of a help desk's wording, and
/// fitting time grows with them; an even sample keeps every period in.
constexpr size_t kMaxTraining = 20000;
constexpr size_t kPredictionChunk = 4096;

/// Character n-grams help short, misspelt messages most; above this many tickets the word model
/// alone is nearly as good and several times faster to fit and apply.
constexpr size_t kCharNgramLimit = 30000;

struct TrainingSet {
    std::vector<text::TermView> terms;
    std::vector<QString> texts;
    std::vector<int> labels;
};

/// The labelled documents (label >= 0), every `step`-th of them when there are more than
/// kMaxTraining.
TrainingSet sampleTraining(
    const std::vector<text::TermView>& terms, const std::vector<QString>& texts, const std::vector<int>& labels)
{
    const auto labelled
        = static_cast<size_t>(std::count_if(labels.begin(), labels.end(), [](int l) { return l >= 0; }));
    const size_t step = std::max<size_t>(1, (labelled + kMaxTraining - 1) / kMaxTraining);
    TrainingSet set;
    size_t seen = 0;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0 || seen++ % step != 0)
            continue;
        set.terms.push_back(terms[i]);
        set.texts.push_back(texts[i]);
        set.labels.push_back(labels[i]);
    }
    return set;
}

/// Predictions for every document, on every core; a fitted classifier is read-only.
std::vector<text::Prediction> predictAll(const text::TextClassifier& classifier,
    const std::vector<text::TermView>& terms, const text::TermTable& table, const std::vector<QString>& texts,
    const TicketSelection& selection = {})
{
    if (!selection.empty()) {
        // Only the selected documents are read; the others keep an empty prediction.
        std::vector<size_t> chosen;
        std::vector<text::TermView> chosenTerms;
        std::vector<QString> chosenTexts;
        for (size_t i = 0; i < terms.size(); ++i) {
            if (selection[i]) {
                chosen.push_back(i);
                chosenTerms.push_back(terms[i]);
                chosenTexts.push_back(texts[i]);
            }
        }
        std::vector<text::Prediction> read = predictAll(classifier, chosenTerms, table, chosenTexts);
        std::vector<text::Prediction> predictions(terms.size());
        for (size_t k = 0; k < chosen.size(); ++k)
            predictions[chosen[k]] = std::move(read[k]);
        return predictions;
    }
    std::vector<text::Prediction> predictions(terms.size());
    forEachChunk(terms.size(), kPredictionChunk, [&](size_t begin, size_t end) {
        const std::vector<text::TermView> rangeTerms(
            terms.begin() + static_cast<std::ptrdiff_t>(begin), terms.begin() + static_cast<std::ptrdiff_t>(end));
        const std::vector<QString> rangeTexts(
            texts.begin() + static_cast<std::ptrdiff_t>(begin), texts.begin() + static_cast<std::ptrdiff_t>(end));
        std::vector<text::Prediction> range = classifier.predict(rangeTerms, table, rangeTexts);
        std::move(range.begin(), range.end(), predictions.begin() + static_cast<std::ptrdiff_t>(begin));
    });
    return predictions;
}

/// A classifier for `trainingSize` examples that will read `readSize` messages in all.
text::TextClassifier classifierFor(size_t trainingSize, size_t readSize, quint64 seed)
{
    auto [vectorizer, classifier] = text::shortMessageOptions(trainingSize, readSize <= kCharNgramLimit);
    classifier.seed = seed;
    return text::TextClassifier(vectorizer, classifier);
}
} // namespace

std::vector<IntentLabel> labelIntents(const std::vector<TicketMessage>& tickets, const IntentRules& rules,
    const text::TermTable& terms, quint64 seed, const TicketSelection& selection)
{
    std::vector<IntentLabel> labels(tickets.size());
    std::vector<IntentRules::Verdict> verdicts(tickets.size());
    forEachChunk(tickets.size(), kPredictionChunk, [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i)
            verdicts[i] = rules.classify(tickets[i].terms);
    });
    std::vector<int> training(tickets.size(), -1);
    int trainingCount = 0;
    QSet<int> classes;
    for (size_t i = 0; i < tickets.size(); ++i) {
        const IntentRules::Verdict& verdict = verdicts[i];
        if (verdict.score >= kConfidentRuleScore && verdict.margin >= kConfidentRuleMargin) {
            training[i] = static_cast<int>(verdict.intent);
            ++trainingCount;
            classes.insert(training[i]);
        }
    }

    std::vector<text::Prediction> predictions;
    if (trainingCount >= kMinTrainingTickets && classes.size() >= 2) {
        std::vector<text::TermView> ticketTerms;
        std::vector<QString> texts;
        ticketTerms.reserve(tickets.size());
        texts.reserve(tickets.size());
        for (const TicketMessage& ticket : tickets) {
            ticketTerms.emplace_back(ticket.allTerms);
            texts.push_back(ticket.text);
        }
        const TrainingSet sample = sampleTraining(ticketTerms, texts, training);
        text::TextClassifier classifier = classifierFor(sample.labels.size(), tickets.size(), seed);
        classifier.fit(sample.terms, terms, sample.texts, sample.labels, kIntentCount);
        predictions = predictAll(classifier, ticketTerms, terms, texts, selection);
    }

    for (size_t i = 0; i < tickets.size(); ++i) {
        if (!isSelected(selection, i))
            continue;
        const IntentRules::Verdict& verdict = verdicts[i];
        IntentLabel& label = labels[i];
        const text::Prediction* model = predictions.empty() ? nullptr : &predictions[i];
        const auto modelProbability = [&](Intent intent) {
            for (const auto& [candidate, probability] : model->top) {
                if (candidate == static_cast<int>(intent))
                    return static_cast<double>(probability);
            }
            return 0.0;
        };
        if (training[i] >= 0) {
            label = { verdict.intent, model ? 0.5 + 0.5 * modelProbability(verdict.intent) : 0.75, u"rules"_s };
        } else if (model && model->confidence >= kModelOnlyConfidence) {
            label = { static_cast<Intent>(model->label), model->confidence, u"model"_s };
        } else if (verdict.score > 0) {
            label = { verdict.intent, model ? std::max(0.3, modelProbability(verdict.intent)) : 0.4, u"rules"_s };
        } else {
            label = { Intent::Other, model ? 1.0 - model->confidence : 0.5, u"none"_s };
        }
    }
    return labels;
}

TagModelResult predictTags(const std::vector<TicketMessage>& tickets, const text::TermTable& terms, int minTickets,
    quint64 seed, const TicketSelection& selection)
{
    TagModelResult result;
    result.guesses.resize(tickets.size());
    QHash<QString, int> counts;
    for (const TicketMessage& ticket : tickets) {
        for (const QString& tag : ticket.tags)
            ++counts[tag];
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= minTickets)
            result.tags.append(it.key());
    }
    result.tags.sort();
    if (result.tags.size() < 2)
        return result;
    QHash<QString, int> tagIndex;
    for (int i = 0; i < result.tags.size(); ++i)
        tagIndex.insert(result.tags[i], i);

    // A ticket with two tags teaches both: it enters the training set once per tag.
    std::vector<text::TermView> trainTerms;
    std::vector<QString> trainTexts;
    std::vector<int> trainLabels;
    std::vector<text::TermView> untaggedTerms;
    std::vector<QString> untaggedTexts;
    std::vector<size_t> untaggedIndex;
    size_t untaggedCount = 0; // selected or not: the classifier's options depend on how many there are
    for (size_t i = 0; i < tickets.size(); ++i) {
        const TicketMessage& ticket = tickets[i];
        if (ticket.tags.isEmpty()) {
            ++untaggedCount;
            if (!isSelected(selection, i))
                continue;
            untaggedTerms.emplace_back(ticket.allTerms);
            untaggedTexts.push_back(ticket.text);
            untaggedIndex.push_back(i);
            continue;
        }
        bool learned = false;
        for (const QString& tag : ticket.tags) {
            if (const auto found = tagIndex.constFind(tag); found != tagIndex.cend()) {
                trainTerms.emplace_back(ticket.allTerms);
                trainTexts.push_back(ticket.text);
                trainLabels.push_back(*found);
                learned = true;
            }
        }
        result.trainingTickets += learned ? 1 : 0;
    }
    const auto classCount = static_cast<int>(result.tags.size());
    text::TextClassifier classifier
        = classifierFor(std::min(trainTerms.size(), kMaxTraining), trainTerms.size() + untaggedCount, seed);

    // The accuracy estimate comes from an even sample so its cost does not grow with the help desk.
    const size_t step = std::max<size_t>(1, trainTerms.size() / kAccuracySample);
    std::vector<text::TermView> sampleTerms;
    std::vector<QString> sampleTexts;
    std::vector<int> sampleLabels;
    for (size_t i = 0; i < trainTerms.size(); i += step) {
        sampleTerms.push_back(trainTerms[i]);
        sampleTexts.push_back(trainTexts[i]);
        sampleLabels.push_back(trainLabels[i]);
    }
    if (sampleTerms.size() >= 20)
        result.estimatedAccuracy
            = classifier.crossValidatedAccuracy(sampleTerms, terms, sampleTexts, sampleLabels, classCount, 3);

    const TrainingSet sample = sampleTraining(trainTerms, trainTexts, trainLabels);
    classifier.fit(sample.terms, terms, sample.texts, sample.labels, classCount);
    const std::vector<text::Prediction> predictions = predictAll(classifier, untaggedTerms, terms, untaggedTexts);
    for (size_t i = 0; i < predictions.size(); ++i) {
        std::vector<TagGuess>& guesses = result.guesses[untaggedIndex[i]];
        for (const auto& [label, probability] : predictions[i].top) {
            if (guesses.empty() || probability >= kExtraTagConfidence)
                guesses.push_back({ result.tags[label], probability });
        }
    }
    return result;
}

} // namespace flywheel::service
