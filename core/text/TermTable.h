#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace flywheel::text {

/// A term's number in a TermTable.
using TermId = std::int32_t;
/// A text's terms as numbers.
using TermIds = std::vector<TermId>;
/// A view of a text's term numbers, for passing many texts without copying them.
using TermView = std::span<const TermId>;

/// Terms numbered in the order they are first added. What analyses keep for a whole run holds the
/// numbers: four bytes a term instead of a string, compared and hashed as integers. Reading is
/// thread-safe; adding is not, and must not overlap with reading.
class TermTable {
public:
    /// The term's number, adding the term when it is new.
    TermId add(const QString& term);
    TermIds add(const QStringList& terms);
    /// The term's number; -1 when the table does not hold it.
    [[nodiscard]] TermId find(QStringView term) const;
    [[nodiscard]] const QString& text(TermId id) const { return m_texts[id]; }
    [[nodiscard]] QStringList texts(TermView ids) const;
    [[nodiscard]] qsizetype size() const { return m_texts.size(); }
    /// Adds the terms of `other` that are new here, in other's order, and returns the number here of
    /// each of other's numbers.
    [[nodiscard]] TermIds absorb(const TermTable& other);

private:
    QHash<QString, TermId> m_ids;
    QStringList m_texts;
};

/// Texts given as strings, numbered in a table of their own: how the string forms of the text
/// models hand their input to the forms on numbers.
class NumberedTexts {
public:
    explicit NumberedTexts(const std::vector<QStringList>& texts);
    NumberedTexts(const NumberedTexts&) = delete; // the views point into this object's numbers
    NumberedTexts& operator=(const NumberedTexts&) = delete;

    [[nodiscard]] const TermTable& table() const { return m_table; }
    [[nodiscard]] const std::vector<TermView>& views() const { return m_views; }

private:
    TermTable m_table;
    std::vector<TermIds> m_ids;
    std::vector<TermView> m_views;
};

} // namespace flywheel::text
