#pragma once

#include "webhookendpoint.h"

#include <QHash>
#include <QList>
#include <QString>

// What the watch remembers of an endpoint between two refreshes: only what decides
// whether it is healthy, failing or switched off, and its address to name it.
struct EndpointHealth
{
    int failures = 0;
    bool active = true;
    bool autoDisabled = false; // switched off by the server (disabled_at set)
    QString url;

    static EndpointHealth of(const WebhookEndpoint &endpoint);
};

// Every endpoint of a list by id, built once per refresh (off the GUI thread).
using HealthById = QHash<QString, EndpointHealth>;

HealthById healthById(const QList<WebhookEndpoint> &endpoints);
