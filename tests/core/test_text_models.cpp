// The text core's learning half: TF-IDF rows, the classifier, sentiment from word lists and from
// a store's reviews, topic discovery, and that a seed always gives the same result.
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "text/Clustering.h"
#include "text/Sentiment.h"
#include "text/TextClassifier.h"

#include <QTest>

#include <cmath>

using namespace flywheel::text;
using namespace Qt::StringLiterals;

namespace {

/// Tickets about three matters, with a shared filler so that only the matter words separate them.
struct Planted {
    std::vector<QStringList> terms;
    std::vector<QString> texts;
    std::vector<int> labels;
};

Planted plantedTickets(int perGroup)
{
    const QStringList groups[] = {
        { u"zipper"_s, u"broke"_s, u"jacket"_s, u"torn"_s, u"seam"_s },
        { u"parcel"_s, u"tracking"_s, u"courier"_s, u"delivery"_s, u"late"_s },
        { u"discount"_s, u"code"_s, u"coupon"_s, u"checkout"_s, u"invalid"_s },
    };
    const QStringList filler { u"hello"_s, u"order"_s, u"please"_s, u"help"_s, u"thanks"_s, u"today"_s };
    Planted planted;
    for (int i = 0; i < perGroup; ++i) {
        for (int g = 0; g < 3; ++g) {
            QStringList doc;
            for (int w = 0; w < 4; ++w)
                doc.append(groups[g][(i + w * 2) % 5]);
            doc.append(filler[(i + g) % 6]);
            doc.append(filler[(i * 7 + g) % 6]);
            planted.terms.push_back(doc);
            planted.texts.push_back(doc.join(u' '));
            planted.labels.push_back(g);
        }
    }
    return planted;
}

int levelOf(const LexiconSentiment& lexicon, const QString& text)
{
    return lexicon.score(text).level;
}

} // namespace

class TestTextModels : public QObject {
    Q_OBJECT

private slots:
    void vectorizerRowsAreTfIdfAndNormalised()
    {
        VectorizerOptions options;
        options.minDocumentFrequency = 1;
        Vectorizer vectorizer(options);
        const std::vector<QStringList> documents { { u"red"_s, u"jacket"_s }, { u"blue"_s, u"jacket"_s },
            { u"red"_s, u"red"_s, u"hat"_s } };
        vectorizer.fit(documents);
        // 4 words and 4 distinct bigrams
        QCOMPARE(vectorizer.featureCount(), 8);
        QStringList names;
        for (int i = 0; i < vectorizer.featureCount(); ++i)
            names.append(vectorizer.featureName(i));
        QVERIFY(names.contains(u"red jacket"_s));
        QVERIFY(names.contains(u"red red"_s));
        const SparseMatrix rows = vectorizer.transform(documents);
        QCOMPARE(rows.rows(), 3);
        for (int r = 0; r < 3; ++r)
            QVERIFY(std::abs(rows.row(r).norm() - 1.0f) < 1e-5f);
        // "jacket" is in two documents, "blue" in one: in document 1 the rarer word weighs more.
        const int blue = int(names.indexOf(u"blue"_s));
        const int jacket = int(names.indexOf(u"jacket"_s));
        QVERIFY(rows.coeff(1, blue) > rows.coeff(1, jacket));
        // Unseen words are ignored, an empty document is an empty row.
        const SparseMatrix unseen = vectorizer.transform({ { u"green"_s }, {} });
        QCOMPARE(unseen.nonZeros(), 0);
    }

    void vectorizerDropsRareFeaturesAndAddsCharacterGrams()
    {
        Vectorizer words; // minDocumentFrequency 2
        words.fit({ { u"red"_s, u"jacket"_s }, { u"blue"_s, u"jacket"_s } });
        QCOMPARE(words.featureCount(), 1);
        QCOMPARE(words.featureName(0), u"jacket"_s);

        VectorizerOptions options;
        options.minDocumentFrequency = 1;
        options.charNgrams = true;
        Vectorizer withCharacters(options);
        withCharacters.fit({ { u"waterproof"_s } }, { u"Waterproof"_s });
        QVERIFY(withCharacters.featureCount() > 20);
        // Typos still share most character grams with the right spelling.
        const SparseMatrix rows = withCharacters.transform(
            { { u"waterproof"_s }, { u"watreproof"_s } }, { u"waterproof"_s, u"watreproof"_s });
        const float similarity = rows.row(0).dot(rows.row(1));
        QVERIFY2(similarity > 0.3f, qPrintable(QString::number(similarity)));
    }

    void classifierLearnsSeparableClasses()
    {
        const Planted train = plantedTickets(30);
        TextClassifier classifier;
        classifier.fit(train.terms, train.texts, train.labels, 3);
        QVERIFY(classifier.fitted());
        const std::vector<Prediction> predicted
            = classifier.predict({ { u"zipper"_s, u"torn"_s }, { u"courier"_s, u"late"_s, u"tracking"_s },
                                     { u"coupon"_s, u"invalid"_s }, { u"hello"_s } },
                {});
        QCOMPARE(predicted[0].label, 0);
        QCOMPARE(predicted[1].label, 1);
        QCOMPARE(predicted[2].label, 2);
        QVERIFY(predicted[0].confidence > 0.6f);
        QVERIFY(predicted[3].confidence < 0.6f); // nothing but filler: unsure
        QCOMPARE(predicted[0].top.size(), std::size_t(3));
        QVERIFY(predicted[0].top[0].second >= predicted[0].top[1].second);
        float sum = 0;
        for (const auto& [label, probability] : predicted[1].top)
            sum += probability;
        QVERIFY(std::abs(sum - 1.0f) < 1e-4f);
        QVERIFY(classifier.crossValidatedAccuracy(train.terms, train.texts, train.labels, 3) > 0.95);
    }

    void classifierSkipsUnlabelledRowsAndBalances()
    {
        // 40 of class 0, 4 of class 1, and unlabelled rows that must not count.
        Planted data = plantedTickets(40);
        std::vector<int> labels;
        int seenOne = 0;
        for (const int label : data.labels)
            labels.push_back(label == 2 ? -1 : label == 1 ? (seenOne++ < 4 ? 1 : -1) : 0);
        Vectorizer vectorizer;
        vectorizer.fit(data.terms);
        const SparseMatrix rows = vectorizer.transform(data.terms);
        LinearClassifier plain;
        plain.fit(rows, labels, 2);
        ClassifierOptions balanced;
        balanced.balanceClasses = true;
        LinearClassifier even;
        even.fit(rows, labels, 2, balanced);
        QCOMPARE(plain.classCount(), 2);
        // An ambiguous row leans to the frequent class unless the classes are balanced.
        const SparseMatrix filler = vectorizer.transform({ { u"hello"_s, u"order"_s } });
        QVERIFY(plain.probabilities(filler, 0)[1] < even.probabilities(filler, 0)[1]);
        QVERIFY(std::abs(plain.probabilities(filler, 0).sum() - 1.0f) < 1e-5f);
    }

    void sameSeedSameModel()
    {
        const Planted train = plantedTickets(20);
        ClassifierOptions options;
        options.seed = 5;
        TextClassifier a({}, options);
        TextClassifier b({}, options);
        a.fit(train.terms, train.texts, train.labels, 3);
        b.fit(train.terms, train.texts, train.labels, 3);
        const auto pa = a.predict(train.terms, train.texts);
        const auto pb = b.predict(train.terms, train.texts);
        for (std::size_t i = 0; i < pa.size(); ++i) {
            QCOMPARE(pa[i].label, pb[i].label);
            QCOMPARE(pa[i].confidence, pb[i].confidence);
        }
        const auto topicsA = discoverTopics(train.terms, 5, 9);
        const auto topicsB = discoverTopics(train.terms, 5, 9);
        QCOMPARE(topicsA.size(), topicsB.size());
        for (std::size_t t = 0; t < topicsA.size(); ++t) {
            QCOMPARE(topicsA[t].members, topicsB[t].members);
            QCOMPARE(topicsA[t].topTerms, topicsB[t].topTerms);
        }
    }

    void lexiconEnglish_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sign");
        QTest::newRow("positive") << "I love this jacket" << 1;
        QTest::newRow("negative") << "The zipper is broken and the fabric feels cheap" << -1;
        QTest::newRow("negation") << "This is not good" << -1;
        QTest::newRow("contraction") << "It doesn't fit well and I don't like it, disappointing" << -1;
        QTest::newRow("not bad") << "Not bad at all" << 1;
        QTest::newRow("but clause") << "The color is nice but the quality is terrible" << -1;
        QTest::newRow("emoji") << "arrived today 😍" << 1;
        QTest::newRow("angry emoji") << "still waiting for my parcel 😡" << -1;
        QTest::newRow("emoticon") << "arrived today :(" << -1;
        QTest::newRow("neutral") << "Where is my order 1234?" << 0;
        QTest::newRow("empty") << "" << 0;
    }

    void lexiconEnglish()
    {
        QFETCH(QString, text);
        QFETCH(int, sign);
        const LexiconSentiment lexicon(QStringLiteral("en"));
        const Sentiment sentiment = lexicon.score(text);
        QCOMPARE(sentiment.level > 0 ? 1 : sentiment.level < 0 ? -1 : 0, sign);
        QVERIFY(sentiment.score >= -1 && sentiment.score <= 1);
        QVERIFY(sentiment.confidence >= 0 && sentiment.confidence <= 1);
        QCOMPARE(sentiment.source, SentimentSource::WordLists);
    }

    void lexiconIntensifiersCapsAndExclamation()
    {
        const LexiconSentiment lexicon(QStringLiteral("en"));
        const double good = lexicon.score(u"good").score;
        QVERIFY(lexicon.score(u"very good").score > good);
        QVERIFY(lexicon.score(u"slightly good").score < good);
        QVERIFY(lexicon.score(u"the dress is GOOD").score > lexicon.score(u"the dress is good").score);
        QVERIFY(lexicon.score(u"good!!!").score > good);
        QCOMPARE(levelOf(lexicon, u"Absolutely amazing, I love it!"_s), 2);
        QCOMPARE(levelOf(lexicon, u"Horrible, the worst purchase, a total waste"_s), -2);
        QVERIFY(lexicon.score(u"good").confidence > lexicon.score(u"where is it").confidence - 0.5);
    }

    void lexiconOtherLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sign");
        QTest::newRow("de") << u"de"_s << u"Die Jacke ist wirklich toll"_s << 1;
        QTest::newRow("de negation") << u"de"_s << u"Die Qualität ist nicht gut"_s << -1;
        QTest::newRow("de negation after") << u"de"_s << u"Das Kleid gefällt mir nicht"_s << -1;
        QTest::newRow("de schon is not schön") << u"de"_s << u"Ich habe schon bestellt"_s << 0;
        QTest::newRow("de prefix") << u"de"_s << u"Total enttäuschend"_s << -1;
        QTest::newRow("es") << u"es"_s << u"Me encanta, es precioso"_s << 1;
        QTest::newRow("es negation") << u"es"_s << u"No me gusta nada"_s << -1;
        QTest::newRow("tr") << u"tr"_s << u"Ürün çok güzel"_s << 1;
        QTest::newRow("tr değil") << u"tr"_s << u"Kalitesi iyi değil"_s << -1;
        QTest::newRow("tr suffix") << u"tr"_s << u"Hiç beğenmedim"_s << -1;
        QTest::newRow("tr liked") << u"tr"_s << u"Çok beğendim"_s << 1;
        QTest::newRow("fr") << u"fr"_s << u"Vraiment magnifique"_s << 1;
        QTest::newRow("fr ne pas") << u"fr"_s << u"Je ne suis pas satisfait"_s << -1;
        QTest::newRow("unknown language emoji") << u"xx"_s << u"👍👍"_s << 1;
    }

    void lexiconOtherLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(int, sign);
        const LexiconSentiment lexicon(language);
        const int level = levelOf(lexicon, text);
        QCOMPARE(level > 0 ? 1 : level < 0 ? -1 : 0, sign);
    }

    void storeModelNeedsEnoughReviews()
    {
        StoreSentimentModel model(QStringLiteral("en"));
        model.fit({ u"love it"_s, u"hate it"_s }, { 5, 1 });
        QVERIFY(!model.fitted());
        QVERIFY(std::isnan(model.estimatedAccuracy()));
        const Sentiment deferred = model.score(u"I love it");
        QCOMPARE(deferred.source, SentimentSource::WordLists);
        QVERIFY(deferred.level > 0);
    }

    void storeModelLearnsTheStoresWords()
    {
        // A store whose customers say "meh" for three stars and "returned" for one: words the lists
        // do not weigh that way.
        std::vector<QString> texts;
        std::vector<int> stars;
        for (int i = 0; i < 120; ++i) {
            texts.push_back(QStringLiteral("Fits true to size, wear it daily %1").arg(i % 7));
            stars.push_back(5);
            texts.push_back(QStringLiteral("Meh, colour is fine %1").arg(i % 5));
            stars.push_back(3);
            texts.push_back(QStringLiteral("Sent it straight back, refund requested %1").arg(i % 3));
            stars.push_back(1);
        }
        StoreSentimentModel model(QStringLiteral("en"));
        model.fit(texts, stars);
        QVERIFY(model.fitted());
        QVERIFY(model.estimatedAccuracy() > 0.9);
        const Sentiment back = model.score(u"sent it back for a refund");
        QCOMPARE(back.source, SentimentSource::StoreModel);
        QVERIFY(back.level < 0);
        QCOMPARE(model.score(u"meh").level, 0);
        QVERIFY(model.score(u"wear it daily, true to size").level > 0);

        StoreSentimentModel few(QStringLiteral("en"));
        few.fit(std::vector<QString>(texts.begin(), texts.begin() + 90),
            std::vector<int>(stars.begin(), stars.begin() + 90));
        QVERIFY(!few.fitted());
        QCOMPARE(few.score(u"meh").source, SentimentSource::Blend);
    }

    void storeModelReadsAnalysedMessagesAsItReadsTexts()
    {
        // The Service stage hands over messages it has tokenized already; the model must read them
        // exactly as it reads the texts themselves.
        std::vector<QString> texts;
        std::vector<int> stars;
        for (int i = 0; i < 90; ++i) {
            texts.push_back(QStringLiteral("Love it, not too tight %1").arg(i % 4));
            stars.push_back(5);
            texts.push_back(QStringLiteral("It's ok I guess :-| %1").arg(i % 3));
            stars.push_back(3);
            texts.push_back(QStringLiteral("Not good at all, the seams came apart!! %1").arg(i % 5));
            stars.push_back(1);
        }
        const Analyzer analyzer(QStringLiteral("en"));
        const LexiconSentiment lexicon(QStringLiteral("en"));
        std::vector<SentimentFeatures> analysed;
        for (const QString& text : texts) {
            const std::vector<Analyzer::Token> tokens = analyzer.tokens(text);
            SentimentFeatures features;
            for (const Analyzer::Token& token : tokens)
                features.terms.push_back(token.stemId);
            features.evidence = lexicon.evidence(text, tokens);
            analysed.push_back(features);
        }
        StoreSentimentModel fromTexts(QStringLiteral("en"));
        fromTexts.fit(texts, stars);
        StoreSentimentModel fromMessages(QStringLiteral("en"));
        fromMessages.fit(analysed, stars, analyzer.terms());
        QVERIFY(fromMessages.fitted());
        QCOMPARE(fromMessages.estimatedAccuracy(), fromTexts.estimatedAccuracy());
        const std::vector<Sentiment> byText = fromTexts.score(texts);
        const std::vector<Sentiment> byMessage = fromMessages.score(analysed, analyzer.terms());
        for (size_t i = 0; i < texts.size(); ++i) {
            QCOMPARE(byMessage[i].level, byText[i].level);
            QCOMPARE(byMessage[i].score, byText[i].score);
        }
    }

    void clusteringFindsPlantedGroups()
    {
        const Planted planted = plantedTickets(25);
        const std::vector<Topic> topics = discoverTopics(planted.terms, 6, 3);
        QCOMPARE(topics.size(), std::size_t(3));
        QStringList named;
        for (const Topic& topic : topics) {
            QVERIFY(topic.members.size() >= 20);
            const int label = planted.labels[std::size_t(topic.members.front())];
            int same = 0;
            for (const int member : topic.members)
                same += planted.labels[std::size_t(member)] == label ? 1 : 0;
            QVERIFY(same >= int(topic.members.size()) * 9 / 10);
            QVERIFY(!topic.topTerms.isEmpty());
            named += topic.topTerms;
        }
        QVERIFY(!named.contains(u"hello"_s)); // filler is in every group: never a name
        QVERIFY(discoverTopics({ { u"one"_s } }, 5, 1).empty());
    }

    void bankingSliceLearnsIntents()
    {
        FLYWHEEL_REQUIRE_SHARED();
        auto reader = flywheel::CsvReader::open(flywheel::test::sharedPath(u"data/banking77/train.csv"_s));
        QVERIFY(reader.has_value());
        const Analyzer analyzer(QStringLiteral("en"));
        std::vector<QStringList> terms;
        std::vector<QString> texts;
        std::vector<int> labels;
        QStringList categories;
        const QStringList wanted { u"card_arrival"_s, u"exchange_rate"_s, u"lost_or_stolen_card"_s, u"pin_blocked"_s };
        while (reader->next().value_or(false)) {
            const auto& fields = reader->fields();
            const QString category = QString::fromUtf8(fields[1].data(), qsizetype(fields[1].size()));
            if (!wanted.contains(category))
                continue;
            texts.push_back(QString::fromUtf8(fields[0].data(), qsizetype(fields[0].size())));
            terms.push_back(analyzer.allTerms(texts.back()));
            labels.push_back(int(wanted.indexOf(category)));
        }
        QVERIFY(texts.size() > 300);
        const auto [vectorizer, classifier] = shortMessageOptions(texts.size(), false);
        const TextClassifier model(vectorizer, classifier);
        const double accuracy = model.crossValidatedAccuracy(terms, texts, labels, 4, 5);
        QVERIFY2(accuracy > 0.9, qPrintable(QString::number(accuracy)));
    }
};

QTEST_GUILESS_MAIN(TestTextModels)
#include "test_text_models.moc"
