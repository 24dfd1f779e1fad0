#include "io/formats/Formats.h"

#include "io/formats/FormatBase.h"
#include "io/formats/SharedFields.h"
#include "io/formats/StoreLookup.h"

#include <algorithm>
#include <array>

namespace flywheel::formats {

namespace {

// Every help desk's export is read through the same fields; a layout lists the ones its export has
// and the headers each goes by there.
enum Field {
    Id,
    Created,
    Updated,
    Solved,
    Closed,
    Subject,
    Body,
    Email,
    OrderNumber,
    Tags,
    Channel,
    Status,
    Priority,
    Type,
    Product,
    Satisfaction,
    FieldCount
};

/// How an export separates the tags in one cell.
enum class TagSeparator {
    Commas, ///< "wismo, vip"
    Spaces, ///< Zendesk: "wismo vip" (its tags cannot contain spaces); commas still win when present
};

/// The tags of a cell as the store keeps them: trimmed, each once, joined with ", ".
std::string joinTags(std::string_view cell, TagSeparator separator)
{
    std::vector<std::string_view> tags;
    if (separator == TagSeparator::Spaces && cell.find(',') == std::string_view::npos) {
        size_t start = 0;
        while (start < cell.size()) {
            const size_t end = std::min(cell.find_first_of(" \t\r\n", start), cell.size());
            if (end > start)
                tags.push_back(cell.substr(start, end - start));
            start = end + 1;
        }
    } else {
        tags = splitList(cell);
    }
    std::string joined;
    for (auto tag = tags.begin(); tag != tags.end(); ++tag) {
        if (std::find(tags.begin(), tag, *tag) != tag)
            continue;
        if (!joined.empty())
            joined += ", ";
        joined += *tag;
    }
    return joined;
}

struct TicketLayout {
    std::string_view name;
    std::string_view platform;
    const char* title; ///< translated in the TicketImporter context
    TagSeparator tags;
    std::vector<FieldSpec> fields;
};

// Zendesk's CSV export (FORMATS.md 3.1). It has no comment text; a Description column, where an
// export or a script adds one, is the body. Custom fields ("Order number [txt]") carry the order.
const TicketLayout kZendesk {
    "zendesk-tickets",
    "zendesk",
    QT_TRANSLATE_NOOP("TicketImporter", "Zendesk tickets export"),
    TagSeparator::Spaces,
    {
        { Id, { "id" }, true },
        { Created, { "created at" }, true },
        { Updated, { "updated at" } },
        { Solved, { "solved at" } },
        { Subject, { "subject" }, true },
        { Body, { "description" } },
        { Email, { "requester email" } },
        { OrderNumber,
            { "order number [txt]", "order number [int]", "order number [dec]", "order id [txt]", "order id [int]",
                "order [txt]", "order [int]" } },
        { Tags, { "tags" } },
        { Channel, { "via" } },
        { Status, { "status" } },
        { Priority, { "priority" } },
        { Type, { "ticket type" } },
        { Product, { "product [txt]", "product [list]" } },
        { Satisfaction, { "satisfaction score" } },
    },
};

// Freshdesk's ticket export (FORMATS.md 3.3); Freshservice's Title-Case labels match too.
const TicketLayout kFreshdesk {
    "freshdesk-tickets",
    "freshdesk",
    QT_TRANSLATE_NOOP("TicketImporter", "Freshdesk tickets export"),
    TagSeparator::Commas,
    {
        { Id, { "ticket id" }, true },
        { Created, { "created time" }, true },
        { Updated, { "last update time", "last updated time" } },
        { Solved, { "resolved time" } },
        { Closed, { "closed time" } },
        { Subject, { "subject" }, true },
        { Body, { "description" } },
        { Email, { "email" } },
        { OrderNumber, { "order number", "order id", "order" } },
        { Tags, { "tags" } },
        { Channel, { "source" } },
        { Status, { "status" } },
        { Priority, { "priority" } },
        { Type, { "type" } },
        { Product, { "product" } },
        { Satisfaction, { "survey results" } },
    },
};

// Flywheel's own tickets layout, documented in the README: what Gorgias, Help Scout and other
// help desks map onto with a column mapping, and what the demo store writes.
const TicketLayout kGeneric {
    "generic-tickets",
    "generic",
    QT_TRANSLATE_NOOP("TicketImporter", "Tickets (id, created, subject, body, customer email, order number, …)"),
    TagSeparator::Commas,
    {
        { Id, { "id" }, true },
        { Created, { "created" }, true },
        { Updated, { "updated" } },
        { Solved, { "solved" } },
        { Closed, { "closed" } },
        { Subject, { "subject" }, true },
        { Body, { "body" } },
        { Email, { "customer email" } },
        { OrderNumber, { "order number" } },
        { Tags, { "tags" } },
        { Channel, { "channel" } },
        { Status, { "status" } },
        { Priority, { "priority" } },
        { Type, { "type" } },
        { Product, { "product" } },
        { Satisfaction, { "satisfaction" } },
    },
};

/// One help-desk ticket or chat per row, keyed by the help desk's ticket id.
class TicketImporter final : public FormatBase {
    Q_DECLARE_TR_FUNCTIONS(TicketImporter)
public:
    explicit TicketImporter(const TicketLayout& layout)
        : m_layout(layout)
        , m_slots(layout.fields, FieldCount)
    {
    }

    std::string_view name() const override { return m_layout.name; }
    std::string_view platform() const override { return m_layout.platform; }
    QString title() const override { return tr(m_layout.title); }
    const std::vector<FieldSpec>& fields() const override { return m_slots.fields(); }

    Result<void> begin(ImportContext& context) override
    {
        m_lookup.emplace(context.db);
        const auto has = [this](Field field) { return m_slots.inFile(field, m_columnOfField); };
        // A file without a customer or order column leaves the links an earlier import made alone.
        m_tickets.emplace(context.db, context.batchId, "tickets", std::vector<std::string> { "platform", "source_key" },
            std::vector<std::string> { "created_at", "updated_at", "solved_at", "subject", "body", "customer_email",
                "customer_id", "order_number", "order_id", "tags", "channel", "status", "priority", "ticket_type",
                "product_hint", "satisfaction" },
            std::vector<bool> { true, has(Updated), has(Solved) || has(Closed), has(Subject), has(Body), has(Email),
                has(Email), has(OrderNumber), has(OrderNumber), has(Tags), has(Channel), has(Status), has(Priority),
                has(Type), has(Product), has(Satisfaction) });
        return {};
    }

    /// Reads the row's times and lists on the reading thread.
    std::unique_ptr<ParsedRow> parse(const Row& row) override
    {
        auto parsed = std::make_unique<ParsedTicket>();
        if (auto reject = read(SharedRow(row, m_slots, m_columnOfField), *parsed))
            parsed->reject = std::move(reject);
        return parsed;
    }

    RowResult importRow(const Row& fileRow, ParsedRow* parsedRow, ImportContext&) override
    {
        std::unique_ptr<ParsedRow> own;
        if (!parsedRow) {
            own = parse(fileRow);
            parsedRow = own.get();
        }
        const auto& parsed = static_cast<const ParsedTicket&>(*parsedRow);
        if (parsed.reject)
            return rejectRow(*parsed.reject);
        const SharedRow row(fileRow, m_slots, m_columnOfField);
        const std::string_view email = row[Email];
        const std::string_view orderNumber = row.identifier(OrderNumber);
        FLYWHEEL_TRY(customerId, m_lookup->customer(email));
        FLYWHEEL_TRY(orderId, m_lookup->order(orderNumber));
        const std::array keys { SqlValue { m_layout.platform }, SqlValue { row.identifier(Id) } };
        const std::array vals { SqlValue { std::string_view(parsed.createdAt) }, optional(parsed.updatedAt),
            optional(parsed.solvedAt), text(row[Subject]), text(row.raw(Body)), text(email), optional(customerId),
            text(orderNumber), optional(orderId), text(parsed.tags), text(parsed.channel), text(parsed.status),
            text(parsed.priority), text(row[Type]), text(row[Product]), text(row[Satisfaction]) };
        FLYWHEEL_TRY(ticket, m_tickets->upsert(keys, vals));
        return accepted(ticket.outcome);
    }

private:
    struct ParsedTicket final : ParsedRow {
        std::optional<RowReject> reject;
        std::string createdAt;
        std::optional<std::string> updatedAt, solvedAt;
        std::string tags, channel, status, priority;
    };

    std::optional<RowReject> read(const SharedRow& row, ParsedTicket& parsed) const
    {
        if (row.identifier(Id).empty())
            return row.reject(Id, tr("the ticket has no ID"));
        auto created = row.timestamp(Created);
        if (!created)
            return created.error();
        if (!*created)
            return row.reject(Created, tr("the ticket has no creation date"));
        parsed.createdAt = std::move(**created);
        auto updated = row.timestamp(Updated);
        if (!updated)
            return updated.error();
        parsed.updatedAt = std::move(*updated);
        // Freshdesk sets "Resolved time" and "Closed time"; the first of them is when it was solved.
        auto solved = row.timestamp(row[Solved].empty() ? Closed : Solved);
        if (!solved)
            return solved.error();
        parsed.solvedAt = std::move(*solved);
        parsed.tags = joinTags(row[Tags], m_layout.tags);
        // Help desks capitalise these words differently ("Open", "open"); one spelling groups them.
        parsed.channel = lowered(row[Channel]);
        parsed.status = lowered(row[Status]);
        parsed.priority = lowered(row[Priority]);
        return std::nullopt;
    }

    const TicketLayout& m_layout;
    FieldSlots m_slots;
    std::optional<StoreLookup> m_lookup;
    std::optional<TableWriter> m_tickets;
};

} // namespace

std::unique_ptr<Importer> makeZendeskTicketsImporter()
{
    return std::make_unique<TicketImporter>(kZendesk);
}

std::unique_ptr<Importer> makeFreshdeskTicketsImporter()
{
    return std::make_unique<TicketImporter>(kFreshdesk);
}

std::unique_ptr<Importer> makeGenericTicketsImporter()
{
    return std::make_unique<TicketImporter>(kGeneric);
}

} // namespace flywheel::formats
