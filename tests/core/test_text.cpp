// The text core's front half: what is left of a message after cleaning, and how it is cut into
// folded, stemmed tokens in several languages.
#include "text/Analyzer.h"
#include "text/MessageCleaner.h"
#include "text/PhraseIndex.h"

#include <QTest>

using namespace flywheel::text;
using namespace Qt::StringLiterals;

namespace {

QStringList folded(const Analyzer& analyzer, const QString& text)
{
    QStringList out;
    for (const Analyzer::Token& token : analyzer.tokens(text))
        out.append(token.folded);
    return out;
}

} // namespace

class TestText : public QObject {
    Q_OBJECT

private slots:
    void cleanerStripsHtml()
    {
        const QString html = QStringLiteral(
            "<html><head><style>p{color:red}</style></head><body><p>Hi there,</p><p>My order&nbsp;#1043 "
            "hasn&#39;t arrived &amp; it&rsquo;s late.<br>Can you check?</p><script>var x = 1;</script></body></html>");
        QCOMPARE(cleanMessage(html),
            QStringLiteral("Hi there,\nMy order #1043 hasn't arrived & it’s late.\nCan you check?"));
    }

    void cleanerKeepsPlainComparisons()
    {
        QCOMPARE(cleanMessage(u"Is size 4 < size 6? I'm 5'4\" & 120 lbs"),
            QStringLiteral("Is size 4 < size 6? I'm 5'4\" & 120 lbs"));
    }

    void cleanerCutsQuotedReplies_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("own");
        QTest::newRow("gmail en") << "Still nothing, please refund.\n\nOn Mon, Jun 3, 2024 at 10:12 AM Shop Support "
                                     "<help@shop.com> wrote:\n> Your parcel is on its way.\n> Best, Anna"
                                  << "Still nothing, please refund.";
        QTest::newRow("gmail wrapped")
            << "Thanks!\nOn Mon, Jun 3, 2024 at 10:12 AM Shop Support <help@shop.com>\nwrote:\n> hi"
            << "Thanks!";
        QTest::newRow("outlook en") << "Please cancel it.\n\nFrom: Shop Support <help@shop.com>\nSent: Monday, June 3, "
                                       "2024 10:12 AM\nTo: Ann\nSubject: Re: order\n\nHello Ann"
                                    << "Please cancel it.";
        QTest::newRow("outlook bold") << "Ok\n*From:* Shop <a@b.c>\n*Sent:* Monday\n"
                                      << "Ok";
        QTest::newRow("original message") << "See below\n-----Original Message-----\nFrom: x"
                                          << "See below";
        QTest::newRow("german") << "Wo bleibt meine Bestellung?\n\nAm 03.06.2024 um 10:12 schrieb Shop Support "
                                   "<help@shop.com>:\n> Hallo"
                                << "Wo bleibt meine Bestellung?";
        QTest::newRow("german outlook")
            << "Bitte stornieren.\nVon: Shop <a@b.c>\nGesendet: Montag, 3. Juni 2024\nAn: Ann"
            << "Bitte stornieren.";
        QTest::newRow("german forwarded") << "Siehe unten\n----- Ursprüngliche Nachricht -----\nVon: x"
                                          << "Siehe unten";
        QTest::newRow("spanish")
            << "No ha llegado.\n\nEl lun, 3 jun 2024 a las 10:12, Tienda (<a@b.c>) escribió:\n> Hola"
            << "No ha llegado.";
        QTest::newRow("spanish outlook") << "Gracias\nDe: Tienda <a@b.c>\nEnviado: lunes\nPara: Ana"
                                         << "Gracias";
        QTest::newRow("french")
            << "Toujours rien.\n\nLe lun. 3 juin 2024 à 10:12, Boutique <a@b.c> a écrit :\n> Bonjour"
            << "Toujours rien.";
        QTest::newRow("turkish")
            << "Kargo gelmedi.\n\n3 Haz 2024 Pzt, 10:12 tarihinde Mağaza <a@b.c> şunu yazdı:\n> Merhaba"
            << "Kargo gelmedi.";
        QTest::newRow("turkish outlook") << "Teşekkürler\nKimden: Mağaza <a@b.c>\nGönderildi: Pazartesi\nKime: Ayşe"
                                         << "Teşekkürler";
        QTest::newRow("interleaved quote") << "> Which size?\nMedium please.\n> And colour?\nNavy."
                                           << "Medium please.\nNavy.";
        QTest::newRow("signature") << "Where is it?\n-- \nAnn Smith\nCEO, Example Ltd"
                                   << "Where is it?";
        QTest::newRow("device line") << "Where is it?\n\nSent from my iPhone"
                                     << "Where is it?";
        QTest::newRow("german device") << "Wo ist es?\nVon meinem iPhone gesendet"
                                       << "Wo ist es?";
        QTest::newRow("turkish device") << "Nerede?\nHuawei'umdan gönderildi"
                                        << "Nerede?";
        QTest::newRow("gmail html") << "<div dir=\"ltr\">Still waiting</div><br><div class=\"gmail_quote\"><div "
                                       "class=\"gmail_attr\">On Mon wrote:</div><blockquote>old text</blockquote></div>"
                                    << "Still waiting";
        QTest::newRow("outlook html") << "<p>Refund please</p><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Shop</div>"
                                      << "Refund please";
        QTest::newRow("apple html") << "<div>Yes</div><blockquote type=\"cite\">Do you want it?</blockquote>"
                                    << "Yes";
    }

    void cleanerCutsQuotedReplies()
    {
        QFETCH(QString, raw);
        QFETCH(QString, own);
        QCOMPARE(cleanMessage(raw), own);
    }

    void cleanerCollapsesWhitespace()
    {
        QCOMPARE(cleanMessage(u"  Hello \t  there  \r\n\r\n\r\n\r\n  second   paragraph  "),
            QStringLiteral("Hello there\n\nsecond paragraph"));
    }

    void cleanerHandlesEmptyAndHugeInput()
    {
        QCOMPARE(cleanMessage(u""), QString());
        QCOMPARE(cleanMessage(u"   \n\n  "), QString());
        QString huge;
        huge.reserve(1 << 20);
        while (huge.size() < (1 << 20))
            huge += QStringLiteral("The zipper broke after one week and I want a refund. ");
        const QString cleaned = cleanMessage(huge, 20000);
        QVERIFY(cleaned.size() <= 20000);
        QVERIFY(cleaned.size() > 19000);
        QVERIFY(cleaned.startsWith(u"The zipper broke"));
        QVERIFY(!cleaned.endsWith(u' '));
        QCOMPARE(cleanMessage(QString(300000, u'<')).size(), 20000); // no tag ever closes
    }

    void entities()
    {
        QCOMPARE(
            decodeHtmlEntities(u"caf&eacute; &#8364;5 &#x2019; &bogus; a&b"), QStringLiteral("café €5 ’ &bogus; a&b"));
    }

    void tokensKeepWordsNumbersAndEmoji()
    {
        const Analyzer english(QStringLiteral("en"));
        QCOMPARE(folded(english, QStringLiteral("Is the 3XL e-mail T-shirt water-resistant? It's 3.5 kg 😍👍")),
            (QStringList { u"is"_s, u"the"_s, u"3xl"_s, u"email"_s, u"tshirt"_s, u"water"_s, u"resistant"_s, u"it's"_s,
                u"3.5"_s, u"kg"_s, u"😍"_s, u"👍"_s }));
        const auto tokens = english.tokens(u"Café Noir");
        QCOMPARE(tokens.size(), std::size_t(2));
        QCOMPARE(tokens[0].start, 0);
        QCOMPARE(tokens[0].length, 4);
        QCOMPARE(tokens[1].start, 5);
        QCOMPARE(tokens[0].folded, QStringLiteral("cafe"));
        QVERIFY(english.tokens(u"").empty());
        QVERIFY(english.tokens(u"  ... !!! ").empty());
    }

    void foldingRemovesAccentsAndHandlesTurkishI()
    {
        const Analyzer english(QStringLiteral("en"));
        QCOMPARE(english.fold(u"Crème Brûlée"), QStringLiteral("creme brulee"));
        QCOMPARE(english.fold(u"Straße"), QStringLiteral("strasse"));
        QCOMPARE(english.fold(u"Ålesund ØRE"), QStringLiteral("alesund ore"));
        QCOMPARE(english.fold(u"ISTANBUL"), QStringLiteral("istanbul"));
        QCOMPARE(english.fold(u"йогурт"), QStringLiteral("йогурт")); // Cyrillic letters keep their marks
        const Analyzer turkish(QStringLiteral("tr"));
        QCOMPARE(turkish.lowerCase(u"IŞIK İSTANBUL"), QStringLiteral("ışık istanbul"));
        QCOMPARE(turkish.fold(u"IŞIK İSTANBUL"), QStringLiteral("isik istanbul"));
        QCOMPARE(turkish.fold(u"KIRMIZI"), QStringLiteral("kirmizi"));
    }

    void stemming_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("en") << "en"
                            << "shipping"
                            << "shipped";
        QTest::newRow("en plural") << "en"
                                   << "Jackets"
                                   << "jacket";
        QTest::newRow("de") << "de"
                            << "Bestellungen"
                            << "Bestellung";
        QTest::newRow("de umlaut") << "de"
                                   << "Größen"
                                   << "Größe";
        QTest::newRow("es") << "es"
                            << "canciones"
                            << "canción";
        QTest::newRow("es plural") << "es"
                                   << "zapatos"
                                   << "zapato";
        QTest::newRow("tr") << "tr"
                            << "siparişlerim"
                            << "sipariş";
        QTest::newRow("tr case") << "tr"
                                 << "KARGODAN"
                                 << "kargo";
        QTest::newRow("fr") << "fr"
                            << "livraisons"
                            << "livraison";
        QTest::newRow("pt-BR") << "pt-BR"
                               << "entregas"
                               << "entrega";
    }

    void stemming()
    {
        QFETCH(QString, language);
        QFETCH(QString, a);
        QFETCH(QString, b);
        const Analyzer analyzer(language);
        QVERIFY(analyzer.hasStemmer());
        QCOMPARE(analyzer.terms(a), analyzer.terms(b));
        QCOMPARE(analyzer.terms(a).size(), 1);
    }

    void unknownLanguageStillTokenizes()
    {
        const Analyzer unknown(QStringLiteral("xx"));
        QVERIFY(!unknown.hasStemmer());
        QCOMPARE(unknown.terms(u"Shipping Boxes"), (QStringList { u"shipping"_s, u"boxes"_s }));
    }

    void stopWordsAndNegations()
    {
        const Analyzer english(QStringLiteral("en"));
        QCOMPARE(
            english.terms(u"The jacket is not waterproof"), (QStringList { u"jacket"_s, u"not"_s, u"waterproof"_s }));
        QVERIFY(english.isStopWord(QStringLiteral("the")));
        QVERIFY(!english.isStopWord(QStringLiteral("not")));
        QCOMPARE(english.allTerms(u"How do I").size(), 3);
        const Analyzer german(QStringLiteral("de"));
        QCOMPARE(german.terms(u"Die Jacke ist nicht wasserdicht").size(), 3);
        QVERIFY(german.isStopWord(QStringLiteral("fur"))); // "für", folded
        const Analyzer spanish(QStringLiteral("es"));
        QCOMPARE(spanish.terms(u"La chaqueta no es impermeable").size(), 3);
        const Analyzer turkish(QStringLiteral("tr"));
        QCOMPARE(turkish.terms(u"Bu ceket su geçirmez değil").size(), 4);
        const Analyzer french(QStringLiteral("fr"));
        QCOMPARE(folded(french, QStringLiteral("L'eau n'entre pas")),
            (QStringList { u"l"_s, u"eau"_s, u"n"_s, u"entre"_s, u"pas"_s }));
        QCOMPARE(french.terms(u"L'eau n'entre pas").size(), 3);
    }

    void turkishSuffixAfterApostropheIsDropped()
    {
        const Analyzer turkish(QStringLiteral("tr"));
        QCOMPARE(folded(turkish, QStringLiteral("iPhone'umdan Ankara'ya")), (QStringList { u"iphone"_s, u"ankara"_s }));
    }

    void phrasesJoinNeighbours()
    {
        QCOMPARE(phrases({ u"water"_s, u"resist"_s, u"jacket"_s }, 3),
            (QStringList { u"water resist"_s, u"resist jacket"_s, u"water resist jacket"_s }));
        QVERIFY(phrases({ u"one"_s }).isEmpty());
    }

    void termsAreNumberedInTheOrderFirstSeen()
    {
        TermTable terms;
        QCOMPARE(terms.add(u"order"_s), 0);
        QCOMPARE(terms.add(u"track"_s), 1);
        QCOMPARE(terms.add(u"order"_s), 0);
        QCOMPARE(terms.find(u"track"), 1);
        QCOMPARE(terms.find(u"refund"), -1);
        TermTable other;
        other.add(u"refund"_s);
        other.add(u"order"_s);
        QCOMPARE(terms.absorb(other), (TermIds { 2, 0 }));
        QCOMPARE(terms.text(2), u"refund"_s);
        QCOMPARE(terms.texts(TermIds { 1, 2 }), (QStringList { u"track"_s, u"refund"_s }));
    }

    void tokensCarryTheirNumbers()
    {
        const Analyzer english(QStringLiteral("en"));
        const std::vector<Analyzer::Token> tokens = english.tokens(u"Boots! BOOTS, and booted");
        QCOMPARE(tokens.size(), size_t(4));
        QCOMPARE(tokens[1].stemId, tokens[0].stemId); // seen before: the same number, however written
        QCOMPARE(tokens[1].foldedId, tokens[0].foldedId);
        for (const Analyzer::Token& token : tokens) {
            QCOMPARE(english.terms().text(token.stemId), token.stem);
            QCOMPARE(english.terms().text(token.foldedId), token.folded);
        }
    }

    void phrasesAreFoundByNumberAsByText()
    {
        PhraseIndex byText;
        PhraseIndex byNumber;
        TermTable terms;
        for (const auto& [phrase, id] : { std::pair(QStringList { u"true"_s, u"size"_s }, 1),
                 std::pair(QStringList { u"size"_s }, 2), std::pair(QStringList { u"run"_s, u"small"_s }, 3) }) {
            byText.add(phrase, id);
            byNumber.add(terms.add(phrase), id);
        }
        const QStringList text { u"run"_s, u"true"_s, u"size"_s, u"size"_s, u"unknown"_s };
        const TermIds numbers = terms.add(text);
        const auto summary = [](const std::vector<PhraseIndex::Match>& matches) {
            QList<QList<int>> out;
            for (const PhraseIndex::Match& match : matches)
                out.append({ match.id, match.start, match.length });
            return out;
        };
        const QList<QList<int>> longest { { 1, 1, 2 }, { 2, 3, 1 } };
        QCOMPARE(summary(byText.findLongest(text)), longest);
        QCOMPARE(summary(byNumber.findLongest(numbers)), longest);
        const QList<QList<int>> all { { 1, 1, 2 }, { 2, 2, 1 }, { 2, 3, 1 } };
        QCOMPARE(summary(byText.findAll(text)), all);
        QCOMPARE(summary(byNumber.findAll(numbers)), all);
    }

    void analyzersCopyIndependently()
    {
        const Analyzer original(QStringLiteral("de"));
        const Analyzer copy = original; // one per thread
        QCOMPARE(copy.languageCode(), QStringLiteral("de"));
        QCOMPARE(copy.terms(u"Bestellungen"), original.terms(u"Bestellungen"));
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "test_text.moc"
