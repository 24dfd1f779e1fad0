#include "Commands.h"

#include "search/CatalogDocuments.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace flywheel::cli {

namespace {
struct SearchCommandText {
    Q_DECLARE_TR_FUNCTIONS(SearchCommands)
};

QString ruleName(search::Rule rule)
{
    switch (rule) {
    case search::Rule::Exact:
        return QStringLiteral("word");
    case search::Rule::Typo:
        return QStringLiteral("typo");
    case search::Rule::Prefix:
        return QStringLiteral("prefix");
    case search::Rule::Synonym:
        return QStringLiteral("synonym");
    case search::Rule::Split:
        return QStringLiteral("split");
    case search::Rule::Join:
        return QStringLiteral("join");
    }
    return {};
}

QJsonObject hitJson(const search::Engine& engine, const search::Hit& hit, bool explain)
{
    const search::Document& doc = engine.index().documents()[hit.doc];
    QJsonObject object { { QStringLiteral("handle"), doc.handle }, { QStringLiteral("sku"), doc.sku },
        { QStringLiteral("title"), doc.fields[size_t(search::Field::Title)] },
        { QStringLiteral("score"), double(hit.score) } };
    if (explain) {
        QJsonArray parts;
        for (const search::Contribution& part : hit.explanation) {
            QJsonObject json { { QStringLiteral("score"), double(part.score) } };
            if (!part.word.isEmpty())
                json.insert(QStringLiteral("word"), part.word);
            if (!part.matchedAs.isEmpty())
                json.insert(QStringLiteral("matched"), part.matchedAs);
            if (part.note.isEmpty())
                json.insert(QStringLiteral("rule"), ruleName(part.rule));
            else
                json.insert(QStringLiteral("note"), part.note);
            if (part.fields)
                json.insert(QStringLiteral("fields"), search::Engine::fieldNames(part.fields));
            parts.append(json);
        }
        object.insert(QStringLiteral("explain"), parts);
    }
    return object;
}

int searchBatch(Invocation& call, const search::Engine& engine, const search::SearchOptions& options)
{
    const QString path = call.parser.value(QStringLiteral("batch"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return reportError(call,
            Error { ErrorCode::Io,
                SearchCommandText::tr("Could not read the queries file %1 (%2). Check the path.")
                    .arg(path, file.errorString()),
                {}, 0, {} });
    }
    while (!file.atEnd()) {
        const QString query = QString::fromUtf8(file.readLine()).trimmed();
        if (query.isEmpty())
            continue;
        const search::SearchResult result = engine.search(query, options);
        QJsonArray hits;
        for (const search::Hit& hit : result.hits)
            hits.append(hitJson(engine, hit, options.explain));
        printJson(call, QJsonObject { { QStringLiteral("query"), query }, { QStringLiteral("results"), hits } });
    }
    return Ok;
}
} // namespace

int runSearch(Invocation& call)
{
    const bool batch = call.parser.isSet(QStringLiteral("batch"));
    const QString query = call.arguments.join(u' ');
    if (!batch && query.trimmed().isEmpty()) {
        call.err << SearchCommandText::tr(
            "Give the words to search for, e.g. flywheel-cli --db STORE search rain jacket, "
            "or a file of queries with --batch FILE.")
                 << Qt::endl;
        return Failed;
    }
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    auto engine = search::openCatalogEngine(*db);
    if (!engine)
        return reportError(call, engine.error());
    search::SearchOptions options;
    options.top = std::max(1, call.parser.value(QStringLiteral("top")).toInt());
    options.explain = call.parser.isSet(QStringLiteral("explain"));
    // Whole queries from a script or a report, not words being typed.
    options.parse.prefixLastWord = false;
    if (batch)
        return searchBatch(call, **engine, options);

    const search::SearchResult result = (*engine)->search(query, options);
    if (call.json) {
        QJsonArray hits;
        for (const search::Hit& hit : result.hits)
            hits.append(hitJson(**engine, hit, options.explain));
        printJson(call,
            QJsonObject { { QStringLiteral("query"), query }, { QStringLiteral("total"), result.total },
                { QStringLiteral("relaxed"), result.relaxed },
                { QStringLiteral("unknown_words"), QJsonArray::fromStringList(result.query.unknownWords) },
                { QStringLiteral("results"), hits } });
        return Ok;
    }
    if (result.hits.empty())
        call.out << SearchCommandText::tr("No product matches \"%1\".").arg(query) << Qt::endl;
    else if (result.relaxed)
        call.out << SearchCommandText::tr("No product matches every word of \"%1\"; the closest:").arg(query)
                 << Qt::endl;
    else
        call.out << SearchCommandText::tr("%n product(s) match \"%1\":", nullptr, result.total).arg(query) << Qt::endl;
    int rank = 0;
    for (const search::Hit& hit : result.hits) {
        const search::Document& doc = (*engine)->index().documents()[hit.doc];
        call.out << QStringLiteral("%1. %2  (%3)  %4\n")
                        .arg(++rank)
                        .arg(doc.fields[size_t(search::Field::Title)], doc.handle)
                        .arg(double(hit.score), 0, 'f', 2);
        for (const QString& line : search::Engine::describe(hit))
            call.out << QStringLiteral("     ") << line << u'\n';
    }
    call.out.flush();
    return Ok;
}

} // namespace flywheel::cli
