#pragma once

#include "createdwebhook.h"
#include "webhookdelivery.h"
#include "webhookdraft.h"
#include "webhookendpoint.h"
#include "webhookpatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// Decoding that never crashes and never guesses: unknown fields are ignored, a
// missing or wrongly typed required field is an error naming the field, nullable
// fields accept null. Each decode returns false and sets *error on failure.
class JsonCodec
{
    Q_DECLARE_TR_FUNCTIONS(JsonCodec)

public:
    static bool decodeEndpoint(const QJsonObject &object, WebhookEndpoint *out, QString *error);
    static bool decodeDelivery(const QJsonObject &object, WebhookDelivery *out, QString *error);

    static bool decodeEndpoint(const QByteArray &body, WebhookEndpoint *out, QString *error);
    static bool decodeEndpointList(const QByteArray &body, QList<WebhookEndpoint> *out, QString *error);
    // decodeEndpointList without its fast scanner: always the QJsonDocument way (which it
    // takes when the scanner gives up). For tests that compare the two.
    static bool decodeEndpointListWithoutScanner(const QByteArray &body, QList<WebhookEndpoint> *out, QString *error);
    static bool decodeDeliveryList(const QByteArray &body, QList<WebhookDelivery> *out, QString *error);
    static bool decodeCreated(const QByteArray &body, CreatedWebhook *out, QString *error);

    static QByteArray encodeCreate(const WebhookDraft &draft);
    static QByteArray encodePatch(const WebhookPatch &patch);
    // Contract form of an endpoint (as the server sends it); used by tools and tests.
    static QJsonObject endpointToJson(const WebhookEndpoint &endpoint);
};
