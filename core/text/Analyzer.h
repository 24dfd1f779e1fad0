#pragma once

#include "text/TermTable.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

struct sb_stemmer;

namespace flywheel::text {

/// Tokenizing, case and accent folding, stop words and Snowball stemming for one language.
/// Not thread-safe (the stemmer and its cache keep state): one Analyzer per thread. Copying
/// gives an independent Analyzer for another thread.
class Analyzer {
public:
    /// ISO 639-1 code ("en", "de", "pt-BR" and "en_US" work too); a language without a Snowball
    /// stemmer still tokenizes and folds, it only does not stem.
    explicit Analyzer(const QString& languageCode);
    Analyzer(const Analyzer& other);
    Analyzer& operator=(const Analyzer& other);
    Analyzer(Analyzer&&) noexcept;
    Analyzer& operator=(Analyzer&&) noexcept;
    ~Analyzer();

    [[nodiscard]] QString languageCode() const { return m_language; }
    [[nodiscard]] bool hasStemmer() const { return m_stemmer != nullptr; }

    enum class Kind { Word, Number, Emoji };
    struct Token {
        QString folded; ///< lower case, accents removed ("café" -> "cafe"); an emoji is itself
        QString stem; ///< Snowball stem of the word, folded the same way; numbers and emoji unchanged
        qsizetype start; ///< UTF-16 offset in the analysed text
        qsizetype length; ///< UTF-16 length in the analysed text
        bool stopWord;
        Kind kind = Kind::Word;
        TermId foldedId = -1; ///< folded's number in terms()
        TermId stemId = -1; ///< stem's number in terms()
    };
    /// Words and numbers (Unicode letters and digits: "3xl", "3.5", "don't"; "e-mail" and "t-shirt"
    /// join, "water-resistant" splits; French/Italian elisions split, Turkish suffixes after an
    /// apostrophe are dropped) and each emoji as its own token.
    [[nodiscard]] std::vector<Token> tokens(QStringView text) const;
    /// The same, appended to `out`: a caller tokenizing many texts reuses one buffer.
    void appendTokens(QStringView text, std::vector<Token>& out) const;
    /// Stems of the tokens that are not stop words, in order: what topics and matching look at.
    [[nodiscard]] QStringList terms(QStringView text) const;
    /// Stems of every token, stop words included: classifiers want "how", "why" and "not".
    [[nodiscard]] QStringList allTerms(QStringView text) const;
    /// Lower case with accents removed (Turkish dotted and dotless i handled when the language is tr).
    [[nodiscard]] QString fold(QStringView word) const;
    /// The folded Snowball stem of a lower-case word. Accents may still be on it (tokens() passes
    /// them, which some stemmers use) or already folded away.
    [[nodiscard]] QString stem(const QString& word) const;
    [[nodiscard]] bool isStopWord(const QString& folded) const;
    /// Lower case in this language (Turkish I -> ı, İ -> i), accents kept, curly apostrophes straightened.
    [[nodiscard]] QString lowerCase(QStringView word) const;
    /// Every folded word and stem the tokens so far have had, numbered in the order first seen.
    [[nodiscard]] const TermTable& terms() const { return m_terms; }

private:
    void appendToken(std::vector<Token>& out, QStringView text, qsizetype start, qsizetype end, Kind kind) const;

    /// What a word as written always analyses to. Messages repeat their words, so a word seen
    /// before costs one lookup instead of case folding, accent folding and stemming again.
    struct WordAnalysis {
        QString folded;
        QString stem;
        bool stopWord = false;
        TermId foldedId = -1;
        TermId stemId = -1;
    };

    QString m_language;
    struct StemmerDeleter {
        void operator()(sb_stemmer* stemmer) const;
    };
    std::unique_ptr<sb_stemmer, StemmerDeleter> m_stemmer;
    const QSet<QString>* m_stopWords = nullptr; ///< shared, immutable lists per language
    mutable QHash<QString, QString> m_stemCache;
    mutable QHash<QString, WordAnalysis> m_wordCache;
    mutable TermTable m_terms;
};

/// Adjacent-term phrases ("water resist") for n = 2..maxN, joined by a space.
[[nodiscard]] QStringList phrases(const QStringList& terms, int maxN = 2);

/// Lower case with accents removed, language-neutral (what Analyzer::fold does outside Turkish).
[[nodiscard]] QString foldText(QStringView text);

} // namespace flywheel::text
