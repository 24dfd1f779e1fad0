#include "panels/merchandising/MerchActionList.h"

#include "Dialogs.h"
#include "PushFolder.h"
#include "StoreTask.h"
#include "panels/RowTable.h"
#include "shell/Formatting.h"
#include "stages/merchandising/MerchandisingPush.h"
#include "store/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace flywheel {

MerchActionList::MerchActionList(QWidget* parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_detail(new QLabel)
    , m_total(new QLabel)
    , m_accept(new QPushButton(tr("Accept")))
    , m_acceptAll(new QPushButton(tr("Accept all")))
    , m_dismiss(new QPushButton(tr("Dismiss")))
    , m_write(new QPushButton(tr("Write files")))
{
    m_model->setHorizontalHeaderLabels({ tr("Action"), tr("Kind"), tr("How sure"), tr("Status") });
    m_table = makeRowTable(m_model, 0, QStringLiteral("merchActions"), tr("Merchandising actions"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_detail->setObjectName(QStringLiteral("merchActionDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_total->setObjectName(QStringLiteral("merchActionTotal"));
    m_accept->setObjectName(QStringLiteral("merchAccept"));
    m_acceptAll->setObjectName(QStringLiteral("merchAcceptAll"));
    m_dismiss->setObjectName(QStringLiteral("merchDismiss"));
    m_write->setObjectName(QStringLiteral("merchWriteFiles"));
    m_write->setToolTip(tr("Writes the accepted collection orders (generic and Matrixify CSV) and a product file "
                           "tagging the featured products “trending”"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_detail->setText(current.isValid() && current.row() < m_actions.size()
                ? m_actions[current.row()].detail + u' ' + m_actions[current.row()].expectedEffect
                : QString());
        updateButtons();
    });
    connect(
        m_accept, &QPushButton::clicked, this, [this] { setStatus(selectedActions(), QStringLiteral("accepted")); });
    connect(
        m_dismiss, &QPushButton::clicked, this, [this] { setStatus(selectedActions(), QStringLiteral("dismissed")); });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] {
        std::vector<std::int64_t> open;
        for (const Recommendation& action : m_actions)
            if (action.status == u"new")
                open.push_back(action.id);
        setStatus(open, QStringLiteral("accepted"));
    });
    connect(m_write, &QPushButton::clicked, this, &MerchActionList::writeFiles);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_total, 1);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_acceptAll);
    buttons->addWidget(m_write);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    updateButtons();
}

void MerchActionList::setActions(const QList<Recommendation>& actions)
{
    m_actions.clear();
    for (const Recommendation& action : actions)
        if (action.status == u"new" || action.status == u"accepted")
            m_actions.append(action);
    // Collection orders first, then features; the surest first within each.
    std::stable_sort(m_actions.begin(), m_actions.end(), [](const Recommendation& a, const Recommendation& b) {
        if (a.kind != b.kind)
            return a.kind == u"collection-order";
        return a.confidence.value_or(0) > b.confidence.value_or(0);
    });
    m_model->removeRows(0, m_model->rowCount());
    int accepted = 0;
    for (const Recommendation& action : m_actions) {
        auto* title = new QStandardItem(action.title);
        title->setToolTip(action.detail);
        m_model->appendRow(
            { title, new QStandardItem(action.kind == u"collection-order" ? tr("Collection order") : tr("Feature")),
                figureItem(action.confidence ? Formatting::share(*action.confidence) : QString()),
                new QStandardItem(action.status == u"accepted" ? tr("Accepted") : tr("Open")) });
        accepted += action.status == u"accepted" ? 1 : 0;
    }
    m_table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    m_detail->clear();
    m_total->setText(tr("%n action(s) proposed, %1 accepted", nullptr, int(m_actions.size())).arg(accepted));
    updateButtons();
}

std::vector<std::int64_t> MerchActionList::selectedActions() const
{
    std::set<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    std::vector<std::int64_t> actions;
    for (const int row : rows)
        if (row >= 0 && row < m_actions.size())
            actions.push_back(m_actions[row].id);
    return actions;
}

void MerchActionList::updateButtons()
{
    const bool store = !m_storePath.isEmpty();
    const bool selected = m_table->selectionModel()->hasSelection();
    const bool anyOpen
        = std::any_of(m_actions.begin(), m_actions.end(), [](const Recommendation& a) { return a.status == u"new"; });
    const bool anyAccepted = std::any_of(
        m_actions.begin(), m_actions.end(), [](const Recommendation& a) { return a.status == u"accepted"; });
    m_accept->setEnabled(store && selected);
    m_dismiss->setEnabled(store && selected);
    m_acceptAll->setEnabled(store && anyOpen);
    m_write->setEnabled(store && anyAccepted);
}

void MerchActionList::setStatus(const std::vector<std::int64_t>& actions, const QString& status)
{
    if (actions.empty() || m_storePath.isEmpty())
        return;
    for (QPushButton* button : { m_accept, m_acceptAll, m_dismiss, m_write })
        button->setEnabled(false);
    runOnStore(
        this, m_storePath,
        [actions, status](Database& db) { return RecommendationQueue(db).setStatus(actions, status); },
        [this](const Result<void>& done) {
            if (!done)
                Dialogs::critical(this, tr("Merchandising actions"), done.error().describe());
            emit changed();
        });
}

void MerchActionList::writeFiles()
{
    if (m_storePath.isEmpty())
        return;
    m_write->setEnabled(false);
    pushAndReport(this, m_storePath, tr("Write files"),
        tr("Import the matrixify-custom-collections file with Matrixify, or set each collection's order from its "
           "collection-order file; import the product file in your store's admin to tag the featured products. "
           "Your next exports show what the new order sold."),
        merchandising::pushMerchandising, [this](const QString& message) {
            emit pushed(message);
            emit changed();
        });
}

} // namespace flywheel
