#include "demo/Files.h"

#include "demo/Format.h"
#include "demo/Kinds.h"
#include "demo/TicketText.h"
#include "demo/WordLists.h"

#include <algorithm>

namespace flywheel::demo {

namespace {
using namespace std::string_view_literals;

constexpr std::array kTicketHeader = {"id"sv,   "created"sv,      "subject"sv, "body"sv,  "customer email"sv,
                                      "order number"sv, "tags"sv, "channel"sv, "status"sv};
constexpr std::array<double, kIntentCount> kIntentShare = {0.22, 0.16, 0.10, 0.07, 0.08, 0.16, 0.06, 0.07, 0.06};
constexpr std::array kChannels = {"email"sv, "contact_form"sv, "chat"sv, "instagram"sv};
constexpr std::array kChannelShare = {0.5, 0.25, 0.2, 0.05};
/// Share of an intent's tickets still written once a saved reply and FAQ entry answer it.
constexpr double kRepliedShare = 0.7;
/// Tickets of a later period are about its orders and those of the weeks before it.
constexpr int kRecentOrderDays = 21;
/// How often a later period's ticket is drawn again when it falls outside the period.
constexpr int kRedraws = 30;

struct Draft {
    int day = 0;
    int second = 0;
    Intent intent = Intent::OrderStatus;
    int order = -1;
    int product = -1;
    int variant = -1;
    std::string email;
    std::string firstName;
    std::string attribute;
    std::string code;
};

class TicketMaker {
public:
    TicketMaker(World& world, Random& random)
        : m_world(world), m_random(random), m_lastDay(world.calendar.days() - 1),
          m_firstOrder(firstOrderFrom(world, world.period.firstDay - kRecentOrderDays))
    {
        double running = 0.0;
        for (const Product& product : world.products) {
            running += product.status == ProductStatus::Draft ? 0.0 : product.popularity;
            m_productCumulative.push_back(running);
        }
        for (auto o = static_cast<size_t>(m_firstOrder); o < world.orders.size(); ++o) {
            if (world.orders[o].financial == Financial::Refunded || world.orders[o].financial == Financial::PartiallyRefunded)
                m_returned.push_back(static_cast<int>(o));
        }
    }

    std::vector<Draft> draftAll();

private:
    static qint64 firstOrderFrom(const World& world, int day)
    {
        const auto at = std::partition_point(world.orders.begin(), world.orders.end(),
                                             [&](const Order& order) { return order.day < day; });
        return at - world.orders.begin();
    }
    template <typename Make>
    Draft inPeriod(Make make);
    [[nodiscard]] int capped(int day) const { return m_world.period.later() ? day : std::min(day, m_lastDay); }

    Draft draft(Intent intent);
    Draft gapQuestion(const ContentGap& gap);
    void fromOrder(Draft& draft, int orderIndex, int delayFrom, int delayTo);
    void asker(Draft& draft);
    int randomProduct();
    int randomOrder();
    int dayAfter(int launchDay);
    int questionsAbout(const ContentGap& gap, int total);

    World& m_world;
    Random& m_random;
    int m_lastDay;
    qint64 m_firstOrder; ///< tickets are about orders from here on (all of them in the generated history)
    std::vector<double> m_productCumulative;
    std::vector<int> m_returned;
};

std::vector<Draft> TicketMaker::draftAll()
{
    const auto orders = static_cast<double>(m_world.orders.size() - m_world.period.firstOrder);
    const auto total = static_cast<int>(orders * m_world.spec.ticketsPerOrder);
    std::vector<Draft> drafts;
    for (int i = 0; i < total; ++i) {
        const auto intent = static_cast<Intent>(m_random.weighted(kIntentShare));
        const bool replied = std::find(m_world.repliedIntents.begin(), m_world.repliedIntents.end(), intentName(intent))
                             != m_world.repliedIntents.end();
        if (replied && !m_random.chance(kRepliedShare))
            continue; // the FAQ answered it before it was sent
        drafts.push_back(inPeriod([&] { return draft(intent); }));
    }
    // The planted gaps: many people ask the same thing the product page does not answer.
    for (ContentGap& gap : m_world.gaps) {
        gap.tickets = questionsAbout(gap, total);
        for (int i = 0; i < gap.tickets; ++i)
            drafts.push_back(inPeriod([&] { return gapQuestion(gap); }));
    }
    for (Draft& draft : drafts) {
        const int hour = 7 + m_random.belowInt(16);
        draft.second = m_world.calendar.unambiguousSecond(draft.day, hour * 3600 + m_random.belowInt(3600));
    }
    std::stable_sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) {
        return a.day != b.day ? a.day < b.day : a.second < b.second;
    });
    return drafts;
}

/// A later period's ticket about an order or a day outside it belongs to another period: another is
/// drawn instead, a few times at most, then it is moved inside.
template <typename Make>
Draft TicketMaker::inPeriod(Make make)
{
    Draft draft = make();
    if (!m_world.period.later())
        return draft;
    const int firstDay = m_world.period.firstDay;
    for (int attempt = 0; attempt < kRedraws && (draft.day < firstDay || draft.day > m_lastDay); ++attempt)
        draft = make();
    draft.day = std::clamp(draft.day, firstDay, m_lastDay);
    return draft;
}

/// How many ask about a gap: a fixed number over the generated history; in a later period as many
/// per order as then, fewer once the page or the FAQ answers it.
int TicketMaker::questionsAbout(const ContentGap& gap, int total)
{
    if (!m_world.period.later())
        return std::max(10, total / 40);
    const qint64 history = firstOrderFrom(m_world, m_world.calendar.historyEnd() + 1);
    const int historyQuestions = std::max(10, static_cast<int>(static_cast<double>(history) * m_world.spec.ticketsPerOrder) / 40);
    const double perOrder = static_cast<double>(historyQuestions) / static_cast<double>(std::max<qint64>(history, 1));
    const auto orders = static_cast<double>(m_world.orders.size() - m_world.period.firstOrder);
    return m_random.poisson(perOrder * orders * (gap.answered ? kAnsweredQuestionShare : 1.0));
}

int TicketMaker::randomOrder()
{
    return static_cast<int>(m_firstOrder + m_random.below(static_cast<qint64>(m_world.orders.size()) - m_firstOrder));
}

int TicketMaker::randomProduct()
{
    const double target = m_random.uniform() * m_productCumulative.back();
    const auto at = std::upper_bound(m_productCumulative.begin(), m_productCumulative.end(), target)
                    - m_productCumulative.begin();
    return static_cast<int>(std::min<qint64>(at, static_cast<qint64>(m_productCumulative.size()) - 1));
}

/// A day with the store's traffic pattern (an order's day) on or after the product's launch.
int TicketMaker::dayAfter(int launchDay)
{
    const Order& order = m_world.orders[static_cast<size_t>(randomOrder())];
    return order.day >= launchDay ? order.day : m_random.rangeInt(std::min(launchDay, m_lastDay), m_lastDay);
}

void TicketMaker::fromOrder(Draft& draft, int orderIndex, int delayFrom, int delayTo)
{
    const Order& order = m_world.orders[static_cast<size_t>(orderIndex)];
    const Customer& customer = m_world.customers[static_cast<size_t>(order.customer)];
    draft.order = orderIndex;
    draft.email = customer.email;
    draft.firstName = customer.firstName;
    const int base = order.fulfilledDay >= 0 ? order.fulfilledDay : order.day;
    draft.day = capped(base + m_random.rangeInt(delayFrom, delayTo));
    int lineIndex = order.firstLine + m_random.belowInt(order.lineCount);
    for (int l = order.firstLine; l < order.firstLine + order.lineCount; ++l) {
        if (m_world.lines[static_cast<size_t>(l)].returned)
            lineIndex = l;
    }
    const Line& line = m_world.lines[static_cast<size_t>(lineIndex)];
    draft.product = line.product;
    draft.variant = line.variant;
}

/// Who writes in before buying: half are customers already, half are shoppers not yet known.
void TicketMaker::asker(Draft& draft)
{
    if (m_random.chance(0.5)) {
        const Order& order = m_world.orders[static_cast<size_t>(randomOrder())];
        const Customer& customer = m_world.customers[static_cast<size_t>(order.customer)];
        draft.email = customer.email;
        draft.firstName = customer.firstName;
        return;
    }
    draft.firstName = std::string(m_random.pick(words::firstNames()));
    draft.email = fmt::lower(draft.firstName) + "." + fmt::integer(m_random.range(100, 9999)) + "@";
    draft.email.append(m_random.pick(words::emailDomains()));
}

Draft TicketMaker::draft(Intent intent)
{
    Draft draft;
    draft.intent = intent;
    const auto anyOrder = [&] { return randomOrder(); };
    switch (intent) {
    case Intent::OrderStatus:
        fromOrder(draft, anyOrder(), 0, 6);
        draft.day = capped(m_world.orders[static_cast<size_t>(draft.order)].day + m_random.rangeInt(2, 9));
        break;
    case Intent::Return:
        fromOrder(draft, !m_returned.empty() && m_random.chance(0.8) ? m_random.pick(m_returned) : anyOrder(), 2, 12);
        break;
    case Intent::Damaged:
        fromOrder(draft, !m_returned.empty() && m_random.chance(0.5) ? m_random.pick(m_returned) : anyOrder(), 1, 4);
        break;
    case Intent::Complaint:
        fromOrder(draft, anyOrder(), 1, 20);
        break;
    case Intent::OrderChange:
        fromOrder(draft, anyOrder(), 0, 0);
        draft.day = m_world.orders[static_cast<size_t>(draft.order)].day;
        break;
    case Intent::Praise:
        fromOrder(draft, anyOrder(), 3, 15);
        break;
    case Intent::Discount: {
        // Right after a code ends people still try it; first-time codes get tried on repeat orders.
        asker(draft);
        const auto& campaigns = m_world.campaigns;
        std::vector<size_t> ended; // sales that ended in the days the tickets cover
        for (size_t c = 1; c < campaigns.size(); ++c) {
            if (!campaigns[c].personal && campaigns[c].lastDay + 3 >= m_world.period.firstDay)
                ended.push_back(c);
        }
        const size_t c = !ended.empty() && m_random.chance(0.75) ? ended[static_cast<size_t>(m_random.below(qint64(ended.size())))] : 0;
        draft.code = campaigns[c].code;
        draft.day = c > 0 ? std::clamp(campaigns[c].lastDay + m_random.rangeInt(0, 3), m_world.period.firstDay, m_lastDay)
                          : dayAfter(0);
        break;
    }
    case Intent::Sizing:
    case Intent::ProductQuestion: {
        asker(draft);
        draft.product = randomProduct();
        const Product& product = m_world.products[static_cast<size_t>(draft.product)];
        draft.day = dayAfter(product.launchDay);
        // Some ask what the page already answers; those are not gaps.
        if (intent == Intent::ProductQuestion && m_random.chance(0.25)) {
            if (kinds()[static_cast<size_t>(product.kind)].weather)
                draft.attribute = "waterproof";
            else if (!product.fit.empty())
                draft.attribute = "true to size";
            else
                draft.attribute = "machine washable";
        }
        break;
    }
    }
    return draft;
}

Draft TicketMaker::gapQuestion(const ContentGap& gap)
{
    Draft draft;
    draft.intent = gap.attribute == "true to size" ? Intent::Sizing : Intent::ProductQuestion;
    draft.attribute = gap.attribute;
    draft.product = gap.product;
    asker(draft);
    draft.day = dayAfter(m_world.products[static_cast<size_t>(gap.product)].launchDay);
    return draft;
}

TicketFacts factsFor(const World& world, const Draft& draft, Random& random)
{
    TicketFacts facts;
    facts.firstName = draft.firstName;
    facts.attribute = draft.attribute;
    facts.code = draft.code;
    facts.days = fmt::integer(random.range(4, 14));
    if (draft.order >= 0) {
        facts.order = "#";
        fmt::appendInt(facts.order, world.orders[static_cast<size_t>(draft.order)].number);
    }
    if (draft.product < 0)
        return facts;
    const Product& product = world.products[static_cast<size_t>(draft.product)];
    facts.product = product.title;
    facts.type = fmt::lower(product.type);
    const int variantIndex = draft.variant >= 0 ? draft.variant : random.belowInt(static_cast<int>(product.variants.size()));
    const Variant& variant = product.variants[static_cast<size_t>(variantIndex)];
    facts.size = variant.size;
    facts.color = fmt::lower(variant.color.empty() && !product.colors.empty() ? product.colors.front() : variant.color);
    // The neighbouring size, from the product's own size run.
    std::vector<std::string> sizes;
    for (const Variant& v : product.variants) {
        if (!v.size.empty() && std::find(sizes.begin(), sizes.end(), v.size) == sizes.end())
            sizes.push_back(v.size);
    }
    const qint64 at = std::find(sizes.begin(), sizes.end(), variant.size) - sizes.begin();
    facts.tooSmall = product.fit != "runs large";
    const qint64 other = facts.tooSmall ? at + 1 : at - 1;
    if (other >= 0 && other < static_cast<qint64>(sizes.size()))
        facts.otherSize = sizes[static_cast<size_t>(other)];
    return facts;
}
} // namespace

Result<void> writeTickets(World& world, Random& random, const QString& path)
{
    TicketMaker maker(world, random);
    const std::vector<Draft> drafts = maker.draftAll();

    auto writer = CsvWriter::open(path);
    if (!writer)
        return std::unexpected(writer.error());
    writeHeader(*writer, kTicketHeader);
    const auto col = [](std::string_view name) consteval { return column(kTicketHeader, name); };
    Row<kTicketHeader.size()> row;
    const int lastDay = world.calendar.days() - 1;
    for (size_t i = 0; i < drafts.size(); ++i) {
        const Draft& draft = drafts[i];
        const int id = world.period.firstTicketId + static_cast<int>(i);
        const TicketFacts facts = factsFor(world, draft, random);
        const TicketText text = composeTicket(draft.intent, facts, random);
        row.clear();
        fmt::appendInt(row[col("id")], id);
        world.calendar.appendIsoTime(row[col("created")], draft.day, draft.second);
        row[col("subject")] = text.subject;
        row[col("body")] = text.body;
        row[col("customer email")] = draft.email;
        row[col("order number")] = facts.order;
        const bool recent = draft.day > lastDay - 7;
        row[col("status")] = recent ? (random.chance(0.6) ? "open" : "pending") : (random.chance(0.85) ? "closed" : "solved");
        if (!recent && random.chance(0.7))
            row[col("tags")] = intentTag(draft.intent);
        row[col("channel")] = kChannels[random.weighted(kChannelShare)];
        row.write(*writer);

        TicketLabel label;
        label.id = id;
        label.intent = std::string(intentName(draft.intent));
        label.attribute = draft.attribute;
        if (draft.product >= 0)
            label.handle = world.products[static_cast<size_t>(draft.product)].handle;
        world.ticketLabels.push_back(std::move(label));
    }
    return writer->close();
}

} // namespace flywheel::demo
