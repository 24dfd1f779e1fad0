#pragma once

#include "demo/PhaseProgress.h"
#include "demo/Random.h"
#include "demo/World.h"
#include "io/CsvWriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <string>
#include <string_view>

namespace flywheel::demo {

/// Index of `name` in a header, checked at compile time (an unknown name does not compile).
template <size_t N>
constexpr size_t column(const std::array<std::string_view, N>& header, std::string_view name)
{
    for (size_t i = 0; i < N; ++i) {
        if (header[i] == name)
            return i;
    }
    throw "unknown column";
}

/// One CSV row built in reused strings, so a million rows allocate almost nothing.
template <size_t N>
class Row {
public:
    std::string& operator[](size_t index) { return m_cells[index]; }

    void clear()
    {
        for (std::string& cell : m_cells)
            cell.clear();
    }

    void write(CsvWriter& writer)
    {
        for (size_t i = 0; i < N; ++i)
            m_views[i] = m_cells[i];
        writer.writeRow(std::span<const std::string_view>(m_views));
    }

private:
    std::array<std::string, N> m_cells;
    std::array<std::string_view, N> m_views;
};

template <size_t N>
void writeHeader(CsvWriter& writer, const std::array<std::string_view, N>& header)
{
    writer.writeRow(std::span<const std::string_view>(header));
}

// Shopify exports (catalog side).
[[nodiscard]] Result<void> writeProducts(const World& world, const QString& path);
[[nodiscard]] Result<void> writeInventory(const World& world, const QString& path);
[[nodiscard]] Result<void> writeCollections(const World& world, const QString& path);

// Shopify exports (sales side).
[[nodiscard]] Result<void> writeOrders(const World& world, const QString& path, PhaseProgress& progress);
[[nodiscard]] Result<void> writeCustomers(const World& world, const QString& path);

// Help desk, review app and site search: generated while written, noting what they planted.
[[nodiscard]] Result<void> writeTickets(World& world, Random& random, const QString& path);
[[nodiscard]] Result<void> writeReviews(World& world, Random& random, const QString& path);
[[nodiscard]] Result<void> writeSearchTerms(World& world, Random& random, const QString& path);
/// A later period's search report: the generated history's queries (drawn again from
/// `historyRandom`, a fresh stream like the one that drew them) with what they find now (the
/// catalog as it is, the fixes in world.searchFixes), for the period's weeks drawn from `random`.
[[nodiscard]] Result<void> writeLaterSearchTerms(World& world, Random& historyRandom, Random& random,
                                                 const QString& path);

[[nodiscard]] Result<void> writeGroundTruth(const World& world, const QString& path);
/// What each written ticket is about (world.ticketLabels), as the ground truth lists it.
[[nodiscard]] QJsonArray ticketLabelsJson(const World& world);
/// Writes `root` as indented JSON, or says why it could not.
[[nodiscard]] Result<void> writeJsonFile(const QJsonObject& root, const QString& path);

} // namespace flywheel::demo
