#include "webhookendpoint.h"

WebhookEndpoint::State WebhookEndpoint::state() const
{
    if (!isActive)
        return disabledAt.isValid() ? State::Disabled : State::Inactive;
    if (consecutiveFailures > 0)
        return State::Failing;
    if (!verifiedAt.isValid() && !lastSuccessAt.isValid())
        return State::NeverVerified;
    return State::Healthy;
}

bool operator==(const WebhookEndpoint &a, const WebhookEndpoint &b)
{
    return a.id == b.id && a.userId == b.userId && a.organizationId == b.organizationId
        && a.url == b.url && a.description == b.description
        && a.description.isNull() == b.description.isNull() && a.events == b.events
        && a.unknownEvents == b.unknownEvents && a.isActive == b.isActive
        && a.consecutiveFailures == b.consecutiveFailures && a.createdAt == b.createdAt
        && a.updatedAt == b.updatedAt && a.verifiedAt == b.verifiedAt
        && a.lastSuccessAt == b.lastSuccessAt && a.lastFailureAt == b.lastFailureAt
        && a.disabledAt == b.disabledAt;
}
