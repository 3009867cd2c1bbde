#pragma once

#include "webhookdelivery.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

// What a delivery's status says, in words and with an icon (never colour alone).
class DeliveryStatus
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryStatus)

public:
    // The attempts the server makes per event before it gives up.
    static constexpr int MaxAttempts = 6;

    // "Delivered", "Retrying" (pending after a failed attempt), "Pending", "In flight",
    // "Gave up"; an unknown wire status as sent (made safe).
    static QString text(const WebhookDelivery &delivery);
    // One sentence on what the status means for this delivery.
    static QString toolTip(const WebhookDelivery &delivery);
    // The name of a status for a filter ("Pending or retrying" for Pending).
    static QString filterName(WebhookDelivery::Status status);
    // True when the delivery's last attempt failed (an error or a non-2xx answer).
    static bool lastAttemptFailed(const WebhookDelivery &delivery);
    // "3 of 6".
    static QString attemptsText(const WebhookDelivery &delivery);
    // "HTTP 502", or an em dash when there was no answer.
    static QString responseText(const WebhookDelivery &delivery);
    // The status's icon (needs a QGuiApplication); cached.
    static QIcon icon(const WebhookDelivery &delivery);
};
