#pragma once

#include "webhookendpoint.h"

#include <QByteArrayView>
#include <QList>

// The endpoint list (GET /api/v1/webhooks) read straight from the bytes, without a
// QJsonDocument: the fast path of JsonCodec::decodeEndpointList.
//
// A list of 100,000 endpoints is ~60 MB of JSON. QJsonDocument would first build a
// tree of ~2 million values (several times the body in memory, and heap fragments
// that outlive it), then every field would be looked up by name. This scanner reads
// the bytes once and fills the endpoints directly. It accepts only what it is sure
// about: well-formed JSON where every field has the expected type. Anything else
// (an error, escapes in names, duplicate fields, unusual numbers or Unicode) makes it
// give up, and the QJsonDocument path decodes the body and words the error, so both
// paths always agree.
//
// The endpoints of the whole body; false (and *out untouched) when the scanner gives up.
bool scanEndpointList(QByteArrayView body, QList<WebhookEndpoint> *out);
