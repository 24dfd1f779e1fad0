// Figures for the Content stage, printed for the README and the issue; not run by ctest.
//   report_content [--scale small|medium|large]
// 1. The demo store: how long the stage takes, and how many of the planted content gaps become
//    accepted-ready answers (a suggestion for the right product and attribute whose value is filled in),
//    with precision over every answer suggested and whether the value agrees with the planted one.
// 2. Extraction on the real platform exports in ../shared/samples against the hand labels in
//    tests/data/content/sample_labels.json: precision and recall of the values stated with confidence.
#include "ProcessSetup.h"
#include "demo/DemoStore.h"
#include "flywheel/Pipeline.h"
#include "stages/content/Completeness.h"
#include "stages/content/DescriptionText.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

using namespace flywheel;
using namespace Qt::StringLiterals;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QSet<QString> valueWords(const QString& value)
{
    QSet<QString> words;
    for (const QString& word : value.toLower().split(QRegularExpression(u"[^\\p{L}]+"_s), Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            words.insert(word);
    }
    return words;
}

std::optional<StageRun> runContent(Database& db)
{
    Pipeline pipeline(createStages());
    auto runs = pipeline.run(db, u"content"_s, nullptr, 42, Pipeline::Mode::Full);
    if (!runs || runs->isEmpty() || runs->back().status != u"ok"_s) {
        out() << "  the content stage failed: "
              << (runs ? (runs->isEmpty() ? u"no run"_s : runs->back().message) : runs.error().describe()) << "\n";
        return std::nullopt;
    }
    return runs->back();
}

void reportDemo(demo::Scale scale, const QString& workDir)
{
    out() << "Demo store\n";
    auto db = openStore(workDir + u"/demo.flywheel"_s);
    if (!db)
        return;
    demo::DemoOptions options;
    options.scale = scale;
    options.outDir = workDir + u"/demo"_s;
    if (auto built = demo::createDemoStore(*db, options); !built) {
        out() << "  " << built.error().describe() << "\n";
        return;
    }
    QElapsedTimer timer;
    timer.start();
    if (!runContent(*db))
        return;
    const qint64 withService = timer.elapsed();
    Pipeline pipeline(createStages());
    // The stage on its own, its inputs already there: what a re-run after an edit costs.
    auto again = pipeline.run(*db, u"content"_s, nullptr, 42, flywheel::Pipeline::Mode::Full);
    const auto contentMs = again && !again->isEmpty() ? again->back().durationMs : -1;
    out() << u"  %1 products; service + content %2 s; content stage alone %3 ms\n"_s
                 .arg(db->scalar("SELECT count(*) FROM products").value_or(0))
                 .arg(static_cast<double>(withService) / 1000.0, 0, 'f', 2)
                 .arg(contentMs);
    out() << u"  %1 attribute values; average completeness %2%; suggestions: %3\n"_s
                 .arg(db->scalar("SELECT count(*) FROM product_attributes").value_or(0))
                 .arg(db->scalar("SELECT round(100 * avg(score)) FROM product_completeness").value_or(0))
                 .arg(db->scalar("SELECT count(*) FROM recommendations WHERE stage = 'content'").value_or(0));
    for (const char* kind : { "add-answer", "add-attribute", "add-tag" }) {
        auto count = db->prepare("SELECT count(*) FROM recommendations WHERE stage = 'content' AND kind = ?1");
        if (count && count->bind(1, kind).step().value_or(false))
            out() << "    " << kind << ": " << count->int64(0) << "\n";
    }

    QFile truthFile(options.outDir + u"/ground_truth.json"_s);
    if (!truthFile.open(QIODevice::ReadOnly))
        return;
    const QHash<QString, QString> keyOf = { { u"waterproof"_s, u"waterproof"_s }, { u"machine washable"_s, u"care"_s },
        { u"true to size"_s, u"fit"_s } };
    QHash<QString, QString> truth;
    for (const QJsonValue& gap :
        QJsonDocument::fromJson(truthFile.readAll()).object().value(u"content_gaps"_s).toArray()) {
        const QJsonObject object = gap.toObject();
        truth.insert(object.value(u"handle"_s).toString() + u'/' + keyOf.value(object.value(u"attribute"_s).toString()),
            object.value(u"value"_s).toString());
    }
    auto select = db->prepare("SELECT p.handle, s.attribute, s.suggested_text, coalesce(s.value, ''), "
                              "coalesce(s.value_source, '') FROM content_suggestions s JOIN recommendations r ON "
                              "r.id = s.recommendation_id JOIN products p ON p.id = s.product_id WHERE r.kind = "
                              "'add-answer' ORDER BY s.revenue_at_risk_minor DESC");
    if (!select)
        return;
    int suggested = 0;
    int ready = 0;
    int agreeing = 0;
    (void)select->forEachRow([&](Statement& row) {
        ++suggested;
        const QString key = row.text(0) + u'/' + row.text(1);
        const bool planted = truth.contains(key);
        const bool filled = !content::hasPlaceholder(row.text(2));
        const bool agrees = planted && !(valueWords(row.text(3)) & valueWords(truth.value(key))).isEmpty();
        ready += planted && filled ? 1 : 0;
        agreeing += planted && filled && agrees ? 1 : 0;
        out() << u"    %1 %2: “%3” (from %4)%5\n"_s.arg(planted ? u"planted"_s : u"other  "_s, key, row.text(2),
            row.text(4).isEmpty() ? u"nobody: the owner fills it in"_s : row.text(4),
            planted ? u"; planted value “%1”"_s.arg(truth.value(key)) : QString());
    });
    out() << u"  planted gaps as accepted-ready answers: %1 of %2 planted, %3 answers suggested; precision %4, recall "
             "%5; the value agrees with the planted one for %6 of %1\n"_s.arg(ready)
                 .arg(truth.size())
                 .arg(suggested)
                 .arg(suggested > 0 ? static_cast<double>(ready) / suggested : 0.0, 0, 'f', 2)
                 .arg(truth.isEmpty() ? 0.0 : static_cast<double>(ready) / truth.size(), 0, 'f', 2)
                 .arg(agreeing);
}

void reportSamples(const QString& workDir)
{
    out() << "Extraction on the sample exports (hand labels)\n";
    const QDir shared(QStringLiteral(FLYWHEEL_SHARED_DIR));
    QFile labelsFile(QStringLiteral(FLYWHEEL_TEST_DATA) + u"/content/sample_labels.json"_s);
    if (!shared.exists(u"samples"_s) || !labelsFile.open(QIODevice::ReadOnly)) {
        out() << "  skipped: ../shared/samples or the labels are missing\n";
        return;
    }
    const QJsonObject labels = QJsonDocument::fromJson(labelsFile.readAll()).object();
    auto db = openStore(workDir + u"/samples.flywheel"_s);
    if (!db)
        return;
    for (const QJsonValue& file : labels.value(u"files"_s).toArray()) {
        const ImportReport report = importFile(*db, shared.filePath(file.toString()));
        if (report.refused())
            out() << "  " << report.error->describe() << "\n";
    }
    if (!runContent(*db))
        return;
    QSet<QString> expected;
    const QJsonObject products = labels.value(u"products"_s).toObject();
    for (auto it = products.begin(); it != products.end(); ++it) {
        for (const QJsonValue& pair : it.value().toArray())
            expected.insert(it.key() + u'|' + pair.toString());
    }
    QSet<QString> extracted;
    auto select = db->prepare("SELECT DISTINCT p.platform || ':' || p.source_key || '|' || a.attribute || '=' || "
                              "a.value FROM product_attributes a JOIN products p ON p.id = a.product_id WHERE "
                              "a.confidence >= ?1");
    if (!select)
        return;
    select->bind(1, content::kStatedConfidence);
    (void)select->forEachRow([&](Statement& row) { extracted.insert(row.text(0)); });
    const QSet<QString> right = extracted & expected;
    out() << u"  %1 products, %2 labelled values, %3 extracted: precision %4, recall %5\n"_s.arg(products.size())
                 .arg(expected.size())
                 .arg(extracted.size())
                 .arg(static_cast<double>(right.size()) / std::max<qsizetype>(1, extracted.size()), 0, 'f', 2)
                 .arg(static_cast<double>(right.size()) / std::max<qsizetype>(1, expected.size()), 0, 'f', 2);
    for (const QString& wrong : extracted - expected)
        out() << "    not in the labels: " << wrong << "\n";
    for (const QString& missed : expected - extracted)
        out() << "    missed: " << missed << "\n";
}

} // namespace

int main(int argc, char* argv[])
{
    flywheel::prepareProcess();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype scaleAt = args.indexOf(u"--scale"_s);
    const QString scaleName = scaleAt >= 0 && scaleAt + 1 < args.size() ? args[scaleAt + 1] : u"small"_s;
    const demo::Scale scale = scaleName == u"large" ? demo::Scale::Large
        : scaleName == u"medium"                    ? demo::Scale::Medium
                                                    : demo::Scale::Small;
    QTemporaryDir work;
    reportDemo(scale, work.path());
    reportSamples(work.path());
    out().flush();
    return 0;
}
