#include "demo/WordLists.h"

#include <array>

namespace flywheel::demo::words {

namespace {
using namespace std::string_view_literals;

constexpr std::array kFirstNames = {
    "James"sv,   "Mary"sv,     "Robert"sv,  "Patricia"sv, "John"sv,    "Jennifer"sv, "Michael"sv, "Linda"sv,
    "David"sv,   "Elizabeth"sv, "William"sv, "Barbara"sv,  "Richard"sv, "Susan"sv,    "Joseph"sv,  "Jessica"sv,
    "Thomas"sv,  "Sarah"sv,    "Chris"sv,   "Karen"sv,    "Daniel"sv,  "Lisa"sv,     "Matthew"sv, "Nancy"sv,
    "Anthony"sv, "Sandra"sv,   "Mark"sv,    "Ashley"sv,   "Steven"sv,  "Emily"sv,    "Andrew"sv,  "Michelle"sv,
    "Joshua"sv,  "Amanda"sv,   "Kevin"sv,   "Melissa"sv,  "Brian"sv,   "Stephanie"sv, "Ryan"sv,   "Rebecca"sv,
    "Jacob"sv,   "Laura"sv,    "Nicholas"sv, "Hannah"sv,  "Tyler"sv,   "Olivia"sv,   "Ethan"sv,   "Emma"sv,
    "Noah"sv,    "Sophia"sv,   "Liam"sv,    "Ava"sv,      "Mason"sv,   "Isabella"sv, "Lucas"sv,   "Mia"sv,
    "Aiden"sv,   "Harper"sv,   "Caleb"sv,   "Abigail"sv,  "Owen"sv,    "Chloe"sv,    "Wyatt"sv,   "Grace"sv,
    "Julian"sv,  "Zoe"sv,      "Leo"sv,     "Nora"sv,     "Hudson"sv,  "Lily"sv,     "Miles"sv,   "Hazel"sv,
    "Carlos"sv,  "Sofia"sv,    "Diego"sv,   "Camila"sv,   "Mateo"sv,   "Valentina"sv, "Luis"sv,   "Lucia"sv,
    "Wei"sv,     "Mei"sv,      "Hiroshi"sv, "Yuki"sv,     "Arjun"sv,   "Priya"sv,    "Ravi"sv,    "Ananya"sv,
    "Omar"sv,    "Layla"sv,    "Yusuf"sv,   "Amira"sv,    "Kwame"sv,   "Amara"sv,    "Malik"sv,   "Imani"sv,
    "Sean"sv,    "Siobhan"sv,  "Declan"sv,    "Aoife"sv,    "Lars"sv,    "Ingrid"sv,   "Piotr"sv,   "Zofia"sv,
    "Dmitri"sv,  "Katya"sv,    "Theo"sv,    "Maya"sv,     "Eli"sv,     "Ruby"sv,     "Jonah"sv,   "Iris"sv,
    "Felix"sv,   "Ada"sv,      "Oscar"sv,   "Willa"sv,    "Jasper"sv,  "June"sv,     "Silas"sv,   "Clara"sv,
};

constexpr std::array kLastNames = {
    "Smith"sv,     "Johnson"sv,  "Williams"sv,  "Brown"sv,    "Jones"sv,     "Garcia"sv,  "Miller"sv,
    "Davis"sv,     "Rodriguez"sv, "Martinez"sv, "Hernandez"sv, "Lopez"sv,    "Gonzalez"sv, "Wilson"sv,
    "Anderson"sv,  "Thomas"sv,   "Taylor"sv,    "Moore"sv,    "Jackson"sv,   "Martin"sv,  "Lee"sv,
    "Perez"sv,     "Thompson"sv, "White"sv,     "Harris"sv,   "Sanchez"sv,   "Clark"sv,   "Ramirez"sv,
    "Lewis"sv,     "Robinson"sv, "Walker"sv,    "Young"sv,    "Allen"sv,     "King"sv,    "Wright"sv,
    "Scott"sv,     "Torres"sv,   "Nguyen"sv,    "Hill"sv,     "Flores"sv,    "Green"sv,   "Adams"sv,
    "Nelson"sv,    "Baker"sv,    "Hall"sv,      "Rivera"sv,   "Campbell"sv,  "Mitchell"sv, "Carter"sv,
    "Roberts"sv,   "Chen"sv,     "Wang"sv,      "Kim"sv,      "Park"sv,      "Patel"sv,   "Shah"sv,
    "Singh"sv,     "Tanaka"sv,   "Sato"sv,      "Cohen"sv,    "Levy"sv,      "Murphy"sv,  "O'Brien"sv,
    "Kelly"sv,     "Sullivan"sv, "Walsh"sv,     "Novak"sv,    "Kowalski"sv,  "Nowak"sv,   "Schmidt"sv,
    "Muller"sv,    "Weber"sv,    "Becker"sv,    "Larsen"sv,   "Nielsen"sv,   "Hansen"sv,  "Berg"sv,
    "Rossi"sv,     "Russo"sv,    "Ferrari"sv,   "Costa"sv,    "Silva"sv,     "Santos"sv,  "Oliveira"sv,
    "Okafor"sv,    "Mensah"sv,   "Diallo"sv,    "Haddad"sv,   "Khalil"sv,    "Rahman"sv,  "Ali"sv,
    "Ivanov"sv,    "Petrov"sv,   "Fischer"sv,   "Meyer"sv,    "Brooks"sv,    "Reed"sv,    "Bell"sv,
    "Hayes"sv,     "Foster"sv,   "Bryant"sv,    "Griffin"sv,  "Hughes"sv,    "Price"sv,   "Wood"sv,
    "Barnes"sv,    "Ross"sv,     "Henderson"sv, "Coleman"sv,  "Jenkins"sv,   "Perry"sv,   "Powell"sv,
    "Long"sv,      "Patterson"sv, "Fox"sv,      "Sims"sv,     "Wells"sv,     "Webb"sv,    "Stone"sv,
    "Hart"sv,      "Lane"sv,     "Frost"sv,     "Quinn"sv,    "Marsh"sv,     "Pierce"sv,  "Dunn"sv,
};

constexpr std::array kStreets = {
    "Main"sv,    "Oak"sv,     "Maple"sv,   "Cedar"sv,    "Pine"sv,      "Elm"sv,     "Washington"sv,
    "Lake"sv,    "Hill"sv,    "Park"sv,    "Bedford"sv,  "Franklin"sv,  "Union"sv,   "Atlantic"sv,
    "Court"sv,   "Smith"sv,   "Grand"sv,   "Market"sv,   "Church"sv,    "Spring"sv,  "Water"sv,
    "Highland"sv, "Ridge"sv,  "Prospect"sv, "Sunset"sv,  "Jefferson"sv, "Madison"sv, "Lincoln"sv,
    "River"sv,   "Forest"sv,  "Mill"sv,    "Chestnut"sv, "Walnut"sv,    "Willow"sv,  "Linden"sv,
    "Greene"sv,  "Dean"sv,    "Bergen"sv,  "Clinton"sv,  "Myrtle"sv,    "Orchard"sv, "Harbor"sv,
};

constexpr std::array kStreetSuffixes = {"St"sv, "Ave"sv, "Rd"sv, "Blvd"sv, "Ln"sv, "Pl"sv, "Ct"sv, "Dr"sv, "Way"sv};

constexpr std::array kEmailDomains = {"example.com"sv, "example.net"sv, "example.org"sv, "mail.example.com"sv,
                                      "inbox.example.net"sv};

constexpr std::array kCompanies = {"Hudson Design Studio"sv, "Greenpoint Architects"sv, "Blue Heron Cafe"sv,
                                   "Atlas Climbing Club"sv, "Riverside Physical Therapy"sv};

constexpr std::array kCities = {
    City{"Brooklyn", "NY", "New York", "11211", "718", 8875, 7.0},
    City{"New York", "NY", "New York", "10001", "212", 8875, 6.0},
    City{"Astoria", "NY", "New York", "11102", "718", 8875, 2.0},
    City{"Jersey City", "NJ", "New Jersey", "07302", "201", 6625, 2.0},
    City{"Hoboken", "NJ", "New Jersey", "07030", "201", 6625, 1.0},
    City{"Yonkers", "NY", "New York", "10701", "914", 8875, 1.0},
    City{"Albany", "NY", "New York", "12207", "518", 8000, 0.6},
    City{"Buffalo", "NY", "New York", "14202", "716", 8750, 0.6},
    City{"Boston", "MA", "Massachusetts", "02108", "617", 6250, 2.0},
    City{"Cambridge", "MA", "Massachusetts", "02139", "617", 6250, 1.0},
    City{"Providence", "RI", "Rhode Island", "02903", "401", 7000, 0.6},
    City{"Burlington", "VT", "Vermont", "05401", "802", 7000, 0.5},
    City{"Portland", "ME", "Maine", "04101", "207", 5500, 0.5},
    City{"New Haven", "CT", "Connecticut", "06510", "203", 6350, 0.6},
    City{"Philadelphia", "PA", "Pennsylvania", "19103", "215", 8000, 2.0},
    City{"Pittsburgh", "PA", "Pennsylvania", "15222", "412", 7000, 1.0},
    City{"Baltimore", "MD", "Maryland", "21201", "410", 6000, 1.0},
    City{"Washington", "DC", "District of Columbia", "20001", "202", 6000, 1.2},
    City{"Richmond", "VA", "Virginia", "23219", "804", 6000, 0.6},
    City{"Raleigh", "NC", "North Carolina", "27601", "919", 7250, 0.8},
    City{"Asheville", "NC", "North Carolina", "28801", "828", 7000, 0.5},
    City{"Atlanta", "GA", "Georgia", "30303", "404", 8900, 1.2},
    City{"Miami", "FL", "Florida", "33130", "305", 7000, 1.0},
    City{"Nashville", "TN", "Tennessee", "37203", "615", 9250, 0.8},
    City{"Chicago", "IL", "Illinois", "60601", "312", 10250, 2.0},
    City{"Detroit", "MI", "Michigan", "48226", "313", 6000, 0.7},
    City{"Ann Arbor", "MI", "Michigan", "48104", "734", 6000, 0.4},
    City{"Columbus", "OH", "Ohio", "43215", "614", 7500, 0.7},
    City{"Minneapolis", "MN", "Minnesota", "55401", "612", 8025, 1.0},
    City{"Madison", "WI", "Wisconsin", "53703", "608", 5500, 0.5},
    City{"Denver", "CO", "Colorado", "80202", "303", 8810, 1.4},
    City{"Boulder", "CO", "Colorado", "80302", "303", 8845, 0.8},
    City{"Salt Lake City", "UT", "Utah", "84101", "801", 7750, 0.8},
    City{"Boise", "ID", "Idaho", "83702", "208", 6000, 0.4},
    City{"Bozeman", "MT", "Montana", "59715", "406", 0, 0.3},
    City{"Austin", "TX", "Texas", "78701", "512", 8250, 1.2},
    City{"Dallas", "TX", "Texas", "75201", "214", 8250, 1.0},
    City{"Phoenix", "AZ", "Arizona", "85004", "602", 8600, 0.8},
    City{"Seattle", "WA", "Washington", "98101", "206", 10350, 1.6},
    City{"Portland", "OR", "Oregon", "97204", "503", 0, 1.4},
    City{"Bend", "OR", "Oregon", "97701", "541", 0, 0.5},
    City{"San Francisco", "CA", "California", "94103", "415", 8625, 1.5},
    City{"Los Angeles", "CA", "California", "90012", "213", 9500, 1.8},
    City{"San Diego", "CA", "California", "92101", "619", 7750, 0.8},
    City{"Anchorage", "AK", "Alaska", "99501", "907", 0, 0.3},
    City{"Wilmington", "DE", "Delaware", "19801", "302", 0, 0.3},
    City{"Manchester", "NH", "New Hampshire", "03101", "603", 0, 0.4},
    City{"Honolulu", "HI", "Hawaii", "96813", "808", 4500, 0.3},
};

constexpr std::array kColours = {
    Colour{"Black", "BLK"},     Colour{"Navy", "NVY"},        Colour{"Olive", "OLV"},   Colour{"Charcoal", "CHR"},
    Colour{"Heather Grey", "HGR"}, Colour{"Sand", "SND"},     Colour{"Rust", "RST"},    Colour{"Forest Green", "FGR"},
    Colour{"Slate Blue", "SLB"}, Colour{"Oatmeal", "OAT"},    Colour{"Cream", "CRM"},   Colour{"Burgundy", "BRG"},
    Colour{"Mustard", "MST"},   Colour{"Sky Blue", "SKY"},    Colour{"White", "WHT"},   Colour{"Khaki", "KHK"},
    Colour{"Moss", "MOS"},      Colour{"Clay", "CLY"},        Colour{"Stone", "STN"},   Colour{"Indigo", "IND"},
};

constexpr std::array kProductLines = {
    "Alpine"sv,    "Summit"sv,    "Ridgeline"sv, "Harbor"sv,    "Cascade"sv,   "Timberline"sv, "Meadow"sv,
    "Coastal"sv,   "Boulder"sv,   "Fjord"sv,     "Canyon"sv,    "Glacier"sv,   "Prairie"sv,    "Sierra"sv,
    "Tundra"sv,    "Cedar"sv,     "Aspen"sv,     "Birch"sv,     "Granite"sv,   "Basecamp"sv,   "Trailhead"sv,
    "Northshore"sv, "Driftwood"sv, "Lakeside"sv, "Highland"sv,  "Redwood"sv,   "Juniper"sv,    "Saltwater"sv,
    "Skyline"sv,   "Evergreen"sv, "Ember"sv,     "Hollow"sv,    "Pinecrest"sv, "Riverbend"sv,  "Moraine"sv,
    "Talus"sv,     "Solstice"sv,  "Equinox"sv,   "Horizon"sv,   "Outpost"sv,   "Waypoint"sv,   "Switchback"sv,
    "Headwater"sv, "Bluff"sv,     "Cove"sv,      "Dune"sv,      "Mesa"sv,      "Larch"sv,      "Spruce"sv,
    "Hemlock"sv,   "Willow"sv,    "Tidal"sv,     "Breaker"sv,   "Heron"sv,     "Lupine"sv,     "Sage"sv,
    "Thistle"sv,   "Bramble"sv,   "Heath"sv,     "Crag"sv,      "Scree"sv,     "Cirque"sv,     "Fieldstone"sv,
    "Windward"sv,  "Leeward"sv,   "Kettle"sv,    "Quarry"sv,    "Ferry"sv,     "Lantern"sv,    "Beacon"sv,
};

constexpr std::array kProductModifiers = {
    "Packable"sv, "Lightweight"sv, "Heavyweight"sv, "Recycled"sv, "Stretch"sv, "Classic"sv, "Relaxed"sv,
    "Everyday"sv, "Travel"sv,      "Ultralight"sv,  "Organic"sv,  "Vintage"sv, "Essential"sv, "Expedition"sv,
    "Weekend"sv,  "Field"sv,
};
} // namespace

std::span<const std::string_view> firstNames() { return kFirstNames; }
std::span<const std::string_view> lastNames() { return kLastNames; }
std::span<const std::string_view> streets() { return kStreets; }
std::span<const std::string_view> streetSuffixes() { return kStreetSuffixes; }
std::span<const std::string_view> emailDomains() { return kEmailDomains; }
std::span<const std::string_view> companies() { return kCompanies; }
std::span<const City> cities() { return kCities; }
int brooklyn() { return 0; }
std::span<const Colour> colours() { return kColours; }
std::span<const std::string_view> productLines() { return kProductLines; }
std::span<const std::string_view> productModifiers() { return kProductModifiers; }

} // namespace flywheel::demo::words
