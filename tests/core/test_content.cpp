// The Content stage: attributes read from every part of a product page, the store's own words learned
// from its catalog, completeness against peers, answers for content gaps with the value reviews state
// (or a placeholder for the owner), repeatability and cancellation, the product files the push writes
// (golden files) and their round trip through Flywheel's own importer, the planted gaps of the demo
// store and extraction precision on real platform exports.
#include "TestSupport.h"

#include "demo/DemoStore.h"
#include "flywheel/Pipeline.h"
#include "flywheel/Recommendation.h"
#include "stages/content/CatalogConventions.h"
#include "stages/content/Completeness.h"
#include "stages/content/ContentPush.h"
#include "stages/content/ContentStage.h"
#include "stages/content/DescriptionText.h"
#include "store/Schema.h"
#include "store/SchemaV1.h"
#include "store/SchemaV2.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using flywheel::test::TempStore;
using namespace flywheel::content;
using namespace Qt::StringLiterals;

namespace {

const QString kProducts = u"Title,URL handle,Description,Type,Tags,SKU,Option1 name,Option1 value,Price\n"
                          "Alpine Shell Jacket,alpine-shell-jacket,\"<p>A light shell for the hills.</p><ul><li>Fit: "
                          "regular fit, true to size</li><li>Care: machine wash cold</li></ul>\",Jacket,mens,ALP-M,"
                          "Size,M,189.00\n"
                          ",alpine-shell-jacket,,,,ALP-L,Size,L,189.00\n"
                          "Cascade Rain Jacket,cascade-rain-jacket,\"<p>Waterproof: yes, fully taped seams.</p><ul>"
                          "<li>Fit: true to size</li><li>Care: machine wash</li></ul>\",Jacket,womens,CAS-M,Size,M,"
                          "149.00\n"
                          "Merino Beanie,merino-beanie,<p>Soft merino.</p>,Hat,unisex,BEA-1,Color,Grey,29.00\n"_s;

const QString kTicketsHeader = u"id,created,subject,body,customer email,order number,tags,channel,status\n"_s;

/// Four customers ask whether the Alpine Shell Jacket is waterproof; its page does not say.
QString waterproofQuestions()
{
    const QStringList bodies = {
        u"Is the Alpine Shell Jacket waterproof? I cycle to work in the rain."_s,
        u"Hi, will the Alpine Shell Jacket keep me dry in heavy rain?"_s,
        u"The page doesn't say if the Alpine Shell Jacket is waterproof. Is it?"_s,
        u"Quick question: is the alpine shell jacket fully waterproof?"_s,
    };
    QString rows = kTicketsHeader;
    for (int i = 0; i < bodies.size(); ++i)
        rows
            += u"%1,2026-10-0%1T10:00:00Z,Question,\"%2\",c%1@example.com,,,email,closed\n"_s.arg(i + 1).arg(bodies[i]);
    return rows;
}

/// Two owners of the jacket say what its page does not.
const QString kReviews = u"id,product handle,rating,title,body,date,email,name\n"
                         "r1,alpine-shell-jacket,5,Dry all day,\"Fully waterproof, I was out in a downpour for an hour "
                         "and stayed dry.\",2026-09-01,a@example.com,Ann\n"
                         "r2,alpine-shell-jacket,4,Good shell,\"Waterproof for real, and it packs small.\",2026-09-03,"
                         "b@example.com,Ben\n"
                         "r3,alpine-shell-jacket,5,Love it,Great colour.,2026-09-05,c@example.com,Cy\n"_s;

QString writeFile(const TempStore& store, const QString& name, const QString& text)
{
    const QString path = store.dir() + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

bool importAll(TempStore& store, const QString& path)
{
    const flywheel::ImportReport report = store.import(path);
    if (report.refused())
        qWarning().noquote() << report.error->describe();
    return !report.refused() && report.rejected == 0;
}

std::optional<flywheel::StageRun> runContent(TempStore& store, flywheel::Progress* progress = nullptr)
{
    flywheel::Pipeline pipeline(flywheel::createStages());
    auto runs = pipeline.run(store.db(), u"content"_s, progress, 7, flywheel::Pipeline::Mode::Full);
    if (!runs || runs->isEmpty())
        return std::nullopt;
    return runs->back();
}

bool has(const std::vector<ExtractedValue>& values, const QString& attribute, const QString& value, Source source)
{
    return std::any_of(values.begin(), values.end(), [&](const ExtractedValue& v) {
        return v.attribute == attribute && v.value == value && v.source == source && v.confidence >= kStatedConfidence;
    });
}

/// Queues a Content action with its edit, as a run would, and gives it `status`.
std::int64_t queueEdit(flywheel::Database& db, const QString& kind, const QString& subject,
    const QList<std::int64_t>& products, const QString& field, const QString& text, const QString& status)
{
    flywheel::RecommendationQueue queue(db);
    flywheel::Recommendation action;
    action.stage = u"content"_s;
    action.kind = kind;
    action.subjectKey = subject;
    action.title = subject;
    action.expectedEffect = u"-"_s;
    action.metric = u"-"_s;
    if (!queue.propose(action))
        return 0;
    const std::int64_t id = db.scalar("SELECT max(id) FROM recommendations WHERE stage = 'content'").value_or(0);
    if (!queue.setStatus(id, status))
        return 0;
    auto insert = db.prepare("INSERT INTO content_suggestions (recommendation_id, product_id, attribute, field, "
                             "suggested_text) VALUES (?1, ?2, 'fit', ?3, ?4)");
    for (std::int64_t product : products) {
        insert->bindAll(id, product, field, text);
        if (!insert->run())
            return 0;
    }
    return id;
}

std::int64_t productId(TempStore& store, const QString& key)
{
    return store.value(u"SELECT id FROM products WHERE handle = '%1' OR source_key = '%1'"_s.arg(key).toStdString())
        .toLongLong();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The accepted edits every push test writes: an answer the owner reworded, a tag for two products,
/// one answer still holding a placeholder and one action not accepted.
void queueTheEdits(TempStore& store, const QString& jacket, const QString& beanie, const QString& sock)
{
    const std::int64_t answer = queueEdit(store.db(), u"add-answer"_s, u"product:jacket:fit"_s,
        { productId(store, jacket) }, u"description"_s, u"Fit: runs small"_s, u"accepted"_s);
    QVERIFY(answer > 0);
    QVERIFY(store.db().exec("UPDATE content_suggestions SET edited_text = 'Fit: runs small & narrow; order one size "
                            "up' WHERE recommendation_id = (SELECT max(recommendation_id) FROM content_suggestions)"));
    QVERIFY(queueEdit(store.db(), u"add-tag"_s, u"tag:merino"_s, { productId(store, beanie), productId(store, sock) },
                u"tags"_s, u"merino"_s, u"accepted"_s)
        > 0);
    QVERIFY(queueEdit(store.db(), u"add-attribute"_s, u"product:beanie:care"_s, { productId(store, beanie) },
                u"description"_s, u"Care: "_s + placeholder(u"care"_s), u"accepted"_s)
        > 0);
    QVERIFY(queueEdit(store.db(), u"add-answer"_s, u"product:sock:fit"_s, { productId(store, sock) }, u"description"_s,
                u"Fit: true to size"_s, u"new"_s)
        > 0);
}

/// Words of a value, for telling whether two wordings say the same thing.
QSet<QString> valueWords(const QString& value)
{
    QSet<QString> words;
    for (const QString& word : value.toLower().split(QRegularExpression(u"[^\\p{L}]+"_s), Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            words.insert(word);
    }
    return words;
}

} // namespace

class TestContent : public QObject {
    Q_OBJECT

private slots:
    void readsEverySourceOfAPage()
    {
        const flywheel::text::Analyzer analyzer(u"en"_s);
        AttributeLexicon lexicon(analyzer);
        ContentProduct product;
        product.id = 1;
        product.title = u"Ridge Merino Hoodie"_s;
        product.productType = u"Hoodies"_s;
        product.descriptionHtml = u"<p>Made in Portugal from 100% organic cotton, with a water-resistant finish; not "
                                  "fully waterproof.</p><ul><li>Fit: runs about half a size small</li><li>Care: "
                                  "Machine wash cold, dry flat</li><li>Dimensions: 70 x 50 cm</li><li>Weight: 350 "
                                  "g</li></ul>"_s;
        product.options = { { u"Colour"_s, { u"Heather Grey"_s, u"Navy"_s } }, { u"Size"_s, { u"S"_s, u"M"_s } } };
        product.tags = { u"winter"_s, u"pattern:striped"_s };
        const std::vector<ContentProduct> catalog { product };
        const CatalogConventions conventions = learnConventions(catalog, lexicon, analyzer);
        const std::vector<ExtractedValue> values = AttributeExtractor(lexicon, conventions).extract(product, analyzer);

        QVERIFY(has(values, u"material"_s, u"merino wool"_s, Source::Title));
        QVERIFY(has(values, u"material"_s, u"100% organic cotton"_s, Source::Description));
        QVERIFY(has(values, u"origin"_s, u"portugal"_s, Source::Description));
        QVERIFY(has(values, u"waterproof"_s, u"water-resistant"_s, Source::Description));
        QVERIFY(has(values, u"waterproof"_s, u"not fully waterproof"_s, Source::Description));
        QVERIFY(!has(values, u"waterproof"_s, u"waterproof"_s, Source::Description)); // it says it is not
        QVERIFY(has(values, u"fit"_s, u"runs about half a size small"_s, Source::Description));
        QVERIFY(has(values, u"care"_s, u"machine wash"_s, Source::Description));
        QVERIFY(has(values, u"care"_s, u"cold"_s, Source::Description));
        QVERIFY(has(values, u"care"_s, u"dry flat"_s, Source::Description));
        QVERIFY(has(values, u"dimensions"_s, u"70 x 50 cm"_s, Source::Description));
        QVERIFY(has(values, u"weight"_s, u"350 g"_s, Source::Description));
        QVERIFY(has(values, u"colour"_s, u"heather grey"_s, Source::Option));
        QVERIFY(has(values, u"size"_s, u"s"_s, Source::Option));
        QVERIFY(has(values, u"season"_s, u"winter"_s, Source::Tag));
        QVERIFY(has(values, u"pattern"_s, u"striped"_s, Source::Tag));
    }

    void learnsTheStoresOwnWords()
    {
        const flywheel::text::Analyzer analyzer(u"en"_s);
        AttributeLexicon lexicon(analyzer);
        std::vector<ContentProduct> catalog;
        for (int i = 0; i < 4; ++i) {
            ContentProduct product;
            product.id = i + 1;
            product.title = u"Shirt %1"_s.arg(i);
            product.descriptionHtml = u"<p>Made from brushed cotton for cool mornings.</p>"_s;
            product.options = { { u"Colour"_s, { u"Fjord Blue"_s } }, { u"Heel height"_s, { u"5 cm"_s } } };
            product.tags = { u"collection:harbor-%1"_s.arg(i) };
            catalog.push_back(product);
        }
        ContentProduct plain;
        plain.id = 9;
        plain.title = u"Plain shirt"_s;
        plain.descriptionHtml = u"<p>Now in fjord blue, brushed cotton again.</p>"_s;
        catalog.push_back(plain);
        const CatalogConventions conventions = learnConventions(catalog, lexicon, analyzer);
        QCOMPARE(conventions.optionAttributes.value(u"heel height"_s), u"option:heel height"_s);
        QCOMPARE(conventions.tagPrefixes.value(u"collection"_s), u"tag:collection"_s);

        const AttributeExtractor extractor(lexicon, conventions);
        const auto values = extractor.extract(plain, analyzer);
        QVERIFY(has(values, u"colour"_s, u"fjord blue"_s, Source::Description)); // an option value elsewhere
        QVERIFY(has(values, u"material"_s, u"brushed cotton"_s, Source::Description)); // a word it keeps using
        QVERIFY(has(extractor.extract(catalog.front(), analyzer), u"tag:collection"_s, u"harbor-0"_s, Source::Tag));
    }

    void comparesEachPageWithItsPeers()
    {
        const flywheel::text::Analyzer analyzer(u"en"_s);
        AttributeLexicon lexicon(analyzer);
        std::vector<ContentProduct> catalog;
        for (int i = 0; i < 4; ++i) {
            ContentProduct product;
            product.id = i + 1;
            product.title = u"Jacket %1"_s.arg(i);
            product.productType = u"Jackets"_s;
            product.descriptionHtml
                = i < 3 ? u"<p>Material: nylon</p><p>Waterproof: yes</p>"_s : u"<p>Material: nylon</p>"_s;
            catalog.push_back(product);
        }
        ContentProduct card;
        card.id = 5;
        card.title = u"Gift card"_s;
        card.productType = u"Gift cards"_s;
        catalog.push_back(card);
        const CatalogConventions conventions = learnConventions(catalog, lexicon, analyzer);
        const AttributeExtractor extractor(lexicon, conventions);
        std::vector<std::vector<ExtractedValue>> values;
        for (const ContentProduct& product : catalog)
            values.push_back(extractor.extract(product, analyzer));

        const auto result = computeCompleteness(catalog, values, { { 0, { u"fit"_s } } });
        QCOMPARE(result[3].peerGroup, u"Jackets"_s);
        QCOMPARE(result[3].score, 0.5); // material stated, waterproof not
        QCOMPARE(result[3].missing.size(), size_t(1));
        QCOMPARE(result[3].missing.front().attribute, u"waterproof"_s);
        QCOMPARE(result[3].missing.front().peerShare, 0.75);
        // What customers ask about comes first, whatever the peers state.
        QCOMPARE(result[0].missing.front().attribute, u"fit"_s);
        QVERIFY(result[0].missing.front().asked);
        QCOMPARE(result[1].score, 1.0);
        // One gift card has no peers of its own; it is compared with the whole catalog.
        QVERIFY(result[4].peerGroup.isEmpty());
    }

    void answersAGapWithWhatReviewsSay()
    {
        TempStore store;
        QVERIFY(importAll(store, writeFile(store, u"products.csv"_s, kProducts)));
        QVERIFY(importAll(store, writeFile(store, u"tickets.csv"_s, waterproofQuestions())));
        QVERIFY(importAll(store, writeFile(store, u"reviews.csv"_s, kReviews)));
        const auto run = runContent(store);
        QVERIFY(run);
        QCOMPARE(run->status, u"ok"_s);

        const QString subject = u"product:%1:waterproof"_s.arg(productId(store, u"alpine-shell-jacket"_s));
        QCOMPARE(store.value(u"SELECT kind FROM recommendations WHERE subject_key = '%1'"_s.arg(subject).toStdString()),
            u"add-answer"_s);
        // One action for the fix: the Service stage keeps the gap, Content writes the answer.
        QCOMPARE(
            store.value(u"SELECT count(*) FROM recommendations WHERE subject_key = '%1'"_s.arg(subject).toStdString()),
            u"1"_s);
        QCOMPARE(store.value("SELECT suggested_text FROM content_suggestions s JOIN recommendations r ON r.id = "
                             "s.recommendation_id WHERE r.kind = 'add-answer'"),
            u"Waterproof: yes"_s);
        QCOMPARE(store.value("SELECT value_source FROM content_suggestions WHERE field = 'description' AND attribute = "
                             "'waterproof'"),
            u"reviews"_s);
        QVERIFY(store.value("SELECT evidence FROM recommendations WHERE kind = 'add-answer'").contains(u"reviews"_s));
        QCOMPARE(
            store.value("SELECT c.missing FROM product_completeness c JOIN products p ON p.id = c.product_id WHERE "
                        "p.handle = 'alpine-shell-jacket'"),
            u"[\"waterproof\"]"_s);
        QVERIFY(store.value("SELECT handoff FROM stage_runs WHERE stage = 'content'").contains(u"attribute value"_s));
    }

    void asksTheOwnerWhenNobodySays()
    {
        TempStore store;
        QVERIFY(importAll(store, writeFile(store, u"products.csv"_s, kProducts)));
        QVERIFY(importAll(store, writeFile(store, u"tickets.csv"_s, waterproofQuestions())));
        QVERIFY(runContent(store));
        const QString text = store.value("SELECT suggested_text FROM content_suggestions WHERE attribute = "
                                         "'waterproof'");
        QVERIFY2(hasPlaceholder(text), qPrintable(text));
        QVERIFY(text.startsWith(u"Waterproof: [["_s));

        // Accepted as it is, it is not written; once the owner fills it in, it is.
        QVERIFY(store.db().exec("UPDATE recommendations SET status = 'accepted' WHERE kind = 'add-answer'"));
        auto refused = pushContent(store.db(), store.dir() + u"/out"_s, u"update"_s);
        QVERIFY(refused);
        QVERIFY(refused->files.isEmpty());
        QCOMPARE(refused->notes.size(), 1);
        QCOMPARE(store.value("SELECT status FROM recommendations WHERE kind = 'add-answer'"), u"accepted"_s);
        QVERIFY(store.db().exec("UPDATE content_suggestions SET edited_text = 'Waterproof: yes, 10,000 mm' WHERE "
                                "attribute = 'waterproof'"));
        auto pushed = pushContent(store.db(), store.dir() + u"/out"_s, u"update"_s);
        QVERIFY(pushed);
        QCOMPARE(pushed->files.size(), 1);
        QVERIFY(readAll(pushed->files.front()).contains("<li>Waterproof: yes, 10,000 mm</li>"));
        QCOMPARE(store.value("SELECT status FROM recommendations WHERE kind = 'add-answer'"), u"pushed"_s);
    }

    void keepsTheOwnersWordingAcrossRuns()
    {
        TempStore store;
        QVERIFY(importAll(store, writeFile(store, u"products.csv"_s, kProducts)));
        QVERIFY(importAll(store, writeFile(store, u"tickets.csv"_s, waterproofQuestions())));
        QVERIFY(runContent(store));
        QVERIFY(store.db().exec("UPDATE content_suggestions SET edited_text = 'Waterproof: no' WHERE attribute = "
                                "'waterproof'"));
        QVERIFY(runContent(store));
        QCOMPARE(store.value("SELECT edited_text FROM content_suggestions WHERE attribute = 'waterproof'"),
            u"Waterproof: no"_s);
    }

    void takesOverTheAnswersAnOlderStoreQueued()
    {
        // A format-2 store: the Service stage queued the answer to a gap, and the owner accepted it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v2.flywheel"_s);
        {
            auto v2 = flywheel::Database::open(path);
            QVERIFY(v2);
            QVERIFY(v2->exec(flywheel::kSchemaV1));
            QVERIFY(v2->exec(flywheel::kSchemaV2));
            QVERIFY(v2->exec("PRAGMA user_version = 2; PRAGMA application_id = 1179408727"));
            QVERIFY(
                v2->exec("INSERT INTO recommendations (stage, kind, subject_key, title, expected_effect, metric, "
                         "window_days, status, created_at, updated_at) VALUES ('service', 'answer-question', "
                         "'product:7:waterproof', 'Answer', '-', '-', 28, 'accepted', '2026-01-01', '2026-01-01')"));
        }
        auto store = flywheel::openStore(path);
        QVERIFY(store);
        auto select = store->prepare("SELECT stage || '/' || kind || '/' || status FROM recommendations");
        QVERIFY(select && select->step().value_or(false));
        QCOMPARE(select->text(0), u"content/add-answer/accepted"_s);
    }

    void isRepeatable()
    {
        TempStore store;
        QVERIFY(importAll(store, writeFile(store, u"products.csv"_s, kProducts)));
        QVERIFY(importAll(store, writeFile(store, u"tickets.csv"_s, waterproofQuestions())));
        QVERIFY(importAll(store, writeFile(store, u"reviews.csv"_s, kReviews)));
        const auto dump = [&store] {
            return store.value("SELECT group_concat(x, '|') FROM (SELECT product_id || attribute || value || source || "
                               "confidence AS x FROM product_attributes ORDER BY 1)")
                + store.value("SELECT group_concat(x, '|') FROM (SELECT product_id || score || missing || expected AS "
                              "x FROM product_completeness ORDER BY 1)")
                + store.value("SELECT group_concat(x, '|') FROM (SELECT r.kind || r.subject_key || r.title || "
                              "r.detail || s.suggested_text AS x FROM content_suggestions s JOIN recommendations r ON "
                              "r.id = s.recommendation_id ORDER BY 1)");
        };
        QVERIFY(runContent(store));
        const QString first = dump();
        QVERIFY(runContent(store));
        QCOMPARE(dump(), first);
        QVERIFY(!first.isEmpty());
    }

    void readsTheCatalogAgainOnlyWhenItChanged()
    {
        TempStore store;
        QVERIFY(importAll(store, writeFile(store, u"products.csv"_s, kProducts)));
        QVERIFY(importAll(store, writeFile(store, u"tickets.csv"_s, waterproofQuestions())));
        const auto values = [&store] {
            return store.value("SELECT group_concat(x, '|') FROM (SELECT product_id || attribute || value || source || "
                               "confidence AS x FROM product_attributes ORDER BY 1)");
        };
        const auto readIn = [&store] {
            return store.value("SELECT group_concat(DISTINCT run_id) FROM product_attributes");
        };
        const auto completeness = [&store] {
            return store.value("SELECT group_concat(x, '|') FROM (SELECT product_id || score || missing || expected AS "
                               "x FROM product_completeness ORDER BY 1)");
        };
        QVERIFY(runContent(store));
        const QString first = values();
        const QString firstRun = readIn();
        const QString firstCompleteness = completeness();
        QVERIFY(!first.isEmpty());

        // More tickets, the same catalog: the values are the ones the first run read.
        QVERIFY(importAll(store, writeFile(store, u"more.csv"_s, waterproofQuestions())));
        auto second = runContent(store);
        QVERIFY(second);
        QCOMPARE(values(), first);
        QCOMPARE(readIn(), firstRun);
        QCOMPARE(completeness(), firstCompleteness);
        QCOMPARE(store.value("SELECT count(DISTINCT run_id) FROM product_completeness"), u"1"_s);
        QVERIFY(store.value("SELECT run_id FROM product_completeness LIMIT 1") != firstRun);

        // Read afresh, they are the same.
        QVERIFY(store.db().exec("DELETE FROM stage_memory"));
        QVERIFY(runContent(store));
        QCOMPARE(values(), first);
        const QString freshRun = readIn();
        QVERIFY(freshRun != firstRun);

        // A title changed: read again.
        QVERIFY(store.db().exec(
            "UPDATE products SET title = title || ' in Merino Wool' WHERE id = (SELECT min(id) FROM products)"));
        QVERIFY(runContent(store));
        QVERIFY(readIn() != freshRun);
        QVERIFY(values() != first);
        QVERIFY(values().contains(u"merino"_s));

        // Stored values gone missing are read again, not taken as none.
        const QString changed = values();
        QVERIFY(store.db().exec("DELETE FROM product_attributes WHERE product_id = (SELECT min(id) FROM products)"));
        QVERIFY(runContent(store));
        QCOMPARE(values(), changed);
    }

    void cancellingKeepsThePreviousResults()
    {
        TempStore store;
        QVERIFY(importAll(store, writeFile(store, u"products.csv"_s, kProducts)));
        QVERIFY(runContent(store));
        const qint64 before = store.count("product_attributes");
        QVERIFY(before > 0);
        int reports = 0;
        flywheel::CallbackProgress progress([&](qint64, qint64) { ++reports; });
        progress.cancel();
        flywheel::content::ContentStage stage;
        flywheel::RecommendationQueue queue(store.db());
        flywheel::StageContext context { store.db(), queue, &progress, 0, 7, {} };
        auto result = stage.run(context);
        QVERIFY(!result);
        QCOMPARE(result.error().code, flywheel::ErrorCode::Cancelled);
        QVERIFY(reports > 0);
        QCOMPARE(store.count("product_attributes"), before);
    }

    void writesEditsInTheDescriptionsOwnStyle()
    {
        QCOMPARE(addToDescription(u"<ul>\n<li>Material: wool</li>\n</ul>"_s, { u"Fit: slim & short"_s }),
            u"<ul>\n<li>Material: wool</li>\n<li>Fit: slim &amp; short</li>\n</ul>"_s);
        QCOMPARE(addToDescription(u"<p>Soft.</p>"_s, { u"Care: hand wash"_s, u"Fit: slim."_s }),
            u"<p>Soft.</p>\n<p>Care: hand wash.</p>\n<p>Fit: slim.</p>"_s);
        QCOMPARE(addToDescription(QString(), { u"Care: hand wash"_s }), u"<p>Care: hand wash.</p>"_s);
    }

    void pushWritesShopifyFiles_data()
    {
        QTest::addColumn<QString>("products");
        QTest::addColumn<QString>("expected");
        QTest::newRow("current headers") << u"products_shopify.csv"_s << u"push_shopify.csv"_s;
        QTest::newRow("legacy headers") << u"products_shopify_legacy.csv"_s << u"push_shopify_legacy.csv"_s;
    }

    void pushWritesShopifyFiles()
    {
        QFETCH(QString, products);
        QFETCH(QString, expected);
        TempStore store;
        QVERIFY(importAll(store, flywheel::test::dataPath(u"content/"_s + products)));
        queueTheEdits(store, u"harbor-rain-jacket"_s, u"cedar-wool-beanie"_s, u"trail-runner-sock"_s);
        auto report = pushContent(store.db(), store.dir() + u"/out"_s, u"update"_s);
        QVERIFY(report);
        QCOMPARE(report->files, QStringList { store.dir() + u"/out/update.csv"_s });
        QCOMPARE(report->products, 3);
        QCOMPARE(report->actions, 2);
        QCOMPARE(report->notes.size(), 1); // the placeholder
        const QByteArray written = readAll(report->files.front());
        const QByteArray golden = readAll(flywheel::test::dataPath(u"content/"_s + expected));
        QVERIFY(!golden.isEmpty());
        QCOMPARE(written, golden);
        QCOMPARE(store.value("SELECT group_concat(status) FROM (SELECT status FROM recommendations ORDER BY id)"),
            u"pushed,pushed,accepted,new"_s);
    }

    void pushWritesWooCommerceFiles()
    {
        TempStore store;
        QVERIFY(importAll(store, flywheel::test::dataPath(u"content/products_woocommerce.csv"_s)));
        queueTheEdits(store, u"id:101"_s, u"sku:CWB-1"_s, u"id:103"_s);
        auto report = pushContent(store.db(), store.dir() + u"/out"_s, u"update"_s);
        QVERIFY(report);
        QCOMPARE(report->files.size(), 1);
        QCOMPARE(readAll(report->files.front()), readAll(flywheel::test::dataPath(u"content/push_woocommerce.csv"_s)));
    }

    void pushedFileRoundTripsThroughTheImporter()
    {
        TempStore store;
        QVERIFY(importAll(store, flywheel::test::dataPath(u"content/products_shopify.csv"_s)));
        queueTheEdits(store, u"harbor-rain-jacket"_s, u"cedar-wool-beanie"_s, u"trail-runner-sock"_s);
        auto report = pushContent(store.db(), store.dir() + u"/out"_s, u"update"_s);
        QVERIFY(report && report->files.size() == 1);

        // A copy of the store takes the file the way the platform would.
        const QString copyPath = store.dir() + u"/copy.flywheel"_s;
        auto vacuum = store.db().prepare("VACUUM INTO ?1");
        QVERIFY(vacuum);
        vacuum->bind(1, copyPath);
        QVERIFY(vacuum->run());
        auto copy = flywheel::openStore(copyPath);
        QVERIFY(copy);
        const flywheel::ImportReport imported = flywheel::importFile(*copy, report->files.front());
        QVERIFY2(!imported.refused(), qPrintable(imported.refused() ? imported.error->describe() : QString()));
        QCOMPARE(imported.format, u"shopify-products"_s);
        QCOMPARE(imported.rejected, 0);
        const auto value = [&](std::string_view sql) {
            auto select = copy->prepare(sql);
            return select && select->step().value_or(false) ? select->text(0) : QString();
        };
        QVERIFY(value("SELECT description_html FROM products WHERE handle = 'harbor-rain-jacket'")
                    .endsWith(u"<li>Fit: runs small &amp; narrow; order one size up</li>\n</ul>"_s));
        QCOMPARE(value("SELECT tags FROM products WHERE handle = 'cedar-wool-beanie'"), u"hats, wool, merino"_s);
        QCOMPARE(value("SELECT tags FROM products WHERE handle = 'trail-runner-sock'"), u"socks, merino"_s);
        // Only the columns written change: variants, prices and the rest stay as they were.
        QCOMPARE(value("SELECT count(*) || ':' || sum(price_minor) FROM variants"), u"4:34600"_s);
        QCOMPARE(value("SELECT description_html FROM products WHERE handle = 'trail-runner-sock'"),
            u"<p>Cushioned merino socks, \"the comfy ones\".</p>"_s);
    }

    void findsThePlantedGapsOfTheDemoStore()
    {
        TempStore store;
        flywheel::demo::DemoOptions options;
        options.outDir = store.dir() + u"/demo"_s;
        auto reports = flywheel::demo::createDemoStore(store.db(), options);
        QVERIFY2(reports, reports ? "" : qPrintable(reports.error().describe()));
        const auto run = runContent(store);
        QVERIFY(run && run->status == u"ok"_s);

        QFile truthFile(options.outDir + u"/ground_truth.json"_s);
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        const QJsonArray planted
            = QJsonDocument::fromJson(truthFile.readAll()).object().value(u"content_gaps"_s).toArray();
        const QHash<QString, QString> keyOf = { { u"waterproof"_s, u"waterproof"_s },
            { u"machine washable"_s, u"care"_s }, { u"true to size"_s, u"fit"_s } };
        QHash<QString, QString> truth; // "handle/attribute" -> planted value
        for (const QJsonValue& gap : planted) {
            const QJsonObject object = gap.toObject();
            truth.insert(
                object.value(u"handle"_s).toString() + u'/' + keyOf.value(object.value(u"attribute"_s).toString()),
                object.value(u"value"_s).toString());
        }
        auto select = store.db().prepare("SELECT p.handle, s.attribute, s.suggested_text, coalesce(s.value, '') FROM "
                                         "content_suggestions s JOIN recommendations r ON r.id = s.recommendation_id "
                                         "JOIN products p ON p.id = s.product_id WHERE r.kind = 'add-answer'");
        QVERIFY(select);
        int suggested = 0;
        int ready = 0;
        QStringList wrongValues;
        QVERIFY(select->forEachRow([&](flywheel::Statement& row) {
            ++suggested;
            const QString key = row.text(0) + u'/' + row.text(1);
            if (!truth.contains(key) || hasPlaceholder(row.text(2)))
                return;
            ++ready;
            if ((valueWords(row.text(3)) & valueWords(truth.value(key))).isEmpty())
                wrongValues << key + u": "_s + row.text(2);
        }));
        const double precision = suggested > 0 ? static_cast<double>(ready) / suggested : 0.0;
        const double recall = static_cast<double>(ready) / static_cast<double>(truth.size());
        qInfo("planted gaps as ready answers: precision %.2f, recall %.2f", precision, recall);
        QCOMPARE(recall, 1.0);
        QVERIFY2(precision >= 0.8, qPrintable(QString::number(precision)));
        QVERIFY2(wrongValues.isEmpty(), qPrintable(wrongValues.join(u"; "_s)));
    }

    void extractionPrecisionOnRealExports()
    {
        FLYWHEEL_REQUIRE_SHARED();
        QFile labelsFile(flywheel::test::dataPath(u"content/sample_labels.json"_s));
        QVERIFY(labelsFile.open(QIODevice::ReadOnly));
        const QJsonObject labels = QJsonDocument::fromJson(labelsFile.readAll()).object();
        TempStore store;
        for (const QJsonValue& file : labels.value(u"files"_s).toArray())
            QVERIFY(importAll(store, flywheel::test::sharedPath(file.toString())));
        QVERIFY(runContent(store));

        QSet<QString> expected;
        const QJsonObject products = labels.value(u"products"_s).toObject();
        for (auto it = products.begin(); it != products.end(); ++it) {
            for (const QJsonValue& pair : it.value().toArray())
                expected.insert(it.key() + u'|' + pair.toString());
        }
        QSet<QString> extracted;
        auto select = store.db().prepare("SELECT DISTINCT p.platform || ':' || p.source_key || '|' || a.attribute || "
                                         "'=' || a.value FROM product_attributes a JOIN products p ON p.id = "
                                         "a.product_id WHERE a.confidence >= ?1");
        QVERIFY(select);
        select->bind(1, kStatedConfidence);
        QVERIFY(select->forEachRow([&](flywheel::Statement& row) { extracted.insert(row.text(0)); }));
        const QSet<QString> right = extracted & expected;
        const double precision = static_cast<double>(right.size()) / std::max<qsizetype>(1, extracted.size());
        const double recall = static_cast<double>(right.size()) / std::max<qsizetype>(1, expected.size());
        qInfo("extraction on the sample exports: %lld values, precision %.2f, recall %.2f",
            static_cast<long long>(extracted.size()), precision, recall);
        const QSet<QString> wrong = extracted - expected;
        QVERIFY2(precision >= 0.9, qPrintable(QStringList(wrong.begin(), wrong.end()).join(u", "_s)));
        QVERIFY(recall >= 0.8);
    }
};

QTEST_GUILESS_MAIN(TestContent)
#include "test_content.moc"
