#pragma once

#include "demo/Calendar.h"
#include "demo/DemoStore.h"

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace flywheel::demo {

enum class Department : quint8 { Outerwear, Knitwear, Tops, Bottoms, Dresses, Footwear, Accessories, Gear };
enum class Gender : quint8 { Men, Women, Unisex };
enum class ProductStatus : quint8 { Active, Draft, Archived };

/// How big a store each Scale is.
struct ScaleSpec {
    int years = 1;
    int products = 0; ///< product count to reach, or 0 to stop at `variants`
    int variants = 0;
    qint64 orderLines = 0;
    double ticketsPerOrder = 0.0;
    double reviewsPerLine = 0.0;
};

struct Variant {
    std::string sku;
    std::string barcode;
    std::string size;  ///< empty when the product has no size option
    std::string color; ///< empty when the product has no colour option
    std::string title; ///< "M / Black", "Black" or "Default Title"
    int grams = 0;
    double demand = 1.0; ///< share of the product's sales

    // Filled by the order simulation.
    int unitsSold = 0;
    int recentUnits = 0; ///< sold in the last kRecentWeeks weeks
    int committed = 0;   ///< in orders not yet fulfilled

    // Filled by the inventory plan.
    int onHandMain = 0;
    int onHandStore = 0;
    int incoming = 0;
    int unavailable = 0;
    bool stockedInStore = true;
    bool overstocked = false;
};

struct Product {
    std::string title;
    std::string handle;
    std::string vendor;
    std::string type;
    std::string category;
    std::string tags;
    std::string description;
    std::string seoDescription;
    std::string material;
    std::string fit;  ///< e.g. "true to size", "runs small"
    std::string care; ///< e.g. "machine washable"
    std::string sizeOption;
    std::string colorOption;
    std::vector<std::string> colors;
    std::vector<Variant> variants;
    std::vector<double> variantCumulative;

    int kind = 0;
    Department department = Department::Gear;
    Gender gender = Gender::Unisex;
    Season season = Season::Flat;
    ProductStatus status = ProductStatus::Active;
    qint64 id = 0;
    qint64 launchPrice = 0; ///< cents, before any price change
    qint64 price = 0;       ///< cents, current
    qint64 compareAt = 0;   ///< cents, current; 0 when not on sale
    qint64 cost = 0;
    int priceChangeDay = -1;
    double elasticity = 0.0;
    int launchDay = 0;
    int archiveDay = 0; ///< first day it no longer sells
    double popularity = 1.0;
    double quality = 0.8; ///< 0..1; low quality means poor reviews and more returns
    bool waterproof = false;
    int gap = -1; ///< index into World::gaps, -1 when the product page is complete

    [[nodiscard]] qint64 priceOn(int day) const { return priceChangeDay >= 0 && day >= priceChangeDay ? price : launchPrice; }
    [[nodiscard]] qint64 compareAtOn(int day) const
    {
        return priceChangeDay >= 0 && day >= priceChangeDay ? compareAt : 0;
    }
    [[nodiscard]] bool sellsOn(int day) const { return status != ProductStatus::Draft && day >= launchDay && day < archiveDay; }
};

struct City {
    const char* name;
    const char* provinceCode;
    const char* provinceName;
    const char* zip;
    const char* areaCode;
    int taxMilliPercent; ///< sales tax in thousandths of a percent: 8875 = 8.875%
    double weight;
};

struct Customer {
    std::string firstName;
    std::string lastName;
    std::string email;
    std::string phone; ///< E.164, empty when none was given
    std::string address1;
    std::string address2;
    std::string zip;
    std::string company;
    qint64 id = 0;
    int city = 0;
    int joinDay = 0;
    int churnDay = 0;
    double propensity = 1.0;
    bool acceptsEmail = false;
    bool acceptsSms = false;
    bool dealSeeker = false;
    bool storeShopper = false; ///< lives near the Brooklyn store and sometimes buys there

    int orders = 0;
    int campaignOrders = 0; ///< orders placed on days a seasonal code ran
    qint64 spent = 0;
};

struct Campaign {
    std::string code;
    int percent = 0;
    int firstDay = 0;
    int lastDay = 0;
    double trafficBoost = 1.0;
    bool firstOrderOnly = false;
    bool personal = false; ///< one customer's code from a pushed promotion, never a store-wide sale
};

enum class Financial : quint8 { Paid, Refunded, PartiallyRefunded, Voided };
enum class ShippingMethod : quint8 { None, Standard, Express, Free };

struct Line {
    int product = 0;
    int variant = 0;
    int quantity = 1;
    qint64 price = 0;
    qint64 compareAt = 0;
    qint64 discount = 0; ///< share of the order discount
    bool returned = false;
};

struct Order {
    qint64 id = 0;
    int number = 0;
    int customer = 0;
    int day = 0;
    int second = 0;
    int firstLine = 0;
    int lineCount = 0;
    int campaign = -1;
    int fulfilledDay = -1; ///< -1 while unfulfilled
    int fulfilledSecond = 0;
    int taxMilliPercent = 0;
    qint64 subtotal = 0; ///< line totals minus the discount, as Shopify reports it
    qint64 discount = 0;
    qint64 shipping = 0;
    qint64 tax = 0;
    qint64 total = 0;
    qint64 refunded = 0;
    Financial financial = Financial::Paid;
    ShippingMethod shippingMethod = ShippingMethod::Standard;
    bool inStore = false;
    quint8 payment = 0;
    qint8 utmSource = -1;
};

/// A product whose page leaves out something customers keep asking about.
struct ContentGap {
    int product = 0;
    std::string attribute; ///< what is missing: "waterproof", "machine washable", "true to size"
    std::string value;     ///< the truth, as reviews and the team's answers tell it
    int tickets = 0;
    bool answered = false; ///< the page or the store's FAQ answers it now (an action the owner pushed)
};

/// Share of a content gap's questions still asked once the page or the FAQ answers it.
inline constexpr double kAnsweredQuestionShare = 0.15;

/// A search query whose volume steps up from a day on, and the products that sell more with it.
struct Spike {
    std::string query;
    std::vector<std::string> titleWords; ///< products whose title holds all of these follow the spike
    int fromDay = 0;
    double factor = 3.0;
};

/// What a generated ticket is about, for checking the service stage against.
struct TicketLabel {
    int id = 0;
    std::string intent;
    std::string handle;    ///< product the ticket is about (named in it or in its order), empty when none
    std::string attribute; ///< attribute asked about, empty when none
};

/// A planted search query and what the shopper meant.
struct QueryPair {
    std::string query;
    std::string intended;
};

/// A search fix the owner pushed: a synonym group, or the one query a redirect or a landing page
/// answers. Searches it covers that found nothing find products from then on.
struct SearchFix {
    std::string subject;            ///< the pushed action's subject key
    std::vector<std::string> words; ///< the group's words, or the one query
    bool synonyms = false;
};

/// A search that found nothing before and finds products now, and the fix that did it.
struct FixedQuery {
    std::string query;
    std::string subject;
    int results = 0;
};

inline constexpr int kFirstTicketId = 10001;

/// The days the export writers cover: the whole generated history, or one later period of an
/// advanced demo store, of which they write only what happened in it (the store holds the rest).
struct Period {
    [[nodiscard]] bool later() const { return firstDay > 0; }

    int firstDay = 0;
    size_t firstOrder = 0;    ///< orders before it belong to earlier periods
    size_t firstCustomer = 0; ///< customers before it are written only when they ordered in it
    int firstTicketId = kFirstTicketId;
    qint64 firstReviewSerial = 0;
    /// Searches (and clicks) by query already reported for the week the period starts in: its
    /// report covers that whole week again.
    std::unordered_map<std::string, std::pair<int, int>> reportedWeek;
};

/// Everything generated, shared by the file writers and the ground truth.
struct World {
    World(DemoOptions demoOptions, ScaleSpec scaleSpec, Calendar days)
        : options(std::move(demoOptions)), spec(scaleSpec), calendar(std::move(days))
    {
    }

    DemoOptions options;
    ScaleSpec spec;
    Calendar calendar;
    Period period;
    std::vector<Product> products;
    std::vector<Customer> customers;
    std::vector<Order> orders;
    std::vector<Line> lines;
    std::vector<Campaign> campaigns;
    std::vector<ContentGap> gaps;
    std::vector<Spike> spikes;
    std::vector<TicketLabel> ticketLabels;
    std::vector<int> lowRatedProducts;
    std::vector<std::string> notCarriedQueries;
    std::vector<QueryPair> typoQueries;
    std::vector<QueryPair> synonymQueries; ///< the shopper's word for something the catalog names differently
    std::vector<SearchFix> searchFixes;
    std::vector<FixedQuery> fixedQueries;
    std::vector<std::string> repliedIntents; ///< ticket intents a pushed saved reply or FAQ entry answers
    int reviewCount = 0;
    int searchRowCount = 0;
};

/// Weeks counted as "recent" sales when stock is planned and overstock judged.
inline constexpr int kRecentWeeks = 12;

} // namespace flywheel::demo
