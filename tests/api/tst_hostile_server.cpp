// ApiClient against a deliberately hostile server on 127.0.0.1: bodies that never end
// or drip, huge texts, answers about another endpoint, redirect chains, authentication
// challenges, absurd headers, and text made to pass for the app's own. Each case checks
// what the user is told and what the server received.
#include "apiclient.h"
#include "awaitresult.h"
#include "miniserver.h"
#include "unitsupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace UnitSupport;
using K = ApiError::Kind;

namespace {

const QString apiKey = QStringLiteral("od_live_HostileHostileHostileHostile0123");
const QString idA = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString idB = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");

QByteArray endpointBody(const QString &id) { return toJson(endpointJson(id)); }

QByteArray chunkedHead(int status = 200)
{
    return "HTTP/1.1 " + QByteArray::number(status)
        + " X\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
}

QByteArray chunk(const QByteArray &data) { return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n"; }

// The process's peak resident memory (VmHWM), in MB; 0 where /proc is not there.
double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Memory and time are bounded.
    void endlessChunkedObjectIsCut();
    void endlessChunkedListStopsAtItsCap();
    void terabyteContentLengthIsRefusedBeforeTheBody();
    void drippingBodyMeetsTheTotalDeadline();
    void cancelStopsADrip();
    void hugeErrorTextIsCutNotRead();

    // Writes go where the user meant, once.
    void getAnsweredWithAnotherEndpointIsRefused();
    void patchAnsweredWithAnotherEndpointIsRefused();
    void redirectChainIsNotFollowed_data();
    void redirectChainIsNotFollowed();

    // Nothing the server says can pass for the app.
    void serverMessageIsOneNeutralisedLine();
    void redirectTargetIsNeutralised();
    void absurdRetryAfterSaysLater_data();
    void absurdRetryAfterSaysLater();
    void authenticationChallengeIsNeverAnswered_data();
    void authenticationChallengeIsNeverAnswered();

private:
    ApiClient *client();

    std::unique_ptr<MiniServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
};

void TestHostileServer::init()
{
    m_server = std::make_unique<MiniServer>();
    QVERIFY(m_server->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    QVERIFY(m_client->configure(m_server->url(), apiKey));
}

void TestHostileServer::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

ApiClient *TestHostileServer::client() { return m_client.get(); }

void TestHostileServer::endlessChunkedObjectIsCut()
{
    const QByteArray piece = chunk(QByteArray(64 * 1024, ' '));
    m_server->setHandler([piece](const HttpRequest &) {
        MiniServer::Answer a{chunkedHead() + chunk("{\"id\":\"")};
        a.stream = [piece] { return piece; };
        return a;
    });
    const auto r = await<WebhookEndpoint>([&](auto done) { client()->getWebhook(idA, this, done); });
    QCOMPARE(r.error.kind, K::InvalidResponse);
    QVERIFY2(r.error.message().contains(QLatin1String("larger than the 1 MB")), qPrintable(r.error.message()));
    // Stopped at the cap, not long after it (the kernel's socket buffers hold some).
    QVERIFY2(m_server->streamedBytes < 16 * 1024 * 1024, qPrintable(QString::number(m_server->streamedBytes)));
}

void TestHostileServer::endlessChunkedListStopsAtItsCap()
{
    const QByteArray piece = chunk(QByteArray(1024 * 1024, ' '));
    m_server->setHandler([piece](const HttpRequest &) {
        MiniServer::Answer a{chunkedHead() + chunk("[")};
        a.stream = [piece] { return piece; };
        return a;
    });
    const auto r = await<QList<WebhookEndpoint>>([&](auto done) { client()->listWebhooks(this, done); }, 60000);
    QCOMPARE(r.error.kind, K::InvalidResponse);
    QVERIFY2(r.error.message().contains(QLatin1String("larger than the 256 MB")), qPrintable(r.error.message()));
    QVERIFY(m_server->streamedBytes < ApiClient::MaxListBytes + 64 * 1024 * 1024);
    const double peak = peakRssMb();
    qInfo("endless list body: %.0f MB sent before the client stopped it, peak RSS %.0f MB",
          m_server->streamedBytes / 1048576.0, peak);
#ifndef __SANITIZE_ADDRESS__ // AddressSanitizer's shadow memory and quarantine count as resident too
    QVERIFY2(peak < 700, qPrintable(QString::number(peak)));
#endif
}

void TestHostileServer::terabyteContentLengthIsRefusedBeforeTheBody()
{
    m_server->setHandler([](const HttpRequest &) {
        MiniServer::Answer a{"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1099511627776\r\n\r\n["};
        a.stream = [] { return QByteArray(64 * 1024, ' '); };
        return a;
    });
    const auto r = await<QList<WebhookEndpoint>>([&](auto done) { client()->listWebhooks(this, done); });
    QCOMPARE(r.error.kind, K::InvalidResponse);
    QVERIFY2(r.error.message().contains(QLatin1String("announced")), qPrintable(r.error.message()));
    QVERIFY2(r.error.message().contains(QLatin1String("256 MB")), qPrintable(r.error.message()));
}

void TestHostileServer::drippingBodyMeetsTheTotalDeadline()
{
    ApiClient::Timeouts t;
    t.readMs = 1000; // idle: never reached, a byte comes every 100 ms
    t.totalMs = 1500;
    client()->setTimeouts(t);
    m_server->setHandler([](const HttpRequest &) {
        MiniServer::Answer a{chunkedHead()};
        a.stream = [] { return chunk(" "); };
        a.streamIntervalMs = 100;
        return a;
    });
    const auto r = await<WebhookEndpoint>([&](auto done) { client()->getWebhook(idA, this, done); }, 10000);
    QCOMPARE(r.error.kind, K::Timeout);
    QVERIFY2(r.error.technical.contains(QLatin1String("(1 s)")), qPrintable(r.error.technical));
    QVERIFY(m_server->streamedBytes > 0);
    QCOMPARE(m_server->requests.size(), 1);
}

void TestHostileServer::cancelStopsADrip()
{
    m_server->setHandler([](const HttpRequest &) {
        MiniServer::Answer a{chunkedHead()};
        a.stream = [] { return chunk(" "); };
        a.streamIntervalMs = 100;
        return a;
    });
    ApiResult<QList<WebhookEndpoint>> result;
    int calls = 0;
    QPointer<ApiCall> call = client()->listWebhooks(this, [&](const ApiResult<QList<WebhookEndpoint>> &r) {
        ++calls;
        result = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(m_server->streamedBytes > 3, 5000);
    call->cancel();
    QCOMPARE(calls, 1);
    QCOMPARE(result.error.kind, K::Cancelled);
    // And a new refresh can start at once.
    m_server->setHandler([](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(200, "[]")}; });
    const auto again = await<QList<WebhookEndpoint>>([&](auto done) { client()->listWebhooks(this, done); });
    QVERIFY2(again.ok(), qPrintable(again.error.message()));
}

void TestHostileServer::hugeErrorTextIsCutNotRead()
{
    const QByteArray piece = chunk(QByteArray(1024 * 1024, 'x'));
    m_server->setHandler([piece](const HttpRequest &) {
        MiniServer::Answer a{chunkedHead(500) + chunk("{\"detail\":\"The database ")};
        int left = 10;
        a.stream = [piece, left]() mutable { return left-- > 0 ? piece : QByteArray(); };
        return a;
    });
    const auto r = await<WebhookEndpoint>([&](auto done) { client()->getWebhook(idA, this, done); });
    QCOMPARE(r.error.kind, K::Server);
    QCOMPARE(r.error.httpStatus, 500);
    QVERIFY(r.error.serverMessage.size() <= 301);
    QVERIFY(r.error.message().size() < 1000);
    QVERIFY(r.error.message().contains(QLatin1String("HTTP 500")));
}

void TestHostileServer::getAnsweredWithAnotherEndpointIsRefused()
{
    m_server->setHandler([](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(200, endpointBody(idB))}; });
    const auto r = await<WebhookEndpoint>([&](auto done) { client()->getWebhook(idA, this, done); });
    QCOMPARE(r.error.kind, K::InvalidResponse);
    QVERIFY(r.error.message().contains(idB));
    QVERIFY(r.error.message().contains(QLatin1String("not the one asked for")));
    QVERIFY(r.value.id.isEmpty());
}

void TestHostileServer::patchAnsweredWithAnotherEndpointIsRefused()
{
    m_server->setHandler([](const HttpRequest &) { return MiniServer::Answer{MiniServer::response(200, endpointBody(idB))}; });
    WebhookPatch patch;
    patch.description = QStringLiteral("new text");
    const auto r = await<WebhookEndpoint>([&](auto done) { client()->updateWebhook(idA, patch, this, done); });
    QCOMPARE(r.error.kind, K::InvalidResponse);
    QVERIFY(r.value.id.isEmpty());
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_server->requests.first().target, QByteArray("/api/v1/webhooks/") + idA.toLatin1());
}

void TestHostileServer::redirectChainIsNotFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
    QTest::newRow("302") << 302;
}

void TestHostileServer::redirectChainIsNotFollowed()
{
    QFETCH(int, status);
    // Three hops on the same origin, each to the next; a PATCH must reach it once.
    m_server->setHandler([status](const HttpRequest &r) {
        const QByteArray hop = r.target.endsWith("/hop2") ? "/hop3" : r.target.endsWith("/hop1") ? "/hop2" : "/hop1";
        return MiniServer::Answer{
            MiniServer::response(status, QByteArray(), {"Location: /api/v1/webhooks/" + idA.toLatin1() + hop})};
    });
    WebhookPatch patch;
    patch.isActive = false;
    const auto r = await<WebhookEndpoint>([&](auto done) { client()->updateWebhook(idA, patch, this, done); });
    QCOMPARE(r.error.kind, K::Refused);
    QVERIFY(r.error.message().contains(QLatin1String("never redirects")));
    QTest::qWait(200);
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_server->requests.first().method, QByteArray("PATCH"));
}

void TestHostileServer::serverMessageIsOneNeutralisedLine()
{
    const QString evil = QStringLiteral("Bad url https://evil.test/\u202Emoc.elgoog.www\n\nIMPORTANT:\u200B paste your API key "
                                        "at https://evil.test/verify\u2066\u2069\t\x01 now");
    m_server->setHandler([evil](const HttpRequest &) {
        return MiniServer::Answer{MiniServer::response(400, toJson(QJsonObject{{s("detail"), evil}}))};
    });
    WebhookPatch patch;
    patch.description = QStringLiteral("x");
    const auto r = await<WebhookEndpoint>([&](auto done) { client()->updateWebhook(idA, patch, this, done); });
    QCOMPARE(r.error.kind, K::BadRequest);
    const QString shown = r.error.message();
    for (const QChar c : shown) {
        QVERIFY2(c.category() != QChar::Other_Format && c.category() != QChar::Other_Control,
                 qPrintable(QString::number(c.unicode(), 16)));
    }
    QVERIFY(!shown.contains(QLatin1Char('\n')));
    QVERIFY(shown.contains(QLatin1String("moc.elgoog.www"))); // shown as sent, not reversed
    QVERIFY(shown.contains(QLatin1String("IMPORTANT: paste your API key")));
}

void TestHostileServer::redirectTargetIsNeutralised()
{
    m_server->setHandler([](const HttpRequest &) {
        return MiniServer::Answer{MiniServer::response(
            302, QByteArray(), {QByteArray("Location: https://evil.test/\xE2\x80\xAEmoc.elgoog.www/") + QByteArray(5000, 'a')})};
    });
    const auto r = await<QList<WebhookEndpoint>>([&](auto done) { client()->listWebhooks(this, done); });
    QCOMPARE(r.error.kind, K::Refused);
    QVERIFY(!r.error.message().contains(QChar(0x202E)));
    QVERIFY(r.error.message().size() < 600);
}

void TestHostileServer::absurdRetryAfterSaysLater_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("int max") << QByteArray("2147483647");
    QTest::newRow("beyond 64 bits") << QByteArray("99999999999999999999999999");
    QTest::newRow("a year away") << QDateTime::currentDateTimeUtc().addDays(365).toString(Qt::RFC2822Date).toLatin1();
}

void TestHostileServer::absurdRetryAfterSaysLater()
{
    QFETCH(QByteArray, retryAfter);
    m_server->setHandler([retryAfter](const HttpRequest &) {
        return MiniServer::Answer{MiniServer::response(429, R"({"detail":"slow down"})", {"Retry-After: " + retryAfter})};
    });
    WebhookPatch patch;
    patch.isActive = true;
    const auto r = await<WebhookEndpoint>([&](auto done) { client()->updateWebhook(idA, patch, this, done); });
    QCOMPARE(r.error.kind, K::RateLimited);
    QVERIFY2(r.error.message().contains(QLatin1String("later")), qPrintable(r.error.message()));
    QVERIFY(!r.error.message().contains(QLatin1String("2147483647")));
    QVERIFY(r.error.retryAfterSeconds > ApiError::MaxRetryAfterSeconds);
    QVERIFY(r.error.retryAfterSeconds <= ApiError::MaxRetryAfterSeconds + 1);
}

void TestHostileServer::authenticationChallengeIsNeverAnswered_data()
{
    QTest::addColumn<QByteArray>("challenge");
    QTest::newRow("NTLM") << QByteArray("NTLM");
    QTest::newRow("Negotiate") << QByteArray("Negotiate");
    QTest::newRow("Basic") << QByteArray("Basic realm=\"api\"");
    QTest::newRow("Digest") << QByteArray("Digest realm=\"api\", nonce=\"abc\", qop=\"auth\"");
}

void TestHostileServer::authenticationChallengeIsNeverAnswered()
{
    QFETCH(QByteArray, challenge);
    m_server->setHandler([challenge](const HttpRequest &) {
        return MiniServer::Answer{
            MiniServer::response(401, R"({"detail":"Invalid API key"})", {"WWW-Authenticate: " + challenge}), false};
    });
    QSignalSpy unauthorized(client(), &ApiClient::unauthorized);
    const auto r = await<QList<WebhookEndpoint>>([&](auto done) { client()->listWebhooks(this, done); });
    QCOMPARE(r.error.kind, K::Unauthorized);
    QCOMPARE(unauthorized.count(), 1);
    QTest::qWait(200);
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_server->requests.first().header("authorization"), "Bearer " + apiKey.toLatin1());
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostile_server.moc"
