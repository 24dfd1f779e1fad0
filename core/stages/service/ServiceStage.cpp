#include "stages/service/ServiceStage.h"

#include "Parallel.h"
#include "flywheel/StageMemory.h"
#include "flywheel/StageSteps.h"
#include "settings/Settings.h"
#include "stages/service/KeptAnalyses.h"
#include "stages/service/ServiceAnalysis.h"
#include "store/StoreSettings.h"
#include "text/Analyzer.h"
#include "text/Clustering.h"
#include "text/Sentiment.h"

#include <QHash>

#include <functional>
#include <thread>

namespace flywheel::service {

namespace {

/// A help-desk tag is learned once this many tickets carry it.
constexpr int kMinTagTickets = 5;
/// Below this confidence a ticket's intent is a guess, and the ticket joins the topic search.
constexpr double kTopicConfidence = 0.5;
constexpr int kMaxTopics = 8;
constexpr int kRecentDays = 28;

enum Step {
    Load, ///< tickets, reviews and the catalog
    Learn, ///< the attribute vocabulary, intents, tags and sentiment
    Questions,
    Gaps,
    Topics,
    Write,
    StepCount
};

MessageSentiment fromText(const text::Sentiment& sentiment)
{
    return { sentiment.level, sentiment.score, sentiment.confidence };
}

/// Reviews beyond this many teach the sentiment model little more and only cost fitting time; an
/// even sample over the store's history keeps every season and product line in.
constexpr size_t kMaxSentimentReviews = 5000;
constexpr size_t kScoringChunk = 4096;

/// The sentiment model reads the terms and word-list cues the messages were analysed into on loading.
template <typename Message> text::SentimentFeatures sentimentFeatures(const Message& message)
{
    return { message.allTerms, message.sentimentCues };
}

/// The selected tickets' sentiment; the others' is left for the caller to fill.
std::vector<MessageSentiment> scoreSelected(const text::StoreSentimentModel& model,
    const std::vector<TicketMessage>& messages, const text::TermTable& terms, const TicketSelection& selection)
{
    std::vector<size_t> chosen;
    for (size_t i = 0; i < messages.size(); ++i)
        if (isSelected(selection, i))
            chosen.push_back(i);
    std::vector<MessageSentiment> scores(messages.size());
    forEachChunk(chosen.size(), kScoringChunk, [&](size_t begin, size_t end) {
        std::vector<text::SentimentFeatures> features;
        features.reserve(end - begin);
        for (size_t k = begin; k < end; ++k)
            features.push_back(sentimentFeatures(messages[chosen[k]]));
        const std::vector<text::Sentiment> scored = model.score(features, terms);
        for (size_t k = begin; k < end; ++k)
            scores[chosen[k]] = fromText(scored[k - begin]);
    });
    return scores;
}

void scoreSentiment(ServiceAnalysis& analysis, const QString& language)
{
    text::StoreSentimentModel model(language);
    std::vector<text::SentimentFeatures> reviews;
    std::vector<int> stars;
    const size_t step = std::max<size_t>(1, analysis.reviews.size() / kMaxSentimentReviews);
    for (size_t i = 0; i < analysis.reviews.size(); i += step) {
        const ReviewMessage& review = analysis.reviews[i];
        if (review.text.trimmed().isEmpty())
            continue;
        reviews.push_back(sentimentFeatures(review));
        stars.push_back(review.rating);
    }
    model.fit(reviews, stars, analysis.terms);
    analysis.ticketSentiment = scoreSelected(model, analysis.tickets, analysis.terms, analysis.labelled);
    // A review's stars are its author's own verdict; no model reads it better.
    for (const ReviewMessage& review : analysis.reviews)
        analysis.reviewSentiment.push_back({ review.rating - 3, (review.rating - 3) / 2.0, 1.0 });
}

/// The products a ticket names or ordered, the products its questions are about, and what it asks.
void linkTicket(ServiceAnalysis& analysis, size_t i)
{
    const ProductCatalog& catalog = *analysis.catalog;
    const TicketMessage& ticket = analysis.tickets[i];
    std::vector<LinkedProduct>& links = analysis.ticketLinks[i];
    links = catalog.named(ticket.text, ticket.terms);
    for (const LinkedProduct& link : links)
        analysis.gapProducts[i].push_back(link.index);
    if (ticket.orderId) {
        const std::vector<int> ordered = catalog.orderProducts(*ticket.orderId);
        // A question in a three-product order does not say which product it is about.
        if (links.empty() && ordered.size() == 1)
            analysis.gapProducts[i].push_back(ordered.front());
        for (int product : ordered) {
            const bool known
                = std::any_of(links.begin(), links.end(), [&](const LinkedProduct& l) { return l.index == product; });
            if (!known)
                links.push_back({ product, ProductLink::Order });
        }
    }
    analysis.asked[i] = analysis.vocabulary->asked(ticket.sentences);
}

/// A ticket keeps the labels (sentiment, intent, tag guesses) it got when it came in until the
/// models have this much more to learn from, in tickets or in reviews; then every ticket is labelled
/// again. Reading all of a large help desk's tickets each run would cost more than the rest of the
/// stage, for labels that would barely move.
constexpr double kRelabelGrowth = 0.10;

/// The tickets and reviews there were when every ticket was last labelled, as the stage keeps them.
QString labelCounts(const ServiceAnalysis& analysis)
{
    return QString::number(analysis.tickets.size()) + u' ' + QString::number(analysis.reviews.size());
}

/// Whether this run labels every ticket: when the messages were all analysed anew, when the counts
/// kept at the last full labelling are missing, or when the help desk or the reviews grew by
/// kRelabelGrowth since.
Result<bool> labelAllAgain(const StageMemory& memory, const KeptAnalyses& kept, const ServiceAnalysis& analysis)
{
    if (!kept.usable())
        return true;
    auto counts = memory.recall(QStringLiteral("labels"));
    if (!counts)
        return std::unexpected(counts.error());
    const QStringList parts = counts->split(u' ');
    bool ticketsRead = false;
    bool reviewsRead = false;
    const double tickets = parts.value(0).toDouble(&ticketsRead);
    const double reviews = parts.value(1).toDouble(&reviewsRead);
    if (parts.size() != 2 || !ticketsRead || !reviewsRead)
        return true;
    const auto grew = [](size_t now, double then) { return static_cast<double>(now) > then * (1 + kRelabelGrowth); };
    return grew(analysis.tickets.size(), tickets) || grew(analysis.reviews.size(), reviews);
}

/// Marks the tickets this run labels and reads back the others' stored labels.
Result<void> chooseTicketsToLabel(
    Database& db, const StageMemory& memory, const KeptAnalyses& kept, ServiceAnalysis& analysis)
{
    auto all = labelAllAgain(memory, kept, analysis);
    if (!all)
        return std::unexpected(all.error());
    if (*all)
        return {};
    auto stored = readTicketLabels(db, analysis.tickets);
    if (!stored)
        return std::unexpected(stored.error());
    analysis.stored = std::move(*stored);
    analysis.labelled.resize(analysis.tickets.size());
    for (size_t i = 0; i < analysis.tickets.size(); ++i)
        analysis.labelled[i] = analysis.tickets[i].analysedNow || !analysis.stored.present[i];
    return {};
}

/// The stored labels of the tickets this run did not label.
void keepStoredLabels(ServiceAnalysis& analysis)
{
    for (size_t i = 0; i < analysis.labelled.size(); ++i) {
        if (analysis.labelled[i])
            continue;
        analysis.ticketSentiment[i] = analysis.stored.sentiment[i];
        analysis.intents[i] = analysis.stored.intents[i];
        analysis.tags.guesses[i] = analysis.stored.guesses[i];
    }
}

/// Tickets are linked on every core; each ticket's result is its own, so the order does not matter.
constexpr size_t kLinkingChunk = 4096;

void linkQuestions(ServiceAnalysis& analysis)
{
    const size_t count = analysis.tickets.size();
    analysis.ticketLinks.resize(count);
    analysis.gapProducts.resize(count);
    analysis.asked.resize(count);
    forEachChunk(count, kLinkingChunk, [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i)
            linkTicket(analysis, i);
    });
}

void discoverTopics(ServiceAnalysis& analysis, quint64 seed)
{
    analysis.topicOf.assign(analysis.tickets.size(), -1);
    std::vector<QStringList> documents;
    std::vector<size_t> ticketIndex;
    for (size_t i = 0; i < analysis.tickets.size(); ++i) {
        const IntentLabel& label = analysis.intents[i];
        if (label.intent == Intent::Other || label.confidence < kTopicConfidence) {
            documents.push_back(analysis.terms.texts(analysis.tickets[i].terms));
            ticketIndex.push_back(i);
        }
    }
    // Stems name a topic badly ("pill"); the word customers used most for each stem names it well.
    QHash<QString, QHash<QString, int>> wordsOfStem;
    for (size_t i : ticketIndex) {
        for (const Sentence& sentence : analysis.tickets[i].sentences) {
            for (size_t t = 0; t < sentence.terms.size(); ++t)
                ++wordsOfStem[analysis.terms.text(sentence.terms[t])][analysis.terms.text(sentence.words[t])];
        }
    }
    const auto commonestWord = [&](const QString& stem) {
        const QHash<QString, int> words = wordsOfStem.value(stem);
        QString best = stem;
        int bestCount = 0;
        for (auto it = words.cbegin(); it != words.cend(); ++it) {
            if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
                best = it.key();
                bestCount = it.value();
            }
        }
        return best;
    };
    for (const text::Topic& topic : text::discoverTopics(documents, kMaxTopics, seed)) {
        DiscoveredTopic discovered;
        for (const QString& term : topic.topTerms) {
            QStringList words;
            for (const QString& stem : term.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                words.append(commonestWord(stem));
            discovered.words.append(words.join(QLatin1Char(' ')));
        }
        discovered.label = discovered.words.mid(0, 3).join(QStringLiteral(", "));
        for (int member : topic.members) {
            const size_t ticket = ticketIndex[static_cast<size_t>(member)];
            discovered.members.push_back(ticket);
            analysis.topicOf[ticket] = static_cast<int>(analysis.topics.size());
        }
        analysis.topics.push_back(std::move(discovered));
    }
}

/// Runs jobs that share nothing side by side: the first on this thread, each other one on a thread of
/// its own. Not on the compute pool: the jobs spread their own work over it, and a pool thread that
/// waits for the pool could wait forever.
void runSideBySide(const std::vector<std::function<void()>>& jobs)
{
    std::vector<std::jthread> threads;
    for (size_t job = 1; job < jobs.size(); ++job)
        threads.emplace_back(jobs[job]);
    if (!jobs.empty())
        jobs.front()();
}

StageSummary summarize(const ServiceAnalysis& analysis, int actions)
{
    StageSummary summary;
    summary.recommendations = actions;
    const QString since = ticketWindowStart(analysis, kRecentDays);
    int recent = 0;
    int negative = 0;
    for (size_t i = 0; i < analysis.tickets.size(); ++i) {
        if (analysis.tickets[i].createdAt < since)
            continue;
        ++recent;
        negative += analysis.ticketSentiment[i].level < 0 ? 1 : 0;
    }
    const auto gaps = static_cast<int>(analysis.gaps.gaps.size());
    if (recent > 0) {
        summary.figure = 100.0 * negative / recent;
        summary.figureLabel = ServiceStage::tr("negative tickets, last 4 weeks (%)");
    }
    summary.headline = ServiceStage::tr(
        "%n ticket(s) and %1 reviews read; %2 content gaps", nullptr, static_cast<int>(analysis.tickets.size()))
                           .arg(analysis.reviews.size())
                           .arg(gaps);
    summary.handoff = ServiceStage::tr("%n content gap(s)", nullptr, gaps);
    return summary;
}
} // namespace

Result<StageSummary> ServiceStage::run(StageContext& context)
{
    Database& db = context.db;
    Progress* progress = context.progress;
    const QString language = StoreSettings(db).language();
    auto minMentions = StoreSettings::get(db, settings::contentGapMinMentions);
    if (!minMentions)
        return std::unexpected(minMentions.error());
    const text::Analyzer analyzer(language);
    ServiceAnalysis analysis;
    StageSteps steps(name(), StepCount, progress);

    steps.enter(Load, "Load");
    // Messages analysed in earlier runs are not analysed again: their analyses are kept with the
    // terms they are numbered in, which become this run's first terms.
    StageMemory memory(db, name());
    auto kept = KeptAnalyses::read(db, memory, language, analysis.terms);
    if (!kept)
        return std::unexpected(kept.error());
    // The catalog is read while the messages are analysed on the other threads.
    auto messages = loadMessages(db, language, progress, analysis.terms, *kept, [&]() -> Result<void> {
        auto catalog = ProductCatalog::load(db, analyzer, analysis.terms, context.shared);
        if (!catalog)
            return std::unexpected(catalog.error());
        analysis.catalog = std::move(*catalog);
        return {};
    });
    if (!messages)
        return std::unexpected(messages.error());
    analysis.tickets = std::move(messages->tickets);
    analysis.reviews = std::move(messages->reviews);
    const auto messageTerms = static_cast<text::TermId>(analysis.terms.size()); // before the phrases below
    if (auto ok = chooseTicketsToLabel(db, memory, *kept, analysis); !ok)
        return std::unexpected(ok.error());

    steps.enter(Learn, "Learn");
    // These add their phrases to the run's terms, which the models below only read.
    const IntentRules rules(analyzer, analysis.terms);
    analysis.vocabulary.emplace(analyzer, *analysis.catalog, analysis.tickets, analysis.terms, *minMentions);
    // Longest first, so that the shorter ones fill in beside it.
    runSideBySide({
        [&] {
            analysis.intents = labelIntents(analysis.tickets, rules, analysis.terms, context.seed, analysis.labelled);
        },
        [&] {
            analysis.tags
                = predictTags(analysis.tickets, analysis.terms, kMinTagTickets, context.seed, analysis.labelled);
        },
        [&] { scoreSentiment(analysis, language); },
    });
    keepStoredLabels(analysis);
    if (auto ok = checkCancelled(*this, progress); !ok)
        return std::unexpected(ok.error());
    steps.enter(Questions, "Questions");
    linkQuestions(analysis);
    steps.enter(Gaps, "Gaps");
    analysis.gaps = findContentGaps(GapInputs { analysis.tickets, analysis.gapProducts, analysis.asked,
        analysis.reviews, *analysis.catalog, *analysis.vocabulary, *minMentions });
    steps.enter(Topics, "Topics");
    discoverTopics(analysis, context.seed);
    if (auto ok = checkCancelled(*this, progress); !ok)
        return std::unexpected(ok.error());

    steps.enter(Write, "Write");
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto written = writeServiceSignals(db, analysis, context.runId); !written)
        return std::unexpected(written.error());
    if (auto ok = kept->keep(db, memory, analysis.terms, messageTerms, analysis.tickets, analysis.reviews); !ok)
        return std::unexpected(ok.error());
    if (analysis.labelled.empty()) {
        if (auto ok = memory.keep(QStringLiteral("labels"), labelCounts(analysis)); !ok)
            return std::unexpected(ok.error());
    }
    auto actions = proposeServiceActions(context.queue, analysis, context.runId);
    if (!actions)
        return std::unexpected(actions.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return summarize(analysis, *actions);
}

} // namespace flywheel::service
