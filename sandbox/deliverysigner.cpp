#include "deliverysigner.h"

#include "isotime.h"
#include "jsonwriter.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace DeliverySigner {

QByteArray signatureHeader(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body)
{
    const QByteArray t = QByteArray::number(unixSeconds);
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(t);
    mac.addData(".", 1);
    mac.addData(body);
    return "t=" + t + ",v1=" + mac.result().toHex();
}

QByteArray envelope(const Endpoint &endpoint, const Delivery &delivery)
{
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    w.key("id");
    w.plainString("evt_" + delivery.eventId.toByteArray(QUuid::WithoutBraces));
    w.key("type");
    w.string(delivery.eventType);
    w.key("api_version");
    w.plainString(ApiVersion);
    w.key("created_at");
    w.timestamp(delivery.createdAt);
    w.key("data");
    w.beginObject(); // the sandbox has no uploads: an id derived from the event, and the endpoint
    w.key("upload_id");
    w.uuid(QUuid::createUuidV5(delivery.eventId, QByteArrayLiteral("upload")));
    w.key("webhook_endpoint_id");
    w.uuid(endpoint.id);
    w.endObject();
    w.endObject();
    return out;
}

OutgoingRequest request(const Endpoint &endpoint, const Delivery &delivery, qint64 nowUs)
{
    OutgoingRequest r;
    r.body = envelope(endpoint, delivery);
    const qint64 t = nowUs / IsoTime::UsPerSecond;
    r.headers = {
        {"Content-Type", "application/json"},
        {"User-Agent", "OptimalDial-Webhooks/1.0"},
        {"X-OptimalDial-Event", delivery.eventType.toUtf8()},
        {"X-OptimalDial-Event-Id", "evt_" + delivery.eventId.toByteArray(QUuid::WithoutBraces)},
        {"X-OptimalDial-Delivery-Id", delivery.id.toByteArray(QUuid::WithoutBraces)},
        {"X-OptimalDial-Attempt", QByteArray::number(delivery.attemptCount)},
        {"X-OptimalDial-Timestamp", QByteArray::number(t)},
        {"X-OptimalDial-Signature", signatureHeader(endpoint.secret, t, r.body)},
    };
    return r;
}

} // namespace DeliverySigner
