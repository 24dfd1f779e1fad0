#include "stages/service/KeptAnalyses.h"

#include "Version.h"

#include <QtEndian>

#include <bit>
#include <cstring>

namespace flywheel::service {

namespace {
using namespace Qt::StringLiterals;

/// The first byte of every encoded analysis; another value is an encoding this build cannot read.
constexpr char kEncoding = 1;

/// Unsigned LEB128: term numbers below 16,384 take two bytes or fewer, where four would do for all.
void appendNumber(QByteArray& out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.append(static_cast<char>((value & 0x7F) | 0x80));
        value >>= 7;
    }
    out.append(static_cast<char>(value));
}

void appendTerms(QByteArray& out, const text::TermIds& ids)
{
    for (const text::TermId id : ids)
        appendNumber(out, static_cast<std::uint64_t>(id));
}

void appendReal(QByteArray& out, double value)
{
    const auto bits = qToLittleEndian(std::bit_cast<std::uint64_t>(value));
    out.append(reinterpret_cast<const char*>(&bits), sizeof bits);
}

/// Reads what appendNumber() and friends wrote, refusing anything that runs past the end.
class Reader {
public:
    Reader(QByteArrayView bytes, text::TermId termCount)
        : m_bytes(bytes)
        , m_termCount(termCount)
    {
    }

    std::optional<std::uint64_t> number()
    {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64 && m_at < m_bytes.size(); shift += 7) {
            const auto byte = static_cast<unsigned char>(m_bytes[m_at++]);
            value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if ((byte & 0x80) == 0)
                return value;
        }
        return std::nullopt;
    }

    /// `count` term numbers, each below the dictionary's size.
    bool terms(std::uint64_t count, text::TermIds& out)
    {
        if (count > static_cast<std::uint64_t>(m_bytes.size() - m_at))
            return false; // each number takes at least a byte
        out.reserve(out.size() + count);
        for (std::uint64_t i = 0; i < count; ++i) {
            const auto id = number();
            if (!id || *id >= static_cast<std::uint64_t>(m_termCount))
                return false;
            out.push_back(static_cast<text::TermId>(*id));
        }
        return true;
    }

    /// UTF-8 text after its length in bytes.
    std::optional<QString> text()
    {
        const auto size = number();
        if (!size || *size > static_cast<std::uint64_t>(m_bytes.size() - m_at))
            return std::nullopt;
        const QByteArrayView utf8 = m_bytes.sliced(m_at, static_cast<qsizetype>(*size));
        m_at += static_cast<qsizetype>(*size);
        return QString::fromUtf8(utf8);
    }

    std::optional<double> real()
    {
        std::uint64_t bits = 0;
        if (m_bytes.size() - m_at < static_cast<qsizetype>(sizeof bits))
            return std::nullopt;
        std::memcpy(&bits, m_bytes.data() + m_at, sizeof bits);
        m_at += static_cast<qsizetype>(sizeof bits);
        return std::bit_cast<double>(qFromLittleEndian(bits));
    }

    bool atEnd() const { return m_at == m_bytes.size(); }

private:
    QByteArrayView m_bytes;
    text::TermId m_termCount;
    qsizetype m_at = 0;
};

QString analysesKey(const QString& language)
{
    return QString::fromStdString(versionText()) + u' ' + language;
}

/// Reads the dictionary into `terms`; false when its numbers are not 0, 1, 2, ... or a term repeats.
Result<bool> readDictionary(Database& db, text::TermTable& terms)
{
    auto select = db.prepare("SELECT id, term FROM analysis_terms ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    bool whole = true;
    auto read = select->forEachRow([&](Statement& row) {
        if (whole)
            whole = row.int64(0) == terms.size() && terms.add(row.text(1)) == row.int64(0);
    });
    if (!read)
        return std::unexpected(read.error());
    return whole;
}

template <typename Message>
Result<void> keepMessages(Database& db, std::string_view sql, const std::vector<Message>& messages)
{
    auto insert = db.prepare(sql);
    if (!insert)
        return std::unexpected(insert.error());
    for (const Message& message : messages) {
        if (!message.analysedNow)
            continue;
        insert->bindAll(message.id, static_cast<std::int64_t>(message.storedHash));
        insert->bindBlob(3, encodeAnalysis(message));
        if (auto ok = insert->run(); !ok)
            return ok;
    }
    return {};
}
} // namespace

std::uint64_t storedTextHash(QStringView head, QStringView body)
{
    std::uint64_t hash = 14695981039346656037ULL;
    const auto add = [&hash](char16_t unit) {
        hash ^= unit;
        hash *= 1099511628211ULL;
    };
    for (const QChar c : head)
        add(c.unicode());
    add(0); // "ab" + "c" and "a" + "bc" differ
    for (const QChar c : body)
        add(c.unicode());
    return hash;
}

template <typename Message> QByteArray encodeAnalysis(const Message& message)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(16 + 2 * (message.allTerms.size() + 2 * message.terms.size())));
    out.append(kEncoding);
    const QByteArray text = message.text.toUtf8();
    appendNumber(out, static_cast<std::uint64_t>(text.size()));
    out.append(text);
    appendNumber(out, message.sentences.size());
    for (const Sentence& sentence : message.sentences) {
        appendNumber(out, (sentence.terms.size() << 1) | (sentence.question ? 1 : 0));
        appendTerms(out, sentence.terms);
        appendTerms(out, sentence.words);
    }
    appendNumber(out, message.allTerms.size());
    appendTerms(out, message.allTerms);
    appendReal(out, message.sentimentCues.positive);
    appendReal(out, message.sentimentCues.negative);
    appendNumber(out, static_cast<std::uint64_t>(std::max(0, message.sentimentCues.cues)));
    return out;
}

template <typename Message> bool decodeAnalysis(QByteArrayView encoded, text::TermId termCount, Message& message)
{
    if (encoded.isEmpty() || encoded.front() != kEncoding)
        return false;
    Reader reader(encoded.sliced(1), termCount);
    const std::optional<QString> text = reader.text();
    if (!text)
        return false;
    const auto sentenceCount = reader.number();
    if (!sentenceCount || *sentenceCount > static_cast<std::uint64_t>(encoded.size()))
        return false;
    std::vector<Sentence> sentences(*sentenceCount);
    size_t termTotal = 0;
    for (Sentence& sentence : sentences) {
        const auto head = reader.number();
        if (!head || !reader.terms(*head >> 1, sentence.terms) || !reader.terms(*head >> 1, sentence.words))
            return false;
        sentence.question = (*head & 1) != 0;
        termTotal += sentence.terms.size();
    }
    text::TermIds allTerms;
    const auto allCount = reader.number();
    if (!allCount || !reader.terms(*allCount, allTerms))
        return false;
    const auto positive = reader.real();
    const auto negative = reader.real();
    const auto cues = reader.number();
    if (!positive || !negative || !cues || *cues > static_cast<std::uint64_t>(INT_MAX) || !reader.atEnd())
        return false;
    message.text = *text;
    message.terms.clear();
    message.terms.reserve(termTotal);
    for (const Sentence& sentence : sentences)
        message.terms.insert(message.terms.end(), sentence.terms.begin(), sentence.terms.end());
    message.sentences = std::move(sentences);
    message.allTerms = std::move(allTerms);
    message.sentimentCues = { *positive, *negative, static_cast<int>(*cues) };
    return true;
}

template QByteArray encodeAnalysis(const TicketMessage&);
template QByteArray encodeAnalysis(const ReviewMessage&);
template bool decodeAnalysis(QByteArrayView, text::TermId, TicketMessage&);
template bool decodeAnalysis(QByteArrayView, text::TermId, ReviewMessage&);

KeptAnalyses::KeptAnalyses(QString key, bool usable, text::TermId termCount)
    : m_key(std::move(key))
    , m_usable(usable)
    , m_termCount(termCount)
{
}

Result<KeptAnalyses> KeptAnalyses::read(
    Database& db, const StageMemory& memory, const QString& language, text::TermTable& terms)
{
    QString key = analysesKey(language);
    auto kept = memory.recall(u"analyses"_s);
    if (!kept)
        return std::unexpected(kept.error());
    if (*kept != key)
        return KeptAnalyses(std::move(key), false, 0);
    auto whole = readDictionary(db, terms);
    if (!whole)
        return std::unexpected(whole.error());
    if (!*whole) {
        terms = text::TermTable();
        return KeptAnalyses(std::move(key), false, 0);
    }
    return KeptAnalyses(std::move(key), true, static_cast<text::TermId>(terms.size()));
}

Result<void> KeptAnalyses::keep(Database& db, StageMemory& memory, const text::TermTable& terms, text::TermId termCount,
    const std::vector<TicketMessage>& tickets, const std::vector<ReviewMessage>& reviews) const
{
    // Unusable analyses name terms of a dictionary this run did not read: all of them go.
    if (!m_usable) {
        if (auto ok = db.exec("DELETE FROM ticket_analyses; DELETE FROM review_analyses; DELETE FROM analysis_terms;");
            !ok)
            return ok;
    }
    auto insertTerm = db.prepare("INSERT INTO analysis_terms (id, term) VALUES (?1, ?2)");
    if (!insertTerm)
        return std::unexpected(insertTerm.error());
    for (text::TermId id = m_termCount; id < termCount; ++id) {
        insertTerm->bindAll(id, terms.text(id));
        if (auto ok = insertTerm->run(); !ok)
            return ok;
    }
    if (auto ok = keepMessages(
            db, "INSERT OR REPLACE INTO ticket_analyses (ticket_id, text_hash, analysis) VALUES (?1, ?2, ?3)", tickets);
        !ok)
        return ok;
    if (auto ok = keepMessages(
            db, "INSERT OR REPLACE INTO review_analyses (review_id, text_hash, analysis) VALUES (?1, ?2, ?3)", reviews);
        !ok)
        return ok;
    return memory.keep(u"analyses"_s, m_key);
}

} // namespace flywheel::service
