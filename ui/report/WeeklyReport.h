#pragma once

#include "Error.h"
#include "store/Database.h"

#include <QDate>
#include <QLocale>

namespace flywheel::report {

struct ReportOptions {
    QLocale locale; ///< numbers and dates
    QDate today = QDate::currentDate(); ///< the "generated" day
};

/// The weekly report as one self-contained HTML page (charts embedded as data: URIs): the wheel's
/// stages with their latest figures, the momentum figures over time, the actions waiting for the
/// owner and the outcomes of the pushed ones. Needs a QGuiApplication (fonts and images); safe on a
/// worker thread with that thread's own `db`.
[[nodiscard]] Result<QString> reportHtml(Database& db, const ReportOptions& options = {});

/// Writes the report to `path`: HTML for .html or .htm, an A4 PDF for .pdf; any other extension is
/// refused with InvalidArgument before anything is read. The file is replaced only once it is
/// complete. Same thread rules as reportHtml().
[[nodiscard]] Result<void> writeReport(Database& db, const QString& path, const ReportOptions& options = {});

} // namespace flywheel::report
