#pragma once

#include <QString>

#include <span>
#include <string_view>

namespace flywheel::attributes {

/// A product property Flywheel knows by name, shared by the stages that read about it: the Service
/// stage finds which ones customers ask about, the Content stage which ones a product's page states.
struct KnownAttribute {
    std::string_view key; ///< stable machine name, e.g. "waterproof"; the attribute column of the signal tables
    const char* title; ///< for the owner, translated with title()
    /// '|'-separated phrases customers ask about it with, in the languages stores write in; empty for
    /// properties customers do not ask about (colour, pattern: they look at the pictures).
    std::string_view asks;
    /// '|'-separated phrases whose presence on a page answers the question.
    std::string_view answers;
};

/// Every known attribute, in a fixed order.
[[nodiscard]] std::span<const KnownAttribute> knownAttributes();
/// The attribute with this key, or null.
[[nodiscard]] const KnownAttribute* findAttribute(QStringView key);
/// The attribute's title in the owner's language.
[[nodiscard]] QString title(const KnownAttribute& attribute);
/// The title of any attribute key: a known one's translated title, or the store's own name of one it
/// named itself ("option:heel height" -> "heel height").
[[nodiscard]] QString title(const QString& key);

} // namespace flywheel::attributes
