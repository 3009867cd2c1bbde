#include "watchcomparison.h"

#include <algorithm>
#include <optional>

namespace {
bool isTrouble(const EndpointHealth &h) { return h.autoDisabled || (h.active && h.failures > 0); }

std::optional<WatchChange::Kind> changeBetween(const EndpointHealth &before, const EndpointHealth &after, int threshold)
{
    if (after.autoDisabled)
        return before.autoDisabled ? std::nullopt : std::optional(WatchChange::Kind::AutoDisabled);
    if (!after.active)
        return std::nullopt; // switched off by a person: they know
    const bool wasOff = before.autoDisabled || !before.active; // switched on again since
    if (after.failures >= threshold)
        return wasOff || before.failures < threshold ? std::optional(WatchChange::Kind::CrossedThreshold)
                                                     : std::nullopt;
    if (after.failures > 0)
        return wasOff || before.failures == 0 ? std::optional(WatchChange::Kind::StartedFailing) : std::nullopt;
    return isTrouble(before) ? std::optional(WatchChange::Kind::Recovered) : std::nullopt;
}
} // namespace

QList<WatchChange> compareHealth(const HealthById &before, const HealthById &after, int threshold)
{
    QList<WatchChange> changes;
    const EndpointHealth newEndpoint;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        const EndpointHealth &was = old == before.cend() ? newEndpoint : old.value();
        if (const std::optional<WatchChange::Kind> kind = changeBetween(was, it.value(), threshold))
            changes.append({*kind, it.key(), it.value().url, it.value().failures});
    }
    std::sort(changes.begin(), changes.end(), [](const WatchChange &a, const WatchChange &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.url != b.url)
            return a.url < b.url;
        return a.id < b.id;
    });
    return changes;
}
