#include "demo/Files.h"

#include "demo/Format.h"

#include <algorithm>
#include <cmath>

namespace flywheel::demo {

namespace {
using namespace std::string_view_literals;

constexpr std::array kSearchHeader = {"date"sv, "query"sv, "searches"sv, "clicks"sv, "results"sv};
/// Site searches per order: most visitors who buy searched a few times on the way.
constexpr double kSearchesPerOrder = 6.0;

struct Query {
    std::string text;
    Season season = Season::Flat;
    double share = 1.0; ///< relative volume
    double clickRate = 0.4;
    int spike = -1;
    int results = 0;
};

struct HeadTerm {
    std::string_view text;
    Season season;
};

constexpr std::array kHeadTerms = {
    HeadTerm{"jacket", Season::Winter},      HeadTerm{"rain jacket", Season::Shoulder},
    HeadTerm{"down jacket", Season::Winter}, HeadTerm{"puffer vest", Season::Winter},
    HeadTerm{"fleece", Season::Winter},      HeadTerm{"parka", Season::Winter},
    HeadTerm{"sweater", Season::Winter},     HeadTerm{"merino", Season::Winter},
    HeadTerm{"cardigan", Season::Winter},    HeadTerm{"hoodie", Season::Flat},
    HeadTerm{"flannel", Season::Winter},     HeadTerm{"linen shirt", Season::Summer},
    HeadTerm{"linen", Season::Summer},       HeadTerm{"linen trousers", Season::Summer},
    HeadTerm{"tee", Season::Flat},           HeadTerm{"shorts", Season::Summer},
    HeadTerm{"hiking pants", Season::Shoulder}, HeadTerm{"jeans", Season::Flat},
    HeadTerm{"chinos", Season::Flat},        HeadTerm{"dress", Season::Summer},
    HeadTerm{"linen dress", Season::Summer}, HeadTerm{"hiking boots", Season::Shoulder},
    HeadTerm{"trail runner", Season::Flat},  HeadTerm{"sandals", Season::Summer},
    HeadTerm{"sneakers", Season::Summer},    HeadTerm{"slippers", Season::Holiday},
    HeadTerm{"winter boots", Season::Winter}, HeadTerm{"beanie", Season::Winter},
    HeadTerm{"scarf", Season::Winter},       HeadTerm{"gloves", Season::Winter},
    HeadTerm{"socks", Season::Holiday},      HeadTerm{"sun hat", Season::Summer},
    HeadTerm{"cap", Season::Flat},           HeadTerm{"belt", Season::Flat},
    HeadTerm{"water bottle", Season::Summer}, HeadTerm{"headlamp", Season::Shoulder},
    HeadTerm{"tent", Season::Summer},        HeadTerm{"sleeping bag", Season::Summer},
    HeadTerm{"hammock", Season::Summer},     HeadTerm{"mug", Season::Holiday},
    HeadTerm{"waterproof jacket", Season::Shoulder}, HeadTerm{"mens jacket", Season::Winter},
    HeadTerm{"womens sweater", Season::Winter}, HeadTerm{"black jacket", Season::Winter},
    HeadTerm{"navy sweater", Season::Winter}, HeadTerm{"olive pants", Season::Flat},
    HeadTerm{"recycled", Season::Flat},      HeadTerm{"gift", Season::Holiday},
};

constexpr std::array kNotCarried = {
    HeadTerm{"kayak", Season::Summer},        HeadTerm{"ski goggles", Season::Winter},
    HeadTerm{"snowboard", Season::Winter},    HeadTerm{"bike helmet", Season::Summer},
    HeadTerm{"fishing rod", Season::Summer},  HeadTerm{"yoga mat", Season::Flat},
    HeadTerm{"swimsuit", Season::Summer},     HeadTerm{"sunglasses", Season::Summer},
    HeadTerm{"climbing rope", Season::Shoulder}, HeadTerm{"golf shoes", Season::Summer},
};

struct Planted {
    std::string_view query;
    std::string_view intended;
    Season season;
};

constexpr std::array kTypos = {
    Planted{"jakcet", "jacket", Season::Winter},         Planted{"rian coat", "rain coat", Season::Shoulder},
    Planted{"sweter", "sweater", Season::Winter},        Planted{"hikng boots", "hiking boots", Season::Shoulder},
    Planted{"linnen", "linen", Season::Summer},          Planted{"beanei", "beanie", Season::Winter},
    Planted{"sandels", "sandals", Season::Summer},       Planted{"flece", "fleece", Season::Winter},
    Planted{"merion", "merino", Season::Winter},         Planted{"parke", "parka", Season::Winter},
};

constexpr std::array kSynonyms = {
    Planted{"jumper", "sweater", Season::Winter},        Planted{"raincoat", "rain coat", Season::Shoulder},
    Planted{"rucksack", "daypack", Season::Flat},        Planted{"toque", "beanie", Season::Winter},
    Planted{"windbreaker", "shell jacket", Season::Shoulder}, Planted{"trainers", "trail runner", Season::Flat},
};

/// Lower-case words with a crude plural strip, the way a basic store search matches.
std::vector<std::string> tokens(std::string_view text)
{
    std::vector<std::string> out;
    std::string word;
    const auto flush = [&] {
        if (word.size() > 3 && word.back() == 's')
            word.pop_back();
        if (!word.empty())
            out.push_back(word);
        word.clear();
    };
    for (char c : fmt::lower(text)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            word += c;
        else
            flush();
    }
    flush();
    return out;
}

int countResults(const std::vector<std::vector<std::string>>& catalog, std::string_view query)
{
    const std::vector<std::string> wanted = tokens(query);
    int count = 0;
    for (const auto& words : catalog) {
        bool all = true;
        for (const std::string& token : wanted)
            all = all && std::find(words.begin(), words.end(), token) != words.end();
        count += all ? 1 : 0;
    }
    return count;
}

std::vector<Query> buildQueries(World& world, const std::vector<std::vector<std::string>>& catalog, Random& random)
{
    std::vector<Query> queries;
    for (const HeadTerm& term : kHeadTerms)
        queries.push_back({std::string(term.text), term.season, 1.0, random.uniform(0.3, 0.6)});
    // Shoppers also type product names: the best known ones and the planted gap products.
    std::vector<std::pair<double, int>> byPopularity;
    for (size_t p = 0; p < world.products.size(); ++p) {
        if (world.products[p].status == ProductStatus::Active)
            byPopularity.emplace_back(-world.products[p].popularity, static_cast<int>(p));
    }
    std::sort(byPopularity.begin(), byPopularity.end());
    const size_t named = std::min(byPopularity.size(), world.products.size() / 40 + 8);
    for (size_t i = 0; i < named; ++i) {
        const Product& product = world.products[static_cast<size_t>(byPopularity[i].second)];
        queries.push_back({fmt::lower(product.title), product.season, 0.15, random.uniform(0.5, 0.75)});
    }
    for (const HeadTerm& term : kNotCarried) {
        queries.push_back({std::string(term.text), term.season, 0.12, 0.0});
        world.notCarriedQueries.emplace_back(term.text);
    }
    for (const Planted& typo : kTypos) {
        queries.push_back({std::string(typo.query), typo.season, 0.08, 0.0});
        world.typoQueries.push_back({std::string(typo.query), std::string(typo.intended)});
    }
    for (const Planted& synonym : kSynonyms) {
        queries.push_back({std::string(synonym.query), synonym.season, 0.1, 0.0});
        world.synonymQueries.push_back({std::string(synonym.query), std::string(synonym.intended)});
    }
    // Head terms get a long-tailed spread of volume down the list, roughened by a draw.
    for (size_t i = 0; i < kHeadTerms.size(); ++i)
        queries[i].share = random.uniform(0.6, 1.4) / detmath::pow(static_cast<double>(i) + 2.0, 0.6);
    for (Query& query : queries) {
        query.results = countResults(catalog, query.text);
        // A head term the generated catalog has no product for is not carried either: a small store
        // draws only some of the product lines.
        const auto index = static_cast<size_t>(&query - queries.data());
        if (index < kHeadTerms.size() && query.results == 0)
            world.notCarriedQueries.push_back(query.text);
        for (size_t s = 0; s < world.spikes.size(); ++s) {
            if (world.spikes[s].query == query.text) {
                query.spike = static_cast<int>(s);
                query.share = std::max(query.share, 0.3);
            }
        }
    }
    return queries;
}
/// Whether `words` holds `phrase` as consecutive words.
bool holdsPhrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase)
{
    return !phrase.empty()
           && std::search(words.begin(), words.end(), phrase.begin(), phrase.end()) != words.end();
}

/// What a fix makes a search that found nothing show: the products of the group's other words (a
/// synonym), or a landing page of a few (a redirect, a page for something not carried).
int resultsWithFix(const SearchFix& fix, const std::string& query, const std::vector<std::vector<std::string>>& catalog)
{
    constexpr int kLandingPageResults = 4;
    const std::vector<std::string> words = tokens(query);
    if (!fix.synonyms)
        return !fix.words.empty() && tokens(fix.words.front()) == words ? kLandingPageResults : 0;
    for (const std::string& member : fix.words) {
        const std::vector<std::string> phrase = tokens(member);
        if (!holdsPhrase(words, phrase))
            continue;
        int best = 0;
        for (const std::string& other : fix.words) {
            std::string rewritten = fmt::lower(query);
            const std::string lowered = fmt::lower(member);
            if (const size_t at = rewritten.find(lowered); at != std::string::npos)
                rewritten.replace(at, lowered.size(), fmt::lower(other));
            best = std::max(best, countResults(catalog, rewritten));
        }
        return best;
    }
    return 0;
}

/// Searches that found nothing and a pushed fix covers find products from now on.
void applyFixes(World& world, std::vector<Query>& queries, const std::vector<std::vector<std::string>>& catalog)
{
    constexpr double kFixedClickRate = 0.3;
    for (Query& query : queries) {
        if (query.results > 0)
            continue;
        for (const SearchFix& fix : world.searchFixes) {
            const int results = resultsWithFix(fix, query.text, catalog);
            if (results == 0)
                continue;
            query.results = results;
            query.clickRate = kFixedClickRate;
            world.fixedQueries.push_back({query.text, fix.subject, results});
            break;
        }
    }
}

std::vector<std::vector<std::string>> catalogWords(const World& world)
{
    std::vector<std::vector<std::string>> catalog;
    for (const Product& product : world.products) {
        if (product.status != ProductStatus::Active)
            continue;
        std::string text = product.title + " " + product.tags + " " + product.type;
        for (const std::string& colour : product.colors)
            text += " " + colour;
        catalog.push_back(tokens(text));
    }
    return catalog;
}

/// One row per query and week (dated on its Monday) of the period; the week it starts in is
/// reported whole again, with the searches already reported for it.
Result<void> writeWeeks(World& world, const std::vector<Query>& queries, Random& random, const QString& path)
{
    const Calendar& calendar = world.calendar;
    double shareTotal = 0.0;
    for (const Query& query : queries)
        shareTotal += query.share;

    // Orders per day, to give searches the store's own traffic shape.
    std::vector<int> ordersByDay(static_cast<size_t>(calendar.days()), 0);
    for (const Order& order : world.orders)
        ++ordersByDay[static_cast<size_t>(order.day)];

    auto writer = CsvWriter::open(path);
    if (!writer)
        return std::unexpected(writer.error());
    writeHeader(*writer, kSearchHeader);
    const int firstDay = world.period.firstDay;
    int firstMonday = calendar.mondayOf(firstDay);
    if (firstMonday < 0)
        firstMonday += 7;
    for (int monday = firstMonday; monday < calendar.days(); monday += 7) {
        const int end = std::min(monday + 7, calendar.days());
        double orders = 0.0;
        for (int day = std::max(monday, firstDay); day < end; ++day)
            orders += ordersByDay[static_cast<size_t>(day)];
        const int middle = std::min(monday + 3, calendar.days() - 1);
        const std::string date = calendar.date(monday);
        for (const Query& query : queries) {
            double expected = orders * kSearchesPerOrder * query.share / shareTotal * calendar.season(query.season, middle);
            if (query.spike >= 0 && monday >= world.spikes[static_cast<size_t>(query.spike)].fromDay)
                expected *= world.spikes[static_cast<size_t>(query.spike)].factor;
            int searches = random.poisson(expected);
            int clicks = searches > 0 && query.results > 0 ? random.binomial(searches, query.clickRate) : 0;
            if (monday < firstDay) {
                if (const auto reported = world.period.reportedWeek.find(query.text); reported != world.period.reportedWeek.end()) {
                    searches += reported->second.first;
                    clicks += reported->second.second;
                }
            }
            if (searches == 0)
                continue;
            writer->writeRow({date, query.text, fmt::integer(searches), fmt::integer(clicks), fmt::integer(query.results)});
            ++world.searchRowCount;
        }
    }
    return writer->close();
}
} // namespace

Result<void> writeSearchTerms(World& world, Random& random, const QString& path)
{
    const std::vector<Query> queries = buildQueries(world, catalogWords(world), random);
    return writeWeeks(world, queries, random, path);
}

Result<void> writeLaterSearchTerms(World& world, Random& historyRandom, Random& random, const QString& path)
{
    const std::vector<std::vector<std::string>> catalog = catalogWords(world);
    std::vector<Query> queries = buildQueries(world, catalog, historyRandom);
    applyFixes(world, queries, catalog);
    return writeWeeks(world, queries, random, path);
}

} // namespace flywheel::demo
