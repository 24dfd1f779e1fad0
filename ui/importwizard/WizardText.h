#pragma once

#include "ImportPlan.h"

#include <QIcon>
#include <QString>

class QLabel;
class QStyle;
class QTableView;

// Words and small widgets the import wizard's pages share.
namespace flywheel::wizard {

/// The format's name for people ("Shopify orders export"), or its machine name when unknown.
[[nodiscard]] QString formatTitle(const QString& format);
/// How the wizard will read the file, in a few words for the file list.
[[nodiscard]] QString layoutSummary(const WizardFile& file);
/// A mark for the file list: ready, needs attention, or will be skipped.
[[nodiscard]] QIcon layoutIcon(const WizardFile& file, const QStyle* style);
[[nodiscard]] QString fileName(const WizardFile& file);

/// A label that wraps, shows plain text and lets the owner copy it (file names, error messages).
[[nodiscard]] QLabel* textLabel(const QString& text = {});
/// A smaller, dimmer label for explanations under a control.
[[nodiscard]] QLabel* noteLabel(const QString& text = {});
/// Read-only, one line per row, rows as high as the text needs: many rows fit on a page.
void setUpListTable(QTableView* table);

} // namespace flywheel::wizard
