#include "stages/content/ContentQueries.h"

#include "flywheel/Recommendation.h"
#include "stages/content/DescriptionText.h"
#include "stages/shared/ProductAttributes.h"

#include <QJsonDocument>

#include <map>

namespace flywheel::content {

namespace {
using namespace Qt::StringLiterals;

struct QueryText {
    Q_DECLARE_TR_FUNCTIONS(ContentQueries)
};

/// Most often missing attributes named per group: enough to see the pattern.
constexpr int kNamedMissing = 3;

/// `groups` selects (group key, name, products, average score, incomplete); `missing` selects (group key,
/// attribute, count) ordered by count.
Result<QList<CompletenessGroup>> readGroups(Database& db, std::string_view groups, std::string_view missing)
{
    auto select = db.prepare(groups);
    if (!select)
        return std::unexpected(select.error());
    QList<CompletenessGroup> result;
    std::map<QString, qsizetype> indexOf;
    auto read = select->forEachRow([&](Statement& row) {
        indexOf[row.text(0)] = result.size();
        result.append({ row.text(1), static_cast<int>(row.int64(2)), row.real(3), static_cast<int>(row.int64(4)), {} });
    });
    if (!read)
        return std::unexpected(read.error());
    auto gaps = db.prepare(missing);
    if (!gaps)
        return std::unexpected(gaps.error());
    read = gaps->forEachRow([&](Statement& row) {
        const auto found = indexOf.find(row.text(0));
        if (found == indexOf.end())
            return;
        QStringList& names = result[found->second].commonestMissing;
        if (names.size() < kNamedMissing)
            names.append(attributes::title(row.text(1)));
    });
    if (!read)
        return std::unexpected(read.error());
    return result;
}
} // namespace

Result<QList<CompletenessGroup>> readCompletenessByType(Database& db)
{
    return readGroups(db,
        "SELECT lower(coalesce(p.product_type, '')), coalesce(min(p.product_type), ''), count(*), avg(c.score), "
        "sum(c.score < 1) FROM product_completeness c JOIN products p ON p.id = c.product_id "
        "GROUP BY 1 ORDER BY sum(c.score < 1) DESC, avg(c.score), 1",
        "SELECT lower(coalesce(p.product_type, '')), m.value, count(*) FROM product_completeness c "
        "JOIN products p ON p.id = c.product_id, json_each(c.missing) m GROUP BY 1, 2 ORDER BY 3 DESC, 2");
}

Result<QList<CompletenessGroup>> readCompletenessByCollection(Database& db)
{
    return readGroups(db,
        "SELECT col.id, col.title, count(*), avg(c.score), sum(c.score < 1) FROM collection_products cp "
        "JOIN collections col ON col.id = cp.collection_id JOIN product_completeness c ON c.product_id = "
        "cp.product_id GROUP BY col.id ORDER BY sum(c.score < 1) DESC, avg(c.score), col.title",
        "SELECT cp.collection_id, m.value, count(*) FROM collection_products cp JOIN product_completeness c ON "
        "c.product_id = cp.product_id, json_each(c.missing) m GROUP BY 1, 2 ORDER BY 3 DESC, 2");
}

Result<QList<SuggestionReading>> readSuggestions(Database& db)
{
    auto select = db.prepare(
        "SELECT r.id, r.kind, r.status, r.title, r.detail, r.confidence, r.evidence, s.attribute, s.field, "
        "s.suggested_text, coalesce(s.edited_text, ''), coalesce(s.value_source, ''), max(s.revenue_at_risk_minor), "
        "group_concat(p.title, char(10)) FROM recommendations r JOIN content_suggestions s ON s.recommendation_id = "
        "r.id JOIN products p ON p.id = s.product_id WHERE r.stage = 'content' GROUP BY r.id "
        "ORDER BY max(s.revenue_at_risk_minor) IS NULL, max(s.revenue_at_risk_minor) DESC, max(s.priority) DESC, r.id");
    if (!select)
        return std::unexpected(select.error());
    QList<SuggestionReading> rows;
    auto read = select->forEachRow([&](Statement& row) {
        SuggestionReading reading;
        reading.actionId = row.int64(0);
        reading.kind = row.text(1);
        reading.status = row.text(2);
        reading.title = row.text(3);
        reading.detail = row.text(4);
        if (!row.isNull(5))
            reading.confidence = row.real(5);
        reading.evidence = QJsonDocument::fromJson(row.text(6).toUtf8()).array();
        reading.attribute = row.text(7);
        reading.field = row.text(8);
        reading.suggestedText = row.text(9);
        reading.editedText = row.text(10);
        reading.valueSource = row.text(11);
        if (!row.isNull(12))
            reading.revenueAtRiskMinor = row.int64(12);
        reading.products = row.text(13).split(u'\n', Qt::SkipEmptyParts);
        rows.append(std::move(reading));
    });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

Result<void> saveSuggestionText(Database& db, std::int64_t actionId, const QString& text)
{
    auto update = db.prepare("UPDATE content_suggestions SET edited_text = CASE WHEN ?2 = '' OR ?2 = suggested_text "
                             "THEN NULL ELSE ?2 END WHERE recommendation_id = ?1");
    if (!update)
        return std::unexpected(update.error());
    update->bindAll(actionId, text.trimmed());
    if (auto ok = update->run(); !ok)
        return ok;
    if (db.changes() == 0)
        return fail(ErrorCode::InvalidArgument,
            QueryText::tr("Action %1 has no suggested edit; press Run to bring the suggestions up to date.")
                .arg(actionId));
    return {};
}

Result<void> acceptSuggestion(Database& db, std::int64_t actionId, const QString& text)
{
    if (hasPlaceholder(text))
        return fail(ErrorCode::InvalidArgument,
            QueryText::tr("Fill in the part marked [[ ]] with what is true for this product, then accept it."));
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = saveSuggestionText(db, actionId, text); !ok)
        return ok;
    if (auto ok = RecommendationQueue(db).setStatus(actionId, u"accepted"_s); !ok)
        return ok;
    return transaction->commit();
}

} // namespace flywheel::content
