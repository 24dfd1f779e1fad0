#include "panels/merchandising/CollectionOrderView.h"

#include "StoreTask.h"
#include "panels/RowTable.h"
#include "store/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace flywheel {

namespace {
enum Column { Suggested, Current, Move, Product, Stock, Score, Why };

QString moveText(const merchandising::RankRow& row)
{
    const int move = row.currentPosition - row.suggestedPosition;
    if (move == 0)
        return QStringLiteral("–");
    return move > 0 ? QStringLiteral("▲ %1").arg(move) : QStringLiteral("▼ %1").arg(-move);
}
} // namespace

CollectionOrderView::CollectionOrderView(QWidget* parent)
    : QWidget(parent)
    , m_picker(new QComboBox)
    , m_note(new QLabel)
    , m_model(new QStandardItemModel(this))
{
    m_picker->setObjectName(QStringLiteral("merchCollection"));
    m_picker->setAccessibleName(tr("Collection"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_note->setObjectName(QStringLiteral("merchCollectionNote"));
    m_note->setWordWrap(true);
    m_model->setHorizontalHeaderLabels(
        { tr("Suggested"), tr("Now"), tr("Move"), tr("Product"), tr("Stock"), tr("Score"), tr("Why") });
    m_table = makeRowTable(m_model, Why, QStringLiteral("merchCollectionOrder"), tr("Collection order"));
    connect(m_picker, &QComboBox::currentIndexChanged, this, &CollectionOrderView::showChosen);

    auto* top = new QHBoxLayout;
    top->addWidget(m_picker);
    top->addWidget(m_note, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
}

void CollectionOrderView::setChoices(std::vector<merchandising::CollectionChoice> choices)
{
    const qint64 chosen = m_picker->currentData().toLongLong();
    m_choices = std::move(choices);
    {
        const QSignalBlocker quiet(m_picker);
        m_picker->clear();
        for (const merchandising::CollectionChoice& choice : m_choices) {
            const QString label = !choice.actionId
                ? tr("%1 (%n product(s))", nullptr, choice.products).arg(choice.title)
                : choice.actionStatus == u"accepted" ? tr("%1 — new order accepted").arg(choice.title)
                                                     : tr("%1 — reorder suggested").arg(choice.title);
            m_picker->addItem(label, qint64(choice.collectionId));
        }
        const int again = m_picker->findData(chosen);
        m_picker->setCurrentIndex(again >= 0 ? again : (m_choices.empty() ? -1 : 0));
    }
    m_picker->setEnabled(!m_choices.empty());
    showChosen();
}

bool CollectionOrderView::selectCollection(const QString& title)
{
    for (size_t i = 0; i < m_choices.size(); ++i) {
        if (m_choices[i].title == title) {
            if (m_picker->currentIndex() == int(i))
                showChosen();
            else
                m_picker->setCurrentIndex(int(i));
            return true;
        }
    }
    return false;
}

void CollectionOrderView::showChosen()
{
    const int generation = ++m_generation;
    const int index = m_picker->currentIndex();
    m_model->removeRows(0, m_model->rowCount());
    if (index < 0 || size_t(index) >= m_choices.size() || m_storePath.isEmpty()) {
        m_note->setText(m_storePath.isEmpty() ? QString()
                                              : tr("No collections ranked yet: import a collections list and press "
                                                   "Run."));
        emit orderShown();
        return;
    }
    const merchandising::CollectionChoice choice = m_choices[size_t(index)];
    m_note->setText(choice.actionId ? tr("A new order is suggested: accept it below to write it as a file.")
                                    : tr("The current order is close to the suggested one."));
    runOnStore(
        this, m_storePath,
        [id = choice.collectionId](Database& db) { return merchandising::readCollectionRanks(db, id); },
        [this, generation](const Result<std::vector<merchandising::RankRow>>& ranks) {
            if (generation != m_generation)
                return;
            if (!ranks) {
                m_note->setText(tr("Could not read the collection's order: %1").arg(ranks.error().describe()));
                emit orderShown();
                return;
            }
            const QLocale locale;
            for (const merchandising::RankRow& row : *ranks) {
                auto* why = new QStandardItem(row.explanation);
                why->setToolTip(row.explanation);
                m_model->appendRow({ figureItem(locale.toString(row.suggestedPosition)),
                    figureItem(locale.toString(row.currentPosition)), figureItem(moveText(row)),
                    new QStandardItem(row.title), new QStandardItem(merchandising::stockLabel(row.stock)),
                    figureItem(locale.toString(std::round(100 * row.score))), why });
            }
            m_table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
            emit orderShown();
        });
}

} // namespace flywheel
