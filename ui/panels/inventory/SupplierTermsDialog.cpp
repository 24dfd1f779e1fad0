#include "panels/inventory/SupplierTermsDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace flywheel {

namespace {
enum Column { VendorColumn, LeadTimeColumn, ServiceLevelColumn };
}

SupplierTermsDialog::SupplierTermsDialog(const QStringList& vendors, const QList<inventory::VendorTerms>& terms,
    const inventory::ReplenishmentTerms& storeTerms, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(vendors.size()), 3))
    , m_vendors(vendors)
{
    setWindowTitle(tr("Supplier terms"));
    setObjectName(QStringLiteral("supplierTermsDialog"));
    m_table->setHorizontalHeaderLabels({ tr("Vendor"), tr("Lead time"), tr("Service level") });
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Lead time and service level per supplier"));
    for (int row = 0; row < vendors.size(); ++row) {
        const QString& vendor = vendors[row];
        auto* name = new QTableWidgetItem(vendor.isEmpty() ? tr("No vendor") : vendor);
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, VendorColumn, name);
        const auto own = std::find_if(
            terms.begin(), terms.end(), [&](const inventory::VendorTerms& t) { return t.vendor == vendor; });

        auto* lead = new QSpinBox;
        lead->setRange(0, 365);
        lead->setSuffix(tr(" days"));
        lead->setSpecialValueText(tr("store setting (%n day(s))", nullptr, storeTerms.leadTimeDays));
        lead->setValue(own != terms.end() ? own->leadTimeDays.value_or(0) : 0);
        m_table->setCellWidget(row, LeadTimeColumn, lead);

        auto* service = new QDoubleSpinBox;
        service->setRange(49.9, 99.9);
        service->setDecimals(1);
        service->setSuffix(QStringLiteral(" %"));
        service->setSpecialValueText(tr("store setting (%1 %)").arg(storeTerms.serviceLevel * 100, 0, 'f', 1));
        service->setValue(own != terms.end() ? own->serviceLevelPercent.value_or(49.9) : 49.9);
        m_table->setCellWidget(row, ServiceLevelColumn, service);
    }
    m_table->horizontalHeader()->setSectionResizeMode(VendorColumn, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* help = new QLabel(tr("How long each supplier takes from order to shelf, and how often an order should "
                               "find the product in stock. Reorder points and quantities follow from them."));
    help->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(620, 420);
}

QList<inventory::VendorTerms> SupplierTermsDialog::terms() const
{
    QList<inventory::VendorTerms> all;
    for (int row = 0; row < m_vendors.size(); ++row) {
        const auto* lead = qobject_cast<QSpinBox*>(m_table->cellWidget(row, LeadTimeColumn));
        const auto* service = qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(row, ServiceLevelColumn));
        inventory::VendorTerms terms { m_vendors[row], {}, {} };
        if (lead && lead->value() != lead->minimum())
            terms.leadTimeDays = lead->value();
        if (service && service->value() != service->minimum())
            terms.serviceLevelPercent = service->value();
        all << terms;
    }
    return all;
}

} // namespace flywheel
