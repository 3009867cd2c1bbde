#include "apihandler.h"

#include "controlhandler.h"
#include "endpointjson.h"
#include "faultinjector.h"
#include "jsonwriter.h"
#include "keyformat.h"
#include "pingverifier.h"
#include "ratelimiter.h"
#include "requestlog.h"
#include "sandboxlog.h"
#include "sandboxstore.h"

#include <QTimer>
#include <QUrl>

namespace {

const QByteArray ApiPrefix("/api/v1/");

HttpResponse notFound() { return HttpResponse::error(404, QStringLiteral("Not Found")); }

HttpResponse endpointNotFound() { return HttpResponse::error(404, QStringLiteral("Webhook endpoint not found")); }

HttpResponse unauthorized(const QString &detail)
{
    HttpResponse r = HttpResponse::error(401, detail);
    r.setHeader("WWW-Authenticate", "Bearer");
    return r;
}

HttpResponse rateLimited(const RateLimiter::Decision &d)
{
    QByteArray body;
    JsonWriter w(&body);
    w.beginObject();
    w.key("detail");
    w.beginObject();
    w.key("error");
    w.plainString("rate_limit_exceeded");
    w.key("limit");
    w.integer(d.limit);
    w.key("observed");
    w.integer(d.observed);
    w.key("retry_after_seconds");
    w.integer(d.retryAfterSeconds);
    w.endObject();
    w.endObject();
    HttpResponse r = HttpResponse::json(429, body);
    r.setHeader("Retry-After", QByteArray::number(d.retryAfterSeconds));
    return r;
}

// The Bearer token as sent, or a null string when there is none.
QString bearerToken(const HttpRequest &request)
{
    const QByteArray auth = request.header("authorization");
    if (auth.size() < 7 || auth.left(7).toLower() != "bearer ")
        return {};
    return QString::fromUtf8(auth.mid(7).trimmed());
}

bool isWrite(const QByteArray &method) { return method == "POST" || method == "PATCH" || method == "DELETE"; }

} // namespace

QUuid parseEndpointId(const QByteArray &segment)
{
    const QByteArray decoded = QByteArray::fromPercentEncoding(segment);
    if (decoded.size() != 36)
        return {};
    return QUuid::fromString(QLatin1String(decoded));
}

ApiHandler::ApiHandler(const SandboxServices &services, bool enableControl, QObject *parent)
    : QObject(parent), m_services(services)
{
    if (enableControl)
        m_control = std::make_unique<ControlHandler>(services);
}

ApiHandler::~ApiHandler() = default;

void ApiHandler::handleRequest(const HttpRequest &request, const HttpResponder &responder)
{
    if (request.path == "/__sandbox" || request.path.startsWith("/__sandbox/")) {
        if (m_control)
            m_control->handle(request, responder);
        else
            responder.send(notFound());
        return;
    }
    if (request.path != "/api/v1" && !request.path.startsWith(ApiPrefix)) {
        responder.send(notFound());
        return;
    }

    Call call;
    call.responder = responder;
    call.method = request.method;
    call.target = request.target;
    call.timer.start();
    const QString token = bearerToken(request);
    if (!token.isNull())
        call.keyPrefix = KeyFormat::displayPrefix(token);
    RequestLog::Entry entry;
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.query;
    entry.body = request.body;
    entry.keyPrefix = call.keyPrefix;
    call.logSequence = m_services.requestLog->add(entry);

    switch (m_services.faults->decide()) {
    case FaultInjector::Action::Drop:
        m_services.requestLog->setOutcome(call.logSequence, 0, "drop");
        qCInfo(lcSandboxHttp).noquote() << request.method << request.target << "-> dropped (fault injection)";
        responder.drop();
        return;
    case FaultInjector::Action::ServerError:
        finish(call, m_services.faults->serverError(), "error");
        return;
    case FaultInjector::Action::None:
        break;
    }
    handleApi(request, call);
}

void ApiHandler::handleApi(const HttpRequest &request, const Call &call)
{
    const QList<QByteArray> segments = request.path.mid(ApiPrefix.size()).split('/');
    Route route = Route::NotFound;
    if (request.path.startsWith(ApiPrefix) && !segments.isEmpty() && segments[0] == "webhooks") {
        if (segments.size() == 1)
            route = Route::Collection;
        else if (segments.size() == 2 && !segments[1].isEmpty())
            route = Route::Item;
        else if (segments.size() == 3 && !segments[1].isEmpty() && segments[2] == "deliveries")
            route = Route::Deliveries;
    }
    const QByteArray &m = request.method;
    switch (route) {
    case Route::NotFound:
        finish(call, notFound());
        return;
    case Route::Collection:
        if (m != "GET" && m != "POST")
            return finish(call, HttpResponse::methodNotAllowed("GET, POST"));
        break;
    case Route::Item:
        if (m != "GET" && m != "PATCH" && m != "DELETE")
            return finish(call, HttpResponse::methodNotAllowed("GET, PATCH, DELETE"));
        break;
    case Route::Deliveries:
        if (m != "GET")
            return finish(call, HttpResponse::methodNotAllowed("GET"));
        break;
    }

    Organization *org = authenticate(request, call);
    if (!org)
        return;
    if (isWrite(m)) {
        const RateLimiter::Decision d = m_services.rateLimiter->check(org->key);
        if (!d.allowed)
            return finish(call, rateLimited(d));
    }

    const QUuid id = route == Route::Collection ? QUuid() : parseEndpointId(segments[1]);
    if (route == Route::Collection) {
        if (m == "GET")
            list(call, *org);
        else
            create(call, *org, request.body);
    } else if (route == Route::Item) {
        if (m == "GET")
            get(call, *org, id);
        else if (m == "PATCH")
            patch(call, *org, id, request.body);
        else
            remove(call, *org, id);
    } else {
        deliveries(call, *org, id, request.query);
    }
}

Organization *ApiHandler::authenticate(const HttpRequest &request, const Call &call)
{
    if (!request.hasHeader("authorization")) {
        finish(call, unauthorized(QStringLiteral("Not authenticated: send the header \"Authorization: Bearer <API key>\"")));
        return nullptr;
    }
    const QString token = bearerToken(request);
    if (token.isNull()) {
        finish(call, unauthorized(QStringLiteral("The Authorization header must use the Bearer scheme")));
        return nullptr;
    }
    if (!KeyFormat::isWellFormed(token)) {
        finish(call, unauthorized(QStringLiteral("Malformed API key: expected od_live_ followed by 32 URL-safe characters")));
        return nullptr;
    }
    Organization *org = m_services.store->organizationForKey(token);
    if (!org) {
        finish(call, unauthorized(QStringLiteral("Invalid API key: it is unknown, expired or revoked")));
        return nullptr;
    }
    return org;
}

void ApiHandler::list(const Call &call, Organization &org)
{
    finish(call, HttpResponse::json(200, EndpointJson::endpointList(org)));
}

void ApiHandler::create(const Call &call, Organization &org, const QByteArray &body)
{
    CreateRequest request;
    QString error;
    if (!WebhookRules::parseCreate(body, &request, &error))
        return finish(call, HttpResponse::error(400, error));
    const int orgIndex = org.index;
    m_services.ping->ping(request.url, this, [this, call, request, orgIndex](const QString &pingError) {
        if (!pingError.isEmpty())
            return finish(call, HttpResponse::error(400, QStringLiteral("Ping to %1 failed: %2").arg(request.url, pingError)));
        Organization &o = *m_services.store->organization(orgIndex);
        const Endpoint &e = m_services.store->create(o, request);
        QByteArray out;
        JsonWriter w(&out);
        w.beginObject();
        w.key("webhook");
        EndpointJson::writeEndpoint(w, e, o);
        w.key("secret");
        w.plainString(e.secret); // the one the simulator signs with (DeliverySigner)
        w.endObject();
        qCInfo(lcSandbox).noquote() << "created endpoint" << e.id.toString(QUuid::WithoutBraces) << "for" << o.keyPrefix;
        finish(call, HttpResponse::json(200, out));
    });
}

void ApiHandler::get(const Call &call, Organization &org, const QUuid &id)
{
    const Endpoint *e = m_services.store->find(org, id);
    if (!e)
        return finish(call, endpointNotFound());
    finish(call, HttpResponse::json(200, EndpointJson::endpoint(*e, org)));
}

void ApiHandler::patch(const Call &call, Organization &org, const QUuid &id, const QByteArray &body)
{
    PatchRequest request;
    QString error;
    if (!WebhookRules::parsePatch(body, &request, &error))
        return finish(call, HttpResponse::error(400, error));
    Endpoint *e = m_services.store->find(org, id);
    if (!e)
        return finish(call, endpointNotFound());
    if (!SandboxStore::needsPing(*e, request)) {
        m_services.store->applyPatch(*e, request);
        return finish(call, HttpResponse::json(200, EndpointJson::endpoint(*e, org)));
    }
    const int orgIndex = org.index;
    m_services.ping->ping(*request.url, this, [this, call, request, orgIndex, id](const QString &pingError) {
        if (!pingError.isEmpty())
            return finish(call, HttpResponse::error(400, QStringLiteral("Ping to %1 failed: %2").arg(*request.url, pingError)));
        Organization &o = *m_services.store->organization(orgIndex);
        Endpoint *again = m_services.store->find(o, id); // it may have been deleted meanwhile
        if (!again)
            return finish(call, endpointNotFound());
        m_services.store->applyPatch(*again, request);
        finish(call, HttpResponse::json(200, EndpointJson::endpoint(*again, o)));
    });
}

void ApiHandler::remove(const Call &call, Organization &org, const QUuid &id)
{
    if (!m_services.store->remove(org, id))
        return finish(call, endpointNotFound());
    finish(call, HttpResponse::empty(204));
}

void ApiHandler::deliveries(const Call &call, Organization &org, const QUuid &id, const QByteArray &query)
{
    int limit = 20;
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(eq < 0 ? pair : pair.left(eq));
        if (name != "limit")
            continue;
        const QByteArray value = QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : pair.mid(eq + 1));
        bool ok = !value.isEmpty() && value.size() <= 9;
        for (char c : value)
            ok = ok && c >= '0' && c <= '9';
        limit = ok ? value.toInt() : 0;
        if (limit < 1 || limit > 100) {
            return finish(call, HttpResponse::error(400, QStringLiteral("limit must be an integer from 1 to 100, not \"%1\"")
                                                             .arg(QString::fromUtf8(value.left(40)))));
        }
    }
    Endpoint *e = m_services.store->find(org, id);
    if (!e)
        return finish(call, endpointNotFound());
    finish(call, HttpResponse::json(200, EndpointJson::deliveryList(m_services.store->recentDeliveries(*e, limit), *e)));
}

void ApiHandler::finish(const Call &call, HttpResponse response, const QByteArray &fault)
{
    QByteArray appliedFault = fault;
    if (appliedFault.isEmpty() && response.status == 200 && !response.body.isEmpty() && m_services.faults->shouldMalform()) {
        response.body = m_services.faults->malform(response.body);
        appliedFault = "malformed";
    }
    m_services.requestLog->setOutcome(call.logSequence, response.status, appliedFault);
    const int latency = m_services.faults->settings().latencyMs;
    qCInfo(lcSandboxHttp).noquote() << call.method << call.target << "->" << response.status << response.body.size()
                                    << "bytes" << call.timer.elapsed() << "ms"
                                    << (call.keyPrefix.isEmpty() ? QStringLiteral("(no key)") : call.keyPrefix)
                                    << (appliedFault.isEmpty() ? QString() : QStringLiteral("fault=") + QString::fromLatin1(appliedFault))
                                    << (latency > 0 ? QStringLiteral("+%1 ms latency").arg(latency) : QString());
    if (latency > 0) {
        const HttpResponder responder = call.responder;
        QTimer::singleShot(latency, this, [responder, response] { responder.send(response); });
        return;
    }
    call.responder.send(response);
}
