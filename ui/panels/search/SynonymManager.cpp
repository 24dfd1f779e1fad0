#include "panels/search/SynonymManager.h"

#include "StoreTask.h"
#include "panels/RowTable.h"
#include "wheel/WheelPalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace flywheel {

SynonymManager::SynonymManager(QWidget* parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_words(new QLineEdit)
    , m_add(new QPushButton(tr("Add as a new group")))
    , m_save(new QPushButton(tr("Save changes")))
    , m_delete(new QPushButton(tr("Delete")))
    , m_message(new QLabel)
{
    auto* help = new QLabel(tr("Words in a group find each other's products: with “jumper, sweater”, a shopper "
                               "searching “jumper” sees your sweaters. Up to %1 synonyms a group, each up to %2 "
                               "words; a word can be in only one group.")
                                .arg(SynonymGroups::kMaxSynonymsPerGroup)
                                .arg(SynonymGroups::kMaxWordsPerSynonym));
    help->setWordWrap(true);

    m_model->setHorizontalHeaderLabels({ tr("Synonyms"), tr("From") });
    m_table = makeRowTable(m_model, 0, QStringLiteral("synonymGroups"), tr("Synonym groups"));
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });

    m_words->setObjectName(QStringLiteral("synonymWords"));
    m_words->setAccessibleName(tr("Synonyms of the group, separated by commas"));
    m_words->setPlaceholderText(tr("jumper, sweater, pullover"));
    m_add->setObjectName(QStringLiteral("synonymAdd"));
    m_save->setObjectName(QStringLiteral("synonymSave"));
    m_delete->setObjectName(QStringLiteral("synonymDelete"));
    m_message->setObjectName(QStringLiteral("synonymMessage"));
    m_message->setWordWrap(true);
    connect(m_words, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_add, &QPushButton::clicked, this, [this] { saveEditor(0); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const int group = selectedGroup(); group >= 0)
            saveEditor(m_groups[group].id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const int group = selectedGroup();
        if (group < 0)
            return;
        const std::int64_t id = m_groups[group].id;
        write([id](Database& db) { return SynonymGroups::remove(db, id); },
            tr("Deleted “%1”.").arg(m_groups[group].words.join(QStringLiteral(", "))));
    });

    auto* editRow = new QHBoxLayout;
    editRow->addWidget(m_words, 1);
    editRow->addWidget(m_add);
    editRow->addWidget(m_save);
    editRow->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addLayout(editRow);
    layout->addWidget(m_message);
    showSelected();
}

void SynonymManager::setStore(const QString& storePath)
{
    m_storePath = storePath;
    m_message->clear();
    showSelected();
}

void SynonymManager::setGroups(const QList<SynonymGroup>& groups)
{
    m_groups = groups;
    m_model->removeRows(0, m_model->rowCount());
    for (const SynonymGroup& group : m_groups) {
        const bool owner = group.origin == SynonymGroup::Origin::Owner;
        m_model->appendRow({ new QStandardItem(group.words.join(QStringLiteral(", "))),
            new QStandardItem(owner ? tr("You") : tr("Accepted suggestion")) });
    }
    showSelected();
}

int SynonymManager::selectedGroup() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_groups.size() ? current.row() : -1;
}

void SynonymManager::showSelected()
{
    const int group = selectedGroup();
    const bool owner = group >= 0 && m_groups[group].origin == SynonymGroup::Origin::Owner;
    const bool writable = !m_storePath.isEmpty() && !m_writing;
    if (group >= 0)
        m_words->setText(m_groups[group].words.join(QStringLiteral(", ")));
    m_add->setEnabled(writable);
    m_save->setEnabled(writable && owner);
    m_delete->setEnabled(writable && owner);
    if (group >= 0 && !owner)
        say(tr("You accepted this group in the action queue; reopen or dismiss it there to change it."), false);
}

void SynonymManager::saveEditor(std::int64_t id)
{
    const QStringList words = SynonymGroups::parse(m_words->text());
    QList<SynonymGroup> others;
    for (const SynonymGroup& group : m_groups) {
        if (group.origin != SynonymGroup::Origin::Owner || group.id != id)
            others.append(group);
    }
    // Checked here for an answer at once, and again by save() against what the store holds then.
    if (const QString why = SynonymGroups::problem(words, others); !why.isEmpty()) {
        say(why, true);
        return;
    }
    const QString group = words.join(QStringLiteral(", "));
    write([id, words](Database& db) { return SynonymGroups::save(db, id, words); },
        id == 0 ? tr("Added “%1”. Searches use it now.").arg(group)
                : tr("Saved “%1”. Searches use it now.").arg(group));
}

template <typename Change> void SynonymManager::write(Change change, const QString& done)
{
    if (m_storePath.isEmpty() || m_writing)
        return;
    m_writing = true;
    showSelected();
    runOnStore(
        this, m_storePath,
        [change](Database& db) -> Result<QList<SynonymGroup>> {
            if (auto ok = change(db); !ok)
                return std::unexpected(ok.error());
            return SynonymGroups::read(db);
        },
        [this, done](const Result<QList<SynonymGroup>>& groups) {
            m_writing = false;
            if (!groups) {
                say(groups.error().describe(), true);
                showSelected();
                return;
            }
            m_table->clearSelection();
            m_table->setCurrentIndex({});
            setGroups(*groups);
            m_words->clear();
            say(done, false);
            emit groupsChanged();
        });
}

void SynonymManager::say(const QString& message, bool problem)
{
    m_message->setText(message);
    QPalette colors = palette();
    if (problem)
        colors.setColor(QPalette::WindowText, WheelPalette::warning(colors));
    m_message->setPalette(colors);
}

} // namespace flywheel
