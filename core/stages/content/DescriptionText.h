#pragma once

#include <QStringList>

namespace flywheel::content {

/// Marks the part of a suggested sentence the owner has to write: "Fit: [[fill in: e.g. true to size]]".
/// Nothing with a mark in it is ever written to a product file.
[[nodiscard]] QString placeholder(const QString& attribute);
[[nodiscard]] bool hasPlaceholder(const QString& text);

/// Adds plain-text lines ("Care: machine wash cold") to a product description in the style it already
/// uses: as items of its last list when the description ends with one, otherwise as paragraphs.
/// The lines are HTML-escaped; the existing HTML is kept byte for byte.
[[nodiscard]] QString addToDescription(const QString& html, const QStringList& lines);

} // namespace flywheel::content
