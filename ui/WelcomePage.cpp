#include "WelcomePage.h"

#include "AppSettings.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace flywheel {

WelcomePage::WelcomePage(const QList<QAction*>& actions, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(tr("Open a store or the demo store"));
    heading->setObjectName(QStringLiteral("welcomeHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto* explanation = new QLabel(tr("A store is one file on this computer that holds your shop's exports: orders, "
                                      "products, customers and stock. The demo store is a made-up outdoor clothing "
                                      "shop to try Flywheel with."));
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);
    // Wrapped text gets no height of its own inside a stacked widget: fix the width and reserve
    // the height that width needs.
    explanation->setFixedWidth(explanation->fontMetrics().averageCharWidth() * 70);
    explanation->setMinimumHeight(explanation->heightForWidth(explanation->width()));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QAction* action : actions) {
        // Button labels do without the menu's mnemonic ampersands.
        auto* button = new QPushButton(action->text().remove(u'&'));
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setMinimumSize(button->sizeHint() + QSize(24, 8));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    m_recentHeading = new QLabel(tr("Recent stores"));
    QFont recentFont = m_recentHeading->font();
    recentFont.setBold(true);
    m_recentHeading->setFont(recentFont);
    // The heading starts where the list does, in the column of the explanation above.
    m_recentHeading->setFixedWidth(explanation->width());
    m_recent = new QVBoxLayout;
    m_recent->setSpacing(2);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(explanation, 0, Qt::AlignHCenter);
    layout->addSpacing(20);
    layout->addLayout(buttons);
    layout->addSpacing(28);
    layout->addWidget(m_recentHeading, 0, Qt::AlignHCenter);
    layout->addLayout(m_recent);
    layout->addStretch(3);
    refreshRecentStores();
}

void WelcomePage::showEvent(QShowEvent* event)
{
    refreshRecentStores();
    QWidget::showEvent(event);
}

void WelcomePage::refreshRecentStores()
{
    while (QLayoutItem* item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString& path : AppSettings::recentStores()) {
        const QFileInfo file(path);
        if (!file.isFile())
            continue;
        // A store is picked with one click, and its folder tells apart stores of the same name.
        auto* button = new QCommandLinkButton(file.completeBaseName(), QDir::toNativeSeparators(file.absolutePath()));
        button->setObjectName(QStringLiteral("recentStoreButton"));
        button->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
        button->setFixedWidth(m_recentHeading->width());
        connect(button, &QCommandLinkButton::clicked, this,
            [this, store = file.absoluteFilePath()] { emit storeChosen(store); });
        m_recent->addWidget(button, 0, Qt::AlignHCenter);
    }
    m_recentHeading->setVisible(m_recent->count() > 0);
}

} // namespace flywheel
