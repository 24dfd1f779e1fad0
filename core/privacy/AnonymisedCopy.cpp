#include "privacy/AnonymisedCopy.h"

#include "privacy/Pseudonyms.h"
#include "store/StoreSettings.h"
#include "text/StopWords.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <span>

namespace flywheel::privacy {

namespace {
struct AnonymisedCopyText {
    Q_DECLARE_TR_FUNCTIONS(AnonymisedCopy)
};

// Each imported field that can tell who a customer is, and each result that quotes what customers
// wrote or searched. Keys that must stay unique are rewritten with OR REPLACE: two queries that
// differ only in a phone number become one row rather than keep either number.
constexpr std::string_view kScrubbing[] = {
    "DELETE FROM batch_journal",
    "UPDATE import_batches SET rejects_file = NULL",
    "UPDATE customers SET customer_key = 'customer-' || anon_id(customer_key), source_id = anon_id(source_id),"
    " email = anon_email(email), first_name = anon_name(first_name), last_name = anon_name(last_name),"
    " company = anon_name(company), phone = NULL, city = NULL, zip = NULL, note = anon_text(note)",
    "UPDATE orders SET email = anon_email(email), shipping_city = NULL",
    "UPDATE tickets SET customer_email = anon_email(customer_email), subject = anon_text(subject),"
    " body = anon_text(body)",
    // A review's key is the app's id, or made of its product, reviewer and date when the app exports none.
    "UPDATE reviews SET source_key = 'review-' || anon_id(source_key), reviewer_name = anon_name(reviewer_name),"
    " reviewer_email = anon_email(reviewer_email), title = anon_text(title), body = anon_text(body),"
    " reply = anon_text(reply)",
    "UPDATE search_terms SET query = anon_text(query)",
    "UPDATE OR REPLACE search_diagnoses SET query = anon_text(query), fix = anon_text(fix)",
    "UPDATE OR REPLACE merch_trends SET key = anon_text(key) WHERE subject = 'query'",
    "UPDATE merch_trends SET via_query = anon_text(via_query), peers = anon_text(peers)",
    "UPDATE OR REPLACE recommendations SET subject_key = anon_text(subject_key), title = anon_text(title),"
    " detail = anon_text(detail), evidence = anon_text(evidence)",
    "UPDATE service_topics SET label = anon_text(label), terms = anon_text(terms)",
    "UPDATE content_suggestions SET suggested_text = anon_text(suggested_text), edited_text = anon_text(edited_text),"
    " value = anon_text(value)",
    // The Service stage's kept readings of the messages hold their words: the next run reads the
    // scrubbed messages afresh.
    "DELETE FROM ticket_analyses",
    "DELETE FROM review_analyses",
    "DELETE FROM analysis_terms",
    "DELETE FROM stage_memory WHERE stage = 'service'",
};

// The store's own words: a customer called Rose or Black keeps "rose" and "black" in lower case.
constexpr std::string_view kOrdinaryText[] = {
    "SELECT title FROM products UNION ALL SELECT product_type FROM products UNION ALL SELECT vendor FROM products",
    "SELECT tags FROM products UNION ALL SELECT description_html FROM products UNION ALL SELECT title FROM collections",
    "SELECT option1 FROM variants UNION ALL SELECT option2 FROM variants UNION ALL SELECT option3 FROM variants",
};
constexpr std::string_view kKnownNames[] = {
    "SELECT first_name FROM customers UNION ALL SELECT last_name FROM customers",
    "SELECT reviewer_name FROM reviews",
};

QString argumentText(sqlite3_value* value)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(value)), sqlite3_value_bytes(value));
}

void resultText(sqlite3_context* context, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

/// Registers `anon_<name>(x)` on the connection: NULL stays NULL, anything else goes through `replace`.
template <auto Replace>
Result<void> addFunction(Database& db, const char* name, Pseudonyms& pseudonyms)
{
    const auto call = [](sqlite3_context* context, int, sqlite3_value** values) {
        if (sqlite3_value_type(values[0]) == SQLITE_NULL)
            return sqlite3_result_null(context);
        auto& self = *static_cast<Pseudonyms*>(sqlite3_user_data(context));
        resultText(context, Replace(self, argumentText(values[0])));
    };
    if (sqlite3_create_function_v2(db.handle(), name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, &pseudonyms, call,
            nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(db.lastError());
    return {};
}

Result<void> addFunctions(Database& db, Pseudonyms& pseudonyms)
{
    for (auto added : { addFunction<[](Pseudonyms& p, const QString& s) { return p.identifier(s); }>(db, "anon_id", pseudonyms),
             addFunction<[](Pseudonyms& p, const QString& s) { return p.email(s); }>(db, "anon_email", pseudonyms),
             addFunction<[](Pseudonyms& p, const QString& s) { return p.name(s); }>(db, "anon_name", pseudonyms),
             addFunction<[](Pseudonyms& p, const QString& s) { return p.text(s); }>(db, "anon_text", pseudonyms) }) {
        if (!added)
            return added;
    }
    return {};
}

/// Feeds each text the queries return to `add`.
template <typename Add>
Result<void> readTexts(Database& db, std::span<const std::string_view> queries, Add add)
{
    for (std::string_view sql : queries) {
        auto statement = db.prepare(sql);
        if (!statement)
            return std::unexpected(statement.error());
        auto read = statement->forEachRow([&](Statement& row) {
            if (!row.isNull(0))
                add(row.text(0));
        });
        if (!read)
            return read;
    }
    return {};
}

Result<AnonymisedCopy> scrub(Database& copy, const QString& language, const QByteArray& key)
{
    AnonymisedCopy result;
    Pseudonyms pseudonyms(key);
    for (const QString& word : text::stopWords(language))
        pseudonyms.addOrdinaryText(word);
    if (auto read = readTexts(copy, kOrdinaryText, [&](const QString& text) { pseudonyms.addOrdinaryText(text); }); !read)
        return std::unexpected(read.error());
    if (auto read = readTexts(copy, kKnownNames, [&](const QString& name) { pseudonyms.addKnownName(name); }); !read)
        return std::unexpected(read.error());
    if (auto added = addFunctions(copy, pseudonyms); !added)
        return std::unexpected(added.error());

    auto transaction = Transaction::begin(copy);
    if (!transaction)
        return std::unexpected(transaction.error());
    for (std::string_view sql : kScrubbing) {
        if (auto done = copy.exec(sql); !done)
            return std::unexpected(done.error());
        if (sql.starts_with("UPDATE customers"))
            result.customers = copy.changes();
        else if (sql.starts_with("UPDATE tickets") || sql.starts_with("UPDATE reviews"))
            result.messages += copy.changes();
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    // Rebuilding the file leaves no page holding the text as it was.
    if (auto vacuumed = copy.exec("VACUUM"); !vacuumed)
        return std::unexpected(vacuumed.error());
    return result;
}
} // namespace

Result<AnonymisedCopy> writeAnonymisedCopy(Database& store, const QString& path, const QByteArray& key)
{
    // Created here, empty and for the owner only, so an existing file is never replaced and SQLite
    // fills a file nobody else can read.
    QFile target(path);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (QFileInfo::exists(path))
            return fail(ErrorCode::Conflict,
                AnonymisedCopyText::tr("%1 already exists. Choose another name for the anonymised copy.")
                    .arg(QDir::toNativeSeparators(path)));
        return fail(ErrorCode::Io,
            AnonymisedCopyText::tr("Could not create %1 (%2). Choose a folder you can write to.")
                .arg(QDir::toNativeSeparators(path), target.errorString()));
    }
    target.close();
    const QString language = StoreSettings(store).language();
    const QString absolutePath = QFileInfo(path).absoluteFilePath();

    const auto written = [&]() -> Result<AnonymisedCopy> {
        auto vacuum = store.prepare("VACUUM INTO ?1");
        if (!vacuum)
            return std::unexpected(vacuum.error());
        if (auto copied = vacuum->bind(1, absolutePath).run(); !copied)
            return std::unexpected(copied.error());
        auto copy = Database::open(path);
        if (!copy)
            return std::unexpected(copy.error());
        // One file to share, without a write-ahead log beside it.
        if (auto mode = copy->exec("PRAGMA journal_mode = DELETE"); !mode)
            return std::unexpected(mode.error());
        auto scrubbed = scrub(*copy, language, key);
        if (scrubbed)
            scrubbed->path = absolutePath;
        return scrubbed;
    }();
    if (!written)
        QFile::remove(path);
    return written;
}

} // namespace flywheel::privacy
