#include "endpointhealth.h"

EndpointHealth EndpointHealth::of(const WebhookEndpoint &endpoint)
{
    EndpointHealth h;
    h.failures = endpoint.consecutiveFailures;
    h.active = endpoint.isActive;
    h.autoDisabled = endpoint.isAutoDisabled();
    h.url = endpoint.url;
    return h;
}

HealthById healthById(const QList<WebhookEndpoint> &endpoints)
{
    HealthById byId;
    byId.reserve(endpoints.size());
    for (const WebhookEndpoint &e : endpoints)
        byId.insert(e.id, EndpointHealth::of(e));
    return byId;
}
