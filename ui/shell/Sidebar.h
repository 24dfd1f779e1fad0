#pragma once

#include <QListWidget>

namespace flywheel {

/// The window's navigation: one row per page (icon and title), with a count badge where a page
/// has actions waiting, and separator lines between groups of pages. Pages are numbered in the
/// order they are added, separators not counted.
class Sidebar : public QListWidget {
    Q_OBJECT

public:
    explicit Sidebar(QWidget* parent = nullptr);

    void addPage(const QIcon& icon, const QString& title);
    /// A thin line before the next page added.
    void addSeparator();
    /// Shows `count` on the page's badge; 0 hides it.
    void setBadge(int page, int count);
    [[nodiscard]] int badge(int page) const;
    void setCurrentPage(int page);
    [[nodiscard]] int currentPage() const;
    /// Where the page's row is drawn, in viewport coordinates (for tests clicking it).
    [[nodiscard]] QRect pageRect(int page) const;

    [[nodiscard]] QSize sizeHint() const override;

signals:
    /// The owner picked a page (mouse or keyboard).
    void pageSelected(int page);

private:
    [[nodiscard]] QListWidgetItem* pageItem(int page) const;
};

} // namespace flywheel
