#include "AboutDialog.h"

#include "DemoStoreBuilder.h"
#include "Version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace flywheel {

namespace {
constexpr int kIconSize = 96;
constexpr int kTextWidthChars = 64;
constexpr int kLicenceHeightLines = 18;

QLabel* paragraph(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Flywheel"));

    auto* icon = new QLabel;
    icon->setPixmap(QApplication::windowIcon().pixmap(kIconSize, kIconSize));
    icon->setAlignment(Qt::AlignTop);

    auto* title = new QLabel(tr("Flywheel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* text = new QVBoxLayout;
    text->addWidget(title);
    auto* version = paragraph(versionLine());
    version->setObjectName(QStringLiteral("aboutVersion"));
    text->addWidget(version);
    text->addWidget(paragraph(tr("Turns your online store's exports into a queue of concrete actions, pushes them "
                                 "back out as files your platforms import, and measures what they did.")));
    text->addWidget(paragraph(tr("Nothing leaves this computer: Flywheel opens no network connection.")));
    auto* files = paragraph(whereFilesLive());
    files->setObjectName(QStringLiteral("aboutFiles"));
    text->addWidget(files);
    text->addWidget(paragraph(tr("Flywheel is free software under the GNU General Public License, version 3 or "
                                 "later, and comes with no warranty. Built with Qt %1, running on Qt %2.")
                                  .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion()))));
    const int width = fontMetrics().averageCharWidth() * kTextWidthChars;
    for (int i = 0; i < text->count(); ++i)
        text->itemAt(i)->widget()->setFixedWidth(width);

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text);

    m_licenceText = new QPlainTextEdit;
    m_licenceText->setObjectName(QStringLiteral("aboutLicence"));
    m_licenceText->setReadOnly(true);
    m_licenceText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_licenceText->setMinimumHeight(m_licenceText->fontMetrics().lineSpacing() * kLicenceHeightLines);
    m_licenceText->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_licenceButton = buttons->addButton(tr("Show licence"), QDialogButtonBox::ActionRole);
    m_licenceButton->setObjectName(QStringLiteral("aboutShowLicence"));
    connect(m_licenceButton, &QPushButton::clicked, this, &AboutDialog::toggleLicence);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_licenceText, 1);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

QString AboutDialog::versionLine()
{
    return tr("Version %1").arg(QString::fromStdString(versionText()));
}

QString AboutDialog::whereFilesLive()
{
    const QString demoFolder = QFileInfo(DemoStoreBuilder::defaultStorePath()).absolutePath();
    return tr("Each store is one .flywheel file, kept where you chose when you created it. The demo store is in "
              "%1 and Flywheel's settings in %2. To back up a store, copy its .flywheel file while Flywheel is "
              "closed; to restore it, open the copy.")
        .arg(QDir::toNativeSeparators(demoFolder), QDir::toNativeSeparators(QSettings().fileName()));
}

void AboutDialog::toggleLicence()
{
    if (m_licenceText->document()->isEmpty()) {
        QFile licence(QStringLiteral(":/licence/LICENSE"));
        m_licenceText->setPlainText(licence.open(QIODevice::ReadOnly)
                ? QString::fromUtf8(licence.readAll())
                : tr("The licence text is missing from this copy of Flywheel."));
    }
    m_licenceText->setVisible(!m_licenceText->isVisible());
    m_licenceButton->setText(m_licenceText->isVisible() ? tr("Hide licence") : tr("Show licence"));
}

} // namespace flywheel
