#pragma once

#include "Error.h"
#include "store/Database.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace flywheel {

/// An action the Search stage proposed for a query.
struct TriageAction {
    std::int64_t id = 0;
    QString kind;
    QString title;
    QString status;
};

/// A reported query as the Search stage diagnosed it (a search_diagnoses row) and its actions.
struct TriageQuery {
    QString query;
    int searches = 0;
    int results = 0;
    QString diagnosis; ///< ok, typo, wording, filter, out_of_stock, not_carried
    QString fix;
    QList<TriageAction> actions;
};

/// The queries of the site-search reports, most searched first, with why each fails and its fix;
/// filtered by diagnosis (those needing attention at first). Selecting one asks for it to be
/// searched; "Queue this fix" asks for its open actions to be accepted.
class SearchTriage : public QWidget {
    Q_OBJECT

public:
    explicit SearchTriage(QWidget* parent = nullptr);

    /// The Search stage's latest diagnoses and, for each, the actions of that same run.
    [[nodiscard]] static Result<QList<TriageQuery>> read(Database& db);
    void setQueries(const QList<TriageQuery>& queries);
    /// The selected query, empty when none is.
    [[nodiscard]] QString selectedText() const;
    /// "Typo", "Wording gap", ... for a diagnosis code.
    [[nodiscard]] static QString diagnosisTitle(const QString& diagnosis);

signals:
    void querySelected(const QString& query);
    void queueRequested(const QList<std::int64_t>& actionIds);

private:
    void showSelected();
    [[nodiscard]] int selectedQuery() const;
    [[nodiscard]] QList<std::int64_t> openActions(int query) const;

    QComboBox* m_filter = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_filtered = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_queueFix = nullptr;
    QList<TriageQuery> m_queries;
};

} // namespace flywheel
