#include "deliverystatus.h"

#include "relativetime.h"
#include "servertext.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

namespace {

enum class Look { Delivered, Retrying, Waiting, InFlight, GaveUp, Unknown };

Look lookOf(const WebhookDelivery &d)
{
    switch (d.status) {
    case WebhookDelivery::Status::Delivered: return Look::Delivered;
    case WebhookDelivery::Status::Pending: return d.attemptCount > 0 ? Look::Retrying : Look::Waiting;
    case WebhookDelivery::Status::InFlight: return Look::InFlight;
    case WebhookDelivery::Status::Exhausted: return Look::GaveUp;
    case WebhookDelivery::Status::Unknown: break;
    }
    return Look::Unknown;
}

QPixmap draw(Look look, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 16.0, size / 16.0);
    QColor fill;
    switch (look) {
    case Look::Delivered: fill = QColor(22, 163, 74); break;
    case Look::Retrying: fill = QColor(217, 119, 6); break;
    case Look::Waiting: fill = QColor(113, 113, 122); break;
    case Look::InFlight: fill = QColor(37, 99, 235); break;
    case Look::GaveUp: fill = QColor(220, 38, 38); break;
    case Look::Unknown: fill = QColor(113, 113, 122); break;
    }
    p.setPen(QPen(fill.darker(130), 0.75));
    p.setBrush(fill);
    p.drawEllipse(QRectF(0.75, 0.75, 14.5, 14.5));
    p.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (look) {
    case Look::Delivered: // a tick
        p.drawPolyline(QPolygonF({QPointF(4.6, 8.3), QPointF(7.0, 10.7), QPointF(11.4, 5.6)}));
        break;
    case Look::Retrying: // a circular arrow
        p.drawArc(QRectF(4.2, 4.2, 7.6, 7.6), 30 * 16, 280 * 16);
        p.drawLine(QPointF(11.2, 3.8), QPointF(11.4, 6.4));
        p.drawLine(QPointF(11.4, 6.4), QPointF(8.9, 6.2));
        break;
    case Look::Waiting: // a clock
        p.drawLine(QPointF(8, 4.2), QPointF(8, 8));
        p.drawLine(QPointF(8, 8), QPointF(10.8, 9.6));
        break;
    case Look::InFlight: // an arrow on its way
        p.drawLine(QPointF(4.2, 8), QPointF(11.2, 8));
        p.drawPolyline(QPolygonF({QPointF(8.4, 5.0), QPointF(11.4, 8), QPointF(8.4, 11.0)}));
        break;
    case Look::GaveUp: // a cross
        p.drawLine(QPointF(5.3, 5.3), QPointF(10.7, 10.7));
        p.drawLine(QPointF(10.7, 5.3), QPointF(5.3, 10.7));
        break;
    case Look::Unknown: // a question mark's dot
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(8, 8), 1.6, 1.6);
        break;
    }
    return pixmap;
}

} // namespace

QString DeliveryStatus::text(const WebhookDelivery &d)
{
    switch (lookOf(d)) {
    case Look::Delivered: return tr("Delivered");
    case Look::Retrying: return tr("Retrying");
    case Look::Waiting: return tr("Pending");
    case Look::InFlight: return tr("In flight");
    case Look::GaveUp: return tr("Gave up");
    case Look::Unknown: break;
    }
    return ServerText::oneLine(d.statusText, 40);
}

QString DeliveryStatus::toolTip(const WebhookDelivery &d)
{
    switch (lookOf(d)) {
    case Look::Delivered: return tr("The receiver answered with a 2xx status.");
    case Look::Retrying:
        return tr("The last attempt failed; the server tries again (up to %1 attempts).").arg(MaxAttempts);
    case Look::Waiting: return tr("Not attempted yet.");
    case Look::InFlight: return tr("An attempt is under way.");
    case Look::GaveUp:
        return tr("Every attempt failed, or the endpoint was switched off: the server will not try again.");
    case Look::Unknown: break;
    }
    return tr("A status this version does not know: \u201c%1\u201d.").arg(ServerText::oneLine(d.statusText, 40));
}

QString DeliveryStatus::filterName(WebhookDelivery::Status status)
{
    switch (status) {
    case WebhookDelivery::Status::Delivered: return tr("Delivered");
    case WebhookDelivery::Status::Pending: return tr("Pending or retrying");
    case WebhookDelivery::Status::InFlight: return tr("In flight");
    case WebhookDelivery::Status::Exhausted: return tr("Gave up");
    case WebhookDelivery::Status::Unknown: break;
    }
    return tr("Other");
}

bool DeliveryStatus::lastAttemptFailed(const WebhookDelivery &d)
{
    if (d.status == WebhookDelivery::Status::Delivered || d.attemptCount <= 0)
        return false;
    if (!d.lastError.isEmpty())
        return true;
    if (d.hasLastResponseStatus)
        return d.lastResponseStatus < 200 || d.lastResponseStatus > 299;
    // Attempted, not delivered, no answer: a failure unless the attempt is still running.
    return d.status == WebhookDelivery::Status::Exhausted || d.status == WebhookDelivery::Status::Pending;
}

QString DeliveryStatus::attemptsText(const WebhookDelivery &d)
{
    //: Delivery attempts so far, out of the server's maximum, e.g. "3 of 6"
    return tr("%1 of %2").arg(d.attemptCount).arg(MaxAttempts);
}

QString DeliveryStatus::responseText(const WebhookDelivery &d)
{
    if (!d.hasLastResponseStatus)
        return RelativeTime::nullText();
    //: The receiver's HTTP status code, e.g. "HTTP 502"
    return tr("HTTP %1").arg(d.lastResponseStatus);
}

QIcon DeliveryStatus::icon(const WebhookDelivery &d)
{
    static QIcon icons[int(Look::Unknown) + 1];
    QIcon &icon = icons[int(lookOf(d))];
    if (icon.isNull()) {
        for (int size : {16, 24, 32})
            icon.addPixmap(draw(lookOf(d), size));
    }
    return icon;
}
