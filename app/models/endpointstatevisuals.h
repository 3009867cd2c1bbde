#pragma once

#include "webhookendpoint.h"

#include <QBrush>
#include <QColor>
#include <QPixmap>

// How an endpoint's state looks: the row tint and the status column's icon.
namespace EndpointStateVisuals {

// The row's background tint for its state (none when healthy); failing rows grow
// warmer with their consecutive failures.
QBrush stateBackground(const WebhookEndpoint &e);
// The state's colour on `background`: a deeper shade on light backgrounds, a lighter one
// on dark, so that the icon stands out at 3:1 or more (non-text contrast) from a row of
// either kind, tinted or not.
QColor stateColour(WebhookEndpoint::State state, const QColor &background);
// The state's icon, `size` x `size` pixels, for `background` (needs a QGuiApplication).
QPixmap drawStateIcon(WebhookEndpoint::State state, int size, const QColor &background);
// The same for the application palette's base colour (what table rows sit on).
QPixmap drawStateIcon(WebhookEndpoint::State state, int size);

} // namespace EndpointStateVisuals
