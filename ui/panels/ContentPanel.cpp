#include "panels/ContentPanel.h"

#include "ChartTheme.h"
#include "Dialogs.h"
#include "StoreTask.h"
#include "flywheel/Recommendation.h"
#include "panels/RowTable.h"
#include "queue/EvidenceText.h"
#include "shell/Formatting.h"
#include "stages/content/ContentPush.h"
#include "stages/content/ContentQueries.h"
#include "stages/shared/ProductAttributes.h"
#include "store/StoreSettings.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace flywheel {

namespace {
/// Groups in the chart: those with the most pages to complete, where the work is.
constexpr int kChartedGroups = 8;
constexpr int kNamedProducts = 3;

QString kindTitle(const QString& kind)
{
    if (kind == QStringLiteral("add-answer"))
        return ContentPanel::tr("Answer a question");
    if (kind == QStringLiteral("add-tag"))
        return ContentPanel::tr("Add a tag");
    return ContentPanel::tr("Add an attribute");
}

QString statusTitle(const QString& status)
{
    if (status == QStringLiteral("accepted"))
        return ContentPanel::tr("Accepted");
    if (status == QStringLiteral("dismissed"))
        return ContentPanel::tr("Dismissed");
    if (status == QStringLiteral("pushed"))
        return ContentPanel::tr("In a product file");
    if (status == QStringLiteral("measured"))
        return ContentPanel::tr("Measured");
    return ContentPanel::tr("Open");
}

QString productNames(const QStringList& products)
{
    QString names = products.mid(0, kNamedProducts).join(QStringLiteral(", "));
    if (products.size() > kNamedProducts)
        names = ContentPanel::tr("%1 and %n more", nullptr, static_cast<int>(products.size() - kNamedProducts))
                    .arg(names);
    return names;
}

} // namespace

struct ContentPanel::Contents {
    QList<content::CompletenessGroup> byType;
    QList<content::CompletenessGroup> byCollection;
    QList<content::SuggestionReading> suggestions;
    QString currency;
    int products = 0;
    double averageScore = 0;
};

ContentPanel::ContentPanel(QWidget* parent)
    : StagePanel(parent)
    , m_summary(new QLabel)
    , m_grouping(new QComboBox)
    , m_chart(new QChartView)
    , m_groupModel(new QStandardItemModel(this))
    , m_suggestionModel(new QStandardItemModel(this))
    , m_why(new QTextBrowser)
    , m_text(new QPlainTextEdit)
    , m_accept(new QPushButton(tr("Accept")))
    , m_save(new QPushButton(tr("Save text")))
    , m_dismiss(new QPushButton(tr("Dismiss")))
    , m_write(new QPushButton(tr("Write product file…")))
{
    setObjectName(QStringLiteral("stagePanel_content"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("contentSummary"));

    m_grouping->addItems({ tr("By product type"), tr("By collection") });
    m_grouping->setObjectName(QStringLiteral("contentGrouping"));
    m_grouping->setAccessibleName(tr("Group completeness"));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] { showGroups(); });
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_chart->setAccessibleName(tr("Completeness of the least complete groups"));
    m_groupModel->setHorizontalHeaderLabels(
        { tr("Product type"), tr("Complete"), tr("Products"), tr("Incomplete"), tr("Most often missing") });
    m_groups = makeRowTable(m_groupModel, 0, QStringLiteral("contentGroups"), tr("Completeness per group"));

    m_suggestionModel->setHorizontalHeaderLabels(
        { tr("Edit"), tr("Product"), tr("About"), tr("Revenue at risk"), tr("Confidence"), tr("Status") });
    m_suggestions = makeRowTable(m_suggestionModel, 1, QStringLiteral("contentSuggestions"), tr("Suggested edits"));
    connect(m_suggestions->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });
    m_why->setObjectName(QStringLiteral("contentWhy"));
    m_why->setAccessibleName(tr("Why this edit is suggested"));
    m_why->setOpenLinks(false);
    m_text->setObjectName(QStringLiteral("contentText"));
    m_text->setAccessibleName(tr("Text to add"));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4);
    m_accept->setObjectName(QStringLiteral("contentAccept"));
    m_save->setObjectName(QStringLiteral("contentSave"));
    m_dismiss->setObjectName(QStringLiteral("contentDismiss"));
    m_write->setObjectName(QStringLiteral("contentWriteFile"));
    m_write->setToolTip(tr("Writes the accepted edits as a product CSV your store imports"));
    connect(m_accept, &QPushButton::clicked, this, [this] {
        changeSelected([text = m_text->toPlainText()](
                           Database& db, std::int64_t id) { return content::acceptSuggestion(db, id, text); });
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        changeSelected([text = m_text->toPlainText()](
                           Database& db, std::int64_t id) { return content::saveSuggestionText(db, id, text); });
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        changeSelected([](Database& db, std::int64_t id) {
            return RecommendationQueue(db).setStatus(id, QStringLiteral("dismissed"));
        });
    });
    connect(m_write, &QPushButton::clicked, this, &ContentPanel::writeProductFile);

    auto* groupHeader = new QHBoxLayout;
    groupHeader->addWidget(heading(tr("How complete product pages are")));
    groupHeader->addStretch();
    groupHeader->addWidget(m_grouping);
    auto* groupSplit = new QSplitter(Qt::Horizontal);
    groupSplit->addWidget(m_chart);
    groupSplit->addWidget(m_groups);
    groupSplit->setStretchFactor(0, 1);
    groupSplit->setStretchFactor(1, 2);
    groupSplit->setChildrenCollapsible(false);
    auto* groupBox = new QWidget;
    auto* groupLayout = new QVBoxLayout(groupBox);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    groupLayout->addLayout(groupHeader);
    groupLayout->addWidget(groupSplit, 1);

    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_why, 1);
    detailLayout->addWidget(new QLabel(tr("Text to add (edit it before you accept):")));
    detailLayout->addWidget(m_text);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_accept);
    detailLayout->addLayout(buttons);
    auto* suggestionSplit = new QSplitter(Qt::Horizontal);
    suggestionSplit->addWidget(m_suggestions);
    suggestionSplit->addWidget(detail);
    suggestionSplit->setStretchFactor(0, 3);
    suggestionSplit->setStretchFactor(1, 2);
    suggestionSplit->setChildrenCollapsible(false);
    auto* writeRow = new QHBoxLayout;
    writeRow->addStretch();
    writeRow->addWidget(m_write);
    auto* suggestionBox = new QWidget;
    auto* suggestionLayout = new QVBoxLayout(suggestionBox);
    suggestionLayout->setContentsMargins(0, 0, 0, 0);
    suggestionLayout->addWidget(heading(tr("Suggested edits: answers to what customers ask first")));
    suggestionLayout->addWidget(suggestionSplit, 1);
    suggestionLayout->addLayout(writeRow);

    auto* sections = new QSplitter(Qt::Vertical);
    sections->addWidget(groupBox);
    sections->addWidget(suggestionBox);
    sections->setStretchFactor(0, 2);
    sections->setStretchFactor(1, 3);
    sections->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(heading(tr("Content"), 1.6));
    layout->addWidget(m_summary);
    layout->addWidget(sections, 1);
    showContents();
}

ContentPanel::~ContentPanel() = default;

void ContentPanel::showStore(const QString& storePath)
{
    m_storePath = storePath;
    if (storePath.isEmpty()) {
        forgetReads();
        m_contents.reset();
        showContents();
        return;
    }
    readStore(
        storePath, &ContentPanel::read,
        [this](const Contents& contents) {
            m_contents = std::make_shared<const Contents>(contents);
            showContents();
            emit loaded();
        },
        [this](const QString& reason) {
            m_summary->setText(tr("Could not read the Content results: %1").arg(reason));
            emit loaded();
        });
}

Result<ContentPanel::Contents> ContentPanel::read(Database& db)
{
    Contents contents;
    auto byType = content::readCompletenessByType(db);
    if (!byType)
        return std::unexpected(byType.error());
    contents.byType = std::move(*byType);
    auto byCollection = content::readCompletenessByCollection(db);
    if (!byCollection)
        return std::unexpected(byCollection.error());
    contents.byCollection = std::move(*byCollection);
    auto suggestions = content::readSuggestions(db);
    if (!suggestions)
        return std::unexpected(suggestions.error());
    contents.suggestions = std::move(*suggestions);
    contents.currency = StoreSettings(db).currency();
    for (const content::CompletenessGroup& group : contents.byType) {
        contents.products += group.products;
        contents.averageScore += group.averageScore * group.products;
    }
    if (contents.products > 0)
        contents.averageScore /= contents.products;
    return contents;
}

void ContentPanel::showContents()
{
    if (!m_contents || m_contents->products == 0) {
        m_summary->setText(tr("No product pages read yet. Import your products export (Shopify or WooCommerce), "
                              "then press Run."));
    } else {
        const auto answers = std::count_if(m_contents->suggestions.begin(), m_contents->suggestions.end(),
            [](const content::SuggestionReading& s) { return s.kind == QStringLiteral("add-answer"); });
        m_summary->setText(
            tr("%1 product pages read; on average they state %2% of what pages like them state. %3 edits suggested, "
               "%4 of them answers to questions customers keep asking.")
                .arg(QLocale().toString(m_contents->products))
                .arg(std::lround(m_contents->averageScore * 100))
                .arg(m_contents->suggestions.size())
                .arg(answers));
    }
    showGroups();
    showSuggestions();
}

void ContentPanel::showGroups()
{
    m_groupModel->removeRows(0, m_groupModel->rowCount());
    m_groupModel->setHeaderData(
        0, Qt::Horizontal, m_grouping->currentIndex() == 0 ? tr("Product type") : tr("Collection"));
    if (m_contents) {
        const auto& groups = m_grouping->currentIndex() == 0 ? m_contents->byType : m_contents->byCollection;
        for (const content::CompletenessGroup& group : groups) {
            m_groupModel->appendRow({ new QStandardItem(group.name.isEmpty() ? tr("No product type") : group.name),
                figureItem(Formatting::share(group.averageScore)),
                figureItem(QLocale().toString(group.products)), figureItem(QLocale().toString(group.incomplete)),
                new QStandardItem(group.commonestMissing.join(QStringLiteral(", "))) });
        }
    }
    m_groups->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    showChart();
}

void ContentPanel::showChart()
{
    auto* chart = new QChart;
    auto* series = new QHorizontalBarSeries;
    auto* complete = new QBarSet(tr("Complete (%)"));
    QStringList names;
    if (m_contents) {
        const auto& groups = m_grouping->currentIndex() == 0 ? m_contents->byType : m_contents->byCollection;
        // The first group at the top: a horizontal chart draws its first category at the bottom.
        for (qsizetype i = std::min<qsizetype>(groups.size(), kChartedGroups) - 1; i >= 0; --i) {
            complete->append(groups[i].averageScore * 100);
            names << (groups[i].name.isEmpty() ? tr("No product type") : groups[i].name);
        }
    }
    series->append(complete);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTruncateLabels(false); // a product type is short; an elided one says nothing
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(percent);
    chart->legend()->hide();
    applyChartTheme(chart, palette());
    complete->setColor(QColor(0x2b, 0x74, 0xd0));
    QChart* previous = m_chart->chart();
    m_chart->setChart(chart);
    delete previous;
}

void ContentPanel::showSuggestions()
{
    const int keep = selectedRow();
    m_suggestionModel->removeRows(0, m_suggestionModel->rowCount());
    bool accepted = false;
    if (m_contents) {
        for (const content::SuggestionReading& s : m_contents->suggestions) {
            m_suggestionModel->appendRow({ new QStandardItem(kindTitle(s.kind)),
                new QStandardItem(productNames(s.products)), new QStandardItem(attributes::title(s.attribute)),
                figureItem(
                    s.revenueAtRiskMinor ? Formatting::money(*s.revenueAtRiskMinor, m_contents->currency) : QString()),
                figureItem(s.confidence ? Formatting::share(*s.confidence) : QString()),
                new QStandardItem(statusTitle(s.status)) });
            accepted = accepted || s.status == QStringLiteral("accepted");
        }
    }
    m_suggestions->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    m_write->setEnabled(accepted && !m_storePath.isEmpty());
    if (m_suggestionModel->rowCount() > 0)
        m_suggestions->selectRow(std::clamp(keep, 0, m_suggestionModel->rowCount() - 1));
    showSelected();
}

int ContentPanel::selectedRow() const
{
    const QModelIndex current = m_suggestions->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ContentPanel::showSelected()
{
    const int row = selectedRow();
    const bool valid = m_contents && row >= 0 && row < m_contents->suggestions.size();
    if (!valid) {
        m_why->setHtml(tr("<p>Select a suggested edit to see why it is suggested and the text to add.</p>"));
        m_text->clear();
    } else {
        const content::SuggestionReading& s = m_contents->suggestions[row];
        m_why->setHtml(QStringLiteral("<p><b>%1</b></p><p>%2</p><p><b>%3</b></p>%4")
                           .arg(s.title.toHtmlEscaped(), s.detail.toHtmlEscaped(), tr("Evidence").toHtmlEscaped(),
                               evidenceHtml(s.evidence)));
        m_text->setPlainText(s.text());
    }
    const QString status = valid ? m_contents->suggestions[row].status : QString();
    const bool open = status == QStringLiteral("new") || status == QStringLiteral("dismissed");
    const bool changeable = open || status == QStringLiteral("accepted");
    m_text->setReadOnly(!changeable);
    m_accept->setEnabled(open);
    m_save->setEnabled(changeable);
    m_dismiss->setEnabled(status == QStringLiteral("new") || status == QStringLiteral("accepted"));
}

template <typename Change> void ContentPanel::changeSelected(Change change)
{
    const int row = selectedRow();
    if (!m_contents || row < 0 || row >= m_contents->suggestions.size() || m_storePath.isEmpty())
        return;
    const std::int64_t id = m_contents->suggestions[row].actionId;
    for (QPushButton* button : { m_accept, m_save, m_dismiss })
        button->setEnabled(false);
    runOnStore(
        this, m_storePath, [change, id](Database& db) -> Result<void> { return change(db, id); },
        [this](const Result<void>& done) {
            if (!done) {
                showSelected();
                m_why->append(QStringLiteral("<p><b>%1</b></p>").arg(done.error().describe().toHtmlEscaped()));
                return;
            }
            emit actionsChanged();
            showStore(m_storePath);
        });
}

void ContentPanel::writeProductFile()
{
    const QString chosen = Dialogs::saveFileName(this, tr("Write product file"),
        QDir::home().filePath(QStringLiteral("content-products.csv")), tr("CSV files (*.csv)"));
    if (chosen.isEmpty() || m_storePath.isEmpty())
        return;
    const QFileInfo file(chosen);
    m_write->setEnabled(false);
    runOnStore(
        this, m_storePath,
        [dir = file.absolutePath(), base = file.completeBaseName()](
            Database& db) { return content::pushContent(db, dir, base); },
        [this](const Result<PushReport>& report) {
            QString message;
            if (!report) {
                message = report.error().describe();
                Dialogs::critical(this, tr("Write product file"), message);
            } else {
                QStringList lines;
                for (const QString& path : report->files)
                    lines << tr("Wrote %1.").arg(QDir::toNativeSeparators(path));
                if (report->files.isEmpty())
                    lines << tr("No product file was written.");
                else
                    lines << tr("Import it in your store's admin (Shopify: Products › Import, with “Overwrite "
                                "products with matching handles”; WooCommerce: Products › Import, with “Update "
                                "existing products”). Your next export then brings the new text back to Flywheel.");
                lines << report->notes;
                message = lines.join(u'\n');
                Dialogs::information(this, tr("Write product file"), message);
            }
            emit pushed(message);
            emit actionsChanged();
            showStore(m_storePath);
        });
}

} // namespace flywheel
