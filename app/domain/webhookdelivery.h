#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One delivery of one event to one endpoint (contract: WebhookDelivery).
struct WebhookDelivery
{
    enum class Status { Pending, InFlight, Delivered, Exhausted, Unknown };

    QString id;
    QString webhookEndpointId;
    QString eventId;
    QString eventType; // free text in the contract: kept as sent
    Status status = Status::Unknown;
    QString statusText; // the wire value, also when Unknown
    int attemptCount = 0;
    QDateTime nextRetryAt;
    QDateTime createdAt;
    QDateTime lastAttemptAt;    // nullable
    int lastResponseStatus = 0; // 0 when null
    bool hasLastResponseStatus = false;
    QString lastError; // null when null
    QDateTime deliveredAt; // nullable

    static Status statusFromWire(const QString &text);
};

Q_DECLARE_METATYPE(WebhookDelivery)
