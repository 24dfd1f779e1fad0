#include "TestSupport.h"

#include "io/ImportPreview.h"
#include "io/SavedMappings.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace flywheel;

namespace {
std::vector<std::string> header(std::initializer_list<const char*> names)
{
    return { names.begin(), names.end() };
}

/// The label of field `id` of `importer`.
QString labelOf(const Importer& importer, int id)
{
    return fieldLabel(importer.fields()[static_cast<size_t>(id)]);
}

int fieldNamed(const Importer& importer, const QString& label)
{
    for (const FieldSpec& field : importer.fields())
        if (fieldLabel(field) == label)
            return field.id;
    return -1;
}
} // namespace

class TestImportPreview : public QObject {
    Q_OBJECT

private slots:
    void sampleReadsOnlyTheFirstRows();
    void sampleOfUnreadableFileFails();
    void fieldLabelsReadLikeThePlatforms();
    void suggestionsPreferExactThenSimilarNames();
    void mappingRoundTripsThroughThePreview();
    void unchosenLookalikeColumnsAreKeptOut();
    void savedMappingsAreFoundByHeader();
    void savedMappingImportsLikeTheCli();
};

void TestImportPreview::sampleReadsOnlyTheFirstRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Email,First Name\n");
    for (int i = 0; i < 500; ++i)
        file.write(QByteArray("a") + QByteArray::number(i) + "@example.com,Ann\n");
    file.close();

    const auto sample = sampleFile(path, 20);
    QVERIFY(sample);
    QCOMPARE(sample->header, header({ "Email", "First Name" }));
    QCOMPARE(sample->rows.size(), size_t(20));
    QCOMPARE(sample->rows[19][0], std::string("a19@example.com"));
    QVERIFY(!sample->complete);

    const auto whole = sampleFile(test::dataPath(QStringLiteral("import/unknown_layout/input.csv")), 20);
    QVERIFY(whole);
    QCOMPARE(whole->rows.size(), size_t(1));
    QVERIFY(whole->complete);
}

void TestImportPreview::sampleOfUnreadableFileFails()
{
    const auto sample = sampleFile(QStringLiteral("/nonexistent/orders.csv"), 20);
    QVERIFY(!sample);
    QCOMPARE(sample.error().code, ErrorCode::Io);
}

void TestImportPreview::fieldLabelsReadLikeThePlatforms()
{
    const auto customers = createImporter("shopify-customers");
    QVERIFY(customers);
    QCOMPARE(labelOf(*customers, 0), QStringLiteral("Customer ID"));
    QCOMPARE(labelOf(*customers, 1), QStringLiteral("First name"));
    QVERIFY(fieldNamed(*customers, QStringLiteral("Email")) >= 0);
}

void TestImportPreview::suggestionsPreferExactThenSimilarNames()
{
    const auto customers = createImporter("shopify-customers");
    const auto columns = suggestColumns(
        customers->fields(), header({ "Town", "E-Mail", "first_name", "Nachname", "Phone", "Telefon" }));
    auto columnFor = [&](const char* label) {
        return columns[static_cast<size_t>(fieldNamed(*customers, QString::fromLatin1(label)))];
    };
    QCOMPARE(columnFor("Email"), 1); // same letters
    QCOMPARE(columnFor("First name"), 2); // same letters, other punctuation
    QCOMPARE(columnFor("Phone"), 4); // exact, so "Telefon" does not steal it
    QCOMPARE(columnFor("Last name"), -1); // a German word is left to the owner
    // No column serves two fields.
    std::vector<int> used;
    for (int column : columns)
        if (column >= 0)
            used.push_back(column);
    std::ranges::sort(used);
    QVERIFY(std::ranges::adjacent_find(used) == used.end());
}

void TestImportPreview::mappingRoundTripsThroughThePreview()
{
    const auto customers = createImporter("shopify-customers");
    FileSample sample;
    sample.header = header({ "Kunde", "E-Post", "Newsletter", "Stadt" });
    sample.rows = { { "Anna ", "anna@example.com", "yes", "Wien" } };

    const PreviewTable unmapped = previewAs(*customers, sample, nullptr);
    QVERIFY(unmapped.columns.isEmpty());
    QVERIFY(unmapped.missingRequired.contains(QStringLiteral("Email")));
    QVERIFY(!detectFormat(sample.header));

    std::vector<int> chosen(customers->fields().size(), -1);
    chosen[size_t(fieldNamed(*customers, QStringLiteral("First name")))] = 0;
    chosen[size_t(fieldNamed(*customers, QStringLiteral("Email")))] = 1;
    chosen[size_t(fieldNamed(*customers, QStringLiteral("Accepts email marketing")))] = 2;
    chosen[size_t(fieldNamed(*customers, QStringLiteral("Default address city")))] = 3;
    const ColumnMapping mapping = mappingFor(*customers, sample.header, chosen);
    QCOMPARE(mapping.format, QStringLiteral("shopify-customers"));
    QCOMPARE(mapping.columns.value(QStringLiteral("E-Post")), QStringLiteral("Email"));

    const PreviewTable mapped = previewAs(*customers, sample, &mapping);
    QVERIFY2(mapped.missingRequired.isEmpty(), qPrintable(mapped.missingRequired.join(u',')));
    QCOMPARE(mapped.columns.first(), QStringLiteral("First name"));
    QCOMPARE(mapped.rows.size(), 1);
    QCOMPARE(mapped.rows[0].first(), QStringLiteral("Anna")); // trimmed, as the importer reads it
    QVERIFY(mapped.columns.contains(QStringLiteral("Default address city")));

    QCOMPARE(columnsOf(*customers, sample.header, mapping), chosen);
    const auto detected = detectFormat(mapping.renamed(sample.header));
    QVERIFY(detected);
    QCOMPARE(detected->name(), std::string_view("shopify-customers"));
}

void TestImportPreview::unchosenLookalikeColumnsAreKeptOut()
{
    // The file has an "Email" column, but the owner says the address is in "Work mail".
    const auto customers = createImporter("shopify-customers");
    const auto fileHeader = header({ "First Name", "Email", "Work mail", "Accepts Marketing" });
    std::vector<int> chosen = matchFields(customers->fields(), fileHeader);
    const int email = fieldNamed(*customers, QStringLiteral("Email"));
    chosen[size_t(email)] = 2;
    const ColumnMapping mapping = mappingFor(*customers, fileHeader, chosen);
    QCOMPARE(matchFields(customers->fields(), mapping.renamed(fileHeader))[size_t(email)], 2);
    QCOMPARE(columnsOf(*customers, fileHeader, mapping), chosen);
}

void TestImportPreview::savedMappingsAreFoundByHeader()
{
    QTemporaryDir dir;
    const SavedMappings saved(dir.filePath(QStringLiteral("shop.flywheel")));
    QCOMPARE(QFileInfo(saved.folder()).fileName(), QStringLiteral("shop-mappings"));
    const auto fileHeader = header({ "Kunde", "E-Post" });
    QVERIFY(saved.find(fileHeader).value_or(ColumnMapping {}) == std::nullopt);

    ColumnMapping mapping;
    mapping.format = QStringLiteral("shopify-customers");
    mapping.columns.insert(QStringLiteral("E-Post"), QStringLiteral("Email"));
    mapping.decimal = ColumnMapping::DecimalSeparator::Comma;
    const auto path = saved.save(fileHeader, mapping);
    QVERIFY(path);
    QVERIFY(QFileInfo(*path).fileName().startsWith(QStringLiteral("shopify-customers-")));

    // Case and spacing of the names do not make another layout; order and names do.
    const auto found = saved.find(header({ " kunde", "E-POST " }));
    QVERIFY(found && *found);
    QCOMPARE((*found)->columns.value(QStringLiteral("E-Post")), QStringLiteral("Email"));
    QCOMPARE((*found)->decimal, ColumnMapping::DecimalSeparator::Comma);
    QVERIFY(!*saved.find(header({ "E-Post", "Kunde" })));

    // Saving the layout under another format replaces the first mapping.
    mapping.format = QStringLiteral("woocommerce-customers");
    QVERIFY(saved.save(fileHeader, mapping));
    QCOMPARE(QDir(saved.folder()).entryList(QDir::Files).size(), 1);
    QCOMPARE((*saved.find(fileHeader))->format, QStringLiteral("woocommerce-customers"));
}

void TestImportPreview::savedMappingImportsLikeTheCli()
{
    // The wizard's mapping for the golden "column_mapping" file imports what the CLI's does.
    const QString input = test::dataPath(QStringLiteral("import/column_mapping/input.csv"));
    const auto sample = sampleFile(input, 20);
    QVERIFY(sample);
    const auto customers = createImporter("shopify-customers");
    const auto cli = ColumnMapping::load(test::dataPath(QStringLiteral("import/column_mapping/mapping.json")));
    QVERIFY(cli);
    ColumnMapping mapping = mappingFor(*customers, sample->header, columnsOf(*customers, sample->header, *cli));
    mapping.decimal = ColumnMapping::DecimalSeparator::Comma;

    test::TempStore store;
    const SavedMappings saved(store.path());
    const auto path = saved.save(sample->header, mapping);
    QVERIFY(path);
    const auto reloaded = ColumnMapping::load(*path);
    QVERIFY(reloaded);
    ImportOptions options;
    options.mapping = *reloaded;
    const ImportReport report = store.import(input, options);
    QVERIFY2(!report.refused(), qPrintable(report.refused() ? report.error->describe() : QString()));
    QCOMPARE(report.inserted, 1);
    QCOMPARE(store.value("SELECT first_name || ' ' || last_name || ' ' || city || ' ' || total_spent_minor "
                         "FROM customers"),
        QStringLiteral("Anna Berger Wien 123450"));
}

QTEST_GUILESS_MAIN(TestImportPreview)
#include "test_importpreview.moc"
