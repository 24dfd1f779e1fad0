#include "wheel/WheelPalette.h"

#include <QHash>

namespace flywheel {

bool WheelPalette::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor WheelPalette::accent(const QString& stage, const QPalette& palette)
{
    // Hues spaced around the color wheel in wheel order, so neighbours never look alike.
    static const QHash<QString, QColor> hues {
        { QStringLiteral("service"), QColor(0x0c, 0x94, 0x88) },
        { QStringLiteral("content"), QColor(0x2b, 0x74, 0xd0) },
        { QStringLiteral("search"), QColor(0x63, 0x5b, 0xd6) },
        { QStringLiteral("merchandising"), QColor(0xa1, 0x4c, 0xc2) },
        { QStringLiteral("inventory"), QColor(0xc9, 0x7a, 0x0b) },
        { QStringLiteral("promotions"), QColor(0xd0, 0x3f, 0x67) },
    };
    const QColor hue = hues.value(stage, palette.color(QPalette::Highlight));
    return isDark(palette) ? hue.lighter(135) : hue;
}

QColor WheelPalette::mix(const QColor& a, const QColor& b, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(static_cast<float>(a.redF() * keep + b.redF() * amount),
        static_cast<float>(a.greenF() * keep + b.greenF() * amount),
        static_cast<float>(a.blueF() * keep + b.blueF() * amount),
        static_cast<float>(a.alphaF() * keep + b.alphaF() * amount));
}

QColor WheelPalette::mutedText(const QPalette& palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.4);
}

QColor WheelPalette::line(const QPalette& palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.82);
}

QColor WheelPalette::warning(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

} // namespace flywheel
