#include "webhookpatch.h"

#include "urldisplay.h"

WebhookPatch WebhookPatch::between(const WebhookEndpoint &original, const WebhookEndpoint &edited)
{
    WebhookPatch patch;
    // A changed URL is sent with its host in ASCII, as the contract's `uri`.
    if (edited.url != original.url)
        patch.url = UrlDisplay::toAscii(edited.url);
    // The contract's update takes a string, not null: "" clears a description.
    const QString before = original.description.isNull() ? QString() : original.description;
    const QString after = edited.description.isNull() ? QString() : edited.description;
    if (before != after)
        patch.description = after.isNull() ? QStringLiteral("") : after;
    if (edited.events != original.events) {
        patch.events = edited.events;
        patch.otherEvents = original.unknownEvents;
    }
    if (edited.isActive != original.isActive)
        patch.isActive = edited.isActive;
    return patch;
}
