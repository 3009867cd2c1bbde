#pragma once

#include "model.h"

#include <QByteArray>

// The request the real server POSTs for a delivery attempt, built as shared/api/README.md
// ("Receiving side") describes it: the envelope {"id","type","api_version","created_at","data"}
// as the body, X-OptimalDial-Signature "t=<unix seconds>,v1=<hex>" where v1 is HMAC-SHA256
// over "<t>.<body>" keyed with the endpoint's secret as its ASCII text, and the event,
// event id, delivery id, attempt and timestamp headers.
namespace DeliverySigner {

constexpr char ApiVersion[] = "2026-04-23";

// "t=1776945600,v1=8b5c..." for this body signed at unixSeconds.
QByteArray signatureHeader(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body);
// The JSON envelope of the delivery's event ("id" is "evt_" + the delivery's event_id).
QByteArray envelope(const Endpoint &endpoint, const Delivery &delivery);
// The attempt made at nowUs (IsoTime microseconds), signed with endpoint.secret.
OutgoingRequest request(const Endpoint &endpoint, const Delivery &delivery, qint64 nowUs);

} // namespace DeliverySigner
