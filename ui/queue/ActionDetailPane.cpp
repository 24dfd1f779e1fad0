#include "queue/ActionDetailPane.h"

#include "Icons.h"
#include "queue/ActionQueueModel.h"
#include "queue/EvidenceText.h"
#include "shell/WheelStages.h"
#include "stages/outcomes/OutcomeTracking.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace flywheel {

namespace {
QLabel* sectionHeading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* wrappedLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}
} // namespace

ActionDetailPane::ActionDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(tr("Pick an action to see why it is suggested and decide on it.")))
    , m_scroll(new QScrollArea)
    , m_title(wrappedLabel(QStringLiteral("actionTitle")))
    , m_meta(wrappedLabel(QStringLiteral("actionMeta")))
    , m_detail(wrappedLabel(QStringLiteral("actionDetail")))
    , m_evidence(wrappedLabel(QStringLiteral("actionEvidence")))
    , m_effect(wrappedLabel(QStringLiteral("actionEffect")))
    , m_measure(wrappedLabel(QStringLiteral("actionMeasure")))
    , m_lineageHeading(sectionHeading(tr("Across the wheel")))
    , m_lineage(wrappedLabel(QStringLiteral("actionLineage")))
    , m_outcomeHeading(sectionHeading(tr("Outcome")))
    , m_outcome(wrappedLabel(QStringLiteral("actionOutcome")))
    , m_accept(new QPushButton(icon(Icon::Accept), tr("Accept")))
    , m_dismiss(new QPushButton(icon(Icon::Dismiss), tr("Dismiss")))
    , m_reopen(new QPushButton(icon(Icon::Reopen), tr("Reopen")))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_evidence->setTextFormat(Qt::RichText);
    m_lineage->setTextFormat(Qt::RichText);

    m_accept->setObjectName(QStringLiteral("acceptActionButton"));
    m_accept->setToolTip(tr("Accept: Push will hand this action out as a file"));
    m_dismiss->setObjectName(QStringLiteral("dismissActionButton"));
    m_dismiss->setToolTip(tr("Dismiss: it will not be suggested again unless its evidence grows"));
    m_reopen->setObjectName(QStringLiteral("reopenActionButton"));
    m_reopen->setToolTip(tr("Put the action back among the new ones"));
    connect(m_accept, &QPushButton::clicked, this,
        [this] { emit statusRequested(m_action->id, QStringLiteral("accepted")); });
    connect(m_dismiss, &QPushButton::clicked, this,
        [this] { emit statusRequested(m_action->id, QStringLiteral("dismissed")); });
    connect(
        m_reopen, &QPushButton::clicked, this, [this] { emit statusRequested(m_action->id, QStringLiteral("new")); });

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addSpacing(6);
    layout->addWidget(m_detail);
    layout->addSpacing(6);
    layout->addWidget(sectionHeading(tr("Why")));
    layout->addWidget(m_evidence);
    layout->addWidget(m_lineageHeading);
    layout->addWidget(m_lineage);
    layout->addWidget(sectionHeading(tr("Expected effect")));
    layout->addWidget(m_effect);
    layout->addWidget(sectionHeading(tr("How it will be measured")));
    layout->addWidget(m_measure);
    layout->addWidget(m_outcomeHeading);
    layout->addWidget(m_outcome);
    layout->addStretch();
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_reopen);
    buttons->addStretch();

    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_placeholder);
    outer->addWidget(m_scroll, 1);
    outer->addLayout(buttons);
    setAction(std::nullopt);
}

void ActionDetailPane::setAction(const std::optional<Recommendation>& action)
{
    m_action = action;
    m_placeholder->setVisible(!action);
    m_scroll->setVisible(action.has_value());
    updateButtons();
    if (!action)
        return;
    m_title->setText(action->title);
    QStringList meta { stageTitle(action->stage), ActionQueueModel::statusTitle(action->status) };
    if (action->confidence)
        meta << tr("%1% confident").arg(QLocale().toString(*action->confidence * 100, 'f', 0));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_detail->setText(action->detail);
    m_detail->setVisible(!action->detail.isEmpty());
    m_evidence->setText(evidenceHtml(action->evidence));
    m_effect->setText(action->expectedEffect);
    // The figure the outcome step judges it by, in the same words as its outcome will use.
    m_measure->setText(tr("%1, over %n day(s) after it is pushed.", nullptr, action->windowDays)
                           .arg(outcomes::metricTitle(outcomes::outcomeMetric(action->stage, action->kind))));
    setTrace({});
}

void ActionDetailPane::setTrace(const Trace& trace)
{
    const bool current = m_action && trace.actionId == m_action->id;
    QStringList items;
    if (current) {
        for (const LineageStep& step : trace.lineage) {
            QString item = u"<b>%1</b> · %2"_s.arg(stageTitle(step.stage).toHtmlEscaped(), step.text.toHtmlEscaped());
            if (step.actionId)
                item += u" <i>(%1)</i>"_s.arg(ActionQueueModel::statusTitle(step.status).toHtmlEscaped());
            items << u"<li>%1</li>"_s.arg(item);
        }
    }
    m_lineage->setText(u"<ul style=\"margin-left:-20px\">%1</ul>"_s.arg(items.join(QString())));
    m_lineageHeading->setVisible(!items.isEmpty());
    m_lineage->setVisible(!items.isEmpty());
    const bool measured = current && trace.outcome;
    if (measured) {
        const outcomes::OutcomeRow& o = *trace.outcome;
        m_outcome->setText(outcomes::metricTitle(o.metric) + u": "_s + outcomes::describeOutcome(o, locale()));
    }
    m_outcomeHeading->setVisible(measured);
    m_outcome->setVisible(measured);
}

void ActionDetailPane::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ActionDetailPane::updateButtons()
{
    const QString status = m_action ? m_action->status : QString();
    const bool open = status == QStringLiteral("new");
    m_accept->setVisible(m_action.has_value());
    m_dismiss->setVisible(m_action.has_value());
    m_reopen->setVisible(status == QStringLiteral("accepted") || status == QStringLiteral("dismissed"));
    m_accept->setEnabled(!m_busy && open);
    m_dismiss->setEnabled(!m_busy && (open || status == QStringLiteral("accepted")));
    m_reopen->setEnabled(!m_busy);
}

} // namespace flywheel
