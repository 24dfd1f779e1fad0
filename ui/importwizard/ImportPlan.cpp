#include "ImportPlan.h"

#include "WorkerPool.h"
#include "io/SavedMappings.h"

#include <QFileInfo>
#include <QtConcurrentRun>

namespace flywheel {

namespace {
struct PlanText {
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
};
} // namespace

/// What a pool thread learns about a file: its first rows, recognised format and saved mapping.
struct ImportPlan::Inspection {
    Result<FileSample> sample = FileSample {};
    QString detectedFormat;
    Result<std::optional<ColumnMapping>> savedMapping = std::optional<ColumnMapping>();
};

ImportPlan::Inspection ImportPlan::inspect(const QString& storePath, const QString& path)
{
    ImportPlan::Inspection inspection;
    inspection.sample = sampleFile(path, ImportPlan::kPreviewRows);
    if (!inspection.sample)
        return inspection;
    if (const auto importer = detectFormat(inspection.sample->header))
        inspection.detectedFormat = QString::fromUtf8(importer->name().data(), qsizetype(importer->name().size()));
    inspection.savedMapping = SavedMappings(storePath).find(inspection.sample->header);
    return inspection;
}

bool WizardFile::needsMapping() const
{
    return layout == Layout::Unknown || layout == Layout::Chosen
        || (chooseColumns && (layout == Layout::Detected || layout == Layout::Saved));
}

bool WizardFile::importable() const
{
    if (layout != Layout::Detected && layout != Layout::Saved && layout != Layout::Chosen)
        return false;
    const auto importer = createImporter(format().toStdString());
    return importer && previewAs(*importer, sample, mapping ? &*mapping : nullptr).missingRequired.isEmpty();
}

ImportOptions WizardFile::options() const
{
    ImportOptions options;
    options.formatName = format();
    options.mapping = mapping;
    return options;
}

ImportPlan::ImportPlan(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_storePath(storePath)
{
}

const WizardFile* ImportPlan::fileById(int id) const
{
    for (const WizardFile& file : m_files)
        if (file.id == id)
            return &file;
    return nullptr;
}

WizardFile* ImportPlan::find(int id)
{
    return const_cast<WizardFile*>(std::as_const(*this).fileById(id));
}

QList<int> ImportPlan::filesToMap() const
{
    QList<int> ids;
    for (const WizardFile& file : m_files)
        if (file.needsMapping())
            ids << file.id;
    return ids;
}

QList<int> ImportPlan::importableFiles() const
{
    QList<int> ids;
    for (const WizardFile& file : m_files)
        if (file.importable())
            ids << file.id;
    return ids;
}

void ImportPlan::addFiles(const QStringList& paths)
{
    bool added = false;
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (std::ranges::any_of(m_files, [&absolute](const WizardFile& f) { return f.path == absolute; }))
            continue;
        WizardFile file;
        file.id = m_nextId++;
        file.path = absolute;
        m_files.append(file);
        added = true;

        auto* reader = new QFutureWatcher<Inspection>(this);
        m_readers.append(reader);
        const int id = file.id;
        connect(reader, &QFutureWatcher<Inspection>::finished, this, [this, reader, id] {
            m_readers.removeOne(reader);
            reader->deleteLater();
            onRead(id, reader->result());
        });
        reader->setFuture(QtConcurrent::run(storeWorkers(), inspect, m_storePath, absolute));
    }
    if (added)
        emit listChanged();
}

void ImportPlan::onRead(int id, const Inspection& inspection)
{
    WizardFile* file = find(id);
    if (!file) { // removed while it was being read
        emit listChanged();
        return;
    }
    if (!inspection.sample) {
        file->layout = WizardFile::Layout::Unreadable;
        file->error = inspection.sample.error();
    } else {
        file->sample = *inspection.sample;
        file->detectedFormat = inspection.detectedFormat;
        file->layout = file->detectedFormat.isEmpty() ? WizardFile::Layout::Unknown : WizardFile::Layout::Detected;
        if (!inspection.savedMapping) {
            file->savedMappingError = inspection.savedMapping.error();
        } else if (*inspection.savedMapping) {
            file->mapping = **inspection.savedMapping;
            file->layout = WizardFile::Layout::Saved;
        }
    }
    emit fileChanged(id);
}

void ImportPlan::removeFile(int id)
{
    const auto removed = m_files.removeIf([id](const WizardFile& file) { return file.id == id; });
    if (removed > 0)
        emit listChanged();
}

void ImportPlan::chooseColumns(int id)
{
    if (WizardFile* file = find(id); file && !file->chooseColumns) {
        file->chooseColumns = true;
        emit fileChanged(id);
    }
}

void ImportPlan::setMapping(int id, const ColumnMapping& mapping, bool save)
{
    WizardFile* file = find(id);
    if (!file)
        return;
    file->mapping = mapping;
    file->saveMapping = save;
    file->layout = WizardFile::Layout::Chosen;
    emit fileChanged(id);
}

QStringList ImportPlan::saveChosenMappings()
{
    QStringList problems;
    const SavedMappings saved(m_storePath);
    for (const WizardFile& file : std::as_const(m_files)) {
        if (file.layout != WizardFile::Layout::Chosen || !file.saveMapping || !file.mapping)
            continue;
        if (auto ok = saved.save(file.sample.header, *file.mapping); !ok)
            problems << PlanText::tr("The columns chosen for %1 were not saved: %2")
                            .arg(QFileInfo(file.path).fileName(), ok.error().describe());
    }
    return problems;
}

} // namespace flywheel
