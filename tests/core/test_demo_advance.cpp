// Advancing the demo store: the next weeks continue the history without changing it, the same store
// gives the same files, and the simulated shoppers react to what the owner pushed: answered
// questions are asked less, a fixed search finds products, and a promotion's audience buys with its
// codes while the control group carries on as before.
#include "TestSupport.h"

#include "demo/DemoAdvance.h"
#include "demo/DemoStore.h"
#include "flywheel/Pipeline.h"
#include "flywheel/Push.h"
#include "flywheel/Recommendation.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using flywheel::test::TempStore;

namespace {
/// First second of 2026-11-01 in New York, in the UTC the store keeps times in.
constexpr auto kAfterHistory = "2026-11-01T04:00:00Z";

/// Every order of the generated history with its lines, as one hash.
QByteArray historyHash(flywheel::Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto rows
        = db.prepare("SELECT o.source_key, o.created_at, o.financial_status, o.fulfillment_status, o.total_minor, "
                     "o.refunded_minor, o.customer_id, l.line_no, l.sku, l.quantity, l.price_minor, "
                     "l.discount_minor FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.created_at "
                     "< ?1 ORDER BY o.id, l.line_no");
    if (!rows)
        return {};
    rows->bind(1, kAfterHistory);
    auto read = rows->forEachRow([&](flywheel::Statement& row) {
        for (int c = 0; c < row.columnCount(); ++c)
            hash.addData(row.text(c).toUtf8() + '|');
    });
    return read ? hash.result() : QByteArray();
}

/// Questions about a gap's product and attribute in a ground truth's ticket labels.
int questionsAbout(const QJsonObject& truth, const QString& handle, const QString& attribute)
{
    int count = 0;
    for (const QJsonValue& value : truth.value(QStringLiteral("ticket_labels")).toArray()) {
        const QJsonObject label = value.toObject();
        count += label.value(QStringLiteral("handle")).toString() == handle
            && label.value(QStringLiteral("attribute")).toString() == attribute;
    }
    return count;
}
} // namespace

class TestDemoAdvance : public QObject {
    Q_OBJECT

private:
    static constexpr int kWeeks = 4;
    /// The generated history of the medium demo store, in weeks: two years.
    static constexpr double kHistoryWeeks = 730.0 / 7.0;

    TempStore m_store;
    QString m_clone;
    QByteArray m_historyBefore;
    QJsonObject m_historyTruth;
    QJsonObject m_periodTruth;
    flywheel::demo::AdvanceReport m_report;
    QStringList m_answeredHandles;
    QString m_fixedQuery;

    QList<std::int64_t> actionIds(const std::string& where)
    {
        QList<std::int64_t> ids;
        auto select = m_store.db().prepare("SELECT id FROM recommendations WHERE " + where + " ORDER BY id");
        if (!select)
            return ids;
        auto read = select->forEachRow([&](flywheel::Statement& row) { ids.append(row.int64(0)); });
        return read ? ids : QList<std::int64_t>();
    }

private slots:
    void initTestCase()
    {
        // The medium store: enough questions a month about each planted gap to tell a fall from noise.
        flywheel::demo::DemoOptions options;
        options.scale = flywheel::demo::Scale::Medium;
        options.outDir = QDir(m_store.dir()).filePath(QStringLiteral("history"));
        auto created = flywheel::demo::createDemoStore(m_store.db(), options);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().describe()));
        m_historyTruth = flywheel::test::readJsonObject(QDir(options.outDir).filePath(QStringLiteral("ground_truth.json")));
        flywheel::Pipeline pipeline(flywheel::createStages());
        auto runs = pipeline.run(m_store.db());
        QVERIFY2(runs, qPrintable(runs ? QString() : runs.error().describe()));

        // The owner answers three of the five planted questions on the product pages, adds one
        // synonym and sends every suggested promotion.
        QList<std::int64_t> accepted;
        for (const auto& [handle, attribute] : { std::pair { "alpine-shell-jacket", "waterproof" },
                 std::pair { "merino-crew-sweater", "care" }, std::pair { "trail-runner-2-shoe", "fit" } }) {
            const QString id = m_store.value("SELECT id FROM products WHERE handle = '" + std::string(handle) + "'");
            const QList<std::int64_t> answer = actionIds("stage = 'content' AND kind = 'add-answer' AND subject_key = "
                                                         "'product:"
                + id.toStdString() + ":" + attribute + "'");
            QCOMPARE(answer.size(), 1);
            accepted << answer;
            m_answeredHandles << QString::fromLatin1(handle);
        }
        const QList<std::int64_t> synonym
            = actionIds("stage = 'search' AND kind = 'add-synonym' AND subject_key LIKE 'synonyms:jumper,%'");
        QCOMPARE(synonym.size(), 1);
        accepted << synonym;
        m_fixedQuery = QStringLiteral("jumper");
        const QList<std::int64_t> promotions = actionIds("stage = 'promotions' AND kind = 'promotion'");
        QVERIFY(promotions.size() >= 3);
        accepted << promotions;
        flywheel::RecommendationQueue queue(m_store.db());
        QVERIFY(queue.setStatus(std::span(accepted), QStringLiteral("accepted")));
        auto pushed = flywheel::pushAccepted(m_store.db(), QDir(m_store.dir()).filePath(QStringLiteral("push")));
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().describe()));
        QCOMPARE(m_store.value("SELECT count(*) FROM recommendations WHERE status = 'accepted'"), QStringLiteral("0"));

        m_historyBefore = historyHash(m_store.db());
        QVERIFY(!m_historyBefore.isEmpty());
        m_clone = QDir(m_store.dir()).filePath(QStringLiteral("clone.flywheel"));
        QVERIFY(m_store.db().exec("VACUUM INTO '" + m_clone.toStdString() + "'"));

        flywheel::demo::AdvanceOptions advance;
        advance.weeks = kWeeks;
        advance.outDir = QDir(m_store.dir()).filePath(QStringLiteral("advance-a"));
        auto report = flywheel::demo::advanceDemoStore(m_store.db(), advance);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().describe()));
        m_report = *report;
        m_periodTruth = flywheel::test::readJsonObject(m_report.groundTruth);
        QVERIFY(!m_periodTruth.isEmpty());
    }

    void theHistoryGoesOn()
    {
        QCOMPARE(m_report.firstDay, QDate(2026, 11, 1));
        QCOMPARE(m_report.lastDay, QDate(2026, 11, 28));
        QCOMPARE(m_report.weeksAfterHistory, kWeeks);
        for (const flywheel::ImportReport& import : m_report.imports) {
            QVERIFY2(!import.error, qPrintable(import.file));
            QCOMPARE(import.rejected, 0);
        }
        const qint64 after
            = m_store.value("SELECT count(*) FROM orders WHERE created_at >= '" + std::string(kAfterHistory) + "'")
                  .toLongLong();
        QCOMPARE(after, m_report.orders);
        QVERIFY(after > 1000);
        QVERIFY(m_store.value("SELECT max(created_at) FROM orders") >= QStringLiteral("2026-11-28"));
        // Every new line sold a variant of the catalog, and every new order's money adds up.
        QCOMPARE(m_store.value("SELECT count(*) FROM order_lines WHERE variant_id IS NULL"), QStringLiteral("0"));
        QCOMPARE(m_store.value("SELECT count(*) FROM orders WHERE total_minor <> subtotal_minor + shipping_minor + "
                               "taxes_minor"),
            QStringLiteral("0"));
        QCOMPARE(m_store.value("SELECT value FROM store_settings WHERE key = 'demo_advanced_weeks'"),
            QString::number(kWeeks));
    }

    void theHistoryIsUnchanged() { QCOMPARE(historyHash(m_store.db()), m_historyBefore); }

    void theSameStoreGivesTheSameFiles()
    {
        auto clone = flywheel::openStore(m_clone);
        QVERIFY(clone);
        flywheel::demo::AdvanceOptions advance;
        advance.weeks = kWeeks;
        advance.outDir = QDir(m_store.dir()).filePath(QStringLiteral("advance-b"));
        auto report = flywheel::demo::advanceDemoStore(*clone, advance);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().describe()));
        QCOMPARE(report->files.size(), m_report.files.size());
        QCOMPARE(flywheel::test::folderHash(advance.outDir), flywheel::test::folderHash(m_report.outDir));
    }

    void answeredQuestionsAreAskedLess()
    {
        int answeredBefore = 0;
        int answeredAfter = 0;
        int openBefore = 0;
        int openAfter = 0;
        int answeredGaps = 0;
        for (const QJsonValue& value : m_periodTruth.value(QStringLiteral("content_gaps")).toArray()) {
            const QJsonObject gap = value.toObject();
            const QString handle = gap.value(QStringLiteral("handle")).toString();
            const QString attribute = gap.value(QStringLiteral("attribute")).toString();
            const bool answered = gap.value(QStringLiteral("answered")).toBool();
            QCOMPARE(answered, m_answeredHandles.contains(handle));
            answeredGaps += answered;
            (answered ? answeredBefore : openBefore) += questionsAbout(m_historyTruth, handle, attribute);
            (answered ? answeredAfter : openAfter) += questionsAbout(m_periodTruth, handle, attribute);
        }
        QCOMPARE(answeredGaps, 3);
        // Questions a week after against before. The store is busier in November than on average over
        // its history, so the open gaps are the yardstick: the answered ones must fall well below them.
        const double answered = (answeredAfter / double(kWeeks)) / (answeredBefore / kHistoryWeeks);
        const double open = (openAfter / double(kWeeks)) / (openBefore / kHistoryWeeks);
        qInfo("questions a week after the push against before: %.2f times for the answered gaps, %.2f times for "
              "the open ones",
            answered, open);
        QVERIFY(open > 0.5);
        QVERIFY(answered < 0.5 * open);
        // The answer is on the product page the store now has.
        QVERIFY(m_store.value("SELECT lower(description_html) FROM products WHERE handle = 'alpine-shell-jacket'")
                    .contains(QStringLiteral("waterproof")));
    }

    void aFixedSearchFindsProducts()
    {
        const std::string query = m_fixedQuery.toStdString();
        QCOMPARE(m_store.value("SELECT count(*) FROM search_terms WHERE query = '" + query
                     + "' AND period_start < '2026-10-26' AND results > 0"),
            QStringLiteral("0"));
        QVERIFY(m_store
                    .value("SELECT min(results) FROM search_terms WHERE query = '" + query
                        + "' AND period_start >= '2026-11-02'")
                    .toInt()
            > 0);
        QVERIFY(m_store
                    .value("SELECT sum(clicks) FROM search_terms WHERE query = '" + query
                        + "' AND period_start >= '2026-11-02'")
                    .toInt()
            > 0);
        // A misspelling nobody fixed still finds nothing.
        QCOMPARE(m_store.value("SELECT coalesce(max(results), 0) FROM search_terms WHERE query = 'toque' AND "
                               "period_start >= '2026-11-02'"),
            QStringLiteral("0"));
    }

    void promotionAudiencesBuyWithTheirCodes()
    {
        // Members who bought the promoted product after the history, per group (control = 1).
        const auto share = [&](int control) {
            const std::string group = std::to_string(control);
            const double members
                = m_store.value("SELECT count(*) FROM promotion_audience WHERE control = " + group).toDouble();
            const double buyers
                = m_store
                      .value("SELECT count(*) FROM promotion_audience a JOIN promotions p ON p.subject_key = "
                             "a.subject_key WHERE a.control = "
                          + group
                          + " AND EXISTS (SELECT 1 FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN "
                            "variants v ON v.id = l.variant_id WHERE o.customer_id = a.customer_id AND v.product_id "
                            "= p.product_id AND o.created_at >= '"
                          + kAfterHistory + "')")
                      .toDouble();
            return members > 0 ? buyers / members : -1.0;
        };
        const double audience = share(0);
        const double control = share(1);
        qInfo("bought the promoted product: %.1f%% of the audience, %.1f%% of the control group", 100 * audience,
            100 * control);
        QVERIFY(control >= 0.0);
        QVERIFY(audience > 0.05);
        QVERIFY(audience > 2 * control);
        // Audience members paid with their own codes; no control member used one of their promotion's.
        QVERIFY(m_store
                    .value("SELECT count(*) FROM order_discounts d JOIN orders o ON o.id = d.order_id JOIN "
                           "promotion_audience a ON a.code = d.code AND a.customer_id = o.customer_id WHERE "
                           "a.control = 0")
                    .toInt()
            > 0);
        QCOMPARE(m_store.value("SELECT count(*) FROM promotion_audience a JOIN orders o ON o.customer_id = "
                               "a.customer_id JOIN order_discounts d ON d.order_id = o.id WHERE a.control = 1 AND "
                               "d.code IN (SELECT code FROM promotion_audience WHERE subject_key = a.subject_key)"),
            QStringLiteral("0"));
        // The ground truth counts the same way.
        int audienceBuyers = 0;
        int controlCodeOrders = 0;
        for (const QJsonValue& value : m_periodTruth.value(QStringLiteral("promotions")).toArray()) {
            audienceBuyers += value.toObject().value(QStringLiteral("audience_buyers")).toInt();
            controlCodeOrders += value.toObject().value(QStringLiteral("control_code_orders")).toInt();
        }
        QVERIFY(audienceBuyers > 0);
        QCOMPARE(controlCodeOrders, 0);
    }

    void aStoreNotMadeAsADemoIsRefused()
    {
        TempStore plain;
        auto report = flywheel::demo::advanceDemoStore(plain.db(), {});
        QVERIFY(!report);
        QCOMPARE(report.error().code, flywheel::ErrorCode::InvalidArgument);
        QVERIFY(report.error().message.contains(QStringLiteral("demo store")));
    }
};

QTEST_GUILESS_MAIN(TestDemoAdvance)
#include "test_demo_advance.moc"
