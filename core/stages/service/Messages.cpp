#include "stages/service/Messages.h"

#include "Parallel.h"
#include "stages/service/KeptAnalyses.h"

#include "text/Analyzer.h"
#include "text/MessageCleaner.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <span>
#include <thread>

namespace flywheel::service {

namespace {
using namespace Qt::StringLiterals;

struct MessagesText {
    Q_DECLARE_TR_FUNCTIONS(ServiceMessages)
};

/// First words that open a question, folded, in the languages the cue lists cover.
const QSet<QString>& questionOpeners()
{
    static const QSet<QString> words = {
        // English
        u"is"_s,
        u"are"_s,
        u"does"_s,
        u"do"_s,
        u"did"_s,
        u"can"_s,
        u"could"_s,
        u"will"_s,
        u"would"_s,
        u"should"_s,
        u"how"_s,
        u"what"_s,
        u"which"_s,
        u"where"_s,
        u"when"_s,
        u"why"_s,
        u"who"_s,
        u"has"_s,
        u"have"_s,
        u"any"_s,
        // German
        u"ist"_s,
        u"sind"_s,
        u"kann"_s,
        u"konnen"_s,
        u"wie"_s,
        u"was"_s,
        u"welche"_s,
        u"welcher"_s,
        u"wo"_s,
        u"wann"_s,
        u"warum"_s,
        u"gibt"_s,
        u"hat"_s,
        u"haben"_s,
        // Spanish
        u"esta"_s,
        u"son"_s,
        u"puede"_s,
        u"como"_s,
        u"que"_s,
        u"cual"_s,
        u"cuanto"_s,
        u"donde"_s,
        u"cuando"_s,
        u"tiene"_s,
        u"hay"_s,
        // French
        u"est"_s,
        u"peut"_s,
        u"comment"_s,
        u"quel"_s,
        u"quelle"_s,
        u"ou"_s,
        u"quand"_s,
        u"pourquoi"_s,
        u"avez"_s,
        // Turkish
        u"nasil"_s,
        u"hangi"_s,
        u"nerede"_s,
    };
    return words;
}

/// Turkish asks with a particle after the word in question ("su geçirmez mi?").
const QSet<QString>& questionParticles()
{
    static const QSet<QString> words = { u"mi"_s, u"mu"_s, u"misiniz"_s, u"musunuz"_s, u"midir"_s, u"mudur"_s,
        u"mıdır"_s, u"mı"_s, u"mü"_s, u"mısınız"_s, u"müdür"_s, u"musun"_s };
    return words;
}

/// Ways customers ask without a question mark, as folded word sequences.
const std::vector<QStringList>& indirectAsks()
{
    static const std::vector<QStringList> cues = [] {
        std::vector<QStringList> sequences;
        for (const QString& cue :
            { u"wonder"_s, u"wondering"_s, u"not sure if"_s, u"doesn't say"_s, u"does not say"_s, u"doesn't mention"_s,
                u"would like to know"_s, u"let me know if"_s, u"tell me if"_s, u"can't find"_s, u"couldn't find"_s,
                u"weiss nicht ob"_s, u"gustaria saber"_s, u"voudrais savoir"_s, u"merak ediyorum"_s })
            sequences.push_back(cue.split(u' '));
        return sequences;
    }();
    return cues;
}

bool hasIndirectAsk(std::span<const text::Analyzer::Token> tokens)
{
    for (size_t start = 0; start < tokens.size(); ++start) {
        for (const QStringList& cue : indirectAsks()) {
            if (start + static_cast<size_t>(cue.size()) > tokens.size() || tokens[start].folded != cue.front())
                continue;
            bool matches = true;
            for (qsizetype i = 1; i < cue.size() && matches; ++i)
                matches = tokens[start + static_cast<size_t>(i)].folded == cue[i];
            if (matches)
                return true;
        }
    }
    return false;
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'?' || c == u'!' || c == u'\n' || c == u'。' || c == u'？' || c == u'！';
}

/// Each range gets an analyzer of its own, whose stem cache pays off over many messages; a few
/// ranges per core still spread the work evenly.
constexpr size_t kMinChunk = 1024;
constexpr size_t kRangesPerCore = 4;

/// What one worker analyses with; neither the stemmer nor the word caches are thread-safe.
struct MessageAnalyzer {
    explicit MessageAnalyzer(const QString& languageCode)
        : analyzer(languageCode)
        , lexicon(languageCode)
    {
    }
    text::Analyzer analyzer;
    text::LexiconSentiment lexicon;
    std::vector<text::Analyzer::Token> tokens; ///< reused from message to message
};

/// Sentences, terms, every stem and the sentiment cues of a ticket or review, from one tokenization.
template <typename Message> void analyzeMessage(MessageAnalyzer& analyzer, Message& message)
{
    std::vector<text::Analyzer::Token>& tokens = analyzer.tokens;
    tokens.clear();
    message.sentences = analyzeSentences(analyzer.analyzer, message.text, &tokens);
    size_t termCount = 0;
    for (const Sentence& sentence : message.sentences)
        termCount += sentence.terms.size();
    message.terms.reserve(termCount); // kept for the whole run: no room to spare
    for (const Sentence& sentence : message.sentences)
        message.terms.insert(message.terms.end(), sentence.terms.begin(), sentence.terms.end());
    message.allTerms.reserve(tokens.size());
    for (const text::Analyzer::Token& token : tokens)
        message.allTerms.push_back(token.stemId);
    message.sentimentCues = analyzer.lexicon.evidence(message.text, tokens);
}

/// Messages analysed together, and the table their analyzer numbered their terms in.
struct AnalyzedRange {
    size_t begin = 0;
    size_t end = 0;
    text::TermTable terms;
};

/// Moves the numbers of a message's terms from its range's table to the run's.
template <typename Message> void renumber(Message& message, const text::TermIds& runNumbers)
{
    const auto toRun = [&](text::TermIds& ids) {
        for (text::TermId& id : ids)
            id = runNumbers[static_cast<size_t>(id)];
    };
    toRun(message.terms);
    toRun(message.allTerms);
    for (Sentence& sentence : message.sentences) {
        toRun(sentence.terms);
        toRun(sentence.words);
    }
}

/// Adds each range's terms to the run's table, range by range so that the numbers do not depend
/// on which thread finished first, then renumbers the messages analysed in this run on every core.
template <typename Message>
void renumberAll(std::vector<Message>& messages, const std::vector<AnalyzedRange>& ranges, text::TermTable& terms)
{
    std::vector<text::TermIds> runNumbers;
    runNumbers.reserve(ranges.size());
    for (const AnalyzedRange& range : ranges)
        runNumbers.push_back(terms.absorb(range.terms));
    forEachChunk(ranges.size(), 1, [&](size_t range, size_t) {
        for (size_t i = ranges[range].begin; i < ranges[range].end; ++i)
            if (messages[i].analysedNow)
                renumber(messages[i], runNumbers[range]);
    });
}

QString joinParts(const QString& first, const QString& second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return first + u'\n' + second;
}

/// Subject or title and body as the store holds them, until they are analysed, and the analysis an
/// earlier run kept of the message.
struct StoredText {
    QString head;
    QString body;
    std::uint64_t keptHash = 0;
    QByteArray kept; ///< empty when none was kept
};

/// Cleans and analyses every message whose stored text is not what its kept analysis was made
/// from, on every core, one analyzer per range, stopping early when the run is cancelled. Each stored text is
/// dropped once read. The terms of the messages analysed here are numbers of their range's table
/// until renumberAll(); kept analyses already hold the run's numbers.
template <typename Message>
Result<std::vector<AnalyzedRange>> analyzeAll(std::vector<Message>& messages, std::vector<StoredText>& texts,
    const QString& languageCode, const KeptAnalyses& kept, Progress* progress)
{
    const size_t rangeCount = kRangesPerCore * static_cast<size_t>(std::max(1, computePool().maxThreadCount()));
    const size_t chunk = std::max(kMinChunk, messages.size() / rangeCount + 1);
    std::vector<AnalyzedRange> ranges((messages.size() + chunk - 1) / chunk);
    forEachChunk(messages.size(), chunk, [&](size_t begin, size_t end) {
        if (progress && progress->cancelled())
            return;
        std::optional<MessageAnalyzer> analyzer; // only when some message of the range needs it
        for (size_t i = begin; i < end; ++i) {
            const StoredText stored = std::exchange(texts[i], {});
            Message& message = messages[i];
            message.storedHash = storedTextHash(stored.head, stored.body);
            if (!stored.kept.isEmpty() && stored.keptHash == message.storedHash
                && decodeAnalysis(stored.kept, kept.termCount(), message))
                continue;
            message.text = joinParts(stored.head.trimmed(), text::cleanMessage(stored.body));
            if (!analyzer)
                analyzer.emplace(languageCode);
            analyzeMessage(*analyzer, message);
            message.analysedNow = true;
        }
        ranges[begin / chunk] = { begin, end, analyzer ? analyzer->analyzer.terms() : text::TermTable() };
    });
    if (progress && progress->cancelled())
        return fail(ErrorCode::Cancelled, MessagesText::tr("The analysis was cancelled; nothing was changed."));
    return ranges;
}

/// Makes room for a table's rows up front: growing a vector of messages row by row moves every
/// message many times over.
Result<void> reserveRows(Database& db, std::string_view countSql, std::vector<StoredText>& texts, auto& messages)
{
    auto count = db.scalar(countSql);
    if (!count)
        return std::unexpected(count.error());
    texts.reserve(static_cast<size_t>(*count));
    messages.reserve(static_cast<size_t>(*count));
    return {};
}

/// A message's texts from `column` on: head, body, and the hash and bytes of a kept analysis.
StoredText storedText(const Statement& row, int column)
{
    StoredText text;
    text.head = row.text(column);
    text.body = row.text(column + 1);
    if (!row.isNull(column + 2)) {
        text.keptHash = static_cast<std::uint64_t>(row.int64(column + 2));
        text.kept = row.blob(column + 3).toByteArray();
    }
    return text;
}

Result<void> readTickets(
    Database& db, const KeptAnalyses& kept, std::vector<TicketMessage>& tickets, std::vector<StoredText>& texts)
{
    if (auto ok = reserveRows(db, "SELECT count(*) FROM tickets", texts, tickets); !ok)
        return ok;
    auto select = db.prepare(kept.usable()
            ? "SELECT t.id, t.created_at, t.tags, t.order_id, t.subject, t.body, a.text_hash, a.analysis "
              "FROM tickets t LEFT JOIN ticket_analyses a ON a.ticket_id = t.id ORDER BY t.id"
            : "SELECT id, created_at, tags, order_id, subject, body, NULL, NULL FROM tickets ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        TicketMessage ticket;
        ticket.id = row.int64(0);
        ticket.createdAt = row.text(1);
        for (const QString& tag : row.text(2).split(u',', Qt::SkipEmptyParts)) {
            const QString trimmed = tag.trimmed().toLower();
            if (!trimmed.isEmpty() && !ticket.tags.contains(trimmed))
                ticket.tags.append(trimmed);
        }
        if (!row.isNull(3))
            ticket.orderId = row.int64(3);
        texts.push_back(storedText(row, 4));
        tickets.push_back(std::move(ticket));
    });
}

Result<void> readReviews(
    Database& db, const KeptAnalyses& kept, std::vector<ReviewMessage>& reviews, std::vector<StoredText>& texts)
{
    if (auto ok = reserveRows(db, "SELECT count(*) FROM reviews", texts, reviews); !ok)
        return ok;
    auto select = db.prepare(kept.usable()
            ? "SELECT r.id, r.product_id, r.rating, r.created_at, r.title, r.body, a.text_hash, a.analysis "
              "FROM reviews r LEFT JOIN review_analyses a ON a.review_id = r.id "
              "WHERE coalesce(r.state, '') NOT IN ('spam', 'hidden', 'rejected') ORDER BY r.id"
            : "SELECT id, product_id, rating, created_at, title, body, NULL, NULL FROM reviews "
              "WHERE coalesce(state, '') NOT IN ('spam', 'hidden', 'rejected') ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        ReviewMessage review;
        review.id = row.int64(0);
        if (!row.isNull(1))
            review.productId = row.int64(1);
        review.rating = static_cast<int>(row.int64(2));
        review.createdAt = row.text(3);
        texts.push_back(storedText(row, 4));
        reviews.push_back(std::move(review));
    });
}

} // namespace

std::vector<Sentence> analyzeSentences(
    const text::Analyzer& analyzer, const QString& text, std::vector<text::Analyzer::Token>* allTokens)
{
    std::vector<text::Analyzer::Token> ownTokens;
    std::vector<text::Analyzer::Token>& tokens = allTokens ? *allTokens : ownTokens;
    std::vector<Sentence> sentences; // kept for the whole run: room for as many as there are ends, no more
    sentences.reserve(static_cast<size_t>(std::count_if(text.begin(), text.end(), isSentenceEnd)) + 1);
    qsizetype start = 0;
    const auto flush = [&](qsizetype end, bool questionMark) {
        const QStringView piece = QStringView(text).mid(start, end - start).trimmed();
        start = end + 1;
        if (piece.isEmpty())
            return;
        const size_t first = tokens.size();
        analyzer.appendTokens(piece, tokens);
        const std::span<text::Analyzer::Token> sentenceTokens(
            tokens.begin() + static_cast<std::ptrdiff_t>(first), tokens.end());
        if (sentenceTokens.empty())
            return;
        Sentence sentence;
        const auto kept = static_cast<size_t>(std::count_if(
            sentenceTokens.begin(), sentenceTokens.end(), [](const text::Analyzer::Token& t) { return !t.stopWord; }));
        sentence.terms.reserve(kept);
        sentence.words.reserve(kept);
        sentence.question = questionMark || questionOpeners().contains(sentenceTokens.front().folded);
        for (text::Analyzer::Token& token : sentenceTokens) {
            if (!token.stopWord) {
                sentence.terms.push_back(token.stemId);
                sentence.words.push_back(token.foldedId);
            }
            if (!sentence.question && questionParticles().contains(token.folded))
                sentence.question = true;
            token.start += piece.data() - text.data(); // from the sentence's offsets to the text's
        }
        if (!sentence.question)
            sentence.question = hasIndirectAsk(sentenceTokens);
        sentences.push_back(std::move(sentence));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSentenceEnd(text[i]))
            flush(i, text[i] == u'?' || text[i] == u'？');
    }
    flush(text.size(), false);
    return sentences;
}

Result<StoreMessages> loadMessages(Database& db, const QString& languageCode, Progress* progress,
    text::TermTable& terms, const KeptAnalyses& kept, const std::function<Result<void>()>& meanwhile)
{
    StoreMessages messages;
    std::vector<StoredText> ticketTexts;
    std::vector<StoredText> reviewTexts;
    if (auto ok = readTickets(db, kept, messages.tickets, ticketTexts); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readReviews(db, kept, messages.reviews, reviewTexts); !ok)
        return std::unexpected(ok.error());
    // The analysis spreads over the compute pool from a thread of its own (a pool thread waiting for
    // the pool could wait forever); it works on this function's vectors, so it is joined before they go.
    Result<std::vector<AnalyzedRange>> ticketRanges;
    Result<std::vector<AnalyzedRange>> reviewRanges;
    std::jthread analysis([&] {
        ticketRanges = analyzeAll(messages.tickets, ticketTexts, languageCode, kept, progress);
        if (ticketRanges)
            reviewRanges = analyzeAll(messages.reviews, reviewTexts, languageCode, kept, progress);
    });
    const Result<void> other = meanwhile ? meanwhile() : Result<void> {};
    analysis.join();
    if (!other)
        return std::unexpected(other.error());
    for (const auto* ranges : { &ticketRanges, &reviewRanges })
        if (!*ranges)
            return std::unexpected(ranges->error());
    renumberAll(messages.tickets, *ticketRanges, terms);
    renumberAll(messages.reviews, *reviewRanges, terms);
    return messages;
}

} // namespace flywheel::service
