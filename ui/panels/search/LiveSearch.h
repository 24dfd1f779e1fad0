#pragma once

#include "search/Engine.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QStandardItemModel;
class QTableView;

namespace flywheel {

/// The store's own search, tried as a shopper would: results appear as the owner types, with how
/// the query was understood and, for the selected result, where its score came from. Searches run
/// on a worker thread; the engine is shared read-only with them.
class LiveSearch : public QWidget {
    Q_OBJECT

public:
    explicit LiveSearch(QWidget* parent = nullptr);

    /// Searches with `engine` from now on (null = no store), and searches the box's text again.
    void setEngine(std::shared_ptr<const search::Engine> engine, const QString& currency);
    [[nodiscard]] std::shared_ptr<const search::Engine> engine() const { return m_engine; }
    /// Puts `query` in the box and searches it at once.
    void search(const QString& query);
    /// What the box holds.
    [[nodiscard]] QString query() const;

signals:
    /// The results for the box's text are shown (used by tests and screenshots).
    void searched();

private:
    void startSearch();
    void showResult(const search::SearchResult& result);
    void showExplanation();

    QLineEdit* m_box = nullptr;
    QLabel* m_understood = nullptr;
    QTableView* m_results = nullptr;
    QStandardItemModel* m_resultModel = nullptr;
    QLabel* m_explained = nullptr;
    QListWidget* m_explanation = nullptr;
    QTimer m_debounce;
    std::shared_ptr<const search::Engine> m_engine;
    QString m_currency;
    std::shared_ptr<const search::SearchResult> m_result;
    int m_generation = 0;
};

} // namespace flywheel
