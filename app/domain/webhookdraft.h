#pragma once

#include "eventtype.h"

#include <QString>

// What a person types to create an endpoint (contract: WebhookEndpointCreate).
struct WebhookDraft
{
    QString url;
    QString description; // empty: not sent
    EventTypes events;   // empty: not sent, the server applies its default
};
