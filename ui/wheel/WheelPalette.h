#pragma once

#include <QColor>
#include <QPalette>

namespace flywheel {

/// The colors of the wheel, derived from the widget's palette so light and dark themes both read well.
class WheelPalette {
public:
    WheelPalette() = delete;

    /// Each stage's own hue (by machine name), brightened on dark palettes.
    [[nodiscard]] static QColor accent(const QString& stage, const QPalette& palette);
    /// `a` blended towards `b` by `amount` (0 = a, 1 = b).
    [[nodiscard]] static QColor mix(const QColor& a, const QColor& b, qreal amount);
    /// Text that says less: captions, hints.
    [[nodiscard]] static QColor mutedText(const QPalette& palette);
    /// Hairlines and the ring's track.
    [[nodiscard]] static QColor line(const QPalette& palette);
    /// Something went wrong (a failed run), readable on the palette's base color.
    [[nodiscard]] static QColor warning(const QPalette& palette);
    [[nodiscard]] static bool isDark(const QPalette& palette);
};

} // namespace flywheel
