#pragma once

#include "io/Importer.h"

#include <memory>

// One factory per export format; the registry in Formats.cpp lists them all.
namespace flywheel::formats {

[[nodiscard]] std::unique_ptr<Importer> makeShopifyProductsImporter();
[[nodiscard]] std::unique_ptr<Importer> makeShopifyOrdersImporter();
[[nodiscard]] std::unique_ptr<Importer> makeShopifyCustomersImporter();
[[nodiscard]] std::unique_ptr<Importer> makeShopifyInventoryImporter();
[[nodiscard]] std::unique_ptr<Importer> makeWooProductsImporter();
[[nodiscard]] std::unique_ptr<Importer> makeWooOrdersImporter();
[[nodiscard]] std::unique_ptr<Importer> makeWooCustomersImporter();
[[nodiscard]] std::unique_ptr<Importer> makeCollectionsImporter();

} // namespace flywheel::formats
