#include "stages/service/ServiceStage.h"

#include "Parallel.h"
#include "settings/Settings.h"
#include "stages/service/ServiceAnalysis.h"
#include "store/StoreSettings.h"
#include "text/Analyzer.h"
#include "text/Clustering.h"
#include "text/Sentiment.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

namespace flywheel::service {

namespace {
// Step timings, for tuning on big help desks: QT_LOGGING_RULES="flywheel.service.debug=true".
Q_LOGGING_CATEGORY(serviceLog, "flywheel.service", QtWarningMsg)

/// A help-desk tag is learned once this many tickets carry it.
constexpr int kMinTagTickets = 5;
/// Below this confidence a ticket's intent is a guess, and the ticket joins the topic search.
constexpr double kTopicConfidence = 0.5;
constexpr int kMaxTopics = 8;
constexpr int kRecentDays = 28;

enum Step {
    LoadTickets,
    LoadReviews,
    ReadCatalog,
    Sentiment,
    Intents,
    Tags,
    Questions,
    Gaps,
    Topics,
    Write,
    StepCount
};

/// Reports each step to the progress watcher and, for tuning, how long the previous one took.
class StepReporter {
public:
    explicit StepReporter(Progress* progress)
        : m_progress(progress)
    {
    }
    void enter(Step step)
    {
        if (m_clock.isValid())
            qCDebug(serviceLog) << "step" << m_step << "took" << m_clock.elapsed() << "ms";
        m_clock.start();
        m_step = step;
        if (m_progress)
            m_progress->report(step, StepCount);
    }

private:
    Progress* m_progress;
    QElapsedTimer m_clock;
    Step m_step = LoadTickets;
};

Result<void> checkCancelled(Progress* progress)
{
    if (progress && progress->cancelled())
        return fail(ErrorCode::Cancelled,
            ServiceStage::tr("The Service analysis was cancelled; the previous results are kept."));
    return {};
}

MessageSentiment fromText(const text::Sentiment& sentiment)
{
    return { sentiment.level, sentiment.score, sentiment.confidence };
}

/// Reviews beyond this many teach the sentiment model little more and only cost fitting time; an
/// even sample over the store's history keeps every season and product line in.
constexpr size_t kMaxSentimentReviews = 5000;
constexpr size_t kScoringChunk = 4096;

std::vector<MessageSentiment> scoreAll(
    const text::StoreSentimentModel& model, const std::vector<TicketMessage>& messages)
{
    std::vector<MessageSentiment> scores(messages.size());
    forEachChunk(messages.size(), kScoringChunk, [&](size_t begin, size_t end) {
        // The model's analyzer keeps a cache, so each range scores with a copy of its own.
        const text::StoreSentimentModel copy = model;
        std::vector<QString> texts;
        for (size_t i = begin; i < end; ++i)
            texts.push_back(messages[i].text);
        const std::vector<text::Sentiment> scored = copy.score(texts);
        for (size_t i = begin; i < end; ++i)
            scores[i] = fromText(scored[i - begin]);
    });
    return scores;
}

void scoreSentiment(ServiceAnalysis& analysis, const QString& language)
{
    text::StoreSentimentModel model(language);
    std::vector<QString> texts;
    std::vector<int> stars;
    const size_t step = std::max<size_t>(1, analysis.reviews.size() / kMaxSentimentReviews);
    for (size_t i = 0; i < analysis.reviews.size(); i += step) {
        texts.push_back(analysis.reviews[i].text);
        stars.push_back(analysis.reviews[i].rating);
    }
    model.fit(texts, stars);
    analysis.ticketSentiment = scoreAll(model, analysis.tickets);
    // A review's stars are its author's own verdict; no model reads it better.
    for (const ReviewMessage& review : analysis.reviews)
        analysis.reviewSentiment.push_back({ review.rating - 3, (review.rating - 3) / 2.0, 1.0 });
}

void linkQuestions(ServiceAnalysis& analysis)
{
    const ProductCatalog& catalog = *analysis.catalog;
    const size_t count = analysis.tickets.size();
    analysis.ticketLinks.resize(count);
    analysis.gapProducts.resize(count);
    analysis.asked.resize(count);
    for (size_t i = 0; i < count; ++i) {
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
                const bool known = std::any_of(
                    links.begin(), links.end(), [&](const LinkedProduct& l) { return l.index == product; });
                if (!known)
                    links.push_back({ product, ProductLink::Order });
            }
        }
        analysis.asked[i] = analysis.vocabulary->asked(ticket.sentences);
    }
}

void discoverTopics(ServiceAnalysis& analysis, quint64 seed)
{
    analysis.topicOf.assign(analysis.tickets.size(), -1);
    std::vector<QStringList> documents;
    std::vector<size_t> ticketIndex;
    for (size_t i = 0; i < analysis.tickets.size(); ++i) {
        const IntentLabel& label = analysis.intents[i];
        if (label.intent == Intent::Other || label.confidence < kTopicConfidence) {
            documents.push_back(analysis.tickets[i].terms);
            ticketIndex.push_back(i);
        }
    }
    // Stems name a topic badly ("pill"); the word customers used most for each stem names it well.
    QHash<QString, QHash<QString, int>> wordsOfStem;
    for (size_t i : ticketIndex) {
        for (const Sentence& sentence : analysis.tickets[i].sentences) {
            for (qsizetype t = 0; t < sentence.terms.size(); ++t)
                ++wordsOfStem[sentence.terms[t]][sentence.words[t]];
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
    StepReporter steps(progress);

    steps.enter(LoadTickets);
    auto tickets = loadTickets(db, language, progress);
    if (!tickets)
        return std::unexpected(tickets.error());
    analysis.tickets = std::move(*tickets);
    steps.enter(LoadReviews);
    auto reviews = loadReviews(db, language, progress);
    if (!reviews)
        return std::unexpected(reviews.error());
    analysis.reviews = std::move(*reviews);

    steps.enter(ReadCatalog);
    auto catalog = ProductCatalog::load(db, analyzer);
    if (!catalog)
        return std::unexpected(catalog.error());
    analysis.catalog = std::move(*catalog);
    analysis.vocabulary.emplace(analyzer, *analysis.catalog, analysis.tickets, *minMentions);

    steps.enter(Sentiment);
    scoreSentiment(analysis, language);
    if (auto ok = checkCancelled(progress); !ok)
        return std::unexpected(ok.error());
    steps.enter(Intents);
    analysis.intents = labelIntents(analysis.tickets, IntentRules(analyzer), context.seed);
    if (auto ok = checkCancelled(progress); !ok)
        return std::unexpected(ok.error());
    steps.enter(Tags);
    analysis.tags = predictTags(analysis.tickets, kMinTagTickets, context.seed);
    if (auto ok = checkCancelled(progress); !ok)
        return std::unexpected(ok.error());
    steps.enter(Questions);
    linkQuestions(analysis);
    steps.enter(Gaps);
    analysis.gaps = findContentGaps(GapInputs { analysis.tickets, analysis.gapProducts, analysis.asked,
        analysis.reviews, *analysis.catalog, *analysis.vocabulary, *minMentions });
    steps.enter(Topics);
    discoverTopics(analysis, context.seed);
    if (auto ok = checkCancelled(progress); !ok)
        return std::unexpected(ok.error());

    steps.enter(Write);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto gapIds = writeServiceSignals(db, analysis, context.runId);
    if (!gapIds)
        return std::unexpected(gapIds.error());
    auto actions = proposeServiceActions(context.queue, analysis, *gapIds, context.runId);
    if (!actions)
        return std::unexpected(actions.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    steps.enter(StepCount);
    return summarize(analysis, *actions);
}

} // namespace flywheel::service
