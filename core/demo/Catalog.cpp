#include "demo/Catalog.h"

#include "demo/Format.h"
#include "demo/Kinds.h"
#include "demo/WordLists.h"

#include <array>
#include <unordered_set>

namespace flywheel::demo {

namespace {
/// A product placed on purpose; its situation is written to the ground truth.
struct Planted {
    std::string_view title;
    std::string_view kind;
    Gender gender;
    std::string_view gapAttribute; ///< empty = no content gap
    std::string_view gapValue;
    std::string_view fit;          ///< forced sizing behaviour, empty = drawn
    bool waterproof;
};

constexpr std::array kPlanted = {
    Planted{"Alpine Shell Jacket", "Shell Jacket", Gender::Men, "waterproof", "yes, fully waterproof with taped seams",
            "true to size", true},
    Planted{"Merino Crew Sweater", "Merino Crew Sweater", Gender::Unisex, "machine washable",
            "yes, on a cold wool cycle, dried flat", "true to size", false},
    Planted{"Linen Drawstring Trousers", "Linen Drawstring Trousers", Gender::Women, "true to size",
            "runs small, one size up recommended", "runs small", false},
    Planted{"Trail Runner 2 Shoe", "Trail Runner Shoe", Gender::Unisex, "true to size", "runs half a size small",
            "runs small", true},
    Planted{"Timberline Hiking Boot", "Hiking Boot", Gender::Women, "waterproof", "yes, waterproof leather and membrane",
            "true to size", true},
    Planted{"Summit Puffer Vest", "Puffer Vest", Gender::Men, {}, {}, {}, true},
    Planted{"Harbor Linen Shirt", "Linen Shirt", Gender::Men, {}, {}, {}, false},
    Planted{"Cascade Rain Jacket", "Rain Jacket", Gender::Women, {}, {}, {}, true},
};

constexpr std::array<std::string_view, 6> kApparelSizes = {"XS", "S", "M", "L", "XL", "XXL"};
constexpr std::array<double, 6> kApparelShare = {0.06, 0.17, 0.30, 0.27, 0.14, 0.06};

std::vector<std::string> sizesFor(Sizing sizing, Gender gender)
{
    std::vector<std::string> sizes;
    switch (sizing) {
    case Sizing::Apparel: {
        const size_t first = gender == Gender::Men ? 1 : 0;
        const size_t last = gender == Gender::Women ? 4 : 5;
        for (size_t i = first; i <= last; ++i)
            sizes.emplace_back(kApparelSizes[i]);
        break;
    }
    case Sizing::Shoes: {
        const int first = gender == Gender::Men ? 7 : (gender == Gender::Women ? 5 : 6);
        for (int size = first; size < first + 7; ++size)
            sizes.push_back(fmt::integer(size));
        break;
    }
    case Sizing::Trio:
        sizes = {"S", "M", "L"};
        break;
    case Sizing::Waist: {
        const int first = gender == Gender::Women ? 24 : 28;
        for (int size = first; size <= first + 10; size += 2)
            sizes.push_back(fmt::integer(size));
        break;
    }
    case Sizing::OneSize:
        break;
    }
    return sizes;
}

/// Middle sizes sell most; the curve is the apparel one for letter sizes, a bell otherwise.
double sizeShare(const std::string& size, size_t index, size_t count)
{
    for (size_t i = 0; i < kApparelSizes.size(); ++i) {
        if (size == kApparelSizes[i])
            return kApparelShare[i];
    }
    const double middle = (static_cast<double>(count) - 1.0) / 2.0;
    const double distance = (static_cast<double>(index) - middle) / (middle + 1.0);
    return 1.0 - 0.8 * distance * distance;
}

std::string barcodeFor(qint64 serial)
{
    std::string digits;
    fmt::appendInt(digits, 84000000000 + serial);
    int sum = 0;
    for (size_t i = 0; i < digits.size(); ++i)
        sum += (digits[i] - '0') * (i % 2 == 0 ? 3 : 1);
    digits += static_cast<char>('0' + (10 - sum % 10) % 10);
    return digits;
}

qint64 pricePoint(const Kind& kind, Random& random)
{
    int dollars = random.rangeInt(kind.minPrice, kind.maxPrice);
    dollars = dollars / 10 * 10 + (random.chance(0.3) ? 9 : 8);
    if (dollars < kind.minPrice)
        dollars += 10;
    return qint64(dollars) * 100;
}

std::string careFor(std::string_view material, Random& random)
{
    const auto has = [&](std::string_view word) { return material.find(word) != std::string_view::npos; };
    if (has("linen") || has("flax"))
        return "machine wash cold, line dry";
    if (has("down"))
        return "machine washable on gentle with a down-safe detergent, tumble dry low with dryer balls";
    if (has("merino") || has("wool") || has("alpaca"))
        return random.chance(0.5) ? "machine washable on a cold wool cycle, dry flat" : "hand wash cold or dry clean";
    if (has("leather") || has("suede"))
        return "wipe clean with a damp cloth, condition twice a year";
    if (has("steel") || has("LED") || has("carbon") || has("aluminum") || has("TPU"))
        return "wipe clean";
    return "machine washable, cold, tumble dry low";
}

void buildVariants(Product& product, const Kind& kind, int productNumber, qint64& serial, Random& random)
{
    const std::vector<std::string> sizes = sizesFor(kind.sizing, product.gender);
    const auto colourList = words::colours();
    int colourCount = 1;
    if (kind.colours)
        colourCount = kind.department == Department::Gear ? random.rangeInt(1, 3) : static_cast<int>(random.weighted(std::array{0.35, 0.4, 0.25})) + 1;
    std::vector<words::Colour> colours;
    while (static_cast<int>(colours.size()) < colourCount) {
        const words::Colour& colour = random.pick(colourList);
        bool taken = false;
        for (const auto& c : colours)
            taken = taken || c.code == colour.code;
        if (!taken)
            colours.push_back(colour);
    }
    for (const auto& colour : colours)
        product.colors.emplace_back(colour.name);
    if (!sizes.empty())
        product.sizeOption = "Size";
    if (colours.size() > 1)
        product.colorOption = "Color";

    std::string code;
    code.append(kind.code).append("-");
    fmt::appendPadded(code, productNumber, 5);
    const size_t sizeSlots = sizes.empty() ? 1 : sizes.size();
    for (size_t c = 0; c < colours.size(); ++c) {
        const double colourShare = (c == 0 ? 1.0 : (c == 1 ? 0.65 : 0.45)) * random.uniform(0.8, 1.2);
        for (size_t s = 0; s < sizeSlots; ++s) {
            Variant variant;
            variant.sku = code;
            if (colours.size() > 1) {
                variant.color = std::string(colours[c].name);
                variant.sku.append("-").append(colours[c].code);
            }
            if (!sizes.empty()) {
                variant.size = sizes[s];
                variant.sku.append("-").append(sizes[s]);
            }
            if (!variant.size.empty() && !variant.color.empty())
                variant.title = variant.size + " / " + variant.color;
            else if (!variant.size.empty() || !variant.color.empty())
                variant.title = variant.size + variant.color;
            else
                variant.title = "Default Title";
            variant.barcode = barcodeFor(serial++);
            variant.grams = static_cast<int>(kind.grams * (0.9 + 0.05 * static_cast<double>(s)));
            variant.demand = colourShare * (sizes.empty() ? 1.0 : sizeShare(sizes[s], s, sizes.size()));
            product.variants.push_back(std::move(variant));
        }
    }
    double running = 0.0;
    for (const Variant& variant : product.variants) {
        running += variant.demand;
        product.variantCumulative.push_back(running);
    }
}

Product makeProduct(const World& world, int kindId, std::string title, Gender gender, int productNumber,
                    qint64& serial, Random& random)
{
    const Kind& kind = kinds()[static_cast<size_t>(kindId)];
    Product product;
    product.title = std::move(title);
    product.handle = fmt::handleize(product.title);
    product.kind = kindId;
    product.vendor = std::string(kind.vendor);
    product.type = std::string(kind.type);
    product.category = std::string(kind.category);
    product.department = kind.department;
    product.season = kind.season;
    product.gender = gender;
    product.id = 8104417000000 + qint64(productNumber) * 7919 + random.range(0, 7000);
    product.material = std::string(listItem(kind.materials, random.belowInt(listSize(kind.materials))));
    product.care = careFor(product.material, random);
    if (kind.sizing != Sizing::OneSize && kind.sizing != Sizing::Trio) {
        const double draw = random.uniform();
        product.fit = draw < 0.74 ? "true to size" : (draw < 0.9 ? "runs small" : "runs large");
    }
    product.waterproof = kind.weather && random.chance(kind.department == Department::Outerwear ? 0.75 : 0.55);
    product.launchPrice = pricePoint(kind, random);
    product.price = product.launchPrice;
    product.cost = product.price * random.rangeInt(32, 48) / 100;
    product.popularity = random.logNormal(0.0, 0.9);
    product.quality = 1.0 - random.uniform() * random.uniform() * 0.7;
    product.archiveDay = world.calendar.days();
    buildVariants(product, kind, productNumber, serial, random);
    return product;
}

void placeInTime(Product& product, int days, Random& random)
{
    const double draw = random.uniform();
    if (draw < 0.01) {
        product.status = ProductStatus::Draft;
        product.launchDay = days;
    } else if (draw < 0.04) {
        product.status = ProductStatus::Archived;
        product.archiveDay = random.rangeInt(days / 3, days * 4 / 5);
    } else if (draw < 0.08) {
        product.launchDay = random.rangeInt(days - 45, days - 1); // the new-arrivals collection
    } else if (draw < 0.28) {
        product.launchDay = random.rangeInt(30, days - 46);
    }
}

void plantPriceChanges(World& world, Random& random)
{
    const int days = world.calendar.days();
    const size_t wanted = std::max<size_t>(6, world.products.size() / 40);
    size_t planted = 0;
    for (int attempt = 0; planted < wanted && attempt < 20000; ++attempt) {
        Product& product = world.products[static_cast<size_t>(random.below(static_cast<qint64>(world.products.size())))];
        if (product.priceChangeDay >= 0 || product.gap >= 0 || product.status != ProductStatus::Active
            || product.launchDay > 0)
            continue;
        product.priceChangeDay = random.rangeInt(days * 35 / 100, days * 85 / 100);
        const bool markdown = planted % 2 == 0;
        if (markdown) {
            const int percent = random.pick(std::array{20, 25, 30, 40});
            product.price = product.launchPrice * (100 - percent) / 100 / 100 * 100;
            product.compareAt = product.launchPrice;
            product.elasticity = random.uniform(1.4, 2.6);
        } else {
            // Raises land on whole dollars, as owners type them.
            product.price = (product.launchPrice * random.rangeInt(106, 115) / 100 + 99) / 100 * 100;
            product.elasticity = random.uniform(0.8, 1.8);
        }
        ++planted;
    }
}
} // namespace

bool machineWashable(const Product& product)
{
    return product.care.find("machine wash") != std::string::npos;
}

void buildCatalog(World& world, Random& random)
{
    std::unordered_set<std::string> titles;
    qint64 serial = 0;
    int variants = 0;
    const int days = world.calendar.days();

    for (const Planted& plant : kPlanted) {
        const int number = static_cast<int>(world.products.size()) + 1;
        Product product = makeProduct(world, kindIndex(plant.kind), std::string(plant.title), plant.gender, number,
                                      serial, random);
        product.popularity = random.uniform(2.5, 4.0);
        product.quality = random.uniform(0.8, 0.95);
        product.waterproof = plant.waterproof;
        if (!plant.fit.empty())
            product.fit = std::string(plant.fit);
        if (plant.gapAttribute == "machine washable")
            product.care = "machine washable on a cold wool cycle, dry flat";
        if (!plant.gapAttribute.empty()) {
            product.gap = static_cast<int>(world.gaps.size());
            world.gaps.push_back(
                {static_cast<int>(world.products.size()), std::string(plant.gapAttribute), std::string(plant.gapValue), 0});
        }
        titles.insert(product.title);
        variants += static_cast<int>(product.variants.size());
        world.products.push_back(std::move(product));
    }

    std::vector<double> kindShares;
    for (const Kind& kind : kinds())
        kindShares.push_back(kind.share);
    const auto lines = words::productLines();
    const auto modifiers = words::productModifiers();
    const ScaleSpec& spec = world.spec;
    while (spec.products > 0 ? static_cast<int>(world.products.size()) < spec.products : variants < spec.variants) {
        const int kindId = static_cast<int>(random.weighted(kindShares));
        const Kind& kind = kinds()[static_cast<size_t>(kindId)];
        std::string title;
        for (int attempt = 0; attempt < 40 && title.empty(); ++attempt) {
            std::string candidate(random.pick(lines));
            if (attempt >= 2 || random.chance(0.15))
                candidate.append(" ").append(random.pick(modifiers));
            candidate.append(" ").append(kind.base);
            if (!titles.contains(candidate))
                title = std::move(candidate);
        }
        if (title.empty()) {
            title = std::string(random.pick(lines)) + " " + std::string(kind.base) + " "
                    + fmt::integer(static_cast<qint64>(world.products.size()));
        }
        Gender gender = Gender::Unisex;
        if (kind.gender == KindGender::WomenOnly)
            gender = Gender::Women;
        else if (kind.gender == KindGender::Any)
            gender = static_cast<Gender>(random.weighted(std::array{0.45, 0.45, 0.1}));
        titles.insert(title);
        Product product = makeProduct(world, kindId, std::move(title), gender,
                                      static_cast<int>(world.products.size()) + 1, serial, random);
        placeInTime(product, days, random);
        variants += static_cast<int>(product.variants.size());
        world.products.push_back(std::move(product));
    }

    plantPriceChanges(world, random);
    for (Product& product : world.products)
        writeProductText(product, world, random);

    const Calendar& calendar = world.calendar;
    world.spikes.push_back({"linen trousers", {"Linen", "Trousers"}, calendar.dayIndex(2026, 5, 25), 3.0});
    world.spikes.push_back({"puffer vest", {"Puffer", "Vest"}, calendar.dayIndex(2026, 10, 5), 3.0});
}

} // namespace flywheel::demo
