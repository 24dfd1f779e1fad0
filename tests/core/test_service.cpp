// The Service stage on small stores built from export files: content gaps from repeated questions,
// intents, the store's own tags on untagged tickets, bad message bodies, cancellation, repeatability,
// the analyses kept from run to run, and the planted gaps of the demo store.
#include "TestSupport.h"

#include "demo/DemoStore.h"
#include "flywheel/Pipeline.h"
#include "stages/service/KeptAnalyses.h"
#include "stages/service/ServiceQueries.h"
#include "stages/service/ServiceStage.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using flywheel::test::TempStore;

namespace {

const QString kProductsHeader
    = QStringLiteral("Title,URL handle,Description,Type,Tags,SKU,Option1 name,Option1 value,Price\n");
const QString kTicketsHeader
    = QStringLiteral("id,created,subject,body,customer email,order number,tags,channel,status\n");

/// Two jackets: the Alpine's page says nothing about rain, the Cascade's says it is waterproof.
const QString kProducts = kProductsHeader
    + QStringLiteral(
        "Alpine Shell Jacket,alpine-shell-jacket,\"<p>A light shell for the hills.</p><ul><li>Fit: regular fit, "
        "true to size</li><li>Care: machine wash cold</li></ul>\",Jacket,mens,ALP-M,Size,M,189.00\n"
        "Alpine Shell Jacket,alpine-shell-jacket,,,,ALP-L,Size,L,189.00\n"
        "Cascade Rain Jacket,cascade-rain-jacket,\"<p>Waterproof: yes, fully taped seams.</p><ul><li>Fit: "
        "true to size</li><li>Care: machine wash</li></ul>\",Jacket,womens,CAS-M,Size,M,149.00\n"
        "Merino Beanie,merino-beanie,<p>Soft merino.</p>,Hat,unisex,BEA-1,Color,Grey,29.00\n");

QString ticketRow(int id, const QString& day, const QString& subject, const QString& body, const QString& tags = {})
{
    const auto quoted = [](QString text) {
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    return QStringLiteral("%1,%2T10:00:00Z,%3,%4,c%1@example.com,,%5,email,closed\n")
        .arg(id)
        .arg(day, quoted(subject), quoted(body), tags);
}

QString writeFile(const TempStore& store, const QString& name, const QString& text)
{
    const QString path = store.dir() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

/// Questions and requests a small shop gets in a month.
QString smallShopTickets()
{
    QString rows = kTicketsHeader;
    int id = 1;
    const QStringList waterproof = {
        QStringLiteral("Is the Alpine Shell Jacket waterproof? I cycle to work in the rain."),
        QStringLiteral("Hi, will the Alpine Shell Jacket keep me dry in heavy rain?"),
        QStringLiteral("The page doesn't say if the Alpine Shell Jacket is waterproof. Is it?"),
        QStringLiteral("Quick question: is the alpine shell jacket fully waterproof?"),
    };
    for (const QString& body : waterproof) {
        rows += ticketRow(id, QStringLiteral("2026-10-0%1").arg(id), QStringLiteral("Question"), body);
        ++id;
    }
    // The Cascade's page answers this, so asking twice is not a gap.
    rows += ticketRow(id++, QStringLiteral("2026-10-05"), QStringLiteral("Cascade"),
        QStringLiteral("Is the Cascade Rain Jacket waterproof?"));
    rows += ticketRow(id++, QStringLiteral("2026-10-06"), QStringLiteral("Cascade"),
        QStringLiteral("Is the Cascade Rain Jacket waterproof or only water resistant?"));
    const QStringList others = {
        QStringLiteral("Where is my order? The tracking has not updated in a week."),
        QStringLiteral("I want to return the beanie, can you send a return label?"),
        QStringLiteral("My discount code says invalid at checkout."),
        QStringLiteral("Please cancel my order, I ordered the wrong thing."),
        QStringLiteral("Just wanted to say I love my Merino Beanie! Made my day."),
        QStringLiteral("The zipper broke after one wear. Really disappointed."),
    };
    for (const QString& body : others) {
        rows += ticketRow(id, QStringLiteral("2026-10-1%1").arg(id % 10), QStringLiteral("Hello"), body);
        ++id;
    }
    return rows;
}

/// Imports a file the test wrote; true when every row went in.
bool importAll(TempStore& store, const QString& name, const QString& text)
{
    const flywheel::ImportReport report = store.import(writeFile(store, name, text));
    if (report.refused())
        qWarning().noquote() << report.error->describe();
    return !report.refused() && report.rejected == 0;
}

std::optional<flywheel::StageRun> runService(TempStore& store, flywheel::Progress* progress = nullptr)
{
    flywheel::Pipeline pipeline(flywheel::createStages());
    // Full: each call computes again, so a second call tests the stage rather than the skip.
    auto runs = pipeline.run(store.db(), QStringLiteral("service"), progress, 7, flywheel::Pipeline::Mode::Full);
    if (!runs || runs->isEmpty())
        return std::nullopt;
    return runs->back();
}

QString intentOf(TempStore& store, int sourceId)
{
    return store.value(QStringLiteral("SELECT s.intent FROM ticket_signals s JOIN tickets t ON t.id = s.ticket_id "
                                      "WHERE t.source_key = '%1'")
                           .arg(sourceId)
                           .toStdString());
}

/// Each ticket's analysis written out in words: what any numbering of the terms must agree on.
QStringList ticketReadings(TempStore& store, bool* anyAnalysed = nullptr, bool* allAnalysed = nullptr)
{
    flywheel::text::TermTable terms;
    const flywheel::StageMemory memory(store.db(), QStringLiteral("service"));
    auto kept = flywheel::service::KeptAnalyses::read(store.db(), memory, QStringLiteral("en"), terms);
    if (!kept)
        return {};
    auto messages = flywheel::service::loadMessages(store.db(), QStringLiteral("en"), nullptr, terms, *kept);
    if (!messages)
        return {};
    QStringList readings;
    bool any = false;
    bool all = true;
    for (const flywheel::service::TicketMessage& ticket : messages->tickets) {
        QStringList sentences;
        for (const flywheel::service::Sentence& sentence : ticket.sentences)
            sentences.append(terms.texts(sentence.terms).join(u' ') + u'/' + terms.texts(sentence.words).join(u' ')
                + (sentence.question ? u'?' : u'.'));
        readings.append(ticket.text + u'|' + sentences.join(u' ') + u'|' + terms.texts(ticket.allTerms).join(u' ')
            + u'|' + QString::number(ticket.sentimentCues.positive) + u' '
            + QString::number(ticket.sentimentCues.negative) + u' ' + QString::number(ticket.sentimentCues.cues));
        any = any || ticket.analysedNow;
        all = all && ticket.analysedNow;
    }
    if (anyAnalysed)
        *anyAnalysed = any;
    if (allAnalysed)
        *allAnalysed = all;
    return readings;
}

} // namespace

class TestService : public QObject {
    Q_OBJECT

private slots:
    void findsTheGapCustomersKeepAskingAbout()
    {
        TempStore store;
        QVERIFY(importAll(store, QStringLiteral("products.csv"), kProducts));
        QVERIFY(importAll(store, QStringLiteral("tickets.csv"), smallShopTickets()));
        const auto run = runService(store);
        QVERIFY(run);
        QCOMPARE(run->status, QStringLiteral("ok"));

        auto gaps = flywheel::service::readGaps(store.db());
        QVERIFY(gaps);
        QCOMPARE(gaps->size(), 1);
        QCOMPARE(gaps->front().handle, QStringLiteral("alpine-shell-jacket"));
        QCOMPARE(gaps->front().attribute, QStringLiteral("waterproof"));
        QCOMPARE(gaps->front().mentions, 4);
        QCOMPARE(gaps->front().revenueAtRiskMinor, 4 * 18900);
        QCOMPARE(store.count("ticket_signals"), 12);
        // The gap's answer is the Content stage's action; Service only writes the gap.
        QCOMPARE(store.value("SELECT count(*) FROM recommendations WHERE stage = 'service' AND subject_key LIKE "
                             "'product:%'"),
            QStringLiteral("0"));
        QVERIFY(store.value("SELECT handoff FROM stage_runs WHERE stage = 'service'")
                    .startsWith(QStringLiteral("1 content gap")));
    }

    void readsIntentsFromPlainWording()
    {
        TempStore store;
        QVERIFY(importAll(store, QStringLiteral("products.csv"), kProducts));
        QVERIFY(importAll(store, QStringLiteral("tickets.csv"), smallShopTickets()));
        QVERIFY(runService(store));
        QCOMPARE(intentOf(store, 7), QStringLiteral("order_status"));
        QCOMPARE(intentOf(store, 8), QStringLiteral("return"));
        QCOMPARE(intentOf(store, 9), QStringLiteral("discount_problem"));
        QCOMPARE(intentOf(store, 10), QStringLiteral("cancel_order"));
        QCOMPARE(intentOf(store, 11), QStringLiteral("positive_feedback"));
        QCOMPARE(intentOf(store, 12), QStringLiteral("wrong_or_damaged_item"));
        QCOMPARE(intentOf(store, 1), QStringLiteral("product_question"));
        // The happy customer reads positive, the broken zipper negative.
        QVERIFY(store
                    .value("SELECT s.sentiment FROM ticket_signals s JOIN tickets t ON t.id = s.ticket_id WHERE "
                           "t.source_key = '11'")
                    .toInt()
            > 0);
        QVERIFY(store
                    .value("SELECT s.sentiment FROM ticket_signals s JOIN tickets t ON t.id = s.ticket_id WHERE "
                           "t.source_key = '12'")
                    .toInt()
            < 0);
    }

    void learnsTheStoresOwnTags()
    {
        // Forty tagged tickets in two kinds teach the tags; the untagged ones get them guessed.
        TempStore store;
        QString rows = kTicketsHeader;
        for (int i = 0; i < 20; ++i) {
            rows += ticketRow(100 + i, QStringLiteral("2026-09-1%1").arg(i % 10), QStringLiteral("Parcel"),
                QStringLiteral("My parcel %1 is stuck with the courier, any news on the delivery?").arg(i),
                QStringLiteral("courier-delay"));
            rows += ticketRow(200 + i, QStringLiteral("2026-09-2%1").arg(i % 10), QStringLiteral("Gift wrap"),
                QStringLiteral("Can you gift wrap order %1 and add a card with a note?").arg(i),
                QStringLiteral("gift-wrap"));
        }
        rows += ticketRow(300, QStringLiteral("2026-10-01"), QStringLiteral("Hello"),
            QStringLiteral("The courier has had my parcel for days, what is happening with delivery?"));
        rows += ticketRow(301, QStringLiteral("2026-10-02"), QStringLiteral("Hello"),
            QStringLiteral("Could you wrap it as a gift with a little card?"));
        QVERIFY(importAll(store, QStringLiteral("tickets.csv"), rows));
        QVERIFY(runService(store));
        auto tickets = flywheel::service::readTickets(store.db());
        QVERIFY(tickets);
        QHash<QString, QString> topTag;
        for (const auto& ticket : *tickets) {
            if (!ticket.predictedTags.isEmpty())
                topTag.insert(
                    ticket.sourceKey, ticket.predictedTags.first().toObject().value(QStringLiteral("tag")).toString());
        }
        QCOMPARE(topTag.size(), 2); // only the untagged tickets get guesses
        QCOMPARE(topTag.value(QStringLiteral("300")), QStringLiteral("courier-delay"));
        QCOMPARE(topTag.value(QStringLiteral("301")), QStringLiteral("gift-wrap"));
    }

    void badBodiesAreReadNotLost()
    {
        TempStore store;
        QString rows = kTicketsHeader;
        rows += ticketRow(1, QStringLiteral("2026-10-01"), QStringLiteral("Only a subject"), QString());
        rows += ticketRow(2, QStringLiteral("2026-10-01"), QStringLiteral("HTML"),
            QStringLiteral("<html><style>p{color:red}</style><p>Where is my <b>order</b>?</p></html>"));
        rows += ticketRow(3, QStringLiteral("2026-10-01"), QStringLiteral("Reply"),
            QStringLiteral("Thanks, still waiting on the tracking.\n\nOn Mon, 5 Oct 2026, Support "
                           "<help@shop.example> wrote:\n> Your order has shipped.\n> Love, the team"));
        rows
            += ticketRow(4, QStringLiteral("2026-10-01"), QStringLiteral("Huge"), QString(1'000'000, QLatin1Char('a')));
        rows += ticketRow(5, QStringLiteral("2026-10-01"), QStringLiteral("Mixed"),
            QStringLiteral("Hallo, wo ist meine Bestellung? Sendungsverfolgung zeigt nichts. ¿Dónde está?"));
        QVERIFY(importAll(store, QStringLiteral("tickets.csv"), rows));
        const auto run = runService(store);
        QVERIFY(run);
        QCOMPARE(run->status, QStringLiteral("ok"));
        QCOMPARE(store.count("ticket_signals"), 5);
        QCOMPARE(intentOf(store, 2), QStringLiteral("order_status"));
        // The quoted reply ("Love, the team") must not make a waiting customer sound happy.
        QCOMPARE(intentOf(store, 3), QStringLiteral("order_status"));
        QCOMPARE(intentOf(store, 5), QStringLiteral("order_status"));
    }

    void aCancelledRunKeepsThePreviousResults()
    {
        TempStore store;
        QVERIFY(importAll(store, QStringLiteral("products.csv"), kProducts));
        QVERIFY(importAll(store, QStringLiteral("tickets.csv"), smallShopTickets()));
        QVERIFY(runService(store));
        flywheel::CallbackProgress progress;
        progress.cancel();
        const auto run = runService(store, &progress);
        QVERIFY(run);
        QCOMPARE(run->status, QStringLiteral("cancelled"));
        QCOMPARE(store.count("content_gaps"), 1);
        QCOMPARE(store.count("ticket_signals"), 12);
    }

    void sameStoreSameSignals()
    {
        TempStore store;
        QVERIFY(importAll(store, QStringLiteral("products.csv"), kProducts));
        QVERIFY(importAll(store, QStringLiteral("tickets.csv"), smallShopTickets()));
        QVERIFY(runService(store));
        const QString first
            = store.value("SELECT group_concat(ticket_id || s.intent || s.sentiment || s.predicted_tags "
                          "|| s.asked_attributes, ';') FROM ticket_signals s");
        QVERIFY(runService(store));
        const QString second = store.value("SELECT group_concat(ticket_id || s.intent || s.sentiment || "
                                           "s.predicted_tags || s.asked_attributes, ';') FROM ticket_signals s");
        QCOMPARE(second, first);
    }

    void keepsEachMessagesAnalysisForTheNextRun()
    {
        TempStore store;
        QVERIFY(importAll(store, QStringLiteral("products.csv"), kProducts));
        QVERIFY(importAll(store, QStringLiteral("tickets.csv"), smallShopTickets()));
        bool any = false;
        bool all = false;
        const QStringList fresh = ticketReadings(store, &any, &all);
        QCOMPARE(fresh.size(), 12);
        QVERIFY(all); // nothing kept yet

        QVERIFY(runService(store));
        QCOMPARE(store.count("ticket_analyses"), 12);
        QCOMPARE(store.value("SELECT count(*) = max(id) + 1 FROM analysis_terms"), QStringLiteral("1"));
        QCOMPARE(ticketReadings(store, &any), fresh);
        QVERIFY(!any); // every ticket read back, none analysed again

        // An edited ticket is read again, and only that one.
        QVERIFY(store.db().exec("UPDATE tickets SET body = 'Is the Merino Beanie itchy?' WHERE source_key = '7'"));
        const QStringList edited = ticketReadings(store, &any, &all);
        QVERIFY(any && !all);
        QVERIFY(edited[6].contains(QStringLiteral("itchi")));
        QCOMPARE(edited.mid(0, 6), fresh.mid(0, 6));

        // Damaged bytes are analysed again rather than trusted.
        QVERIFY(
            store.db().exec("UPDATE ticket_analyses SET analysis = x'01ff' WHERE ticket_id = (SELECT min(ticket_id) "
                            "FROM ticket_analyses)"));
        QCOMPARE(ticketReadings(store, &any).value(0), fresh.value(0));
        QVERIFY(any);

        // Another build's analyses are all replaced, with a new dictionary, and the signals do not
        // depend on how the terms happen to be numbered.
        const auto signalsText = [&store] {
            return store.value("SELECT group_concat(ticket_id || intent || sentiment_score || asked_attributes, ';') "
                               "FROM (SELECT * FROM ticket_signals ORDER BY ticket_id)");
        };
        QVERIFY(runService(store));
        const QString before = signalsText();
        QVERIFY(store.db().exec("UPDATE stage_memory SET value = '0.0.1 en' WHERE stage = 'service'"));
        QCOMPARE(ticketReadings(store, nullptr, &all), edited);
        QVERIFY(all);
        QVERIFY(store.db().exec("DELETE FROM analysis_terms WHERE id % 2 = 0")); // what another build numbered
        QVERIFY(runService(store));
        QCOMPARE(signalsText(), before);
        QCOMPARE(ticketReadings(store, &any), edited);
        QVERIFY(!any);
        QCOMPARE(store.value("SELECT count(*) = max(id) + 1 FROM analysis_terms"), QStringLiteral("1"));
    }

    void labelsEachTicketOnceUntilTheHelpDeskGrows()
    {
        TempStore store;
        QVERIFY(importAll(store, QStringLiteral("products.csv"), kProducts));
        QVERIFY(importAll(store, QStringLiteral("tickets.csv"), smallShopTickets()));
        QVERIFY(runService(store));
        const auto confidenceOf = [&store](int sourceKey) {
            return store.value(QStringLiteral("SELECT s.intent_confidence FROM ticket_signals s JOIN tickets t ON "
                                              "t.id = s.ticket_id WHERE t.source_key = '%1'")
                                   .arg(sourceKey)
                                   .toStdString());
        };
        // Marks that only labelling a ticket again would wipe out.
        const auto mark = [&store] { return store.db().exec("UPDATE ticket_signals SET intent_confidence = 0.123"); };
        QVERIFY(mark());

        // One new ticket (12 to 13, less than a tenth more): only it is labelled; an edited one is too.
        QVERIFY(importAll(store, QStringLiteral("more.csv"),
            kTicketsHeader
                + ticketRow(13, QStringLiteral("2026-10-20"), QStringLiteral("Order"),
                    QStringLiteral("Where is my order? It has been two weeks."))));
        QVERIFY(store.db().exec("UPDATE tickets SET body = 'Can I return the beanie?' WHERE source_key = '8'"));
        QVERIFY(runService(store));
        QCOMPARE(store.count("ticket_signals"), 13);
        QCOMPARE(confidenceOf(1), QStringLiteral("0.123"));
        QVERIFY(confidenceOf(13) != QStringLiteral("0.123"));
        QCOMPARE(intentOf(store, 13), QStringLiteral("order_status"));
        QVERIFY(confidenceOf(8) != QStringLiteral("0.123"));
        QCOMPARE(intentOf(store, 8), QStringLiteral("return"));

        // A second one takes the help desk past a tenth more than at the last full labelling: all of
        // them are labelled again, and the next run starts counting from there.
        QVERIFY(mark());
        QVERIFY(importAll(store, QStringLiteral("again.csv"),
            kTicketsHeader
                + ticketRow(14, QStringLiteral("2026-10-21"), QStringLiteral("Code"),
                    QStringLiteral("My discount code does not work at checkout."))));
        QVERIFY(runService(store));
        QVERIFY(confidenceOf(1) != QStringLiteral("0.123"));
        QCOMPARE(store.value("SELECT value FROM stage_memory WHERE stage = 'service' AND name = 'labels'"),
            QStringLiteral("14 0"));
    }

    void aKeptAnalysisReadsBackAsItWasWritten()
    {
        flywheel::service::TicketMessage ticket;
        ticket.text = QStringLiteral("Is it waterproof? Ça dépend 🙂");
        ticket.sentences = { { { 3, 300 }, { 4, 70000 }, true }, { {}, {}, false }, { { 5 }, { 6 }, false } };
        ticket.terms = { 3, 300, 5 };
        ticket.allTerms = { 1, 3, 300, 2, 5 };
        ticket.sentimentCues = { 1.25, 0.5, 2 };
        const QByteArray bytes = flywheel::service::encodeAnalysis(ticket);

        flywheel::service::TicketMessage read;
        QVERIFY(flywheel::service::decodeAnalysis(bytes, 70001, read));
        QCOMPARE(read.text, ticket.text);
        QCOMPARE(read.terms, ticket.terms);
        QCOMPARE(read.allTerms, ticket.allTerms);
        QCOMPARE(read.sentences.size(), ticket.sentences.size());
        for (size_t i = 0; i < read.sentences.size(); ++i) {
            QCOMPARE(read.sentences[i].terms, ticket.sentences[i].terms);
            QCOMPARE(read.sentences[i].words, ticket.sentences[i].words);
            QCOMPARE(read.sentences[i].question, ticket.sentences[i].question);
        }
        QCOMPARE(read.sentimentCues.positive, 1.25);
        QCOMPARE(read.sentimentCues.negative, 0.5);
        QCOMPARE(read.sentimentCues.cues, 2);

        // A term past the dictionary, and every cut short or lengthened copy, is refused untouched.
        flywheel::service::TicketMessage untouched;
        untouched.text = QStringLiteral("before");
        QVERIFY(!flywheel::service::decodeAnalysis(bytes, 70000, untouched));
        for (qsizetype size = 0; size < bytes.size(); ++size)
            QVERIFY2(!flywheel::service::decodeAnalysis(bytes.first(size), 70001, untouched),
                qPrintable(QString::number(size)));
        QVERIFY(!flywheel::service::decodeAnalysis(bytes + QByteArray(1, '\0'), 70001, untouched));
        QCOMPARE(untouched.text, QStringLiteral("before"));
        QVERIFY(untouched.sentences.empty());
    }

    void findsThePlantedGapsOfTheDemoStore()
    {
        TempStore store;
        flywheel::demo::DemoOptions options;
        options.outDir = store.dir() + QStringLiteral("/demo");
        auto reports = flywheel::demo::createDemoStore(store.db(), options);
        QVERIFY2(reports, reports ? "" : qPrintable(reports.error().describe()));
        QVERIFY(runService(store));

        QFile truthFile(options.outDir + QStringLiteral("/ground_truth.json"));
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        const QJsonArray planted
            = QJsonDocument::fromJson(truthFile.readAll()).object().value(QStringLiteral("content_gaps")).toArray();
        QSet<QString> plantedHandles;
        for (const QJsonValue& gap : planted)
            plantedHandles.insert(gap.toObject().value(QStringLiteral("handle")).toString());
        auto gaps = flywheel::service::readGaps(store.db());
        QVERIFY(gaps);
        QSet<QString> foundHandles;
        for (const auto& gap : *gaps)
            foundHandles.insert(gap.handle);
        const QSet<QString> missed = plantedHandles - foundHandles;
        QVERIFY2(missed.isEmpty(), qPrintable(QStringList(missed.begin(), missed.end()).join(QStringLiteral(", "))));
        // Most of what is reported was planted; the exact precision is in the report program.
        QVERIFY2(plantedHandles.size() * 2 >= foundHandles.size(),
            qPrintable(QStringLiteral("%1 gaps for %2 planted").arg(foundHandles.size()).arg(plantedHandles.size())));
    }
};

QTEST_GUILESS_MAIN(TestService)
#include "test_service.moc"
