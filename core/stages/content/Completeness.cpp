#include "stages/content/Completeness.h"

#include "stages/shared/ProductAttributes.h"

#include <algorithm>
#include <set>

namespace flywheel::content {

namespace {
using namespace Qt::StringLiterals;

constexpr double kExpectedShare = 0.6;
constexpr int kMinPeers = 3;

/// The attributes completeness is judged on: the known ones a page states in words. Sizes and colours
/// are left out: whether a product comes in several is a fact of its variants, and its pictures show
/// the colour, so a page without the word has not left anything out.
QStringList judgedAttributes()
{
    QStringList keys;
    for (const attributes::KnownAttribute& known : attributes::knownAttributes()) {
        const QString key = QString::fromLatin1(known.key.data(), static_cast<qsizetype>(known.key.size()));
        if (key != u"size" && key != u"colour")
            keys.append(key);
    }
    return keys;
}

std::set<QString> stated(const std::vector<ExtractedValue>& values)
{
    std::set<QString> attributes;
    for (const ExtractedValue& value : values) {
        if (value.confidence >= kStatedConfidence)
            attributes.insert(value.attribute);
    }
    return attributes;
}
} // namespace

std::vector<ProductCompleteness> computeCompleteness(const std::vector<ContentProduct>& products,
    const std::vector<std::vector<ExtractedValue>>& values, const std::map<int, QStringList>& asked)
{
    const QStringList judged = judgedAttributes();
    std::vector<std::set<QString>> present;
    present.reserve(products.size());
    for (const auto& productValues : values)
        present.push_back(stated(productValues));

    // Peer groups by product type, in the catalog's order; small groups join the whole catalog.
    std::map<QString, std::vector<size_t>> byType;
    for (size_t i = 0; i < products.size(); ++i)
        byType[products[i].productType.toLower()].push_back(i);
    std::vector<QString> groupOf(products.size());
    for (const auto& [type, members] : byType) {
        for (size_t i : members)
            groupOf[i] = static_cast<int>(members.size()) >= kMinPeers ? type : QString();
    }
    std::map<QString, std::vector<size_t>> groups;
    for (size_t i = 0; i < products.size(); ++i)
        groups[groupOf[i]].push_back(i);
    // Products without a peer group are compared with every product.
    if (groups.contains(QString()))
        groups[QString()] = [&] {
            std::vector<size_t> all(products.size());
            for (size_t i = 0; i < all.size(); ++i)
                all[i] = i;
            return all;
        }();

    std::map<std::pair<QString, QString>, double> share; // (group, attribute) -> share of the group stating it
    for (const auto& [group, members] : groups) {
        for (const QString& attribute : judged) {
            const auto count = std::count_if(
                members.begin(), members.end(), [&](size_t i) { return present[i].contains(attribute); });
            share[{ group, attribute }] = static_cast<double>(count) / static_cast<double>(members.size());
        }
    }

    std::vector<ProductCompleteness> result(products.size());
    for (size_t i = 0; i < products.size(); ++i) {
        ProductCompleteness& completeness = result[i];
        const QString& group = groupOf[i];
        completeness.peerGroup = group.isEmpty() ? QString() : products[i].productType;
        completeness.peers = static_cast<int>(groups[group].size());
        const QStringList askedHere
            = asked.contains(static_cast<int>(i)) ? asked.at(static_cast<int>(i)) : QStringList();
        int statedCount = 0;
        for (const QString& attribute : askedHere) {
            ++completeness.expected;
            completeness.missing.push_back(
                { attribute, share.contains({ group, attribute }) ? share[{ group, attribute }] : 0.0, true });
        }
        std::vector<MissingAttribute> fromPeers;
        for (const QString& attribute : judged) {
            const double peerShare = share[{ group, attribute }];
            if (peerShare < kExpectedShare || askedHere.contains(attribute))
                continue;
            ++completeness.expected;
            if (present[i].contains(attribute))
                ++statedCount;
            else
                fromPeers.push_back({ attribute, peerShare, false });
        }
        std::stable_sort(fromPeers.begin(), fromPeers.end(),
            [](const MissingAttribute& a, const MissingAttribute& b) { return a.peerShare > b.peerShare; });
        completeness.missing.insert(completeness.missing.end(), fromPeers.begin(), fromPeers.end());
        completeness.score = completeness.expected > 0 ? static_cast<double>(statedCount) / completeness.expected : 1.0;
    }
    return result;
}

} // namespace flywheel::content
