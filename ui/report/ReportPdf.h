#pragma once

#include "report/ReportData.h"
#include "report/WeeklyReport.h"

#include <QIODevice>

namespace flywheel::report {

/// Prints the report as an A4 PDF into `device`: the page laid out by QTextDocument, a table row
/// that would break across pages moved to the next page whole (its table's header row repeats
/// there), a section's heading kept with its first row, and the store, the report's date and
/// "page n of m" at the foot of every page.
void printPdf(const ReportData& data, const ReportOptions& options, QIODevice& device);

} // namespace flywheel::report
