#pragma once

#include "demo/World.h"

#include <span>
#include <string_view>

/// The project's own word lists for names, places and product naming. Nothing is downloaded;
/// streets and phone numbers are fictional, e-mail domains are the reserved example domains.
namespace flywheel::demo::words {

struct Colour {
    std::string_view name;
    std::string_view code; ///< three letters used in SKUs
};

[[nodiscard]] std::span<const std::string_view> firstNames();
[[nodiscard]] std::span<const std::string_view> lastNames();
[[nodiscard]] std::span<const std::string_view> streets();
[[nodiscard]] std::span<const std::string_view> streetSuffixes();
[[nodiscard]] std::span<const std::string_view> emailDomains();
[[nodiscard]] std::span<const std::string_view> companies();
[[nodiscard]] std::span<const City> cities();
/// Index of the Brooklyn entry in cities(); the store's own neighbourhood.
[[nodiscard]] int brooklyn();
[[nodiscard]] std::span<const Colour> colours();
/// Evocative first words of product names ("Alpine", "Harbor").
[[nodiscard]] std::span<const std::string_view> productLines();
/// Optional second words that keep names unique in big catalogs ("Packable", "Heavyweight").
[[nodiscard]] std::span<const std::string_view> productModifiers();

} // namespace flywheel::demo::words
