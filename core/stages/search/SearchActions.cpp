#include "stages/search/SearchAnalysis.h"

#include <QJsonObject>

namespace flywheel::search {

namespace {
struct ActionText {
    Q_DECLARE_TR_FUNCTIONS(SearchActions)
};

const QString kStage = QStringLiteral("search");
constexpr int kWindowDays = 28;
constexpr size_t kMaxEvidenceRows = 50;
/// Unmet demand is worth the owner's look from this many searches.
constexpr int kUnmetDemandSearches = 10;

QJsonArray evidence(const DiagnosedQuery& q)
{
    QJsonArray rows;
    const size_t first = q.reported.rowIds.size() > kMaxEvidenceRows ? q.reported.rowIds.size() - kMaxEvidenceRows : 0;
    for (size_t i = first; i < q.reported.rowIds.size(); ++i)
        rows.append(qint64(q.reported.rowIds[i]));
    return QJsonArray { QJsonObject { { QStringLiteral("signal"), QStringLiteral("search_diagnoses") },
                            { QStringLiteral("id"), qint64(q.id) } },
        QJsonObject { { QStringLiteral("table"), QStringLiteral("search_terms") }, { QStringLiteral("ids"), rows } } };
}

Recommendation base(const DiagnosedQuery& q)
{
    Recommendation action;
    action.stage = kStage;
    action.evidence = evidence(q);
    action.evidenceStrength = q.reported.searches;
    action.windowDays = kWindowDays;
    action.confidence = q.diagnosis.confidence;
    return action;
}

Recommendation synonymAction(const DiagnosedQuery& q)
{
    Recommendation action = base(q);
    const QString group = q.diagnosis.synonymGroup.join(QStringLiteral(", "));
    action.kind = QStringLiteral("add-synonym");
    action.subjectKey = QStringLiteral("synonyms:") + group;
    action.title = ActionText::tr("Add the synonym group “%1” to your store's search").arg(group);
    const QString why = q.diagnosis.diagnosis == Diagnosis::Typo
        ? ActionText::tr("“%1” is a misspelling of “%2”.")
              .arg(q.diagnosis.synonymGroup.value(0), q.diagnosis.synonymGroup.value(1))
        : ActionText::tr("Your catalog says “%2” where shoppers say “%1”.")
              .arg(q.diagnosis.synonymGroup.value(0), q.diagnosis.synonymGroup.value(1));
    action.detail = ActionText::tr("Shoppers searched “%1” %n time(s) and found nothing. %2 With this group they find "
                                   "%3 products, e.g. %4.",
        nullptr, q.reported.searches)
                        .arg(q.reported.query, why)
                        .arg(q.diagnosis.products.size())
                        .arg(q.diagnosis.fix);
    action.expectedEffect = ActionText::tr("Searches for “%1” find your products").arg(q.reported.query);
    action.metric = ActionText::tr("Searches for “%1” with no results, per 4 weeks").arg(q.reported.query);
    return action;
}

Recommendation redirectAction(const DiagnosedQuery& q, const CollectionPage& collection)
{
    Recommendation action = base(q);
    action.kind = QStringLiteral("add-redirect");
    action.subjectKey = QStringLiteral("redirect:") + q.reported.query;
    action.title
        = ActionText::tr("Send searches for “%1” to the collection “%2”").arg(q.reported.query, collection.title);
    action.detail = ActionText::tr("%n search(es) for “%1” name a collection you have; a redirect shows the whole "
                                   "collection instead of a list of matches (/collections/%2).",
        nullptr, q.reported.searches)
                        .arg(q.reported.query, collection.handle);
    action.expectedEffect
        = ActionText::tr("More of the searches for “%1” lead to a product page").arg(q.reported.query);
    action.metric = ActionText::tr("Clicks per search for “%1”").arg(q.reported.query);
    action.confidence = 0.8;
    return action;
}

Recommendation unmetDemandAction(const DiagnosedQuery& q)
{
    Recommendation action = base(q);
    action.kind = QStringLiteral("unmet-demand");
    action.subjectKey = QStringLiteral("query:") + q.reported.query;
    action.title = ActionText::tr("Shoppers look for “%1”, which you do not carry").arg(q.reported.query);
    action.detail = ActionText::tr("%n search(es) for “%1” found nothing, and no spelling or synonym finds a product "
                                   "of yours. Consider adding it to the range, or a page that points to what you "
                                   "have instead.",
        nullptr, q.reported.searches)
                        .arg(q.reported.query);
    action.expectedEffect = ActionText::tr("Sales from searches for “%1”").arg(q.reported.query);
    action.metric = ActionText::tr("Searches for “%1” with no results, per 4 weeks").arg(q.reported.query);
    return action;
}
} // namespace

Result<int> proposeSearchActions(RecommendationQueue& queue, std::int64_t runId,
    const std::vector<DiagnosedQuery>& queries, const QHash<QString, CollectionPage>& collections)
{
    int proposed = 0;
    const auto offer = [&](const Recommendation& action) -> Result<void> {
        auto offered = queue.offer(action, runId);
        if (!offered)
            return std::unexpected(offered.error());
        proposed += *offered;
        return {};
    };
    for (const DiagnosedQuery& q : queries) {
        Result<void> ok;
        const Diagnosis diagnosis = q.diagnosis.diagnosis;
        if ((diagnosis == Diagnosis::Typo || diagnosis == Diagnosis::Wording) && q.diagnosis.synonymGroup.size() >= 2)
            ok = offer(synonymAction(q));
        else if (diagnosis == Diagnosis::NotCarried && q.reported.searches >= kUnmetDemandSearches)
            ok = offer(unmetDemandAction(q));
        if (!ok)
            return std::unexpected(ok.error());
        if (const auto collection = collections.constFind(q.reported.query); collection != collections.constEnd()) {
            if (auto redirected = offer(redirectAction(q, *collection)); !redirected)
                return std::unexpected(redirected.error());
        }
    }
    return proposed;
}

} // namespace flywheel::search
