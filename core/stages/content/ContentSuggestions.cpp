#include "stages/content/ContentSuggestions.h"

#include "stages/content/DescriptionText.h"
#include "stages/shared/ProductAttributes.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <set>

namespace flywheel::content {

namespace {
using namespace Qt::StringLiterals;

/// Enough to work through in a week; the completeness table keeps the rest.
constexpr size_t kMaxAnswers = 100;
constexpr size_t kMaxAttributes = 50;
constexpr size_t kMaxTags = 50;
/// A tag is the store's convention once this many products carry it...
constexpr int kMinTagUsers = 3;
/// ...and it is on at least this share of the products whose pages state its value.
constexpr double kMinTagConsistency = 0.5;
/// A product states a value for a tag from this confidence on (running text, not an everyday word).
constexpr double kTagEvidenceConfidence = 0.7;
constexpr double kTagReadingConfidence = 0.85;
constexpr double kCatalogValueConfidence = 0.6;

/// Values that say the same thing, so reviews can be counted as agreeing: "runs small" and "runs about
/// half a size small" are both "small".
QString family(const QString& attribute, const QString& value, const AttributeLexicon& lexicon)
{
    const QString first = value.section(u' ', 0, 0);
    if (attribute == u"fit") {
        if (value.contains(u"small") || value.contains(u"narrow"))
            return u"small"_s;
        if (value.contains(u"large") || value.contains(u"big") || value.contains(u"wide"))
            return u"large"_s;
        return value;
    }
    if (attribute == u"waterproof") {
        if (lexicon.isNegation(first))
            return u"no"_s;
        if (value.contains(u"resist") || value.contains(u"repel"))
            return u"resistant"_s;
        return u"yes"_s;
    }
    if (attribute == u"care")
        return u"care"_s;
    return value;
}

/// Care instructions read best washing first, then temperature, then the rest.
QString careValue(const std::vector<QString>& said)
{
    std::vector<QString> facets;
    for (const QString& facet : said) {
        if (std::find(facets.begin(), facets.end(), facet) == facets.end())
            facets.push_back(facet);
    }
    const auto rank = [](const QString& facet) {
        if (facet.contains(u"wash") || facet.contains(u"clean"))
            return 0;
        if (facet == u"cold" || facet.contains(u'°'))
            return 1;
        return 2;
    };
    std::stable_sort(
        facets.begin(), facets.end(), [&](const QString& a, const QString& b) { return rank(a) < rank(b); });
    QStringList parts(facets.begin(), facets.end());
    return parts.join(u", "_s);
}

/// A value for a suggestion and where it was found.
struct FoundValue {
    QString value;
    QString source;
    std::vector<std::int64_t> reviewIds;
    int agreeing = 0; ///< reviews that say it
};

/// What each review of a product states, read once per product however many attributes ask.
class ReviewReadings {
public:
    explicit ReviewReadings(const SuggestionInputs& in)
        : m_in(in)
    {
    }
    struct Reading {
        std::int64_t review = 0;
        std::vector<ExtractedValue> values;
    };
    const std::vector<Reading>& of(int product)
    {
        const auto cached = m_readings.find(product);
        if (cached != m_readings.end())
            return cached->second;
        std::vector<Reading>& readings = m_readings[product];
        const auto reviews = m_in.reviews.find(product);
        if (reviews != m_in.reviews.end()) {
            for (const ReviewText& review : reviews->second)
                readings.push_back({ review.id, m_in.extractor.readText(review.text, m_in.analyzer) });
        }
        return readings;
    }

private:
    const SuggestionInputs& m_in;
    std::map<int, std::vector<Reading>> m_readings;
};

/// What the product's reviews say about the attribute, when more of those that say anything agree than
/// say anything else.
FoundValue fromReviews(
    const QString& attribute, const std::vector<ReviewReadings::Reading>& reviews, const AttributeLexicon& lexicon)
{
    struct Family {
        QString value; ///< the most informative wording
        std::vector<std::int64_t> reviews;
    };
    std::map<QString, Family> families;
    for (const ReviewReadings::Reading& review : reviews) {
        std::vector<QString> said;
        for (const ExtractedValue& value : review.values) {
            if (value.attribute == attribute && value.confidence >= kStatedConfidence)
                said.push_back(value.value);
        }
        if (said.empty())
            continue;
        QString value = attribute == u"care"
            ? careValue(said)
            : *std::max_element(
                said.begin(), said.end(), [](const QString& a, const QString& b) { return a.size() < b.size(); });
        Family& entry = families[family(attribute, value, lexicon)];
        entry.reviews.push_back(review.review);
        if (value.size() > entry.value.size())
            entry.value = value;
    }
    if (families.empty())
        return {};
    std::vector<std::pair<QString, Family>> ranked(families.begin(), families.end());
    std::stable_sort(ranked.begin(), ranked.end(),
        [](const auto& a, const auto& b) { return a.second.reviews.size() > b.second.reviews.size(); });
    const auto agreeing = static_cast<int>(ranked.front().second.reviews.size());
    const int disagreeing = ranked.size() > 1 ? static_cast<int>(ranked[1].second.reviews.size()) : 0;
    if (disagreeing >= agreeing)
        return {}; // reviews disagree: the owner knows best
    FoundValue found;
    found.value = ranked.front().second.value;
    found.source = u"reviews"_s;
    found.reviewIds = ranked.front().second.reviews;
    found.agreeing = agreeing;
    return found;
}

FoundValue fromCatalog(const QString& attribute, const std::vector<ExtractedValue>& values)
{
    std::vector<QString> facets;
    FoundValue found;
    double best = 0;
    for (const ExtractedValue& value : values) {
        if (value.attribute != attribute || value.confidence < kCatalogValueConfidence)
            continue;
        facets.push_back(value.value);
        if (value.confidence > best) {
            best = value.confidence;
            found.value = value.value;
        }
    }
    if (attribute == u"care" && !facets.empty())
        found.value = careValue(facets);
    if (!found.value.isEmpty())
        found.source = u"catalog"_s;
    return found;
}

/// "Fit: runs small", "Waterproof: yes", or the line with a placeholder for the owner.
QString answerLine(
    const QString& attribute, const QString& title, const QString& value, const AttributeLexicon& lexicon)
{
    QString label = lexicon.writtenLabel(attribute);
    if (label.isEmpty())
        label = title.isEmpty() ? attribute : title.front().toUpper() + title.mid(1);
    if (value.isEmpty())
        return label + u": "_s + placeholder(attribute);
    if (attribute == u"waterproof" && family(attribute, value, lexicon) == u"yes")
        return label + u": "_s + lexicon.yesWord() + (value == u"waterproof" ? QString() : u", "_s + value);
    return label + u": "_s + value;
}

void setValue(Suggestion& suggestion, const FoundValue& found, const SuggestionInputs& in)
{
    suggestion.value = found.value;
    suggestion.valueSource = found.source;
    suggestion.reviewIds = found.reviewIds;
    suggestion.reviewsAgreeing = found.agreeing;
    suggestion.text = answerLine(suggestion.attribute, suggestion.attributeTitle, found.value, in.lexicon);
}

std::vector<Suggestion> answers(
    const SuggestionInputs& in, const QHash<std::int64_t, int>& indexOf, ReviewReadings& readings)
{
    std::vector<Suggestion> result;
    for (const service::GapReading& gap : in.gaps) {
        const int product = indexOf.value(gap.productId, -1);
        if (product < 0 || result.size() >= kMaxAnswers)
            continue;
        Suggestion suggestion;
        suggestion.kind = SuggestionKind::AddAnswer;
        suggestion.attribute = gap.attribute;
        suggestion.attributeTitle = gap.attributeTitle;
        suggestion.products = { product };
        suggestion.gap = gap;
        suggestion.confidence = gap.confidence;
        suggestion.priority = static_cast<double>(gap.revenueAtRiskMinor);
        FoundValue found = fromCatalog(gap.attribute, in.values[static_cast<size_t>(product)]);
        if (found.value.isEmpty())
            found = fromReviews(gap.attribute, readings.of(product), in.lexicon);
        setValue(suggestion, found, in);
        result.push_back(std::move(suggestion));
    }
    return result;
}

/// How much an attribute matters on a page: one customers ask about, and the more this store's customers
/// ask about it, more than one they see in the pictures (pattern, season).
double importance(const QString& attribute, const std::map<QString, int>& askedTickets)
{
    const attributes::KnownAttribute* known = attributes::findAttribute(attribute);
    const double base = known && !known->asks.empty() ? 1.0 : 0.5;
    int most = 0;
    for (const auto& [key, tickets] : askedTickets)
        most = std::max(most, tickets);
    const auto asked = askedTickets.find(attribute);
    const double share = most > 0 && asked != askedTickets.end() ? static_cast<double>(asked->second) / most : 0.0;
    return base * (1.0 + share);
}

std::vector<Suggestion> missingAttributes(const SuggestionInputs& in, ReviewReadings& readings)
{
    std::vector<Suggestion> result;
    for (size_t i = 0; i < in.products.size(); ++i) {
        const ProductCompleteness& completeness = in.completeness[i];
        // Only a product type says what a product should state; the whole catalog does not.
        if (completeness.peerGroup.isEmpty())
            continue;
        for (const MissingAttribute& missing : completeness.missing) {
            if (missing.asked)
                continue; // answered by an add-answer
            Suggestion suggestion;
            suggestion.kind = SuggestionKind::AddAttribute;
            suggestion.attribute = missing.attribute;
            suggestion.attributeTitle = attributes::title(missing.attribute);
            suggestion.products = { static_cast<int>(i) };
            suggestion.peerShare = missing.peerShare;
            suggestion.peers = completeness.peers;
            suggestion.peerGroup = completeness.peerGroup;
            suggestion.confidence = missing.peerShare;
            const auto product = static_cast<int>(i);
            const FoundValue found = fromReviews(missing.attribute, readings.of(product), in.lexicon);
            setValue(suggestion, found, in);
            // A value the owner only has to confirm is worth more than one to look up.
            suggestion.priority = (static_cast<double>(in.products[i].revenue90Minor) + 1.0) * missing.peerShare
                * importance(missing.attribute, in.askedTickets) * (found.value.isEmpty() ? 1.0 : 2.0);
            result.push_back(std::move(suggestion));
        }
    }
    std::stable_sort(
        result.begin(), result.end(), [](const Suggestion& a, const Suggestion& b) { return a.priority > b.priority; });
    if (result.size() > kMaxAttributes)
        result.resize(kMaxAttributes);
    return result;
}

std::vector<Suggestion> tags(const SuggestionInputs& in)
{
    struct Use {
        QString written;
        std::set<int> products;
    };
    std::map<QString, Use> uses; // lower-case tag -> how the store writes it, who carries it
    for (size_t i = 0; i < in.products.size(); ++i) {
        for (const QString& tag : in.products[i].tags) {
            Use& use = uses[tag.toLower()];
            if (use.written.isEmpty())
                use.written = tag;
            use.products.insert(static_cast<int>(i));
        }
    }
    std::vector<Suggestion> result;
    for (const auto& [key, use] : uses) {
        if (static_cast<int>(use.products.size()) < kMinTagUsers)
            continue;
        ContentProduct probe;
        probe.tags = { use.written };
        std::vector<ExtractedValue> readings;
        for (const ExtractedValue& value : in.extractor.extract(probe, in.analyzer)) {
            if (value.source == Source::Tag && value.confidence >= kTagReadingConfidence)
                readings.push_back(value);
        }
        if (readings.size() != 1)
            continue; // a tag that says nothing known, or several things at once
        const ExtractedValue& meaning = readings.front();
        std::vector<int> stating;
        for (size_t i = 0; i < in.products.size(); ++i) {
            const bool states = std::any_of(in.values[i].begin(), in.values[i].end(), [&](const ExtractedValue& v) {
                return v.source != Source::Tag && v.attribute == meaning.attribute && v.value == meaning.value
                    && v.confidence >= kTagEvidenceConfidence;
            });
            if (states)
                stating.push_back(static_cast<int>(i));
        }
        std::vector<int> untagged;
        for (int product : stating) {
            if (!use.products.contains(product))
                untagged.push_back(product);
        }
        if (stating.empty() || untagged.empty())
            continue;
        const double consistency = 1.0 - static_cast<double>(untagged.size()) / static_cast<double>(stating.size());
        if (consistency < kMinTagConsistency)
            continue;
        std::stable_sort(untagged.begin(), untagged.end(), [&](int a, int b) {
            return in.products[static_cast<size_t>(a)].revenue90Minor
                > in.products[static_cast<size_t>(b)].revenue90Minor;
        });
        Suggestion suggestion;
        suggestion.kind = SuggestionKind::AddTag;
        suggestion.attribute = meaning.attribute;
        suggestion.attributeTitle = attributes::title(meaning.attribute);
        suggestion.products = untagged;
        suggestion.text = use.written;
        suggestion.value = meaning.value;
        suggestion.valueSource = u"catalog"_s;
        suggestion.peerShare = consistency;
        suggestion.peers = static_cast<int>(use.products.size());
        suggestion.confidence = 0.5 + 0.5 * consistency;
        for (int product : untagged)
            suggestion.priority += static_cast<double>(in.products[static_cast<size_t>(product)].revenue90Minor);
        result.push_back(std::move(suggestion));
    }
    std::stable_sort(
        result.begin(), result.end(), [](const Suggestion& a, const Suggestion& b) { return a.priority > b.priority; });
    if (result.size() > kMaxTags)
        result.resize(kMaxTags);
    return result;
}
} // namespace

QString kindName(SuggestionKind kind)
{
    switch (kind) {
    case SuggestionKind::AddAttribute:
        return u"add-attribute"_s;
    case SuggestionKind::AddTag:
        return u"add-tag"_s;
    case SuggestionKind::AddAnswer:
        break;
    }
    return u"add-answer"_s;
}

std::vector<Suggestion> buildSuggestions(const SuggestionInputs& inputs)
{
    QHash<std::int64_t, int> indexOf;
    for (size_t i = 0; i < inputs.products.size(); ++i)
        indexOf.insert(inputs.products[i].id, static_cast<int>(i));
    ReviewReadings readings(inputs);
    std::vector<Suggestion> all = answers(inputs, indexOf, readings);
    for (std::vector<Suggestion> more : { missingAttributes(inputs, readings), tags(inputs) })
        all.insert(all.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    return all;
}

std::vector<int> productsNeedingValues(const std::vector<ContentProduct>& products,
    const std::vector<ProductCompleteness>& completeness, const QList<service::GapReading>& gaps)
{
    std::set<int> wanted;
    for (size_t i = 0; i < products.size(); ++i) {
        if (!completeness[i].missing.empty())
            wanted.insert(static_cast<int>(i));
    }
    QSet<std::int64_t> gapProducts;
    for (const service::GapReading& gap : gaps)
        gapProducts.insert(gap.productId);
    for (size_t i = 0; i < products.size(); ++i) {
        if (gapProducts.contains(products[i].id))
            wanted.insert(static_cast<int>(i));
    }
    return { wanted.begin(), wanted.end() };
}

Result<std::map<QString, int>> loadAskedTickets(Database& db)
{
    auto select = db.prepare("SELECT asked.value, count(*) FROM ticket_signals s, json_each(s.asked_attributes) asked "
                             "GROUP BY asked.value");
    if (!select)
        return std::unexpected(select.error());
    std::map<QString, int> counts;
    auto read = select->forEachRow([&](Statement& row) { counts[row.text(0)] = static_cast<int>(row.int64(1)); });
    if (!read)
        return std::unexpected(read.error());
    return counts;
}

Result<std::map<int, std::vector<ReviewText>>> loadReviews(
    Database& db, const std::vector<ContentProduct>& products, const std::vector<int>& wanted)
{
    QHash<std::int64_t, int> indexOf;
    for (int index : wanted)
        indexOf.insert(products[static_cast<size_t>(index)].id, index);
    auto select = db.prepare("SELECT id, product_id, coalesce(title, ''), coalesce(body, '') FROM reviews "
                             "WHERE product_id IS NOT NULL ORDER BY created_at, id");
    if (!select)
        return std::unexpected(select.error());
    std::map<int, std::vector<ReviewText>> reviews;
    auto read = select->forEachRow([&](Statement& row) {
        const int product = indexOf.value(row.int64(1), -1);
        if (product < 0)
            return;
        const QString title = row.text(2);
        reviews[product].push_back({ row.int64(0), title.isEmpty() ? row.text(3) : title + u".\n"_s + row.text(3) });
    });
    if (!read)
        return std::unexpected(read.error());
    return reviews;
}

} // namespace flywheel::content
