#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace flywheel {

/// How figures, trends and times read on the wheel and the panels, in the default QLocale.
/// A stage's figure label ending in "(%)" marks a percentage: "negative tickets (%)".
class Formatting {
public:
    Formatting() = delete;

    /// "18%", "1,204", "3.5".
    [[nodiscard]] static QString figure(double value, const QString& label);
    /// A share (0.42) as a whole percentage: "42%".
    [[nodiscard]] static QString share(double fraction);
    /// The label without its unit marker: "negative tickets".
    [[nodiscard]] static QString figureCaption(const QString& label);
    /// "+2.1 pts", "−14", "no change"; empty without a previous figure.
    [[nodiscard]] static QString delta(
        std::optional<double> current, std::optional<double> previous, const QString& label);
    /// Money in minor units as the owner reads it: "$1,772.50", "1.772,50 €", "¥3,000".
    [[nodiscard]] static QString money(std::int64_t minorUnits, const QString& currencyCode);
    /// "just now", "5 minutes ago", "yesterday", or the date; empty for an empty or bad time.
    [[nodiscard]] static QString relativeTime(const QString& isoUtc);
};

} // namespace flywheel
