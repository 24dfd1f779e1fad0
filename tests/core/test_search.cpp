// The search engine on hand-made catalogs (units, typos, prefixes, synonyms, filters, explain, bad
// queries), the search-terms reports on the demo store, and the Search stage's triage of the demo's
// planted failed searches.
#include "TestSupport.h"

#include "demo/DemoStore.h"
#include "flywheel/Pipeline.h"
#include "search/CatalogDocuments.h"
#include "search/Engine.h"
#include "stages/search/QueryDiagnosis.h"
#include "stages/search/SearchPush.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using flywheel::search::Document;
using flywheel::search::Engine;
using flywheel::search::Field;
using flywheel::search::Index;
using flywheel::search::SearchOptions;
using flywheel::search::SearchText;
using flywheel::search::SearchToken;
using namespace Qt::StringLiterals;
using flywheel::search::SearchResult;
using flywheel::test::TempStore;

namespace {

Document product(std::int64_t id, const QString& title, const QString& type = {}, const QString& tags = {},
    const QString& description = {})
{
    Document doc;
    doc.productId = id;
    doc.handle = title.toLower().replace(u' ', u'-');
    doc.fields[size_t(Field::Title)] = title;
    doc.fields[size_t(Field::Type)] = type;
    doc.fields[size_t(Field::Tags)] = tags;
    doc.fields[size_t(Field::Description)] = description;
    return doc;
}

std::shared_ptr<Engine> outdoorShop()
{
    std::vector<Document> docs;
    docs.push_back(
        product(1, QStringLiteral("Cascade Rain Jacket"), QStringLiteral("Jackets"), QStringLiteral("waterproof")));
    docs.push_back(product(2, QStringLiteral("Alpine Down Jacket"), QStringLiteral("Jackets"), QStringLiteral("warm")));
    docs.push_back(product(3, QStringLiteral("Merino Crew Sweater"), QStringLiteral("Sweaters")));
    docs.push_back(product(4, QStringLiteral("Trail Rain Coat"), QStringLiteral("Coats")));
    docs.push_back(product(5, QStringLiteral("Camp Mug 12 oz."), QStringLiteral("Kitchen")));
    docs.push_back(product(6, QStringLiteral("Garden Hose 50 ft."), QStringLiteral("Garden")));
    docs.push_back(product(7, QStringLiteral("Watering Can 2 Gal."), QStringLiteral("Garden")));
    docs.push_back(product(8, QStringLiteral("Jacket Zipper Pull"), QStringLiteral("Repair"), {},
        QStringLiteral("Fits any rain jacket.")));
    docs[0].attributes = { { QStringLiteral("color"), QStringLiteral("Navy") } };
    docs[1].attributes = { { QStringLiteral("color"), QStringLiteral("Black") } };
    docs[2].attributes = { { QStringLiteral("color"), QStringLiteral("Navy") } };
    docs[0].minPrice = 120.0;
    docs[1].minPrice = 180.0;
    docs[2].minPrice = 60.0;
    docs[0].skus = { QStringLiteral("CRJ-01-M") };
    docs[3].inStock = false;
    return std::make_shared<Engine>(std::make_shared<const Index>(Index::build(std::move(docs))));
}

SearchOptions whole()
{
    SearchOptions options;
    options.parse.prefixLastWord = false;
    options.explain = true;
    return options;
}

QStringList handles(const SearchResult& result)
{
    QStringList out;
    for (const auto& hit : result.hits)
        out << QString::number(hit.doc + 1);
    return out;
}

std::optional<QString> runThrough(TempStore& store, const QString& stage)
{
    flywheel::Pipeline pipeline(flywheel::createStages());
    auto runs = pipeline.run(store.db(), stage, nullptr, 7, flywheel::Pipeline::Mode::Full);
    if (!runs)
        return runs.error().describe();
    for (const auto& run : *runs) {
        if (run.status != QStringLiteral("ok"))
            return run.stage + QStringLiteral(": ") + run.message;
    }
    return std::nullopt;
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT

private slots:
    void findsTheWordsInTheTitleFirst()
    {
        const auto engine = outdoorShop();
        const SearchResult result = engine->search(u"rain jacket", whole());
        QCOMPARE(handles(result).value(0), QStringLiteral("1"));
        // The zipper pull only mentions rain jackets: it comes after the jacket itself.
        QVERIFY(handles(result).indexOf(QStringLiteral("8")) > 0);
        QCOMPARE(result.relaxed, false);
    }

    void unitsMeetInEverySpelling()
    {
        const auto engine = outdoorShop();
        for (const QString& query :
            { QStringLiteral("hose 50ft"), QStringLiteral("hose 50 feet"), QStringLiteral("50' hose") }) {
            const SearchResult result = engine->search(query, whole());
            QVERIFY2(!result.hits.empty() && result.hits.front().doc == 5, qPrintable(query));
            QCOMPARE(result.total, 1);
        }
        QCOMPARE(engine->search(u"2 gallon watering can", whole()).hits.front().doc, 6u);
    }

    void numbersMeetInEverySpelling()
    {
        const SearchText text(QStringLiteral("en"));
        const auto stems = [&](const QString& phrase) {
            QStringList out;
            for (const SearchToken& token : text.tokens(phrase))
                out << token.stem;
            return out;
        };
        QCOMPARE(stems(u"11.0 cu. ft."_s), stems(u"11 cu ft"_s));
        QCOMPARE(stems(u"5,000 BTU"_s), stems(u"5000 btu"_s));
        QCOMPARE(stems(u"2.50 in."_s), stems(u"2.5 inch"_s));
        QCOMPARE(stems(u"1,250,000"_s), QStringList { u"1250000"_s });
        // Not thousands: a decimal comma, a list, a version.
        QCOMPARE(stems(u"2,5"_s), QStringList { u"2,5"_s });
        QCOMPARE(stems(u"10.05"_s), QStringList { u"10.05"_s });
        QCOMPARE(stems(u"1,25"_s), QStringList { u"1,25"_s });
        QCOMPARE(stems(u"12,345.60"_s), QStringList { u"12345.6"_s });
        QCOMPARE(stems(u"0.0"_s), QStringList { u"0"_s });
    }

    void correctsTyposByWordLength()
    {
        const auto engine = outdoorShop();
        const SearchResult typo = engine->search(u"jakcet", whole());
        QVERIFY(typo.total >= 2);
        QCOMPARE(typo.hits.front().explanation.front().rule, flywheel::search::Rule::Typo);
        QCOMPARE(typo.hits.front().explanation.front().matchedAs, QStringLiteral("jacket"));
        // Three letters are too few to guess at.
        QCOMPARE(engine->search(u"mig", whole()).total, 0);
        // Without typo tolerance the misspelling finds nothing.
        SearchOptions strict = whole();
        strict.parse.typos = false;
        QCOMPARE(engine->search(u"jakcet", strict).total, 0);
    }

    void typoIndexFindsTheClosestWordsOnly()
    {
        using flywheel::search::TypoIndex;
        const std::vector<QString> words { QStringLiteral("jacket"), QStringLiteral("jackets"),
            QStringLiteral("racket"), QStringLiteral("waterproof"), QStringLiteral("watering"),
            QStringLiteral("coffee"), QStringLiteral("toffee") };
        TypoIndex typos;
        typos.build(words, { 40, 10, 3, 8, 5, 7, 2 });
        const auto spelled = [&](const QString& query, int limit = 3) {
            QStringList found;
            for (const TypoIndex::Candidate& candidate : typos.corrections(query, limit))
                found << words[size_t(candidate.word)] + u':' + QString::number(candidate.distance);
            return found;
        };
        // A swap is one edit; of the words one edit away the commoner comes first.
        QCOMPARE(spelled(QStringLiteral("jakcet")), QStringList { QStringLiteral("jacket:1") });
        QCOMPARE(spelled(QStringLiteral("jackt")), QStringList { QStringLiteral("jacket:1") });
        QCOMPARE(
            spelled(QStringLiteral("packet")), QStringList({ QStringLiteral("jacket:1"), QStringLiteral("racket:1") }));
        QCOMPARE(spelled(QStringLiteral("packet"), 1), QStringList { QStringLiteral("jacket:1") });
        // A doubled letter dropped or added is one edit too.
        QCOMPARE(spelled(QStringLiteral("cofee")), QStringList { QStringLiteral("coffee:1") });
        QCOMPARE(spelled(QStringLiteral("cofffee")), QStringList { QStringLiteral("coffee:1") });
        // Two edits from eight letters (two letters too many, or one too many and one wrong), and only
        // when nothing is one edit away.
        QCOMPARE(spelled(QStringLiteral("watterprooof")), QStringList { QStringLiteral("waterproof:2") });
        QCOMPARE(spelled(QStringLiteral("wxaterproos")), QStringList { QStringLiteral("waterproof:2") });
        QCOMPARE(spelled(QStringLiteral("waterprof")), QStringList { QStringLiteral("waterproof:1") });
        QVERIFY(spelled(QStringLiteral("jaket")).contains(QStringLiteral("jacket:1")));
        // Seven letters allow one edit only, and the word itself is no correction.
        QVERIFY(spelled(QStringLiteral("jcktes")).isEmpty());
        QVERIFY(spelled(QStringLiteral("jacket")).contains(QStringLiteral("jackets:1")));
        QVERIFY(!spelled(QStringLiteral("jacket")).contains(QStringLiteral("jacket:0")));
        QVERIFY(spelled(QStringLiteral("zzzzzzzzzz")).isEmpty());
    }

    void editDistanceCountsSwapsAsOneEdit()
    {
        using flywheel::search::editDistance;
        QCOMPARE(editDistance(u"jacket", u"jakcet", 2), 1);
        QCOMPARE(editDistance(u"jacket", u"jacket", 2), 0);
        QCOMPARE(editDistance(u"jacket", u"racket", 2), 1);
        QCOMPARE(editDistance(u"waterproof", u"watrprof", 2), 2);
        // Beyond the limit the answer is the limit plus one, however far the words are.
        QCOMPARE(editDistance(u"jacket", u"sweater", 2), 3);
        QCOMPARE(editDistance(u"a", u"abcdefgh", 2), 3);
        // Long words, beyond the short rows kept on the stack, too.
        const QString longWord(100, u'a');
        QCOMPARE(editDistance(longWord, longWord + u'b', 2), 1);
    }

    void termVectorsKeepTheCompanyOfTitles()
    {
        // Two kinds of products whose titles draw on two separate sets of words: a word's meaning is
        // close to titles of its own kind and not to the others, even to titles without the word.
        constexpr int kWordsPerKind = 60;
        std::vector<std::vector<int>> titles;
        QRandomGenerator random(11);
        for (int d = 0; d < 400; ++d) {
            const int kind = d % 2;
            std::vector<int> title;
            for (int w = 0; w < 6; ++w)
                title.push_back(kind * kWordsPerKind + random.bounded(kWordsPerKind));
            titles.push_back(title);
        }
        const std::vector<float> idf(size_t(2 * kWordsPerKind), 1.0f);
        const auto vectors = flywheel::search::TermVectors::learn(titles, idf);
        QVERIFY(!vectors.isEmpty());
        const std::vector<int> word { 0 };
        const Eigen::VectorXf meaning = vectors.meaning(word);
        QCOMPARE(meaning.size() > 0, true);
        double ownKind = 0, otherKind = 0;
        int ownWithoutWord = 0;
        for (size_t d = 0; d < titles.size(); ++d) {
            const float closeness = vectors.closeness(meaning, std::uint32_t(d));
            if (d % 2 == 0 && std::find(titles[d].begin(), titles[d].end(), 0) == titles[d].end()) {
                ownKind += closeness;
                ++ownWithoutWord;
            } else if (d % 2 == 1) {
                otherKind += closeness;
            }
        }
        QVERIFY(ownWithoutWord > 0);
        QVERIFY(ownKind / ownWithoutWord > 0.15);
        QVERIFY(std::abs(otherKind / 200) < 0.05);
        // A word no title uses has no meaning.
        const std::vector<int> unknown { 500 };
        QCOMPARE(vectors.meaning(unknown).size(), 0);
    }

    void completesTheWordBeingTyped()
    {
        const auto engine = outdoorShop();
        SearchOptions typing;
        const SearchResult result = engine->search(u"swea", typing);
        QCOMPARE(result.total, 1);
        QCOMPARE(result.hits.front().doc, 2u);
        // A finished word (a space after it) is not completed.
        QCOMPARE(engine->search(u"swea ", typing).total, 0);
    }

    void splitsGluedWordsAndAppliesSynonyms()
    {
        const auto engine = outdoorShop();
        QCOMPARE(engine->search(u"raincoat", whole()).hits.front().doc, 3u);
        QCOMPARE(engine->search(u"jumper", whole()).total, 0);
        engine->setSynonyms({ { QStringLiteral("jumper"), QStringLiteral("sweater") } });
        const SearchResult result = engine->search(u"jumper", whole());
        QCOMPARE(result.total, 1);
        QCOMPARE(result.hits.front().explanation.front().rule, flywheel::search::Rule::Synonym);
    }

    void attributeWordsAndPricesFilter()
    {
        const auto engine = outdoorShop();
        const SearchResult navy = engine->search(u"navy jacket", whole());
        QCOMPARE(navy.total, 1);
        QCOMPARE(navy.hits.front().doc, 0u);
        const SearchResult cheap = engine->search(u"jacket under $150", whole());
        QCOMPARE(cheap.query.maxPrice.value_or(0), 150.0);
        // The dearer jacket only follows the results, as something else to look at.
        QVERIFY(handles(cheap).indexOf(QStringLiteral("2")) >= cheap.total);
        QCOMPARE(cheap.hits.front().doc, 0u);
        // No black sweater: the filter, not the word, is what fails.
        const SearchResult black = engine->search(u"black sweater", whole());
        QCOMPARE(black.total, 0);
        QCOMPARE(black.totalWithoutFilters, 1);
        QCOMPARE(black.hits.front().doc, 2u);
    }

    void findsBySkuAndDemotesOutOfStock()
    {
        const auto engine = outdoorShop();
        QCOMPARE(engine->search(u"CRJ-01-M", whole()).hits.front().doc, 0u);
        const SearchResult coats = engine->search(u"rain", whole());
        // The rain coat is out of stock: the rain jacket, equally matched, goes first.
        QVERIFY(handles(coats).indexOf(QStringLiteral("1")) < handles(coats).indexOf(QStringLiteral("4")));
        const QStringList lines = Engine::describe(engine->search(u"rain coat", whole()).hits.front());
        QVERIFY2(lines.join(u'\n').contains(QStringLiteral("title")), qPrintable(lines.join(u'\n')));
    }

    void badQueriesGetACleanAnswer()
    {
        const auto engine = outdoorShop();
        for (const QString& query :
            { QString(), QStringLiteral("   "), QStringLiteral("!!!???"), QStringLiteral("🧥🌧"),
                QStringLiteral("ジャケット jacket"), QString(10000, u'x'), QStringLiteral("jacket ").repeated(2000) }) {
            const SearchResult result = engine->search(query, whole());
            QVERIFY(result.hits.size() <= 10);
            QVERIFY(result.query.text.size() <= flywheel::search::kMaxQueryLength);
        }
        QCOMPARE(engine->search(u"ジャケット jacket", whole()).hits.front().doc, 0u);
    }

    void searchesFromSeveralThreadsAgree()
    {
        const auto engine = outdoorShop();
        const QStringList expected = handles(engine->search(u"jakcet", whole()));
        QList<QStringList> seen(8);
        QThreadPool pool;
        for (int i = 0; i < 8; ++i)
            pool.start([&, i] { seen[i] = handles(engine->search(u"jakcet", whole())); });
        pool.waitForDone();
        for (const QStringList& found : seen)
            QCOMPARE(found, expected);
    }

    void triagesThePlantedSearchesOfTheDemoStore()
    {
        TempStore store;
        flywheel::demo::DemoOptions options;
        options.outDir = store.dir() + QStringLiteral("/demo");
        auto reports = flywheel::demo::createDemoStore(store.db(), options);
        QVERIFY2(reports, reports ? "" : qPrintable(reports.error().describe()));
        QVERIFY(store.count("search_terms") > 0);
        const auto failed = runThrough(store, QStringLiteral("search"));
        QVERIFY2(!failed, qPrintable(failed.value_or(QString())));

        QFile truthFile(options.outDir + QStringLiteral("/ground_truth.json"));
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
        const auto diagnosis = [&store](const QString& query) {
            return store.value(QStringLiteral("SELECT diagnosis || '|' || coalesce(fix, '') FROM search_diagnoses "
                                              "WHERE query = '%1'")
                                   .arg(query)
                                   .toStdString());
        };
        for (const QJsonValue& planted : truth.value(QStringLiteral("typo_queries")).toArray()) {
            const QJsonObject pair = planted.toObject();
            QCOMPARE(diagnosis(pair.value(QStringLiteral("query")).toString()),
                QStringLiteral("typo|") + pair.value(QStringLiteral("intended")).toString());
        }
        for (const QJsonValue& planted : truth.value(QStringLiteral("not_carried_queries")).toArray())
            QCOMPARE(diagnosis(planted.toString()), QStringLiteral("not_carried|"));
        for (const QJsonValue& planted : truth.value(QStringLiteral("synonym_queries")).toArray()) {
            const QString query = planted.toObject().value(QStringLiteral("query")).toString();
            QVERIFY2(diagnosis(query).startsWith(QStringLiteral("wording|")), qPrintable(query + diagnosis(query)));
        }
        // Every wording gap and typo is a synonym action; accepted, it changes the store's search.
        QCOMPARE(store.value("SELECT count(*) FROM recommendations WHERE stage = 'search' AND kind = 'add-synonym'"),
            store.value("SELECT count(*) FROM search_diagnoses WHERE diagnosis IN ('typo', 'wording')"));
        QVERIFY(store.db().exec("UPDATE recommendations SET status = 'accepted' WHERE kind = 'add-synonym' AND "
                                "subject_key LIKE 'synonyms:jumper,%'"));
        auto engine = flywheel::search::openCatalogEngine(store.db());
        QVERIFY(engine);
        SearchOptions strict = whole();
        strict.parse.typos = false;
        QVERIFY((*engine)->search(u"jumper", strict).total > 0);

        const auto pushed = flywheel::search::pushSearch(store.db(), store.dir() + QStringLiteral("/push"));
        QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().describe()));
        QCOMPARE(pushed->actions, 1);
        QFile list(pushed->files.value(0));
        QVERIFY(list.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(list.readAll()).trimmed(), QStringLiteral("jumper, sweater"));
        QCOMPARE(store.value("SELECT status FROM recommendations WHERE subject_key LIKE 'synonyms:jumper,%'"),
            QStringLiteral("pushed"));
    }

    void diagnosesAreTheSameOnEveryRun()
    {
        TempStore store;
        flywheel::demo::DemoOptions options;
        options.outDir = store.dir() + QStringLiteral("/demo");
        QVERIFY(flywheel::demo::createDemoStore(store.db(), options));
        QVERIFY(!runThrough(store, QStringLiteral("search")));
        const QString first
            = store.value("SELECT group_concat(query || diagnosis || coalesce(fix, '') || product_ids, ';') "
                          "FROM (SELECT * FROM search_diagnoses ORDER BY query)");
        QVERIFY(!runThrough(store, QStringLiteral("search")));
        QCOMPARE(store.value("SELECT group_concat(query || diagnosis || coalesce(fix, '') || product_ids, ';') "
                             "FROM (SELECT * FROM search_diagnoses ORDER BY query)"),
            first);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
