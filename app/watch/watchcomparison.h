#pragma once

#include "endpointhealth.h"
#include "watchchange.h"

// The changes between two refreshes, most urgent first (then by URL). Per endpoint at
// most one change, the most urgent that applies:
// - AutoDisabled: disabled by the server now, not before;
// - CrossedThreshold: active, failures below `threshold` before and at or above it now;
// - StartedFailing: active, no failures before, some now;
// - Recovered: failing or disabled by the server before, active without failures now.
// An endpoint that appears is compared with a new, healthy one (so it can fail or be
// disabled, not recover); one that disappears is no change.
QList<WatchChange> compareHealth(const HealthById &before, const HealthById &after, int threshold);
