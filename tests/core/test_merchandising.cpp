// The Merchandising stage: trends told from noise and from the season on synthetic weekly series
// (spike, lasting jump, steady climb, fall, a year-ago baseline, the peers that carry the season),
// the collection ranking (stock first, never an out-of-stock product on top), the stage on the demo
// store (its planted search spikes found, products to feature) and on a store without searches or
// collections, and the files the push writes.
#include "TestSupport.h"

#include "flywheel/Pipeline.h"
#include "flywheel/Recommendation.h"
#include "io/CsvReader.h"
#include "stages/merchandising/CollectionRanking.h"
#include "stages/merchandising/MerchandisingPush.h"
#include "stages/merchandising/MerchandisingQueries.h"
#include "stages/merchandising/MerchandisingSignals.h"
#include "stages/merchandising/TrendAnalysis.h"
#include "stages/merchandising/Trends.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <random>

using flywheel::test::TempStore;
using namespace flywheel::merchandising;
using namespace Qt::StringLiterals;

namespace {

/// Weekly counts drawn around `means` (Poisson, with the mean itself wobbling by `wobble` from week
/// to week as real demand does), against a flat reference.
WeeklySeries draw(const std::vector<double>& means, unsigned seed, double wobble = 0.1)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> noise(0.0, wobble);
    WeeklySeries series;
    for (const double mean : means) {
        std::poisson_distribution<int> count(std::max(0.01, mean * std::exp(noise(random))));
        series.counts.push_back(count(random));
        series.reference.push_back(100.0);
        series.exposure.push_back(1.0);
    }
    return series;
}

std::vector<double> flat(int weeks, double mean)
{
    return std::vector<double>(size_t(weeks), mean);
}

/// A winter-peaking season, 1 ± 0.8 over the year.
double winter(int week)
{
    return 1.0 + 0.8 * std::cos(2.0 * M_PI * (week - 48) / 52.0);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The file's rows, cells split on commas (the files checked here quote nothing).
QList<QStringList> rowsOf(const QString& path)
{
    QString text = QString::fromUtf8(fileBytes(path));
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QList<QStringList> rows;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts))
        rows << line.trimmed().split(u',');
    return rows;
}

std::optional<flywheel::StageRun> runMerchandising(TempStore& store)
{
    flywheel::Pipeline pipeline(flywheel::createStages());
    auto runs = pipeline.run(store.db(), u"merchandising"_s, nullptr, 0, flywheel::Pipeline::Mode::Full);
    if (!runs || runs->isEmpty())
        return std::nullopt;
    return runs->back();
}

} // namespace

class TestMerchandising : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(flywheel::test::createAnalysedDemo(m_demo, u"merchandising"_s)); }

    void demoSpikesAreFound()
    {
        // The demo plants searches that step up (and the products whose titles hold their words sell
        // more): each must be found as a spike or rise from the week it began, and nothing else.
        const QJsonArray planted = flywheel::test::groundTruth(m_demo.dir() + u"/demo"_s).value(u"spiking_queries"_s).toArray();
        QVERIFY(!planted.isEmpty());
        QSet<QString> plantedQueries;
        QSet<QString> plantedProducts;
        for (const QJsonValue& spike : planted) {
            const QJsonObject s = spike.toObject();
            const QString query = s.value(u"query"_s).toString();
            plantedQueries.insert(query);
            QCOMPARE(
                m_demo.value("SELECT trend IN ('spike', 'rise') FROM merch_trends WHERE subject = 'query' AND key = '"
                    + query.toStdString() + "'"),
                u"1"_s);
            const QDate since = QDate::fromString(m_demo.value("SELECT since_week FROM merch_trends WHERE subject = "
                                                               "'query' AND key = '"
                                                      + query.toStdString() + "'"),
                Qt::ISODate);
            const QDate from = QDate::fromString(s.value(u"from"_s).toString(), Qt::ISODate);
            QVERIFY2(std::abs(since.daysTo(from)) <= 7, qPrintable(query + u": "_s + since.toString(Qt::ISODate)));
            for (const QJsonValue& handle : s.value(u"products"_s).toArray())
                plantedProducts.insert(handle.toString());
        }
        // The latest planted spike began four weeks before the data ends: a spike, not a rise.
        QCOMPARE(m_demo.value("SELECT trend FROM merch_trends WHERE key = 'puffer vest'"), u"spike"_s);

        QSet<QString> flagged;
        auto up = m_demo.db().prepare("SELECT key FROM merch_trends WHERE subject = 'query' AND trend IN ('spike', "
                                      "'rise')");
        QVERIFY(up);
        QVERIFY(up->forEachRow([&](flywheel::Statement& row) { flagged.insert(row.text(0)); }));
        QCOMPARE(flagged, plantedQueries);

        // Every product of a planted spike trends, by its own sales or the searches that find it.
        QSet<QString> trendingProducts;
        auto products = m_demo.db().prepare(
            "SELECT p.handle FROM merch_trends t JOIN products p ON p.id = t.product_id WHERE t.subject = "
            "'product' AND t.trend IN ('spike', 'rise')");
        QVERIFY(products);
        QVERIFY(products->forEachRow([&](flywheel::Statement& row) { trendingProducts.insert(row.text(0)); }));
        QVERIFY(trendingProducts.contains(plantedProducts));
        QVERIFY2(trendingProducts.size() <= plantedProducts.size() + 4,
            qPrintable(QString::number(trendingProducts.size())));

        // Products to feature are trending ones in stock.
        auto features = m_demo.db().prepare(
            "SELECT p.handle, t.stock FROM recommendations r JOIN products p ON r.subject_key = 'product:' || p.id "
            "JOIN merch_trends t ON t.subject = 'product' AND t.product_id = p.id WHERE r.stage = 'merchandising' "
            "AND r.kind = 'feature'");
        QVERIFY(features);
        int featured = 0;
        QVERIFY(features->forEachRow([&](flywheel::Statement& row) {
            ++featured;
            QVERIFY2(trendingProducts.contains(row.text(0)), qPrintable(row.text(0)));
            QVERIFY2(row.text(1) == u"healthy" || row.text(1) == u"unknown", qPrintable(row.text(1)));
        }));
        QVERIFY(featured > 0 && featured <= kMaxFeatures);
    }

    void collectionOrdersNeverPutWhatIsOutOfStockFirst()
    {
        QVERIFY(m_demo.count("merch_collection_ranks") > 0);
        // No product that may be pushed sits below one that may not, in any collection.
        QCOMPARE(m_demo.value("SELECT count(*) FROM merch_collection_ranks a JOIN merch_collection_ranks b ON "
                              "b.collection_id = a.collection_id AND b.suggested_position > a.suggested_position "
                              "WHERE a.stock IN ('low', 'out', 'not_on_sale') AND b.stock IN ('healthy', 'unknown')"),
            u"0"_s);
        // And the demo store has products out of stock or nearly in the first places now, so orders are
        // proposed.
        QVERIFY(m_demo
                    .value("SELECT count(*) FROM merch_collection_ranks WHERE current_position <= 10 AND stock IN "
                           "('out', 'low')")
                    .toInt()
            > 0);
        QVERIFY(m_demo.value("SELECT count(*) FROM recommendations WHERE kind = 'collection-order'").toInt() > 0);
        const QString figure = m_demo.value("SELECT figure FROM stage_runs WHERE stage = 'merchandising' ORDER BY id "
                                            "DESC LIMIT 1");
        QVERIFY2(figure.toDouble() > 0 && figure.toDouble() < 100, qPrintable(figure));
        // The explanation says why.
        QVERIFY(m_demo.value("SELECT explanation FROM merch_collection_ranks WHERE stock = 'out' LIMIT 1")
                    .contains(u"out of stock"_s, Qt::CaseInsensitive));
    }

    void pushWritesOrdersAndTrendingTags()
    {
        TempStore& store = m_demo;
        flywheel::RecommendationQueue queue(store.db());
        const std::int64_t order = store
                                       .value("SELECT id FROM recommendations WHERE kind = 'collection-order' "
                                              "ORDER BY id LIMIT 1")
                                       .toLongLong();
        const std::int64_t feature
            = store.value("SELECT id FROM recommendations WHERE kind = 'feature' ORDER BY id LIMIT 1").toLongLong();
        QVERIFY(order > 0 && feature > 0);
        QVERIFY(queue.setStatus(std::vector<std::int64_t> { order, feature }, u"accepted"_s));
        const QString collection
            = store.value("SELECT substr(subject_key, 12) FROM recommendations WHERE id = " + std::to_string(order));
        const QString handle = store.value("SELECT source_key FROM collections WHERE id = " + collection.toStdString());
        const QString product = store.value("SELECT p.handle FROM recommendations r JOIN products p ON "
                                            "r.subject_key = 'product:' || p.id WHERE r.id = "
            + std::to_string(feature));
        const QString tagsBefore = store.value(
            "SELECT p.tags FROM recommendations r JOIN products p ON r.subject_key = 'product:' || p.id WHERE r.id = "
            + std::to_string(feature));

        const QString dir = store.dir() + u"/push"_s;
        auto report = pushMerchandising(store.db(), dir);
        QVERIFY2(report, report ? "" : qPrintable(report.error().describe()));
        QCOMPARE(report->actions, 2);
        QCOMPARE(report->files.size(), 3);
        const QString date = QDate::currentDate().toString(Qt::ISODate);

        // The generic order: for spreadsheets (byte-order mark, CRLF) and for Flywheel's own importer.
        const QString generic = dir + u"/collection-order-%1-%2.csv"_s.arg(handle, date);
        QVERIFY2(report->files.contains(generic), qPrintable(report->files.join(u", "_s)));
        const QByteArray bytes = fileBytes(generic);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Collection handle,Collection title,Position,Product handle,Product "
                                 "title\r\n"));
        const QList<QStringList> rows = rowsOf(generic);
        const int products = store
                                 .value("SELECT count(*) FROM merch_collection_ranks WHERE collection_id = "
                                     + collection.toStdString())
                                 .toInt();
        QCOMPARE(rows.size(), products + 1);
        for (int position = 1; position <= products; ++position) {
            QCOMPARE(rows[position][0], handle);
            QCOMPARE(rows[position][2], QString::number(position));
        }
        QCOMPARE(rows[1][3],
            store.value("SELECT p.handle FROM merch_collection_ranks m JOIN products p ON p.id = m.product_id WHERE "
                        "m.suggested_position = 1 AND m.collection_id = "
                + collection.toStdString()));

        // Matrixify's Custom Collections sheet.
        const QString matrixify = dir + u"/matrixify-custom-collections-%1.csv"_s.arg(date);
        const QList<QStringList> sheet = rowsOf(matrixify);
        QCOMPARE(sheet.value(0),
            (QStringList { u"Handle"_s, u"Command"_s, u"Sort Order"_s, u"Product: Handle"_s, u"Product: Position"_s,
                u"Product: Command"_s }));
        QCOMPARE(sheet.size(), products + 1);
        QCOMPARE(sheet[1], (QStringList { handle, u"UPDATE"_s, u"Manual"_s, rows[1][3], u"1"_s, u"MERGE"_s }));

        // The product file adds the tag to the product's own tags, through the Content push's writer.
        const QString tagged = dir + u"/merchandising-shopify-products-%1.csv"_s.arg(date);
        QVERIFY(report->files.contains(tagged));
        auto reader = flywheel::CsvReader::open(tagged);
        QVERIFY(reader);
        const std::vector<std::string> header = reader->header();
        const auto tagsColumn = size_t(std::find(header.begin(), header.end(), "Tags") - header.begin());
        QVERIFY(tagsColumn < header.size());
        auto record = reader->next();
        QVERIFY(record && *record);
        const QString tags = QString::fromUtf8(reader->fields()[tagsColumn]);
        QVERIFY2(tags.endsWith(u"trending"_s), qPrintable(tags));
        QVERIFY2(tags.startsWith(tagsBefore.left(10)), qPrintable(tags));
        QVERIFY(!product.isEmpty());

        QCOMPARE(store.value("SELECT count(*) FROM recommendations WHERE status = 'pushed' AND stage = "
                             "'merchandising'"),
            u"2"_s);
        // Read back by the collections importer, the positions are the suggested ones.
        const flywheel::ImportReport reimported = store.import(generic);
        QVERIFY2(!reimported.refused() && reimported.rejected == 0,
            qPrintable(reimported.refused() ? reimported.error->describe() : reimported.format));
        QCOMPARE(reimported.format, u"collections"_s);
        QCOMPARE(store.value("SELECT count(*) FROM collection_products cp JOIN merch_collection_ranks m ON "
                             "m.collection_id = cp.collection_id AND m.product_id = cp.product_id WHERE "
                             "cp.position = m.suggested_position AND cp.collection_id = "
                     + collection.toStdString()),
            QString::number(products));
    }

    void aFeatureNoLongerTrendingIsLeftOut()
    {
        TempStore& store = m_demo;
        const std::int64_t feature = store
                                         .value("SELECT id FROM recommendations WHERE kind = 'feature' AND status = "
                                                "'new' ORDER BY id LIMIT 1")
                                         .toLongLong();
        QVERIFY(feature > 0);
        QVERIFY(flywheel::RecommendationQueue(store.db()).setStatus(feature, u"accepted"_s));
        // As if the latest run found the trend over.
        QVERIFY(store.db().exec("UPDATE merch_trends SET trend = 'steady' WHERE subject = 'product' AND key = (SELECT "
                                "substr(subject_key, 9) FROM recommendations WHERE id = "
            + std::to_string(feature) + ")"));
        auto report = pushMerchandising(store.db(), store.dir() + u"/push-again"_s);
        QVERIFY(report);
        QCOMPARE(report->actions, 0);
        QVERIFY(report->files.isEmpty());
        QCOMPARE(report->notes.size(), 1);
        QVERIFY2(report->notes[0].contains(u"no longer"_s), qPrintable(report->notes[0]));
        QCOMPARE(
            store.value("SELECT status FROM recommendations WHERE id = " + std::to_string(feature)), u"accepted"_s);
    }

    void aStoreWithoutSearchesOrCollectionsStillRuns()
    {
        // Twenty weeks of orders for two products, no search report, no collections, no stock.
        TempStore store;
        QVERIFY(store.db().exec(
            "INSERT INTO products (id, platform, source_key, handle, title, batch_id, last_batch_id) VALUES "
            "(1, 'shopify', 'tee', 'tee', 'Tee', 1, 1), (2, 'shopify', 'cap', 'cap', 'Cap', 1, 1);"
            "INSERT INTO variants (id, product_id, source_key, price_minor, currency, batch_id, last_batch_id) VALUES "
            "(1, 1, 'tee', 2000, 'USD', 1, 1), (2, 2, 'cap', 1500, 'USD', 1, 1);"));
        const QDate monday(2026, 1, 5);
        int order = 0;
        for (int week = 0; week < 20; ++week) {
            for (int sale = 0; sale < 6 + (week % 3); ++sale) {
                const std::int64_t variant = sale % 2 + 1;
                auto insert = store.db().prepare(
                    "INSERT INTO orders (id, platform, source_key, created_at, currency, batch_id, last_batch_id) "
                    "VALUES (?1, 'shopify', ?1, ?2, 'USD', 1, 1)");
                QVERIFY(insert);
                insert->bindAll(++order, monday.addDays(7 * week + sale % 7).toString(Qt::ISODate) + u"T12:00:00Z"_s);
                QVERIFY(insert->run());
                auto line = store.db().prepare(
                    "INSERT INTO order_lines (order_id, line_no, variant_id, name, quantity, price_minor, batch_id, "
                    "last_batch_id) VALUES (?1, 1, ?2, 'x', 1, 1000, 1, 1)");
                QVERIFY(line);
                line->bindAll(order, variant);
                QVERIFY(line->run());
            }
        }
        const auto run = runMerchandising(store);
        QVERIFY(run);
        QCOMPARE(run->status, u"ok"_s);
        QVERIFY2(run->summary.headline.contains(u"No site-search report"_s), qPrintable(run->summary.headline));
        QVERIFY2(run->summary.headline.contains(u"No collections"_s), qPrintable(run->summary.headline));
        QCOMPARE(store.count("merch_trends"), qint64(2));
        QCOMPARE(store.value("SELECT count(*) FROM merch_trends WHERE trend != 'steady'"), u"0"_s);
        QCOMPARE(store.value("SELECT count(*) FROM recommendations"), u"0"_s);
        QVERIFY(!run->summary.figure);
    }

    void spikeIsFound()
    {
        std::vector<double> means = flat(52, 20);
        for (int w = 49; w < 52; ++w)
            means[size_t(w)] = 60;
        const Trend trend = judgeTrend(draw(means, 1), Baseline::Recent);
        QCOMPARE(trend.kind, TrendKind::Spike);
        QVERIFY2(std::abs(trend.since - 49) <= 1, qPrintable(QString::number(trend.since)));
        QVERIFY2(trend.ratio > 2.2 && trend.ratio < 4, qPrintable(QString::number(trend.ratio)));
        QVERIFY(trend.confidence > 0.5);
        QCOMPARE(trend.baseline, Baseline::Recent);
        QCOMPARE(trend.expectedSeries.size(), size_t(52));
        QVERIFY(std::abs(trend.expectedSeries.back() - 20) < 5);
    }

    void jumpThatLastsIsARise()
    {
        std::vector<double> means = flat(52, 15);
        for (int w = 37; w < 52; ++w)
            means[size_t(w)] = 45;
        const Trend trend = judgeTrend(draw(means, 2), Baseline::Recent);
        QCOMPARE(trend.kind, TrendKind::Rise);
        QVERIFY2(std::abs(trend.since - 37) <= 1, qPrintable(QString::number(trend.since)));
    }

    void steadyClimbIsARise()
    {
        std::vector<double> means = flat(52, 30);
        for (int w = 44; w < 52; ++w)
            means[size_t(w)] = 30 * std::pow(1.13, w - 43);
        const Trend trend = judgeTrend(draw(means, 3, 0.05), Baseline::Recent);
        QCOMPARE(trend.kind, TrendKind::Rise);
        QVERIFY(trend.since >= 40);
    }

    void fallIsFound()
    {
        std::vector<double> means = flat(40, 40);
        for (int w = 36; w < 40; ++w)
            means[size_t(w)] = 10;
        QCOMPARE(judgeTrend(draw(means, 4), Baseline::Recent).kind, TrendKind::Fall);
    }

    void noiseIsNotFlagged()
    {
        // 300 steady series, from a few searches a week to many, wobbling as demand does.
        int flagged = 0;
        for (unsigned seed = 0; seed < 300; ++seed) {
            const double mean = seed % 3 == 0 ? 3 : seed % 3 == 1 ? 12 : 60;
            const Trend trend = judgeTrend(draw(flat(60, mean), 1000 + seed, 0.15), Baseline::Recent);
            flagged += trend.kind == TrendKind::Steady ? 0 : 1;
        }
        QVERIFY2(flagged <= 3, qPrintable(u"%1 of 300 steady series flagged"_s.arg(flagged)));
    }

    void tooShortAHistoryIsSteady()
    {
        const Trend trend = judgeTrend(draw({ 1, 2, 40, 60, 80 }, 5), Baseline::Recent);
        QCOMPARE(trend.kind, TrendKind::Steady);
        QCOMPARE(trend.confidence, 0.0);
    }

    void theSeasonCarriedByTheReferenceIsNoTrend()
    {
        // Autumn: a winter query climbs with its season. Against a flat store it looks like a
        // climb; against peers that share the season it is steady, while a real jump still shows.
        std::vector<double> means;
        for (int w = 0; w < 44; ++w)
            means.push_back(25 * winter(w));
        WeeklySeries seasonal = draw(means, 6, 0.05);
        for (int w = 0; w < 44; ++w)
            seasonal.reference[size_t(w)] = 400 * winter(w);
        QCOMPARE(judgeTrend(seasonal, Baseline::Peers).kind, TrendKind::Steady);

        WeeklySeries jumped = seasonal;
        for (int w = 41; w < 44; ++w)
            jumped.counts[size_t(w)] *= 3;
        const Trend trend = judgeTrend(jumped, Baseline::Peers);
        QCOMPARE(trend.kind, TrendKind::Spike);
        QCOMPARE(trend.baseline, Baseline::Peers);
    }

    void aYearOfHistoryUsesLastYear()
    {
        // Two years of a winter query in a store growing 45 % a year: last year's same weeks carry
        // the season, the store's searches the growth.
        std::vector<double> means;
        for (int w = 0; w < 104; ++w)
            means.push_back(20 * winter(w) * std::pow(1.45, w / 52.0));
        WeeklySeries series = draw(means, 7, 0.05);
        for (int w = 0; w < 104; ++w)
            series.reference[size_t(w)] = 1000 * std::pow(1.45, w / 52.0);
        QVERIFY(hasYearOfHistory(series));
        const Trend steady = judgeTrend(series, Baseline::Recent);
        QCOMPARE(steady.baseline, Baseline::LastYear);
        QCOMPARE(steady.kind, TrendKind::Steady);
        QVERIFY(std::isnan(steady.expectedSeries.front()));
        QVERIFY(std::isfinite(steady.expectedSeries.back()));

        for (int w = 101; w < 104; ++w)
            series.counts[size_t(w)] *= 3;
        const Trend spike = judgeTrend(series, Baseline::Recent);
        QCOMPARE(spike.kind, TrendKind::Spike);
        QVERIFY(spike.ratio > 2);
    }

    void peersShareTheSeasonAndNoWord()
    {
        const int weeks = 52;
        std::vector<QueryWeeks> queries;
        const auto add = [&](const QString& query, bool winterShaped, unsigned seed) {
            std::vector<double> means;
            for (int w = 0; w < weeks; ++w)
                means.push_back(30 * (winterShaped ? winter(w) : 2.0 - winter(w)));
            const WeeklySeries drawn = draw(means, seed, 0.05);
            queries.push_back({ query, drawn.counts, std::vector<double>(size_t(weeks), 0.0) });
        };
        add(u"puffer vest"_s, true, 10);
        add(u"fleece"_s, true, 11);
        add(u"parka"_s, true, 12);
        add(u"wool scarf"_s, true, 13);
        add(u"vest top"_s, true, 14); // shares a word with "puffer vest": may share its trend
        add(u"sandals"_s, false, 15);
        add(u"linen shirt"_s, false, 16);
        add(u"sun hat"_s, false, 17);
        const std::vector<std::vector<size_t>> peers = pickPeers(queries, std::vector<double>(size_t(weeks), 1.0));
        QSet<QString> ofVest;
        for (const size_t peer : peers[0])
            ofVest.insert(queries[peer].query);
        QCOMPARE(ofVest, (QSet<QString> { u"fleece"_s, u"parka"_s, u"wool scarf"_s }));
        QSet<QString> ofSandals;
        for (const size_t peer : peers[5])
            ofSandals.insert(queries[peer].query);
        QCOMPARE(ofSandals, (QSet<QString> { u"linen shirt"_s, u"sun hat"_s }));
    }

    void collectionsPutStockFirst()
    {
        // The best seller is out of stock, the next nearly out: both go below a slow seller in stock.
        QHash<std::int64_t, ProductFacts> facts;
        const auto add = [&](std::int64_t id, double unitsPerWeek, StockState stock, std::optional<double> cover) {
            ProductFacts p;
            p.productId = id;
            p.title = u"Product %1"_s.arg(id);
            p.unitsPerWeek = unitsPerWeek;
            p.stock = stock;
            p.daysOfCover = cover;
            p.margin = 0.5;
            facts.insert(id, p);
        };
        add(1, 40, StockState::Out, 0);
        add(2, 30, StockState::Low, 5);
        add(3, 2, StockState::Healthy, 90);
        add(4, 10, StockState::Healthy, 60);
        add(5, 20, StockState::NotOnSale, std::nullopt);
        const Collection collection { 7, u"outerwear"_s, u"Outerwear"_s, { 1, 2, 3, 4, 5 }, true };
        const CollectionRanking ranking = rankCollection(collection, facts, TrendReport {}, 0);
        std::vector<std::int64_t> order;
        for (const RankedProduct& ranked : ranking.products)
            order.push_back(ranked.productId);
        QCOMPARE(order, (std::vector<std::int64_t> { 4, 3, 2, 1, 5 }));
        QCOMPARE(ranking.products[0].suggestedPosition, 1);
        QCOMPARE(ranking.products[0].currentPosition, 4);
        QVERIFY(ranking.differs());
        QVERIFY(ranking.currentWorth < 0.9);
        QVERIFY2(ranking.products[3].explanation.contains(u"out of stock"_s, Qt::CaseInsensitive),
            qPrintable(ranking.products[3].explanation));
        QVERIFY2(ranking.products[2].explanation.contains(u"5 day"_s), qPrintable(ranking.products[2].explanation));

        // Already in the order it would suggest: nothing to propose.
        const Collection sorted { 8, u"sorted"_s, u"Sorted"_s, { 4, 3, 2, 1, 5 }, true };
        QVERIFY(!rankCollection(sorted, facts, TrendReport {}, 0).differs());
    }

private:
    TempStore m_demo;
};

QTEST_GUILESS_MAIN(TestMerchandising)
#include "test_merchandising.moc"
