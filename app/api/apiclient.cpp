#include "apiclient.h"

#include "addressclass.h"
#include "apikey.h"
#include "appinfo.h"
#include "jsoncodec.h"
#include "oneshotbody.h"
#include "servertext.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>
#include <utility>

namespace {

// Never log a key, a secret or an Authorization header: the key's display prefix at most.
Q_LOGGING_CATEGORY(lcApi, "odwh.api", QtInfoMsg)

const QLatin1String ApiPrefix("/api/v1/webhooks");

QString encodeId(const QString &id) { return QString::fromLatin1(QUrl::toPercentEncoding(id)); }

// An answer about another endpoint than the one asked for is refused whole: taking it
// would show B's state as A's, and the next save would write to B.
bool decodeEndpointWithId(const QByteArray &body, const QString &id, WebhookEndpoint *out, QString *error)
{
    WebhookEndpoint e;
    if (!JsonCodec::decodeEndpoint(body, &e, error))
        return false;
    if (e.id != id) {
        *error = QCoreApplication::translate("ApiClient", "it describes endpoint \u201c%1\u201d, not the one asked for "
                                                          "(\u201c%2\u201d); nothing was taken from it")
                     .arg(ServerText::oneLine(e.id, 64), id);
        return false;
    }
    *out = std::move(e);
    return true;
}

template <typename T>
struct Decoded
{
    bool ok = false;
    T value{};
    QString error;
};

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    // The app never answers an authentication challenge (a 401 with WWW-Authenticate:
    // NTLM, Basic, ...) on its own: the key is a Bearer token and nothing else is sent.
    if (nam) {
        connect(nam, &QNetworkAccessManager::authenticationRequired, this, [this](QNetworkReply *reply, QAuthenticator *) {
            if (const QPointer<ApiCall> call = m_inFlight.value(reply))
                call->refuseChallenge();
            else
                reply->abort();
        });
    }
}

QString ApiClient::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The base URL is not valid; it should look like https://api.optimaldial.com.");
    if (!url.userInfo().isEmpty())
        return tr("The base URL must not contain a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return tr("The base URL must not contain a query (?) or fragment (#).");
    if (url.path().contains(QLatin1String("/api/v1")))
        return tr("Leave out /api/v1 from the base URL: the app adds it (e.g. https://api.optimaldial.com).");
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (AddressClass::isLoopbackHost(url.host()))
            return {};
        return tr("The base URL must use https://: the API key would travel unencrypted over http. "
                  "Plain http is allowed only to this computer (localhost), for the sandbox.");
    }
    return tr("The base URL must start with https://.");
}

QUrl ApiClient::normalizedBaseUrl(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (u.path() == QLatin1String("/"))
        u.setPath(QString());
    return u;
}

bool ApiClient::configure(const QUrl &baseUrl, const QString &apiKey, QString *error)
{
    QString why = checkBaseUrl(baseUrl);
    if (why.isEmpty() && !ApiKey::isWellFormed(apiKey))
        why = tr("The API key is not in the OptimalDial key format, so it was not used: %1").arg(ApiKey::check(apiKey));
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        m_baseUrl.clear();
        m_apiKey.clear();
        return false;
    }
    m_baseUrl = normalizedBaseUrl(baseUrl);
    m_apiKey = apiKey;
    qCInfo(lcApi) << "configured for" << m_baseUrl.toDisplayString() << "with key" << ApiKey::displayPrefix(apiKey);
    return true;
}

QString ApiClient::keyDisplayPrefix() const { return ApiKey::displayPrefix(m_apiKey); }

QUrl ApiClient::urlFor(const Request &request) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path(QUrl::FullyEncoded) + ApiPrefix + request.path, QUrl::StrictMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

ApiCall *ApiClient::failEarly(ApiCall *call, std::function<void(const ApiError &)> deliver, const ApiError &error)
{
    // Results always arrive asynchronously, even when nothing was sent.
    QTimer::singleShot(0, call, [deliver, error] { deliver(error); });
    return call;
}

template <typename T>
ApiCall *ApiClient::start(const Request &request, QObject *context, Done<T> done,
                          std::function<bool(const QByteArray &, T *, QString *)> decode, bool decodeInThread)
{
    auto *call = new ApiCall(this);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto deliver = [call, guard, hasContext, done](const ApiResult<T> &result) {
        if (!call->beginDelivery())
            return;
        if (!hasContext || guard)
            done(result);
        call->markFinished();
    };
    auto deliverError = [deliver](const ApiError &error) {
        ApiResult<T> r;
        r.error = error;
        deliver(r);
    };

    call->setCancelHandler([deliverError] {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        deliverError(e);
    });
    if (request.refusal.isError())
        return failEarly(call, deliverError, request.refusal);
    if (!isConfigured() || !m_nam) {
        ApiError e;
        e.kind = ApiError::Kind::Refused;
        e.technical = tr("No server or API key is set up.");
        return failEarly(call, deliverError, e);
    }

    const QUrl url = urlFor(request);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader, AppInfo::userAgent());
    if (!request.body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // A redirect ends the call (ApiCall refuses it): nothing is ever sent twice.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setTransferTimeout(request.timeoutMs);

    QNetworkReply *reply = nullptr;
    if (request.verb == "GET") {
        reply = m_nam->get(req); // a read may be re-sent by Qt after a dropped connection
    } else {
        // A write goes out at most once: its body cannot be read a second time.
        auto *body = new OneShotBody(request.body);
        req.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_nam->sendCustomRequest(req, request.verb, body);
        body->setParent(reply);
    }

    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    const QByteArray verb = request.verb;
    const QString path = request.path;
    auto onTransport = [this, call, deliver, deliverError, decode, decodeInThread, elapsed, verb, path](
                           const ApiError &transport, int status, const BodyChunks &body, const QByteArray &retryAfter) {
        qCInfo(lcApi).nospace() << verb << " " << ApiPrefix << path << " -> "
                                << (transport.isError() ? transport.title() : QString::number(status)) << " in "
                                << elapsed->elapsed() << " ms, " << body.size() << " bytes";
        if (transport.isError()) {
            if (transport.kind == ApiError::Kind::Unauthorized)
                emit unauthorized();
            deliverError(transport);
            return;
        }
        if (status < 200 || status > 299) {
            const ApiError e = ApiError::fromStatus(status, body.joined(), retryAfter);
            if (e.kind == ApiError::Kind::Unauthorized)
                emit unauthorized();
            deliverError(e);
            return;
        }
        if (!decodeInThread) {
            ApiResult<T> r;
            QString why;
            if (!decode(body.joined(), &r.value, &why)) {
                r.error.kind = ApiError::Kind::InvalidResponse;
                r.error.httpStatus = status;
                r.error.technical = why;
                qCWarning(lcApi) << "undecodable answer:" << why;
            }
            deliver(r);
            return;
        }
        // Big answers (100,000 endpoints) are parsed off the GUI thread.
        auto *watcher = new QFutureWatcher<Decoded<T>>(call);
        QObject::connect(watcher, &QFutureWatcherBase::finished, call, [call, watcher, deliver, status] {
            if (call->isCancelled())
                return;
            Decoded<T> d = watcher->result();
            ApiResult<T> r;
            if (d.ok) {
                r.value = std::move(d.value);
            } else {
                r.error.kind = ApiError::Kind::InvalidResponse;
                r.error.httpStatus = status;
                r.error.technical = d.error;
                qCWarning(lcApi) << "undecodable answer:" << d.error;
            }
            deliver(r);
        });
        // The body's blocks become one there too (a copy of 57 MB), and are let go of
        // before the decoded list is handed back.
        watcher->setFuture(QtConcurrent::run([chunks = body, decode]() mutable {
            const QByteArray all = std::exchange(chunks, BodyChunks()).joined();
            Decoded<T> d;
            d.ok = decode(all, &d.value, &d.error);
            return d;
        }));
    };
    m_inFlight.insert(reply, call);
    connect(reply, &QObject::destroyed, this, [this, reply] { m_inFlight.remove(reply); });
    ApiCall::Limits limits;
    limits.maxBodyBytes = request.maxBytes;
    limits.totalMs = request.verb == "GET" && request.path.isEmpty() ? m_timeouts.listTotalMs : m_timeouts.totalMs;
    call->attach(reply, limits, onTransport);
    return call;
}

ApiCall *ApiClient::listWebhooks(QObject *context, Done<QList<WebhookEndpoint>> done)
{
    Request r{"GET", QString(), QString(), QByteArray(), m_timeouts.listMs};
    r.maxBytes = MaxListBytes;
    return start<QList<WebhookEndpoint>>(
        r, context, std::move(done),
        [](const QByteArray &b, QList<WebhookEndpoint> *out, QString *e) { return JsonCodec::decodeEndpointList(b, out, e); },
        true);
}

ApiCall *ApiClient::getWebhook(const QString &id, QObject *context, Done<WebhookEndpoint> done)
{
    Request r{"GET", QLatin1Char('/') + encodeId(id), QString(), QByteArray(), m_timeouts.readMs};
    return start<WebhookEndpoint>(
        r, context, std::move(done),
        [id](const QByteArray &b, WebhookEndpoint *out, QString *e) { return decodeEndpointWithId(b, id, out, e); },
        false);
}

ApiCall *ApiClient::createWebhook(const WebhookDraft &draft, QObject *context, Done<CreatedWebhook> done)
{
    Request r{"POST", QString(), QString(), JsonCodec::encodeCreate(draft), m_timeouts.pingingWriteMs};
    return start<CreatedWebhook>(
        r, context, std::move(done),
        [](const QByteArray &b, CreatedWebhook *out, QString *e) { return JsonCodec::decodeCreated(b, out, e); }, false);
}

ApiCall *ApiClient::updateWebhook(const QString &id, const WebhookPatch &patch, QObject *context,
                                  Done<WebhookEndpoint> done)
{
    Request r{"PATCH", QLatin1Char('/') + encodeId(id), QString(), JsonCodec::encodePatch(patch),
              patch.changesUrl() ? m_timeouts.pingingWriteMs : m_timeouts.writeMs};
    if (patch.isEmpty()) {
        r.refusal.kind = ApiError::Kind::Refused;
        r.refusal.technical = tr("Nothing was changed, so nothing was sent.");
    }
    return start<WebhookEndpoint>(
        r, context, std::move(done),
        [id](const QByteArray &b, WebhookEndpoint *out, QString *e) { return decodeEndpointWithId(b, id, out, e); },
        false);
}

ApiCall *ApiClient::deleteWebhook(const QString &id, QObject *context, Done<NoContent> done)
{
    Request r{"DELETE", QLatin1Char('/') + encodeId(id), QString(), QByteArray(), m_timeouts.writeMs};
    return start<NoContent>(r, context, std::move(done), [](const QByteArray &, NoContent *, QString *) { return true; },
                            false);
}

ApiCall *ApiClient::listDeliveries(const QString &id, int limit, QObject *context, Done<QList<WebhookDelivery>> done)
{
    const int bounded = qBound(1, limit, 100);
    Request r{"GET", QLatin1Char('/') + encodeId(id) + QLatin1String("/deliveries"),
              QStringLiteral("limit=%1").arg(bounded), QByteArray(), m_timeouts.readMs};
    r.maxBytes = MaxDeliveriesBytes;
    return start<QList<WebhookDelivery>>(
        r, context, std::move(done),
        [](const QByteArray &b, QList<WebhookDelivery> *out, QString *e) { return JsonCodec::decodeDeliveryList(b, out, e); },
        false);
}
