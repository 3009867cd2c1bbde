#pragma once

#include <QByteArray>
#include <vector>

class JsonWriter;
struct Delivery;
struct Endpoint;
struct Organization;
class SandboxStore;

// Contract JSON for endpoints and deliveries, written with JsonWriter.
namespace EndpointJson {

void writeEndpoint(JsonWriter &w, const Endpoint &e, const Organization &org);
void writeDelivery(JsonWriter &w, const Delivery &d, const Endpoint &e);

QByteArray endpoint(const Endpoint &e, const Organization &org);
// The bare array of GET /api/v1/webhooks.
QByteArray endpointList(const Organization &org);
QByteArray deliveryList(const std::vector<const Delivery *> &deliveries, const Endpoint &e);

} // namespace EndpointJson
