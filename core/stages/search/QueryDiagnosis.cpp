#include "stages/search/QueryDiagnosis.h"

#include "search/SynonymLexicon.h"

namespace flywheel::search {

namespace {
constexpr int kProductsKept = 10;
/// Out of stock when none of the best matches can be bought.
constexpr int kStockChecked = 10;

SearchOptions asTyped()
{
    SearchOptions options;
    options.top = kProductsKept;
    options.parse.typos = false;
    options.parse.prefixLastWord = false;
    options.explain = true;
    return options;
}

SearchOptions forgiving()
{
    SearchOptions options = asTyped();
    options.parse.typos = true;
    return options;
}
} // namespace

QString foldQuery(const QString& query)
{
    return query.simplified().toLower();
}

QueryDoctor::QueryDoctor(const Engine& engine, const QString& languageCode)
    : m_engine(engine)
    , m_language(languageCode)
{
}

QString QueryDoctor::name(Diagnosis diagnosis)
{
    switch (diagnosis) {
    case Diagnosis::Ok:
        return QStringLiteral("ok");
    case Diagnosis::Typo:
        return QStringLiteral("typo");
    case Diagnosis::Wording:
        return QStringLiteral("wording");
    case Diagnosis::Filter:
        return QStringLiteral("filter");
    case Diagnosis::OutOfStock:
        return QStringLiteral("out_of_stock");
    case Diagnosis::NotCarried:
        return QStringLiteral("not_carried");
    }
    return {};
}

QueryDiagnosis QueryDoctor::diagnose(const QString& query) const
{
    QueryDiagnosis result;
    const SearchResult typed = m_engine.search(query, asTyped());
    result.results = typed.total;
    if (typed.total > 0) {
        result.products = typed.hits;
        const Index& index = m_engine.index();
        const size_t checked = std::min<size_t>(typed.hits.size(), kStockChecked);
        bool anyInStock = false;
        for (size_t i = 0; i < checked; ++i)
            anyInStock = anyInStock || index.inStock(typed.hits[i].doc);
        result.diagnosis = anyInStock ? Diagnosis::Ok : Diagnosis::OutOfStock;
        result.confidence = 1.0;
        if (!anyInStock) {
            QStringList titles;
            for (size_t i = 0; i < checked && i < 3; ++i)
                titles << index.documents()[typed.hits[i].doc].fields[size_t(Field::Title)];
            result.fix = titles.join(QStringLiteral(", "));
        }
        return result;
    }
    if (typed.totalWithoutFilters > 0) {
        // The words find products, the colour, material, size or price asked for does not.
        QStringList words;
        for (const QueryWord& word : typed.query.words) {
            if (!word.required() && !word.optional)
                words << word.surface;
        }
        result.diagnosis = Diagnosis::Filter;
        result.fix = words.join(u' ');
        result.confidence = 0.9;
        result.products = typed.hits;
        return result;
    }
    if (auto fixed = corrected(query))
        return *fixed;
    if (auto fixed = fromLexicon(query))
        return *fixed;
    result.diagnosis = Diagnosis::NotCarried;
    result.confidence = typed.query.unknownWords.isEmpty() ? 0.6 : 0.8;
    return result;
}

std::optional<QueryDiagnosis> QueryDoctor::corrected(const QString& query) const
{
    const SearchResult found = m_engine.search(query, forgiving());
    if (found.total == 0 || found.hits.empty())
        return std::nullopt;
    // How the best result met each word: that is the correction.
    QStringList fixedWords;
    bool typo = false;
    bool wording = false;
    QStringList group;
    for (const QueryWord& word : found.query.words) {
        QString as = word.surface;
        for (const Contribution& part : found.hits.front().explanation) {
            if (part.word != word.surface || part.matchedAs.isEmpty())
                continue;
            if (part.rule == Rule::Typo) {
                typo = true;
                as = part.matchedAs;
                group = { word.surface, part.matchedAs };
            } else if (part.rule == Rule::Split || part.rule == Rule::Join) {
                wording = true;
                as = part.matchedAs;
                group = { word.surface, part.matchedAs };
            }
        }
        if (!fixedWords.contains(as))
            fixedWords << as;
    }
    if (!typo && !wording)
        return std::nullopt;
    QueryDiagnosis result;
    result.diagnosis = typo ? Diagnosis::Typo : Diagnosis::Wording;
    result.fix = fixedWords.join(u' ');
    result.synonymGroup = group;
    result.confidence = typo ? 0.9 : 0.85;
    result.products = found.hits;
    return result;
}

std::optional<QueryDiagnosis> QueryDoctor::fromLexicon(const QString& query) const
{
    const QString folded = foldQuery(query);
    const SearchOptions options = asTyped();
    for (const QStringList& group : lexiconSynonymGroups(m_language)) {
        // The query is a member, or a member is one of its words ("warm jumper").
        QString member;
        for (const QString& word : group) {
            if (folded == word || folded.startsWith(word + u' ') || folded.endsWith(u' ' + word)
                || folded.contains(u' ' + word + u' '))
                member = word;
        }
        if (member.isEmpty())
            continue;
        for (const QString& other : group) {
            if (other == member)
                continue;
            QString rewritten = folded;
            rewritten.replace(member, other);
            const SearchResult found = m_engine.search(rewritten, options);
            if (found.total == 0)
                continue;
            QueryDiagnosis result;
            result.diagnosis = Diagnosis::Wording;
            result.fix = rewritten;
            result.synonymGroup = { member, other };
            result.confidence = 0.75;
            result.products = found.hits;
            return result;
        }
    }
    return std::nullopt;
}

} // namespace flywheel::search
