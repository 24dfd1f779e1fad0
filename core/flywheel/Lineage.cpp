#include "flywheel/Lineage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flywheel {

namespace {
struct LineageText {
    Q_DECLARE_TR_FUNCTIONS(Lineage)
};

/// Lineage is shown for the first few products only: enough to follow the chain.
constexpr qsizetype kMaxProducts = 5;

const QStringList& wheelOrder()
{
    static const QStringList order { u"service"_s, u"content"_s, u"search"_s, u"merchandising"_s, u"inventory"_s,
        u"promotions"_s, u"outcomes"_s };
    return order;
}

/// Runs `sql` with the product ids (a JSON array) as ?1, handing each row to `onRow`.
template <typename OnRow>
Result<void> forProducts(Database& db, const char* sql, const QList<std::int64_t>& products, OnRow&& onRow)
{
    QJsonArray ids;
    for (const std::int64_t id : products)
        ids.append(qint64(id));
    auto select = db.prepare(sql);
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    return select->forEachRow(std::forward<OnRow>(onRow));
}

Result<std::optional<std::int64_t>> oneId(Database& db, const char* sql, const QString& parameter)
{
    auto select = db.prepare(sql);
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(parameter);
    auto found = select->step();
    if (!found)
        return std::unexpected(found.error());
    return *found && !select->isNull(0) ? std::optional { select->int64(0) } : std::nullopt;
}

constexpr const char* kGaps
    = "SELECT p.title, g.attribute_title, g.mentions FROM content_gaps g JOIN products p ON p.id = g.product_id "
      "WHERE g.product_id IN (SELECT value FROM json_each(?1)) ORDER BY g.mentions DESC LIMIT 5";
constexpr const char* kSearches
    = "SELECT d.query, d.diagnosis, d.searches FROM search_diagnoses d WHERE d.diagnosis <> 'ok' AND EXISTS "
      "(SELECT 1 FROM json_each(d.product_ids) WHERE value IN (SELECT value FROM json_each(?1))) ORDER BY "
      "d.searches DESC LIMIT 5";
constexpr const char* kTrends
    = "SELECT p.title, t.trend, t.ratio, coalesce(t.via_query, '') FROM merch_trends t JOIN products p ON p.id = "
      "t.product_id WHERE t.subject = 'product' AND t.trend IN ('spike', 'rise', 'fall') AND t.product_id IN "
      "(SELECT value FROM json_each(?1))";
constexpr const char* kStock
    = "SELECT p.title, h.status, sum(h.available), max(h.days_of_cover), sum(h.overstock_units) FROM "
      "inventory_health h JOIN variants v ON v.id = h.variant_id JOIN products p ON p.id = v.product_id WHERE "
      "v.product_id IN (SELECT value FROM json_each(?1)) AND h.status IN ('out_of_stock', 'reorder', 'overstock') "
      "GROUP BY p.id, h.status";
/// Every action whose subject is one of the products, one of their variants, or a promotion of one.
constexpr const char* kActions
    = "SELECT r.id, r.stage, r.title, r.status FROM recommendations r WHERE r.status <> 'dismissed' AND ("
      "(r.subject_key LIKE 'product:%' AND CAST(substr(r.subject_key, 9) AS INTEGER) IN (SELECT value FROM "
      "json_each(?1))) OR (r.subject_key LIKE 'variant:%' AND CAST(substr(r.subject_key, 9) AS INTEGER) IN (SELECT "
      "id FROM variants WHERE product_id IN (SELECT value FROM json_each(?1)))) OR (r.stage = 'promotions' AND "
      "r.subject_key IN (SELECT subject_key FROM promotions WHERE product_id IN (SELECT value FROM "
      "json_each(?1))))) ORDER BY r.id";

QString diagnosisText(const QString& diagnosis)
{
    if (diagnosis == "typo"_L1)
        return LineageText::tr("a misspelling");
    if (diagnosis == "wording"_L1)
        return LineageText::tr("the shoppers' word, not the catalog's");
    if (diagnosis == "filter"_L1)
        return LineageText::tr("a filter the catalog cannot answer");
    if (diagnosis == "out_of_stock"_L1)
        return LineageText::tr("only out-of-stock items match");
    return LineageText::tr("not carried");
}

QString stockText(const Statement& row)
{
    const QString status = row.text(1);
    if (status == "overstock"_L1)
        return LineageText::tr("%1: %2 units beyond what it sells, %3 days of cover")
            .arg(row.text(0))
            .arg(row.int64(4))
            .arg(qRound(row.real(3)));
    if (status == "reorder"_L1)
        return LineageText::tr("%1: time to reorder, %2 days of cover left").arg(row.text(0)).arg(qRound(row.real(3)));
    return LineageText::tr("%1: out of stock").arg(row.text(0));
}
} // namespace

Result<QList<std::int64_t>> actionProducts(Database& db, const Recommendation& action)
{
    QList<std::int64_t> products;
    const auto add = [&products](std::int64_t id) {
        if (id > 0 && !products.contains(id) && products.size() < kMaxProducts)
            products.append(id);
    };
    const QString& key = action.subjectKey;
    const QString target = key.section(u':', 1, 1);
    if (key.startsWith("product:"_L1))
        add(target.toLongLong());
    if (key.startsWith("variant:"_L1)) {
        auto product = oneId(db, "SELECT product_id FROM variants WHERE id = ?1", target);
        if (!product)
            return std::unexpected(product.error());
        add(product->value_or(0));
    }
    if (action.stage == "promotions"_L1) {
        auto product = oneId(db, "SELECT product_id FROM promotions WHERE subject_key = ?1", key);
        if (!product)
            return std::unexpected(product.error());
        add(product->value_or(0));
    }
    if (key.startsWith("synonyms:"_L1) || key.startsWith("query:"_L1) || key.startsWith("redirect:"_L1)) {
        const QString query = key.startsWith("synonyms:"_L1) ? key.section(u':', 1).section(u',', 0, 0).trimmed()
                                                             : key.section(u':', 1);
        auto select = db.prepare("SELECT value FROM search_diagnoses, json_each(product_ids) WHERE query = ?1");
        if (!select)
            return std::unexpected(select.error());
        select->bindAll(query);
        if (auto read = select->forEachRow([&](Statement& row) { add(row.int64(0)); }); !read)
            return std::unexpected(read.error());
    }
    for (const QJsonValue& item : action.evidence) {
        const QJsonObject object = item.toObject();
        if (object.value("table"_L1).toString() == "products"_L1)
            for (const QJsonValue& id : object.value("ids"_L1).toArray())
                add(id.toInteger());
    }
    return products;
}

Result<QList<LineageStep>> lineage(Database& db, const Recommendation& action)
{
    auto products = actionProducts(db, action);
    if (!products)
        return std::unexpected(products.error());
    QList<LineageStep> steps;
    if (products->isEmpty())
        return steps;
    const auto signal = [&steps](const char* stage, const QString& text) {
        steps.append({ QLatin1StringView(stage), text, std::nullopt, {} });
    };
    auto gaps = forProducts(db, kGaps, *products, [&](Statement& row) {
        signal("service",
            LineageText::tr("Customers asked about %1 %n time(s) (%2)", nullptr, int(row.int64(2)))
                .arg(row.text(1), row.text(0)));
    });
    if (!gaps)
        return std::unexpected(gaps.error());
    auto searches = forProducts(db, kSearches, *products, [&](Statement& row) {
        signal("search",
            LineageText::tr("“%1” searched %n time(s) without finding it: %2", nullptr, int(row.int64(2)))
                .arg(row.text(0), diagnosisText(row.text(1))));
    });
    if (!searches)
        return std::unexpected(searches.error());
    auto trends = forProducts(db, kTrends, *products, [&](Statement& row) {
        const QString via = row.text(3);
        QString text = row.text(1) == "fall"_L1 ? LineageText::tr("%1 sells %2× its usual level, falling")
                                                      .arg(row.text(0), QString::number(row.real(2), 'f', 1))
                                                : LineageText::tr("%1 trends up: %2× its usual level")
                                                      .arg(row.text(0), QString::number(row.real(2), 'f', 1));
        if (!via.isEmpty())
            text += u' ' + LineageText::tr("(searches for “%1”)").arg(via);
        signal("merchandising", text);
    });
    if (!trends)
        return std::unexpected(trends.error());
    auto stock = forProducts(db, kStock, *products, [&](Statement& row) { signal("inventory", stockText(row)); });
    if (!stock)
        return std::unexpected(stock.error());
    auto actions = forProducts(db, kActions, *products, [&](Statement& row) {
        if (row.int64(0) != action.id)
            steps.append({ row.text(1), row.text(2), row.int64(0), row.text(3) });
    });
    if (!actions)
        return std::unexpected(actions.error());
    std::stable_sort(steps.begin(), steps.end(), [](const LineageStep& a, const LineageStep& b) {
        return wheelOrder().indexOf(a.stage) < wheelOrder().indexOf(b.stage);
    });
    return steps;
}

} // namespace flywheel
