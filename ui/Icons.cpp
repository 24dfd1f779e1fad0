#include "Icons.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

#include <memory>

namespace flywheel {

namespace {

QString fileName(Icon which)
{
    switch (which) {
    case Icon::Home:
        return QStringLiteral("home");
    case Icon::Service:
        return QStringLiteral("service");
    case Icon::Content:
        return QStringLiteral("content");
    case Icon::Search:
        return QStringLiteral("search");
    case Icon::Merchandising:
        return QStringLiteral("merchandising");
    case Icon::Inventory:
        return QStringLiteral("inventory");
    case Icon::Promotions:
        return QStringLiteral("promotions");
    case Icon::Queue:
        return QStringLiteral("queue");
    case Icon::Data:
        return QStringLiteral("data");
    case Icon::Import:
        return QStringLiteral("import");
    case Icon::Run:
        return QStringLiteral("run");
    case Icon::Push:
        return QStringLiteral("push");
    case Icon::Accept:
        return QStringLiteral("accept");
    case Icon::Dismiss:
        return QStringLiteral("dismiss");
    case Icon::Reopen:
        return QStringLiteral("reopen");
    case Icon::NewStore:
        return QStringLiteral("newstore");
    case Icon::OpenStore:
        return QStringLiteral("openstore");
    case Icon::Demo:
        return QStringLiteral("demo");
    }
    return {};
}

QPixmap renderTinted(QSvgRenderer& renderer, const QSize& size, const QColor& color)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    if (size.isEmpty())
        return pixmap;
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    // Keeps the drawing's shape and coverage, replaces its color.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), color);
    return pixmap;
}

std::shared_ptr<QSvgRenderer> renderer(Icon which)
{
    // Parsed once per picture; every QIcon and pixmap of it shares the parsed drawing.
    static QHash<Icon, std::shared_ptr<QSvgRenderer>> renderers;
    std::shared_ptr<QSvgRenderer>& parsed = renderers[which];
    if (!parsed)
        parsed = std::make_shared<QSvgRenderer>(QStringLiteral(":/icons/ui/%1.svg").arg(fileName(which)));
    return parsed;
}

/// Paints a one-color SVG in the color the current palette gives its mode, at any size.
class TintedSvgEngine final : public QIconEngine {
public:
    explicit TintedSvgEngine(std::shared_ptr<QSvgRenderer> renderer)
        : m_renderer(std::move(renderer))
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, render(rect.size() * ratio, mode, state));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return render(size, mode, state);
    }

    QIconEngine* clone() const override { return new TintedSvgEngine(m_renderer); }
    QString key() const override { return QStringLiteral("FlywheelTintedSvg"); }

private:
    static QColor tint(QIcon::Mode mode)
    {
        const QPalette palette = QApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::WindowText);
    }

    QPixmap render(const QSize& size, QIcon::Mode mode, QIcon::State) const
    {
        return renderTinted(*m_renderer, size, tint(mode));
    }

    std::shared_ptr<QSvgRenderer> m_renderer;
};

} // namespace

QIcon icon(Icon which)
{
    return QIcon(new TintedSvgEngine(renderer(which)));
}

QPixmap iconPixmap(Icon which, const QSize& size, const QColor& color, qreal devicePixelRatio)
{
    QPixmap pixmap = renderTinted(*renderer(which), size * devicePixelRatio, color);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace flywheel
