// Search query parsing and ranking on a small catalog: typos, prefixes, synonyms, attribute and
// price filters, whatever a shopper types.
#include "FuzzInput.h"
#include "search/Engine.h"

#include <memory>

namespace {
flywheel::search::Document product(
    std::int64_t id, const QString& title, const QString& type, const QString& colour, double price)
{
    using flywheel::search::Field;
    flywheel::search::Document document;
    document.productId = id;
    document.handle = title.toLower().replace(u' ', u'-');
    document.sku = QStringLiteral("SKU-%1").arg(id);
    document.skus = { document.sku };
    document.fields[static_cast<int>(Field::Title)] = title;
    document.fields[static_cast<int>(Field::Type)] = type;
    document.fields[static_cast<int>(Field::Attributes)] = colour;
    document.fields[static_cast<int>(Field::Description)] = title + QStringLiteral(" for rain, wind and snow.");
    document.attributes = { { QStringLiteral("colour"), colour } };
    document.minPrice = price;
    return document;
}

const flywheel::search::Engine& engine()
{
    static const std::unique_ptr<flywheel::search::Engine> instance = [] {
        std::vector<flywheel::search::Document> documents {
            product(
                1, QStringLiteral("Waterproof Rain Jacket"), QStringLiteral("Jackets"), QStringLiteral("navy"), 120),
            product(2, QStringLiteral("Merino Wool Sweater"), QStringLiteral("Sweaters"), QStringLiteral("grey"), 89.5),
            product(3, QStringLiteral("Trail Running Shoes"), QStringLiteral("Shoes"), QStringLiteral("red"), 140),
            product(4, QStringLiteral("Down Winter Parka"), QStringLiteral("Jackets"), QStringLiteral("black"), 260),
            product(5, QStringLiteral("Cotton Beanie Hat"), QStringLiteral("Hats"), QStringLiteral("navy"), 25),
        };
        auto built = std::make_unique<flywheel::search::Engine>(
            std::make_shared<const flywheel::search::Index>(flywheel::search::Index::build(std::move(documents))));
        built->setSynonyms({ { QStringLiteral("jumper"), QStringLiteral("sweater") },
            { QStringLiteral("raincoat"), QStringLiteral("rain jacket") } });
        return built;
    }();
    return *instance;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString query = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)engine().search(query);
    return 0;
}
