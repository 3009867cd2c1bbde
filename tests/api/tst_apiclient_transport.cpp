// ApiClient over a real QNetworkAccessManager against tiny servers run by the test on
// loopback: what the sandbox cannot produce (TLS failures, hangs, refused connections,
// cross-origin redirects, dropped connections) and what goes on the wire.
#include "apiclient.h"
#include "miniserver.h"
#include "unitsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QtTest>
#include <limits>
#include <memory>
#include <utility>

using UnitSupport::deliveryJson;
using UnitSupport::endpointJson;
using UnitSupport::s;
using UnitSupport::toJson;
using K = ApiError::Kind;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

const QString apiKey = QStringLiteral("od_live_AbCdEfGhIjKlMnOpQrStUvWxYz012345");
const QByteArray bearer = "Bearer od_live_AbCdEfGhIjKlMnOpQrStUvWxYz012345";
const QString endpointId = QStringLiteral("7d1c3b0e-2f4a-4c5e-9a8b-0c1d2e3f4a5b");

// Records what a Done callback got, and how often.
template <typename T>
struct Catch
{
    struct State
    {
        int calls = 0;
        ApiResult<T> last;
    };
    std::shared_ptr<State> state = std::make_shared<State>();

    ApiClient::Done<T> done() const
    {
        return [st = state](const ApiResult<T> &r) {
            ++st->calls;
            st->last = r;
        };
    }
    int calls() const { return state->calls; }
    const ApiResult<T> &result() const { return state->last; }
    ApiError::Kind kind() const { return state->last.error.kind; }
};

QString testDataDir()
{
    const QString fromEnv = qEnvironmentVariable("ODWH_TEST_DATA");
    return fromEnv.isEmpty() ? QStringLiteral(ODWH_TEST_DATA_DIR) : fromEnv;
}

QByteArray readFile(const QString &name)
{
    QFile f(testDataDir() + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

QByteArray listBody() { return toJson(QJsonArray{endpointJson()}); }

// A list of `count` endpoints with ids ...-000000000000 upwards (~600 bytes each).
QByteArray largeListBody(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(endpointJson(QStringLiteral("7d1c3b0e-2f4a-4c5e-9a8b-%1").arg(i, 12, 10, QLatin1Char('0'))));
    return toJson(list);
}

QJsonObject parseObject(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }

// The answer a valid call expects, per call name used in the tables.
QByteArray okBodyFor(const QString &call)
{
    if (call == QLatin1String("list"))
        return listBody();
    if (call == QLatin1String("deliveries"))
        return toJson(QJsonArray{deliveryJson()});
    if (call == QLatin1String("create"))
        return toJson(QJsonObject{{QLatin1String("webhook"), endpointJson()},
                                  {QLatin1String("secret"), QString(64, QLatin1Char('a'))}});
    if (call == QLatin1String("delete"))
        return QByteArray();
    return toJson(endpointJson());
}

} // namespace

class TestApiClientTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // (a) TLS
    void tlsUntrustedCertificateIsTls();
    void tlsTrustedCertificateSucceeds();
    void tlsTrustedCertificateWrongNameIsTls();
    // (b) timeouts
    void hangingServerTimesOut_data();
    void hangingServerTimesOut();
    void silentTlsHandshakeTimesOut();
    // (c) refused connection
    void connectionRefusedIsConnection();
    // (d) redirects
    void crossOriginRedirectIsRefused_data();
    void crossOriginRedirectIsRefused();
    void sameOriginRedirectIsRefused_data();
    void sameOriginRedirectIsRefused();
    // (e) dropped connections
    void droppedConnectionIsConnection_data();
    void droppedConnectionIsConnection();
    // (f) undecodable answers
    void undecodableAnswerIsInvalidResponse_data();
    void undecodableAnswerIsInvalidResponse();
    // a large answer whose length is announced
    void largeListArrivesWhole();
    // statuses through the whole stack
    void errorStatuses_data();
    void errorStatuses();
    void failedPingOnCreateKeepsServerMessage();
    void deleteAcceptsAny2xx_data();
    void deleteAcceptsAny2xx();
    // (g) cancel
    void cancelInFlight_data();
    void cancelInFlight();
    void cancelBeforeTheRequestLeaves();
    void cancelFromInsideTheCallback();
    void cancelEarlyRefusedCall();
    // (h) configure
    void configure_data();
    void configure();
    void unconfiguredClientSendsNothing();
    // (i) what goes on the wire
    void requestOnTheWire_data();
    void requestOnTheWire();
    void baseUrlPathAndIdEncoding_data();
    void baseUrlPathAndIdEncoding();
    void rootSlashBaseUrl_data();
    void rootSlashBaseUrl();
    // (j) empty patch
    void emptyPatchSendsNothing();
    // (k) destroyed context
    void destroyedContextSkipsCallback_data();
    void destroyedContextSkipsCallback();
    // (l) deliveries limit
    void deliveriesLimitIsClamped_data();
    void deliveriesLimitIsClamped();

private:
    // Starts the named call on `client`; `done` gets the call's error (Kind::None on success).
    ApiCall *startCall(ApiClient &client, const QString &call, QObject *context, std::function<void(const ApiError &)> done);

    QSslConfiguration serverTls() const;
    QSslConfiguration m_savedDefault;
    QSslCertificate m_cert;
    QSslKey m_key;
};

void TestApiClientTransport::initTestCase()
{
    // Loopback only: no proxy from the environment may come in between.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QLoggingCategory::setFilterRules(QStringLiteral("odwh.api.info=false"));
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    m_savedDefault = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> certs = QSslCertificate::fromData(readFile(QStringLiteral("localhost-cert.pem")));
    QCOMPARE(certs.size(), 1);
    m_cert = certs.first();
    m_key = QSslKey(readFile(QStringLiteral("localhost-key.pem")), QSsl::Rsa, QSsl::Pem);
    QVERIFY(!m_key.isNull());
}

void TestApiClientTransport::cleanup() { QSslConfiguration::setDefaultConfiguration(m_savedDefault); }

QSslConfiguration TestApiClientTransport::serverTls() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_cert);
    tls.setPrivateKey(m_key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

ApiCall *TestApiClientTransport::startCall(ApiClient &client, const QString &call, QObject *context,
                                           std::function<void(const ApiError &)> done)
{
    auto relay = [done](const auto &result) { done(result.error); };
    if (call == QLatin1String("list"))
        return client.listWebhooks(context, relay);
    if (call == QLatin1String("get"))
        return client.getWebhook(endpointId, context, relay);
    if (call == QLatin1String("create")) {
        WebhookDraft draft;
        draft.url = s("https://hooks.example.com/new");
        return client.createWebhook(draft, context, relay);
    }
    if (call == QLatin1String("patch")) {
        WebhookPatch patch;
        patch.isActive = false;
        return client.updateWebhook(endpointId, patch, context, relay);
    }
    if (call == QLatin1String("patch-url")) {
        WebhookPatch patch;
        patch.url = s("https://hooks.example.com/moved");
        return client.updateWebhook(endpointId, patch, context, relay);
    }
    if (call == QLatin1String("delete"))
        return client.deleteWebhook(endpointId, context, relay);
    if (call == QLatin1String("deliveries"))
        return client.listDeliveries(endpointId, 20, context, relay);
    qWarning("unknown call %s", qPrintable(call));
    return nullptr;
}

// ---------------------------------------------------------------- (a) TLS

void TestApiClientTransport::tlsUntrustedCertificateIsTls()
{
    MiniServer server(QHostAddress::LocalHost, serverTls());
    QVERIFY(server.isListening());
    server.setHandler([](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(200, listBody())}; });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));

    Catch<QList<WebhookEndpoint>> c;
    client.listWebhooks(this, c.done());
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 5000);
    QCOMPARE(c.kind(), K::Tls);
    QVERIFY(!c.result().error.technical.isEmpty());
    QVERIFY(!c.result().error.message().contains(apiKey));
    QVERIFY(!c.result().error.isTransient());
    QCOMPARE(server.requests.size(), 0); // nothing, and so no key, went over the refused connection
}

void TestApiClientTransport::tlsTrustedCertificateSucceeds()
{
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(m_cert);
    QSslConfiguration::setDefaultConfiguration(trusting);

    MiniServer server(QHostAddress::LocalHost, serverTls());
    QVERIFY(server.isListening());
    server.setHandler([](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(200, listBody())}; });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));

    Catch<QList<WebhookEndpoint>> c;
    client.listWebhooks(this, c.done());
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 5000);
    QVERIFY2(c.result().ok(), qPrintable(c.result().error.message()));
    QCOMPARE(c.result().value.size(), 1);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().header("authorization"), bearer);
}

void TestApiClientTransport::tlsTrustedCertificateWrongNameIsTls()
{
    // The certificate is trusted, but names localhost and 127.0.0.1, not 127.0.0.2.
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(m_cert);
    QSslConfiguration::setDefaultConfiguration(trusting);

    MiniServer server(QHostAddress(QStringLiteral("127.0.0.2")), serverTls());
    QVERIFY(server.isListening());
    server.setHandler([](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(200, listBody())}; });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));

    Catch<QList<WebhookEndpoint>> c;
    client.listWebhooks(this, c.done());
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 5000);
    QCOMPARE(c.kind(), K::Tls);
    QCOMPARE(server.requests.size(), 0);
}

// ---------------------------------------------------------------- (b) timeouts

void TestApiClientTransport::hangingServerTimesOut_data()
{
    // Each call uses its own timeout: only that one is short, the others would not
    // fire within the test's limit.
    QTest::addColumn<QString>("call");
    for (const char *call : {"list", "get", "create", "patch", "patch-url", "delete", "deliveries"})
        QTest::newRow(call) << QString::fromLatin1(call);
}

void TestApiClientTransport::hangingServerTimesOut()
{
    QFETCH(QString, call);
    MiniServer server;
    server.setHandler([](const HttpRequest &) { return MiniServer::Answer::hangUp(); });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));

    const int shortMs = 300;
    ApiClient::Timeouts t;
    t.readMs = t.listMs = t.writeMs = t.pingingWriteMs = 60000;
    if (call == QLatin1String("list"))
        t.listMs = shortMs;
    else if (call == QLatin1String("get") || call == QLatin1String("deliveries"))
        t.readMs = shortMs;
    else if (call == QLatin1String("create") || call == QLatin1String("patch-url"))
        t.pingingWriteMs = shortMs;
    else
        t.writeMs = shortMs;
    client.setTimeouts(t);

    int calls = 0;
    ApiError error;
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(startCall(client, call, this, [&](const ApiError &e) {
        ++calls;
        error = e;
    }));
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 4000);
    QCOMPARE(error.kind, K::Timeout);
    QVERIFY(error.isTransient());
    QVERIFY2(elapsed.elapsed() >= shortMs - 50, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(server.requests.size(), 1);
}

void TestApiClientTransport::silentTlsHandshakeTimesOut()
{
    // A plain TCP server that accepts and never says a word: the TLS handshake hangs.
    MiniServer server;
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QUrl base = server.url();
    base.setScheme(QStringLiteral("https"));
    QVERIFY(client.configure(base, apiKey));
    ApiClient::Timeouts t;
    t.readMs = 300;
    client.setTimeouts(t);

    Catch<WebhookEndpoint> c;
    client.getWebhook(endpointId, this, c.done());
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 4000);
    QCOMPARE(c.kind(), K::Timeout);
    QVERIFY(server.connections >= 1);
    QCOMPARE(server.requests.size(), 0);
}

// ---------------------------------------------------------------- (c) refused

void TestApiClientTransport::connectionRefusedIsConnection()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed: nothing listens there now
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QUrl base;
    base.setScheme(QStringLiteral("http"));
    base.setHost(QStringLiteral("127.0.0.1"));
    base.setPort(port);
    QVERIFY(client.configure(base, apiKey));

    Catch<QList<WebhookEndpoint>> c;
    client.listWebhooks(this, c.done());
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 5000);
    QCOMPARE(c.kind(), K::Connection);
    QVERIFY(c.result().error.isTransient());
    QVERIFY(!c.result().error.message().isEmpty());
}

// ---------------------------------------------------------------- (d) redirects

void TestApiClientTransport::crossOriginRedirectIsRefused_data()
{
    // %A: the first server's port, %B: the second server's port.
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("secondHost"); // where the second server listens
    QTest::addColumn<QString>("call");

    const QString other = s("127.0.0.2");
    const QString same = s("127.0.0.1");
    QTest::newRow("302 other host") << 302 << s("http://127.0.0.2:%B/api/v1/webhooks") << other << s("list");
    QTest::newRow("301 other host") << 301 << s("http://127.0.0.2:%B/api/v1/webhooks") << other << s("list");
    QTest::newRow("307 other host") << 307 << s("http://127.0.0.2:%B/api/v1/webhooks") << other << s("list");
    QTest::newRow("308 other host") << 308 << s("http://127.0.0.2:%B/api/v1/webhooks") << other << s("list");
    QTest::newRow("302 other port") << 302 << s("http://127.0.0.1:%B/api/v1/webhooks") << same << s("list");
    QTest::newRow("302 network-path reference") << 302 << s("//127.0.0.2:%B/api/v1/webhooks") << other << s("list");
    QTest::newRow("307 PATCH other host") << 307 << s("http://127.0.0.2:%B/api/v1/webhooks/x") << other << s("patch");
    QTest::newRow("308 POST other port") << 308 << s("http://127.0.0.1:%B/api/v1/webhooks") << same << s("create");
    QTest::newRow("302 DELETE other host") << 302 << s("http://127.0.0.2:%B/api/v1/webhooks/x") << other << s("delete");
    // The same listening socket under another name, and under another scheme:
    // the first server must see only the first request.
    QTest::newRow("302 other host name, same server") << 302 << s("http://localhost:%A/api/v1/webhooks") << QString()
                                                      << s("list");
    QTest::newRow("302 to https, same host and port") << 302 << s("https://127.0.0.1:%A/api/v1/webhooks") << QString()
                                                      << s("list");
}

void TestApiClientTransport::crossOriginRedirectIsRefused()
{
    QFETCH(int, status);
    QFETCH(QString, location);
    QFETCH(QString, secondHost);
    QFETCH(QString, call);

    std::unique_ptr<MiniServer> second;
    if (!secondHost.isEmpty()) {
        second = std::make_unique<MiniServer>(QHostAddress(secondHost));
        QVERIFY(second->isListening());
        const QString c = call;
        second->setHandler([c](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(200, okBodyFor(c))}; });
        location.replace(QLatin1String("%B"), QString::number(second->port()));
    }
    MiniServer first;
    location.replace(QLatin1String("%A"), QString::number(first.port()));
    const QByteArray redirect = MiniServer::response(status, QByteArray(), {"Location: " + location.toLatin1()});
    first.setHandler([redirect](const HttpRequest &) { return MiniServer::Answer{redirect}; });

    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(first.url(), apiKey));
    int calls = 0;
    ApiError error;
    QVERIFY(startCall(client, call, this, [&](const ApiError &e) {
        ++calls;
        error = e;
    }));
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    QCOMPARE(error.kind, K::Refused);
    QVERIFY(!error.technical.isEmpty());
    QVERIFY(!error.technical.contains(apiKey));
    QVERIFY(!error.message().isEmpty());

    QTest::qWait(100); // would a follow-up request still be on its way?
    QCOMPARE(calls, 1);
    QCOMPARE(first.requests.size(), 1);
    QCOMPARE(first.requests.first().header("authorization"), bearer);
    if (second) {
        for (const HttpRequest &r : std::as_const(second->requests))
            QVERIFY2(!r.hasHeader("authorization"), "the key was sent to another origin");
        QCOMPARE(second->requests.size(), 0);
        QCOMPARE(second->connections, 0);
    }
}

void TestApiClientTransport::sameOriginRedirectIsRefused_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("call");
    QTest::newRow("302 relative") << 302 << s("/api/v1/webhooks/moved") << s("list");
    QTest::newRow("301 absolute") << 301 << s("http://127.0.0.1:%A/api/v1/webhooks/moved") << s("list");
    QTest::newRow("307 relative") << 307 << s("/api/v1/webhooks/moved") << s("list");
    QTest::newRow("308 absolute") << 308 << s("http://127.0.0.1:%A/api/v1/webhooks/moved") << s("list");
    QTest::newRow("307 PATCH to itself") << 307 << s("/api/v1/webhooks/x") << s("patch");
    QTest::newRow("308 POST") << 308 << s("/api/v1/webhooks") << s("create");
}

// The API never redirects: even a same-origin redirect ends the call, so that no
// request, above all no write, reaches the server twice.
void TestApiClientTransport::sameOriginRedirectIsRefused()
{
    QFETCH(int, status);
    QFETCH(QString, location);
    QFETCH(QString, call);
    MiniServer server;
    location.replace(QLatin1String("%A"), QString::number(server.port()));
    const QByteArray redirect = MiniServer::response(status, QByteArray(), {"Location: " + location.toLatin1()});
    const QString c = call;
    server.setHandler([redirect, c](const HttpRequest &r) {
        if (!r.target.endsWith("/moved"))
            return MiniServer::Answer{redirect};
        return MiniServer::Answer{MiniServer::response(200, okBodyFor(c))};
    });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));

    int calls = 0;
    ApiError error;
    QVERIFY(startCall(client, call, this, [&](const ApiError &e) {
        ++calls;
        error = e;
    }));
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    QCOMPARE(error.kind, K::Refused);
    QVERIFY(error.message().contains(QString::number(status)));
    QTest::qWait(100); // would a follow-up request still be on its way?
    QCOMPARE(calls, 1);
    QCOMPARE(server.requests.size(), 1);
}

// ---------------------------------------------------------------- (e) dropped

void TestApiClientTransport::droppedConnectionIsConnection_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("closed mid-body") << s("mid-body");
    QTest::newRow("closed mid-body of a large answer") << s("mid-large-body");
    QTest::newRow("closed mid-headers") << s("mid-headers");
    QTest::newRow("closed before answering") << s("close");
    QTest::newRow("reset before answering") << s("reset");
}

void TestApiClientTransport::droppedConnectionIsConnection()
{
    QFETCH(QString, how);
    MiniServer server;
    server.setHandler([how](const HttpRequest &) {
        if (how == QLatin1String("mid-body")) {
            const QByteArray headers = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(listBody().size()) + "\r\n\r\n";
            return MiniServer::Answer{headers + listBody().left(20)};
        }
        if (how == QLatin1String("mid-large-body")) { // announced 16 MB: gathered into one block
            const QByteArray body = largeListBody(10000);
            const QByteArray headers = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size() + 10 * 1024 * 1024) + "\r\n\r\n";
            return MiniServer::Answer{headers + body};
        }
        if (how == QLatin1String("mid-headers"))
            return MiniServer::Answer{QByteArray("HTTP/1.1 200 OK\r\nContent-Ty")};
        if (how == QLatin1String("close"))
            return MiniServer::Answer{QByteArray()};
        return MiniServer::Answer::resetNow();
    });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));

    Catch<QList<WebhookEndpoint>> c;
    client.listWebhooks(this, c.done());
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 5000);
    QCOMPARE(c.kind(), K::Connection);
    QVERIFY(c.result().value.isEmpty());
    QVERIFY(!c.result().error.message().isEmpty());
}

// ---------------------------------------------------------------- (f) undecodable

void TestApiClientTransport::undecodableAnswerIsInvalidResponse_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mention");

    QTest::newRow("get, empty object") << s("get") << QByteArray("{}") << s("\"id\"");
    QJsonObject noUrl = endpointJson();
    noUrl.remove(QLatin1String("url"));
    QTest::newRow("get, url missing") << s("get") << toJson(noUrl) << s("\"url\"");
    QJsonObject badFailures = endpointJson();
    badFailures.insert(QLatin1String("consecutive_failures"), s("3"));
    QTest::newRow("patch, failures a string") << s("patch") << toJson(badFailures) << s("\"consecutive_failures\"");
    QTest::newRow("list, object") << s("list") << toJson(endpointJson()) << s("array");
    QTest::newRow("list, item 1 bad") << s("list") << toJson(QJsonArray{endpointJson(), noUrl}) << s("item 1");
    QTest::newRow("list, html") << s("list") << QByteArray("<html>ok</html>") << s("JSON");
    QTest::newRow("create without secret")
        << s("create") << toJson(QJsonObject{{QLatin1String("webhook"), endpointJson()}}) << s("\"secret\"");
    QJsonObject badDelivery = deliveryJson();
    badDelivery.insert(QLatin1String("attempt_count"), -1);
    QTest::newRow("deliveries, attempt_count -1") << s("deliveries") << toJson(QJsonArray{badDelivery})
                                                  << s("\"attempt_count\"");
    QTest::newRow("get, empty body") << s("get") << QByteArray() << s("JSON");
}

void TestApiClientTransport::undecodableAnswerIsInvalidResponse()
{
    QFETCH(QString, call);
    QFETCH(QByteArray, body);
    QFETCH(QString, mention);
    MiniServer server;
    server.setHandler([body](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(200, body)}; });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));

    int calls = 0;
    ApiError error;
    QVERIFY(startCall(client, call, this, [&](const ApiError &e) {
        ++calls;
        error = e;
    }));
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    QCOMPARE(error.kind, K::InvalidResponse);
    QCOMPARE(error.httpStatus, 200);
    QVERIFY2(error.technical.contains(mention), qPrintable(error.technical));
    QVERIFY2(error.message().contains(error.technical), qPrintable(error.message()));
}

// A body of several MB with a Content-Length is gathered into one block as it arrives:
// every endpoint arrives, in order, whatever the slices it came in.
void TestApiClientTransport::largeListArrivesWhole()
{
    const int count = 12000;
    const QByteArray body = largeListBody(count);
    QVERIFY(body.size() > 6 * 1024 * 1024);
    MiniServer server;
    server.setHandler([body](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(200, body)}; });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));

    Catch<QList<WebhookEndpoint>> c;
    qint64 lastProgress = 0;
    const QPointer<ApiCall> call = client.listWebhooks(this, c.done());
    QVERIFY(call);
    connect(call, &ApiCall::progress, this, [&](qint64 received, qint64 total) {
        QCOMPARE(total, qint64(body.size()));
        lastProgress = received;
    });
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 30000);
    QVERIFY2(c.result().ok(), qPrintable(c.result().error.message()));
    QCOMPARE(lastProgress, qint64(body.size()));
    const QList<WebhookEndpoint> &endpoints = c.result().value;
    QCOMPARE(endpoints.size(), count);
    for (int i : {0, 1, count / 2, count - 1})
        QCOMPARE(endpoints.at(i).id, QStringLiteral("7d1c3b0e-2f4a-4c5e-9a8b-%1").arg(i, 12, 10, QLatin1Char('0')));
}

// ---------------------------------------------------------------- statuses

void TestApiClientTransport::errorStatuses_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<K>("kind");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<bool>("signalsUnauthorized");

    QTest::newRow("400") << MiniServer::response(400, R"({"detail":"Invalid event type: upload.deleted"})")
                         << K::BadRequest << s("Invalid event type: upload.deleted") << -1 << false;
    QTest::newRow("401") << MiniServer::response(401, R"({"detail":"Invalid API key"})", {"WWW-Authenticate: Bearer"})
                         << K::Unauthorized << s("Invalid API key") << -1 << true;
    QTest::newRow("404") << MiniServer::response(404, R"({"detail":"Not found"})") << K::NotFound << s("Not found") << -1
                         << false;
    QTest::newRow("429 header") << MiniServer::response(429, R"({"detail":"slow down"})", {"Retry-After: 45"})
                                << K::RateLimited << s("slow down") << 45 << false;
    QTest::newRow("429 detail object")
        << MiniServer::response(
               429, R"({"detail":{"error":"rate_limit_exceeded","limit":60,"observed":65,"retry_after_seconds":12}})")
        << K::RateLimited << QString() << 12 << false;
    QTest::newRow("502 html") << MiniServer::response(502, "<html><head><title>502 Bad Gateway</title></head></html>",
                                                      {}, "text/html")
                              << K::Server << s("502 Bad Gateway") << -1 << false;
    QTest::newRow("503 plain") << MiniServer::response(503, "upstream unavailable", {}, "text/plain") << K::Server
                               << s("upstream unavailable") << -1 << false;
    QTest::newRow("409") << MiniServer::response(409, R"({"detail":"Conflict"})") << K::OtherStatus << s("Conflict") << -1
                         << false;
}

void TestApiClientTransport::errorStatuses()
{
    QFETCH(QByteArray, answer);
    QFETCH(K, kind);
    QFETCH(QString, serverMessage);
    QFETCH(int, retryAfter);
    QFETCH(bool, signalsUnauthorized);
    MiniServer server;
    server.setHandler([answer](const HttpRequest &) { return MiniServer::Answer{answer}; });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QSignalSpy unauthorized(&client, &ApiClient::unauthorized);
    QVERIFY(client.configure(server.url(), apiKey));

    Catch<WebhookEndpoint> c;
    client.getWebhook(endpointId, this, c.done());
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 5000);
    QCOMPARE(c.kind(), kind);
    if (!serverMessage.isEmpty())
        QCOMPARE(c.result().error.serverMessage, serverMessage);
    QCOMPARE(c.result().error.retryAfterSeconds, retryAfter);
    QCOMPARE(unauthorized.count(), signalsUnauthorized ? 1 : 0);
    QCOMPARE(server.requests.size(), 1);
}

void TestApiClientTransport::failedPingOnCreateKeepsServerMessage()
{
    // The documented 400 of a create whose URL did not answer the ping: the person
    // must see the server's reason, not "the answer could not be read".
    MiniServer server;
    server.setHandler([](const HttpRequest &) {
        return MiniServer::Answer{MiniServer::response(
            400, R"({"detail":"Webhook URL did not respond with 2xx to the verification ping"})")};
    });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));
    WebhookDraft draft;
    draft.url = s("https://hooks.example.com/new");
    Catch<CreatedWebhook> c;
    client.createWebhook(draft, this, c.done());
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 5000);
    QCOMPARE(c.kind(), K::BadRequest);
    QCOMPARE(c.result().error.httpStatus, 400);
    QVERIFY2(c.result().error.message().contains(QLatin1String("did not respond with 2xx")),
             qPrintable(c.result().error.message()));
    QVERIFY(c.result().value.secret.isEmpty());
}

void TestApiClientTransport::deleteAcceptsAny2xx_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("204") << MiniServer::response(204);
    QTest::newRow("200 with body") << MiniServer::response(200, R"({"deleted":true})");
    QTest::newRow("200 empty") << MiniServer::response(200);
    QTest::newRow("202") << MiniServer::response(202, "accepted", {}, "text/plain");
}

void TestApiClientTransport::deleteAcceptsAny2xx()
{
    QFETCH(QByteArray, answer);
    MiniServer server;
    server.setHandler([answer](const HttpRequest &) { return MiniServer::Answer{answer}; });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));
    Catch<NoContent> c;
    client.deleteWebhook(endpointId, this, c.done());
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 5000);
    QVERIFY2(c.result().ok(), qPrintable(c.result().error.message()));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().method, QByteArray("DELETE"));
}

// ---------------------------------------------------------------- (g) cancel

void TestApiClientTransport::cancelInFlight_data()
{
    QTest::addColumn<QString>("call");
    for (const char *call : {"list", "get", "create", "patch", "delete", "deliveries"})
        QTest::newRow(call) << QString::fromLatin1(call);
}

void TestApiClientTransport::cancelInFlight()
{
    QFETCH(QString, call);
    MiniServer server;
    server.setHandler([](const HttpRequest &) { return MiniServer::Answer::hangUp(); });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));

    int calls = 0;
    ApiError error;
    const QPointer<ApiCall> apiCall = startCall(client, call, this, [&](const ApiError &e) {
        ++calls;
        error = e;
    });
    QVERIFY(apiCall);
    QSignalSpy finished(apiCall.data(), &ApiCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 5000);
    QCOMPARE(calls, 0);

    apiCall->cancel();
    QCOMPARE(calls, 1); // at once
    QCOMPARE(error.kind, K::Cancelled);
    QVERIFY(!error.isTransient());
    QVERIFY(!error.message().isEmpty());
    if (apiCall) {
        QVERIFY(apiCall->isCancelled());
        apiCall->cancel(); // a second cancel changes nothing
    }
    QCOMPARE(calls, 1);
    QCOMPARE(finished.count(), 1);

    // The server answers after all: nothing more reaches the caller.
    server.answerHeld(MiniServer::response(200, okBodyFor(call)));
    QTRY_VERIFY_WITH_TIMEOUT(apiCall.isNull(), 2000);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
    QCOMPARE(error.kind, K::Cancelled);
}

void TestApiClientTransport::cancelBeforeTheRequestLeaves()
{
    MiniServer server;
    server.setHandler([](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(200, listBody())}; });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));

    Catch<QList<WebhookEndpoint>> c;
    const QPointer<ApiCall> apiCall = client.listWebhooks(this, c.done());
    apiCall->cancel();
    QCOMPARE(c.calls(), 1);
    QCOMPARE(c.kind(), K::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(apiCall.isNull(), 2000);
    QTest::qWait(50);
    QCOMPARE(c.calls(), 1);
    QCOMPARE(server.requests.size(), 0);
}

void TestApiClientTransport::cancelFromInsideTheCallback()
{
    // A caller that cancels "its pending call" while handling that call's result
    // (e.g. a slot connected to a signal emitted from the callback) must not be
    // called a second time.
    MiniServer server;
    server.setHandler([](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(200, toJson(endpointJson()))}; });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));

    int calls = 0;
    QList<K> kinds;
    QPointer<ApiCall> apiCall;
    apiCall = client.getWebhook(endpointId, this, [&](const ApiResult<WebhookEndpoint> &r) {
        ++calls;
        kinds.append(r.error.kind);
        if (apiCall)
            apiCall->cancel();
    });
    QTRY_VERIFY_WITH_TIMEOUT(calls >= 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(apiCall.isNull(), 2000);
    QCOMPARE(kinds.first(), K::None);
    QCOMPARE(calls, 1);
}

void TestApiClientTransport::cancelEarlyRefusedCall()
{
    // A call refused before sending anything (here: an empty patch) is cancelled
    // before its answer came: the documented "callback at once with Cancelled".
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(QUrl(s("http://127.0.0.1:9")), apiKey));
    Catch<WebhookEndpoint> c;
    const QPointer<ApiCall> apiCall = client.updateWebhook(endpointId, WebhookPatch(), this, c.done());
    QVERIFY(apiCall);
    apiCall->cancel();
    QCOMPARE(c.calls(), 1);
    QCOMPARE(c.kind(), K::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(apiCall.isNull(), 2000);
    QCOMPARE(c.calls(), 1);
}

// ---------------------------------------------------------------- (h) configure

void TestApiClientTransport::configure_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << s("https://api.optimaldial.com") << true;
    QTest::newRow("https with port and path") << s("https://api.example.com:8443/gateway/") << true;
    QTest::newRow("http 127.0.0.1") << s("http://127.0.0.1:8080") << true;
    QTest::newRow("http 127.0.0.2") << s("http://127.0.0.2:8080") << true;
    QTest::newRow("http localhost") << s("http://localhost:8080") << true;
    QTest::newRow("http [::1]") << s("http://[::1]:8080") << true;
    QTest::newRow("http public name") << s("http://api.optimaldial.com") << false;
    QTest::newRow("http public address") << s("http://93.184.216.34") << false;
    QTest::newRow("http private address") << s("http://192.168.1.10:8080") << false;
    QTest::newRow("http 10.0.0.1") << s("http://10.0.0.1") << false;
    QTest::newRow("http 0.0.0.0") << s("http://0.0.0.0:8080") << false;
    QTest::newRow("http localhost.example.com") << s("http://localhost.example.com") << false;
    QTest::newRow("ftp") << s("ftp://api.optimaldial.com") << false;
    QTest::newRow("no scheme") << s("api.optimaldial.com") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("user info") << s("https://user:pw@api.optimaldial.com") << false;
    QTest::newRow("query") << s("https://api.optimaldial.com/?x=1") << false;
    QTest::newRow("fragment") << s("https://api.optimaldial.com/#x") << false;
}

void TestApiClientTransport::configure()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    // A working configuration first: a refused one must not leave it in place.
    QVERIFY(client.configure(QUrl(s("https://api.optimaldial.com")), apiKey));
    QString error = s("untouched");
    QCOMPARE(client.configure(QUrl(url), apiKey, &error), accepted);
    QCOMPARE(client.isConfigured(), accepted);
    QCOMPARE(ApiClient::checkBaseUrl(QUrl(url)).isEmpty(), accepted);
    if (accepted) {
        QCOMPARE(error, s("untouched"));
        QCOMPARE(client.keyDisplayPrefix(), s("od_live_AbCd"));
    } else {
        QVERIFY(!error.isEmpty() && error != s("untouched"));
        QVERIFY(!error.contains(apiKey));
    }
}

void TestApiClientTransport::unconfiguredClientSendsNothing()
{
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(!client.configure(QUrl(s("http://example.com")), apiKey));
    Catch<QList<WebhookEndpoint>> c;
    client.listWebhooks(this, c.done());
    QCOMPARE(c.calls(), 0); // asynchronous, also when nothing is sent
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 2000);
    QCOMPARE(c.kind(), K::Refused);
    QVERIFY(!c.result().error.message().isEmpty());
}

// ---------------------------------------------------------------- (i) on the wire

void TestApiClientTransport::requestOnTheWire_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body"); // JSON compared as objects; empty: no body

    const QByteArray one = "/api/v1/webhooks/" + endpointId.toLatin1();
    QTest::newRow("list") << s("list") << QByteArray("GET") << QByteArray("/api/v1/webhooks") << QByteArray();
    QTest::newRow("get") << s("get") << QByteArray("GET") << one << QByteArray();
    QTest::newRow("create") << s("create") << QByteArray("POST") << QByteArray("/api/v1/webhooks")
                            << QByteArray(R"({"url":"https://hooks.example.com/new"})");
    QTest::newRow("patch is_active") << s("patch") << QByteArray("PATCH") << one << QByteArray(R"({"is_active":false})");
    QTest::newRow("patch url") << s("patch-url") << QByteArray("PATCH") << one
                               << QByteArray(R"({"url":"https://hooks.example.com/moved"})");
    QTest::newRow("patch description cleared") << s("patch-description") << QByteArray("PATCH") << one
                                               << QByteArray(R"({"description":""})");
    QTest::newRow("patch events keeps unknown") << s("patch-events") << QByteArray("PATCH") << one
                                                << QByteArray(R"({"events":["upload.failed","upload.deleted"]})");
    QTest::newRow("delete") << s("delete") << QByteArray("DELETE") << one << QByteArray();
    QTest::newRow("deliveries") << s("deliveries") << QByteArray("GET") << (one + "/deliveries?limit=20") << QByteArray();
}

void TestApiClientTransport::requestOnTheWire()
{
    QFETCH(QString, call);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    MiniServer server;
    const QString answerFor = call.startsWith(QLatin1String("patch")) ? s("patch") : call;
    server.setHandler([answerFor](const HttpRequest &) {
        return MiniServer::Answer{MiniServer::response(answerFor == QLatin1String("delete") ? 204 : 200, okBodyFor(answerFor))};
    });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));

    int calls = 0;
    ApiError error;
    auto done = [&](const ApiError &e) {
        ++calls;
        error = e;
    };
    if (call == QLatin1String("patch-description")) {
        WebhookPatch patch;
        patch.description = QString();
        client.updateWebhook(endpointId, patch, this, [done](const auto &r) { done(r.error); });
    } else if (call == QLatin1String("patch-events")) {
        WebhookPatch patch;
        patch.events = EventTypes(EventType::UploadFailed);
        patch.otherEvents = QStringList{s("upload.deleted")};
        client.updateWebhook(endpointId, patch, this, [done](const auto &r) { done(r.error); });
    } else {
        QVERIFY(startCall(client, call, this, done));
    }
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(server.requests.size(), 1);

    const HttpRequest &r = server.requests.first();
    QCOMPARE(r.method, method);
    QCOMPARE(r.target, target);
    QCOMPARE(r.header("authorization"), bearer);
    QVERIFY2(r.header("user-agent").startsWith("OptimalDial-Webhooks-Desktop/"), r.header("user-agent").constData());
    QCOMPARE(r.header("accept"), QByteArray("application/json"));
    if (body.isEmpty()) {
        QVERIFY(r.body.isEmpty());
        QVERIFY(!r.hasHeader("content-type"));
    } else {
        QVERIFY(r.header("content-type").startsWith("application/json"));
        QCOMPARE(parseObject(r.body), parseObject(body));
    }
}

void TestApiClientTransport::baseUrlPathAndIdEncoding_data()
{
    QTest::addColumn<QString>("basePath");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("plain") << QString() << s("abc") << QByteArray("/api/v1/webhooks/abc");
    QTest::newRow("base path") << s("/gateway") << s("abc") << QByteArray("/gateway/api/v1/webhooks/abc");
    QTest::newRow("base path, trailing slash") << s("/gateway/") << s("abc") << QByteArray("/gateway/api/v1/webhooks/abc");
    QTest::newRow("slash in id") << QString() << s("a/b") << QByteArray("/api/v1/webhooks/a%2Fb");
    QTest::newRow("query and fragment characters in id") << QString() << s("a?b#c")
                                                         << QByteArray("/api/v1/webhooks/a%3Fb%23c");
    QTest::newRow("space and percent in id") << QString() << s("a b%") << QByteArray("/api/v1/webhooks/a%20b%25");
    QTest::newRow("dot-dot id stays below webhooks") << QString() << s("../x") << QByteArray("/api/v1/webhooks/..%2Fx");
}

void TestApiClientTransport::baseUrlPathAndIdEncoding()
{
    QFETCH(QString, basePath);
    QFETCH(QString, id);
    QFETCH(QByteArray, target);
    MiniServer server;
    server.setHandler([](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(404, R"({"detail":"no"})")}; });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(basePath), apiKey));
    Catch<WebhookEndpoint> c;
    client.getWebhook(id, this, c.done());
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 5000);
    QCOMPARE(c.kind(), K::NotFound);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().target, target);
}

// `--base-url https://host/`: the "/" path is dropped, not doubled ("//api/v1/...").
void TestApiClientTransport::rootSlashBaseUrl_data()
{
    QTest::addColumn<QString>("basePath");
    QTest::newRow("slash") << s("/");
    QTest::newRow("slashes") << s("//");
    QTest::newRow("dot segment") << s("/./");
}

void TestApiClientTransport::rootSlashBaseUrl()
{
    QFETCH(QString, basePath);
    MiniServer server;
    server.setHandler([](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(200, listBody())}; });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(basePath), apiKey));
    QCOMPARE(client.baseUrl(), server.url());
    QCOMPARE(ApiClient::normalizedBaseUrl(server.url(basePath)), server.url());
    Catch<QList<WebhookEndpoint>> c;
    client.listWebhooks(this, c.done());
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 5000);
    QVERIFY2(!c.result().error.isError(), qPrintable(c.result().error.message()));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().target, QByteArray("/api/v1/webhooks"));
}

// ---------------------------------------------------------------- (j) empty patch

void TestApiClientTransport::emptyPatchSendsNothing()
{
    MiniServer server;
    server.setHandler([](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(200, toJson(endpointJson()))}; });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));

    WebhookPatch patch;
    patch.otherEvents = QStringList{s("upload.deleted")}; // not a change by itself
    QVERIFY(patch.isEmpty());
    Catch<WebhookEndpoint> c;
    QVERIFY(client.updateWebhook(endpointId, patch, this, c.done()));
    QCOMPARE(c.calls(), 0); // asynchronous
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 2000);
    QCOMPARE(c.kind(), K::Refused);
    QVERIFY(!c.result().error.message().isEmpty());

    // The same client still works, and the server saw only that second call.
    Catch<WebhookEndpoint> next;
    client.getWebhook(endpointId, this, next.done());
    QTRY_COMPARE_WITH_TIMEOUT(next.calls(), 1, 5000);
    QVERIFY(next.result().ok());
    QCOMPARE(server.connections, 1);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().method, QByteArray("GET"));
    QCOMPARE(c.calls(), 1);
}

// ---------------------------------------------------------------- (k) context

void TestApiClientTransport::destroyedContextSkipsCallback_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<bool>("error");
    QTest::newRow("list (decoded in a thread)") << s("list") << false;
    QTest::newRow("get") << s("get") << false;
    QTest::newRow("delete") << s("delete") << false;
    QTest::newRow("get, error answer") << s("get") << true;
}

void TestApiClientTransport::destroyedContextSkipsCallback()
{
    QFETCH(QString, call);
    QFETCH(bool, error);
    MiniServer server;
    server.setHandler([](const HttpRequest &) { return MiniServer::Answer::hangUp(); });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));

    auto *context = new QObject;
    int calls = 0;
    const QPointer<ApiCall> apiCall = startCall(client, call, context, [&](const ApiError &) { ++calls; });
    QVERIFY(apiCall);
    QSignalSpy finished(apiCall.data(), &ApiCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 5000);
    delete context;
    server.answerHeld(error ? MiniServer::response(500, R"({"detail":"boom"})")
                            : MiniServer::response(call == QLatin1String("delete") ? 204 : 200, okBodyFor(call)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000); // the answer was handled...
    QCOMPARE(calls, 0);                                    // ...and not delivered
    QTRY_VERIFY_WITH_TIMEOUT(apiCall.isNull(), 2000);
    QCOMPARE(calls, 0);
}

// ---------------------------------------------------------------- (l) limit

void TestApiClientTransport::deliveriesLimitIsClamped_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("sent");
    QTest::newRow("-5") << -5 << 1;
    QTest::newRow("0") << 0 << 1;
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("20") << 20 << 20;
    QTest::newRow("100") << 100 << 100;
    QTest::newRow("101") << 101 << 100;
    QTest::newRow("INT_MAX") << std::numeric_limits<int>::max() << 100;
}

void TestApiClientTransport::deliveriesLimitIsClamped()
{
    QFETCH(int, limit);
    QFETCH(int, sent);
    MiniServer server;
    server.setHandler([](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(200, "[]")}; });
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(server.url(), apiKey));
    Catch<QList<WebhookDelivery>> c;
    client.listDeliveries(endpointId, limit, this, c.done());
    QTRY_COMPARE_WITH_TIMEOUT(c.calls(), 1, 5000);
    QVERIFY2(c.result().ok(), qPrintable(c.result().error.message()));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().target,
             "/api/v1/webhooks/" + endpointId.toLatin1() + "/deliveries?limit=" + QByteArray::number(sent));
}

QTEST_GUILESS_MAIN(TestApiClientTransport)
#include "tst_apiclient_transport.moc"
