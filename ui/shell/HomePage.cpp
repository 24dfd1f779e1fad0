#include "shell/HomePage.h"

#include "shell/Formatting.h"
#include "shell/MomentumStrip.h"
#include "wheel/WheelPalette.h"
#include "wheel/WheelView.h"

#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace flywheel {

namespace {
QString summaryText(const StoreOverview& overview)
{
    if (overview.importedFiles == 0)
        return HomePage::tr("Nothing imported yet: press Import to bring in your shop's exports.");
    QStringList parts;
    parts << HomePage::tr("Last import %1").arg(Formatting::relativeTime(overview.lastImportAt));
    const std::pair<std::int64_t, QString> totals[] = {
        { overview.orders, HomePage::tr("%Ln order(s)", nullptr, static_cast<int>(overview.orders)) },
        { overview.products, HomePage::tr("%Ln product(s)", nullptr, static_cast<int>(overview.products)) },
        { overview.customers, HomePage::tr("%Ln customer(s)", nullptr, static_cast<int>(overview.customers)) },
        { overview.tickets, HomePage::tr("%Ln ticket(s)", nullptr, static_cast<int>(overview.tickets)) },
        { overview.reviews, HomePage::tr("%Ln review(s)", nullptr, static_cast<int>(overview.reviews)) },
    };
    for (const auto& [count, text] : totals) {
        if (count > 0)
            parts << text;
    }
    QString lastRun;
    for (const StageStatus& stage : overview.stages)
        lastRun = std::max(lastRun, stage.lastFinishedAt);
    parts << (lastRun.isEmpty() ? HomePage::tr("not analysed yet")
                                : HomePage::tr("analysed %1").arg(Formatting::relativeTime(lastRun)));
    return parts.join(QStringLiteral("  ·  "));
}

QString outcomesText(const StoreOverview& overview)
{
    if (overview.measuredOutcomes + overview.waitingOutcomes == 0)
        return {};
    QStringList parts;
    if (overview.measuredOutcomes > 0)
        parts << HomePage::tr("%n pushed action(s) measured, %1 clearly worked", nullptr, overview.measuredOutcomes)
                     .arg(overview.workedOutcomes);
    if (overview.waitingOutcomes > 0)
        parts << HomePage::tr("%n waiting for their window to pass", nullptr, overview.waitingOutcomes);
    return HomePage::tr("Outcomes: %1 (see each in Actions).").arg(parts.join(QStringLiteral("; ")));
}
} // namespace

HomePage::HomePage(QWidget* parent)
    : QWidget(parent)
    , m_storeName(new QLabel)
    , m_summary(new QLabel)
    , m_momentum(new MomentumStrip)
    , m_outcomes(new QLabel)
    , m_wheel(new WheelView)
{
    setObjectName(QStringLiteral("homePage"));
    m_storeName->setObjectName(QStringLiteral("homeStoreName"));
    QFont nameFont = m_storeName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_storeName->setFont(nameFont);
    m_summary->setObjectName(QStringLiteral("homeSummary"));
    m_summary->setWordWrap(true);
    m_outcomes->setObjectName(QStringLiteral("homeOutcomes"));
    m_outcomes->setWordWrap(true);
    m_momentum->hide();
    m_outcomes->hide();
    applyMutedColor();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(2);
    layout->addWidget(m_storeName);
    layout->addWidget(m_summary);
    layout->addSpacing(10);
    layout->addWidget(m_momentum);
    layout->addSpacing(4);
    layout->addWidget(m_outcomes);
    layout->addSpacing(8);
    layout->addWidget(m_wheel, 1);
}

void HomePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyMutedColor();
}

void HomePage::applyMutedColor()
{
    QPalette muted = m_summary->palette();
    muted.setColor(QPalette::WindowText, WheelPalette::mutedText(palette()));
    m_summary->setPalette(muted);
}

void HomePage::setOverview(const StoreOverview& overview)
{
    m_storeName->setText(QFileInfo(overview.storePath).completeBaseName());
    m_summary->setText(summaryText(overview));
    m_momentum->setMomentum(overview.momentum, overview.currency);
    m_outcomes->setText(outcomesText(overview));
    m_outcomes->setVisible(!m_outcomes->text().isEmpty());
    m_wheel->setOverview(overview);
}

} // namespace flywheel
