#pragma once

#include "httpconnection.h"
#include "sandboxservices.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUuid>
#include <memory>

class ControlHandler;
struct Organization;

// Routes every request: /api/v1/webhooks... as the contract says (auth, write rate
// limit, validation, ping, store), /__sandbox/... to the ControlHandler when enabled.
// Faults (drop, 5xx, latency, malformed bodies) apply to /api/v1 only.
class ApiHandler : public QObject, public HttpRequestHandler
{
    Q_OBJECT

public:
    ApiHandler(const SandboxServices &services, bool enableControl, QObject *parent = nullptr);
    ~ApiHandler() override;

    void handleRequest(const HttpRequest &request, const HttpResponder &responder) override;

private:
    struct Call
    {
        HttpResponder responder;
        qint64 logSequence = 0;
        QByteArray method;
        QByteArray target;
        QString keyPrefix;
        QElapsedTimer timer;
    };
    enum class Route { NotFound, Collection, Item, Deliveries };

    void handleApi(const HttpRequest &request, const Call &call);
    Organization *authenticate(const HttpRequest &request, const Call &call);
    void list(const Call &call, Organization &org);
    void create(const Call &call, Organization &org, const QByteArray &body);
    void get(const Call &call, Organization &org, const QUuid &id);
    void patch(const Call &call, Organization &org, const QUuid &id, const QByteArray &body);
    void remove(const Call &call, Organization &org, const QUuid &id);
    void deliveries(const Call &call, Organization &org, const QUuid &id, const QByteArray &query);
    // Malformed-body fault, latency, request log, log line; then the answer.
    void finish(const Call &call, HttpResponse response, const QByteArray &fault = {});

    SandboxServices m_services;
    std::unique_ptr<ControlHandler> m_control;
};

// Parses a path segment as an endpoint id; null when it is not a UUID.
QUuid parseEndpointId(const QByteArray &segment);
