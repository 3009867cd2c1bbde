#pragma once

#include "eventtype.h"
#include "webhookendpoint.h"

#include <QJsonObject>
#include <optional>

// A partial update (contract: WebhookEndpointUpdate): only the fields that are set are sent.
struct WebhookPatch
{
    std::optional<QString> url;
    std::optional<QString> description;
    std::optional<EventTypes> events;
    std::optional<bool> isActive;
    // Event names this version does not know but the endpoint has: sent along with
    // `events` so that an edit does not unsubscribe them behind the user's back.
    QStringList otherEvents;

    bool isEmpty() const { return !url && !description && !events && !isActive; }
    // A URL change makes the server ping the new URL before saving (up to 5 s).
    bool changesUrl() const { return url.has_value(); }

    // The fields of `edited` that differ from `original`; a null and an empty
    // description are the same. A changed URL is sent in ASCII (UrlDisplay::toAscii). Unknown event names of `original` are kept out of
    // the comparison: the form cannot show them.
    static WebhookPatch between(const WebhookEndpoint &original, const WebhookEndpoint &edited);
};
