// Prints how well and how fast the search engine finds products, next to SQLite FTS5 in the same run:
//  - relevance on the Home Depot judgments (every product title is the catalog, every query runs
//    against the whole catalog): nDCG@10 with gain 2^(relevance-1)-1, unjudged results gain 0;
//    also for the queries with a typo or unit notation;
//  - how far reordering the first 50 results could go: in the best order, and in the order of a
//    ranker fitted on the other half of the judgments (see ranking_bound.h);
//  - latency per query (p50, p99; on the wall clock and in processor time) and queries per second on
//    one core, on that catalog and on a 100,000-product demo catalog, with the slowest queries when
//    asked (--slowest N);
//  - the Search stage on the demo store: precision and recall of the planted typos, wording gaps
//    and not-carried queries.
// Usage: report_search [--queries N] [--slowest N] [--skip-triage] [--skip-demo]
#include "ProcessSetup.h"
#include "ranking_bound.h"
#include "demo/Catalog.h"
#include "demo/DemoStore.h"
#include "demo/World.h"
#include "flywheel/Pipeline.h"
#include "io/CsvReader.h"
#include "search/Engine.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>
#include <numeric>

namespace {
using namespace flywheel;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Judged {
    QString query;
    QHash<QString, double> relevance; ///< product uid -> mean rating 1..3
};

struct HomeDepot {
    std::vector<QString> uids; ///< the product of each document, by its position
    QHash<QString, std::uint32_t> documentOf; ///< uid -> position
    std::vector<QString> titles;
    std::vector<Judged> queries;
};

std::optional<HomeDepot> readHomeDepot()
{
    auto reader = CsvReader::open(QStringLiteral(FLYWHEEL_SHARED_DIR "/data/homedepot_search_relevance/dev.csv"));
    if (!reader) {
        out() << "Home Depot judgments not found: " << reader.error().message << "\n";
        return std::nullopt;
    }
    HomeDepot data;
    QHash<QString, size_t> query;
    while (reader->next().value_or(false)) {
        const auto& f = reader->fields();
        const QString uid = QString::fromUtf8(f[1].data(), qsizetype(f[1].size()));
        if (!data.documentOf.contains(uid)) {
            data.documentOf.insert(uid, std::uint32_t(data.uids.size()));
            data.uids.push_back(uid);
            data.titles.push_back(QString::fromUtf8(f[2].data(), qsizetype(f[2].size())));
        }
        const QString text = QString::fromUtf8(f[3].data(), qsizetype(f[3].size()));
        if (!query.contains(text)) {
            query.insert(text, data.queries.size());
            data.queries.push_back({ text, {} });
        }
        data.queries[query.value(text)].relevance.insert(
            uid, QString::fromUtf8(f[4].data(), qsizetype(f[4].size())).toDouble());
    }
    return data;
}

double gain(double relevance)
{
    return std::pow(2.0, relevance - 1.0) - 1.0;
}

double ndcgAt10(const Judged& judged, const std::vector<QString>& ranked)
{
    double dcg = 0;
    for (size_t i = 0; i < ranked.size() && i < 10; ++i)
        dcg += gain(judged.relevance.value(ranked[i], 1.0)) / std::log2(double(i) + 2.0);
    std::vector<double> ideal;
    for (double r : judged.relevance)
        ideal.push_back(gain(r));
    std::sort(ideal.rbegin(), ideal.rend());
    double best = 0;
    for (size_t i = 0; i < ideal.size() && i < 10; ++i)
        best += ideal[i] / std::log2(double(i) + 2.0);
    return best > 0 ? dcg / best : 0.0;
}

/// The peer: SQLite FTS5 with the Porter stemmer over the same titles, query words OR-ed, bm25 order.
class Fts5 {
public:
    explicit Fts5(const std::vector<QString>& titles)
    {
        sqlite3_open(":memory:", &m_db);
        sqlite3_exec(m_db, "CREATE VIRTUAL TABLE catalog USING fts5(title, tokenize='porter unicode61')", nullptr,
            nullptr, nullptr);
        sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt* insert = nullptr;
        sqlite3_prepare_v2(m_db, "INSERT INTO catalog(rowid, title) VALUES (?1, ?2)", -1, &insert, nullptr);
        for (size_t i = 0; i < titles.size(); ++i) {
            const QByteArray utf8 = titles[i].toUtf8();
            sqlite3_bind_int64(insert, 1, sqlite3_int64(i));
            sqlite3_bind_text(insert, 2, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(m_db, "SELECT rowid FROM catalog WHERE catalog MATCH ?1 ORDER BY bm25(catalog) LIMIT 10", -1,
            &m_select, nullptr);
    }
    ~Fts5()
    {
        sqlite3_finalize(m_select);
        sqlite3_close(m_db);
    }
    Fts5(const Fts5&) = delete;
    Fts5& operator=(const Fts5&) = delete;

    std::vector<size_t> search(const QString& query)
    {
        static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
        QStringList terms;
        for (auto it = word.globalMatch(query); it.hasNext();)
            terms << u'"' + it.next().captured() + u'"';
        std::vector<size_t> found;
        if (terms.isEmpty())
            return found;
        const QByteArray match = terms.join(QStringLiteral(" OR ")).toUtf8();
        sqlite3_bind_text(m_select, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(m_select) == SQLITE_ROW)
            found.push_back(size_t(sqlite3_column_int64(m_select, 0)));
        sqlite3_reset(m_select);
        return found;
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_select = nullptr;
};

/// Time spent by this thread on the processor, in microseconds. On a shared machine the wall clock
/// also counts the time other programs held the core (a preempted query waits a whole scheduler
/// tick, several milliseconds), so latency is reported on both clocks.
double threadCpuMicros()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
}

/// Per-query times on the wall clock and on this thread's processor clock.
struct Latency {
    std::vector<double> wall;
    std::vector<double> cpu;
    double wallTotal = 0;

    template <typename Work> auto measure(Work work)
    {
        QElapsedTimer clock;
        const double cpuStart = threadCpuMicros();
        clock.start();
        auto result = work();
        const double us = double(clock.nsecsElapsed()) / 1000.0;
        cpu.push_back(threadCpuMicros() - cpuStart);
        wall.push_back(us);
        wallTotal += us;
        return result;
    }
    static double percentile(std::vector<double> micros, double p)
    {
        std::sort(micros.begin(), micros.end());
        return micros.empty() ? 0.0 : micros[std::min(micros.size() - 1, size_t(p * double(micros.size())))];
    }
    double perSecond() const { return wallTotal > 0 ? 1e6 * double(wall.size()) / wallTotal : 0.0; }
};

/// A query with a word the catalog does not have as written (a typo, most often) or with a number
/// or unit ("1/2 in", "8ft").
bool typoOrUnit(const search::Index& index, const QString& query)
{
    for (const search::SearchToken& token : index.text().tokens(query)) {
        if (token.stopWord)
            continue;
        if (token.number || token.unit || (index.wordId(token.surface) < 0 && index.termId(token.stem) < 0))
            return true;
    }
    return false;
}

search::SearchOptions batchOptions()
{
    search::SearchOptions options;
    options.top = 10;
    options.parse.prefixLastWord = false; // whole queries, not typing
    return options;
}

void reportLatency(const char* label, const Latency& ours, const Latency& peer)
{
    out() << QStringLiteral(
        "  %1: Flywheel p50 %2 ms, p99 %3 ms (processor time p50 %4 ms, p99 %5 ms), %6 queries/s | FTS5 p50 %7 "
        "ms, p99 %8 ms, %9 queries/s | speed ratio %10x\n")
                 .arg(QString::fromUtf8(label))
                 .arg(Latency::percentile(ours.wall, 0.5) / 1000.0, 0, 'f', 3)
                 .arg(Latency::percentile(ours.wall, 0.99) / 1000.0, 0, 'f', 3)
                 .arg(Latency::percentile(ours.cpu, 0.5) / 1000.0, 0, 'f', 3)
                 .arg(Latency::percentile(ours.cpu, 0.99) / 1000.0, 0, 'f', 3)
                 .arg(ours.perSecond(), 0, 'f', 0)
                 .arg(Latency::percentile(peer.wall, 0.5) / 1000.0, 0, 'f', 3)
                 .arg(Latency::percentile(peer.wall, 0.99) / 1000.0, 0, 'f', 3)
                 .arg(peer.perSecond(), 0, 'f', 0)
                 .arg(peer.perSecond() > 0 ? ours.perSecond() / peer.perSecond() : 0.0, 0, 'f', 1);
}

/// The queries that took the most processor time, to see what the tail of the latency is made of.
void reportSlowest(const std::vector<QString>& queries, const Latency& latency, size_t count)
{
    std::vector<size_t> order(queries.size());
    std::iota(order.begin(), order.end(), size_t(0));
    count = std::min(count, order.size());
    std::partial_sort(order.begin(), order.begin() + qsizetype(count), order.end(),
        [&latency](size_t a, size_t b) { return latency.cpu[a] > latency.cpu[b]; });
    for (size_t i = 0; i < count; ++i)
        out() << QStringLiteral("    %1 ms (wall %2 ms)  %3\n")
                     .arg(latency.cpu[order[i]] / 1000.0, 0, 'f', 3)
                     .arg(latency.wall[order[i]] / 1000.0, 0, 'f', 3)
                     .arg(queries[order[i]]);
}

void homeDepot(size_t limit, size_t slowest)
{
    auto data = readHomeDepot();
    if (!data)
        return;
    QElapsedTimer timer;
    timer.start();
    std::vector<search::Document> docs;
    for (size_t i = 0; i < data->titles.size(); ++i) {
        search::Document doc;
        doc.productId = std::int64_t(i);
        doc.handle = data->uids[i];
        doc.fields[size_t(search::Field::Title)] = data->titles[i];
        docs.push_back(std::move(doc));
    }
    const search::Engine engine(std::make_shared<const search::Index>(search::Index::build(std::move(docs))));
    const qint64 indexMs = timer.elapsed();
    timer.restart();
    Fts5 fts(data->titles);
    const qint64 ftsMs = timer.elapsed();
    out() << QStringLiteral("Home Depot: %1 products, %2 queries (index built in %3 ms; FTS5 in %4 ms)\n")
                 .arg(data->titles.size())
                 .arg(std::min(limit, data->queries.size()))
                 .arg(indexMs)
                 .arg(ftsMs);

    double ours = 0, peer = 0, oursHard = 0, peerHard = 0;
    int hard = 0;
    Latency oursTime, peerTime;
    std::vector<QString> asked;
    const search::SearchOptions options = batchOptions();
    const size_t count = std::min(limit, data->queries.size());
    for (size_t q = 0; q < count; ++q) {
        const Judged& judged = data->queries[q];
        const search::SearchResult result = oursTime.measure([&] { return engine.search(judged.query, options); });
        asked.push_back(judged.query);
        std::vector<QString> ranked;
        for (const search::Hit& hit : result.hits)
            ranked.push_back(data->uids[hit.doc]);
        const std::vector<size_t> peerRows = peerTime.measure([&] { return fts.search(judged.query); });
        std::vector<QString> peerRanked;
        for (size_t row : peerRows)
            peerRanked.push_back(data->uids[row]);
        const double a = ndcgAt10(judged, ranked);
        const double b = ndcgAt10(judged, peerRanked);
        ours += a;
        peer += b;
        if (typoOrUnit(engine.index(), judged.query)) {
            ++hard;
            oursHard += a;
            peerHard += b;
        }
    }
    const double n = double(count);
    out() << QStringLiteral("  nDCG@10: Flywheel %1 | FTS5 %2 | ratio %3 (goal >= 1.25)\n")
                 .arg(ours / n, 0, 'f', 4)
                 .arg(peer / n, 0, 'f', 4)
                 .arg(peer > 0 ? ours / peer : 0.0, 0, 'f', 3);
    out() << QStringLiteral("  queries with a typo or unit notation (%1): Flywheel %2 | FTS5 %3 | ratio %4\n")
                 .arg(hard)
                 .arg(hard ? oursHard / hard : 0.0, 0, 'f', 4)
                 .arg(hard ? peerHard / hard : 0.0, 0, 'f', 4)
                 .arg(peerHard > 0 ? oursHard / peerHard : 0.0, 0, 'f', 3);
    reportLatency("latency", oursTime, peerTime);
    reportSlowest(asked, oursTime, slowest);

    // How much any reordering of the engine's results could gain, and how much one learned from the
    // judgments themselves does: what separates the judged products from the unjudged ones with
    // equally good titles is mostly not in the titles.
    std::vector<bench::JudgedQuery> judged;
    for (size_t q = 0; q < count; ++q) {
        bench::JudgedQuery query { data->queries[q].query, {} };
        for (auto it = data->queries[q].relevance.cbegin(); it != data->queries[q].relevance.cend(); ++it)
            query.gain.insert(data->documentOf.value(it.key()), gain(it.value()));
        judged.push_back(std::move(query));
    }
    constexpr size_t kPool = 50;
    const bench::RankingBound bound = bench::rankingBound(engine, data->titles, judged, kPool);
    out() << QStringLiteral("  reordering the first %1 results (%2 as they are): best possible order %3; a ranker "
                            "fitted on the other half of the queries' judgments from titles and engine scores %4 "
                            "(ratio to FTS5 %5)\n")
                 .arg(kPool)
                 .arg(bound.engine, 0, 'f', 4)
                 .arg(bound.bestOrder, 0, 'f', 4)
                 .arg(bound.learned, 0, 'f', 4)
                 .arg(peer > 0 ? bound.learned / (peer / n) : 0.0, 0, 'f', 3);
}

void demoCatalog(size_t slowest)
{
    demo::DemoOptions options;
    auto calendar = demo::Calendar::create(1);
    if (!calendar)
        return;
    demo::World world(options, demo::ScaleSpec { 1, 100000, 0, 0, 0, 0 }, std::move(*calendar));
    demo::Random random(options.seed, 1);
    QElapsedTimer timer;
    timer.start();
    demo::buildCatalog(world, random);
    std::vector<search::Document> docs;
    std::vector<QString> titles;
    for (const demo::Product& product : world.products) {
        search::Document doc;
        doc.productId = product.id;
        doc.handle = QString::fromStdString(product.handle);
        doc.fields[size_t(search::Field::Title)] = QString::fromStdString(product.title);
        doc.fields[size_t(search::Field::Type)] = QString::fromStdString(product.type);
        doc.fields[size_t(search::Field::Vendor)] = QString::fromStdString(product.vendor);
        doc.fields[size_t(search::Field::Tags)] = QString::fromStdString(product.tags);
        doc.fields[size_t(search::Field::Description)] = QString::fromStdString(product.description);
        for (const std::string& colour : product.colors)
            doc.attributes.push_back({ QStringLiteral("color"), QString::fromStdString(colour) });
        titles.push_back(doc.fields[size_t(search::Field::Title)] + u' ' + doc.fields[size_t(search::Field::Type)]
            + u' ' + doc.fields[size_t(search::Field::Tags)] + u' ' + doc.fields[size_t(search::Field::Description)]);
        docs.push_back(std::move(doc));
    }
    const qint64 generated = timer.restart();
    const search::Engine engine(std::make_shared<const search::Index>(search::Index::build(std::move(docs))));
    const qint64 indexed = timer.restart();
    Fts5 fts(titles);
    const qint64 ftsIndexed = timer.elapsed();
    out() << QStringLiteral("Demo catalog: %1 products (made in %2 ms, indexed in %3 ms; FTS5 in %4 ms)\n")
                 .arg(world.products.size())
                 .arg(generated)
                 .arg(indexed)
                 .arg(ftsIndexed);
    // Queries shoppers type: one to three words of the catalog's titles, some with a letter swapped.
    demo::Random pick(options.seed, 2);
    Latency oursTime, peerTime;
    std::vector<QString> asked;
    const search::SearchOptions searchOptions = batchOptions();
    for (int q = 0; q < 5000; ++q) {
        const demo::Product& product = world.products[size_t(pick.below(qint64(world.products.size())))];
        QStringList words = QString::fromStdString(product.title).split(u' ', Qt::SkipEmptyParts);
        const qsizetype take = std::min<qsizetype>(words.size(), 1 + pick.below(3));
        QStringList query = words.mid(words.size() - take);
        if (pick.chance(0.2) && query.front().size() > 4) {
            QString& word = query.front();
            std::swap(word[1], word[2]);
        }
        const QString text = query.join(u' ');
        oursTime.measure([&] { return engine.search(text, searchOptions); });
        asked.push_back(text);
        peerTime.measure([&] { return fts.search(text); });
    }
    reportLatency("latency (5,000 queries)", oursTime, peerTime);
    reportSlowest(asked, oursTime, slowest);
}

/// The Search stage on the demo store: are the planted failed searches sorted right?
void demoTriage()
{
    QTemporaryDir dir;
    auto db = openStore(dir.filePath(QStringLiteral("demo.flywheel")));
    if (!db)
        return;
    demo::DemoOptions options;
    options.outDir = dir.filePath(QStringLiteral("files"));
    if (!demo::createDemoStore(*db, options))
        return;
    Pipeline pipeline(createStages());
    QElapsedTimer timer;
    timer.start();
    auto runs = pipeline.run(*db, QStringLiteral("search"), nullptr, 7, flywheel::Pipeline::Mode::Full);
    if (!runs || runs->isEmpty())
        return;
    QFile truthFile(dir.filePath(QStringLiteral("files/ground_truth.json")));
    if (!truthFile.open(QIODevice::ReadOnly))
        return;
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
    std::map<QString, std::pair<QString, QString>> found; // query -> diagnosis, fix
    auto select = db->prepare("SELECT query, diagnosis, coalesce(fix, '') FROM search_diagnoses");
    if (!select || !select->forEachRow([&](Statement& row) { found[row.text(0)] = { row.text(1), row.text(2) }; }))
        return;
    out() << QStringLiteral("Demo store triage (small; search stage %1 ms, %2 queries):\n")
                 .arg(runs->back().durationMs)
                 .arg(found.size());
    const auto score = [&](const char* label, const QString& diagnosis, const QJsonArray& planted, bool pairs) {
        int right = 0;
        int fixed = 0;
        for (const QJsonValue& value : planted) {
            const QString query = pairs ? value.toObject().value(QStringLiteral("query")).toString() : value.toString();
            const auto it = found.find(query);
            if (it == found.end() || it->second.first != diagnosis)
                continue;
            ++right;
            if (pairs && it->second.second == value.toObject().value(QStringLiteral("intended")).toString())
                ++fixed;
        }
        int labelled = 0;
        for (const auto& [query, result] : found)
            labelled += result.first == diagnosis ? 1 : 0;
        out() << QStringLiteral("  %1: %2 in the ground truth, %3 labelled so, precision %4, recall %5")
                     .arg(QString::fromUtf8(label))
                     .arg(planted.size())
                     .arg(labelled)
                     .arg(labelled ? double(right) / labelled : 0.0, 0, 'f', 2)
                     .arg(planted.isEmpty() ? 0.0 : double(right) / double(planted.size()), 0, 'f', 2);
        if (pairs)
            out() << QStringLiteral(", fixed to the intended words %1 of %2").arg(fixed).arg(planted.size());
        out() << "\n";
    };
    score("typo", QStringLiteral("typo"), truth.value(QStringLiteral("typo_queries")).toArray(), true);
    score("wording gap", QStringLiteral("wording"), truth.value(QStringLiteral("synonym_queries")).toArray(), true);
    score("not carried", QStringLiteral("not_carried"), truth.value(QStringLiteral("not_carried_queries")).toArray(),
        false);
}

} // namespace

int main(int argc, char** argv)
{
    flywheel::prepareProcess();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    size_t limit = std::numeric_limits<size_t>::max();
    if (const qsizetype at = args.indexOf(QStringLiteral("--queries")); at >= 0 && at + 1 < args.size())
        limit = args[at + 1].toULongLong();
    size_t slowest = 0;
    if (const qsizetype at = args.indexOf(QStringLiteral("--slowest")); at >= 0 && at + 1 < args.size())
        slowest = args[at + 1].toULongLong();
    if (!args.contains(QStringLiteral("--skip-triage")))
        demoTriage();
    homeDepot(limit, slowest);
    if (!args.contains(QStringLiteral("--skip-demo")))
        demoCatalog(slowest);
    return 0;
}
