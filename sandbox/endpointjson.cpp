#include "endpointjson.h"

#include "jsonwriter.h"
#include "model.h"

namespace EndpointJson {

void writeEndpoint(JsonWriter &w, const Endpoint &e, const Organization &org)
{
    w.beginObject();
    w.key("id");
    w.uuid(e.id);
    w.key("user_id");
    w.uuid(e.userId);
    w.key("organization_id");
    w.uuid(org.id);
    w.key("url");
    w.string(e.url);
    w.key("description");
    w.stringOrNull(e.description);
    w.key("events");
    w.beginArray();
    for (const QString &event : e.events)
        w.string(event);
    w.endArray();
    w.key("is_active");
    w.boolean(e.isActive);
    w.key("consecutive_failures");
    w.integer(e.consecutiveFailures);
    w.key("created_at");
    w.timestamp(e.createdAt);
    w.key("updated_at");
    w.timestamp(e.updatedAt);
    w.key("verified_at");
    w.timestamp(e.verifiedAt);
    w.key("last_success_at");
    w.timestamp(e.lastSuccessAt);
    w.key("last_failure_at");
    w.timestamp(e.lastFailureAt);
    w.key("disabled_at");
    w.timestamp(e.disabledAt);
    w.endObject();
}

void writeDelivery(JsonWriter &w, const Delivery &d, const Endpoint &e)
{
    w.beginObject();
    w.key("id");
    w.uuid(d.id);
    w.key("webhook_endpoint_id");
    w.uuid(e.id);
    w.key("event_id");
    w.uuid(d.eventId);
    w.key("event_type");
    w.string(d.eventType);
    w.key("status");
    w.plainString(deliveryStatusName(d.status));
    w.key("attempt_count");
    w.integer(d.attemptCount);
    w.key("next_retry_at");
    w.timestamp(d.nextRetryAt);
    w.key("created_at");
    w.timestamp(d.createdAt);
    w.key("last_attempt_at");
    w.timestamp(d.lastAttemptAt);
    w.key("last_response_status");
    if (d.lastResponseStatus)
        w.integer(*d.lastResponseStatus);
    else
        w.null();
    w.key("last_error");
    w.stringOrNull(d.lastError);
    w.key("delivered_at");
    w.timestamp(d.deliveredAt);
    w.endObject();
}

QByteArray endpoint(const Endpoint &e, const Organization &org)
{
    QByteArray out;
    out.reserve(700);
    JsonWriter w(&out);
    writeEndpoint(w, e, org);
    return out;
}

QByteArray endpointList(const Organization &org)
{
    QByteArray out;
    // About 600-700 bytes per endpoint: one allocation instead of repeated growth.
    out.reserve(qsizetype(org.endpoints.size()) * 720 + 16);
    JsonWriter w(&out);
    w.beginArray();
    for (const auto &e : org.endpoints)
        writeEndpoint(w, *e, org);
    w.endArray();
    out.squeeze(); // give back the unused reserve (about 15 %) while it is being sent
    return out;
}

QByteArray deliveryList(const std::vector<const Delivery *> &deliveries, const Endpoint &e)
{
    QByteArray out;
    out.reserve(qsizetype(deliveries.size()) * 420 + 16);
    JsonWriter w(&out);
    w.beginArray();
    for (const Delivery *d : deliveries)
        writeDelivery(w, *d, e);
    w.endArray();
    return out;
}

} // namespace EndpointJson
