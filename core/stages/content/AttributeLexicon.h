#pragma once

#include "text/Analyzer.h"
#include "text/PhraseIndex.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace flywheel::content {

/// One value of an attribute the Content stage can read in a product's text.
struct KnownValue {
    QString attribute; ///< key, e.g. "material" (see stages/shared/ProductAttributes.h)
    QString value; ///< canonical form, lower case: "machine wash", "merino wool"
    bool ambiguous = false; ///< also an everyday word ("rose", "spring"): weak evidence on its own
    bool claim = false; ///< a property a negation turns around ("not fully waterproof")
    bool learned = false; ///< learned from the store's own catalog rather than the project's word lists
};

/// The words the project writes about product attributes, in English and the store's language: the
/// labels pages put before a value ("Material:", "Pflege:"), which also name options and tag prefixes,
/// and the values themselves (colours, materials, patterns, seasons, waterproof and other performance
/// claims, care, fit). Values are matched as sequences of Snowball stems of every token, stop words
/// included, so "runs true to size" and "true to size" both find "true to size".
/// A lexicon is built once per run and may then learn the store's own words (addValue); matching
/// only reads it, so one lexicon serves every worker thread.
class AttributeLexicon {
public:
    explicit AttributeLexicon(const text::Analyzer& analyzer);

    /// The attribute a label, option name or tag prefix names ("Fabric" -> "material"), or empty.
    [[nodiscard]] QString attributeOfLabel(QStringView label) const;
    /// How a description labels the attribute in the store's language: "Care", "Pflege", "Entretien".
    /// Empty for attributes the lexicon has no label for.
    [[nodiscard]] QString writtenLabel(const QString& attribute) const;
    /// The word for "yes" in the store's language, for claims ("Waterproof: yes, ...").
    [[nodiscard]] QString yesWord() const;

    [[nodiscard]] const text::PhraseIndex& index() const { return m_index; }
    [[nodiscard]] const KnownValue& value(int id) const { return m_values[static_cast<size_t>(id)]; }
    [[nodiscard]] int valueCount() const { return static_cast<int>(m_values.size()); }
    /// Whether the stem sequence is already a known phrase (of any attribute).
    [[nodiscard]] bool knows(const QStringList& stems) const { return m_phrases.contains(stems.join(u' ')); }
    /// Whether a single stem is part of any known phrase: such words are values, not modifiers.
    [[nodiscard]] bool knowsTerm(const QString& stem) const { return m_terms.contains(stem); }

    /// Adds a value learned from the catalog (an option value, a tag, a modifier the store keeps using
    /// before a known value). Returns false when the phrase is already known.
    bool addValue(const QString& attribute, const QString& phrase, bool learned, bool ambiguous = false);

    [[nodiscard]] bool isNegation(const QString& folded) const { return m_negations.contains(folded); }
    /// Turkish puts "değil" after the word it negates.
    [[nodiscard]] bool negatesBackwards() const { return m_language == u"tr"; }
    [[nodiscard]] bool isYes(const QString& folded) const { return m_yes.contains(folded); }

    /// Stems of every word and number token, stop words included: the form values are matched in.
    [[nodiscard]] static QStringList stems(const std::vector<text::Analyzer::Token>& tokens);

private:
    bool add(const QString& attribute, const QString& canonical, const QString& phrase, const KnownValue& flags);

    const text::Analyzer* m_analyzer;
    QString m_language;
    QHash<QString, QString> m_labels; ///< folded label -> attribute
    QHash<QString, QString> m_writtenLabels; ///< attribute -> label in the store's language
    std::vector<KnownValue> m_values;
    text::PhraseIndex m_index; ///< stem sequences -> index into m_values
    QSet<QString> m_phrases; ///< joined stems of every phrase added
    QSet<QString> m_terms;
    QSet<QString> m_negations;
    QSet<QString> m_yes;
};

} // namespace flywheel::content
