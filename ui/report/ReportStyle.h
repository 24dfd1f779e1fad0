#pragma once

#include <QColor>
#include <QString>

#include <utility>

namespace flywheel::report::style {

// The app's light palette, copied from ui/wheel/WheelPalette.cpp and ui/ChartTheme.cpp (the report
// library does not link the widgets): paper is always white, so the light values are the right ones.
inline const QColor kText { 0x1f, 0x23, 0x28 };
inline const QColor kMuted { 0x6e, 0x72, 0x78 }; ///< text mixed 40% towards the window, as mutedText()
inline const QColor kRule { 0xdc, 0xde, 0xe1 }; ///< hairlines, as WheelPalette::line()
inline const QColor kGrid { 0xee, 0xef, 0xf1 }; ///< chart grid: text at 15%, as the chart theme
inline const QColor kAxis { 0x9d, 0xa0, 0xa5 }; ///< chart axis: text at 45%
inline const QColor kAccent { 0x2b, 0x74, 0xd0 }; ///< chart lines: the wheel's blue
inline const QColor kBetter { 0x1a, 0x7f, 0x37 };
inline const QColor kWorse { 0xb3, 0x26, 0x1e }; ///< as WheelPalette::warning() on a light palette

/// Each stage's own hue, as on the wheel; the accent for a name the wheel does not know.
[[nodiscard]] inline QColor stageColor(const QString& stage)
{
    const std::pair<const char*, QColor> hues[] = {
        { "service", QColor(0x0c, 0x94, 0x88) },
        { "content", QColor(0x2b, 0x74, 0xd0) },
        { "search", QColor(0x63, 0x5b, 0xd6) },
        { "merchandising", QColor(0xa1, 0x4c, 0xc2) },
        { "inventory", QColor(0xc9, 0x7a, 0x0b) },
        { "promotions", QColor(0xd0, 0x3f, 0x67) },
    };
    for (const auto& [name, hue] : hues) {
        if (stage == QLatin1StringView(name))
            return hue;
    }
    return kAccent;
}

} // namespace flywheel::report::style
