#include "flywheel/Push.h"

#include "stages/content/ContentPush.h"
#include "stages/inventory/InventoryPush.h"
#include "stages/merchandising/MerchandisingPush.h"
#include "stages/promotions/PromotionPush.h"
#include "stages/search/SearchPush.h"

namespace flywheel {

Result<PushReport> pushAccepted(Database& db, const QString& dir)
{
    PushReport all;
    for (auto push : { +[](Database&d, const QString&to) { return content::pushContent(d, to); },
             +[](Database&d, const QString&to) { return search::pushSearch(d, to); },
             +[](Database&d, const QString&to) { return merchandising::pushMerchandising(d, to); },
             +[](Database&d, const QString&to) { return inventory::pushPurchaseOrders(d, to); },
             +[](Database&d, const QString&to) { return promotions::pushPromotions(d, to); } }) {
        auto report = push(db, dir);
        if (!report)
            return std::unexpected(report.error());
        all.files << report->files;
        all.products += report->products;
        all.actions += report->actions;
        all.notes << report->notes;
    }
    return all;
}

} // namespace flywheel
