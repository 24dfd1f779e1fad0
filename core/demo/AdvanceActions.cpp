#include "demo/AdvanceActions.h"

#include "demo/DemoSettings.h"
#include "stages/content/ContentCatalog.h"
#include "stages/content/DescriptionText.h"
#include "store/StoreSettings.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace flywheel::demo {

namespace {
using namespace Qt::StringLiterals;

constexpr double kFeaturedDemand = 1.25;
constexpr double kCollectionTopDemand = 1.1;
/// Places at the top of a collection that shoppers see without scrolling.
constexpr int kCollectionTopPlaces = 4;
constexpr int kFallbackCoverWeeks = 8;

std::string toStd(const QString& text)
{
    return text.toStdString();
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

/// The store's attribute key (as the Service and Content stages name it) of a planted gap.
std::string_view attributeKey(const ContentGap& gap)
{
    if (gap.attribute == "machine washable")
        return "care";
    if (gap.attribute == "true to size")
        return "fit";
    return gap.attribute;
}

/// The demo's ticket intent a saved reply for one of the Service stage's intents answers, or empty.
std::string_view demoIntent(QStringView intent)
{
    static const std::pair<QStringView, std::string_view> kIntents[] = {
        { u"order_status", "order_status" },
        { u"return", "return" },
        { u"refund", "return" },
        { u"exchange", "return" },
        { u"sizing_fit", "sizing" },
        { u"wrong_or_damaged_item", "damaged_item" },
        { u"discount_problem", "discount_code" },
        { u"product_question", "product_question" },
        { u"change_order", "order_change" },
        { u"cancel_order", "order_change" },
        { u"positive_feedback", "praise" },
        { u"negative_feedback", "complaint" },
    };
    for (const auto& [stageIntent, demo] : kIntents) {
        if (stageIntent == intent)
            return demo;
    }
    return {};
}

/// "product:12:fit" -> (12, "fit"); "collection:3" -> (3, "").
std::pair<std::int64_t, QString> subjectParts(const QString& subject)
{
    const QStringList parts = subject.split(u':');
    return { parts.value(1).toLongLong(), parts.mid(2).join(u':') };
}

void answerGaps(World& world, int product, std::string_view key)
{
    for (ContentGap& gap : world.gaps) {
        if ((product < 0 || gap.product == product) && attributeKey(gap) == key)
            gap.answered = true;
    }
}

/// The pushed lines and tags go onto the product pages, as if the owner imported the pushed file.
Result<int> editPages(Database& db, World& world, const StoreLinks& links)
{
    auto select = db.prepare("SELECT s.product_id, s.field, coalesce(s.edited_text, s.suggested_text) FROM "
                             "recommendations r JOIN content_suggestions s ON s.recommendation_id = r.id WHERE "
                             "r.stage = 'content' AND r.status IN ('pushed', 'measured') ORDER BY r.id, s.product_id");
    if (!select)
        return std::unexpected(select.error());
    std::map<int, std::pair<QStringList, QStringList>> edits; // product -> (lines, tags)
    auto read = select->forEachRow([&](Statement& row) {
        const int product = links.product(row.int64(0));
        const QString text = row.text(2).trimmed();
        if (product < 0 || text.isEmpty() || content::hasPlaceholder(text))
            return;
        (row.text(1) == u"tags" ? edits[product].second : edits[product].first) << text;
    });
    if (!read)
        return std::unexpected(read.error());
    for (const auto& [index, edit] : edits) {
        Product& product = world.products[static_cast<size_t>(index)];
        if (!edit.first.isEmpty())
            product.description = toStd(content::addToDescription(fromStd(product.description), edit.first));
        QStringList tags = content::splitTags(fromStd(product.tags));
        for (const QString& tag : edit.second) {
            if (!tags.contains(tag, Qt::CaseInsensitive))
                tags << tag;
        }
        product.tags = toStd(tags.join(u", "_s));
    }
    return static_cast<int>(edits.size());
}

Result<std::set<std::int64_t>> placedBefore(Database& db)
{
    auto stored = StoreSettings::get(db, reordersPlacedSetting);
    if (!stored)
        return std::unexpected(stored.error());
    std::set<std::int64_t> placed;
    for (const QJsonValue id : QJsonDocument::fromJson(stored->toUtf8()).array())
        placed.insert(id.toInteger());
    return placed;
}

/// Pushed reorders not ordered yet: the quantity the latest Inventory run suggests for them (the
/// pushed purchase order's), or some weeks of their sales when it suggests none any more.
Result<void> readReorders(Database& db, const World& world, const StoreLinks& links, PushedActions& actions)
{
    auto placed = placedBefore(db);
    if (!placed)
        return std::unexpected(placed.error());
    auto defaultLead = StoreSettings::get(db, flywheel::settings::supplierLeadTimeDays);
    if (!defaultLead)
        return std::unexpected(defaultLead.error());
    auto select = db.prepare("SELECT r.id, r.subject_key, h.suggested_order, h.lead_time_days FROM recommendations r "
                             "LEFT JOIN inventory_health h ON r.subject_key = 'variant:' || h.variant_id WHERE "
                             "r.stage = 'inventory' AND r.kind = 'reorder' AND r.status IN ('pushed', 'measured') "
                             "ORDER BY r.id");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        const std::int64_t action = row.int64(0);
        const auto variant = links.variantOf.find(subjectParts(row.text(1)).first);
        if (variant == links.variantOf.end())
            return;
        actions.placedReorders.push_back(action);
        if (placed->contains(action))
            return;
        const auto [p, v] = variant->second;
        const Variant& sold = world.products[static_cast<size_t>(p)].variants[static_cast<size_t>(v)];
        PushedReorder reorder { action, p, v, static_cast<int>(row.int64(2)),
            row.isNull(3) ? *defaultLead : static_cast<int>(row.int64(3)) };
        if (reorder.quantity <= 0)
            reorder.quantity = std::max(2,
                static_cast<int>(
                    std::lround(sold.recentUnits * kFallbackCoverWeeks / static_cast<double>(kRecentWeeks))));
        actions.reorders.push_back(reorder);
    });
}

Result<void> readMerchandising(Database& db, World& world, const StoreLinks& links, PushedActions& actions)
{
    actions.demandFactor.assign(world.products.size(), 1.0);
    auto select = db.prepare("SELECT kind, subject_key FROM recommendations WHERE stage = 'merchandising' AND status "
                             "IN ('pushed', 'measured') ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    auto top = db.prepare("SELECT product_id FROM merch_collection_ranks WHERE collection_id = ?1 AND "
                          "suggested_position <= ?2 ORDER BY suggested_position");
    if (!top)
        return std::unexpected(top.error());
    std::vector<std::pair<int, double>> boosts;
    std::optional<Error> failed;
    auto read = select->forEachRow([&](Statement& row) {
        const std::int64_t id = subjectParts(row.text(1)).first;
        if (row.text(0) == u"feature") {
            if (const int product = links.product(id); product >= 0)
                boosts.emplace_back(product, kFeaturedDemand);
            return;
        }
        top->bindAll(id, kCollectionTopPlaces);
        auto ranks = top->forEachRow([&](Statement& rank) {
            if (const int product = links.product(rank.int64(0)); product >= 0)
                boosts.emplace_back(product, kCollectionTopDemand);
        });
        top->reset();
        if (!ranks)
            failed = ranks.error();
    });
    if (!read)
        return read;
    if (failed)
        return std::unexpected(*failed);
    // A product featured and on top of a collection sells more, but each push counts once.
    std::vector<double> strongest(world.products.size(), 1.0);
    for (const auto& [product, factor] : boosts) {
        double& at = strongest[static_cast<size_t>(product)];
        if (factor > at) {
            if (at == 1.0)
                actions.merchandised.push_back(product);
            actions.demandFactor[static_cast<size_t>(product)] *= factor / at;
            at = factor;
        }
    }
    std::sort(actions.merchandised.begin(), actions.merchandised.end());
    return {};
}

/// The days a promotion runs in this period: its own, or when they lie before the period and its
/// codes were never used (pushed late), the first days of the period for as long as it was planned.
Result<std::optional<std::pair<int, int>>> promotionDays(Database& db, const World& world, const QString& subject,
    const QString& startsOn, const QString& endsOn, int firstDay, int lastDay)
{
    const QDate starts = QDate::fromString(startsOn, Qt::ISODate);
    const QDate ends = QDate::fromString(endsOn, Qt::ISODate);
    if (!starts.isValid() || !ends.isValid() || ends < starts)
        return std::nullopt;
    const int from = world.calendar.dayIndex(starts.year(), starts.month(), starts.day());
    const int to = world.calendar.dayIndex(ends.year(), ends.month(), ends.day());
    if (from > lastDay)
        return std::nullopt; // planned for a later period
    if (to >= firstDay)
        return std::pair { std::max(from, firstDay), std::min(to, lastDay) };
    auto used = db.prepare("SELECT count(*) FROM order_discounts d JOIN promotion_audience a ON a.code = d.code "
                           "WHERE a.subject_key = ?1");
    if (!used)
        return std::unexpected(used.error());
    used->bind(1, subject);
    auto row = used->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row && used->int64(0) > 0)
        return std::nullopt; // it ran in an earlier period
    return std::pair { firstDay, std::min(firstDay + (to - from), lastDay) };
}

Result<void> readPromotions(
    Database& db, const World& world, const StoreLinks& links, int firstDay, int lastDay, PushedActions& actions)
{
    auto select = db.prepare("SELECT p.subject_key, p.product_id, p.discount_percent, p.starts_on, p.ends_on FROM "
                             "promotions p JOIN recommendations r ON r.stage = 'promotions' AND r.kind = 'promotion' "
                             "AND r.subject_key = p.subject_key WHERE r.status IN ('pushed', 'measured') ORDER BY "
                             "p.subject_key");
    if (!select)
        return std::unexpected(select.error());
    auto members = db.prepare("SELECT customer_id, control, coalesce(code, '') FROM promotion_audience WHERE "
                              "subject_key = ?1 ORDER BY customer_id");
    if (!members)
        return std::unexpected(members.error());
    std::optional<Error> failed;
    auto read = select->forEachRow([&](Statement& row) {
        const QString subject = row.text(0);
        const int product = links.product(row.int64(1));
        if (failed || product < 0)
            return;
        auto days = promotionDays(db, world, subject, row.text(3), row.text(4), firstDay, lastDay);
        if (!days || !*days) {
            if (!days)
                failed = days.error();
            return;
        }
        PushedPromotion promotion { toStd(subject), row.int64(1), product, static_cast<int>(row.int64(2)),
            (*days)->first, (*days)->second, {} };
        members->bind(1, subject);
        auto seats = members->forEachRow([&](Statement& member) {
            if (const int customer = links.customer(member.int64(0)); customer >= 0)
                promotion.seats.push_back({ customer, member.int64(1) != 0, std::string(member.utf8(2)) });
        });
        members->reset();
        if (!seats)
            failed = seats.error();
        actions.promotions.push_back(std::move(promotion));
    });
    if (!read)
        return read;
    if (failed)
        return std::unexpected(*failed);
    return {};
}

/// Answers, FAQ entries and saved replies (Service and Content), and search fixes.
Result<void> readAnswers(Database& db, World& world, const StoreLinks& links)
{
    auto select = db.prepare("SELECT stage, kind, subject_key FROM recommendations WHERE stage IN ('service', "
                             "'content', 'search') AND status IN ('pushed', 'measured') ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        const QString stage = row.text(0);
        const QString subject = row.text(2);
        if (stage == u"content" && subject.startsWith(u"product:")) {
            const auto [id, attribute] = subjectParts(subject);
            if (const int product = links.product(id); product >= 0)
                answerGaps(world, product, toStd(attribute));
        } else if (stage == u"service" && subject.startsWith(u"attribute:")) {
            answerGaps(world, -1, toStd(subject.mid(10)));
        } else if (stage == u"service" && subject.startsWith(u"intent:")) {
            if (const std::string_view intent = demoIntent(QStringView(subject).mid(7)); !intent.empty())
                world.repliedIntents.emplace_back(intent);
        } else if (stage == u"search") {
            // A synonym group fixes every search holding one of its words; a redirect or a page the one query.
            SearchFix fix { toStd(subject), {}, subject.startsWith(u"synonyms:") };
            const QString what = subject.mid(subject.indexOf(u':') + 1);
            const QStringList words = fix.synonyms ? what.split(u',', Qt::SkipEmptyParts) : QStringList { what };
            for (const QString& word : words)
                fix.words.push_back(toStd(word.trimmed().toLower()));
            world.searchFixes.push_back(std::move(fix));
        }
    });
}
} // namespace

Result<PushedActions> readPushedActions(Database& db, World& world, const StoreLinks& links, int firstDay, int lastDay)
{
    PushedActions actions;
    if (auto read = readAnswers(db, world, links); !read)
        return std::unexpected(read.error());
    auto pages = editPages(db, world, links);
    if (!pages)
        return std::unexpected(pages.error());
    actions.pageEdits = *pages;
    if (auto read = readMerchandising(db, world, links, actions); !read)
        return std::unexpected(read.error());
    if (auto read = readReorders(db, world, links, actions); !read)
        return std::unexpected(read.error());
    if (auto read = readPromotions(db, world, links, firstDay, lastDay, actions); !read)
        return std::unexpected(read.error());
    return actions;
}

} // namespace flywheel::demo
