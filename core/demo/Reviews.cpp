#include "demo/Files.h"

#include "demo/Format.h"
#include "demo/WordLists.h"

#include <algorithm>
#include <cmath>

namespace flywheel::demo {

namespace {
using namespace std::string_view_literals;

// Judge.me export/import layout (FORMATS.md 3.5).
constexpr std::array kReviewHeader = {"title"sv,        "body"sv,       "rating"sv,       "review_date"sv,
                                      "source"sv,       "curated"sv,    "reviewer_name"sv, "reviewer_email"sv,
                                      "product_id"sv,   "product_handle"sv, "reply"sv,    "reply_date"sv,
                                      "picture_urls"sv, "ip_address"sv, "location"sv};

constexpr std::array kHappyTitles = {"Love it"sv, "Great quality"sv, "Exactly what I wanted"sv, "Five stars"sv,
                                     "Worth every penny"sv, "My new favorite"sv, "So comfortable"sv};
constexpr std::array kMiddleTitles = {"It's okay"sv, "Good, not great"sv, "Mixed feelings"sv, "Decent"sv};
constexpr std::array kUnhappyTitles = {"Disappointed"sv, "Fell apart"sv, "Not worth the price"sv, "Returned it"sv,
                                       "Poor quality"sv};
constexpr std::array kHappyOpeners = {
    "I've worn the {product} almost every day since it arrived."sv,
    "The {product} feels great and the colour is exactly like the photos."sv,
    "Second one I've bought, that says it all."sv,
    "Bought the {product} for my partner and now I want one too."sv};
constexpr std::array kMiddleOpeners = {"Nice {type} but the sleeves are a bit long for me."sv,
                                       "The colour is darker than pictured, otherwise fine."sv,
                                       "The fabric is thinner than I expected for the price."sv,
                                       "Does the job, nothing special."sv};
constexpr std::array kUnhappyOpeners = {"The zipper broke after {weeks} weeks."sv,
                                        "The seams started to fray after {weeks} weeks of normal wear."sv,
                                        "Pilled badly after two washes."sv,
                                        "Looks nothing like the photos and feels cheap."sv};
constexpr std::array kShopTitles = {"Great shop"sv, "Fast shipping"sv, "Lovely store"sv};
constexpr std::array kShopBodies = {"Fast shipping and everything was packed beautifully."sv,
                                    "Stopped by the Brooklyn store, staff were super helpful."sv,
                                    "Easy return process, will shop again."sv};

std::string_view departmentPraise(Department department)
{
    switch (department) {
    case Department::Outerwear:
        return "Kept me warm on a windy ridge walk.";
    case Department::Knitwear:
        return "Soft and not itchy at all.";
    case Department::Footwear:
        return "Comfortable right out of the box, no break-in needed.";
    case Department::Gear:
        return "Survived a week of camping without a scratch.";
    case Department::Accessories:
        return "Well made and a good gift.";
    default:
        break;
    }
    return "Washes well, no shrinking so far.";
}

/// What owners of a gap product say about the attribute the product page leaves out.
std::string_view gapSentence(const ContentGap& gap, const Product& product)
{
    if (gap.attribute == "waterproof")
        return product.department == Department::Footwear
                   ? "Waterproof for real, I walked through creek crossings with dry feet."
                   : "Fully waterproof, I was out in a downpour for an hour and stayed completely dry.";
    if (gap.attribute == "machine washable")
        return "I wash it in the machine on the cold wool cycle and it hasn't shrunk at all.";
    return product.department == Department::Footwear ? "Runs about half a size small, so order half a size up."
                                                      : "Runs small, I sized up and the fit is perfect.";
}

std::string_view fitSentence(const Product& product)
{
    if (product.fit == "runs small")
        return "Runs a little small, I'd size up.";
    if (product.fit == "runs large")
        return "Runs large, size down if you are between sizes.";
    return "True to size.";
}

int ratingFor(const Product& product, bool returned, Random& random)
{
    const double x = product.quality + random.normal(0.0, 0.22) - (returned ? 0.3 : 0.0);
    return x > 0.85 ? 5 : (x > 0.68 ? 4 : (x > 0.52 ? 3 : (x > 0.38 ? 2 : 1)));
}

std::string reviewBody(const World& world, const Product& product, int rating, Random& random)
{
    std::string body;
    const auto sentence = [&](std::string_view text) {
        if (!body.empty())
            body += ' ';
        body += text;
    };
    if (rating >= 4)
        sentence(random.pick(kHappyOpeners));
    else if (rating == 3)
        sentence(random.pick(kMiddleOpeners));
    else
        sentence(random.pick(kUnhappyOpeners));
    if (rating >= 4 && random.chance(0.5))
        sentence(departmentPraise(product.department));
    if (product.gap >= 0 && random.chance(0.5))
        sentence(gapSentence(world.gaps[static_cast<size_t>(product.gap)], product));
    else if (!product.fit.empty() && random.chance(product.fit == "true to size" ? 0.15 : 0.4))
        sentence(fitSentence(product));
    if (rating <= 2 && random.chance(0.4))
        sentence("Customer service was helpful with the return though.");
    fmt::replaceAll(body, "{product}", product.title);
    fmt::replaceAll(body, "{type}", fmt::lower(product.type));
    fmt::replaceAll(body, "{weeks}", fmt::integer(random.range(2, 8)));
    return body;
}

struct Review {
    int day = 0;
    int second = 0;
    int product = -1; ///< -1 for a review of the shop itself
    int customer = 0;
    int rating = 5;
    bool returned = false;
};
} // namespace

Result<void> writeReviews(World& world, Random& random, const QString& path)
{
    const int lastDay = world.calendar.days() - 1;
    std::vector<Review> reviews;
    for (const Order& order : world.orders) {
        // Reviewed from a week after delivery; an earlier period already had its chance at the rest.
        if (order.fulfilledDay < 0 || order.fulfilledDay + 7 > lastDay || order.fulfilledDay + 7 < world.period.firstDay)
            continue;
        for (int l = order.firstLine; l < order.firstLine + order.lineCount; ++l) {
            const Line& line = world.lines[static_cast<size_t>(l)];
            if (!random.chance(world.spec.reviewsPerLine))
                continue;
            Review review;
            review.day = std::min(order.fulfilledDay + random.rangeInt(7, 30), lastDay);
            review.second = world.calendar.unambiguousSecond(review.day, random.belowInt(86400));
            review.product = line.product;
            review.customer = order.customer;
            review.returned = line.returned;
            reviews.push_back(review);
        }
        if (random.chance(world.spec.reviewsPerLine * 0.03)) {
            Review shop;
            shop.day = std::min(order.fulfilledDay + random.rangeInt(3, 20), lastDay);
            shop.customer = order.customer;
            reviews.push_back(shop);
        }
    }
    std::stable_sort(reviews.begin(), reviews.end(), [](const Review& a, const Review& b) {
        return a.day != b.day ? a.day < b.day : a.second < b.second;
    });

    auto writer = CsvWriter::open(path);
    if (!writer)
        return std::unexpected(writer.error());
    writeHeader(*writer, kReviewHeader);
    const auto col = [](std::string_view name) consteval { return column(kReviewHeader, name); };
    Row<kReviewHeader.size()> row;
    std::vector<int> ratingSum(world.products.size(), 0);
    std::vector<int> ratingCount(world.products.size(), 0);
    for (size_t i = 0; i < reviews.size(); ++i) {
        const Review& review = reviews[i];
        const Customer& customer = world.customers[static_cast<size_t>(review.customer)];
        row.clear();
        const bool spam = random.chance(0.005);
        int rating = 5;
        if (review.product >= 0 && !spam) {
            const Product& product = world.products[static_cast<size_t>(review.product)];
            rating = ratingFor(product, review.returned, random);
            row[col("title")] = rating >= 4 ? random.pick(kHappyTitles)
                                            : (rating == 3 ? random.pick(kMiddleTitles) : random.pick(kUnhappyTitles));
            row[col("body")] = reviewBody(world, product, rating, random);
            ratingSum[static_cast<size_t>(review.product)] += rating;
            ++ratingCount[static_cast<size_t>(review.product)];
        } else if (spam) {
            row[col("title")] = "Amazing!!!";
            row[col("body")] = "Best prices online, visit my profile for free gift cards!!!";
        } else {
            rating = random.chance(0.85) ? 5 : 4;
            row[col("title")] = random.pick(kShopTitles);
            row[col("body")] = random.pick(kShopBodies);
        }
        fmt::appendInt(row[col("rating")], rating);
        world.calendar.appendUtcTime(row[col("review_date")], review.day, review.second);
        row[col("source")] = random.chance(0.7) ? "email" : "web";
        row[col("curated")] = spam ? "spam" : "ok";
        row[col("reviewer_name")] = customer.firstName + " " + customer.lastName.substr(0, 1) + ".";
        row[col("reviewer_email")] = customer.email;
        if (review.product >= 0) {
            const Product& product = world.products[static_cast<size_t>(review.product)];
            fmt::appendInt(row[col("product_id")], product.id);
            row[col("product_handle")] = product.handle;
        }
        if (rating <= 3 && !spam && random.chance(0.4)) {
            row[col("reply")] = "Hi " + customer.firstName
                                + ", thank you for the honest feedback and sorry it fell short. We've emailed you "
                                  "about a replacement or refund. - The Northbound team";
            const int replyDay = std::min(review.day + random.rangeInt(1, 3), lastDay);
            world.calendar.appendUtcTime(row[col("reply_date")], replyDay, 15 * 3600);
        }
        if (rating >= 4 && random.chance(0.06)) {
            row[col("picture_urls")] = "https://judgeme.imgix.net/northbound-supply/reviews/";
            fmt::appendInt(row[col("picture_urls")], 900000 + world.period.firstReviewSerial + static_cast<qint64>(i));
            row[col("picture_urls")] += ".jpg";
        }
        // Documentation address ranges only (RFC 5737).
        row[col("ip_address")] = "203.0.113.";
        fmt::appendInt(row[col("ip_address")], random.range(1, 254));
        const City& city = words::cities()[static_cast<size_t>(customer.city)];
        row[col("location")] = std::string(city.name) + ", " + city.provinceCode + ", US";
        row.write(*writer);
    }
    world.reviewCount = static_cast<int>(reviews.size());
    // Products whose reviews say they disappoint: enough reviews, mean of 3 stars or less.
    for (size_t p = 0; p < world.products.size(); ++p) {
        if (ratingCount[p] >= 3 && ratingSum[p] <= 3 * ratingCount[p])
            world.lowRatedProducts.push_back(static_cast<int>(p));
    }
    return writer->close();
}

} // namespace flywheel::demo
