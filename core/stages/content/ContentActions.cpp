#include "stages/content/ContentSignals.h"

#include "io/Values.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace flywheel::content {

namespace {
using namespace Qt::StringLiterals;

struct ActionText {
    Q_DECLARE_TR_FUNCTIONS(ContentActions)
};

const QString kStage = u"content"_s;
constexpr int kWindowDays = 28;
constexpr int kMaxEvidenceIds = 50;
constexpr int kNamedProducts = 5;

template <typename Ids> QJsonObject rows(const QString& table, const Ids& ids)
{
    QJsonArray array;
    for (const auto id : ids) {
        if (array.size() >= kMaxEvidenceIds)
            break;
        array.append(static_cast<qint64>(id));
    }
    return QJsonObject { { u"table"_s, table }, { u"ids"_s, array } };
}

/// What the found value rests on, for the action's detail.
QString valueNote(const Suggestion& suggestion)
{
    if (suggestion.valueSource == u"reviews")
        return ActionText::tr("%n review(s) say so; add to the description: “%1”.", nullptr, suggestion.reviewsAgreeing)
            .arg(suggestion.text);
    if (suggestion.valueSource == u"catalog")
        return ActionText::tr("The catalog states it elsewhere; add to the description: “%1”.").arg(suggestion.text);
    return ActionText::tr("Neither the catalog nor the reviews say; write the answer into: “%1”.").arg(suggestion.text);
}

QString productList(const std::vector<ContentProduct>& products, const std::vector<int>& indices)
{
    QStringList titles;
    for (size_t i = 0; i < indices.size() && i < kNamedProducts; ++i)
        titles << products[static_cast<size_t>(indices[i])].title;
    QString list = titles.join(u", "_s);
    if (indices.size() > kNamedProducts)
        list = ActionText::tr("%1 and %n more", nullptr, static_cast<int>(indices.size() - kNamedProducts)).arg(list);
    return list;
}

Recommendation describeAnswer(const Suggestion& s, const ContentProduct& product)
{
    const service::GapReading& gap = *s.gap;
    Recommendation action;
    action.subjectKey = u"product:%1:%2"_s.arg(product.id).arg(s.attribute);
    action.title = ActionText::tr("Answer “%1” on the %2 page").arg(s.attributeTitle, product.title);
    action.detail = ActionText::tr("%n customer(s) asked about %1 for %2, and the page does not say. Revenue at risk: "
                                   "%3 (each customer who had to ask, at the product's selling price).",
                        nullptr, gap.mentions)
                        .arg(s.attributeTitle, product.title, values::moneyText(gap.revenueAtRiskMinor, gap.currency))
        + u' ' + valueNote(s);
    QJsonArray tickets;
    for (qsizetype i = std::max<qsizetype>(0, gap.ticketIds.size() - kMaxEvidenceIds); i < gap.ticketIds.size(); ++i)
        tickets.append(gap.ticketIds[i]);
    action.evidence = QJsonArray { QJsonObject { { u"table"_s, u"tickets"_s }, { u"ids"_s, tickets } },
        QJsonObject { { u"signal"_s, u"content_gaps"_s }, { u"id"_s, static_cast<qint64>(gap.id) } },
        rows(u"products"_s, std::vector { product.id }) };
    action.evidenceStrength = gap.mentions;
    action.expectedEffect
        = ActionText::tr("Fewer tickets asking about %1 for this product, and fewer returns for that reason")
              .arg(s.attributeTitle);
    action.metric = ActionText::tr("Tickets asking about %1 for %2, per 4 weeks").arg(s.attributeTitle, product.title);
    return action;
}

Recommendation describeAttribute(const Suggestion& s, const ContentProduct& product)
{
    Recommendation action;
    action.subjectKey = u"product:%1:%2"_s.arg(product.id).arg(s.attribute);
    action.title = ActionText::tr("Add “%1” to the %2 page").arg(s.attributeTitle, product.title);
    action.detail = ActionText::tr("%1% of your %2 (%n product(s)) state it; this page does not.", nullptr, s.peers)
                        .arg(std::lround(s.peerShare * 100))
                        .arg(s.peerGroup)
        + u' ' + valueNote(s);
    action.evidence = QJsonArray { rows(u"products"_s, std::vector { product.id }),
        QJsonObject { { u"signal"_s, u"product_completeness"_s }, { u"id"_s, static_cast<qint64>(product.id) } } };
    action.evidenceStrength = std::round(s.peerShare * s.peers);
    action.expectedEffect
        = ActionText::tr("Shoppers find the %1 on the page instead of asking or leaving").arg(s.attributeTitle);
    action.metric = ActionText::tr("Orders of %1 and tickets about it, per 4 weeks").arg(product.title);
    return action;
}

Recommendation describeTag(const Suggestion& s, const std::vector<ContentProduct>& products)
{
    const auto count = static_cast<int>(s.products.size());
    std::vector<std::int64_t> ids;
    for (int index : s.products)
        ids.push_back(products[static_cast<size_t>(index)].id);
    Recommendation action;
    action.subjectKey = u"tag:"_s + s.text.toLower();
    action.title = ActionText::tr("Tag %n product(s) “%1”", nullptr, count).arg(s.text);
    action.detail = ActionText::tr("Their pages say %1, but they lack the tag “%2” that %3 of your products carry, so "
                                   "filters, tag collections and searches by tag miss them: %4.")
                        .arg(s.value, s.text)
                        .arg(s.peers)
                        .arg(productList(products, s.products));
    action.evidence = QJsonArray { rows(u"products"_s, ids),
        QJsonObject {
            { u"signal"_s, u"product_attributes"_s }, { u"attribute"_s, s.attribute }, { u"value"_s, s.value } } };
    action.evidenceStrength = count;
    action.expectedEffect = ActionText::tr("These products show up wherever the store lists “%1”").arg(s.text);
    action.metric = ActionText::tr("Orders of these products, per 4 weeks");
    return action;
}

Recommendation describe(const Suggestion& s, const std::vector<ContentProduct>& products)
{
    const ContentProduct& first = products[static_cast<size_t>(s.products.front())];
    Recommendation action;
    switch (s.kind) {
    case SuggestionKind::AddAnswer:
        action = describeAnswer(s, first);
        break;
    case SuggestionKind::AddAttribute:
        action = describeAttribute(s, first);
        break;
    case SuggestionKind::AddTag:
        action = describeTag(s, products);
        break;
    }
    if (!s.reviewIds.empty())
        action.evidence.append(rows(u"reviews"_s, s.reviewIds));
    action.stage = kStage;
    action.kind = kindName(s.kind);
    action.windowDays = kWindowDays;
    action.confidence = s.confidence;
    return action;
}

Result<std::int64_t> actionId(Database& db, const Recommendation& action)
{
    auto select = db.prepare("SELECT id FROM recommendations WHERE stage = ?1 AND kind = ?2 AND subject_key = ?3");
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(action.stage, action.kind, action.subjectKey);
    auto found = select->step();
    if (!found)
        return std::unexpected(found.error());
    return *found ? select->int64(0) : 0;
}
} // namespace

Result<int> proposeContentActions(Database& db, RecommendationQueue& queue, const std::vector<ContentProduct>& products,
    const std::vector<Suggestion>& suggestions, std::int64_t runId)
{
    // The owner's wording stays; everything else is this run's.
    auto keep = db.prepare(
        "INSERT INTO content_suggestions (recommendation_id, product_id, run_id, attribute, field, suggested_text, "
        "value, value_source, revenue_at_risk_minor, priority) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
        "ON CONFLICT (recommendation_id, product_id) DO UPDATE SET run_id = excluded.run_id, attribute = "
        "excluded.attribute, field = excluded.field, suggested_text = excluded.suggested_text, value = excluded.value, "
        "value_source = excluded.value_source, revenue_at_risk_minor = excluded.revenue_at_risk_minor, priority = "
        "excluded.priority");
    if (!keep)
        return std::unexpected(keep.error());
    int shown = 0;
    for (const Suggestion& suggestion : suggestions) {
        const Recommendation action = describe(suggestion, products);
        auto offered = queue.offer(action, runId);
        if (!offered)
            return std::unexpected(offered.error());
        shown += *offered;
        auto id = actionId(db, action);
        if (!id)
            return std::unexpected(id.error());
        const QString field = suggestion.kind == SuggestionKind::AddTag ? u"tags"_s : u"description"_s;
        for (int index : suggestion.products) {
            keep->bindAll(
                *id, products[static_cast<size_t>(index)].id, runId, suggestion.attribute, field, suggestion.text);
            keep->bind(7, suggestion.value.isEmpty() ? std::optional<QString>() : std::optional(suggestion.value));
            keep->bind(
                8, suggestion.valueSource.isEmpty() ? std::optional<QString>() : std::optional(suggestion.valueSource));
            if (suggestion.gap)
                keep->bind(9, suggestion.gap->revenueAtRiskMinor);
            else
                keep->bind(9, std::nullopt);
            keep->bind(10, suggestion.priority);
            if (auto ok = keep->run(); !ok)
                return std::unexpected(ok.error());
        }
    }
    // Products an action no longer covers, then open actions no longer proposed.
    auto stale = db.prepare("DELETE FROM content_suggestions WHERE run_id IS NOT ?1 AND pushed_at IS NULL AND "
                            "recommendation_id IN (SELECT id FROM recommendations WHERE stage = 'content' AND "
                            "status IN ('new', 'dismissed'))");
    if (!stale)
        return std::unexpected(stale.error());
    stale->bind(1, runId);
    if (auto ok = stale->run(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = RecommendationQueue(db).withdrawStale(QStringLiteral("content"), runId); !ok)
        return std::unexpected(ok.error());
    return shown;
}

} // namespace flywheel::content
