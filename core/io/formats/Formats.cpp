#include "io/formats/Formats.h"

#include <array>

namespace flywheel {

std::span<const FormatEntry> importFormats()
{
    static const std::array kFormats = {
        FormatEntry{"shopify-products", &formats::makeShopifyProductsImporter},
        FormatEntry{"shopify-orders", &formats::makeShopifyOrdersImporter},
        FormatEntry{"shopify-customers", &formats::makeShopifyCustomersImporter},
        FormatEntry{"shopify-inventory", &formats::makeShopifyInventoryImporter},
        FormatEntry{"woocommerce-products", &formats::makeWooProductsImporter},
        FormatEntry{"woocommerce-orders", &formats::makeWooOrdersImporter},
        FormatEntry{"woocommerce-customers", &formats::makeWooCustomersImporter},
        FormatEntry{"collections", &formats::makeCollectionsImporter},
        FormatEntry{"zendesk-tickets", &formats::makeZendeskTicketsImporter},
        FormatEntry{"freshdesk-tickets", &formats::makeFreshdeskTicketsImporter},
        FormatEntry{"generic-tickets", &formats::makeGenericTicketsImporter},
        FormatEntry{"judgeme-reviews", &formats::makeJudgeMeReviewsImporter},
        FormatEntry{"okendo-reviews", &formats::makeOkendoReviewsImporter},
        FormatEntry{"yotpo-reviews", &formats::makeYotpoReviewsImporter},
        FormatEntry{"shopify-product-reviews", &formats::makeShopifyProductReviewsImporter},
        FormatEntry{"generic-reviews", &formats::makeGenericReviewsImporter},
        FormatEntry{"shopify-searches", &formats::makeShopifySearchesImporter},
        FormatEntry{"ga4-search-terms", &formats::makeGa4SearchTermsImporter},
        FormatEntry{"algolia-searches", &formats::makeAlgoliaSearchesImporter},
        FormatEntry{"generic-search-terms", &formats::makeGenericSearchTermsImporter},
    };
    return kFormats;
}

} // namespace flywheel
