#include "stages/content/ContentStage.h"

#include "Parallel.h"
#include "flywheel/StageSteps.h"
#include "stages/content/CatalogConventions.h"
#include "stages/content/ContentSignals.h"
#include "store/StoreSettings.h"

namespace flywheel::content {

namespace {
constexpr size_t kExtractionChunk = 256;

enum Step { LoadCatalog, Learn, Extract, Complete, Suggest, Write, StepCount };

/// Every product read on all cores; each range of products gets an analyzer and an extractor of its own.
std::vector<std::vector<ExtractedValue>> extractAll(const std::vector<ContentProduct>& products,
    const AttributeLexicon& lexicon, const CatalogConventions& conventions, const QString& language, Progress* progress)
{
    std::vector<std::vector<ExtractedValue>> values(products.size());
    forEachChunk(products.size(), kExtractionChunk, [&](size_t begin, size_t end) {
        if (progress && progress->cancelled())
            return;
        const text::Analyzer analyzer(language);
        const AttributeExtractor extractor(lexicon, conventions);
        for (size_t i = begin; i < end; ++i)
            values[i] = extractor.extract(products[i], analyzer);
    });
    return values;
}

/// Per product index, the attributes customers keep asking about.
std::map<int, QStringList> askedAttributes(
    const std::vector<ContentProduct>& products, const QList<service::GapReading>& gaps)
{
    std::map<std::int64_t, int> indexOf;
    for (size_t i = 0; i < products.size(); ++i)
        indexOf[products[i].id] = static_cast<int>(i);
    std::map<int, QStringList> asked;
    for (const service::GapReading& gap : gaps) {
        const auto found = indexOf.find(gap.productId);
        if (found != indexOf.end())
            asked[found->second].append(gap.attribute);
    }
    return asked;
}

StageSummary summarize(const std::vector<ContentProduct>& products,
    const std::vector<std::vector<ExtractedValue>>& values, const std::vector<ProductCompleteness>& completeness,
    const std::vector<Suggestion>& suggestions, int actions)
{
    StageSummary summary;
    summary.recommendations = actions;
    qint64 stated = 0;
    for (const auto& productValues : values) {
        stated += std::count_if(productValues.begin(), productValues.end(),
            [](const ExtractedValue& value) { return value.confidence >= kStatedConfidence; });
    }
    double total = 0;
    for (const ProductCompleteness& entry : completeness)
        total += entry.score;
    const auto count = static_cast<int>(products.size());
    if (count > 0) {
        summary.figure = 100.0 * total / count;
        summary.figureLabel = ContentStage::tr("content completeness (%)");
    }
    const auto answers = std::count_if(suggestions.begin(), suggestions.end(),
        [](const Suggestion& s) { return s.kind == SuggestionKind::AddAnswer; });
    summary.headline = ContentStage::tr("%n product(s) read; %1 attribute values; %2 answers and %3 other edits "
                                        "suggested",
        nullptr, count)
                           .arg(stated)
                           .arg(answers)
                           .arg(static_cast<qint64>(suggestions.size()) - answers);
    summary.handoff = ContentStage::tr("%n attribute value(s)", nullptr, static_cast<int>(stated));
    return summary;
}
} // namespace

Result<StageSummary> ContentStage::run(StageContext& context)
{
    Database& db = context.db;
    Progress* progress = context.progress;
    const QString language = StoreSettings(db).language();
    const text::Analyzer analyzer(language);
    StageSteps steps(name(), StepCount, progress);

    steps.enter(LoadCatalog, "LoadCatalog");
    auto products = loadContentProducts(db);
    if (!products)
        return std::unexpected(products.error());
    auto gaps = service::readGaps(db);
    if (!gaps)
        return std::unexpected(gaps.error());

    steps.enter(Learn, "Learn");
    AttributeLexicon lexicon(analyzer);
    const CatalogConventions conventions = learnConventions(*products, lexicon, analyzer);
    if (auto ok = checkCancelled(*this, progress); !ok)
        return std::unexpected(ok.error());

    steps.enter(Extract, "Extract");
    const auto values = extractAll(*products, lexicon, conventions, language, progress);
    if (auto ok = checkCancelled(*this, progress); !ok)
        return std::unexpected(ok.error());

    steps.enter(Complete, "Complete");
    const auto completeness = computeCompleteness(*products, values, askedAttributes(*products, *gaps));

    steps.enter(Suggest, "Suggest");
    auto reviews = loadReviews(db, *products, productsNeedingValues(*products, completeness, *gaps));
    if (!reviews)
        return std::unexpected(reviews.error());
    auto asked = loadAskedTickets(db);
    if (!asked)
        return std::unexpected(asked.error());
    const AttributeExtractor extractor(lexicon, conventions);
    const std::vector<Suggestion> suggestions = buildSuggestions(
        SuggestionInputs { *products, values, completeness, *gaps, *reviews, *asked, lexicon, extractor, analyzer });
    if (auto ok = checkCancelled(*this, progress); !ok)
        return std::unexpected(ok.error());

    steps.enter(Write, "Write");
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = writeContentSignals(db, *products, values, completeness, context.runId); !ok)
        return std::unexpected(ok.error());
    auto actions = proposeContentActions(db, context.queue, *products, suggestions, context.runId);
    if (!actions)
        return std::unexpected(actions.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return summarize(*products, values, completeness, suggestions, *actions);
}

} // namespace flywheel::content
