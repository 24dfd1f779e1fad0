#include "TestSupport.h"

#include "demo/DemoStore.h"
#include "flywheel/Pipeline.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>

namespace flywheel::test {

QString dataPath(const QString& relative)
{
    return QDir(QStringLiteral(FLYWHEEL_TEST_DATA)).filePath(relative);
}

QString sharedPath(const QString& relative)
{
    const QDir shared(QStringLiteral(FLYWHEEL_SHARED_DIR));
    if (!shared.exists(QStringLiteral("samples")))
        return {};
    return relative.isEmpty() ? shared.path() : shared.filePath(relative);
}

TempStore::TempStore()
{
    m_path = QDir(m_dir.path()).filePath(QStringLiteral("store.flywheel"));
    auto db = openStore(m_path);
    if (!db)
        qFatal("cannot create a test store: %s", qPrintable(db.error().describe()));
    m_db.emplace(std::move(*db));
}

qint64 TempStore::count(std::string_view table)
{
    auto n = m_db->scalar("SELECT count(*) FROM " + quoteIdentifier(table));
    return n ? *n : -1;
}

QString TempStore::value(std::string_view sql)
{
    auto stmt = m_db->prepare(sql);
    if (!stmt)
        return QStringLiteral("<error: %1>").arg(stmt.error().describe());
    auto row = stmt->step();
    if (!row || !*row)
        return QStringLiteral("<no row>");
    return stmt->text(0);
}

QString TempStore::dumpContent()
{
    QString dump;
    auto tables = m_db->prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    if (!tables)
        return {};
    QStringList names;
    while (auto row = tables->step()) {
        if (!*row)
            break;
        names << tables->text(0);
    }
    for (const QString& table : names) {
        auto rows = m_db->prepare("SELECT * FROM " + quoteIdentifier(table.toStdString()) + " ORDER BY 1, 2");
        if (!rows)
            continue;
        dump += QStringLiteral("== %1\n").arg(table);
        while (auto row = rows->step()) {
            if (!*row)
                break;
            QStringList cells;
            for (int c = 0; c < rows->columnCount(); ++c)
                cells << (rows->isNull(c) ? QStringLiteral("NULL") : rows->text(c));
            dump += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return dump;
}

ImportReport TempStore::import(const QString& file, ImportOptions options)
{
    if (options.rejectsDir.isEmpty())
        options.rejectsDir = QDir(m_dir.path()).filePath(QStringLiteral("rejects"));
    return importFile(*m_db, file, options);
}

bool createAnalysedDemo(TempStore& store, const QString& stage)
{
    demo::DemoOptions options;
    options.outDir = store.dir() + QStringLiteral("/demo");
    if (auto created = demo::createDemoStore(store.db(), options); !created) {
        qWarning().noquote() << created.error().describe();
        return false;
    }
    Pipeline pipeline(createStages());
    auto runs = pipeline.run(store.db(), stage);
    if (!runs || runs->isEmpty() || runs->back().status != QStringLiteral("ok")) {
        qWarning().noquote() << (runs ? (runs->isEmpty() ? QStringLiteral("no stage ran") : runs->back().message)
                                      : runs.error().describe());
        return false;
    }
    return true;
}

QJsonObject readJsonObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject groundTruth(const QString& dir)
{
    return readJsonObject(QDir(dir).filePath(QStringLiteral("ground_truth.json")));
}

QByteArray folderHash(const QString& dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QFileInfo& file : QDir(dir).entryInfoList(QDir::Files, QDir::Name)) {
        QFile f(file.filePath());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        hash.addData(file.fileName().toUtf8());
        hash.addData(f.readAll());
    }
    return hash.result();
}

} // namespace flywheel::test
