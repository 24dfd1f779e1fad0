#include "stages/content/ContentSignals.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace flywheel::content {

Result<void> writeContentSignals(Database& db, const std::vector<ContentProduct>& products,
    const std::vector<std::vector<ExtractedValue>>& values, const std::vector<ProductCompleteness>& completeness,
    std::int64_t runId)
{
    if (auto ok = db.exec("DELETE FROM product_attributes; DELETE FROM product_completeness;"); !ok)
        return ok;
    auto attribute = db.prepare("INSERT INTO product_attributes (product_id, attribute, value, source, confidence, "
                                "run_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!attribute)
        return std::unexpected(attribute.error());
    auto complete = db.prepare("INSERT INTO product_completeness (product_id, run_id, score, missing, expected, "
                               "peer_group) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!complete)
        return std::unexpected(complete.error());
    for (size_t i = 0; i < products.size(); ++i) {
        const std::int64_t productId = products[i].id;
        for (const ExtractedValue& value : values[i]) {
            attribute->bindAll(
                productId, value.attribute, value.value, sourceName(value.source), value.confidence, runId);
            if (auto ok = attribute->run(); !ok)
                return ok;
        }
        const ProductCompleteness& entry = completeness[i];
        QJsonArray missing;
        for (const MissingAttribute& gap : entry.missing)
            missing.append(gap.attribute);
        complete->bindAll(productId, runId, entry.score,
            QString::fromUtf8(QJsonDocument(missing).toJson(QJsonDocument::Compact)), entry.expected,
            entry.peerGroup.isEmpty() ? QStringLiteral("") : entry.peerGroup); // an empty text, not NULL
        if (auto ok = complete->run(); !ok)
            return ok;
    }
    return {};
}

} // namespace flywheel::content
