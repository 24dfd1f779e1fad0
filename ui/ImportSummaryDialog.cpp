#include "ImportSummaryDialog.h"

#include "io/Importer.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace flywheel {

namespace {
constexpr int kDialogWidth = 640;
constexpr int kMaxListHeight = 480;

QLabel* wrappedLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    // Owners copy file names and error messages into searches and support mails.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

/// The format's name for people ("Shopify orders export"), or its machine name when unknown.
QString formatTitle(const QString& format)
{
    const auto importer = createImporter(format.toStdString());
    return importer ? importer->title() : format;
}
} // namespace

ImportSummaryDialog::ImportSummaryDialog(const QList<ImportReport>& reports, QWidget* parent)
    : QDialog(parent)
    , m_reports(reports)
{
    setObjectName(QStringLiteral("importSummaryDialog"));
    setWindowTitle(tr("Import results"));

    auto* headlineLabel = wrappedLabel(headline());
    headlineLabel->setObjectName(QStringLiteral("importHeadline"));
    QFont headlineFont = headlineLabel->font();
    headlineFont.setBold(true);
    headlineLabel->setFont(headlineFont);

    auto* files = new QWidget;
    auto* filesLayout = new QVBoxLayout(files);
    for (const ImportReport& report : m_reports)
        filesLayout->addWidget(fileSection(report));
    filesLayout->addStretch(1);
    // A long list of files scrolls instead of growing the dialog off screen.
    auto* scroll = new QScrollArea;
    scroll->setWidget(files);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // As tall as the list, up to a point: one file should not float in an empty dialog.
    const int listWidth = kDialogWidth - 2 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    scroll->setMinimumHeight(std::min(filesLayout->heightForWidth(listWidth), kMaxListHeight));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headlineLabel);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(kDialogWidth, sizeHint().height());
}

QString ImportSummaryDialog::headline() const
{
    const auto imported = std::ranges::count_if(m_reports, [](const ImportReport& r) { return !r.refused(); });
    const auto total = m_reports.size();
    if (imported == total)
        return total == 1 ? tr("The file was imported.") : tr("All %1 files were imported.").arg(total);
    if (imported == 0)
        return total == 1 ? tr("The file was not imported.") : tr("None of the %1 files was imported.").arg(total);
    return tr("%1 of %2 files were imported.").arg(imported).arg(total);
}

QWidget* ImportSummaryDialog::fileSection(const ImportReport& report)
{
    auto* section = new QFrame;
    section->setObjectName(QStringLiteral("importFileSection"));
    section->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(section);

    const QFileInfo file(report.file);
    auto* name = wrappedLabel(file.fileName());
    name->setObjectName(QStringLiteral("importFileName"));
    name->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    QFont nameFont = name->font();
    nameFont.setBold(true);
    name->setFont(nameFont);
    layout->addWidget(name);

    if (report.refused()) {
        // Bold, so a refused file stands out in a list of imported ones.
        auto* status = wrappedLabel(tr("Not imported; nothing from this file was changed in your store."));
        status->setFont(nameFont);
        layout->addWidget(status);
        auto* reason = wrappedLabel(report.error->describe());
        reason->setObjectName(QStringLiteral("importResult"));
        layout->addWidget(reason);
        return section;
    }

    layout->addWidget(wrappedLabel(tr("Imported as a %1.").arg(formatTitle(report.format))));
    const QLocale locale;
    auto* result = wrappedLabel(tr("Rows read: %1 — %2 new, %3 changed, %4 unchanged, %5 rejected")
                                    .arg(locale.toString(report.rowsRead), locale.toString(report.inserted),
                                        locale.toString(report.updated), locale.toString(report.unchanged),
                                        locale.toString(report.rejected)));
    result->setObjectName(QStringLiteral("importResult"));
    layout->addWidget(result);

    for (const QString& warning : report.warnings) {
        auto* line = wrappedLabel(tr("Note: %1").arg(warning));
        line->setObjectName(QStringLiteral("importWarning"));
        layout->addWidget(line);
    }

    if (report.rejected > 0 && !report.rejectsFile.isEmpty()) {
        layout->addWidget(wrappedLabel(tr("Rejected rows were left out; the rest of the file was imported. "
                                          "Show rejected rows opens the folder with a list of them and the reason "
                                          "for each, so you can fix them and import the file again.")));
        auto* show = new QPushButton(tr("Show rejected rows"));
        show->setObjectName(QStringLiteral("showRejectsButton"));
        show->setToolTip(QDir::toNativeSeparators(report.rejectsFile));
        show->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        // The folder, not the file: a CSV opens in a spreadsheet that may lock it, and the folder
        // also shows the rejects of earlier imports.
        const QString folder = QFileInfo(report.rejectsFile).absolutePath();
        connect(show, &QPushButton::clicked, this,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
        layout->addWidget(show);
    }
    return section;
}

} // namespace flywheel
