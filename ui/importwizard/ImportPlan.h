#pragma once

#include "io/Import.h"
#include "io/ImportPreview.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

#include <optional>

namespace flywheel {

/// One file the owner gave the import wizard and what the wizard found out about it.
struct WizardFile {
    /// How the file will be read.
    enum class Layout {
        Reading, ///< the first rows are still being read
        Unreadable, ///< cannot be opened or decoded; skipped
        Unknown, ///< no format matches its columns and none were chosen yet
        Detected, ///< a format recognised its columns
        Saved, ///< read with the columns saved for this layout earlier
        Chosen, ///< read with the columns the owner chose in the wizard
    };

    int id = 0; ///< stays the same while files before it are removed
    QString path;
    Layout layout = Layout::Reading;
    std::optional<Error> error; ///< why it is unreadable
    FileSample sample; ///< header and first rows
    QString detectedFormat; ///< format recognised by the header alone
    std::optional<ColumnMapping> mapping; ///< columns saved or chosen; empty = read as detected
    std::optional<Error> savedMappingError; ///< a saved mapping exists but could not be read
    bool chooseColumns = false; ///< the owner wants to pick the columns of a detected layout
    bool saveMapping = true; ///< save chosen columns for the next file of this layout

    /// The format the import will use; empty while unknown.
    [[nodiscard]] QString format() const { return mapping ? mapping->format : detectedFormat; }
    /// Goes through the column-mapping step.
    [[nodiscard]] bool needsMapping() const;
    /// Will be imported: readable, with a format that finds all its required columns.
    [[nodiscard]] bool importable() const;
    [[nodiscard]] ImportOptions options() const;
};

/// The files of one run of the import wizard: reads the first rows of each in the background,
/// recognises its layout or finds the columns saved for it, keeps the owner's column choices and
/// saves them for next time. UI thread only; the reading happens on pool threads.
class ImportPlan : public QObject {
    Q_OBJECT

public:
    /// Rows read from each file for the preview; enough to judge, quick even for huge files.
    static constexpr int kPreviewRows = 20;

    /// Files still being read when the plan goes are read to the end on their thread; the results are dropped.
    explicit ImportPlan(const QString& storePath, QObject* parent = nullptr);

    [[nodiscard]] QString storePath() const { return m_storePath; }
    [[nodiscard]] const QList<WizardFile>& files() const { return m_files; }
    [[nodiscard]] const WizardFile* fileById(int id) const;
    [[nodiscard]] bool isReading() const { return !m_readers.isEmpty(); }
    /// Ids of the files that go through the column-mapping step, in list order.
    [[nodiscard]] QList<int> filesToMap() const;
    /// Ids of the files that will be imported, in list order.
    [[nodiscard]] QList<int> importableFiles() const;

    /// Adds files not in the list yet and starts reading them.
    void addFiles(const QStringList& paths);
    void removeFile(int id);
    /// Sends a recognised file through the mapping step, so the owner picks its columns.
    void chooseColumns(int id);
    /// The columns the owner chose for a file; `save` keeps them for the next file of the layout.
    void setMapping(int id, const ColumnMapping& mapping, bool save);

    /// Saves the chosen mappings marked for saving, beside the store; returns what could not be
    /// saved, for the summary.
    [[nodiscard]] QStringList saveChosenMappings();

signals:
    /// Something about the file with `id` changed (read, removed, mapped).
    void fileChanged(int id);
    /// Files were added or removed.
    void listChanged();

private:
    struct Inspection;
    /// Runs on a pool thread.
    [[nodiscard]] static Inspection inspect(const QString& storePath, const QString& path);
    [[nodiscard]] WizardFile* find(int id);
    void onRead(int id, const Inspection& inspection);

    QString m_storePath;
    QList<WizardFile> m_files;
    QList<QFutureWatcher<Inspection>*> m_readers;
    int m_nextId = 1;
};

} // namespace flywheel
