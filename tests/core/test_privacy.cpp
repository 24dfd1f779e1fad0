// The anonymised copy of a store: stand-ins that are stable within a copy and keyed, text cleaned
// of emails, numbers and names, and a copy of the demo store in which no customer's email or name
// is left anywhere in the file while the wheel still runs on it.
#include "TestSupport.h"

#include "flywheel/Pipeline.h"
#include "privacy/AnonymisedCopy.h"
#include "privacy/Pseudonyms.h"
#include "flywheel/Stage.h"
#include "store/Schema.h"

#include <QFile>
#include <QSet>

using flywheel::privacy::Pseudonyms;
using flywheel::test::TempStore;

namespace {
const QByteArray kKey("a fixed key for repeatable stand-ins");

/// Every distinct non-empty value a query returns.
QSet<QString> values(flywheel::Database& db, std::string_view sql)
{
    QSet<QString> found;
    auto statement = db.prepare(sql);
    if (!statement)
        return found;
    (void)statement->forEachRow([&](flywheel::Statement& row) {
        if (!row.isNull(0) && !row.text(0).isEmpty())
            found.insert(row.text(0));
    });
    return found;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestPrivacy : public QObject {
    Q_OBJECT

private slots:
    void standInsAreStableAndKeyed()
    {
        const Pseudonyms pseudonyms(kKey);
        QCOMPARE(pseudonyms.email(u" Ann.Lee@Example.COM "), pseudonyms.email(u"ann.lee@example.com"));
        QVERIFY(pseudonyms.email(u"ann.lee@example.com").endsWith(QStringLiteral("@example.invalid")));
        QVERIFY(pseudonyms.email(u"ann.lee@example.com") != pseudonyms.email(u"ann.le@example.com"));
        QCOMPARE(Pseudonyms(kKey).name(u"Ann Lee"), pseudonyms.name(u"ann  LEE"));
        QCOMPARE(pseudonyms.name(u"Ann Lee").count(QStringLiteral("Name-")), 2);
        // Another key, or none, gives other stand-ins: copies cannot be joined.
        QVERIFY(Pseudonyms(QByteArray("another key")).email(u"ann@example.com") != pseudonyms.email(u"ann@example.com"));
        QVERIFY(Pseudonyms().name(u"Ann") != Pseudonyms().name(u"Ann"));
    }

    void textLosesEmailsNumbersAndNames()
    {
        Pseudonyms pseudonyms(kKey);
        pseudonyms.addKnownName(u"Sarah Black");
        pseudonyms.addOrdinaryText(u"Black Merino Beanie");
        const QString cleaned = pseudonyms.text(
            u"Hi, I'm Sarah Black (sarah.b@mail.example, +44 7700 900123). I'd like the black beanie from order "
            u"#1042 instead. Thanks, sarah");
        QVERIFY2(!cleaned.contains(QStringLiteral("Sarah")) && !cleaned.contains(QStringLiteral("sarah")), qPrintable(cleaned));
        QVERIFY2(!cleaned.contains(QStringLiteral("900123")), qPrintable(cleaned));
        QVERIFY2(cleaned.contains(pseudonyms.email(u"sarah.b@mail.example")), qPrintable(cleaned));
        QVERIFY2(cleaned.contains(QStringLiteral("[number]")), qPrintable(cleaned));
        // The same name reads the same in text as in the name field, capitals or not.
        QVERIFY2(cleaned.contains(pseudonyms.name(u"Sarah")), qPrintable(cleaned));
        QCOMPARE(cleaned.count(pseudonyms.name(u"sarah")), 2);
        QVERIFY2(!cleaned.contains(QStringLiteral(" Black ")), qPrintable(cleaned));
        // "black" is also a word of the catalog: in lower case it stays, as do short numbers.
        QVERIFY2(cleaned.contains(QStringLiteral("the black beanie from order #1042")), qPrintable(cleaned));
        QCOMPARE(pseudonyms.text(u"Nothing personal here."), QStringLiteral("Nothing personal here."));
    }

    void copyOfTheDemoStoreNamesNoCustomer()
    {
        TempStore store;
        QVERIFY(flywheel::test::createAnalysedDemo(store, QStringLiteral("service")));
        flywheel::Database& db = store.db();
        const QSet<QString> emails = values(db, "SELECT email FROM customers UNION SELECT email FROM orders "
                                                "UNION SELECT customer_email FROM tickets UNION SELECT reviewer_email FROM reviews");
        const QSet<QString> fullNames = values(db, "SELECT first_name || ' ' || last_name FROM customers");
        QVERIFY2(emails.size() > 100 && fullNames.size() > 100, "the demo store has customers to hide");
        const qint64 gaps = store.count("content_gaps");

        const QString path = store.dir() + QStringLiteral("/shared.flywheel");
        auto copy = flywheel::privacy::writeAnonymisedCopy(db, path, kKey);
        QVERIFY2(copy, copy ? "" : qPrintable(copy.error().describe()));
        QCOMPARE(copy->customers, store.count("customers"));
        QCOMPARE(copy->messages, store.count("tickets") + store.count("reviews"));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
#endif

        // Not in any table, nor in any free page of the file.
        const QByteArray bytes = fileBytes(path).toLower();
        for (const QString& email : emails)
            QVERIFY2(!bytes.contains(email.toLower().toUtf8()), qPrintable(email));
        for (const QString& name : fullNames)
            QVERIFY2(!bytes.contains(name.toLower().toUtf8()), qPrintable(name));

        auto shared = flywheel::openStore(path);
        QVERIFY(shared);
        QCOMPARE(shared->scalar("SELECT count(*) FROM customers WHERE phone IS NOT NULL OR city IS NOT NULL").value(), 0);
        QCOMPARE(shared->scalar("SELECT count(*) FROM batch_journal").value(), 0);
        QVERIFY(store.count("ticket_analyses") > 0);
        QCOMPARE(shared->scalar("SELECT count(*) FROM ticket_analyses").value(), 0);
        QCOMPARE(shared->scalar("SELECT count(*) FROM analysis_terms").value(), 0);
        QCOMPARE(shared->scalar("SELECT count(*) FROM orders").value(), store.count("orders"));
        QCOMPARE(shared->scalar("SELECT count(*) FROM orders WHERE customer_id IS NOT NULL").value(),
            db.scalar("SELECT count(*) FROM orders WHERE customer_id IS NOT NULL").value());
        // A customer's orders and tickets still carry the customer's (new) email.
        QCOMPARE(shared->scalar("SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id "
                                "WHERE o.email <> c.email").value(),
            db.scalar("SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id "
                      "WHERE lower(o.email) <> lower(c.email)").value());
        QCOMPARE(shared->scalar("PRAGMA user_version").value(), qint64(flywheel::latestSchemaVersion()));

        // The wheel runs on the copy and finds the same content gaps: questions lose nothing by
        // losing who asked them.
        flywheel::Pipeline pipeline(flywheel::createStages());
        auto runs = pipeline.run(*shared, QStringLiteral("service"), nullptr, 0, flywheel::Pipeline::Mode::Full);
        QVERIFY(runs && !runs->isEmpty() && runs->back().status == QStringLiteral("ok"));
        QCOMPARE(shared->scalar("SELECT count(*) FROM content_gaps").value(), gaps);
    }

    void neverReplacesAFile()
    {
        TempStore store;
        const QString path = store.dir() + QStringLiteral("/taken.flywheel");
        QFile taken(path);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("the owner's own file");
        taken.close();
        auto copy = flywheel::privacy::writeAnonymisedCopy(store.db(), path);
        QVERIFY(!copy);
        QCOMPARE(copy.error().code, flywheel::ErrorCode::Conflict);
        QCOMPARE(fileBytes(path), QByteArray("the owner's own file"));

        // A folder that cannot be written leaves nothing behind and says so.
        auto nowhere = flywheel::privacy::writeAnonymisedCopy(store.db(), store.dir() + QStringLiteral("/no/such/copy.flywheel"));
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().code, flywheel::ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "test_privacy.moc"
