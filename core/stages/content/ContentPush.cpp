#include "stages/content/ContentPush.h"

#include "flywheel/Recommendation.h"
#include "io/FileNames.h"
#include "io/export/ProductUpdateFile.h"
#include "stages/content/ContentCatalog.h"
#include "stages/content/DescriptionText.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <map>
#include <set>

namespace flywheel::content {

namespace {
using namespace Qt::StringLiterals;

struct PushText {
    Q_DECLARE_TR_FUNCTIONS(ContentPush)
};

/// The accepted edits of one product.
struct ProductEdits {
    QStringList lines; ///< for the description, in the order the actions were proposed
    QStringList tags;
    std::set<std::int64_t> actions;
};

struct AcceptedEdits {
    std::map<std::int64_t, ProductEdits> byProduct; ///< product id -> edits
    std::set<std::int64_t> blocked; ///< actions with a part still to fill in
    QStringList notes;
};

Result<AcceptedEdits> readAccepted(Database& db)
{
    auto select = db.prepare("SELECT r.id, r.title, s.product_id, s.field, coalesce(s.edited_text, s.suggested_text) "
                             "FROM recommendations r JOIN content_suggestions s ON s.recommendation_id = r.id "
                             "WHERE r.stage = 'content' AND r.status = 'accepted' AND s.pushed_at IS NULL "
                             "ORDER BY r.id, s.product_id");
    if (!select)
        return std::unexpected(select.error());
    AcceptedEdits edits;
    auto read = select->forEachRow([&](Statement& row) {
        const std::int64_t action = row.int64(0);
        const QString text = row.text(4).trimmed();
        if (text.isEmpty() || hasPlaceholder(text)) {
            if (edits.blocked.insert(action).second)
                edits.notes << PushText::tr("“%1” was left out: fill in the part marked [[ ]] first, then accept it "
                                            "again.")
                                   .arg(row.text(1));
            return;
        }
        ProductEdits& product = edits.byProduct[row.int64(2)];
        if (row.text(3) == u"tags")
            product.tags << text;
        else
            product.lines << text;
        product.actions.insert(action);
    });
    if (!read)
        return std::unexpected(read.error());
    return edits;
}

QString fileName(const QString& dir, const QString& baseName, const QString& platform, bool first)
{
    if (!baseName.isEmpty())
        return QDir(dir).filePath(first ? baseName + u".csv"_s : u"%1-%2.csv"_s.arg(baseName, platform));
    return unusedFilePath(
        QDir(dir), u"content-%1-products-%2"_s.arg(platform, QDate::currentDate().toString(Qt::ISODate)), u"csv"_s);
}

Result<void> markPushed(Database& db, const std::set<std::int64_t>& actions)
{
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto stamp = db.prepare("UPDATE content_suggestions SET pushed_at = ?2 WHERE recommendation_id = ?1");
    if (!stamp)
        return std::unexpected(stamp.error());
    RecommendationQueue queue(db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (std::int64_t action : actions) {
        if (auto ok = queue.setStatus(action, u"pushed"_s); !ok)
            return ok;
        stamp->bindAll(action, now);
        if (auto ok = stamp->run(); !ok)
            return ok;
    }
    return transaction->commit();
}
} // namespace

Result<PushReport> pushContent(Database& db, const QString& dir, const QString& baseName)
{
    auto accepted = readAccepted(db);
    if (!accepted)
        return std::unexpected(accepted.error());
    PushReport report;
    report.notes = accepted->notes;
    auto product = db.prepare("SELECT platform, source_key, coalesce(handle, ''), title, coalesce(description_html, "
                              "''), coalesce(tags, '') FROM products WHERE id = ?1");
    if (!product)
        return std::unexpected(product.error());
    std::map<QString, std::vector<ProductUpdate>> byPlatform;
    std::map<QString, std::set<std::int64_t>> actionsOf; // platform -> actions in its file
    std::set<std::int64_t> unwritable;
    for (const auto& [productId, edits] : accepted->byProduct) {
        product->bind(1, productId);
        auto found = product->step();
        if (!found)
            return std::unexpected(found.error());
        if (!*found) {
            product->reset();
            continue; // removed by an undone import; its suggestions went with it
        }
        const QString platform = product->text(0);
        ProductUpdate update;
        update.key = platform == u"shopify" && !product->text(2).isEmpty() ? product->text(2) : product->text(1);
        update.title = product->text(3);
        update.description = product->text(4);
        update.tags = splitTags(product->text(5));
        product->reset();
        if (!edits.lines.isEmpty()) {
            update.description = addToDescription(update.description, edits.lines);
            update.descriptionChanged = true;
        }
        for (const QString& tag : edits.tags) {
            const bool has = std::any_of(update.tags.begin(), update.tags.end(),
                [&](const QString& t) { return t.compare(tag, Qt::CaseInsensitive) == 0; });
            if (!has) {
                update.tags << tag;
                update.tagsChanged = true;
            }
        }
        if (platform != u"shopify" && platform != u"woocommerce") {
            unwritable.insert(edits.actions.begin(), edits.actions.end());
            report.notes << PushText::tr("%1 was left out: Flywheel writes product files for Shopify and WooCommerce; "
                                         "this product came from %2.")
                                .arg(update.title, platform);
            continue;
        }
        actionsOf[platform].insert(edits.actions.begin(), edits.actions.end());
        if (update.descriptionChanged || update.tagsChanged)
            byPlatform[platform].push_back(std::move(update));
    }

    if (!byPlatform.empty() && !QDir().mkpath(dir))
        return fail(
            ErrorCode::Io, PushText::tr("Could not create the folder %1. Choose a folder you may write to.").arg(dir));
    std::set<std::int64_t> pushed;
    bool first = true;
    for (const auto& [platform, actions] : actionsOf) {
        const auto updates = byPlatform.find(platform);
        if (updates != byPlatform.end()) {
            const QString path = fileName(dir, baseName, platform, first);
            first = false;
            auto written = platform == u"shopify" ? writeShopifyProductUpdates(path, storeShopifyDialect(db), updates->second)
                                                  : writeWooProductUpdates(path, updates->second);
            if (!written)
                return std::unexpected(written.error());
            report.files << path;
            report.products += static_cast<int>(updates->second.size());
        }
        // An action whose products already carry the edit is done as well.
        for (std::int64_t action : actions) {
            if (!accepted->blocked.contains(action) && !unwritable.contains(action))
                pushed.insert(action);
        }
    }
    if (auto ok = markPushed(db, pushed); !ok)
        return std::unexpected(ok.error());
    report.actions = static_cast<int>(pushed.size());
    return report;
}

} // namespace flywheel::content
