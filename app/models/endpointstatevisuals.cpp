#include "endpointstatevisuals.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>

namespace EndpointStateVisuals {

QBrush stateBackground(const WebhookEndpoint &e)
{
    // Semi-transparent tints: they sit on the palette's base colour, light or dark.
    static const std::array<QBrush, WebhookEndpoint::AutoDisableThreshold + 1> failing = [] {
        std::array<QBrush, WebhookEndpoint::AutoDisableThreshold + 1> brushes;
        for (int i = 0; i <= WebhookEndpoint::AutoDisableThreshold; ++i)
            brushes[size_t(i)] = QBrush(QColor(245, 158, 11, 36 + (70 - 36) * i / WebhookEndpoint::AutoDisableThreshold));
        return brushes;
    }();
    static const QBrush disabled(QColor(220, 38, 38, 64));
    static const QBrush inactive(QColor(128, 128, 128, 48));
    static const QBrush neverVerified(QColor(59, 130, 246, 44));
    switch (e.state()) {
    case WebhookEndpoint::State::Healthy: return QBrush();
    case WebhookEndpoint::State::Failing:
        return failing[size_t(std::clamp(e.consecutiveFailures, 0, WebhookEndpoint::AutoDisableThreshold))];
    case WebhookEndpoint::State::Disabled: return disabled;
    case WebhookEndpoint::State::Inactive: return inactive;
    case WebhookEndpoint::State::NeverVerified: return neverVerified;
    }
    return QBrush();
}

namespace {
bool isDark(const QColor &background) { return background.lightnessF() < 0.5; }
} // namespace

QColor stateColour(WebhookEndpoint::State state, const QColor &background)
{
    const bool dark = isDark(background);
    switch (state) {
    case WebhookEndpoint::State::Healthy: return dark ? QColor(74, 222, 128) : QColor(21, 128, 61);
    case WebhookEndpoint::State::Failing: return dark ? QColor(251, 191, 36) : QColor(180, 83, 9);
    case WebhookEndpoint::State::Disabled: return dark ? QColor(248, 113, 113) : QColor(185, 28, 28);
    case WebhookEndpoint::State::Inactive: return dark ? QColor(161, 161, 170) : QColor(100, 100, 110);
    case WebhookEndpoint::State::NeverVerified: return dark ? QColor(96, 165, 250) : QColor(37, 99, 235);
    }
    return {};
}

QPixmap drawStateIcon(WebhookEndpoint::State state, int size)
{
    return drawStateIcon(state, size, QGuiApplication::palette().color(QPalette::Base));
}

QPixmap drawStateIcon(WebhookEndpoint::State state, int size, const QColor &background)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 16.0, size / 16.0); // draw on a 16x16 grid
    const QRectF disc(0.75, 0.75, 14.5, 14.5);
    const QColor fill = stateColour(state, background);
    // The edge is the fill itself: a darker outline would sink into a dark row.
    p.setPen(QPen(fill, 0.75));
    p.setBrush(fill);
    if (state == WebhookEndpoint::State::Disabled) {
        // A stop sign: the shape says it too.
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double a = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << QPointF(8 + 7.4 * std::cos(a), 8 + 7.4 * std::sin(a));
        }
        p.drawPolygon(octagon);
    } else {
        p.drawEllipse(disc);
    }
    // White on the deep shades, near-black on the light ones.
    const QColor glyphColour = isDark(background) ? QColor(24, 24, 27) : QColor(Qt::white);
    QPen glyph(glyphColour, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(glyph);
    p.setBrush(Qt::NoBrush);
    switch (state) {
    case WebhookEndpoint::State::Healthy:
        p.drawPolyline(QPolygonF({QPointF(4.6, 8.3), QPointF(7.0, 10.7), QPointF(11.4, 5.6)}));
        break;
    case WebhookEndpoint::State::Failing:
        p.drawLine(QPointF(8, 4.0), QPointF(8, 9.0));
        p.setPen(Qt::NoPen);
        p.setBrush(glyphColour);
        p.drawEllipse(QPointF(8, 11.8), 1.25, 1.25);
        break;
    case WebhookEndpoint::State::Disabled:
        p.drawLine(QPointF(5.3, 5.3), QPointF(10.7, 10.7));
        p.drawLine(QPointF(10.7, 5.3), QPointF(5.3, 10.7));
        break;
    case WebhookEndpoint::State::Inactive:
        p.drawLine(QPointF(6.3, 5.0), QPointF(6.3, 11.0));
        p.drawLine(QPointF(9.7, 5.0), QPointF(9.7, 11.0));
        break;
    case WebhookEndpoint::State::NeverVerified: {
        QPainterPath q;
        q.moveTo(5.6, 6.2);
        q.cubicTo(5.6, 3.2, 10.6, 3.2, 10.4, 6.2);
        q.cubicTo(10.3, 7.8, 8.0, 7.9, 8.0, 9.6);
        p.drawPath(q);
        p.setPen(Qt::NoPen);
        p.setBrush(glyphColour);
        p.drawEllipse(QPointF(8, 12.2), 1.2, 1.2);
        break;
    }
    }
    return pixmap;
}

} // namespace EndpointStateVisuals
