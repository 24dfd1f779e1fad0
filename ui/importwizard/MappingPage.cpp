#include "MappingPage.h"

#include "ImportPlan.h"
#include "ImportWizard.h"
#include "WizardText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace flywheel {

namespace {
constexpr int kSampleChars = 32;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// The first value the column has in the sample, so the owner sees what it holds.
QString sampleValue(const FileSample& sample, size_t column)
{
    for (const auto& row : sample.rows) {
        if (column < row.size()) {
            const QString value = QString::fromStdString(row[column]).simplified();
            if (!value.isEmpty())
                return value.size() > kSampleChars ? value.left(kSampleChars - 1) + u'…' : value;
        }
    }
    return {};
}

/// How many of the format's fields the file's columns seem to fill, required ones counting most.
int suggestionScore(const Importer& importer, const std::vector<int>& columns)
{
    int score = 0;
    for (const FieldSpec& field : importer.fields())
        if (columns[static_cast<size_t>(field.id)] >= 0)
            score += field.required ? 3 : 1;
    return score;
}

void setComboData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

MappingPage::MappingPage(ImportPlan* plan, QWidget* parent)
    : QWizardPage(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("importMappingPage"));

    m_fileLabel = new QLabel;
    m_fileCombo = new QComboBox;
    m_fileCombo->setObjectName(QStringLiteral("mappingFileCombo"));
    m_fileLabel->setBuddy(m_fileCombo);
    m_formatLabel = new QLabel;
    m_formatCombo = new QComboBox;
    m_formatCombo->setObjectName(QStringLiteral("mappingFormatCombo"));
    m_formatLabel->setBuddy(m_formatCombo);
    for (const FormatEntry& entry : importFormats())
        m_formatCombo->addItem(entry.create()->title(), fromView(entry.name));

    auto* top = new QFormLayout;
    top->addRow(m_fileLabel, m_fileCombo);
    top->addRow(m_formatLabel, m_formatCombo);

    m_fields = new QWidget;
    m_fieldsLayout = new QGridLayout(m_fields);
    m_fieldsLayout->setColumnStretch(1, 1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("mappingFields"));
    scroll->setWidget(m_fields);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_decimalLabel = new QLabel;
    m_decimalCombo = new QComboBox;
    m_decimalCombo->setObjectName(QStringLiteral("mappingDecimalCombo"));
    m_decimalLabel->setBuddy(m_decimalCombo);
    m_dateLabel = new QLabel;
    m_dateCombo = new QComboBox;
    m_dateCombo->setObjectName(QStringLiteral("mappingDateCombo"));
    m_dateLabel->setBuddy(m_dateCombo);
    auto* reading = new QHBoxLayout;
    reading->addWidget(m_decimalLabel);
    reading->addWidget(m_decimalCombo);
    reading->addSpacing(16);
    reading->addWidget(m_dateLabel);
    reading->addWidget(m_dateCombo);
    reading->addStretch(1);

    m_save = new QCheckBox;
    m_save->setObjectName(QStringLiteral("saveMappingCheck"));
    m_save->setChecked(true);
    m_status = wizard::textLabel();
    m_status->setObjectName(QStringLiteral("mappingStatus"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addLayout(reading);
    layout->addWidget(m_save);
    layout->addWidget(m_status);

    connect(m_fileCombo, &QComboBox::activated, this, [this] { showFile(m_fileCombo->currentData().toInt()); });
    connect(m_formatCombo, &QComboBox::activated, this, &MappingPage::onFormatChosen);
    connect(m_decimalCombo, &QComboBox::activated, this, &MappingPage::applyChoices);
    connect(m_dateCombo, &QComboBox::activated, this, &MappingPage::applyChoices);
    connect(m_save, &QCheckBox::toggled, this, &MappingPage::applyChoices);
    retranslate();
}

void MappingPage::retranslate()
{
    setTitle(tr("Tell Flywheel which column is which"));
    setSubTitle(tr("Choose what the file holds, then the column that has each piece of information. Columns with "
                   "similar names are already chosen; check them against the examples."));
    m_fileLabel->setText(tr("&File:"));
    m_formatLabel->setText(tr("The file &holds:"));
    m_decimalLabel->setText(tr("&Numbers:"));
    m_dateLabel->setText(tr("&Dates:"));
    const auto fillCombo = [](QComboBox* combo, const QList<std::pair<QString, int>>& items) {
        const int current = std::max(0, combo->currentIndex());
        combo->clear();
        for (const auto& [text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(current);
    };
    fillCombo(m_decimalCombo,
        { { tr("Recognise automatically"), int(ColumnMapping::DecimalSeparator::Auto) },
            { tr("1,234.50 (decimal point)"), int(ColumnMapping::DecimalSeparator::Point) },
            { tr("1.234,50 (decimal comma)"), int(ColumnMapping::DecimalSeparator::Comma) } });
    fillCombo(m_dateCombo,
        { { tr("Recognise automatically"), int(ColumnMapping::DateOrder::Auto) },
            { tr("Day first (31/12/2024)"), int(ColumnMapping::DateOrder::DayMonthYear) },
            { tr("Month first (12/31/2024)"), int(ColumnMapping::DateOrder::MonthDayYear) } });
    m_save->setText(tr("&Remember these columns for the next file laid out like this one"));
    if (m_importer) {
        std::vector<int> columns;
        for (const QComboBox* combo : m_fieldCombos)
            columns.push_back(combo ? combo->currentData().toInt() : -1);
        buildFields(columns);
    }
}

void MappingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void MappingPage::initializePage()
{
    const QList<int> ids = m_plan->filesToMap();
    showFile(ids.contains(m_fileId) ? m_fileId : ids.value(0));
}

int MappingPage::nextId() const
{
    return ImportWizard::PreviewPageId;
}

bool MappingPage::isComplete() const
{
    const QList<int> ids = m_plan->filesToMap();
    return !ids.isEmpty() && std::ranges::all_of(ids, [this](int id) { return m_plan->fileById(id)->importable(); });
}

const WizardFile* MappingPage::currentFile() const
{
    return m_plan->fileById(m_fileId);
}

void MappingPage::refreshFileCombo()
{
    const QList<int> ids = m_plan->filesToMap();
    m_fileCombo->clear();
    for (int id : ids)
        m_fileCombo->addItem(wizard::fileName(*m_plan->fileById(id)), id);
    setComboData(m_fileCombo, m_fileId);
    // With one file the page is about that file; the subtitle names it instead.
    m_fileLabel->setVisible(ids.size() > 1);
    m_fileCombo->setVisible(ids.size() > 1);
}

void MappingPage::showFile(int id)
{
    m_fileId = id;
    refreshFileCombo();
    const WizardFile* file = currentFile();
    if (!file) {
        m_importer.reset();
        buildFields({});
        return;
    }
    const std::vector<std::string>& header = file->sample.header;
    std::vector<int> columns;
    if (file->mapping) {
        // Columns saved or chosen before.
        m_importer = createImporter(file->mapping->format.toStdString());
        if (m_importer)
            columns = columnsOf(*m_importer, header, *file->mapping);
    } else if (!file->detectedFormat.isEmpty()) {
        m_importer = createImporter(file->detectedFormat.toStdString());
        columns = matchFields(m_importer->fields(), header);
    }
    if (!m_importer) {
        // Nothing known: the format whose fields the column names suggest best.
        int bestScore = -1;
        for (const FormatEntry& entry : importFormats()) {
            auto candidate = entry.create();
            auto suggested = suggestColumns(candidate->fields(), header);
            if (const int score = suggestionScore(*candidate, suggested); score > bestScore) {
                bestScore = score;
                m_importer = std::move(candidate);
                columns = std::move(suggested);
            }
        }
    }
    setComboData(m_formatCombo, fromView(m_importer->name()));
    setComboData(m_decimalCombo, int(file->mapping ? file->mapping->decimal : ColumnMapping::DecimalSeparator::Auto));
    setComboData(m_dateCombo, int(file->mapping ? file->mapping->dateOrder : ColumnMapping::DateOrder::Auto));
    {
        const QSignalBlocker blocker(m_save);
        m_save->setChecked(file->saveMapping);
    }
    setSubTitle(tr("%1: choose what the file holds, then the column that has each piece of information. Columns "
                   "with similar names are already chosen; check them against the examples.")
                    .arg(wizard::fileName(*file)));
    buildFields(columns);
    applyChoices();
}

void MappingPage::onFormatChosen()
{
    const WizardFile* file = currentFile();
    if (!file)
        return;
    m_importer = createImporter(m_formatCombo->currentData().toString().toStdString());
    buildFields(suggestColumns(m_importer->fields(), file->sample.header));
    applyChoices();
}

void MappingPage::buildFields(const std::vector<int>& columnOfField)
{
    // Rebuilt whenever the file or format changes; the old rows go at once so findChild sees only these.
    while (QLayoutItem* item = m_fieldsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_fieldCombos.assign(m_importer ? m_importer->fields().size() : 0, nullptr);
    const WizardFile* file = currentFile();
    if (!m_importer || !file)
        return;

    const std::vector<std::string>& header = file->sample.header;
    int row = 0;
    auto addHeading = [&](const QString& text) {
        auto* heading = new QLabel(text);
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
        if (row > 0)
            m_fieldsLayout->setRowMinimumHeight(row++, 8);
        m_fieldsLayout->addWidget(heading, row++, 0, 1, 2);
    };
    for (const bool required : { true, false }) {
        addHeading(required ? tr("Needed") : tr("Optional"));
        for (const FieldSpec& field : m_importer->fields()) {
            if (field.required != required)
                continue;
            const QString label = fieldLabel(field);
            auto* combo = new QComboBox;
            combo->setObjectName(QStringLiteral("fieldCombo"));
            combo->setAccessibleName(label);
            combo->addItem(tr("— not in this file —"), -1);
            for (size_t column = 0; column < header.size(); ++column) {
                const QString name = QString::fromStdString(header[column]);
                const QString example = sampleValue(file->sample, column);
                combo->addItem(example.isEmpty() ? name : tr("%1 (e.g. %2)").arg(name, example), int(column));
            }
            const size_t id = static_cast<size_t>(field.id);
            setComboData(combo, id < columnOfField.size() ? columnOfField[id] : -1);
            auto* name = new QLabel(label);
            name->setBuddy(combo);
            m_fieldsLayout->addWidget(name, row, 0);
            m_fieldsLayout->addWidget(combo, row++, 1);
            m_fieldCombos[id] = combo;
            connect(combo, &QComboBox::activated, this, [this, id = field.id] { onFieldChosen(id); });
        }
    }
    m_fieldsLayout->setRowStretch(row, 1);
}

QComboBox* MappingPage::fieldCombo(const QString& label) const
{
    for (QComboBox* combo : m_fieldCombos)
        if (combo && combo->accessibleName() == label)
            return combo;
    return nullptr;
}

void MappingPage::onFieldChosen(int fieldId)
{
    // A column is one piece of information: choosing it here takes it from the field that had it.
    const int column = m_fieldCombos[static_cast<size_t>(fieldId)]->currentData().toInt();
    if (column >= 0) {
        for (size_t other = 0; other < m_fieldCombos.size(); ++other)
            if (QComboBox* combo = m_fieldCombos[other];
                combo && int(other) != fieldId && combo->currentData().toInt() == column)
                combo->setCurrentIndex(0);
    }
    applyChoices();
}

void MappingPage::applyChoices()
{
    const WizardFile* file = currentFile();
    if (!file || !m_importer)
        return;
    std::vector<int> columns;
    for (const QComboBox* combo : m_fieldCombos)
        columns.push_back(combo ? combo->currentData().toInt() : -1);
    ColumnMapping mapping = mappingFor(*m_importer, file->sample.header, columns);
    mapping.decimal = static_cast<ColumnMapping::DecimalSeparator>(m_decimalCombo->currentData().toInt());
    mapping.dateOrder = static_cast<ColumnMapping::DateOrder>(m_dateCombo->currentData().toInt());
    m_plan->setMapping(m_fileId, mapping, m_save->isChecked());

    const QStringList missing = previewAs(*m_importer, file->sample, &mapping).missingRequired;
    m_status->setText(missing.isEmpty() ? tr("Every needed column is chosen.")
                                        : tr("Still needed: %1. If this file is not an export from your shop, go "
                                             "back and remove it.")
                                              .arg(missing.join(QStringLiteral(", "))));
    emit completeChanged();
}

} // namespace flywheel
