#pragma once

#include <QPalette>

class QChart;

namespace flywheel {

/// Dresses a chart in the colors of `palette`: background, title, legend, axes and grid lines, so
/// charts sit in light and dark windows alike. Call again when the palette changes
/// (QEvent::PaletteChange). Series colors are left to the caller; add axes before calling.
void applyChartTheme(QChart* chart, const QPalette& palette);
/// The same with the application's palette.
void applyChartTheme(QChart* chart);

} // namespace flywheel
