// Cell readers: money in every locale style, dates in every platform's form, yes/no, and the
// marks spreadsheets leave behind.
#include "io/Values.h"
#include "io/formats/FormatBase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace Qt::StringLiterals;
namespace values = flywheel::values;

using flywheel::values::DateOrder;
using flywheel::values::DecimalSeparator;

class TestValues : public QObject {
    Q_OBJECT

private slots:
    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("separator");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<bool>("valid");
        const int automatic = int(DecimalSeparator::Auto);
        QTest::newRow("plain") << "1659.95" << automatic << 165995LL << true;
        QTest::newRow("whole") << "25" << automatic << 2500LL << true;
        QTest::newRow("one decimal") << "12.5" << automatic << 1250LL << true;
        QTest::newRow("decimal comma") << "12,50" << automatic << 1250LL << true;
        QTest::newRow("european thousands") << "1.234,50" << automatic << 123450LL << true;
        QTest::newRow("us thousands") << "1,234.50" << automatic << 123450LL << true;
        QTest::newRow("ambiguous thousands") << "1,234" << automatic << 123400LL << true;
        QTest::newRow("forced comma") << "1,234" << int(DecimalSeparator::Comma) << 123LL << false;
        QTest::newRow("symbol and space") << "$ 1 659.95" << automatic << 165995LL << true;
        QTest::newRow("euro sign") << "€12,00" << automatic << 1200LL << true;
        QTest::newRow("negative") << "-3.10" << automatic << -310LL << true;
        QTest::newRow("accounting negative") << "(3.10)" << automatic << -310LL << true;
        QTest::newRow("too many decimals") << "1.005" << automatic << 0LL << false;
        QTest::newRow("words") << "n/a" << automatic << 0LL << false;
    }

    void money()
    {
        QFETCH(QString, text);
        QFETCH(int, separator);
        QFETCH(qint64, cents);
        QFETCH(bool, valid);
        const std::string utf8 = text.toStdString();
        const auto parsed = flywheel::values::minorUnits(utf8, DecimalSeparator(separator));
        QCOMPARE(parsed.has_value(), valid);
        if (valid && parsed->has_value())
            QCOMPARE(qint64(**parsed), cents);
    }

    void emptyCellsAreNotErrors()
    {
        QVERIFY(flywheel::values::minorUnits("  ") && !flywheel::values::minorUnits("  ")->has_value());
        QVERIFY(flywheel::values::boolean("") && !flywheel::values::boolean("")->has_value());
        QVERIFY(flywheel::values::utcTimestamp("", QTimeZone::utc()) && !flywheel::values::utcTimestamp("", QTimeZone::utc())->has_value());
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("utc");
        const int automatic = int(DateOrder::Auto);
        QTest::newRow("shopify") << "2025-05-11 09:55:16 -0400" << automatic << "2025-05-11T13:55:16Z";
        QTest::newRow("offset with colon") << "2025-05-11T09:55:16+02:00" << automatic << "2025-05-11T07:55:16Z";
        QTest::newRow("zulu") << "2025-05-11T09:55:16Z" << automatic << "2025-05-11T09:55:16Z";
        QTest::newRow("utc word") << "2025-05-11 09:55:16 UTC" << automatic << "2025-05-11T09:55:16Z";
        QTest::newRow("woo hour without zero") << "2024-05-01 0:00:00" << automatic << "2024-05-01T04:00:00Z";
        QTest::newRow("iso local") << "2026-02-02T00:00:00" << automatic << "2026-02-02T05:00:00Z";
        QTest::newRow("date only, summer time") << "2025-07-01" << automatic << "2025-07-01T04:00:00Z";
        QTest::newRow("us slashes") << "05/11/2025 9:55" << automatic << "2025-05-11T13:55:00Z";
        QTest::newRow("us with pm") << "05/11/2025 9:55 PM" << automatic << "2025-05-12T01:55:00Z";
        QTest::newRow("day first when obvious") << "25/12/2025" << automatic << "2025-12-25T05:00:00Z";
        QTest::newRow("dots are day first") << "11.05.2025" << automatic << "2025-05-11T04:00:00Z";
        QTest::newRow("mapping says dmy") << "05/11/2025" << int(DateOrder::DayMonthYear) << "2025-11-05T05:00:00Z";
        QTest::newRow("ga4 compact") << "20250511" << automatic << "2025-05-11T04:00:00Z";
        QTest::newRow("fractions of a second") << "2025-05-11T09:55:16.123Z" << automatic << "2025-05-11T09:55:16Z";
        QTest::newRow("leap day") << "2024-02-29 12:00:00 +0000" << automatic << "2024-02-29T12:00:00Z";
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(QString, utc);
        const QTimeZone newYork("America/New_York");
        QVERIFY(newYork.isValid());
        const auto parsed = flywheel::values::utcTimestamp(text.toStdString(), newYork, DateOrder(order));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
        QVERIFY(parsed->has_value());
        QCOMPARE(QString::fromStdString(**parsed), utc);
    }

    void badTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("february 30") << "2025-02-30";
        QTest::newRow("month 13") << "2025-13-01";
        QTest::newRow("words") << "March 11 2028 at 6:37 PM GMT+4";
        QTest::newRow("hour 25") << "2025-05-11 25:00:00";
        QTest::newRow("trailing junk") << "2025-05-11 10:00:00 pizza";
    }

    void badTimestamps()
    {
        QFETCH(QString, text);
        QVERIFY(!flywheel::values::utcTimestamp(text.toStdString(), QTimeZone::utc()));
    }

    void booleans()
    {
        for (const char* yes : {"TRUE", "true", "yes", "Yes", "1", "y"})
            QCOMPARE(flywheel::values::boolean(yes).value(), std::optional<bool>(true));
        for (const char* no : {"FALSE", "false", "no", "0", "N"})
            QCOMPARE(flywheel::values::boolean(no).value(), std::optional<bool>(false));
        QVERIFY(!flywheel::values::boolean("nyes"));
    }

    void spreadsheetMarks()
    {
        QCOMPARE(flywheel::values::stripTextGuard("'0812"), std::string_view("0812"));
        QCOMPARE(flywheel::values::stripTextGuard("0812"), std::string_view("0812"));
        QVERIFY(flywheel::values::isExcelMangledNumber("3.65275E+11"));
        QVERIFY(flywheel::values::isExcelMangledNumber("9E+12"));
        QVERIFY(!flywheel::values::isExcelMangledNumber("365275101829"));
        QVERIFY(!flywheel::values::isExcelMangledNumber("E+11"));
        QVERIFY(!flywheel::values::isExcelMangledNumber("SKU-3E+1"));
    }

    void decimalsRoundInsteadOfRefusing()
    {
        const auto grams = flywheel::values::decimal("283.4952313");
        QVERIFY(grams && grams->has_value());
        QCOMPARE(**grams, 283.495231);
    }

    void listsInOneCell()
    {
        using flywheel::formats::splitList;
        QCOMPARE(splitList(" SUMMER20 , VIP,,"), (std::vector<std::string_view>{"SUMMER20", "VIP"}));
        QCOMPARE(splitList("Shirts\\, tees, Sale"), (std::vector<std::string_view>{"Shirts\\, tees", "Sale"}));
        QCOMPARE(splitList("2× Cap, 1× Belt", ", "), (std::vector<std::string_view>{"2× Cap", "1× Belt"}));
        QVERIFY(splitList("").empty());
    }

    void currencyDecimals()
    {
        QCOMPARE(flywheel::values::currencyDecimals("USD"), 2);
        QCOMPARE(flywheel::values::currencyDecimals("JPY"), 0);
        QCOMPARE(flywheel::values::currencyDecimals("KWD"), 3);
    }

    void hundredthsAreWrittenAsQJsonArrayWrites()
    {
        std::vector<double> numbers { 0.0, 1.0, 1.5, 0.333, 0.005, 2.675, 12.999, -3.14159, -0.5, 1e11 + 0.25, 123456.789, 4.2e13 + 0.125 };
        std::mt19937 random(11);
        std::uniform_real_distribution<double> spread(-5000.0, 5000.0);
        for (int i = 0; i < 2000; ++i)
            numbers.push_back(spread(random) / double(1 + i % 7));
        QJsonArray expected;
        for (double number : numbers)
            expected.append(std::round(number * 100) / 100);
        QCOMPARE(values::hundredthsJsonArray(numbers),
            QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));

        const double notFinite[] { std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity() };
        QCOMPARE(values::hundredthsJsonArray(notFinite), u"[null,null]"_s);
        QCOMPARE(values::hundredthsJsonArray({}), u"[]"_s);
    }

    void numberArraysAreReadFromJson()
    {
        const auto mean = values::jsonNumberArray(R"({"lower80":[0,1],"mean":[1.5, 2,-0.25,null,1e3]})", "mean");
        QVERIFY(mean);
        QCOMPARE(mean->size(), size_t(5));
        QCOMPARE(mean->at(0), 1.5);
        QCOMPARE(mean->at(2), -0.25);
        QVERIFY(std::isnan(mean->at(3)));
        QCOMPARE(mean->at(4), 1000.0);
        QCOMPARE(values::jsonNumberArray(R"({"mean":[]})", "mean"), std::optional(std::vector<double> {}));
        QVERIFY(!values::jsonNumberArray(R"({"upper":[1]})", "mean"));
        QVERIFY(!values::jsonNumberArray(R"({"mean":[1,"two"]})", "mean"));
        QVERIFY(!values::jsonNumberArray(R"({"mean":[1,2)", "mean"));
        QVERIFY(!values::jsonNumberArray(R"({"mean":3})", "mean"));
        // What the forecast writer writes, read back.
        const std::vector<double> written { 0.0, 12.25, 3.5, 1e6 };
        QCOMPARE(values::jsonNumberArray(u"{\"mean\":%1}"_s.arg(values::hundredthsJsonArray(written)).toStdString(),
                     "mean"),
            std::optional(written));
    }
};

QTEST_GUILESS_MAIN(TestValues)
#include "test_values.moc"
