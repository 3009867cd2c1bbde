#pragma once

#include "webhookendpoint.h"

#include <QCoreApplication>
#include <QString>

// What the Status column says about an endpoint, in words (never colour alone).
class EndpointStatus
{
    Q_DECLARE_TR_FUNCTIONS(EndpointStatus)

public:
    // "Healthy", "Failing 7/20", "Disabled 3 days ago", "Inactive", "Never verified",
    // "Re-activated, awaiting delivery"; times relative to `now`.
    static QString text(const WebhookEndpoint &endpoint, const QDateTime &now);
    static QString text(const WebhookEndpoint &endpoint);
    // Switched on again after failures (the server reset the counter) and nothing has
    // been delivered since: its last success predates its last failure.
    static bool awaitsDeliveryAfterReactivation(const WebhookEndpoint &endpoint);
    // One or two sentences: what the state means, since when, after how many failures.
    static QString toolTip(const WebhookEndpoint &endpoint);
    // The state's name alone, e.g. for a filter button or an accessible description.
    static QString stateName(WebhookEndpoint::State state);

    // 0.0 healthy ... 1.0 at AutoDisableThreshold consecutive failures or auto-disabled.
    // Inactive and never-verified endpoints are not failing: 0.0.
    static double severity(const WebhookEndpoint &endpoint);

    // Ascending = healthiest first: healthy < inactive < never verified
    // < failing (by count) < disabled (by count). Descending puts trouble on top.
    static int sortKey(const WebhookEndpoint &endpoint);
};
