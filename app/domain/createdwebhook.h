#pragma once

#include "webhookendpoint.h"

// What create answers: the new endpoint and its signing secret, which the server shows only once.
struct CreatedWebhook
{
    WebhookEndpoint webhook;
    QString secret;
};
