#include "demo/Kinds.h"

#include <array>

namespace flywheel::demo {

namespace {
using D = Department;
using S = Season;
using Z = Sizing;
using G = KindGender;

constexpr std::string_view kCoats = "Apparel & Accessories > Clothing > Outerwear > Coats & Jackets";
constexpr std::string_view kVests = "Apparel & Accessories > Clothing > Outerwear > Vests";
constexpr std::string_view kSweaters = "Apparel & Accessories > Clothing > Clothing Tops > Sweaters";
constexpr std::string_view kHoodies = "Apparel & Accessories > Clothing > Clothing Tops > Hoodies";
constexpr std::string_view kShirts = "Apparel & Accessories > Clothing > Clothing Tops > Shirts";
constexpr std::string_view kTees = "Apparel & Accessories > Clothing > Clothing Tops > T-Shirts";
constexpr std::string_view kPants = "Apparel & Accessories > Clothing > Pants";
constexpr std::string_view kShorts = "Apparel & Accessories > Clothing > Shorts";
constexpr std::string_view kDresses = "Apparel & Accessories > Clothing > Dresses";
constexpr std::string_view kShoes = "Apparel & Accessories > Shoes";
constexpr std::string_view kHats = "Apparel & Accessories > Clothing Accessories > Hats";
constexpr std::string_view kAccessories = "Apparel & Accessories > Clothing Accessories";
constexpr std::string_view kSocks = "Apparel & Accessories > Clothing > Underwear & Socks > Socks";
constexpr std::string_view kCamping = "Sporting Goods > Outdoor Recreation > Camping & Hiking";
constexpr std::string_view kBags = "Luggage & Bags";

constexpr std::string_view kHouse = "Northbound Supply Co.";
constexpr std::string_view kRidgeway = "Ridgeway Outdoor";
constexpr std::string_view kTidewater = "Tidewater Linen";
constexpr std::string_view kWoolhaven = "Woolhaven";
constexpr std::string_view kKestrel = "Kestrel Footwear";
constexpr std::string_view kCairn = "Cairn Gear";

// clang-format off
constexpr std::array kKinds = {
    Kind{"Shell Jacket", "SHJ", "Jackets", kCoats, kRidgeway, D::Outerwear, S::Winter, Z::Apparel, G::Any, true, 149, 279, 420,
         "3-layer recycled nylon|2.5-layer ripstop nylon|recycled polyester with a PFC-free finish",
         "an adjustable storm hood|pit zips for venting|two zippered hand pockets|a helmet-compatible hood", true, 1.2},
    Kind{"Rain Jacket", "RNJ", "Jackets", kCoats, kRidgeway, D::Outerwear, S::Shoulder, Z::Apparel, G::Any, true, 89, 169, 380,
         "recycled nylon ripstop|2-layer polyester", "a roll-away hood|a stuff pocket|adjustable cuffs", true, 1.2},
    Kind{"Rain Coat", "RNC", "Coats", kCoats, kHouse, D::Outerwear, S::Shoulder, Z::Apparel, G::Any, true, 119, 198, 650,
         "waxed cotton|bonded polyester", "a longer cut that covers the hips|a two-way zip|snap storm flap", true, 0.8},
    Kind{"Down Jacket", "DNJ", "Jackets", kCoats, kRidgeway, D::Outerwear, S::Winter, Z::Apparel, G::Any, true, 179, 329, 520,
         "700-fill responsibly sourced down with a recycled nylon shell|800-fill down with a ripstop shell",
         "a baffled hood|fleece-lined hand pockets|an internal stash pocket", true, 1.0},
    Kind{"Puffer Vest", "PFV", "Vests", kVests, kRidgeway, D::Outerwear, S::Winter, Z::Apparel, G::Any, true, 89, 149, 300,
         "synthetic insulation with a recycled shell|600-fill down", "a stand-up collar|zip hand pockets", true, 0.8},
    Kind{"Fleece Jacket", "FLJ", "Jackets", kCoats, kHouse, D::Outerwear, S::Winter, Z::Apparel, G::Any, true, 69, 129, 450,
         "recycled polyester fleece|high-pile sherpa fleece", "a full zip|a chest pocket|elastic cuffs", false, 1.0},
    Kind{"Softshell Jacket", "SSJ", "Jackets", kCoats, kRidgeway, D::Outerwear, S::Shoulder, Z::Apparel, G::Any, true, 99, 169, 480,
         "stretch woven softshell", "a brushed lining|a low-profile hood", true, 0.6},
    Kind{"Parka", "PRK", "Coats", kCoats, kRidgeway, D::Outerwear, S::Winter, Z::Apparel, G::Any, true, 249, 399, 1200,
         "insulated nylon|wool-blend melton", "a faux-fur trimmed hood|a two-way zip|six pockets", true, 0.6},
    Kind{"Insulated Anorak", "ANR", "Jackets", kCoats, kHouse, D::Outerwear, S::Winter, Z::Apparel, G::Any, true, 139, 219, 700,
         "nylon with synthetic insulation", "a kangaroo pocket|side zips", true, 0.5},
    Kind{"Quilted Jacket", "QLJ", "Jackets", kCoats, kHouse, D::Outerwear, S::Winter, Z::Apparel, G::Any, true, 119, 189, 600,
         "diamond-quilted nylon", "a corduroy collar|snap front", true, 0.5},
    Kind{"Merino Crew Sweater", "MCS", "Sweaters", kSweaters, kWoolhaven, D::Knitwear, S::Winter, Z::Apparel, G::Any, true, 89, 139, 350,
         "100% extra-fine merino wool|merino wool, 18.5 micron", "ribbed cuffs and hem|a classic crew neck", false, 1.1},
    Kind{"Cable Knit Sweater", "CKS", "Sweaters", kSweaters, kWoolhaven, D::Knitwear, S::Winter, Z::Apparel, G::Any, true, 98, 158, 650,
         "lambswool|organic cotton", "a chunky cable pattern|saddle shoulders", false, 0.8},
    Kind{"Quarter-Zip Pullover", "QZP", "Sweaters", kSweaters, kWoolhaven, D::Knitwear, S::Winter, Z::Apparel, G::Any, true, 79, 119, 420,
         "merino wool|recycled polyester fleece", "a quarter zip with a stand collar|thumb loops", false, 0.8},
    Kind{"Wool Cardigan", "WCD", "Sweaters", kSweaters, kWoolhaven, D::Knitwear, S::Winter, Z::Apparel, G::Any, true, 98, 148, 500,
         "lambswool|alpaca blend", "horn buttons|patch pockets", false, 0.6},
    Kind{"Fleece Hoodie", "FLH", "Hoodies", kHoodies, kHouse, D::Knitwear, S::Flat, Z::Apparel, G::Any, true, 59, 89, 550,
         "brushed organic cotton fleece", "a lined hood|a kangaroo pocket", false, 0.9},
    Kind{"Fisherman Sweater", "FSW", "Sweaters", kSweaters, kWoolhaven, D::Knitwear, S::Winter, Z::Apparel, G::Any, true, 118, 178, 800,
         "undyed Irish wool", "a traditional aran stitch", false, 0.4},
    Kind{"Oxford Shirt", "OXS", "Shirts", kShirts, kHouse, D::Tops, S::Flat, Z::Apparel, G::Any, true, 59, 89, 300,
         "organic cotton oxford cloth", "a button-down collar|a back box pleat", false, 0.9},
    Kind{"Flannel Shirt", "FNS", "Shirts", kShirts, kHouse, D::Tops, S::Winter, Z::Apparel, G::Any, true, 59, 98, 420,
         "brushed cotton flannel|organic cotton twill flannel", "two chest pockets|a curved hem", false, 1.0},
    Kind{"Linen Shirt", "LNS", "Shirts", kShirts, kTidewater, D::Tops, S::Summer, Z::Apparel, G::Any, true, 69, 98, 220,
         "100% European flax linen", "mother-of-pearl buttons|a relaxed camp collar", false, 1.0},
    Kind{"Crew Tee", "CRT", "T-Shirts", kTees, kHouse, D::Tops, S::Flat, Z::Apparel, G::Any, true, 28, 42, 180,
         "organic cotton jersey|slub cotton", "a reinforced neckline|a garment-dyed finish", false, 1.4},
    Kind{"Henley", "HNL", "Shirts", kShirts, kHouse, D::Tops, S::Flat, Z::Apparel, G::Any, true, 38, 58, 240,
         "waffle-knit cotton|slub cotton", "a three-button placket", false, 0.7},
    Kind{"Pique Polo", "PLO", "Polos", kShirts, kHouse, D::Tops, S::Summer, Z::Apparel, G::Any, true, 48, 68, 250,
         "cotton pique", "a ribbed collar|side vents", false, 0.6},
    Kind{"Tank Top", "TNK", "T-Shirts", kTees, kHouse, D::Tops, S::Summer, Z::Apparel, G::Any, true, 24, 36, 120,
         "organic cotton rib", "a scoop neck", false, 0.6},
    Kind{"Base Layer Top", "BLT", "Base Layers", kShirts, kWoolhaven, D::Tops, S::Winter, Z::Apparel, G::Any, true, 59, 89, 200,
         "200gsm merino wool", "flatlock seams|thumb loops", false, 0.6},
    Kind{"Camp Shirt", "CMS", "Shirts", kShirts, kTidewater, D::Tops, S::Summer, Z::Apparel, G::Any, true, 58, 88, 200,
         "linen-rayon blend|cotton poplin", "a notch collar|a boxy cut", false, 0.6},
    Kind{"Sun Hoodie", "SNH", "Shirts", kShirts, kRidgeway, D::Tops, S::Summer, Z::Apparel, G::Any, true, 49, 69, 200,
         "UPF 50 recycled polyester", "a fitted hood|thumb loops", false, 0.5},
    Kind{"Linen Drawstring Trousers", "LDT", "Pants", kPants, kTidewater, D::Bottoms, S::Summer, Z::Apparel, G::Any, true, 79, 110, 350,
         "100% European flax linen", "an elastic drawstring waist|side pockets", false, 0.7},
    Kind{"Chino Pants", "CHP", "Pants", kPants, kHouse, D::Bottoms, S::Flat, Z::Waist, G::Any, true, 68, 98, 550,
         "stretch cotton twill", "a coin pocket|a tapered leg", false, 1.0},
    Kind{"Hiking Pants", "HKP", "Pants", kPants, kRidgeway, D::Bottoms, S::Shoulder, Z::Apparel, G::Any, true, 79, 119, 400,
         "stretch nylon with a DWR finish", "zippered thigh pockets|roll-up leg tabs", true, 0.8},
    Kind{"Trail Shorts", "TRS", "Shorts", kShorts, kRidgeway, D::Bottoms, S::Summer, Z::Apparel, G::Any, true, 48, 68, 180,
         "quick-dry recycled nylon", "a built-in liner|a zip back pocket", false, 0.9},
    Kind{"Cargo Shorts", "CGS", "Shorts", kShorts, kHouse, D::Bottoms, S::Summer, Z::Waist, G::Any, true, 48, 64, 300,
         "cotton canvas", "bellows cargo pockets", false, 0.6},
    Kind{"Straight Jeans", "SJN", "Jeans", kPants, kHouse, D::Bottoms, S::Flat, Z::Waist, G::Any, true, 88, 128, 700,
         "12 oz selvedge denim|stretch denim", "a straight leg|copper rivets", false, 0.9},
    Kind{"Fleece Joggers", "FJG", "Pants", kPants, kHouse, D::Bottoms, S::Winter, Z::Apparel, G::Any, true, 58, 78, 450,
         "brushed cotton fleece", "ribbed cuffs|a drawcord waist", false, 0.7},
    Kind{"Corduroy Trousers", "CRD", "Pants", kPants, kHouse, D::Bottoms, S::Winter, Z::Waist, G::Any, true, 78, 108, 600,
         "8-wale cotton corduroy", "a relaxed taper", false, 0.5},
    Kind{"Linen Shorts", "LSH", "Shorts", kShorts, kTidewater, D::Bottoms, S::Summer, Z::Apparel, G::Any, true, 48, 68, 180,
         "100% flax linen", "a drawstring waist", false, 0.6},
    Kind{"Linen Wrap Dress", "LWD", "Dresses", kDresses, kTidewater, D::Dresses, S::Summer, Z::Apparel, G::WomenOnly, true, 98, 138, 300,
         "100% European flax linen", "a tie waist|pockets", false, 0.6},
    Kind{"Sundress", "SUD", "Dresses", kDresses, kHouse, D::Dresses, S::Summer, Z::Apparel, G::WomenOnly, true, 68, 98, 250,
         "cotton voile", "adjustable straps|a tiered skirt", false, 0.6},
    Kind{"Sweater Dress", "SWD", "Dresses", kDresses, kWoolhaven, D::Dresses, S::Winter, Z::Apparel, G::WomenOnly, true, 98, 148, 600,
         "merino blend", "a funnel neck", false, 0.4},
    Kind{"Shirt Dress", "SHD", "Dresses", kDresses, kHouse, D::Dresses, S::Flat, Z::Apparel, G::WomenOnly, true, 88, 118, 350,
         "cotton poplin", "a removable belt", false, 0.4},
    Kind{"Trail Runner Shoe", "TRN", "Shoes", kShoes, kKestrel, D::Footwear, S::Flat, Z::Shoes, G::Any, true, 119, 159, 600,
         "recycled mesh upper with a lugged rubber outsole", "a rock plate|a gusseted tongue", true, 1.0},
    Kind{"Hiking Boot", "HKB", "Boots", kShoes, kKestrel, D::Footwear, S::Shoulder, Z::Shoes, G::Any, true, 149, 229, 1100,
         "full-grain leather|nubuck leather with a mesh collar", "a padded collar|speed-lace hooks", true, 0.9},
    Kind{"Chelsea Boot", "CHB", "Boots", kShoes, kKestrel, D::Footwear, S::Winter, Z::Shoes, G::Any, true, 159, 229, 1000,
         "oiled leather|suede", "elastic side panels|a pull tab", true, 0.6},
    Kind{"Sport Sandal", "SPS", "Sandals", kShoes, kKestrel, D::Footwear, S::Summer, Z::Shoes, G::Any, true, 59, 89, 500,
         "recycled webbing straps with a cushioned footbed", "quick-release buckles", false, 0.7},
    Kind{"Canvas Sneaker", "CNS", "Sneakers", kShoes, kKestrel, D::Footwear, S::Summer, Z::Shoes, G::Any, true, 58, 78, 700,
         "organic cotton canvas", "a natural rubber sole", false, 0.7},
    Kind{"Wool Slipper", "WSL", "Slippers", kShoes, kWoolhaven, D::Footwear, S::Holiday, Z::Shoes, G::Any, true, 58, 88, 400,
         "boiled wool", "a suede sole", false, 0.5},
    Kind{"Winter Boot", "WTB", "Boots", kShoes, kKestrel, D::Footwear, S::Winter, Z::Shoes, G::Any, true, 169, 249, 1400,
         "leather with a shearling lining", "a grippy winter outsole", true, 0.6},
    Kind{"Rib Beanie", "BNE", "Hats", kHats, kWoolhaven, D::Accessories, S::Winter, Z::OneSize, G::UnisexOnly, true, 28, 42, 80,
         "merino wool|recycled acrylic", "a fold-over cuff", false, 1.0},
    Kind{"Wool Scarf", "SCF", "Scarves", kAccessories, kWoolhaven, D::Accessories, S::Winter, Z::OneSize, G::UnisexOnly, true, 48, 78, 200,
         "lambswool|merino", "fringed ends", false, 0.6},
    Kind{"Sun Hat", "SNT", "Hats", kHats, kHouse, D::Accessories, S::Summer, Z::Trio, G::UnisexOnly, true, 38, 58, 120,
         "packable straw|UPF 50 nylon", "a chin cord", false, 0.5},
    Kind{"Baseball Cap", "CAP", "Hats", kHats, kHouse, D::Accessories, S::Flat, Z::OneSize, G::UnisexOnly, true, 28, 38, 90,
         "organic cotton twill", "an adjustable strap", false, 0.8},
    Kind{"Fleece Gloves", "GLV", "Gloves", kAccessories, kHouse, D::Accessories, S::Winter, Z::Trio, G::UnisexOnly, true, 28, 48, 80,
         "recycled fleece", "touchscreen fingertips", false, 0.6},
    Kind{"Hiking Socks", "SCK", "Socks", kSocks, kWoolhaven, D::Accessories, S::Holiday, Z::Trio, G::UnisexOnly, true, 18, 26, 70,
         "merino wool blend", "a cushioned sole|arch support", false, 1.0},
    Kind{"Leather Belt", "LBT", "Belts", kAccessories, kHouse, D::Accessories, S::Flat, Z::Waist, G::UnisexOnly, true, 48, 68, 180,
         "vegetable-tanned leather", "a solid brass buckle", false, 0.5},
    Kind{"Bucket Hat", "BKH", "Hats", kHats, kHouse, D::Accessories, S::Summer, Z::Trio, G::UnisexOnly, true, 32, 44, 90,
         "cotton canvas", "a stitched brim", false, 0.5},
    Kind{"Neck Gaiter", "NGT", "Accessories", kAccessories, kWoolhaven, D::Accessories, S::Winter, Z::OneSize, G::UnisexOnly, true, 18, 28, 40,
         "merino wool", "a seamless tube", false, 0.4},
    Kind{"Daypack 24L", "DPK", "Backpacks", kBags, kCairn, D::Gear, S::Flat, Z::OneSize, G::UnisexOnly, true, 89, 139, 800,
         "recycled ripstop nylon", "a padded laptop sleeve|side water-bottle pockets", true, 0.8},
    Kind{"Roll-Top Dry Bag", "DRY", "Dry Bags", kBags, kCairn, D::Gear, S::Summer, Z::OneSize, G::UnisexOnly, true, 28, 58, 200,
         "welded TPU-coated nylon", "a roll-top closure", true, 0.5},
    Kind{"Insulated Water Bottle", "BTL", "Water Bottles", kCamping, kCairn, D::Gear, S::Summer, Z::OneSize, G::UnisexOnly, true, 32, 44, 400,
         "double-wall stainless steel", "a leakproof lid", false, 0.8},
    Kind{"Headlamp", "HDL", "Headlamps", kCamping, kCairn, D::Gear, S::Shoulder, Z::OneSize, G::UnisexOnly, false, 39, 59, 90,
         "a 400-lumen rechargeable LED", "a red night mode", true, 0.5},
    Kind{"Camp Mug", "MUG", "Drinkware", kCamping, kCairn, D::Gear, S::Holiday, Z::OneSize, G::UnisexOnly, true, 18, 28, 250,
         "enamel steel", "a rolled rim", false, 0.5},
    Kind{"Trekking Poles", "TPL", "Hiking Poles", kCamping, kCairn, D::Gear, S::Shoulder, Z::OneSize, G::UnisexOnly, false, 79, 129, 500,
         "carbon fiber|aluminum", "cork grips|flick locks", false, 0.4},
    Kind{"2-Person Tent", "TNT", "Tents", kCamping, kCairn, D::Gear, S::Summer, Z::OneSize, G::UnisexOnly, false, 249, 399, 1800,
         "silnylon with aluminum poles", "two doors and two vestibules", true, 0.3},
    Kind{"Sleeping Bag", "SBG", "Sleeping Bags", kCamping, kCairn, D::Gear, S::Summer, Z::OneSize, G::UnisexOnly, false, 149, 249, 1100,
         "synthetic insulation rated to 30F|650-fill down rated to 20F", "a draft collar|a compression sack", false, 0.3},
    Kind{"Camp Hammock", "HMK", "Hammocks", kCamping, kCairn, D::Gear, S::Summer, Z::OneSize, G::UnisexOnly, true, 59, 89, 500,
         "parachute nylon", "tree straps included", false, 0.3},
    Kind{"Picnic Blanket", "PBK", "Blankets", kCamping, kCairn, D::Gear, S::Summer, Z::OneSize, G::UnisexOnly, true, 48, 78, 900,
         "recycled wool with a water-resistant backing", "a carry strap", false, 0.3},
    Kind{"Duffel Bag 40L", "DFL", "Bags", kBags, kCairn, D::Gear, S::Holiday, Z::OneSize, G::UnisexOnly, true, 98, 149, 1100,
         "recycled nylon", "backpack straps|a shoe compartment", true, 0.4},
};
// clang-format on
} // namespace

std::span<const Kind> kinds()
{
    return kKinds;
}

int kindIndex(std::string_view base)
{
    for (size_t i = 0; i < kKinds.size(); ++i) {
        if (kKinds[i].base == base)
            return static_cast<int>(i);
    }
    return 0;
}

std::string_view listItem(std::string_view list, int index)
{
    const int count = listSize(list);
    int wanted = index % count;
    size_t start = 0;
    while (wanted-- > 0)
        start = list.find('|', start) + 1;
    const size_t end = list.find('|', start);
    return list.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

int listSize(std::string_view list)
{
    int count = 1;
    for (char c : list)
        count += c == '|' ? 1 : 0;
    return count;
}

std::string_view departmentSlug(Department department)
{
    switch (department) {
    case Department::Outerwear:
        return "jackets";
    case Department::Knitwear:
        return "sweaters";
    case Department::Tops:
        return "shirts-tops";
    case Department::Bottoms:
        return "pants-shorts";
    case Department::Dresses:
        return "dresses";
    case Department::Footwear:
        return "footwear";
    case Department::Accessories:
        return "accessories";
    case Department::Gear:
        return "gear";
    }
    return "gear";
}

std::string_view departmentTitle(Department department)
{
    switch (department) {
    case Department::Outerwear:
        return "Jackets & Coats";
    case Department::Knitwear:
        return "Sweaters & Knits";
    case Department::Tops:
        return "Shirts & Tops";
    case Department::Bottoms:
        return "Pants & Shorts";
    case Department::Dresses:
        return "Dresses";
    case Department::Footwear:
        return "Footwear";
    case Department::Accessories:
        return "Accessories";
    case Department::Gear:
        return "Gear";
    }
    return "Gear";
}

} // namespace flywheel::demo
