// flywheel-cli as scripts use it: exit codes, --json shapes, and the commands the README documents.
#include "TestSupport.h"

#include "flywheel/Push.h"

#include "store/Schema.h"

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString cliPath()
{
    return QStringLiteral(FLYWHEEL_CLI_PATH);
}

Run cli(const QStringList& arguments)
{
    QProcess process;
    process.start(cliPath(), arguments);
    if (!process.waitForFinished(300000))
        qFatal("flywheel-cli did not finish");
    return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonDocument json(const QByteArray& text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << text;
    return document;
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(cliPath()), "flywheel-cli is not built"); }

    void version()
    {
        const Run run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("flywheel-cli"));
    }

    void formatsListsEveryImporter()
    {
        const Run run = cli({QStringLiteral("formats"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QStringList names;
        for (const QJsonValue& format : json(run.out).array())
            names << format.toObject().value(QStringLiteral("name")).toString();
        for (const char* name : {"shopify-products", "shopify-orders", "shopify-customers", "shopify-inventory",
                                 "woocommerce-products", "woocommerce-orders", "woocommerce-customers", "collections"})
            QVERIFY2(names.contains(QLatin1StringView(name)), name);
    }

    void importExitCodesAndJson()
    {
        FLYWHEEL_REQUIRE_SHARED();
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s.flywheel"));
        const QString orders = flywheel::test::sharedPath(QStringLiteral("samples/shopify/orders_export_devstore.csv"));
        const QString customers = flywheel::test::sharedPath(QStringLiteral("samples/shopify/customers_export_fictional.csv"));

        Run run = cli({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--json"), orders});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = json(run.out).object();
        for (const char* key : {"file", "format", "batch", "inserted", "updated", "unchanged", "rejected", "rejects_file", "error"})
            QVERIFY2(report.contains(QLatin1StringView(key)), key);
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("shopify-orders"));
        QCOMPARE(report.value(QStringLiteral("inserted")).toInt(), 40);
        QVERIFY(report.value(QStringLiteral("error")).isNull());

        run = cli({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--json"), customers});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject rejected = json(run.out).object();
        QCOMPARE(rejected.value(QStringLiteral("rejected")).toInt(), 1);
        QVERIFY(QFile::exists(rejected.value(QStringLiteral("rejects_file")).toString()));

        const QString junk = dir.filePath(QStringLiteral("notes.csv"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Kunde,Stadt\nAnna,Wien\n");
        file.close();
        run = cli({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--json"), junk});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(json(run.out).object().value(QStringLiteral("error")).toString().contains(QStringLiteral("match no export format")));

        run = cli({QStringLiteral("--db"), store, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject stats = json(run.out).object();
        QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 19);
        QCOMPARE(stats.value(QStringLiteral("order_lines")).toInt(), 40);
        for (const char* key : {"products", "variants", "customers", "inventory_levels", "tickets", "reviews", "search_terms"})
            QVERIFY2(stats.contains(QLatin1StringView(key)), key);

        run = cli({QStringLiteral("--db"), store, QStringLiteral("batches"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray batches = json(run.out).array();
        QCOMPARE(batches.size(), 2);
        const int second = batches.at(1).toObject().value(QStringLiteral("batch")).toInt();

        run = cli({QStringLiteral("--db"), store, QStringLiteral("undo"), QString::number(second)});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("--db"), store, QStringLiteral("undo"), QString::number(second)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("already undone"));
    }

    void runAndActionsWithoutStages()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s.flywheel"));
        Run run = cli({QStringLiteral("--db"), store, QStringLiteral("run"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(json(run.out).isArray());
        run = cli({QStringLiteral("--db"), store, QStringLiteral("actions"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(json(run.out).isArray());
    }

    void usageErrors()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("fly")}).exitCode, 2);
        const Run noStore = cli({QStringLiteral("stats")});
        QCOMPARE(noStore.exitCode, 2);
        QVERIFY(noStore.err.contains("--db"));
    }

    void demoSmallStore()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("demo.flywheel"));
        const QString out = dir.filePath(QStringLiteral("files"));
        const Run run = cli({QStringLiteral("--db"), store, QStringLiteral("demo"), QStringLiteral("--scale"),
                             QStringLiteral("small"), QStringLiteral("--out"), out, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QFile truth(QDir(out).filePath(QStringLiteral("ground_truth.json")));
        QVERIFY(truth.open(QIODevice::ReadOnly));
        const QJsonObject planted = json(truth.readAll()).object();
        for (const char* key : {"content_gaps", "spiking_queries", "not_carried_queries", "typo_queries",
                                "overstocked_skus", "discount_responsive_customers"})
            QVERIFY2(!planted.value(QLatin1StringView(key)).toArray().isEmpty(), key);
        const Run stats = cli({QStringLiteral("--db"), store, QStringLiteral("stats"), QStringLiteral("--json")});
        const QJsonObject counts = json(stats.out).object();
        QVERIFY(counts.value(QStringLiteral("products")).toInt() >= 150);
        QVERIFY(counts.value(QStringLiteral("order_lines")).toInt() >= 4000);

        // A copy to share, once: a second one never replaces it.
        const QString copy = dir.filePath(QStringLiteral("to share.flywheel"));
        const QStringList anonymise { QStringLiteral("--db"), store, QStringLiteral("anonymise"), QStringLiteral("--out"),
            copy, QStringLiteral("--json") };
        const Run shared = cli(anonymise);
        QCOMPARE(shared.exitCode, 0);
        QCOMPARE(json(shared.out).object().value(QStringLiteral("customers")).toInt(),
            counts.value(QStringLiteral("customers")).toInt());
        const Run again = cli(anonymise);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("already exists"), again.err.constData());
        const Run copied = cli({QStringLiteral("--db"), copy, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(json(copied.out).object().value(QStringLiteral("orders")), counts.value(QStringLiteral("orders")));
    }

    // Nothing leaves the owner's machine: the whole loop (build, analyse, push, next weeks, analyse,
    // measure) runs in a network namespace that has no network at all.
    void wholeLoopRunsWithoutNetwork()
    {
        if (QProcess::execute(QStringLiteral("unshare"), {QStringLiteral("--net"), QStringLiteral("--map-root-user"),
                                                          QStringLiteral("true")})
            != 0)
            QSKIP("unshare cannot make a network namespace on this machine");
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("offline.flywheel"));
        const auto offline = [&store](const QStringList& arguments) {
            QProcess process;
            process.start(QStringLiteral("unshare"), QStringList{QStringLiteral("--net"), QStringLiteral("--map-root-user"),
                                                         cliPath(), QStringLiteral("--db"), store} + arguments);
            if (!process.waitForFinished(300000))
                qFatal("flywheel-cli did not finish");
            return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
        };
        Run run = offline({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = offline({QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = offline({QStringLiteral("actions"), QStringLiteral("--json")});
        const QJsonArray actions = json(run.out).array();
        QVERIFY(!actions.isEmpty());
        const QString first = QString::number(actions.first().toObject().value(QStringLiteral("id")).toInteger());
        run = offline({QStringLiteral("push"), first, QStringLiteral("--out"), dir.filePath(QStringLiteral("out"))});
        // 1: pushed, with a note on what was left out (a promotion's control group gets no code).
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        run = offline({QStringLiteral("demo"), QStringLiteral("--advance"), QStringLiteral("2")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = offline({QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = offline({QStringLiteral("outcomes"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!json(run.out).array().isEmpty());
    }

    void pushWritesTheAcceptedContentEdits()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("demo.flywheel"));
        const QString out = dir.filePath(QStringLiteral("push"));
        QCOMPARE(cli({QStringLiteral("--db"), store, QStringLiteral("demo"), QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("files"))})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("--db"), store, QStringLiteral("run"), QStringLiteral("--stage"),
                      QStringLiteral("content")})
                     .exitCode,
                 0);
        {
            auto db = flywheel::openStore(store);
            QVERIFY(db && db->exec("UPDATE recommendations SET status = 'accepted' WHERE kind = 'add-answer'"));
        }
        QCOMPARE(cli({QStringLiteral("--db"), store, QStringLiteral("push"), QStringLiteral("--out"), out}).exitCode, 2);
        const Run run = cli({QStringLiteral("--db"), store, QStringLiteral("push"), QStringLiteral("--stage"),
                             QStringLiteral("content"), QStringLiteral("--out"), out, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = json(run.out).object();
        QCOMPARE(report.value(QStringLiteral("actions")).toInt(), 5);
        // The product file, and the folder's list of pushes.
        const QJsonArray files = report.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        QVERIFY(files.last().toString().endsWith(QLatin1StringView(flywheel::kPushManifest)));
        QFile file(files.first().toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("URL handle,Title,Description"));
    }

    void searchAnswersQueriesAndBatches()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("demo.flywheel"));
        QCOMPARE(cli({QStringLiteral("--db"), store, QStringLiteral("demo"), QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("files"))})
                     .exitCode,
                 0);
        const Run one = cli({QStringLiteral("--db"), store, QStringLiteral("search"), QStringLiteral("jakcet"),
                             QStringLiteral("--top"), QStringLiteral("3"), QStringLiteral("--explain"),
                             QStringLiteral("--json")});
        QCOMPARE(one.exitCode, 0);
        const QJsonArray results = json(one.out).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        const QJsonObject best = results.first().toObject();
        QVERIFY(best.value(QStringLiteral("title")).toString().contains(QStringLiteral("Jacket")));
        QCOMPARE(best.value(QStringLiteral("explain")).toArray().first().toObject().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("typo"));

        QFile queries(dir.filePath(QStringLiteral("queries.txt")));
        QVERIFY(queries.open(QIODevice::WriteOnly));
        queries.write("rain jacket\n\nkayak\n!!!\n");
        queries.close();
        const Run batch = cli({QStringLiteral("--db"), store, QStringLiteral("search"), QStringLiteral("--batch"),
                               queries.fileName(), QStringLiteral("--top"), QStringLiteral("5"), QStringLiteral("--json")});
        QCOMPARE(batch.exitCode, 0);
        const QList<QByteArray> lines = batch.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = json(lines[0]).object();
        QCOMPARE(first.value(QStringLiteral("query")).toString(), QStringLiteral("rain jacket"));
        QCOMPARE(first.value(QStringLiteral("results")).toArray().size(), 5);
        for (const char* key : {"handle", "sku", "title", "score"})
            QVERIFY2(first.value(QStringLiteral("results")).toArray().first().toObject().contains(QLatin1StringView(key)), key);
        QVERIFY(json(lines[1]).object().value(QStringLiteral("results")).toArray().isEmpty());
        QCOMPARE(cli({QStringLiteral("--db"), store, QStringLiteral("search")}).exitCode, 2);
    }

    void forecastsSalesFilesAndTheStore()
    {
        QTemporaryDir dir;
        // A sales file with a steady SKU, a one-day SKU, returns, and a row that cannot be read.
        QFile sales(dir.filePath(QStringLiteral("sales.csv")));
        QVERIFY(sales.open(QIODevice::WriteOnly));
        sales.write("date,sku,qty\n");
        for (int day = 0; day < 140; ++day)
            sales.write(QStringLiteral("%1,STEADY,%2\n")
                            .arg(QDate(2026, 1, 5).addDays(day).toString(Qt::ISODate))
                            .arg(day % 7 == 0 ? 7 : 1)
                            .toUtf8());
        sales.write("2026-05-20,ONCE,3\n2026-03-01,RETURNS,-2\n2026-03-02,RETURNS,4\nnot a date,STEADY,1\n");
        sales.close();
        const Run file = cli({ QStringLiteral("forecast"), QStringLiteral("--series"), sales.fileName(),
            QStringLiteral("--horizon"), QStringLiteral("4"), QStringLiteral("--json") });
        QCOMPARE(file.exitCode, 1); // one row skipped
        const QJsonArray skus = json(file.out).array();
        QCOMPARE(skus.size(), 3);
        for (const QJsonValue& value : skus) {
            const QJsonObject sku = value.toObject();
            if (sku.contains(QStringLiteral("error")))
                continue;
            for (const char* key : { "forecast", "lower80", "upper80", "lower95", "upper95" }) {
                const QJsonArray values = sku.value(QLatin1StringView(key)).toArray();
                QCOMPARE(values.size(), 4);
                for (const QJsonValue& v : values)
                    QVERIFY2(v.isDouble(), key);
            }
        }
        QCOMPARE(cli({ QStringLiteral("forecast"), QStringLiteral("--series"), sales.fileName(),
                         QStringLiteral("--horizon"), QStringLiteral("0") })
                     .exitCode,
            2);

        const QString store = dir.filePath(QStringLiteral("demo.flywheel"));
        QCOMPARE(cli({ QStringLiteral("--db"), store, QStringLiteral("demo"), QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("files")) })
                     .exitCode,
            0);
        const Run all = cli({ QStringLiteral("--db"), store, QStringLiteral("forecast"), QStringLiteral("--json") });
        QCOMPARE(all.exitCode, 0);
        const QJsonArray variants = json(all.out).array();
        QVERIFY(variants.size() > 500);
        const QString sku = variants.first().toObject().value(QStringLiteral("sku")).toString();
        const Run one = cli({ QStringLiteral("--db"), store, QStringLiteral("forecast"), QStringLiteral("--sku"), sku,
            QStringLiteral("--horizon"), QStringLiteral("8"), QStringLiteral("--json") });
        QCOMPARE(one.exitCode, 0);
        const QJsonObject forecast = json(one.out).array().first().toObject();
        QCOMPARE(forecast.value(QStringLiteral("sku")).toString(), sku);
        QCOMPARE(forecast.value(QStringLiteral("forecast")).toArray().size(), 8);
        QVERIFY(!forecast.value(QStringLiteral("model")).toString().isEmpty());
        QCOMPARE(cli({ QStringLiteral("--db"), store, QStringLiteral("forecast"), QStringLiteral("--sku"),
                         QStringLiteral("NO-SUCH-SKU") })
                     .exitCode,
            2);

        const Run backtest
            = cli({ QStringLiteral("--db"), store, QStringLiteral("backtest"), QStringLiteral("--json") });
        QCOMPARE(backtest.exitCode, 0);
        const QJsonObject scored = json(backtest.out).object();
        QVERIFY(scored.value(QStringLiteral("overall")).toObject().value(QStringLiteral("points")).toInt() > 0);
        const QJsonObject first = scored.value(QStringLiteral("skus")).toArray().first().toObject();
        for (const char* key : { "sku", "model", "wape", "mase", "bias", "coverage80", "coverage95", "points" })
            QVERIFY2(first.contains(QLatin1StringView(key)), key);

        // Accepted reorders go out as purchase orders.
        QCOMPARE(cli({ QStringLiteral("--db"), store, QStringLiteral("run"), QStringLiteral("--stage"),
                         QStringLiteral("inventory") })
                     .exitCode,
            0);
        {
            auto db = flywheel::openStore(store);
            QVERIFY(db
                && db->exec("UPDATE recommendations SET status = 'accepted' WHERE id IN (SELECT id FROM "
                            "recommendations WHERE kind = 'reorder' ORDER BY id LIMIT 3)"));
        }
        const Run push = cli({ QStringLiteral("--db"), store, QStringLiteral("push"), QStringLiteral("--stage"),
            QStringLiteral("inventory"), QStringLiteral("--out"), dir.filePath(QStringLiteral("po")),
            QStringLiteral("--json") });
        QCOMPARE(push.exitCode, 0);
        const QJsonObject report = json(push.out).object();
        QCOMPARE(report.value(QStringLiteral("actions")).toInt(), 3);
        QFile order(report.value(QStringLiteral("files")).toArray().first().toString());
        QVERIFY(order.open(QIODevice::ReadOnly));
        QVERIFY(order.readLine().startsWith("\xEF\xBB\xBFVendor,SKU,Product,Quantity,Unit cost,Line total,Currency"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
