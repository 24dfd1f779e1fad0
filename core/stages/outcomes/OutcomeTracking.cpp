#include "stages/outcomes/OutcomeTracking.h"

#include "store/StoreDays.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace flywheel::outcomes {

namespace {
struct Subject {
    std::int64_t id = 0;
    QString stage;
    QString kind;
    QString key;
    QJsonArray evidence;
    int windowDays = 28;
};

Result<QJsonArray> idColumn(Database& db, const char* sql, std::int64_t id)
{
    auto select = db.prepare(sql);
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(id);
    QJsonArray ids;
    auto read = select->forEachRow([&](Statement& row) { ids.append(qint64(row.int64(0))); });
    if (!read)
        return std::unexpected(read.error());
    return ids;
}

/// Products named by the action's evidence rows from `products`.
QJsonArray evidenceProducts(const QJsonArray& evidence)
{
    for (const QJsonValue& item : evidence) {
        const QJsonObject object = item.toObject();
        if (object.value("table"_L1).toString() == "products"_L1)
            return object.value("ids"_L1).toArray();
    }
    return {};
}

/// The forecast the reorder was sized on, summed over the outcome window, with its 80% range; the
/// periods' spreads are taken as independent.
Result<QJsonObject> frozenForecast(Database& db, std::int64_t variantId, int windowDays)
{
    auto select = db.prepare("SELECT period, forecast FROM inventory_forecasts WHERE variant_id = ?1");
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(variantId);
    auto found = select->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return QJsonObject {};
    const int periodDays = select->text(0) == "day"_L1 ? 1 : 7;
    const QJsonObject forecast = QJsonDocument::fromJson(select->text(1).toUtf8()).object();
    const QJsonArray mean = forecast.value("mean"_L1).toArray();
    const QJsonArray lower = forecast.value("lower80"_L1).toArray();
    const QJsonArray upper = forecast.value("upper80"_L1).toArray();
    double total = 0;
    double variance = 0;
    double covered = 0;
    constexpr double kZ80 = 1.2816;
    for (qsizetype i = 0; i < mean.size() && covered < windowDays; ++i) {
        const double share = std::min(1.0, (windowDays - covered) / periodDays);
        total += share * mean.at(i).toDouble();
        const double spread = (upper.at(i).toDouble() - lower.at(i).toDouble()) / (2 * kZ80);
        variance += share * spread * spread;
        covered += periodDays;
    }
    const double half = kZ80 * std::sqrt(variance);
    return QJsonObject { { u"variant"_s, qint64(variantId) }, { u"forecast"_s, total },
        { u"low80"_s, std::max(0.0, total - half) }, { u"high80"_s, total + half } };
}

/// What the measurement of this action needs that a later run would overwrite.
Result<QJsonObject> baselineOf(Database& db, const Subject& subject)
{
    const QString key = subject.key;
    const QString metricName = outcomeMetric(subject.stage, subject.kind);
    const QString target = key.section(u':', 1);
    if (metricName == QLatin1StringView(metric::kTicketRate)) {
        if (key.startsWith("product:"_L1))
            return QJsonObject { { u"product"_s, key.section(u':', 1, 1).toLongLong() },
                { u"attribute"_s, key.section(u':', 2) } };
        if (key.startsWith("attribute:"_L1))
            return QJsonObject { { u"attribute"_s, target } };
        if (key.startsWith("intent:"_L1))
            return QJsonObject { { u"intent"_s, target } };
        return QJsonObject { { u"topic"_s, target } };
    }
    if (metricName == QLatin1StringView(metric::kZeroResultRate)
        || metricName == QLatin1StringView(metric::kClicksPerSearch)) {
        // A synonym group starts with the shoppers' word, the one that found nothing.
        const QString query = key.startsWith("synonyms:"_L1) ? target.section(u',', 0, 0).trimmed() : target;
        return QJsonObject { { u"queries"_s, QJsonArray { query } } };
    }
    if (metricName == QLatin1StringView(metric::kSalesLift)) {
        QJsonArray products;
        if (key.startsWith("collection:"_L1)) {
            auto ids = idColumn(
                db, "SELECT product_id FROM collection_products WHERE collection_id = ?1", target.toLongLong());
            if (!ids)
                return std::unexpected(ids.error());
            products = *ids;
        } else if (key.startsWith("product:"_L1)) {
            products = QJsonArray { target.section(u':', 0, 0).toLongLong() };
        } else {
            products = evidenceProducts(subject.evidence);
        }
        return QJsonObject { { u"products"_s, products } };
    }
    if (metricName == QLatin1StringView(metric::kForecastAccuracy))
        return frozenForecast(db, target.toLongLong(), subject.windowDays);
    return QJsonObject { { u"promotion"_s, key } };
}
} // namespace

QString outcomeMetric(const QString& stage, const QString& kind)
{
    if (stage == "service"_L1 || kind == "add-attribute"_L1 || kind == "add-answer"_L1)
        return QLatin1StringView(metric::kTicketRate);
    if (kind == "add-synonym"_L1 || kind == "unmet-demand"_L1)
        return QLatin1StringView(metric::kZeroResultRate);
    if (kind == "add-redirect"_L1)
        return QLatin1StringView(metric::kClicksPerSearch);
    if (stage == "inventory"_L1)
        return QLatin1StringView(metric::kForecastAccuracy);
    if (stage == "promotions"_L1)
        return QLatin1StringView(metric::kPurchaseRateVsControl);
    return QLatin1StringView(metric::kSalesLift);
}

Result<void> startMeasuring(Database& db, std::int64_t recommendationId)
{
    auto select = db.prepare("SELECT stage, kind, subject_key, evidence, window_days FROM recommendations "
                             "WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM outcomes WHERE recommendation_id = ?1)");
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(recommendationId);
    auto found = select->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return {};
    const Subject subject { recommendationId, select->text(0), select->text(1), select->text(2),
        QJsonDocument::fromJson(select->text(3).toUtf8()).array(), int(select->int64(4)) };
    auto start = lastOrderDay(db);
    if (!start)
        return std::unexpected(start.error());
    auto baseline = baselineOf(db, subject);
    if (!baseline)
        return std::unexpected(baseline.error());
    auto insert
        = db.prepare("INSERT INTO outcomes (recommendation_id, stage, metric, window_days, start_day, baseline) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return std::unexpected(insert.error());
    const QDate startDay = start->isValid() ? *start : QDate::currentDate();
    insert->bindAll(recommendationId, subject.stage, outcomeMetric(subject.stage, subject.kind),
        std::max(1, subject.windowDays), startDay.toString(Qt::ISODate),
        QString::fromUtf8(QJsonDocument(*baseline).toJson(QJsonDocument::Compact)));
    return insert->run();
}

} // namespace flywheel::outcomes
