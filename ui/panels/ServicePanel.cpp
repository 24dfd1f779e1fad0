#include "panels/ServicePanel.h"

#include "ChartTheme.h"
#include "StoreTask.h"
#include "flywheel/Recommendation.h"
#include "shell/Formatting.h"
#include "stages/service/Intents.h"
#include "stages/service/ServiceQueries.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace flywheel {

/// Tickets shown as evidence under a gap: enough to see the pattern, few enough to read.
constexpr int kEvidenceTickets = 8;

struct ServicePanel::Contents {
    QList<service::WeekOfTickets> weeks;
    QList<service::IntentCount> intents;
    QList<service::TopicReading> topics;
    QList<service::GapReading> gaps;
    QList<QList<service::TicketExcerpt>> gapEvidence; ///< per gap
    QList<QString> gapStatus; ///< per gap: status of its action, empty when none
};

namespace {

QString gapSubject(const service::GapReading& gap)
{
    return QStringLiteral("product:%1:%2").arg(gap.productId).arg(gap.attribute);
}

/// What the owner has done with a gap's action, in a word.
QString actionState(const QString& status)
{
    if (status == QStringLiteral("accepted"))
        return ServicePanel::tr("Queued");
    if (status == QStringLiteral("dismissed"))
        return ServicePanel::tr("Dismissed");
    if (status == QStringLiteral("pushed") || status == QStringLiteral("measured"))
        return ServicePanel::tr("Done");
    return ServicePanel::tr("Open");
}

/// The status of the action that fixes a gap (the Content stage's answer for the page), empty when it
/// has none.
QString gapActionStatus(const QList<Recommendation>& actions, const service::GapReading& gap)
{
    for (const Recommendation& action : actions) {
        if (action.kind == QStringLiteral("add-answer") && action.subjectKey == gapSubject(gap))
            return action.status;
    }
    return {};
}
} // namespace

ServicePanel::ServicePanel(QWidget* parent)
    : StagePanel(parent)
    , m_summary(new QLabel)
    , m_chart(new QChartView)
    , m_intents(new QTreeWidget)
    , m_topics(new QTreeWidget)
    , m_gaps(new QTableView)
    , m_gapModel(new QStandardItemModel(this))
    , m_evidence(new QTextBrowser)
    , m_queueFix(new QPushButton(tr("Queue this fix")))
{
    setObjectName(QStringLiteral("stagePanel_service"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("serviceSummary"));

    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_chart->setAccessibleName(tr("Tickets and negative tickets per week"));

    m_intents->setHeaderLabels({ tr("Customers write about"), tr("Tickets"), tr("Last 4 weeks") });
    m_intents->setRootIsDecorated(false);
    m_intents->setAccessibleName(tr("Intents"));
    m_intents->setObjectName(QStringLiteral("serviceIntents"));
    m_topics->setHeaderLabels({ tr("Other topics found"), tr("Tickets") });
    m_topics->setAccessibleName(tr("Discovered topics"));
    m_topics->setObjectName(QStringLiteral("serviceTopics"));

    m_gapModel->setHorizontalHeaderLabels(
        { tr("Product"), tr("Customers ask about"), tr("Asked"), tr("Revenue at risk"), tr("Action") });
    m_gaps->setModel(m_gapModel);
    m_gaps->setObjectName(QStringLiteral("serviceGaps"));
    m_gaps->setAccessibleName(tr("Content gaps"));
    m_gaps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gaps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gaps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gaps->verticalHeader()->hide();
    m_gaps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gaps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_gaps->horizontalHeader()->setStretchLastSection(false);
    connect(m_gaps->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showGapEvidence(); });

    m_evidence->setObjectName(QStringLiteral("serviceGapEvidence"));
    m_evidence->setAccessibleName(tr("Tickets behind the selected gap"));
    m_evidence->setOpenLinks(false);
    m_queueFix->setObjectName(QStringLiteral("queueGapFixButton"));
    m_queueFix->setEnabled(false);
    connect(m_queueFix, &QPushButton::clicked, this, &ServicePanel::queueSelectedFix);

    auto* talk = new QSplitter(Qt::Horizontal);
    talk->addWidget(m_intents);
    talk->addWidget(m_topics);
    talk->setChildrenCollapsible(false);

    auto* evidenceColumn = new QWidget;
    auto* evidenceLayout = new QVBoxLayout(evidenceColumn);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    evidenceLayout->addWidget(m_evidence, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_queueFix);
    evidenceLayout->addLayout(buttonRow);
    auto* gapsSplit = new QSplitter(Qt::Horizontal);
    gapsSplit->addWidget(m_gaps);
    gapsSplit->addWidget(evidenceColumn);
    gapsSplit->setStretchFactor(0, 3);
    gapsSplit->setStretchFactor(1, 2);
    gapsSplit->setChildrenCollapsible(false);

    auto* gapsBox = new QWidget;
    auto* gapsLayout = new QVBoxLayout(gapsBox);
    gapsLayout->setContentsMargins(0, 0, 0, 0);
    gapsLayout->addWidget(heading(tr("Content gaps: questions product pages do not answer")));
    gapsLayout->addWidget(gapsSplit, 1);

    auto* talkBox = new QWidget;
    auto* talkLayout = new QVBoxLayout(talkBox);
    talkLayout->setContentsMargins(0, 0, 0, 0);
    talkLayout->addWidget(heading(tr("What customers write about")));
    talkLayout->addWidget(talk, 1);

    auto* sections = new QSplitter(Qt::Vertical);
    sections->addWidget(m_chart);
    sections->addWidget(talkBox);
    sections->addWidget(gapsBox);
    sections->setStretchFactor(0, 3);
    sections->setStretchFactor(1, 2);
    sections->setStretchFactor(2, 2);
    sections->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(heading(tr("Service"), 1.6));
    layout->addWidget(m_summary);
    layout->addWidget(sections, 1);
}

void ServicePanel::showStore(const QString& storePath)
{
    m_storePath = storePath;
    if (storePath.isEmpty()) {
        forgetReads();
        showContents({});
        return;
    }
    readStore(
        storePath, &ServicePanel::read,
        [this](const Contents& contents) {
            m_contents = std::make_shared<const Contents>(contents);
            showContents(*m_contents);
            showGapEvidence();
            emit loaded();
        },
        [this](const QString& reason) {
            m_summary->setText(tr("Could not read the Service results: %1").arg(reason));
            emit loaded();
        });
}

Result<ServicePanel::Contents> ServicePanel::read(Database& db)
{
    Contents contents;
    auto weeks = service::readWeeklyTickets(db);
    if (!weeks)
        return std::unexpected(weeks.error());
    contents.weeks = std::move(*weeks);
    auto intents = service::readIntentCounts(db);
    if (!intents)
        return std::unexpected(intents.error());
    contents.intents = std::move(*intents);
    auto topics = service::readTopics(db);
    if (!topics)
        return std::unexpected(topics.error());
    contents.topics = std::move(*topics);
    auto gaps = service::readGaps(db);
    if (!gaps)
        return std::unexpected(gaps.error());
    contents.gaps = std::move(*gaps);
    auto actions = RecommendationQueue(db).list(QStringLiteral("content"));
    if (!actions)
        return std::unexpected(actions.error());
    for (const service::GapReading& gap : contents.gaps) {
        QList<std::int64_t> ids;
        for (qsizetype i = std::max<qsizetype>(0, gap.ticketIds.size() - kEvidenceTickets); i < gap.ticketIds.size();
             ++i)
            ids.append(gap.ticketIds[i].toInteger());
        auto excerpts = service::readTicketExcerpts(db, ids);
        if (!excerpts)
            return std::unexpected(excerpts.error());
        contents.gapEvidence.append(std::move(*excerpts));
        contents.gapStatus.append(gapActionStatus(*actions, gap));
    }
    return contents;
}

void ServicePanel::showContents(const Contents& contents)
{
    int tickets = 0;
    for (const service::WeekOfTickets& week : contents.weeks)
        tickets += week.tickets;
    if (tickets == 0) {
        m_summary->setText(tr("No tickets analysed yet. Import your help desk's ticket export (Zendesk, Freshdesk, or "
                              "any CSV through a column mapping) and your reviews, then press Run."));
    } else {
        const service::WeekOfTickets& last = contents.weeks.back();
        m_summary->setText(tr("%1 tickets read. Last week: %2 tickets, %3 negative. %4 content gaps found.")
                               .arg(QLocale().toString(tickets))
                               .arg(last.tickets)
                               .arg(last.negative)
                               .arg(contents.gaps.size()));
    }
    showChart(contents);
    showIntents(contents);
    showTopics(contents);
    showGaps(contents);
}

void ServicePanel::showChart(const Contents& contents)
{
    auto* chart = new QChart;
    auto* all = new QLineSeries;
    all->setName(tr("All tickets"));
    auto* negative = new QLineSeries;
    negative->setName(tr("Negative"));
    int peak = 0;
    for (const service::WeekOfTickets& week : contents.weeks) {
        const auto x = static_cast<qreal>(week.weekStart.startOfDay().toMSecsSinceEpoch());
        all->append(x, week.tickets);
        negative->append(x, week.negative);
        peak = std::max(peak, week.tickets);
    }
    chart->addSeries(all);
    chart->addSeries(negative);
    auto* time = new QDateTimeAxis;
    time->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    time->setTickCount(6);
    auto* count = new QValueAxis;
    count->setRange(0, std::max(1, peak));
    count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    for (QLineSeries* series : { all, negative }) {
        series->attachAxis(time);
        series->attachAxis(count);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    applyChartTheme(chart, palette());
    negative->setColor(QColor(0xd9, 0x4a, 0x38));
    QChart* previous = m_chart->chart();
    m_chart->setChart(chart);
    delete previous;
}

void ServicePanel::showIntents(const Contents& contents)
{
    m_intents->clear();
    for (const service::IntentCount& count : contents.intents) {
        const auto intent = service::intentFromName(count.intent);
        auto* item = new QTreeWidgetItem(m_intents,
            { intent ? service::intentTitle(*intent) : count.intent, QLocale().toString(count.tickets),
                QLocale().toString(count.recent) });
        item->setTextAlignment(1, Qt::AlignRight);
        item->setTextAlignment(2, Qt::AlignRight);
    }
    m_intents->resizeColumnToContents(0);
}

void ServicePanel::showTopics(const Contents& contents)
{
    m_topics->clear();
    for (const service::TopicReading& topic : contents.topics) {
        auto* item = new QTreeWidgetItem(m_topics, { topic.label, QLocale().toString(topic.size) });
        item->setTextAlignment(1, Qt::AlignRight);
        item->setToolTip(0, tr("Common words: %1").arg(topic.terms.join(QStringLiteral(", "))));
        for (const QString& example : topic.exampleSubjects)
            new QTreeWidgetItem(item, { example });
    }
    if (contents.topics.isEmpty() && !contents.weeks.isEmpty())
        new QTreeWidgetItem(m_topics, { tr("Every ticket fits a known intent") });
    m_topics->resizeColumnToContents(0);
}

void ServicePanel::showGaps(const Contents& contents)
{
    m_gapModel->removeRows(0, m_gapModel->rowCount());
    for (qsizetype i = 0; i < contents.gaps.size(); ++i) {
        const service::GapReading& gap = contents.gaps[i];
        const QString status = contents.gapStatus.value(i);
        QList<QStandardItem*> row = { new QStandardItem(gap.productTitle), new QStandardItem(gap.attributeTitle),
            new QStandardItem(QLocale().toString(gap.mentions)),
            new QStandardItem(Formatting::money(gap.revenueAtRiskMinor, gap.currency)),
            new QStandardItem(actionState(status)) };
        row[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[3]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_gapModel->appendRow(row);
    }
    m_gaps->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    if (m_gapModel->rowCount() > 0)
        m_gaps->selectRow(0);
}

int ServicePanel::selectedGap() const
{
    const QModelIndex current = m_gaps->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ServicePanel::showGapEvidence()
{
    const int row = selectedGap();
    if (!m_contents || row < 0 || row >= m_contents->gaps.size()) {
        m_evidence->setHtml(tr("<p>Select a gap to read the tickets behind it.</p>"));
        m_queueFix->setEnabled(false);
        return;
    }
    const service::GapReading& gap = m_contents->gaps[row];
    QString html = tr("<p><b>%1</b>: %n customer(s) asked about <b>%2</b>, and the product page does not say.</p>",
        nullptr, gap.mentions)
                       .arg(gap.productTitle.toHtmlEscaped(), gap.attributeTitle.toHtmlEscaped());
    for (const service::TicketExcerpt& ticket : m_contents->gapEvidence.value(row)) {
        html += QStringLiteral("<p><small>#%1 · %2</small><br><b>%3</b><br>%4</p>")
                    .arg(ticket.sourceKey.toHtmlEscaped(), ticket.createdAt.left(10), ticket.subject.toHtmlEscaped(),
                        ticket.body.left(300).toHtmlEscaped());
    }
    m_evidence->setHtml(html);
    const QString status = m_contents->gapStatus.value(row);
    m_queueFix->setEnabled(
        status.isEmpty() || status == QStringLiteral("new") || status == QStringLiteral("dismissed"));
}

void ServicePanel::queueSelectedFix()
{
    const int row = selectedGap();
    if (!m_contents || row < 0 || row >= m_contents->gaps.size() || m_storePath.isEmpty())
        return;
    const QString subject = gapSubject(m_contents->gaps[row]);
    m_queueFix->setEnabled(false);
    runOnStore(
        this, m_storePath,
        [subject](Database& db) -> Result<void> {
            auto id = db.prepare("SELECT id FROM recommendations WHERE stage = 'content' AND kind = "
                                 "'add-answer' AND subject_key = ?1");
            if (!id)
                return std::unexpected(id.error());
            id->bind(1, subject);
            auto found = id->step();
            if (!found)
                return std::unexpected(found.error());
            if (!*found)
                return fail(ErrorCode::InvalidArgument,
                    ServicePanel::tr("This gap has no action yet; press Run to propose it."));
            return RecommendationQueue(db).setStatus(id->int64(0), QStringLiteral("accepted"));
        },
        [this](const Result<void>& done) {
            if (!done)
                m_evidence->append(QStringLiteral("<p><b>%1</b></p>").arg(done.error().describe().toHtmlEscaped()));
            emit actionsChanged();
            showStore(m_storePath);
        });
}

} // namespace flywheel
