#pragma once
// Deliveries in every state for the deliveries tests.

#include "webhookdelivery.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace DeliverySupport {

inline QDateTime utc(int y, int mo, int d, int h, int mi, int sec = 0)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(QDate(y, mo, d), QTime(h, mi, sec), QTimeZone::utc());
#else
    return QDateTime(QDate(y, mo, d), QTime(h, mi, sec), Qt::UTC);
#endif
}

// "Now" in the tests.
inline QDateTime baseNow() { return utc(2026, 1, 15, 10, 0, 0); }

inline QString idOf(int n) { return QStringLiteral("d0000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')); }

// A delivery created `minutesAgo` before baseNow().
inline WebhookDelivery delivered(int n, int minutesAgo, const QString &type = QStringLiteral("upload.completed"))
{
    WebhookDelivery d;
    d.id = idOf(n);
    d.webhookEndpointId = QStringLiteral("7d1c3b0e-2f4a-4c5e-9a8b-0c1d2e3f4a5b");
    d.eventId = QStringLiteral("e0000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    d.eventType = type;
    d.status = WebhookDelivery::Status::Delivered;
    d.statusText = QStringLiteral("delivered");
    d.attemptCount = 1;
    d.createdAt = baseNow().addSecs(-60 * minutesAgo);
    d.lastAttemptAt = d.createdAt.addSecs(2);
    d.deliveredAt = d.lastAttemptAt;
    d.nextRetryAt = d.lastAttemptAt;
    d.lastResponseStatus = 200;
    d.hasLastResponseStatus = true;
    return d;
}

// A failed delivery (pending, retrying; or exhausted after 6 attempts). status 0: no answer.
inline WebhookDelivery failed(int n, int minutesAgo, int attempts, int status, const QString &error,
                              const QString &type = QStringLiteral("upload.failed"))
{
    WebhookDelivery d = delivered(n, minutesAgo, type);
    d.deliveredAt = QDateTime();
    d.attemptCount = attempts;
    d.hasLastResponseStatus = status != 0;
    d.lastResponseStatus = status;
    d.lastError = error;
    if (attempts >= 6) {
        d.status = WebhookDelivery::Status::Exhausted;
        d.statusText = QStringLiteral("exhausted");
        d.nextRetryAt = d.lastAttemptAt;
    } else {
        d.status = WebhookDelivery::Status::Pending;
        d.statusText = QStringLiteral("pending");
        d.nextRetryAt = d.lastAttemptAt.addSecs(300);
    }
    return d;
}

inline WebhookDelivery inFlight(int n, int minutesAgo)
{
    WebhookDelivery d = delivered(n, minutesAgo, QStringLiteral("upload.created"));
    d.deliveredAt = QDateTime();
    d.status = WebhookDelivery::Status::InFlight;
    d.statusText = QStringLiteral("in_flight");
    d.hasLastResponseStatus = false;
    d.lastResponseStatus = 0;
    d.nextRetryAt = d.lastAttemptAt.addSecs(60);
    return d;
}

} // namespace DeliverySupport
