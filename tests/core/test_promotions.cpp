// The Promotions stage: RFM scores and segments, the discount depth within the margin floor, the
// triggers (overstock, season end, trend with surplus, slow mover), code names, and the stage on
// the demo store (its planted discount-responsive customers, the audience and control group, the
// files the push writes) and on a store with no repeat customers.
#include "TestSupport.h"

#include "customers/Rfm.h"
#include "flywheel/Pipeline.h"
#include "stages/promotions/DiscountDepth.h"
#include "stages/promotions/PromotionPlanner.h"
#include "stages/promotions/PromotionPush.h"
#include "stages/promotions/PromotionQueries.h"
#include "stages/promotions/PromotionTriggers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using flywheel::test::TempStore;
using namespace flywheel::promotions;
using namespace Qt::StringLiterals;

namespace {

ProductStock stocked(int available, double weeklyDemand)
{
    ProductStock stock;
    stock.productId = 7;
    stock.title = u"Alpine Parka"_s;
    stock.currency = u"USD"_s;
    stock.available = available;
    stock.weeklyDemand = weeklyDemand;
    stock.priceMinor = 10000;
    return stock;
}

QStringList csvHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString first = QString::fromUtf8(file.readLine()).trimmed();
    if (first.startsWith(QChar(0xFEFF)))
        first.remove(0, 1);
    return first.split(u',');
}

int csvRows(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(file.readAll().count('\n')) - 1;
}

/// Area under the ROC curve of `scores` for telling `positives` from the rest.
double auc(const QHash<QString, double>& scores, const QSet<QString>& positives)
{
    double wins = 0;
    double pairs = 0;
    for (auto p = scores.cbegin(); p != scores.cend(); ++p) {
        if (!positives.contains(p.key()))
            continue;
        for (auto n = scores.cbegin(); n != scores.cend(); ++n) {
            if (positives.contains(n.key()))
                continue;
            wins += p.value() > n.value() ? 1.0 : (p.value() == n.value() ? 0.5 : 0.0);
            pairs += 1;
        }
    }
    return pairs > 0 ? wins / pairs : 0.0;
}

} // namespace

class TestPromotions : public QObject {
    Q_OBJECT

    std::unique_ptr<TempStore> m_demo;

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<TempStore>();
        QVERIFY(flywheel::test::createAnalysedDemo(*m_demo, u"promotions"_s));
    }

    void rfmScoresTiesEquallyAndNamesSegments()
    {
        std::vector<flywheel::customers::RfmInput> customers;
        for (int i = 0; i < 8; ++i)
            customers.push_back({ 10 + 40 * i, 1, 5000 });
        customers.push_back({ 3, 9, 90000 }); // recent and frequent
        customers.push_back({ 400, 7, 80000 }); // frequent, long gone
        const auto scores = flywheel::customers::scoreRfm(customers);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(scores[size_t(i)].frequency, 1); // one order each: the same score, the lowest
        QCOMPARE(scores[8].recency, 5);
        QCOMPARE(scores[8].segment, flywheel::customers::Segment::Champions);
        QCOMPARE(scores[9].recency, 1);
        QVERIFY(scores[9].frequency >= 4);
        QVERIFY(scores[9].segment == flywheel::customers::Segment::CannotLoseThem
            || scores[9].segment == flywheel::customers::Segment::AtRisk);
        QCOMPARE(flywheel::customers::segmentOf(5, 1), flywheel::customers::Segment::New);
        QCOMPARE(flywheel::customers::segmentOf(1, 1), flywheel::customers::Segment::Lost);
        for (int s = 0; s <= int(flywheel::customers::Segment::Lost); ++s) {
            const auto segment = flywheel::customers::Segment(s);
            QCOMPARE(flywheel::customers::segmentFromKey(flywheel::customers::segmentKey(segment)), segment);
        }
    }

    void discountStaysAboveTheMarginFloor()
    {
        PromotionEconomics economics;
        economics.priceMinor = 10000;
        economics.costMinor = 7000;
        economics.baselineUnits = 10;
        economics.elasticity = -8; // elastic enough that deeper would pay, were it allowed
        const auto choice = chooseDepth(economics, { 15, 50 });
        QVERIFY(choice);
        // (100 (1 - d) - 70) / (100 (1 - d)) >= 15 % holds up to d = 17.6 %.
        QCOMPARE(choice->percent, 15);
        QVERIFY(choice->limitedByMargin);
        QVERIFY(choice->extraUnits > 0);
        economics.costMinor = 9500;
        QVERIFY(!chooseDepth(economics, { 15, 50 })); // even 10 % off loses money
    }

    void discountDepthFollowsThePriceResponse()
    {
        PromotionEconomics economics;
        economics.priceMinor = 10000;
        economics.baselineUnits = 10;
        economics.elasticity = -3;
        QCOMPARE(chooseDepth(economics, { 15, 40 })->percent, 40); // no cost: revenue grows with every step
        economics.elasticity = -0.5;
        QCOMPARE(chooseDepth(economics, { 15, 40 })->percent, 10); // inelastic: every step gives revenue away
        economics.elasticity = -2;
        economics.costMinor = 4000;
        const auto choice = chooseDepth(economics, { 15, 60 });
        QVERIFY(choice && choice->extraMarginMinor);
        // Margin (60 - 100 d) (1 - d)^-2 peaks at d = 20 %; the choice is that peak, not the deepest.
        QCOMPARE(choice->percent, 20);
        QVERIFY(*choice->extraMarginMinor > 0);
    }

    void triggersFollowStockAndDemand()
    {
        ProductStock healthy = stocked(40, 5);
        healthy.weeklyForecast.assign(12, 5.0);
        healthy.unitsLast4Weeks = 20;
        healthy.unitsPrior12Weeks = 60;
        QVERIFY(!triggerFor(healthy));

        ProductStock overstock = healthy;
        overstock.overstockUnits = 30;
        overstock.overstockValueMinor = 90000;
        QCOMPARE(triggerFor(overstock)->trigger, Trigger::Overstock);
        QCOMPARE(triggerFor(overstock)->surplusUnits, 30.0);

        ProductStock seasonal = stocked(80, 5);
        seasonal.weeklyForecast = { 8, 8, 7, 7, 5, 4, 3, 2, 1, 1, 1, 1 };
        const auto season = triggerFor(seasonal);
        QVERIFY(season);
        QCOMPARE(season->trigger, Trigger::SeasonEnd);
        QCOMPARE(season->surplusUnits, 80.0 - 48.0);

        ProductStock trending = stocked(200, 5);
        trending.weeklyForecast.assign(12, 5.0);
        trending.unitsLast4Weeks = 40;
        trending.unitsPrior12Weeks = 36;
        QCOMPARE(triggerFor(trending)->trigger, Trigger::TrendingSurplus);

        // Merchandising's search-driven trend counts before the product's own sales show it.
        ProductStock searched = stocked(200, 5);
        searched.weeklyForecast.assign(12, 5.0);
        searched.trendRatio = 2.5;
        searched.trendQuery = u"linen trousers"_s;
        const auto voted = triggerFor(searched);
        QVERIFY(voted && voted->trigger == Trigger::TrendingSurplus);
        QVERIFY(voted->why.contains(u"linen trousers"_s));
        QCOMPARE(voted->surplusUnits, 200.0 - 12 * 12.5);
        searched.available = 100; // 12 weeks at 12.5 a week would sell it all
        QVERIFY(!triggerFor(searched) || triggerFor(searched)->trigger != Trigger::TrendingSurplus);

        ProductStock slow = stocked(50, 1);
        slow.stockAgeDays = 200;
        QCOMPARE(triggerFor(slow)->trigger, Trigger::SlowMover);
        ProductStock unsold = stocked(12, 0);
        QCOMPARE(triggerFor(unsold)->trigger, Trigger::SlowMover);
        QVERIFY(!triggerFor(stocked(0, 0)));
    }

    void codesAreReadableAndPlain()
    {
        QCOMPARE(codePrefix(u"Alpine Parka – Red"_s, 25), u"ALPINE25"_s);
        QCOMPARE(codePrefix(u"Çanta Büyük"_s, 10), u"CANTA10"_s);
        QCOMPARE(codePrefix(u"★★★"_s, 20), u"SALE20"_s);
    }

    void scoresTheDemoCustomersAndFindsTheDiscountResponsive()
    {
        TempStore& store = *m_demo;
        QVERIFY(store.value("SELECT count(*) FROM customer_scores").toInt() > 100);
        QCOMPARE(store.value("SELECT count(*) FROM customer_models WHERE parameters IS NOT NULL"), u"2"_s);
        QCOMPARE(store.value("SELECT count(*) FROM customer_scores WHERE p_alive < 0 OR p_alive > 1 OR "
                             "expected_purchases_90d < 0 OR clv_minor < 0"),
            u"0"_s);

        QFile truthFile(store.dir() + u"/demo/ground_truth.json"_s);
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        QSet<QString> planted;
        for (const QJsonValue& email :
            QJsonDocument::fromJson(truthFile.readAll()).object().value(u"discount_responsive_customers"_s).toArray())
            planted.insert(email.toString().toLower());
        QVERIFY(planted.size() >= 5);
        QHash<QString, double> affinity;
        auto select = store.db().prepare("SELECT lower(c.email), s.discount_affinity FROM customer_scores s "
                                         "JOIN customers c ON c.id = s.customer_id WHERE s.orders >= 2");
        QVERIFY(select);
        QVERIFY(select->forEachRow([&](flywheel::Statement& row) { affinity.insert(row.text(0), row.real(1)); }));
        const double area = auc(affinity, planted);
        qInfo("discount affinity AUC for the planted segment: %.3f over %lld repeat customers", area,
            qint64(affinity.size()));
        QVERIFY(area >= 0.8);
    }

    void suggestsPromotionsWithAControlGroup()
    {
        TempStore& store = *m_demo;
        auto promotions = readPromotions(store.db());
        QVERIFY(promotions);
        QVERIFY(!promotions->empty());
        for (const Promotion& p : *promotions) {
            QVERIFY(p.actionId > 0);
            QVERIFY(p.percent >= 10 && p.percent <= 40);
            QVERIFY(p.audienceSize > 0);
            auto audience = readAudience(store.db(), p.subjectKey);
            QVERIFY(audience);
            QCOMPARE(int(audience->size()), p.audienceSize);
            QSet<QString> codes;
            int control = 0;
            for (const AudienceMember& m : *audience) {
                control += m.control ? 1 : 0;
                QCOMPARE(m.code.isEmpty(), m.control);
                if (!m.control)
                    codes.insert(m.code);
                QVERIFY(!m.email.isEmpty());
            }
            QCOMPARE(control, p.controlSize);
            QCOMPARE(codes.size(), p.audienceSize - p.controlSize); // every code its own
            if (p.audienceSize >= 30)
                QVERIFY(std::abs(p.controlSize - p.audienceSize / 10.0) <= 1.0);
        }
        // Nobody who refused marketing email is in an audience.
        QCOMPARE(store.value("SELECT count(*) FROM promotion_audience a JOIN customers c ON c.id = a.customer_id "
                             "WHERE c.accepts_email_marketing = 0"),
            u"0"_s);
    }

    void pushWritesCodesAudiencesAndDraftAndKeepsTheControlGroup()
    {
        TempStore& store = *m_demo;
        auto promotions = readPromotions(store.db());
        QVERIFY(promotions && !promotions->empty());
        const Promotion chosen = promotions->front();
        QVERIFY(flywheel::RecommendationQueue(store.db()).setStatus(chosen.actionId, u"accepted"_s));
        auto before = readAudience(store.db(), chosen.subjectKey);
        QVERIFY(before);

        const QString out = store.dir() + u"/push"_s;
        auto report = pushPromotions(store.db(), out);
        QVERIFY2(report, report ? "" : qPrintable(report.error().describe()));
        QCOMPARE(report->files.size(), 5);
        QCOMPARE(report->actions, 1);
        const int reached = chosen.audienceSize - chosen.controlSize;
        QString klaviyo;
        QString mailchimp;
        QString discounts;
        QString email;
        for (const QString& file : report->files) {
            const QString name = QFileInfo(file).fileName();
            if (name.startsWith(u"klaviyo-"_s))
                klaviyo = file;
            else if (name.startsWith(u"mailchimp-"_s))
                mailchimp = file;
            else if (name.startsWith(u"discounts-"_s))
                discounts = file;
            else if (name.startsWith(u"email-"_s))
                email = file;
        }
        QCOMPARE(csvHeader(klaviyo).value(0), u"Email"_s); // Klaviyo's first column must be the email
        QVERIFY(csvHeader(klaviyo).contains(u"Discount Code"_s));
        QCOMPARE(csvHeader(mailchimp).value(0), u"Email Address"_s);
        QCOMPARE(csvHeader(discounts),
            QStringList(
                { u"Title"_s, u"Command"_s, u"Code"_s, u"Value Type"_s, u"Value"_s, u"Starts At"_s, u"Ends At"_s }));
        QCOMPARE(csvRows(klaviyo), reached);
        QCOMPARE(csvRows(discounts), reached);
        QFile draft(email);
        QVERIFY(draft.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(draft.readAll());
        QVERIFY(text.contains(QString::number(chosen.percent)));
        QVERIFY(text.contains(u"[Discount Code]"_s));

        // No control member's address is in the files.
        QFile audienceFile(klaviyo);
        QVERIFY(audienceFile.open(QIODevice::ReadOnly));
        const QString sent = QString::fromUtf8(audienceFile.readAll());
        for (const AudienceMember& m : *before)
            QCOMPARE(sent.contains(m.email + u','), !m.control);

        // The next run keeps the pushed promotion and its audience exactly as they went out.
        flywheel::Pipeline pipeline(flywheel::createStages());
        auto runs = pipeline.run(store.db(), u"promotions"_s, nullptr, 0, flywheel::Pipeline::Mode::Full);
        QVERIFY(runs && runs->back().status == u"ok"_s);
        auto after = readAudience(store.db(), chosen.subjectKey);
        QVERIFY(after);
        QCOMPARE(after->size(), before->size());
        for (size_t i = 0; i < after->size(); ++i) {
            QCOMPARE((*after)[i].customerId, (*before)[i].customerId);
            QCOMPARE((*after)[i].control, (*before)[i].control);
            QCOMPARE((*after)[i].code, (*before)[i].code);
        }
        QCOMPARE(store.value("SELECT status FROM recommendations WHERE id = " + std::to_string(chosen.actionId)),
            u"pushed"_s);
    }

    void aStoreWithoutRepeatCustomersSaysWhatItCannotEstimate()
    {
        TempStore store;
        QVERIFY(store.db().exec(
            "INSERT INTO products (id, platform, source_key, handle, title, product_type, batch_id, last_batch_id) "
            "VALUES (1, 'shopify', 'p1', 'wool-hat', 'Wool Hat', 'Hats', 1, 1);"
            "INSERT INTO variants (id, product_id, source_key, sku, price_minor, cost_minor, currency, batch_id, "
            "last_batch_id) VALUES (1, 1, 'v1', 'HAT', 3000, 1000, 'USD', 1, 1);"
            "INSERT INTO locations (id, name, batch_id, last_batch_id) VALUES (1, 'Main', 1, 1);"));
        for (int i = 0; i < 40; ++i) {
            const QString day = QDate(2026, 1, 5).addDays(i * 3).toString(Qt::ISODate);
            auto customer = store.db().prepare(
                "INSERT INTO customers (customer_key, platform, email, accepts_email_marketing, batch_id, "
                "last_batch_id) VALUES (?1, 'shopify', ?1, 1, 1, 1)");
            customer->bindAll(u"buyer%1@example.com"_s.arg(i));
            QVERIFY(customer->run());
            const std::int64_t customerId = store.db().lastInsertRowId();
            auto order = store.db().prepare(
                "INSERT INTO orders (platform, source_key, customer_id, created_at, currency, subtotal_minor, "
                "total_minor, batch_id, last_batch_id) VALUES ('shopify', ?1, ?2, ?3, 'USD', 3000, 3000, 1, 1)");
            order->bindAll(u"o%1"_s.arg(i), customerId, day + u"T10:00:00Z"_s);
            QVERIFY(order->run());
            auto line = store.db().prepare("INSERT INTO order_lines (order_id, line_no, variant_id, name, quantity, "
                                           "price_minor, batch_id, last_batch_id) VALUES (?1, 1, 1, 'Wool Hat', 1, "
                                           "3000, 1, 1)");
            line->bindAll(store.db().lastInsertRowId());
            QVERIFY(line->run());
        }
        // Far more hats than will ever sell.
        QVERIFY(store.db().exec("INSERT INTO inventory_levels (variant_id, location_id, read_on, available, on_hand, "
                                "batch_id, last_batch_id) VALUES (1, 1, '2026-05-20', 400, 400, 1, 1)"));
        flywheel::Pipeline pipeline(flywheel::createStages());
        auto runs = pipeline.run(store.db(), u"promotions"_s, nullptr, 0, flywheel::Pipeline::Mode::Full);
        QVERIFY2(runs && runs->back().status == u"ok"_s, runs ? qPrintable(runs->back().message) : "");
        const QString note = store.value("SELECT note FROM customer_models WHERE model = 'bg_nbd'");
        QVERIFY2(!note.isEmpty(), "the purchase model says why it could not be fitted");
        QCOMPARE(store.value("SELECT count(*) FROM customer_scores"), u"40"_s);
        // The overstocked hats still get a promotion, ranked by recency, claiming no effect it cannot know.
        auto promotions = readPromotions(store.db());
        QVERIFY(promotions);
        QCOMPARE(int(promotions->size()), 1);
        QCOMPARE(promotions->front().baselineUnits, 0.0);
        QCOMPARE(promotions->front().audienceSize, 30);

        // A customer whose only order is gone is scored no more; the others' rows are the new run's.
        QVERIFY(store.db().exec("DELETE FROM orders WHERE source_key = 'o7'"));
        runs = pipeline.run(store.db(), u"promotions"_s, nullptr, 0, flywheel::Pipeline::Mode::Full);
        QVERIFY2(runs && runs->back().status == u"ok"_s, runs ? qPrintable(runs->back().message) : "");
        QCOMPARE(store.value("SELECT count(*) FROM customer_scores"), u"39"_s);
        QCOMPARE(store.value("SELECT count(*) FROM customer_scores s JOIN customers c ON c.id = s.customer_id "
                             "WHERE c.email = 'buyer7@example.com'"),
            u"0"_s);
        QCOMPARE(store.value("SELECT count(*) FROM customer_scores WHERE run_id = (SELECT max(id) FROM stage_runs "
                             "WHERE stage = 'promotions')"),
            u"39"_s);
    }
};

QTEST_GUILESS_MAIN(TestPromotions)
#include "test_promotions.moc"
