#pragma once

#include "editnotice.h"
#include "editquestion.h"
#include "webhookendpoint.h"

#include <QCoreApplication>

// Switching on an endpoint that the server switched off after failed deliveries
// (EndpointEditor::reactivatesAutoDisabled()): a person confirms it before anything
// is sent, because it resets the failure counter and deliveries start again.
class Reactivation
{
    Q_DECLARE_TR_FUNCTIONS(Reactivation)

public:
    // Asked before saving, with Yes and No (the default); `original` is the endpoint
    // as the server switched it off.
    static EditQuestion question(const WebhookEndpoint &original);
    // What the form says when the answer was No.
    static EditNotice declined();
    // The note beside Active while `original` is switched off by the server: how to
    // re-activate it, or, once Active is ticked, that saving asks first. Empty for
    // any other endpoint.
    static QString note(const WebhookEndpoint &original, bool activeTicked);
};
