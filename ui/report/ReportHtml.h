#pragma once

#include "report/ReportData.h"
#include "report/WeeklyReport.h"

#include <QImage>
#include <QSet>

#include <functional>

namespace flywheel::report {

/// Where the page finds a chart: a data: URI for a file of its own, a resource name for a
/// QTextDocument that has the image added under it.
using ImageSource = std::function<QString(const QImage& chart)>;

/// The report's HTML for `data`, in the subset of HTML and CSS that both browsers and QTextDocument
/// render alike. Draws the momentum charts and asks `imageSource` where each one is. Before each row
/// named in `tableBreaks` its table is closed and opened again, its header row (<thead> in the
/// first table) repeated as its first row, so a page break can go there; rows are counted across
/// all the report's tables from 0, in order, header rows not counted.
[[nodiscard]] QString composeReportHtml(const ReportData& data, const ReportOptions& options,
    const ImageSource& imageSource, const QSet<int>& tableBreaks = {});

} // namespace flywheel::report
