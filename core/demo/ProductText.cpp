#include "demo/Catalog.h"

#include "demo/Format.h"
#include "demo/Kinds.h"

#include <algorithm>
#include <array>

namespace flywheel::demo {

namespace {
using namespace std::string_view_literals;

std::string_view usesFor(Season season)
{
    switch (season) {
    case Season::Winter:
        return "cold mornings at the trailhead|city winters and weekend hikes|chilly commutes|snowy weekends";
    case Season::Summer:
        return "hot city afternoons|long summer days|beach days and rooftop dinners|warm evenings out";
    case Season::Shoulder:
        return "wet commutes and windy ridgelines|rainy spring hikes|shoulder-season days that cannot make up "
               "their mind";
    case Season::Holiday:
        return "slow mornings at home|gifting season|cozy nights in";
    case Season::Flat:
        break;
    }
    return "weekends and workdays alike|everyday wear|trail days and town days";
}

constexpr std::array kIntros = {
    "<p>The {title} is made for {use}, with {f1} and {f2}.</p>"sv,
    "<p>Meet the {title}: {material} for {use}. We added {f1} because you asked for it.</p>"sv,
    "<p>Built for {use}, the {title} comes with {f1}.</p>"sv,
    "<p>Our {title} keeps things simple for {use}. Details that matter: {f1} and {f2}.</p>"sv,
};

std::string weatherLine(const Product& product)
{
    if (!product.waterproof)
        return "<li>Weather: water-resistant finish for light showers; not fully waterproof</li>";
    switch (product.department) {
    case Department::Footwear:
        return "<li>Waterproof: yes, with a seam-sealed waterproof membrane</li>";
    case Department::Gear:
        return "<li>Waterproof: yes, welded seams</li>";
    default:
        return "<li>Waterproof: yes, fully taped seams (20,000 mm rating)</li>";
    }
}

std::string_view seasonTag(Season season)
{
    switch (season) {
    case Season::Winter:
        return "winter";
    case Season::Summer:
        return "summer";
    case Season::Shoulder:
        return "rain";
    case Season::Holiday:
        return "gift";
    case Season::Flat:
        break;
    }
    return "essentials";
}

std::string_view genderTag(Gender gender)
{
    switch (gender) {
    case Gender::Men:
        return "mens";
    case Gender::Women:
        return "womens";
    case Gender::Unisex:
        break;
    }
    return "unisex";
}
} // namespace

void writeProductText(Product& product, const World& world, Random& random)
{
    const Kind& kind = kinds()[static_cast<size_t>(product.kind)];
    const std::string_view gap = product.gap >= 0 ? std::string_view(world.gaps[static_cast<size_t>(product.gap)].attribute)
                                                  : std::string_view();
    const int featureCount = listSize(kind.features);
    const int firstFeature = random.belowInt(featureCount);
    const std::string_view uses = usesFor(product.season);

    // Templates 0 and 3 name two features; kinds with one feature use 1 or 2.
    const qint64 templateIndex = featureCount > 1 ? random.below(qint64(kIntros.size())) : 1 + random.below(2);
    std::string intro(kIntros[static_cast<size_t>(templateIndex)]);
    fmt::replaceAll(intro, "{title}", product.title);
    fmt::replaceAll(intro, "{use}", listItem(uses, random.belowInt(listSize(uses))));
    fmt::replaceAll(intro, "{material}", product.material);
    fmt::replaceAll(intro, "{f1}", listItem(kind.features, firstFeature));
    fmt::replaceAll(intro, "{f2}", listItem(kind.features, firstFeature + 1));

    std::string& html = product.description;
    html = intro;
    html += "\n<ul>\n<li>Material: " + product.material + "</li>\n";
    if (!product.fit.empty() && gap != "true to size") {
        if (kind.sizing == Sizing::Shoes) {
            html += "<li>Fit: " + product.fit + ", standard width</li>\n";
        } else {
            const std::string_view cut = random.pick(std::array{"regular"sv, "relaxed"sv, "slim"sv});
            html.append("<li>Fit: ").append(cut).append(" fit, ").append(product.fit).append("</li>\n");
        }
    }
    if (gap != "machine washable")
        html += "<li>Care: " + product.care + "</li>\n";
    if (kind.weather && gap != "waterproof")
        html += weatherLine(product) + "\n";
    html += "<li>Weight: " + fmt::integer(kind.grams) + " g</li>\n</ul>";

    product.seoDescription = "Shop the " + product.title + " from " + product.vendor + ", made from " + product.material + ".";

    std::vector<std::string> tags;
    tags.emplace_back(genderTag(product.gender));
    tags.emplace_back(departmentSlug(product.department));
    tags.push_back(fmt::lower(product.type));
    tags.emplace_back(seasonTag(product.season));
    for (std::string_view word : {"merino"sv, "linen"sv, "down"sv, "leather"sv, "wool"sv, "cotton"sv, "recycled"sv,
                                  "fleece"sv, "denim"sv}) {
        if (product.material.find(word) != std::string::npos)
            tags.emplace_back(word);
    }
    if (product.waterproof && gap != "waterproof")
        tags.emplace_back("waterproof");
    if (machineWashable(product) && gap != "machine washable")
        tags.emplace_back("machine-washable");
    if (product.launchDay >= world.calendar.days() - 45 && product.status == ProductStatus::Active)
        tags.emplace_back("new-arrival");
    if (product.compareAt > 0)
        tags.emplace_back("sale");
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    product.tags.clear();
    for (const std::string& tag : tags) {
        if (!product.tags.empty())
            product.tags += ", ";
        product.tags += tag;
    }
}

} // namespace flywheel::demo
