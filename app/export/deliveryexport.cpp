#include "deliveryexport.h"

#include "isotimestamp.h"

namespace {

QJsonValue time(const QDateTime &t) { return t.isValid() ? QJsonValue(IsoTimestamp::format(t)) : QJsonValue(); }

} // namespace

namespace DeliveryExport {

QStringList fields()
{
    return {QStringLiteral("id"),
            QStringLiteral("webhook_endpoint_id"),
            QStringLiteral("event_id"),
            QStringLiteral("event_type"),
            QStringLiteral("status"),
            QStringLiteral("attempt_count"),
            QStringLiteral("last_response_status"),
            QStringLiteral("last_error"),
            QStringLiteral("next_retry_at"),
            QStringLiteral("created_at"),
            QStringLiteral("last_attempt_at"),
            QStringLiteral("delivered_at")};
}

ExportTable table(const QList<WebhookDelivery> &deliveries)
{
    ExportTable t;
    t.fields = fields();
    t.rows.reserve(deliveries.size());
    for (const WebhookDelivery &d : deliveries) {
        t.rows.append({d.id, d.webhookEndpointId, d.eventId, d.eventType, d.statusText, d.attemptCount,
                       d.hasLastResponseStatus ? QJsonValue(d.lastResponseStatus) : QJsonValue(),
                       d.lastError.isNull() ? QJsonValue() : QJsonValue(d.lastError), time(d.nextRetryAt),
                       time(d.createdAt), time(d.lastAttemptAt), time(d.deliveredAt)});
    }
    return t;
}

} // namespace DeliveryExport
