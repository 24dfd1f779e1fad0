#include "panels/PromotionsPanel.h"

#include "Dialogs.h"
#include "PushFolder.h"
#include "customers/Rfm.h"
#include "flywheel/Recommendation.h"
#include "panels/RowTable.h"
#include "panels/promotions/SegmentChart.h"
#include "shell/Formatting.h"
#include "stages/promotions/PromotionPush.h"
#include "store/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace flywheel {

namespace {
using namespace Qt::StringLiterals;

/// Audience members listed under the selected promotion: enough to see who it is for.
constexpr size_t kAudienceShown = 200;

QString statusTitle(const promotions::Promotion& p)
{
    if (!p.pushedAt.isEmpty())
        return PromotionsPanel::tr("Sent out");
    if (p.status == u"accepted")
        return PromotionsPanel::tr("Accepted");
    if (p.status == u"dismissed")
        return PromotionsPanel::tr("Dismissed");
    return PromotionsPanel::tr("Open");
}

QString modelText(const promotions::CustomerOverview::Model& model)
{
    const QString name = model.name == u"bg_nbd" ? PromotionsPanel::tr("Purchase model (BG/NBD)")
                                                 : PromotionsPanel::tr("Spend model (Gamma-Gamma)");
    if (model.parameters.isEmpty())
        return name + u": "_s + model.note;
    QStringList values;
    for (const auto& [parameter, value] : model.parameters)
        values << parameter + u' ' + QLocale().toString(value, 'g', 3);
    QString text = PromotionsPanel::tr("%1 fitted on %n customer(s): %2.", nullptr, model.customers)
                       .arg(name, values.join(QStringLiteral(", ")));
    if (!model.note.isEmpty())
        text += u' ' + model.note;
    return text;
}
} // namespace

struct PromotionsPanel::Contents {
    std::vector<promotions::Promotion> promotions;
    std::vector<promotions::SegmentRow> segments;
    promotions::CustomerOverview overview;
};

PromotionsPanel::PromotionsPanel(QWidget* parent)
    : StagePanel(parent)
    , m_summary(new QLabel)
    , m_model(new QStandardItemModel(this))
    , m_detail(new QLabel)
    , m_audienceModel(new QStandardItemModel(this))
    , m_dismiss(new QPushButton(tr("Dismiss")))
    , m_create(new QPushButton(tr("Create promotion")))
    , m_segments(new SegmentChart)
    , m_models(new QLabel)
{
    setObjectName(QStringLiteral("stagePanel_promotions"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("promotionsSummary"));
    m_model->setHorizontalHeaderLabels({ tr("Product"), tr("Why"), tr("Discount"), tr("Audience"), tr("Held back"),
        tr("Extra units"), tr("Extra revenue"), tr("Extra margin"), tr("Status") });
    m_table = makeRowTable(m_model, 0, QStringLiteral("promotionsList"), tr("Suggested promotions"));
    m_detail->setObjectName(QStringLiteral("promotionsDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_audienceModel->setHorizontalHeaderLabels({ tr("Customer"), tr("Segment"), tr("Group"), tr("Code") });
    m_audience = makeRowTable(m_audienceModel, 0, QStringLiteral("promotionsAudience"), tr("Audience"));
    m_audience->setMinimumHeight(150);
    m_dismiss->setObjectName(QStringLiteral("promotionsDismiss"));
    m_create->setObjectName(QStringLiteral("promotionsCreate"));
    m_create->setToolTip(tr("Writes the discount codes, the audience lists for Klaviyo and Mailchimp and an "
                            "email draft into the store's push folder"));
    m_segments->setObjectName(QStringLiteral("promotionsSegments"));
    m_models->setObjectName(QStringLiteral("promotionsModels"));
    m_models->setWordWrap(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });
    connect(m_dismiss, &QPushButton::clicked, this, &PromotionsPanel::dismissSelected);
    connect(m_create, &QPushButton::clicked, this, &PromotionsPanel::createSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_create);
    auto* listBox = new QWidget;
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(heading(tr("Suggested promotions")));
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(buttons);
    auto* detailBox = new QWidget;
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(heading(tr("Who it is for")));
    detailLayout->addWidget(m_audience, 1);
    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(listBox);
    top->addWidget(detailBox);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 1);
    top->setSizes({ 2000, 1000 });
    top->setChildrenCollapsible(false);
    auto* customersBox = new QWidget;
    auto* customersLayout = new QHBoxLayout(customersBox);
    customersLayout->setContentsMargins(0, 0, 0, 0);
    auto* modelsBox = new QVBoxLayout;
    modelsBox->addWidget(heading(tr("Customers")));
    modelsBox->addWidget(m_models);
    modelsBox->addStretch();
    customersLayout->addWidget(m_segments, 2);
    customersLayout->addLayout(modelsBox, 1);
    auto* sections = new QSplitter(Qt::Vertical);
    sections->addWidget(top);
    sections->addWidget(customersBox);
    sections->setStretchFactor(0, 1);
    sections->setStretchFactor(1, 1);
    sections->setSizes({ 1200, 800 });
    sections->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(heading(tr("Promotions"), 1.6));
    layout->addWidget(m_summary);
    layout->addWidget(sections, 1);
    showContents();
}

PromotionsPanel::~PromotionsPanel() = default;

void PromotionsPanel::showStore(const QString& storePath)
{
    m_storePath = storePath;
    if (storePath.isEmpty()) {
        forgetReads();
        m_contents.reset();
        showContents();
        return;
    }
    readStore(
        storePath, &PromotionsPanel::read,
        [this](const Contents& contents) {
            m_contents = std::make_shared<const Contents>(contents);
            showContents();
            emit loaded();
        },
        [this](const QString& reason) {
            m_summary->setText(tr("Could not read the Promotions results: %1").arg(reason));
            emit loaded();
        });
}

Result<PromotionsPanel::Contents> PromotionsPanel::read(Database& db)
{
    Contents contents;
    auto list = promotions::readPromotions(db);
    if (!list)
        return std::unexpected(list.error());
    contents.promotions = std::move(*list);
    auto segments = promotions::readSegments(db);
    if (!segments)
        return std::unexpected(segments.error());
    contents.segments = std::move(*segments);
    auto overview = promotions::readCustomerOverview(db);
    if (!overview)
        return std::unexpected(overview.error());
    contents.overview = std::move(*overview);
    return contents;
}

void PromotionsPanel::showContents()
{
    const QLocale locale;
    const int keep = m_table->currentIndex().row();
    m_model->removeRows(0, m_model->rowCount());
    if (!m_contents || m_contents->overview.customers == 0) {
        m_summary->setText(tr("No customers yet. Import your orders export (and customers export for email "
                              "addresses), then press Run."));
        m_segments->showSegments({});
        m_models->clear();
        showSelected();
        return;
    }
    const promotions::CustomerOverview& o = m_contents->overview;
    QString summary = tr("%1 customers, %2 of them bought more than once; expected spend over the next 12 months "
                         "%3.")
                          .arg(locale.toString(o.customers), locale.toString(o.repeatCustomers),
                              Formatting::money(o.clvMinor, o.currency));
    summary += u' '
        + (m_contents->promotions.empty()
                ? tr("No product needs a promotion: nothing is overstocked, ending its season or sitting unsold.")
                : tr("%n promotion(s) suggested for overstocked, seasonal, trending or slow products; each holds "
                     "back a random control group so its effect can be measured.",
                    nullptr, int(m_contents->promotions.size())));
    m_summary->setText(summary);
    for (const promotions::Promotion& p : m_contents->promotions) {
        const int reached = p.audienceSize - p.controlSize;
        m_model->appendRow(
            { new QStandardItem(p.productTitle), new QStandardItem(promotions::TriggerText::title(p.trigger)),
                figureItem(tr("%1 %").arg(p.percent)), figureItem(locale.toString(reached)),
                figureItem(locale.toString(p.controlSize)), figureItem(locale.toString(p.expectedExtraUnits, 'f', 1)),
                figureItem(Formatting::money(p.expectedRevenueMinor, p.currency)),
                figureItem(p.expectedMarginMinor ? Formatting::money(*p.expectedMarginMinor, p.currency) : QString()),
                new QStandardItem(statusTitle(p)) });
    }
    m_table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    if (m_model->rowCount() > 0)
        m_table->selectRow(std::clamp(keep, 0, m_model->rowCount() - 1));
    m_segments->showSegments(m_contents->segments);
    QStringList models;
    for (const promotions::CustomerOverview::Model& model : o.models)
        models << modelText(model);
    m_models->setText(models.join(QStringLiteral("\n\n")));
    showSelected();
}

const promotions::Promotion* PromotionsPanel::selected() const
{
    const int row = m_table->currentIndex().row();
    if (!m_contents || row < 0 || row >= int(m_contents->promotions.size()))
        return nullptr;
    return &m_contents->promotions[size_t(row)];
}

void PromotionsPanel::showSelected()
{
    updateButtons();
    m_audienceModel->removeRows(0, m_audienceModel->rowCount());
    const promotions::Promotion* p = selected();
    const int generation = ++m_audienceGeneration;
    if (!p || m_storePath.isEmpty()) {
        m_detail->setText(tr("Select a promotion to see why it is suggested and who it is for."));
        emit audienceShown();
        return;
    }
    const QLocale locale;
    QString detail
        = u"<b>"_s + p->productTitle.toHtmlEscaped() + u"</b><br>"_s + p->why.toHtmlEscaped() + u"<br><br>"_s;
    detail += tr("%1 % off with personal codes %2-…, from %3 to %4. At the price response this product's sales "
                 "show (elasticity %5), the %6 customers who get a code should buy %7 more units than the %8 they "
                 "would buy anyway.")
                  .arg(p->percent)
                  .arg(p->code, locale.toString(p->startsOn, QLocale::ShortFormat),
                      locale.toString(p->endsOn, QLocale::ShortFormat), locale.toString(p->elasticity, 'f', 2),
                      locale.toString(p->audienceSize - p->controlSize), locale.toString(p->expectedExtraUnits, 'f', 1),
                      locale.toString(p->baselineUnits, 'f', 1))
                  .toHtmlEscaped();
    detail += u"<br><br>"_s
        + tr("%n customer(s), chosen at random, are held back and get nothing: the next import compares what the "
             "two groups bought.",
            nullptr, p->controlSize)
              .toHtmlEscaped();
    m_detail->setText(detail);
    const QString subject = p->subjectKey;
    runOnStore(
        this, m_storePath, [subject](Database& db) { return promotions::readAudience(db, subject); },
        [this, generation](const Result<std::vector<promotions::AudienceMember>>& members) {
            if (generation != m_audienceGeneration)
                return;
            if (!members) {
                m_detail->setText(members.error().describe());
            } else {
                for (size_t i = 0; i < std::min(kAudienceShown, members->size()); ++i) {
                    const promotions::AudienceMember& m = (*members)[i];
                    const QString name = (m.firstName + u' ' + m.lastName).trimmed();
                    const auto segment = customers::segmentFromKey(m.segment);
                    m_audienceModel->appendRow({ new QStandardItem(name.isEmpty() ? m.email : name),
                        new QStandardItem(segment ? customers::SegmentText::title(*segment) : QString()),
                        new QStandardItem(m.control ? tr("Held back") : tr("Gets a code")),
                        new QStandardItem(m.code) });
                }
                m_audience->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
            }
            emit audienceShown();
        });
}

void PromotionsPanel::updateButtons()
{
    const promotions::Promotion* p = selected();
    const bool open = p && p->actionId > 0 && p->pushedAt.isEmpty();
    m_dismiss->setEnabled(open && p->status != u"dismissed");
    m_create->setEnabled(open);
}

void PromotionsPanel::dismissSelected()
{
    const promotions::Promotion* p = selected();
    if (!p || m_storePath.isEmpty())
        return;
    m_dismiss->setEnabled(false);
    runOnStore(
        this, m_storePath,
        [id = p->actionId](Database& db) { return RecommendationQueue(db).setStatus(id, QStringLiteral("dismissed")); },
        [this](const Result<void>& done) {
            if (!done)
                Dialogs::critical(this, tr("Promotions"), done.error().describe());
            emit actionsChanged();
            showStore(m_storePath);
        });
}

void PromotionsPanel::createSelected()
{
    const promotions::Promotion* p = selected();
    if (!p || m_storePath.isEmpty())
        return;
    m_create->setEnabled(false);
    m_dismiss->setEnabled(false);
    pushAndReport(this, m_storePath, tr("Create promotion"),
        tr("Import the discounts file with Matrixify (Shopify) or the codes file with your coupon importer, the "
           "audience file into Klaviyo or Mailchimp, and paste the email draft; put each customer's \"Discount "
           "Code\" where the draft says [Discount Code]."),
        [id = p->actionId](Database& db, const QString& folder) -> Result<PushReport> {
            // One click: accepting and writing the files is one decision of the owner's.
            if (auto ok = RecommendationQueue(db).setStatus(id, QStringLiteral("accepted")); !ok)
                return std::unexpected(ok.error());
            return promotions::pushPromotions(db, folder);
        },
        [this](const QString& message) {
            emit pushed(message);
            emit actionsChanged();
            showStore(m_storePath);
        });
}

} // namespace flywheel
