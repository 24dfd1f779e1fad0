#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringView>

namespace flywheel::privacy {

/// Stand-ins for what identifies a customer: emails, names and phone numbers, in their own fields
/// and inside text customers wrote. A stand-in is a keyed hash of the original, so the same
/// customer gets the same stand-in everywhere in one copy (orders still meet their customer, a
/// ticket still meets its orders) while nobody without the key can tell who it was, not even by
/// hashing a list of known emails. Not thread-safe; one per copy being written.
class Pseudonyms {
public:
    /// `key` decides the stand-ins: the same key gives the same ones. Empty draws a random key, so
    /// two copies of one store cannot be joined on their stand-ins.
    explicit Pseudonyms(QByteArray key = {});

    /// "customer-<12 hex>@example.invalid" for the address, whatever its case or spaces.
    [[nodiscard]] QString email(QStringView address) const;
    /// "Name-<8 hex>" for each word of a person's or company's name, spaces kept.
    [[nodiscard]] QString name(QStringView fullName) const;
    /// 16 hex digits for an identifier (a customer key, a platform id).
    [[nodiscard]] QString identifier(QStringView id) const;

    /// Remembers the words of a customer's name so text() finds them in what customers wrote.
    void addKnownName(QStringView fullName);
    /// Remembers the words of the store's own text (its catalog, its language's common words): a
    /// name that is also such a word ("Black", "Rose", "Will") is replaced in text only where it is
    /// written with a capital letter.
    void addOrdinaryText(QStringView text);

    /// `text` with every email address, every run of nine or more digits (phone numbers, tracking
    /// and card numbers) and every known name replaced by its stand-in.
    [[nodiscard]] QString text(QStringView text) const;

private:
    [[nodiscard]] QString hashHex(QStringView kind, QStringView value, int length) const;
    [[nodiscard]] QString nameWord(QStringView word) const;

    QByteArray m_key;
    QSet<QString> m_knownNames;    ///< folded name words
    QSet<QString> m_ordinaryWords; ///< folded
};

} // namespace flywheel::privacy
