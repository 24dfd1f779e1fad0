#include "panels/search/SearchTriage.h"

#include "panels/RowTable.h"
#include "queue/ActionQueueModel.h"
#include "wheel/WheelPalette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace flywheel {

namespace {
/// The diagnosis code of a row, on its diagnosis cell; the filter matches it.
constexpr int kDiagnosisRole = Qt::UserRole + 1;
/// Index of the row's query in m_queries, on its first cell: the filter reorders nothing but hides rows.
constexpr int kQueryRole = Qt::UserRole + 2;
enum Column { QueryColumn, SearchesColumn, DiagnosisColumn, FixColumn, ResultsColumn, ActionColumn };

const QStringList& diagnosisCodes()
{
    static const QStringList codes { QStringLiteral("typo"), QStringLiteral("wording"), QStringLiteral("filter"),
        QStringLiteral("out_of_stock"), QStringLiteral("not_carried"), QStringLiteral("ok") };
    return codes;
}

QString diagnosisMeaning(const QString& diagnosis)
{
    if (diagnosis == u"typo")
        return SearchTriage::tr("Shoppers misspell a word your catalog has.");
    if (diagnosis == u"wording")
        return SearchTriage::tr("Shoppers use a word your catalog does not.");
    if (diagnosis == u"filter")
        return SearchTriage::tr("A colour, size or price in the query rules out every match.");
    if (diagnosis == u"out_of_stock")
        return SearchTriage::tr("It finds only products that are out of stock.");
    if (diagnosis == u"not_carried")
        return SearchTriage::tr("Nothing in your catalog is what these shoppers look for.");
    return SearchTriage::tr("It finds products shoppers can buy.");
}

/// What the filter's entry `index` shows: those needing attention, all, then one diagnosis each.
QString filterTitle(int index)
{
    if (index == 0)
        return SearchTriage::tr("Needing attention");
    if (index == 1)
        return SearchTriage::tr("All searches");
    return SearchTriage::diagnosisTitle(diagnosisCodes().value(index - 2));
}

bool isOpen(const TriageAction& action)
{
    return action.status == u"new" || action.status == u"dismissed";
}
} // namespace

SearchTriage::SearchTriage(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QComboBox)
    , m_model(new QStandardItemModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_detail(new QLabel)
    , m_queueFix(new QPushButton(tr("Queue this fix")))
{
    m_filter->setObjectName(QStringLiteral("searchTriageFilter"));
    m_filter->setAccessibleName(tr("Show searches"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the counts change with every run
    const QString failing = diagnosisCodes().mid(0, diagnosisCodes().size() - 1).join(u'|');
    m_filter->addItem(filterTitle(0), failing);
    m_filter->addItem(filterTitle(1), diagnosisCodes().join(u'|'));
    for (qsizetype i = 0; i < diagnosisCodes().size(); ++i)
        m_filter->addItem(filterTitle(int(i) + 2), diagnosisCodes()[i]);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_filtered->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^(%1)$").arg(m_filter->currentData().toString())));
        showSelected();
    });

    m_model->setHorizontalHeaderLabels(
        { tr("Query"), tr("Searches"), tr("Diagnosis"), tr("Fix"), tr("Results"), tr("Action") });
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterKeyColumn(DiagnosisColumn);
    m_filtered->setFilterRole(kDiagnosisRole);
    m_filtered->setFilterRegularExpression(QRegularExpression(QStringLiteral("^(%1)$").arg(failing)));
    m_table = makeRowTable(m_filtered, FixColumn, QStringLiteral("searchTriage"), tr("Reported searches"));
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelected();
        if (const int query = selectedQuery(); query >= 0)
            emit querySelected(m_queries[query].query);
    });

    m_detail->setObjectName(QStringLiteral("searchTriageDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_queueFix->setObjectName(QStringLiteral("searchQueueFix"));
    m_queueFix->setEnabled(false);
    connect(m_queueFix, &QPushButton::clicked, this, [this] {
        if (const QList<std::int64_t> ids = openActions(selectedQuery()); !ids.isEmpty()) {
            m_queueFix->setEnabled(false);
            emit queueRequested(ids);
        }
    });

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:")));
    filterRow->addWidget(m_filter);
    filterRow->addStretch();
    auto* detailRow = new QHBoxLayout;
    detailRow->addWidget(m_detail, 1);
    detailRow->addWidget(m_queueFix, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(detailRow);
}

QString SearchTriage::diagnosisTitle(const QString& diagnosis)
{
    if (diagnosis == u"typo")
        return tr("Typo");
    if (diagnosis == u"wording")
        return tr("Wording gap");
    if (diagnosis == u"filter")
        return tr("Filter");
    if (diagnosis == u"out_of_stock")
        return tr("Out of stock");
    if (diagnosis == u"not_carried")
        return tr("Not carried");
    return tr("OK");
}

Result<QList<TriageQuery>> SearchTriage::read(Database& db)
{
    // An action's evidence names the diagnosis row it came from; rows are renumbered on every run, so
    // only actions of the diagnoses' own run are theirs.
    auto actions = db.prepare(
        "SELECT d.id, r.id, r.kind, r.title, r.status FROM recommendations r, json_each(r.evidence) e "
        "JOIN search_diagnoses d ON d.id = json_extract(e.value, '$.id') AND d.run_id = r.run_id "
        "WHERE r.stage = 'search' AND json_extract(e.value, '$.signal') = 'search_diagnoses' ORDER BY r.id");
    if (!actions)
        return std::unexpected(actions.error());
    QHash<std::int64_t, QList<TriageAction>> byDiagnosis;
    auto readActions = actions->forEachRow([&](Statement& row) {
        byDiagnosis[row.int64(0)].append({ row.int64(1), row.text(2), row.text(3), row.text(4) });
    });
    if (!readActions)
        return std::unexpected(readActions.error());

    auto select = db.prepare("SELECT id, query, searches, results, diagnosis, coalesce(fix, '') FROM search_diagnoses "
                             "ORDER BY searches DESC, query");
    if (!select)
        return std::unexpected(select.error());
    QList<TriageQuery> queries;
    auto read = select->forEachRow([&](Statement& row) {
        queries.append({ row.text(1), int(row.int64(2)), int(row.int64(3)), row.text(4), row.text(5),
            byDiagnosis.value(row.int64(0)) });
    });
    if (!read)
        return std::unexpected(read.error());
    return queries;
}

QString SearchTriage::selectedText() const
{
    const int query = selectedQuery();
    return query >= 0 ? m_queries[query].query : QString();
}

void SearchTriage::setQueries(const QList<TriageQuery>& queries)
{
    const QString selected = selectedText();
    m_queries = queries;
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (qsizetype i = 0; i < m_queries.size(); ++i) {
        const TriageQuery& q = m_queries[i];
        QStringList states;
        for (const TriageAction& action : q.actions)
            states << ActionQueueModel::statusTitle(action.status);
        QList<QStandardItem*> row { new QStandardItem(q.query), figureItem(locale.toString(q.searches)),
            new QStandardItem(diagnosisTitle(q.diagnosis)), new QStandardItem(q.fix),
            figureItem(locale.toString(q.results)), new QStandardItem(states.join(QStringLiteral(", "))) };
        row[QueryColumn]->setData(int(i), kQueryRole);
        row[DiagnosisColumn]->setData(q.diagnosis, kDiagnosisRole);
        row[DiagnosisColumn]->setToolTip(diagnosisMeaning(q.diagnosis));
        row[FixColumn]->setToolTip(q.fix);
        // No search setting fixes these: what the owner can do instead.
        if (q.fix.isEmpty() && q.diagnosis == u"not_carried") {
            row[FixColumn]->setText(tr("Stock it, or point shoppers to something close"));
            row[FixColumn]->setForeground(WheelPalette::mutedText(m_table->palette()));
        }
        m_model->appendRow(row);
    }
    for (int entry = 0; entry < m_filter->count(); ++entry) {
        const QStringList codes = m_filter->itemData(entry).toString().split(u'|');
        const auto count = std::count_if(
            m_queries.begin(), m_queries.end(), [&codes](const TriageQuery& q) { return codes.contains(q.diagnosis); });
        m_filter->setItemText(entry, tr("%1 (%2)").arg(filterTitle(entry)).arg(count));
    }
    // Keep the owner's place across a reload (after queueing a fix, or a run).
    int keep = 0;
    for (int row = 0; row < m_filtered->rowCount(); ++row) {
        if (m_filtered->index(row, QueryColumn).data().toString() == selected)
            keep = row;
    }
    if (m_filtered->rowCount() > 0) {
        const QSignalBlocker quiet(m_table->selectionModel());
        m_table->selectRow(keep);
    }
    showSelected();
}

int SearchTriage::selectedQuery() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return -1;
    const int query = m_filtered->index(current.row(), QueryColumn).data(kQueryRole).toInt();
    return query < m_queries.size() ? query : -1;
}

QList<std::int64_t> SearchTriage::openActions(int query) const
{
    QList<std::int64_t> ids;
    if (query < 0)
        return ids;
    for (const TriageAction& action : m_queries[query].actions) {
        if (isOpen(action))
            ids.append(action.id);
    }
    return ids;
}

void SearchTriage::showSelected()
{
    const int query = selectedQuery();
    if (query < 0) {
        m_detail->setText(m_queries.isEmpty() ? tr("No searches diagnosed yet.")
                                              : tr("Select a search to try it above and see its fix."));
        m_queueFix->setEnabled(false);
        return;
    }
    const TriageQuery& q = m_queries[query];
    QString html = tr("<b>%1</b>: %2 %3, %4.")
                       .arg(q.query.toHtmlEscaped(), diagnosisMeaning(q.diagnosis).toHtmlEscaped(),
                           tr("%n search(es)", nullptr, q.searches), tr("%n result(s) as typed", nullptr, q.results));
    if (!q.fix.isEmpty())
        html += QStringLiteral(" ") + tr("Fix: %1.").arg(q.fix.toHtmlEscaped());
    for (const TriageAction& action : q.actions) {
        html += QStringLiteral("<br>• %1 (%2)")
                    .arg(action.title.toHtmlEscaped(), ActionQueueModel::statusTitle(action.status).toHtmlEscaped());
    }
    m_detail->setText(html);
    const qsizetype open = openActions(query).size();
    m_queueFix->setText(open > 1 ? tr("Queue these %n fixes", nullptr, int(open)) : tr("Queue this fix"));
    m_queueFix->setEnabled(open > 0);
}

} // namespace flywheel
