#pragma once

#include "text/Analyzer.h"

#include <QString>

#include <vector>

namespace flywheel::search {

/// A word of a product text or a query as search sees it.
struct SearchToken {
    QString surface; ///< folded as written ("jackets", "1/2", "in")
    QString stem; ///< what matches: the Snowball stem, a number as written, a unit in its one spelling
    bool stopWord = false;
    bool number = false;
    bool unit = false;
};

/// Turns product texts and queries into the same tokens, so "8ft", "8 ft." and "8 feet" meet, as do
/// "1/2 in." and "1/2 inch". Units and fractions matter in many catalogs (sizes, volumes, lengths);
/// the unit words are English and metric, which most stores' product data use even in other
/// languages.
class SearchText {
public:
    explicit SearchText(const QString& languageCode);

    [[nodiscard]] std::vector<SearchToken> tokens(QStringView text) const;

    /// Where the words naming the product type are in a title or query of this language: the last
    /// words of its main part, which ends at a connecting word ("... Shed Kit with Floor", "... Faucet
    /// for Kitchen") or a bracket. Returns the positions of up to `count` such words in `tokens`.
    [[nodiscard]] static std::vector<size_t> headPositions(const std::vector<SearchToken>& tokens, size_t count);

private:
    text::Analyzer m_analyzer;
};

} // namespace flywheel::search
