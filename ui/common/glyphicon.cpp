#include "glyphicon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace {

class GlyphEngine : public QIconEngine
{
public:
    explicit GlyphEngine(GlyphIcon::Shape shape) : m_shape(shape) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        const QColor colour = palette.color(group, mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::ButtonText);
        // The glyph in the middle two thirds of a square, as icon themes draw theirs.
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2 + side / 6, rect.y() + (rect.height() - side) / 2 + side / 6,
                         side * 2 / 3, side * 2 / 3);
        QPainterPath path;
        if (m_shape == GlyphIcon::Shape::Play) {
            path.moveTo(box.left() + box.width() / 8, box.top());
            path.lineTo(box.right(), box.center().y());
            path.lineTo(box.left() + box.width() / 8, box.bottom());
            path.closeSubpath();
        } else {
            const qreal bar = box.width() / 3;
            path.addRect(QRectF(box.left(), box.top(), bar, box.height()));
            path.addRect(QRectF(box.right() - bar, box.top(), bar, box.height()));
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(path, colour);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new GlyphEngine(m_shape); }

private:
    GlyphIcon::Shape m_shape;
};

} // namespace

QIcon GlyphIcon::themedOr(const QString &themeName, Shape shape)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return QIcon(new GlyphEngine(shape));
}
