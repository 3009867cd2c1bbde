#include "traybadge.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

namespace TrayBadge {

QPixmap paint(const QIcon &base, int count, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    base.paint(&p, QRect(0, 0, size, size));
    if (count <= 0)
        return pixmap;

    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    // Over half the icon: readable at 16 px, where the digits need most of it.
    const int diameter = qMax(9, size * 11 / 20);
    QFont font;
    font.setBold(true);
    font.setPixelSize(qMax(7, diameter * (text.size() > 2 ? 5 : text.size() > 1 ? 6 : 8) / 10));
    const int textWidth = QFontMetrics(font).horizontalAdvance(text);
    const int width = qMin(size, qMax(diameter, textWidth + diameter / 3));
    const QRectF badge(size - width, size - diameter, width, diameter);
    QPainterPath path;
    path.addRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), diameter / 2.0, diameter / 2.0);
    p.fillPath(path, QColor(0xc6, 0x28, 0x28));
    p.setPen(QPen(Qt::white, qMax(1.0, size / 32.0)));
    p.drawPath(path);
    p.setFont(font);
    p.drawText(badge, Qt::AlignCenter, text);
    return pixmap;
}

QIcon withCount(const QIcon &base, int count)
{
    QIcon icon;
    for (int size : Sizes)
        icon.addPixmap(paint(base, count, size));
    return icon;
}

} // namespace TrayBadge
