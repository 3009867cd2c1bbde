#pragma once

#include <QJsonObject>
#include <QString>
#include <QUuid>

struct Delivery;
struct Endpoint;

// Server-side state written directly as contract JSON fields, bypassing the API's input
// rules: for seed files and the POST /__sandbox/webhooks/{id} test control. Only types
// (and UUID/timestamp formats) are checked, so tests can set up any state, including
// unknown event types. The sandbox-only field "broken" (bool) says whether simulated
// deliveries to the endpoint fail.
namespace RawFields {

enum class Mode {
    Seed,      // id and user_id may be given; organization_id is ignored (the key's org)
    Overwrite, // id, user_id and organization_id cannot be changed
};

bool applyEndpoint(const QJsonObject &object, Endpoint *endpoint, Mode mode, QString *error);

// A delivery row; webhook_endpoint_id is returned separately. id and event_id are
// generated when absent, next_retry_at defaults to created_at.
bool readDelivery(const QJsonObject &object, Delivery *delivery, QUuid *endpointId, QString *error);

} // namespace RawFields
