#pragma once

#include "httpconnection.h"
#include "sandboxservices.h"

// Test-only endpoints under /__sandbox (no auth), enabled with --enable-control:
//   GET    /__sandbox/requests       the last 500 /api/v1 requests (oldest first)
//   DELETE /__sandbox/requests       clear that list
//   GET    /__sandbox/faults         current fault switches
//   POST   /__sandbox/faults         change any of latency_ms, error_rate, drop_rate,
//                                    malformed_rate, rate_limit, ping_delay_ms, ping_fail_pattern
//   GET    /__sandbox/webhooks/{id}  an endpoint of any organization, plus "broken"
//   POST   /__sandbox/webhooks/{id}  overwrite raw fields of an endpoint (any organization)
//   GET    /__sandbox/webhooks/{id}/last-request  the simulator's last attempt to it, as it
//                                    would be POSTed: {"url","headers","body"}, signed with
//                                    the secret that create returned (404 before any attempt)
//   POST   /__sandbox/tick           run one simulator tick now
class ControlHandler
{
public:
    explicit ControlHandler(const SandboxServices &services) : m_services(services) {}

    void handle(const HttpRequest &request, const HttpResponder &responder);

private:
    HttpResponse faultsJson() const;
    HttpResponse setFaults(const QByteArray &body);
    HttpResponse endpointJson(const QByteArray &idSegment) const;
    HttpResponse overwriteEndpoint(const QByteArray &idSegment, const QByteArray &body);
    HttpResponse lastRequestJson(const QByteArray &idSegment) const;
    HttpResponse tick();

    SandboxServices m_services;
};
