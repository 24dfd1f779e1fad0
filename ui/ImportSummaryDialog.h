#pragma once

#include "io/Import.h"

#include <QDialog>
#include <QList>

namespace flywheel {

/// What an import of one or more files did, file by file, in words for the store owner: how
/// each file was read and what its rows did, or why it was not imported, with its warnings and
/// a way to the rows that were skipped.
class ImportSummaryDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportSummaryDialog(const QList<ImportReport>& reports, QWidget* parent = nullptr);

    [[nodiscard]] const QList<ImportReport>& reports() const { return m_reports; }

private:
    [[nodiscard]] QWidget* fileSection(const ImportReport& report);
    [[nodiscard]] QString headline() const;

    QList<ImportReport> m_reports;
};

} // namespace flywheel
