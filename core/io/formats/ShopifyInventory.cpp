#include "io/formats/Formats.h"

#include "io/formats/CatalogWriter.h"
#include "io/formats/FormatBase.h"

#include <array>

namespace flywheel::formats {

namespace {

enum Field {
    Handle, Title, Option1Name, Option1Value, Option2Name, Option2Value, Option3Name, Option3Value, Sku, HsCode, Coo,
    Location, Incoming, Unavailable, Committed, Available, OnHand,
};

const std::vector<FieldSpec> kFields = {
    {Handle, {"handle"}, true},
    {Title, {"title"}},
    {Option1Name, {"option1 name"}},
    {Option1Value, {"option1 value"}},
    {Option2Name, {"option2 name"}},
    {Option2Value, {"option2 value"}},
    {Option3Name, {"option3 name"}},
    {Option3Value, {"option3 value"}},
    {Sku, {"sku"}},
    {HsCode, {"hs code"}, true},
    {Coo, {"coo"}, true},
    {Location, {"location"}},
    {Incoming, {"incoming (not editable)", "incoming"}},
    {Unavailable, {"unavailable (not editable)", "unavailable"}},
    {Committed, {"committed (not editable)", "committed"}},
    {Available, {"available (not editable)", "available"}},
    {OnHand, {"on hand (current)", "on hand"}},
};

/// Shopify's inventory CSV in both generations: the current long layout (one row per variant and
/// location) and the legacy wide one (one column of available quantities per location, after COO).
class ShopifyInventoryImporter final : public FormatBase {
    Q_DECLARE_TR_FUNCTIONS(ShopifyInventoryImporter)
public:
    std::string_view name() const override { return "shopify-inventory"; }
    std::string_view platform() const override { return "shopify"; }
    QString title() const override { return tr("Shopify inventory export"); }
    const std::vector<FieldSpec>& fields() const override { return kFields; }

    void setHeader(const std::vector<std::string>& header, const std::vector<int>& columnOfField) override
    {
        FormatBase::setHeader(header, columnOfField);
        m_wideLocations.clear();
        if (has(Location))
            return;
        for (size_t column = static_cast<size_t>(columnOfField[Coo]) + 1; column < header.size(); ++column)
            m_wideLocations.push_back(static_cast<int>(column));
    }

    Result<void> begin(ImportContext& context) override
    {
        m_readOn = context.asOf.toString(Qt::ISODate).toStdString();
        m_links.emplace(context.db, context.batchId);
        m_levels.emplace(context.db, context.batchId, "inventory_levels",
                         std::vector<std::string>{"variant_id", "location_id", "read_on"},
                         std::vector<std::string>{"stocked", "available", "on_hand", "committed", "incoming",
                                                  "unavailable"},
                         // The wide layout carries only available quantities, one column per location.
                         has(Location) ? presence({kDerived, Available, OnHand, Committed, Incoming, Unavailable})
                                       : std::vector<bool>{true, true, false, false, false, false});
        return {};
    }

    RowResult importRow(const Row& row, ParsedRow*, ImportContext&) override
    {
        const std::string_view handle = row[Handle];
        if (handle.empty())
            return rejectRow(row.reject(Handle, tr("the row has no product handle")));
        if (has(Location) && row[Location].empty())
            return rejectRow(row.reject(Location, tr("the row names no location")));

        // Read every quantity before writing anything, so a bad cell rejects the whole row.
        struct Reading {
            std::string_view location;
            bool stocked = true;
            std::array<std::optional<std::int64_t>, 5> quantities; // available, on hand, committed, incoming, unavailable
        };
        std::vector<Reading> readings;
        if (has(Location)) {
            Reading reading{row[Location], true, {}};
            const std::array fields{Available, OnHand, Committed, Incoming, Unavailable};
            for (size_t i = 0; i < fields.size(); ++i) {
                if (isNotStocked(row[fields[i]])) {
                    reading.stocked = false;
                    continue;
                }
                FLYWHEEL_READ_CELL(quantity, row.integer(fields[i]));
                reading.quantities[i] = quantity;
            }
            readings.push_back(reading);
        } else {
            for (int column : m_wideLocations) {
                const auto& cells = row.cells();
                const std::string_view cell = values::trim(cells[static_cast<size_t>(column)]);
                Reading reading{m_header[static_cast<size_t>(column)], !isNotStocked(cell), {}};
                if (reading.stocked) {
                    auto quantity = values::integer(cell);
                    if (!quantity) {
                        return rejectRow(RowReject{tr("\"%1\" %2").arg(QString::fromUtf8(cell.data(), qsizetype(cell.size())),
                                                                       quantity.error()),
                                                   QString::fromStdString(m_header[static_cast<size_t>(column)])});
                    }
                    reading.quantities[0] = *quantity;
                }
                readings.push_back(reading);
            }
        }

        FLYWHEEL_TRY(productId, m_links->product("shopify", handle, handle, row[Title]));
        const std::string key = variantKey(row[Option1Value], row[Option2Value], row[Option3Value]);
        const CatalogLinks::VariantFacts facts{row.identifier(Sku),
                                               {row[Option1Name], row[Option2Name], row[Option3Name]},
                                               {row[Option1Value], row[Option2Value], row[Option3Value]}};
        FLYWHEEL_TRY(variantId, m_links->variant(productId, key, facts));

        WriteOutcome outcome = WriteOutcome::Unchanged;
        for (const Reading& reading : readings) {
            FLYWHEEL_TRY(locationId, m_links->location(reading.location));
            const std::array keys{SqlValue{variantId}, SqlValue{locationId}, SqlValue{std::string_view(m_readOn)}};
            const std::array vals{SqlValue{std::int64_t(reading.stocked ? 1 : 0)}, optional(reading.quantities[0]),
                                  optional(reading.quantities[1]), optional(reading.quantities[2]),
                                  optional(reading.quantities[3]), optional(reading.quantities[4])};
            FLYWHEEL_TRY(level, m_levels->upsert(keys, vals));
            outcome = strongest(outcome, level.outcome);
        }
        return accepted(outcome);
    }

private:
    static bool isNotStocked(std::string_view cell) { return lowered(cell) == "not stocked"; }

    std::optional<CatalogLinks> m_links;
    std::optional<TableWriter> m_levels;
    std::vector<int> m_wideLocations;
    std::string m_readOn;
};

} // namespace

std::unique_ptr<Importer> makeShopifyInventoryImporter()
{
    return std::make_unique<ShopifyInventoryImporter>();
}

} // namespace flywheel::formats
