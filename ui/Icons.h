#pragma once

#include <QIcon>

namespace flywheel {

/// Every icon the app draws. The pictures are line drawings in resources/icons/ui; fetch them only
/// through icon(), so file names stay in one place.
enum class Icon {
    Home,
    Service,
    Content,
    Search,
    Merchandising,
    Inventory,
    Promotions,
    Queue,
    Data,
    Import,
    Run,
    Push,
    Accept,
    Dismiss,
    Reopen,
    NewStore,
    OpenStore,
    Demo,
};

/// The icon, drawn in the palette's text color when it is painted, so it suits light and dark
/// palettes and follows a palette change without being fetched again.
[[nodiscard]] QIcon icon(Icon which);

/// The picture in one color, `size` device-independent pixels at `devicePixelRatio`; for custom
/// painted widgets that color icons by meaning (e.g. a stage's accent color).
[[nodiscard]] QPixmap iconPixmap(Icon which, const QSize& size, const QColor& color, qreal devicePixelRatio);

} // namespace flywheel
