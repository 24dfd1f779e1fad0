#include "privacy/Pseudonyms.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace flywheel::privacy {

using namespace Qt::StringLiterals;

namespace {
constexpr int kKeyBytes = 32;
constexpr int kMinPhoneDigits = 9;

/// What text() looks at, in one pass: an email address, a run of digits with the separators phone
/// numbers are written with, or a word.
const QRegularExpression& piecePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<email>[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+)|(?<digits>\+?\d[\d ().\-/]*\d)|(?<word>\p{L}[\p{L}\p{M}]*))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

const QRegularExpression& nameWordPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\p{L}[\p{L}\p{M}]+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

qsizetype digitCount(QStringView text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}
} // namespace

Pseudonyms::Pseudonyms(QByteArray key)
    : m_key(std::move(key))
{
    if (m_key.isEmpty()) {
        m_key.resize(kKeyBytes);
        QRandomGenerator::system()->generate(m_key.begin(), m_key.end());
    }
}

QString Pseudonyms::hashHex(QStringView kind, QStringView value, int length) const
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, m_key);
    code.addData(kind.toUtf8());
    code.addData("", 1); // the NUL between the two
    code.addData(value.toUtf8());
    return QString::fromLatin1(code.result().toHex().left(length));
}

QString Pseudonyms::email(QStringView address) const
{
    return u"customer-"_s + hashHex(u"email", address.trimmed().toString().toCaseFolded(), 12)
        + u"@example.invalid"_s;
}

QString Pseudonyms::nameWord(QStringView word) const
{
    return u"Name-"_s + hashHex(u"name", word.toString().toCaseFolded(), 8);
}

QString Pseudonyms::name(QStringView fullName) const
{
    QStringList words;
    for (QStringView word : fullName.split(u' ', Qt::SkipEmptyParts))
        words << nameWord(word);
    return words.join(u' ');
}

QString Pseudonyms::identifier(QStringView id) const
{
    return hashHex(u"id", id, 16);
}

void Pseudonyms::addKnownName(QStringView fullName)
{
    for (const QRegularExpressionMatch& match : nameWordPattern().globalMatch(fullName))
        m_knownNames.insert(match.captured().toCaseFolded());
}

void Pseudonyms::addOrdinaryText(QStringView text)
{
    for (const QRegularExpressionMatch& match : nameWordPattern().globalMatch(text))
        m_ordinaryWords.insert(match.captured().toCaseFolded());
}

QString Pseudonyms::text(QStringView text) const
{
    QString result;
    result.reserve(text.size());
    qsizetype copied = 0;
    for (const QRegularExpressionMatch& match : piecePattern().globalMatch(text)) {
        QString replacement;
        if (match.hasCaptured(u"email")) {
            replacement = email(match.capturedView(u"email"));
        } else if (match.hasCaptured(u"digits")) {
            if (digitCount(match.capturedView(u"digits")) >= kMinPhoneDigits)
                replacement = QStringLiteral("[number]");
        } else {
            const QStringView word = match.capturedView(u"word");
            const QString folded = word.toString().toCaseFolded();
            if (m_knownNames.contains(folded) && (word.front().isUpper() || !m_ordinaryWords.contains(folded)))
                replacement = nameWord(word);
        }
        if (replacement.isNull())
            continue;
        result += text.mid(copied, match.capturedStart() - copied);
        result += replacement;
        copied = match.capturedEnd();
    }
    result += text.mid(copied);
    return result;
}

} // namespace flywheel::privacy
