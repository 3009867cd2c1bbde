#include "failuremodes.h"

#include <iterator>

namespace {

const FailureKind Failures[] = {
    {502, "HTTP 502 Bad Gateway"},
    {503, "HTTP 503 Service Unavailable"},
    {500, "HTTP 500 Internal Server Error"},
    {0, "timeout: no response within 10 seconds"},
    {404, "HTTP 404 Not Found"},
    {0, "connection refused"},
    {504, "HTTP 504 Gateway Timeout"},
    {410, "HTTP 410 Gone"},
    {401, "HTTP 401 Unauthorized (signature rejected?)"},
    {0, "TLS handshake failed: certificate has expired"},
    {0, "could not resolve host"},
};
constexpr int Count = int(std::size(Failures));

} // namespace

namespace FailureModes {

const FailureKind &usual(const QUuid &endpointId)
{
    // Weighted towards the first kinds, the most common outages (5xx, timeouts).
    const quint32 h = endpointId.data1 ^ (quint32(endpointId.data2) << 16) ^ endpointId.data3;
    static const int Slots[16] = {0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10};
    return Failures[Slots[h % 16]];
}

const FailureKind &pick(QRandomGenerator &rng, const QUuid &endpointId)
{
    if (rng.generateDouble() < UsualShare)
        return usual(endpointId);
    return Failures[rng.bounded(Count)];
}

} // namespace FailureModes
