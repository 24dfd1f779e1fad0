#include "TaskProgressWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace flywheel {

namespace {
// QProgressBar counts in int; byte totals of big exports do not fit, so show per mille.
constexpr int kBarRange = 1000;
} // namespace

TaskProgressWidget::TaskProgressWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel)
    , m_bar(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
{
    m_bar->setObjectName(QStringLiteral("taskProgressBar"));
    m_bar->setFixedWidth(200);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("taskCancelButton"));
    m_cancel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        emit cancelRequested();
    });
    hide();
}

void TaskProgressWidget::begin(const QString& text)
{
    m_label->setText(text);
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    show();
}

void TaskProgressWidget::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, kBarRange);
    m_bar->setValue(static_cast<int>(std::clamp(done, qint64(0), total) * kBarRange / total));
}

void TaskProgressWidget::end()
{
    hide();
}

} // namespace flywheel
