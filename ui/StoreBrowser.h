#pragma once

#include "StoreCatalog.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QTableView;

namespace flywheel {

class SqlTableModel;

/// Browses one store: its tables on the left, each with its row count, and the selected table's
/// rows on the right with a text filter. Everything is read in the background with connections
/// of its own, so a store of millions of rows opens at once and counts as it goes.
class StoreBrowser : public QWidget {
    Q_OBJECT

public:
    explicit StoreBrowser(QWidget* parent = nullptr);
    ~StoreBrowser() override;

    /// Shows the store at `storePath`; empty shows nothing.
    void setStore(const QString& storePath);
    /// Reads the store again (after an import, say): recounts every table and re-reads the one
    /// shown, keeping it selected. Emits loaded() again when done.
    void refresh();
    [[nodiscard]] QString storePath() const { return m_storePath; }
    /// The name (in the store) of the table shown, empty when none is.
    [[nodiscard]] QString currentTable() const;
    /// Shows `table`; false when the store has no such table (or its list is not read yet).
    bool selectTable(const QString& table);

    [[nodiscard]] SqlTableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }

signals:
    /// `table` shows its first rows (or is known to be empty).
    void tableShown(const QString& table);
    /// Every table is counted and the selected one is shown: the browser has nothing left to read.
    void loaded();
    /// Reading the store failed; `message` is for the owner.
    void errorOccurred(const QString& message);

private:
    void stopReading();
    void onCatalogResults(int begin, int end);
    void onCatalogFinished();
    void onCurrentTableChanged();
    void onModelReady();
    void applyFilter();
    void updateCountLabel();
    void arrangeColumns();
    void emitLoadedWhenDone();
    /// Every table is counted and has no rows.
    [[nodiscard]] bool storeIsEmpty() const;
    [[nodiscard]] QListWidgetItem* itemForTable(const QString& table) const;

    SqlTableModel* m_model = nullptr;
    QListWidget* m_tables = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_count = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_viewStack = nullptr;
    QTimer m_filterDelay;
    QFutureWatcher<CatalogEntry> m_catalog;

    QString m_storePath;
    bool m_catalogDone = false;
    bool m_tableReady = false;
    bool m_loadedEmitted = false;
    bool m_columnsFitted = false;
};

} // namespace flywheel
