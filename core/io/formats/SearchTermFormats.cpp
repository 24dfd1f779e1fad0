#include "io/formats/Formats.h"

#include "io/formats/FormatBase.h"
#include "io/formats/SharedFields.h"

namespace flywheel::formats {

namespace {

// Every site-search tool's report is read through the same fields (FORMATS.md 1.7 and 5); a layout
// lists the ones its export has and the headers each goes by there.
enum Field { Date, Query, Searches, Clicks, Results, Conversions, FieldCount };

struct SearchLayout {
    std::string_view name;
    std::string_view platform;
    const char* title; ///< translated in the SearchTermImporter context
    std::vector<FieldSpec> fields;
};

// Shopify's "Searches by search query" / "Searches with no results" reports. Their exported headers
// are not documented, so every plausible name is accepted; the report covers one date range unless
// it has a day column.
const SearchLayout kShopify {
    "shopify-searches",
    "shopify",
    QT_TRANSLATE_NOOP("SearchTermImporter", "Shopify search report"),
    {
        { Date, { "day", "date", "week", "month" } },
        { Query, { "search query", "search term", "online store search query" }, true },
        { Searches, { "searches", "total searches", "search count", "sessions with search" }, true },
        { Clicks, { "searches with clicks", "clicks" } },
        { Results, { "results", "search results" } },
        { Conversions, { "searches with conversions", "conversions" } },
    },
};

// A GA4 exploration of the view_search_results event: "Search term" with its event count.
const SearchLayout kGa4 {
    "ga4-search-terms",
    "ga4",
    QT_TRANSLATE_NOOP("SearchTermImporter", "Google Analytics 4 search terms"),
    {
        { Date, { "date", "week", "month" } },
        { Query, { "search term" }, true },
        { Searches, { "event count", "views" }, true },
        { Conversions, { "conversions", "key events", "purchases" } },
    },
};

// Algolia's top searches: search, count, nbHits (the results the index returned).
const SearchLayout kAlgolia {
    "algolia-searches",
    "algolia",
    QT_TRANSLATE_NOOP("SearchTermImporter", "Algolia top searches"),
    {
        { Date, { "date" } },
        { Query, { "search" }, true },
        { Searches, { "count" }, true },
        { Clicks, { "clickcount", "click count" } },
        { Results, { "nbhits", "hits" } },
        { Conversions, { "conversioncount", "conversion count" } },
    },
};

// Flywheel's own layout, documented in the README; other tools map onto it with a column mapping.
const SearchLayout kGeneric {
    "generic-search-terms",
    "generic",
    QT_TRANSLATE_NOOP("SearchTermImporter", "Search terms (date, query, searches, clicks, results)"),
    {
        { Date, { "date" } },
        { Query, { "query" }, true },
        { Searches, { "searches" }, true },
        { Clicks, { "clicks" } },
        { Results, { "results" } },
        { Conversions, { "conversions" } },
    },
};

/// A report's day: "20241001" (GA4), "2024-10-01", "Oct 1, 2024" and the platforms' other forms, as
/// written (no time-zone shift: a report day is already the store's day).
values::Parsed<std::string> reportDay(std::string_view text, values::DateOrder order)
{
    std::string compact;
    if (text.size() == 8 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        compact = std::string(text.substr(0, 4)) + '-' + std::string(text.substr(4, 2)) + '-'
            + std::string(text.substr(6, 2));
        text = compact;
    }
    auto timestamp = values::utcTimestamp(text, QTimeZone::utc(), order);
    if (!timestamp || !*timestamp)
        return timestamp;
    return (*timestamp)->substr(0, 10);
}

/// One query (per period) per row.
class SearchTermImporter final : public FormatBase {
    Q_DECLARE_TR_FUNCTIONS(SearchTermImporter)
public:
    explicit SearchTermImporter(const SearchLayout& layout)
        : m_layout(layout)
        , m_slots(layout.fields, FieldCount)
    {
    }

    std::string_view name() const override { return m_layout.name; }
    std::string_view platform() const override { return m_layout.platform; }
    QString title() const override { return tr(m_layout.title); }
    const std::vector<FieldSpec>& fields() const override { return m_slots.fields(); }

    Result<void> begin(ImportContext& context) override
    {
        m_dateOrder = context.dateOrder;
        const auto has = [this](Field field) { return m_slots.inFile(field, m_columnOfField); };
        m_terms.emplace(context.db, context.batchId, "search_terms",
            std::vector<std::string> { "platform", "source_key" },
            std::vector<std::string> { "period_start", "query", "searches", "clicks", "results", "conversions" },
            std::vector<bool> { has(Date), true, true, has(Clicks), has(Results), has(Conversions) });
        return {};
    }

    RowResult importRow(const Row& fileRow, ParsedRow*, ImportContext&) override
    {
        const SharedRow row(fileRow, m_slots, m_columnOfField);
        // Kept as typed: reports list "Rain Jacket" and "rain jacket" apart, and the Search stage
        // adds them up when it folds queries.
        const std::string_view query = row[Query];
        // GA4 and spreadsheet exports end (or start) with a totals row that has no query.
        if (query.empty())
            return rejectRow(row.reject(Query, tr("the row has no search query (a totals row is skipped this way)")));
        FLYWHEEL_READ_CELL(searches, row.integer(Searches));
        if (!searches)
            return rejectRow(row.reject(Searches, tr("the row has no number of searches")));
        if (*searches < 0)
            return rejectRow(row.reject(Searches, tr("the number of searches is negative")));
        FLYWHEEL_READ_CELL(clicks, row.integer(Clicks));
        FLYWHEEL_READ_CELL(results, row.integer(Results));
        FLYWHEEL_READ_CELL(conversions, row.integer(Conversions));
        std::optional<std::string> day;
        if (!row[Date].empty()) {
            auto parsed = reportDay(row[Date], m_dateOrder);
            if (!parsed) {
                return rejectRow(row.reject(Date,
                    QStringLiteral("\"%1\" %2")
                        .arg(QString::fromUtf8(row[Date].data(), qsizetype(row[Date].size())), parsed.error())));
            }
            day = *parsed;
        }
        // A report without days covers one range: its rows are keyed by query alone, so importing a
        // newer report of the same kind replaces the figures instead of adding to them.
        const std::string key = day.value_or(std::string()) + '|' + std::string(query);
        const std::array keys { SqlValue { m_layout.platform }, SqlValue { std::string_view(key) } };
        const std::array vals { optional(day), SqlValue { query }, SqlValue { *searches }, optional(clicks),
            optional(results), optional(conversions) };
        FLYWHEEL_TRY(written, m_terms->upsert(keys, vals));
        return accepted(written.outcome);
    }

private:
    const SearchLayout& m_layout;
    FieldSlots m_slots;
    values::DateOrder m_dateOrder = values::DateOrder::Auto;
    std::optional<TableWriter> m_terms;
};

} // namespace

std::unique_ptr<Importer> makeShopifySearchesImporter()
{
    return std::make_unique<SearchTermImporter>(kShopify);
}

std::unique_ptr<Importer> makeGa4SearchTermsImporter()
{
    return std::make_unique<SearchTermImporter>(kGa4);
}

std::unique_ptr<Importer> makeAlgoliaSearchesImporter()
{
    return std::make_unique<SearchTermImporter>(kAlgolia);
}

std::unique_ptr<Importer> makeGenericSearchTermsImporter()
{
    return std::make_unique<SearchTermImporter>(kGeneric);
}

} // namespace flywheel::formats
