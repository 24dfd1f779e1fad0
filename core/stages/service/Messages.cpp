#include "stages/service/Messages.h"

#include "Parallel.h"

#include "text/Analyzer.h"
#include "text/MessageCleaner.h"

#include <QCoreApplication>

#include <array>

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

bool hasIndirectAsk(const std::vector<text::Analyzer::Token>& tokens)
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

/// Runs `analyze` over `items` on every core, one analyzer per range (the stemmer is not
/// thread-safe), stopping early when the run is cancelled.
template <typename Item, typename Analyze>
Result<void> analyzeAll(std::vector<Item>& items, const QString& languageCode, Progress* progress, Analyze analyze)
{
    const size_t ranges = kRangesPerCore * static_cast<size_t>(std::max(1, computePool().maxThreadCount()));
    forEachChunk(items.size(), std::max(kMinChunk, items.size() / ranges + 1), [&](size_t begin, size_t end) {
        if (progress && progress->cancelled())
            return;
        const text::Analyzer analyzer(languageCode);
        for (size_t i = begin; i < end; ++i)
            analyze(analyzer, items[i]);
    });
    if (progress && progress->cancelled())
        return fail(ErrorCode::Cancelled, MessagesText::tr("The analysis was cancelled; nothing was changed."));
    return {};
}

void analyzeMessage(const text::Analyzer& analyzer, const QString& text, QStringList& terms,
    std::vector<Sentence>& sentences, QStringList* allTerms = nullptr)
{
    sentences = analyzeSentences(analyzer, text, allTerms);
    for (const Sentence& sentence : sentences)
        terms += sentence.terms;
}

QString joinParts(const QString& first, const QString& second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return first + u'\n' + second;
}
} // namespace

std::vector<Sentence> analyzeSentences(const text::Analyzer& analyzer, const QString& text, QStringList* allTerms)
{
    std::vector<Sentence> sentences;
    qsizetype start = 0;
    const auto flush = [&](qsizetype end, bool questionMark) {
        const QStringView piece = QStringView(text).mid(start, end - start).trimmed();
        start = end + 1;
        if (piece.isEmpty())
            return;
        Sentence sentence;
        const std::vector<text::Analyzer::Token> tokens = analyzer.tokens(piece);
        if (tokens.empty())
            return;
        sentence.question = questionMark || questionOpeners().contains(tokens.front().folded);
        for (const text::Analyzer::Token& token : tokens) {
            if (allTerms)
                allTerms->append(token.stem);
            if (!token.stopWord) {
                sentence.terms.append(token.stem);
                sentence.words.append(token.folded);
            }
            if (!sentence.question && questionParticles().contains(token.folded))
                sentence.question = true;
        }
        if (!sentence.question)
            sentence.question = hasIndirectAsk(tokens);
        sentences.push_back(std::move(sentence));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSentenceEnd(text[i]))
            flush(i, text[i] == u'?' || text[i] == u'？');
    }
    flush(text.size(), false);
    return sentences;
}

Result<std::vector<TicketMessage>> loadTickets(Database& db, const QString& languageCode, Progress* progress)
{
    std::vector<TicketMessage> tickets;
    std::vector<std::pair<QString, QString>> raw; // subject, body
    auto select = db.prepare("SELECT id, created_at, tags, order_id, subject, body FROM tickets ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    auto read = select->forEachRow([&](Statement& row) {
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
        raw.emplace_back(row.text(4), row.text(5));
        tickets.push_back(std::move(ticket));
    });
    if (!read)
        return std::unexpected(read.error());
    auto analyzed
        = analyzeAll(tickets, languageCode, progress, [&](const text::Analyzer& analyzer, TicketMessage& ticket) {
              const auto& [subject, body] = raw[static_cast<size_t>(&ticket - tickets.data())];
              ticket.text = joinParts(subject.trimmed(), text::cleanMessage(body));
              analyzeMessage(analyzer, ticket.text, ticket.terms, ticket.sentences, &ticket.allTerms);
          });
    if (!analyzed)
        return std::unexpected(analyzed.error());
    return tickets;
}

Result<std::vector<ReviewMessage>> loadReviews(Database& db, const QString& languageCode, Progress* progress)
{
    std::vector<ReviewMessage> reviews;
    std::vector<std::pair<QString, QString>> raw; // title, body
    auto select = db.prepare("SELECT id, product_id, rating, created_at, title, body FROM reviews "
                             "WHERE coalesce(state, '') NOT IN ('spam', 'hidden', 'rejected') ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    auto read = select->forEachRow([&](Statement& row) {
        ReviewMessage review;
        review.id = row.int64(0);
        if (!row.isNull(1))
            review.productId = row.int64(1);
        review.rating = static_cast<int>(row.int64(2));
        review.createdAt = row.text(3);
        raw.emplace_back(row.text(4), row.text(5));
        reviews.push_back(std::move(review));
    });
    if (!read)
        return std::unexpected(read.error());
    auto analyzed
        = analyzeAll(reviews, languageCode, progress, [&](const text::Analyzer& analyzer, ReviewMessage& review) {
              const auto& [title, body] = raw[static_cast<size_t>(&review - reviews.data())];
              review.text = joinParts(title.trimmed(), text::cleanMessage(body));
              analyzeMessage(analyzer, review.text, review.terms, review.sentences);
          });
    if (!analyzed)
        return std::unexpected(analyzed.error());
    return reviews;
}

} // namespace flywheel::service
