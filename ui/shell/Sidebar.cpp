#include "shell/Sidebar.h"

#include "wheel/WheelPalette.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

namespace flywheel {

namespace {
constexpr int kBadgeRole = Qt::UserRole + 1;
constexpr int kSeparatorRole = Qt::UserRole + 2;
constexpr int kPageRole = Qt::UserRole + 3;

class SidebarDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.data(kSeparatorRole).toBool())
            return { option.rect.width(), 9 };
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 14));
        return size;
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.data(kSeparatorRole).toBool()) {
            painter->setPen(WheelPalette::line(option.palette));
            const int y = option.rect.center().y();
            painter->drawLine(option.rect.left() + 10, y, option.rect.right() - 10, y);
            return;
        }
        const int count = index.data(kBadgeRole).toInt();
        QStyleOptionViewItem room = option;
        QString badgeText;
        qreal badgeWidth = 0;
        if (count > 0) {
            badgeText = QLocale().toString(count);
            badgeWidth = option.fontMetrics.horizontalAdvance(badgeText) + 12;
            room.rect.setRight(option.rect.right() - static_cast<int>(badgeWidth) - 8);
        }
        if (count > 0) {
            // The row's selection and hover background spans the badge too.
            QStyleOptionViewItem background = option;
            initStyleOption(&background, index);
            const QWidget* view = option.widget;
            QStyle* style = view ? view->style() : QApplication::style();
            style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, view);
        }
        QStyledItemDelegate::paint(painter, room, index);
        if (count == 0)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal height = option.fontMetrics.height() + 2;
        const QRectF badge(
            option.rect.right() - badgeWidth - 6, option.rect.center().y() - height / 2 + 0.5, badgeWidth, height);
        const bool selected = option.state & QStyle::State_Selected;
        const QColor fill
            = selected ? option.palette.color(QPalette::HighlightedText) : option.palette.color(QPalette::Highlight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(badge, height / 2, height / 2);
        painter->setPen(
            selected ? option.palette.color(QPalette::Highlight) : option.palette.color(QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, badgeText);
        painter->restore();
    }
};
} // namespace

Sidebar::Sidebar(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setAccessibleName(tr("Pages"));
    setItemDelegate(new SidebarDelegate(this));
    setIconSize(QSize(20, 20));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false);
    setSpacing(1);
    // The sidebar's background sets it apart from the page beside it.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        if (current)
            emit pageSelected(current->data(kPageRole).toInt());
    });
}

void Sidebar::addPage(const QIcon& icon, const QString& title)
{
    int pages = 0;
    for (int row = 0; row < count(); ++row)
        pages += item(row)->data(kSeparatorRole).toBool() ? 0 : 1;
    auto* entry = new QListWidgetItem(icon, title, this);
    entry->setToolTip(title);
    entry->setData(kPageRole, pages);
}

void Sidebar::addSeparator()
{
    auto* item = new QListWidgetItem(this);
    item->setData(kSeparatorRole, true);
    item->setFlags(Qt::NoItemFlags);
}

QListWidgetItem* Sidebar::pageItem(int page) const
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* entry = item(row);
        if (!entry->data(kSeparatorRole).toBool() && entry->data(kPageRole).toInt() == page)
            return entry;
    }
    return nullptr;
}

void Sidebar::setBadge(int page, int count)
{
    if (QListWidgetItem* entry = pageItem(page))
        entry->setData(kBadgeRole, count);
}

int Sidebar::badge(int page) const
{
    const QListWidgetItem* entry = pageItem(page);
    return entry ? entry->data(kBadgeRole).toInt() : 0;
}

void Sidebar::setCurrentPage(int page)
{
    if (QListWidgetItem* entry = pageItem(page))
        setCurrentItem(entry);
}

int Sidebar::currentPage() const
{
    return currentItem() ? currentItem()->data(kPageRole).toInt() : -1;
}

QRect Sidebar::pageRect(int page) const
{
    QListWidgetItem* entry = pageItem(page);
    return entry ? visualItemRect(entry) : QRect();
}

QSize Sidebar::sizeHint() const
{
    int width = 0;
    for (int row = 0; row < count(); ++row)
        width = std::max(width, fontMetrics().horizontalAdvance(item(row)->text()));
    return { width + iconSize().width() + 72, QListWidget::sizeHint().height() };
}

} // namespace flywheel
