#pragma once

#include "stages/inventory/StockedVariants.h"

#include <QDialog>

class QTableWidget;

namespace flywheel {

/// Lead time and service level per supplier. A blank cell (the spin box at its lowest, which reads
/// "store setting") keeps the store-wide setting for that supplier.
class SupplierTermsDialog : public QDialog {
    Q_OBJECT

public:
    /// `vendors`: every vendor of the catalog; `terms`: those the owner has set; `storeTerms`: the
    /// store-wide settings shown for the others.
    SupplierTermsDialog(const QStringList& vendors, const QList<inventory::VendorTerms>& terms,
        const inventory::ReplenishmentTerms& storeTerms, QWidget* parent = nullptr);

    /// One entry per vendor, unset terms as nullopt.
    [[nodiscard]] QList<inventory::VendorTerms> terms() const;

private:
    QTableWidget* m_table = nullptr;
    QStringList m_vendors;
};

} // namespace flywheel
