#include "io/Import.h"

#include "Parallel.h"

#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/Importer.h"
#include "io/RecordPipeline.h"
#include "io/formats/LateLinks.h"
#include "store/StoreSettings.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace flywheel {

namespace {
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr qint64 kProgressEvery = 4096;

std::string utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

QString joinHeader(const std::vector<std::string>& header, size_t most)
{
    QStringList names;
    for (size_t i = 0; i < header.size() && i < most; ++i)
        names << QString::fromStdString(header[i]);
    return names.join(QStringLiteral(", ")) + (header.size() > most ? QStringLiteral(", …") : QString());
}

QString defaultRejectsDir(const Database& db)
{
    const QFileInfo store(db.path());
    return store.absoluteDir().filePath(store.completeBaseName() + QStringLiteral("-rejects"));
}

/// Writes skipped rows, with line and reason, beside the original columns; opened on the first.
class RejectsFile {
public:
    RejectsFile(QString path, const std::vector<std::string>& header) : m_path(std::move(path)), m_header(header) {}

    Result<void> add(qint64 line, const RowReject& reject, std::span<const std::string_view> cells)
    {
        if (!m_writer) {
            QDir().mkpath(QFileInfo(m_path).absolutePath());
            auto writer = CsvWriter::open(m_path, CsvWriter::Options{',', true, true, true});
            if (!writer)
                return std::unexpected(writer.error());
            m_writer.emplace(std::move(*writer));
            std::vector<std::string_view> head = {"line", "column", "reason"};
            head.insert(head.end(), m_header.begin(), m_header.end());
            m_writer->writeRow(std::span<const std::string_view>(head));
        }
        const std::string lineText = std::to_string(line);
        const QByteArray column = reject.column.toUtf8();
        const QByteArray reason = reject.reason.toUtf8();
        std::vector<std::string_view> row = {lineText, std::string_view(column.constData(), size_t(column.size())),
                                             std::string_view(reason.constData(), size_t(reason.size()))};
        row.insert(row.end(), cells.begin(), cells.end());
        m_writer->writeRow(std::span<const std::string_view>(row));
        return {};
    }
    Result<void> close() { return m_writer ? m_writer->close() : Result<void>{}; }
    void discard()
    {
        if (m_writer) {
            (void)m_writer->close();
            QFile::remove(m_path);
        }
    }
    [[nodiscard]] bool used() const { return m_writer.has_value(); }
    [[nodiscard]] QString path() const { return m_path; }

private:
    QString m_path;
    const std::vector<std::string>& m_header;
    std::optional<CsvWriter> m_writer;
};

/// BLAKE2b-256 of the file, read in chunks so a refused import can stop it early.
void hashFile(QPromise<QByteArray>& promise, const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (qint64 got = 0; (got = file.read(chunk.data(), chunk.size())) > 0;) {
            if (promise.isCanceled())
                return;
            hash.addData(QByteArrayView(chunk.constData(), got));
        }
    }
    promise.addResult(hash.result());
}

QString cutOffReason(size_t found, size_t expected)
{
    return ImportText::tr("the line has %1 of the %2 columns: it was cut off or a quote was left open; check the file or "
                          "export it again")
        .arg(found)
        .arg(expected);
}

} // namespace

// Only formats whose required columns are all present compete.
std::unique_ptr<Importer> detectFormat(const std::vector<std::string>& header)
{
    std::unique_ptr<Importer> best;
    size_t bestScore = 0;
    for (const FormatEntry& entry : importFormats()) {
        auto importer = entry.create();
        const std::vector<int> columns = matchFields(importer->fields(), header);
        size_t score = 0;
        bool complete = true;
        for (const FieldSpec& field : importer->fields()) {
            const bool present = columns[static_cast<size_t>(field.id)] >= 0;
            score += present;
            complete = complete && (present || !field.required);
        }
        if (complete && score > bestScore) {
            bestScore = score;
            best = std::move(importer);
        }
    }
    return best;
}

ImportReport importFile(Database& db, const QString& path, const ImportOptions& options, Progress* progress)
{
    ImportReport report;
    report.file = path;
    // The file's hash names it in the batch list and spots a file imported twice; it is computed
    // on another core while this one imports.
    QFuture<QByteArray> fileHash = QtConcurrent::run(&computePool(), hashFile, path);
    auto refuse = [&](Error error) {
        fileHash.cancel();
        if (error.file.isEmpty())
            error.file = QFileInfo(path).fileName();
        report = ImportReport{path, report.format, 0, 0, 0, 0, 0, 0, {}, {}, std::move(error)};
        return report;
    };

    const ColumnMapping* mapping = options.mapping ? &*options.mapping : nullptr;
    auto reader = CsvReader::open(path, CsvReader::Options{mapping ? mapping->delimiter : char(0)});
    if (!reader)
        return refuse(reader.error());

    const std::vector<std::string> fileHeader = reader->header(); // as written, for the rejects file
    const std::vector<std::string> header = mapping ? mapping->renamed(fileHeader) : fileHeader;

    QString formatName = options.formatName;
    if (formatName.isEmpty() && mapping)
        formatName = mapping->format;
    std::unique_ptr<Importer> importer;
    if (!formatName.isEmpty()) {
        importer = createImporter(formatName.toStdString());
        if (!importer) {
            return refuse(Error{ErrorCode::InvalidArgument,
                                ImportText::tr("Flywheel does not know the format \"%1\". Run \"flywheel-cli formats\" "
                                               "to list the formats it reads.")
                                    .arg(formatName),
                                {}, 0, {}});
        }
    } else {
        importer = detectFormat(header);
        if (!importer) {
            return refuse(Error{ErrorCode::UnknownFormat,
                                ImportText::tr("The columns of this file (%1) match no export format Flywheel reads. "
                                               "Check that it is an export from your store, help desk or inventory "
                                               "tool; if it is, import it with a column mapping that names which of "
                                               "its columns is which.")
                                    .arg(joinHeader(header, 6)),
                                {}, 1, {}});
        }
    }
    report.format = QString::fromUtf8(importer->name().data(), static_cast<qsizetype>(importer->name().size()));

    const std::vector<int> columnOfField = matchFields(importer->fields(), header);
    QStringList missing;
    for (const FieldSpec& field : importer->fields())
        if (field.required && columnOfField[static_cast<size_t>(field.id)] < 0)
            missing << QString::fromUtf8(field.headers.front().data(), static_cast<qsizetype>(field.headers.front().size()));
    if (!missing.isEmpty()) {
        return refuse(Error{ErrorCode::Format,
                            ImportText::tr("A %1 needs the column(s) %2, which this file does not have. Export the "
                                           "file again with all its columns, or import it with a column mapping.")
                                .arg(importer->title(), missing.join(QStringLiteral(", "))),
                            {}, 1, {}});
    }
    importer->setHeader(header, columnOfField);

    StoreSettings settings(db);
    ImportContext context(db);
    context.currency = settings.currency();
    context.zone = settings.timeZone();
    context.asOf = options.asOf.isValid() ? options.asOf
                                          : QFileInfo(path).lastModified().toTimeZone(context.zone).date();
    if (mapping) {
        context.decimal = mapping->decimal;
        context.dateOrder = mapping->dateOrder;
    }

    // A bulk import touches the natural-key indexes all over; a larger page cache keeps them in
    // memory (the default 2 MiB makes a million-row import thrash).
    if (auto ok = db.exec("PRAGMA cache_size = -131072"); !ok)
        return refuse(ok.error());
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return refuse(transaction.error());
    {
        auto insert = db.prepare("INSERT INTO import_batches (file_name, file_hash, file_size, format, platform, "
                                 "started_at) VALUES (?1, '', ?2, ?3, ?4, ?5)");
        if (!insert)
            return refuse(insert.error());
        insert->bindAll(QFileInfo(path).absoluteFilePath(), reader->fileSize(), importer->name(), importer->platform(),
                        std::string_view(utcNow()));
        if (auto ok = insert->run(); !ok)
            return refuse(ok.error());
        context.batchId = db.lastInsertRowId();
    }
    if (auto ok = importer->begin(context); !ok)
        return refuse(ok.error());

    const QString rejectsDir = options.rejectsDir.isEmpty() ? defaultRejectsDir(db) : options.rejectsDir;
    RejectsFile rejects(QDir(rejectsDir).filePath(QStringLiteral("batch-%1-%2.rejects.csv")
                                                      .arg(context.batchId)
                                                      .arg(QFileInfo(path).completeBaseName())),
                        fileHeader);
    auto abandon = [&](Error error) {
        rejects.discard();
        return refuse(std::move(error));
    };

    const qint64 fileSize = reader->fileSize();
    // The file is read and split, and the importer's parse() run, on a second thread.
    RecordPipeline records(std::move(*reader), [&](std::span<const std::string_view> cells, qint64 line) {
        return importer->parse(Row(cells, fileHeader, columnOfField, context, line));
    });
    for (;;) {
        auto next = records.next();
        if (!next)
            return abandon(next.error());
        if (!*next)
            break;
        const RecordPipeline::Record& record = **next;
        ++report.rowsRead;
        std::optional<RowReject> reject;
        if (record.truncated || record.cells.size() < header.size()) {
            reject = RowReject{cutOffReason(record.cells.size(), header.size()), {}};
        } else if (record.cells.size() > header.size()) {
            reject = RowReject{ImportText::tr("the line has %1 columns where the header has %2; a value may contain an "
                                              "unquoted delimiter")
                                   .arg(record.cells.size())
                                   .arg(header.size()),
                               {}};
        } else {
            auto result = importer->importRow(Row(record.cells, fileHeader, columnOfField, context, record.line),
                                              record.parsed, context);
            if (!result)
                return abandon(result.error());
            if (*result) {
                switch (**result) {
                case WriteOutcome::Inserted:
                    ++report.inserted;
                    break;
                case WriteOutcome::Updated:
                    ++report.updated;
                    break;
                case WriteOutcome::Unchanged:
                    ++report.unchanged;
                    break;
                }
            } else {
                reject = result->error();
            }
        }
        if (reject) {
            ++report.rejected;
            if (auto ok = rejects.add(record.line, *reject, record.cells); !ok)
                return abandon(ok.error());
        }
        if (progress && report.rowsRead % kProgressEvery == 0) {
            progress->report(records.bytesRead(), fileSize);
            if (progress->cancelled())
                return abandon(Error{ErrorCode::Cancelled, ImportText::tr("The import was cancelled; nothing from this "
                                                                          "file was kept."),
                                     {}, 0, {}});
        }
    }
    if (auto ok = importer->finish(context); !ok)
        return abandon(ok.error());
    // Rows link to what the store holds as they are written; what arrives later (products after
    // the orders or reviews that name them, orders after the tickets) is joined here.
    if (auto ok = formats::linkLateArrivals(db, context.batchId); !ok)
        return abandon(ok.error());
    if (auto ok = rejects.close(); !ok)
        return abandon(ok.error());
    const std::string hash = fileHash.result().toHex().toStdString();
    {
        auto earlier = db.prepare("SELECT group_concat(id, ', ') FROM import_batches WHERE file_hash = ?1 AND "
                                  "undone_at IS NULL");
        if (earlier) {
            earlier->bind(1, std::string_view(hash));
            if (auto row = earlier->step(); row && *row && !earlier->isNull(0))
                context.warn(ImportText::tr("This exact file was imported before (batch %1); nothing was added twice.")
                                 .arg(earlier->text(0)));
        }
    }
    auto update = db.prepare("UPDATE import_batches SET file_hash = ?1, finished_at = ?2, rows_read = ?3, inserted = ?4, "
                             "updated = ?5, unchanged = ?6, rejected = ?7, rejects_file = ?8 WHERE id = ?9");
    if (!update)
        return abandon(update.error());
    update->bindAll(std::string_view(hash), std::string_view(utcNow()), report.rowsRead, report.inserted,
                    report.updated, report.unchanged, report.rejected,
                    rejects.used() ? rejects.path() : QString(), context.batchId);
    if (auto ok = update->run(); !ok)
        return abandon(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return abandon(ok.error());

    if (progress)
        progress->report(fileSize, fileSize);
    report.batch = context.batchId;
    report.rejectsFile = rejects.used() ? rejects.path() : QString();
    report.warnings = context.warnings;
    return report;
}

} // namespace flywheel
