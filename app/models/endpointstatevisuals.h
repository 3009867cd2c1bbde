#pragma once

#include "webhookendpoint.h"

#include <QBrush>
#include <QPixmap>

// How an endpoint's state looks: the row tint and the status column's icon.
namespace EndpointStateVisuals {

// The row's background tint for its state (none when healthy); failing rows grow
// warmer with their consecutive failures.
QBrush stateBackground(const WebhookEndpoint &e);
// The state's icon, `size` x `size` pixels (needs a QGuiApplication).
QPixmap drawStateIcon(WebhookEndpoint::State state, int size);

} // namespace EndpointStateVisuals
