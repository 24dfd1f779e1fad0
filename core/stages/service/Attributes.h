#pragma once

#include "stages/service/Messages.h"
#include "stages/service/ProductCatalog.h"
#include "text/PhraseIndex.h"

#include <QCoreApplication>

namespace flywheel::service {

/// A product property customers ask about ("waterproof", "care", "fit", or one the store's own
/// catalog or customers name), with the words that ask about it and the words that show a product
/// page answers it.
struct Attribute {
    QString key; ///< stable machine name, e.g. "waterproof"
    QString title; ///< for the owner, e.g. "Waterproof?"
    std::vector<QStringList> answers; ///< analyzed phrases whose presence in a page answers it
    bool option = false; ///< a product option name: answered when the product has it
};

/// The attributes of one store: built-in properties plus what its catalog (option names, tags) and
/// its customers' questions ("is it breathable?") teach. Asked attributes are found only in
/// questions, so "the zipper broke" is a complaint, not a question about zippers.
class AttributeVocabulary {
    Q_DECLARE_TR_FUNCTIONS(AttributeVocabulary)
public:
    /// `minLearnedMentions`: a word customers ask about becomes an attribute once this many tickets
    /// ask "is it <word>?".
    /// The phrases that ask are numbered in `terms`, the run's table the tickets' terms are numbers of.
    AttributeVocabulary(const text::Analyzer& analyzer, const ProductCatalog& catalog,
        const std::vector<TicketMessage>& tickets, text::TermTable& terms, int minLearnedMentions);

    [[nodiscard]] const std::vector<Attribute>& attributes() const { return m_attributes; }
    [[nodiscard]] int indexOf(const QString& key) const;

    /// The attributes asked about in a message's question sentences, each once.
    [[nodiscard]] std::vector<int> asked(const std::vector<Sentence>& sentences) const;
    /// The attributes a message mentions anywhere (reviews telling what a product is like).
    [[nodiscard]] std::vector<int> mentioned(text::TermView terms) const;
    /// Whether the product's page already answers the attribute.
    [[nodiscard]] bool answeredBy(int attribute, const CatalogProduct& product) const;

private:
    int addAttribute(const QString& key, const QString& title);
    void addBuiltIns(const text::Analyzer& analyzer, text::TermTable& terms);
    void addCatalogWords(const text::Analyzer& analyzer, const ProductCatalog& catalog, text::TermTable& runTerms);
    void learnFromQuestions(const ProductCatalog& catalog, const std::vector<TicketMessage>& tickets,
        text::TermTable& terms, int minMentions);

    std::vector<Attribute> m_attributes;
    text::PhraseIndex m_asks;
    QSet<QString> m_askTerms; ///< every analyzed term of every ask phrase
};

} // namespace flywheel::service
