#include "stages/content/ContentSignals.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <tuple>

namespace flywheel::content {

Result<void> writeAttributeValues(Database& db, const std::vector<ContentProduct>& products,
    const std::vector<std::vector<ExtractedValue>>& values, std::int64_t runId)
{
    if (auto ok = db.exec("DELETE FROM product_attributes"); !ok)
        return ok;
    auto attribute = db.prepare("INSERT INTO product_attributes (product_id, attribute, value, source, confidence, "
                                "run_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!attribute)
        return std::unexpected(attribute.error());
    for (size_t i = 0; i < products.size(); ++i) {
        for (const ExtractedValue& value : values[i]) {
            attribute->bindAll(
                products[i].id, value.attribute, value.value, sourceName(value.source), value.confidence, runId);
            if (auto ok = attribute->run(); !ok)
                return ok;
        }
    }
    return {};
}

Result<std::vector<std::vector<ExtractedValue>>> readAttributeValues(
    Database& db, const std::vector<ContentProduct>& products)
{
    QHash<std::int64_t, size_t> indexOf;
    for (size_t i = 0; i < products.size(); ++i)
        indexOf.insert(products[i].id, i);
    auto select = db.prepare("SELECT product_id, attribute, value, source, confidence FROM product_attributes");
    if (!select)
        return std::unexpected(select.error());
    std::vector<std::vector<ExtractedValue>> values(products.size());
    auto read = select->forEachRow([&](Statement& row) {
        const auto product = indexOf.constFind(row.int64(0));
        const std::optional<Source> source = sourceNamed(row.text(3));
        if (product != indexOf.cend() && source)
            values[*product].push_back({ row.text(1), row.text(2), *source, row.real(4) });
    });
    if (!read)
        return std::unexpected(read.error());
    for (std::vector<ExtractedValue>& productValues : values)
        std::ranges::sort(productValues, [](const ExtractedValue& a, const ExtractedValue& b) {
            return std::tie(a.attribute, a.value, a.source) < std::tie(b.attribute, b.value, b.source);
        });
    return values;
}

Result<void> writeCompleteness(Database& db, const std::vector<ContentProduct>& products,
    const std::vector<ProductCompleteness>& completeness, std::int64_t runId)
{
    if (auto ok = db.exec("DELETE FROM product_completeness"); !ok)
        return ok;
    auto complete = db.prepare("INSERT INTO product_completeness (product_id, run_id, score, missing, expected, "
                               "peer_group) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!complete)
        return std::unexpected(complete.error());
    for (size_t i = 0; i < products.size(); ++i) {
        const ProductCompleteness& entry = completeness[i];
        QJsonArray missing;
        for (const MissingAttribute& gap : entry.missing)
            missing.append(gap.attribute);
        complete->bindAll(products[i].id, runId, entry.score,
            QString::fromUtf8(QJsonDocument(missing).toJson(QJsonDocument::Compact)), entry.expected,
            entry.peerGroup.isEmpty() ? QStringLiteral("") : entry.peerGroup); // an empty text, not NULL
        if (auto ok = complete->run(); !ok)
            return ok;
    }
    return {};
}

} // namespace flywheel::content
