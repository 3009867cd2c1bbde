#pragma once

#include "exporttable.h"
#include "webhookdelivery.h"

#include <QList>

// Deliveries as an export table, with the API's field names (contract: WebhookDelivery).
namespace DeliveryExport {

// id, webhook_endpoint_id, event_id, event_type, status, attempt_count,
// last_response_status, last_error, next_retry_at, created_at, last_attempt_at,
// delivered_at.
QStringList fields();
ExportTable table(const QList<WebhookDelivery> &deliveries);

} // namespace DeliveryExport
