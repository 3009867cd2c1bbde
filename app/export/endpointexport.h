#pragma once

#include "exporttable.h"
#include "webhookendpoint.h"

#include <QList>

// Endpoints as an export table, with the API's field names (contract: WebhookEndpoint).
// The endpoint object holds no secret, and neither does its export.
namespace EndpointExport {

// id, url, description, events, is_active, consecutive_failures, last_success_at,
// last_failure_at, disabled_at, verified_at, created_at, updated_at, user_id,
// organization_id.
QStringList fields();
ExportTable table(const QList<WebhookEndpoint> &endpoints);

} // namespace EndpointExport
