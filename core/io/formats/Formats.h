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
[[nodiscard]] std::unique_ptr<Importer> makeZendeskTicketsImporter();
[[nodiscard]] std::unique_ptr<Importer> makeFreshdeskTicketsImporter();
[[nodiscard]] std::unique_ptr<Importer> makeGenericTicketsImporter();
[[nodiscard]] std::unique_ptr<Importer> makeJudgeMeReviewsImporter();
[[nodiscard]] std::unique_ptr<Importer> makeOkendoReviewsImporter();
[[nodiscard]] std::unique_ptr<Importer> makeYotpoReviewsImporter();
[[nodiscard]] std::unique_ptr<Importer> makeShopifyProductReviewsImporter();
[[nodiscard]] std::unique_ptr<Importer> makeGenericReviewsImporter();
[[nodiscard]] std::unique_ptr<Importer> makeShopifySearchesImporter();
[[nodiscard]] std::unique_ptr<Importer> makeGa4SearchTermsImporter();
[[nodiscard]] std::unique_ptr<Importer> makeAlgoliaSearchesImporter();
[[nodiscard]] std::unique_ptr<Importer> makeGenericSearchTermsImporter();

} // namespace flywheel::formats
