#pragma once

#include <QRandomGenerator>
#include <QUuid>

// How a broken receiver fails, for the generator and the simulator alike. A real outage
// has a usual symptom (the upstream is down: 502 after 502; the certificate expired: every
// handshake fails), with other errors now and then. So each endpoint has its own usual
// failure, fixed by its id, which most of its failed attempts show; the rest are any other.
struct FailureKind
{
    int status; // 0 = no HTTP answer (network error)
    const char *error;
};

namespace FailureModes {

// Share of an endpoint's failed attempts that show its usual failure.
constexpr double UsualShare = 0.75;

// The endpoint's usual failure (the same in every run).
const FailureKind &usual(const QUuid &endpointId);
// One failed attempt: usually usual(endpointId), sometimes another kind.
const FailureKind &pick(QRandomGenerator &rng, const QUuid &endpointId);

} // namespace FailureModes
