#pragma once

#include "stages/content/AttributeLexicon.h"
#include "stages/content/ContentCatalog.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>
#include <vector>

namespace flywheel::content {

/// Where on the product page a value was read.
enum class Source { Title, Description, Option, Tag, Type };
/// The product_attributes.source name: "title", "description", "option", "tag", "type".
[[nodiscard]] QString sourceName(Source source);
/// The Source of a product_attributes.source name, or nullopt for a name that is none.
[[nodiscard]] std::optional<Source> sourceNamed(QStringView name);

struct ExtractedValue {
    QString attribute; ///< key, e.g. "material", or "option:<name>" / "tag:<prefix>" for the store's own
    QString value; ///< folded
    Source source = Source::Description;
    double confidence = 0;
};

/// What the store's own catalog teaches beyond the project's word lists (see learnConventions()).
struct CatalogConventions {
    QHash<QString, QString> optionAttributes; ///< folded option name -> attribute key
    QHash<QString, QString> tagPrefixes; ///< folded tag prefix ("material" of "material:wool") -> attribute key
};

/// Reads attribute values from a product's title, description (HTML stripped), options, tags and
/// type. Each value carries a confidence: the store's structured data (options, prefixed tags,
/// "Label: value" lines) counts most, a word in running text less, an everyday word ("rose") least.
/// Holds its own compiled patterns: one extractor per thread; the lexicon is only read.
class AttributeExtractor {
public:
    AttributeExtractor(const AttributeLexicon& lexicon, const CatalogConventions& conventions);

    /// Every value the product's content states, one entry per (attribute, value, source), sorted by
    /// attribute, value and source. A value read in several places gets the confidence of them together.
    [[nodiscard]] std::vector<ExtractedValue> extract(
        const ContentProduct& product, const text::Analyzer& analyzer) const;
    /// What a free text (a review) states, sentence by sentence, in text order.
    [[nodiscard]] std::vector<ExtractedValue> readText(const QString& text, const text::Analyzer& analyzer) const;

private:
    struct Line;
    void readLine(QStringView line, Source source, double confidence, bool labels, const text::Analyzer& analyzer,
        std::vector<ExtractedValue>& out) const;
    void readPatterns(const Line& line, Source source, double confidence, std::vector<ExtractedValue>& out) const;
    void readRules(const Line& line, Source source, double confidence, std::vector<bool>& covered,
        std::vector<ExtractedValue>& out, size_t first) const;
    void readOptions(
        const ContentProduct& product, const text::Analyzer& analyzer, std::vector<ExtractedValue>& out) const;
    void readTags(
        const ContentProduct& product, const text::Analyzer& analyzer, std::vector<ExtractedValue>& out) const;

    const AttributeLexicon& m_lexicon;
    const CatalogConventions& m_conventions;
    QRegularExpression m_label;
    QRegularExpression m_dimensions;
    QRegularExpression m_weight;
    QRegularExpression m_origin;
    QRegularExpression m_warranty;
    QRegularExpression m_percent;
    QRegularExpression m_degrees;
    QRegularExpression m_sentenceEnd;
    QRegularExpression m_wordBreak;
};

/// Splits "material:wool", "color_red" and (for known labels) "colour-blue" into prefix and value;
/// {} when the tag has no prefix.
[[nodiscard]] std::pair<QString, QString> splitTagPrefix(const QString& tag, const AttributeLexicon& lexicon);

} // namespace flywheel::content
