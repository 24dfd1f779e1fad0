#pragma once

#include "demo/World.h"

#include <span>
#include <string_view>

namespace flywheel::demo {

enum class Sizing : quint8 {
    Apparel, ///< XS..XXL
    Shoes,   ///< US whole sizes
    Trio,    ///< S, M, L
    Waist,   ///< 28..38
    OneSize, ///< no size option
};

enum class KindGender : quint8 { Any, WomenOnly, UnisexOnly };

/// One kind of thing the store sells ("Shell Jacket"): the facts every product of that kind
/// shares. Lists inside are '|'-separated to keep the table readable.
struct Kind {
    std::string_view base;     ///< last words of the title
    std::string_view code;     ///< SKU prefix, unique per kind
    std::string_view type;     ///< Shopify product type
    std::string_view category; ///< Shopify taxonomy path
    std::string_view vendor;
    Department department;
    Season season;
    Sizing sizing;
    KindGender gender;
    bool colours;
    int minPrice; ///< dollars
    int maxPrice;
    int grams;
    std::string_view materials;
    std::string_view features;
    bool weather;  ///< waterproofness matters to buyers of this kind
    double share;  ///< how common the kind is in the catalog
};

[[nodiscard]] std::span<const Kind> kinds();
/// Index of the kind with this base name; the planted products name theirs.
[[nodiscard]] int kindIndex(std::string_view base);
/// The '|'-separated item `index` (wrapping) of `list`.
[[nodiscard]] std::string_view listItem(std::string_view list, int index);
[[nodiscard]] int listSize(std::string_view list);
[[nodiscard]] std::string_view departmentSlug(Department department);
[[nodiscard]] std::string_view departmentTitle(Department department);

} // namespace flywheel::demo
