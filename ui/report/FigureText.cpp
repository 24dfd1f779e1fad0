#include "report/FigureText.h"

#include <cmath>

namespace flywheel {

namespace {
const QString kPercentMarker = QStringLiteral("(%)");
} // namespace

QString FigureText::number(double value, const QLocale& locale)
{
    const bool whole = std::abs(value - std::round(value)) < 0.05;
    return locale.toString(value, 'f', whole ? 0 : 1);
}

bool FigureText::isPercentage(const QString& label)
{
    return label.trimmed().endsWith(kPercentMarker);
}

QString FigureText::figure(double value, const QString& label, const QLocale& locale)
{
    return isPercentage(label) ? tr("%1%").arg(number(value, locale)) : number(value, locale);
}

QString FigureText::caption(const QString& label)
{
    QString caption = label.trimmed();
    if (caption.endsWith(kPercentMarker))
        caption.chop(kPercentMarker.size());
    return caption.trimmed();
}

} // namespace flywheel
