#pragma once

#include "stages/outcomes/OutcomeQueries.h"

#include <QImage>
#include <QLocale>
#include <QSize>

namespace flywheel::report {

/// The size of a momentum chart on the page, in CSS pixels (1/96 inch).
inline constexpr QSize kChartSize { 240, 90 };

/// A small line chart of one momentum figure over time: the line with its latest point marked, the
/// lowest and highest value at the left and the first and last day underneath. Drawn at
/// `pixelRatio` device pixels per CSS pixel, so it stays sharp in print. The series needs two
/// points or more. Safe on any thread.
[[nodiscard]] QImage drawMomentumChart(
    const outcomes::MomentumSeries& series, const QString& currency, const QLocale& locale, qreal pixelRatio = 3);

} // namespace flywheel::report
