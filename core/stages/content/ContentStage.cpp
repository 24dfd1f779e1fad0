#include "stages/content/ContentStage.h"

#include "Parallel.h"
#include "Version.h"
#include "flywheel/StageMemory.h"
#include "flywheel/StageSteps.h"
#include "stages/content/CatalogConventions.h"
#include "stages/content/ContentSignals.h"
#include "store/StoreSettings.h"

#include <QCryptographicHash>

namespace flywheel::content {

using namespace Qt::StringLiterals;

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

/// What the attribute values are read from: every product's texts and options, in the store's
/// language, by this build of the extractor. The same digest means the same values.
QString catalogDigest(const std::vector<ContentProduct>& products, const QString& language)
{
    QCryptographicHash digest(QCryptographicHash::Sha1);
    const auto add = [&digest](QStringView text) {
        digest.addData(QByteArrayView(reinterpret_cast<const char*>(text.utf16()), text.size() * 2));
        digest.addData(QByteArrayView("\0\0", 2));
    };
    add(QString::fromStdString(versionText()));
    add(language);
    for (const ContentProduct& product : products) {
        add(QString::number(product.id));
        for (const QString* text : { &product.title, &product.descriptionHtml, &product.productType })
            add(*text);
        for (const QString& tag : product.tags)
            add(tag);
        add(u"options");
        for (const ContentProduct::Option& option : product.options) {
            add(option.name);
            for (const QString& value : option.values)
                add(value);
        }
    }
    return QString::fromLatin1(digest.result().toHex());
}

/// The values the last run read from this very catalog (kept as "<digest> <rows>"), when they are
/// all still there; nullopt otherwise.
Result<std::optional<std::vector<std::vector<ExtractedValue>>>> keptValues(
    Database& db, const std::vector<ContentProduct>& products, const QString& kept, const QString& digest)
{
    using Kept = std::optional<std::vector<std::vector<ExtractedValue>>>;
    const QStringList parts = kept.split(u' ');
    if (parts.size() != 2 || parts[0] != digest)
        return Kept {};
    auto rows = db.scalar("SELECT count(*) FROM product_attributes");
    if (!rows)
        return std::unexpected(rows.error());
    if (QString::number(*rows) != parts[1])
        return Kept {};
    auto values = readAttributeValues(db, products);
    if (!values)
        return std::unexpected(values.error());
    return Kept { std::move(*values) };
}

size_t countValues(const std::vector<std::vector<ExtractedValue>>& values)
{
    size_t count = 0;
    for (const auto& productValues : values)
        count += productValues.size();
    return count;
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
    auto products = loadContentProducts(db, context.shared);
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
    // The catalog's values are read again only when its texts changed: after most imports (orders,
    // tickets) they are what the last run stored.
    StageMemory memory(db, name());
    const QString digest = catalogDigest(*products, language);
    auto kept = memory.recall(u"catalog"_s);
    if (!kept)
        return std::unexpected(kept.error());
    auto stored = keptValues(db, *products, *kept, digest);
    if (!stored)
        return std::unexpected(stored.error());
    const bool reread = !stored->has_value();
    const std::vector<std::vector<ExtractedValue>> values
        = reread ? extractAll(*products, lexicon, conventions, language, progress) : std::move(**stored);
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
    if (reread) {
        if (auto ok = writeAttributeValues(db, *products, values, context.runId); !ok)
            return std::unexpected(ok.error());
        if (auto ok = memory.keep(u"catalog"_s, digest + u' ' + QString::number(countValues(values))); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = writeCompleteness(db, *products, completeness, context.runId); !ok)
        return std::unexpected(ok.error());
    auto actions = proposeContentActions(db, context.queue, *products, suggestions, context.runId);
    if (!actions)
        return std::unexpected(actions.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return summarize(*products, values, completeness, suggestions, *actions);
}

} // namespace flywheel::content
