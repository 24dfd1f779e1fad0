#include "WizardText.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>

namespace flywheel::wizard {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ImportWizard)
};

/// Space above and below the text of a table row.
constexpr int kRowPadding = 8;
} // namespace

QString formatTitle(const QString& format)
{
    const auto importer = createImporter(format.toStdString());
    return importer ? importer->title() : format;
}

QString layoutSummary(const WizardFile& file)
{
    switch (file.layout) {
    case WizardFile::Layout::Reading:
        return Text::tr("Reading…");
    case WizardFile::Layout::Unreadable:
        return Text::tr("Cannot be read; it will be skipped");
    case WizardFile::Layout::Unknown:
        return Text::tr("Layout not recognised; you choose its columns next");
    case WizardFile::Layout::Detected:
        return file.chooseColumns ? Text::tr("%1; you choose its columns next").arg(formatTitle(file.format()))
                                  : formatTitle(file.format());
    case WizardFile::Layout::Saved:
        return Text::tr("%1, with the columns you saved").arg(formatTitle(file.format()));
    case WizardFile::Layout::Chosen:
        return Text::tr("%1, with the columns you chose").arg(formatTitle(file.format()));
    }
    return {};
}

QIcon layoutIcon(const WizardFile& file, const QStyle* style)
{
    switch (file.layout) {
    case WizardFile::Layout::Reading:
        return {};
    case WizardFile::Layout::Unreadable:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case WizardFile::Layout::Unknown:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case WizardFile::Layout::Detected:
    case WizardFile::Layout::Saved:
    case WizardFile::Layout::Chosen:
        break;
    }
    return style->standardIcon(file.importable() ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning);
}

QString fileName(const WizardFile& file)
{
    return QFileInfo(file.path).fileName();
}

QLabel* textLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* noteLabel(const QString& text)
{
    auto* label = textLabel(text);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void setUpListTable(QTableView* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + kRowPadding);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace flywheel::wizard
