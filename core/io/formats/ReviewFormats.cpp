#include "io/formats/Formats.h"

#include "io/formats/FormatBase.h"
#include "io/formats/SharedFields.h"
#include "io/formats/StoreLookup.h"

#include <QCryptographicHash>

#include <array>

namespace flywheel::formats {

namespace {

// Every review app's export is read through the same fields; a layout lists the ones its export has
// and the headers each goes by there.
enum Field {
    Id,
    Title,
    Body,
    Rating,
    Date,
    State,
    Name,
    Email,
    ProductId,
    Handle,
    Sku,
    ProductName,
    Reply,
    FieldCount
};

struct ReviewLayout {
    std::string_view name;
    std::string_view platform;
    const char* title; ///< translated in the ReviewImporter context
    bool datesInUtc; ///< the app writes UTC times without saying so
    std::vector<FieldSpec> fields;
};

// Judge.me export/import (FORMATS.md 3.5): review_date is UTC; shop reviews have no product.
const ReviewLayout kJudgeMe {
    "judgeme-reviews",
    "judgeme",
    QT_TRANSLATE_NOOP("ReviewImporter", "Judge.me reviews export"),
    true,
    {
        { Title, { "title" } },
        { Body, { "body" }, true },
        { Rating, { "rating" }, true },
        { Date, { "review_date" }, true },
        { State, { "curated" } },
        { Name, { "reviewer_name" } },
        { Email, { "reviewer_email" } },
        { ProductId, { "product_id" } },
        { Handle, { "product_handle" }, true },
        { Reply, { "reply" } },
    },
};

// Okendo's import template: a review names its product by handle, productId or sku.
const ReviewLayout kOkendo {
    "okendo-reviews",
    "okendo",
    QT_TRANSLATE_NOOP("ReviewImporter", "Okendo reviews (import template)"),
    false,
    {
        { Title, { "title" } },
        { Body, { "body" }, true },
        { Rating, { "rating" }, true },
        { Date, { "datecreated" }, true },
        { Name, { "name" }, true },
        { Email, { "email" } },
        { ProductId, { "productid" } },
        { Handle, { "handle" } },
        { Sku, { "sku" } },
        { Reply, { "reply" } },
    },
};

// Yotpo's reviews export: products by id and name only.
const ReviewLayout kYotpo {
    "yotpo-reviews",
    "yotpo",
    QT_TRANSLATE_NOOP("ReviewImporter", "Yotpo reviews export"),
    false,
    {
        { Title, { "review title" } },
        { Body, { "review content" }, true },
        { Rating, { "review score" }, true },
        { Date, { "date" }, true },
        { Name, { "display name" } },
        { Email, { "email" } },
        { ProductId, { "product id" } },
        { ProductName, { "product name" } },
    },
};

// The legacy Shopify Product Reviews app's export.
const ReviewLayout kShopifyProductReviews {
    "shopify-product-reviews",
    "shopify",
    QT_TRANSLATE_NOOP("ReviewImporter", "Shopify Product Reviews export"),
    false,
    {
        { Title, { "title" } },
        { Body, { "body" }, true },
        { Rating, { "rating" }, true },
        { Date, { "created_at" }, true },
        { State, { "state" } },
        { Name, { "author" }, true },
        { Email, { "email" } },
        { Handle, { "product_handle" }, true },
        { Reply, { "reply" } },
    },
};

// Flywheel's own reviews layout, documented in the README, for other apps through a column mapping.
const ReviewLayout kGeneric {
    "generic-reviews",
    "generic",
    QT_TRANSLATE_NOOP("ReviewImporter", "Reviews (product handle, sku, rating, title, body, date, email, name)"),
    false,
    {
        { Id, { "id" } },
        { Title, { "title" } },
        { Body, { "body" }, true },
        { Rating, { "rating" }, true },
        { Date, { "date" }, true },
        { State, { "state" } },
        { Name, { "name" } },
        { Email, { "email" } },
        { ProductId, { "product id" } },
        { Handle, { "product handle" } },
        { Sku, { "sku" } },
        { Reply, { "reply" } },
    },
};

/// A key that stays the same when the same review is exported again, for apps that export no
/// review id: its product, its reviewer, its date as written, and a digest of its text.
std::string derivedKey(const SharedRow& row)
{
    std::string key;
    if (!row[Handle].empty())
        key = row[Handle];
    else if (!row.identifier(ProductId).empty())
        key = "product-id:" + std::string(row.identifier(ProductId));
    else if (!row.identifier(Sku).empty())
        key = "sku:" + std::string(row.identifier(Sku));
    else
        key = "shop";
    key += '|';
    key += row[Email].empty() ? std::string(row[Name]) : lowered(row[Email]);
    key += '|';
    key += row[Date];
    key += '|';
    const std::string_view body = row.raw(Body);
    const QByteArray digest
        = QCryptographicHash::hash(QByteArrayView(body.data(), qsizetype(body.size())), QCryptographicHash::Sha256);
    key += digest.toHex().left(16).toStdString();
    return key;
}

/// One product or shop review per row.
class ReviewImporter final : public FormatBase {
    Q_DECLARE_TR_FUNCTIONS(ReviewImporter)
public:
    explicit ReviewImporter(const ReviewLayout& layout)
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
        m_dateZone = m_layout.datesInUtc ? QTimeZone::utc() : context.zone;
        m_dateOrder = context.dateOrder;
        const auto has = [this](Field field) { return m_slots.inFile(field, m_columnOfField); };
        m_reviews.emplace(context.db, context.batchId, "reviews", std::vector<std::string> { "platform", "source_key" },
            std::vector<std::string> { "product_id", "product_handle", "product_source_id", "sku", "rating", "title",
                "body", "reviewer_name", "reviewer_email", "customer_id", "created_at", "state", "reply" },
            std::vector<bool> { true, has(Handle), has(ProductId), has(Sku), true, has(Title), has(Body), has(Name),
                has(Email), has(Email), true, has(State), has(Reply) });
        return {};
    }

    /// Reads the rating and date and derives the key on the reading thread.
    std::unique_ptr<ParsedRow> parse(const Row& row) override
    {
        auto parsed = std::make_unique<ParsedReview>();
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
        const auto& parsed = static_cast<const ParsedReview&>(*parsedRow);
        if (parsed.reject)
            return rejectRow(*parsed.reject);
        const SharedRow row(fileRow, m_slots, m_columnOfField);
        const std::string_view handle = row[Handle];
        const std::string_view productSourceId = row.identifier(ProductId);
        const std::string_view sku = row.identifier(Sku);
        FLYWHEEL_TRY(productId, m_lookup->product({ handle, productSourceId, sku, row[ProductName] }));
        FLYWHEEL_TRY(customerId, m_lookup->customer(row[Email]));
        const std::array keys { SqlValue { m_layout.platform }, SqlValue { std::string_view(parsed.key) } };
        const std::array vals { optional(productId), text(handle), text(productSourceId), text(sku),
            SqlValue { parsed.rating }, text(row[Title]), text(row.raw(Body)), text(row[Name]), text(row[Email]),
            optional(customerId), SqlValue { std::string_view(parsed.createdAt) }, text(row[State]),
            text(row.raw(Reply)) };
        FLYWHEEL_TRY(review, m_reviews->upsert(keys, vals));
        return accepted(review.outcome);
    }

private:
    struct ParsedReview final : ParsedRow {
        std::optional<RowReject> reject;
        std::int64_t rating = 0;
        std::string createdAt;
        std::string key;
    };

    std::optional<RowReject> read(const SharedRow& row, ParsedReview& parsed) const
    {
        auto rating = row.integer(Rating);
        if (!rating)
            return rating.error();
        if (!*rating)
            return row.reject(Rating, tr("the review has no rating"));
        if (**rating < 1 || **rating > 5)
            return row.reject(Rating, tr("the rating is %1; ratings go from 1 to 5 stars").arg(**rating));
        parsed.rating = **rating;

        const std::string_view date = row[Date];
        if (date.empty())
            return row.reject(Date, tr("the review has no date"));
        // Read here rather than with Row::timestamp, because some apps write UTC without saying so.
        auto createdAt = values::utcTimestamp(date, m_dateZone, m_dateOrder);
        if (!createdAt) {
            return row.reject(Date,
                QStringLiteral("\"%1\" %2")
                    .arg(QString::fromUtf8(date.data(), qsizetype(date.size())), createdAt.error()));
        }
        parsed.createdAt = createdAt->value_or(std::string());
        parsed.key = row[Id].empty() ? derivedKey(row) : std::string(row[Id]);
        return std::nullopt;
    }

    const ReviewLayout& m_layout;
    FieldSlots m_slots;
    QTimeZone m_dateZone;
    values::DateOrder m_dateOrder = values::DateOrder::Auto;
    std::optional<StoreLookup> m_lookup;
    std::optional<TableWriter> m_reviews;
};

} // namespace

std::unique_ptr<Importer> makeJudgeMeReviewsImporter()
{
    return std::make_unique<ReviewImporter>(kJudgeMe);
}

std::unique_ptr<Importer> makeOkendoReviewsImporter()
{
    return std::make_unique<ReviewImporter>(kOkendo);
}

std::unique_ptr<Importer> makeYotpoReviewsImporter()
{
    return std::make_unique<ReviewImporter>(kYotpo);
}

std::unique_ptr<Importer> makeShopifyProductReviewsImporter()
{
    return std::make_unique<ReviewImporter>(kShopifyProductReviews);
}

std::unique_ptr<Importer> makeGenericReviewsImporter()
{
    return std::make_unique<ReviewImporter>(kGeneric);
}

} // namespace flywheel::formats
