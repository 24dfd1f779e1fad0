#include "panels/search/QueryReading.h"

#include "io/Values.h"
#include "shell/Formatting.h"

#include <QSet>

#include <cmath>

namespace flywheel {

using search::Rule;

namespace {
/// Completions of a half-typed word are many; a few show what happened.
constexpr int kShownCompletions = 3;

/// "“jakcet” read as “jacket”, a typo": what one rule did to one query word.
QString ruleLine(Rule rule, const QString& word, const QString& matchedAs)
{
    switch (rule) {
    case Rule::Typo:
        return QueryReading::tr("“%1” read as “%2”, a typo").arg(word, matchedAs);
    case Rule::Synonym:
        return QueryReading::tr("“%1” also finds its synonym “%2”").arg(word, matchedAs);
    case Rule::Prefix:
        return QueryReading::tr("“%1” completed to “%2”").arg(word, matchedAs);
    case Rule::Split:
    case Rule::Join:
        return QueryReading::tr("“%1” found as “%2”").arg(word, matchedAs);
    case Rule::Exact:
        break;
    }
    return {};
}

/// The corrections, synonyms and completions the results used, in the order they first appear.
QStringList rulesUsed(const search::SearchResult& result)
{
    QStringList lines;
    QSet<QString> seen;
    int completions = 0;
    for (const search::Hit& hit : result.hits) {
        for (const search::Contribution& part : hit.explanation) {
            if (part.rule == Rule::Exact || part.word.isEmpty() || !part.note.isEmpty())
                continue;
            if (part.rule == Rule::Prefix && completions >= kShownCompletions)
                continue;
            const QString line = ruleLine(part.rule, part.word, part.matchedAs);
            if (seen.contains(line))
                continue;
            seen.insert(line);
            completions += part.rule == Rule::Prefix ? 1 : 0;
            lines << line;
        }
    }
    return lines;
}

QString matchCount(const search::SearchResult& result)
{
    if (result.relaxed)
        return QueryReading::tr("No product matches every word; these match most of them.");
    if (result.total == 0)
        return QueryReading::tr("No product matches.");
    return QueryReading::tr("%n product(s) match.", nullptr, result.total);
}
} // namespace

QString QueryReading::price(double major, const QString& currency)
{
    const int decimals = values::currencyDecimals(currency.toStdString());
    return Formatting::money(std::llround(major * std::pow(10.0, decimals)), currency);
}

QStringList QueryReading::lines(const search::SearchResult& result, const QString& currency)
{
    const search::ParsedQuery& query = result.query;
    if (query.text.isEmpty())
        return {};
    QStringList lines { matchCount(result) };
    if (const int filtered = result.totalWithoutFilters - result.total; filtered > 0)
        lines << tr("%n more would match without the filters.", nullptr, filtered);
    lines << rulesUsed(result);
    for (const search::QueryWord& word : query.words) {
        if (word.required())
            lines << tr("Only products whose %1 is “%2”").arg(word.attribute, word.surface);
    }
    if (query.minPrice && query.maxPrice)
        lines << tr("Priced between %1 and %2").arg(price(*query.minPrice, currency), price(*query.maxPrice, currency));
    else if (query.maxPrice)
        lines << tr("Priced at most %1").arg(price(*query.maxPrice, currency));
    else if (query.minPrice)
        lines << tr("Priced at least %1").arg(price(*query.minPrice, currency));
    for (const QString& word : query.unknownWords)
        lines << tr("Nothing in your catalog is called “%1”.").arg(word);
    return lines;
}

} // namespace flywheel
