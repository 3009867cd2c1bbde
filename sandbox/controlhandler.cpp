#include "controlhandler.h"

#include "apihandler.h"
#include "endpointjson.h"
#include "faultinjector.h"
#include "jsonwriter.h"
#include "pingverifier.h"
#include "ratelimiter.h"
#include "rawfields.h"
#include "requestlog.h"
#include "sandboxlog.h"
#include "sandboxstore.h"
#include "simulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace {

bool parseObject(const QByteArray &body, QJsonObject *object, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("request body must be a JSON object");
        return false;
    }
    *object = doc.object();
    return true;
}

} // namespace

void ControlHandler::handle(const HttpRequest &request, const HttpResponder &responder)
{
    const QByteArray &path = request.path;
    const QByteArray &m = request.method;
    HttpResponse response = HttpResponse::error(404, QStringLiteral("Not Found"));
    if (path == "/__sandbox/requests") {
        if (m == "GET") {
            response = HttpResponse::json(200, m_services.requestLog->toJson());
        } else if (m == "DELETE") {
            m_services.requestLog->clear();
            response = HttpResponse::empty(204);
        } else {
            response = HttpResponse::methodNotAllowed("GET, DELETE");
        }
    } else if (path == "/__sandbox/faults") {
        if (m == "GET")
            response = faultsJson();
        else if (m == "POST")
            response = setFaults(request.body);
        else
            response = HttpResponse::methodNotAllowed("GET, POST");
    } else if (path.startsWith("/__sandbox/webhooks/") && path.count('/') == 3) {
        const QByteArray id = path.mid(int(qstrlen("/__sandbox/webhooks/")));
        if (m == "GET")
            response = endpointJson(id);
        else if (m == "POST" || m == "PATCH")
            response = overwriteEndpoint(id, request.body);
        else
            response = HttpResponse::methodNotAllowed("GET, POST, PATCH");
    } else if (path.startsWith("/__sandbox/webhooks/") && path.endsWith("/last-request") && path.count('/') == 4) {
        const QByteArray id = path.mid(int(qstrlen("/__sandbox/webhooks/"))).chopped(int(qstrlen("/last-request")));
        response = m == "GET" ? lastRequestJson(id) : HttpResponse::methodNotAllowed("GET");
    } else if (path == "/__sandbox/tick") {
        response = m == "POST" ? tick() : HttpResponse::methodNotAllowed("POST");
    }
    qCDebug(lcSandbox).noquote() << "control:" << m << request.target << "->" << response.status;
    responder.send(response);
}

HttpResponse ControlHandler::faultsJson() const
{
    const FaultSettings &f = m_services.faults->settings();
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    w.key("latency_ms");
    w.integer(f.latencyMs);
    w.key("error_rate");
    w.number(f.errorRate);
    w.key("drop_rate");
    w.number(f.dropRate);
    w.key("malformed_rate");
    w.number(f.malformedRate);
    w.key("rate_limit");
    w.integer(m_services.rateLimiter->limit());
    w.key("ping_delay_ms");
    w.integer(m_services.ping->delayMs());
    w.key("ping_fail_pattern");
    w.string(m_services.ping->failPattern());
    w.endObject();
    return HttpResponse::json(200, out);
}

HttpResponse ControlHandler::setFaults(const QByteArray &body)
{
    QJsonObject object;
    QString error;
    if (!parseObject(body, &object, &error))
        return HttpResponse::error(400, error);
    FaultSettings f = m_services.faults->settings();
    std::optional<int> rateLimit, pingDelay;
    std::optional<QString> pattern;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &k = it.key();
        const double v = it.value().toDouble(-1);
        const bool isNumber = it.value().isDouble();
        const bool isRate = isNumber && v >= 0 && v <= 1;
        const bool isCount = isNumber && v >= 0 && v <= 3600000 && std::floor(v) == v;
        if (k == QLatin1String("latency_ms") && isCount)
            f.latencyMs = int(v);
        else if (k == QLatin1String("error_rate") && isRate)
            f.errorRate = v;
        else if (k == QLatin1String("drop_rate") && isRate)
            f.dropRate = v;
        else if (k == QLatin1String("malformed_rate") && isRate)
            f.malformedRate = v;
        else if (k == QLatin1String("rate_limit") && isCount)
            rateLimit = int(v);
        else if (k == QLatin1String("ping_delay_ms") && isCount)
            pingDelay = int(v);
        else if (k == QLatin1String("ping_fail_pattern") && it.value().isString())
            pattern = it.value().toString();
        else if (k.endsWith(QLatin1String("_rate")) || k.endsWith(QLatin1String("_ms")) || k == QLatin1String("rate_limit")
                 || k == QLatin1String("ping_fail_pattern"))
            return HttpResponse::error(400, QStringLiteral("invalid value for %1").arg(k));
        else
            return HttpResponse::error(400, QStringLiteral("unknown fault switch \"%1\"").arg(k));
    }
    if (pattern && !m_services.ping->setFailPattern(*pattern, &error))
        return HttpResponse::error(400, error);
    m_services.faults->setSettings(f);
    if (rateLimit) {
        m_services.rateLimiter->setLimit(*rateLimit);
        m_services.rateLimiter->reset(); // a fresh window, so tests can count exactly
    }
    if (pingDelay)
        m_services.ping->setDelayMs(*pingDelay);
    qCInfo(lcSandbox).noquote() << "faults changed:" << QString::fromUtf8(body);
    return faultsJson();
}

HttpResponse ControlHandler::endpointJson(const QByteArray &idSegment) const
{
    const Endpoint *e = m_services.store->findAny(parseEndpointId(idSegment));
    if (!e)
        return HttpResponse::error(404, QStringLiteral("Webhook endpoint not found"));
    QByteArray out = EndpointJson::endpoint(*e, m_services.store->organizationOf(*e));
    out.chop(1);
    out += e->broken ? ",\"broken\":true}" : ",\"broken\":false}";
    return HttpResponse::json(200, out);
}

HttpResponse ControlHandler::overwriteEndpoint(const QByteArray &idSegment, const QByteArray &body)
{
    Endpoint *e = m_services.store->findAny(parseEndpointId(idSegment));
    if (!e)
        return HttpResponse::error(404, QStringLiteral("Webhook endpoint not found"));
    QJsonObject object;
    QString error;
    if (!parseObject(body, &object, &error))
        return HttpResponse::error(400, error);
    m_services.store->ensureDeliveries(*e); // generated ones follow the state as it was
    if (!RawFields::applyEndpoint(object, e, RawFields::Mode::Overwrite, &error))
        return HttpResponse::error(400, error);
    qCInfo(lcSandbox).noquote() << "control: overwrote" << e->id.toString(QUuid::WithoutBraces) << "with"
                                << QString::fromUtf8(body);
    return endpointJson(idSegment);
}

HttpResponse ControlHandler::lastRequestJson(const QByteArray &idSegment) const
{
    const Endpoint *e = m_services.store->findAny(parseEndpointId(idSegment));
    if (!e)
        return HttpResponse::error(404, QStringLiteral("Webhook endpoint not found"));
    if (!e->lastRequest)
        return HttpResponse::error(404, QStringLiteral("No delivery attempt to this endpoint yet"));
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    w.key("url");
    w.string(e->url);
    w.key("headers");
    w.beginObject();
    for (const auto &[name, value] : e->lastRequest->headers) {
        w.key(name);
        w.string(QString::fromUtf8(value));
    }
    w.endObject();
    w.key("body");
    w.string(QString::fromUtf8(e->lastRequest->body));
    w.endObject();
    return HttpResponse::json(200, out);
}

HttpResponse ControlHandler::tick()
{
    if (!m_services.simulator)
        return HttpResponse::error(404, QStringLiteral("no simulator"));
    const int attempts = m_services.simulator->tick();
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    w.key("attempts");
    w.integer(attempts);
    w.endObject();
    return HttpResponse::json(200, out);
}
