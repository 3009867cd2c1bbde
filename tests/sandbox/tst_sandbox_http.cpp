// The whole server in-process over loopback: HTTP/1.1 handling, the API's answers and
// errors, faults, the control endpoints, and clients that go away mid-request.
#include "faultinjector.h"
#include "pingverifier.h"
#include "ratelimiter.h"
#include "requestlog.h"
#include "sandbox.h"
#include "sandboxstore.h"
#include "sandboxtesthttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace SandboxTestHttp;

namespace {
const QString KeyA = QStringLiteral("od_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
const QString KeyB = QStringLiteral("od_live_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");
const QString Webhooks = QStringLiteral("/api/v1/webhooks");
} // namespace

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listIsABareArrayOfTheKeysOrganization();
    void getOneAndUnknownIds();
    void anotherOrganizationsIdIs404Everywhere();
    void unauthorized_data();
    void unauthorized();
    void unknownPathAndWrongMethod();
    void createAfterPing();
    void createWithFailingPingSavesNothing();
    void createValidationErrors_data();
    void createValidationErrors();
    void patchSemantics();
    void patchUrlWithFailingPingSavesNothing();
    void deleteDuringPingGives404();
    void deleteIs204WithEmptyBody();
    void deliveriesLimit_data();
    void deliveriesLimit();
    void rateLimitGives429();
    void readsAreNotRateLimited();
    void serverErrorsAlternateJsonAndHtml();
    void droppedConnection();
    void malformedBody();
    void latencyDelaysTheAnswer();
    void clientGoneDuringPing();
    void clientGoneDuringLatency();
    void keepAliveAndPipelining();
    void protocolErrors_data();
    void protocolErrors();
    void expectContinue();
    void requestLogRecordsWhatWasSent();
    void overwriteEndpoint();
    void faultsValidation();
    void controlDisabledIs404();
    void bigListIsStreamedWhole();

private:
    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox->port())); }
    Answer call(const QByteArray &verb, const QString &path, const QString &key = KeyA, const QByteArray &body = {})
    {
        return send(m_nam, base(), verb, path, key, body);
    }
    Answer control(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        return send(m_nam, base(), verb, path, QString(), body);
    }
    QString firstId(const QString &key = KeyA)
    {
        const Answer a = call("GET", Webhooks, key);
        return a.json().array().at(0).toObject().value(QLatin1String("id")).toString();
    }

    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestSandboxHttp::initTestCase()
{
    SandboxOptions o;
    o.port = 0;
    o.keys = {KeyA, KeyB};
    o.generate = 12;
    o.enableControl = true;
    o.pingDelayMs = 50;
    o.rateLimit = 0;
    m_sandbox = std::make_unique<Sandbox>(o);
    QString error;
    QVERIFY2(m_sandbox->prepare(&error), qPrintable(error));
    QVERIFY2(m_sandbox->listen(&error), qPrintable(error));
    QVERIFY(m_sandbox->port() > 0);
}

void TestSandboxHttp::init()
{
    m_sandbox->faults().setSettings(FaultSettings());
    m_sandbox->rateLimiter().setLimit(0);
    m_sandbox->ping().setDelayMs(50);
}

void TestSandboxHttp::listIsABareArrayOfTheKeysOrganization()
{
    const Answer a = call("GET", Webhooks);
    QVERIFY(a.finished);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(a.json().isArray());
    const QJsonArray list = a.json().array();
    QVERIFY(list.size() >= 12);
    const QString org = list.at(0).toObject().value(QLatin1String("organization_id")).toString();
    for (const QJsonValue &v : list)
        QCOMPARE(v.toObject().value(QLatin1String("organization_id")).toString(), org);
    const Answer b = call("GET", Webhooks, KeyB);
    QVERIFY(b.json().array().at(0).toObject().value(QLatin1String("organization_id")).toString() != org);
}

void TestSandboxHttp::getOneAndUnknownIds()
{
    const QString id = firstId();
    const Answer a = call("GET", Webhooks + QLatin1Char('/') + id);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json().object().value(QLatin1String("id")).toString(), id);
    for (const QString &bad : {QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("x"),
                               QStringLiteral("not-a-uuid-but-36-characters-long-xx")}) {
        const Answer n = call("GET", Webhooks + QLatin1Char('/') + bad);
        QCOMPARE(n.status, 404);
        QCOMPARE(n.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(!n.detail().isEmpty());
    }
}

void TestSandboxHttp::anotherOrganizationsIdIs404Everywhere()
{
    const QString idOfA = firstId(KeyA);
    const QString path = Webhooks + QLatin1Char('/') + idOfA;
    const Answer unknown = call("GET", Webhooks + QStringLiteral("/00000000-0000-4000-8000-000000000000"), KeyB);
    const Answer get = call("GET", path, KeyB);
    QCOMPARE(get.status, 404);
    QCOMPARE(get.body, unknown.body); // indistinguishable from an unknown id
    QCOMPARE(call("PATCH", path, KeyB, "{\"description\":\"hijack\"}").status, 404);
    QCOMPARE(call("DELETE", path, KeyB).status, 404);
    QCOMPARE(call("GET", path + QStringLiteral("/deliveries"), KeyB).status, 404);
    QCOMPARE(call("GET", path, KeyA).status, 200); // untouched
}

void TestSandboxHttp::unauthorized_data()
{
    QTest::addColumn<QByteArray>("authorization"); // null: no header
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("basic scheme") << QByteArray("Basic dXNlcjpwdw==");
    QTest::newRow("bearer without key") << QByteArray("Bearer ");
    QTest::newRow("malformed key") << QByteArray("Bearer not-a-key");
    QTest::newRow("34-char key") << QByteArray("Bearer od_live_TestKeyAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("unknown key") << QByteArray("Bearer od_live_ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ");
}

void TestSandboxHttp::unauthorized()
{
    QFETCH(QByteArray, authorization);
    QUrl url = base();
    url.setPath(Webhooks);
    QNetworkRequest request(url);
    if (!authorization.isNull())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QVERIFY(spy.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QCOMPARE(reply->rawHeader("WWW-Authenticate"), QByteArray("Bearer"));
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("application/json"));
    const QJsonValue detail = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("detail"));
    QVERIFY(!detail.toString().isEmpty());
    reply->deleteLater();
    // Writes are refused the same way (before any validation).
    const Answer w = send(m_nam, base(), "POST", Webhooks, QStringLiteral("od_live_ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ"), "{");
    QCOMPARE(w.status, 401);
}

void TestSandboxHttp::unknownPathAndWrongMethod()
{
    for (const QString &path : {QStringLiteral("/"), QStringLiteral("/api/v1"), QStringLiteral("/api/v1/hooks"),
                                QStringLiteral("/api/v2/webhooks"), QStringLiteral("/api/v1/webhooks/"),
                                QStringLiteral("/api/v1/webhooks/a/b/c")}) {
        const Answer a = call("GET", path);
        QVERIFY2(a.status == 404, qPrintable(path));
        QCOMPARE(a.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(!a.detail().isEmpty());
    }
    const Answer put = call("PUT", Webhooks, KeyA, "{}");
    QCOMPARE(put.status, 405);
    QCOMPARE(put.header("Allow"), QByteArray("GET, POST"));
    QCOMPARE(put.detail(), QStringLiteral("Method Not Allowed"));
    QCOMPARE(call("POST", Webhooks + QLatin1Char('/') + firstId(), KeyA, "{}").status, 405);
    QCOMPARE(call("DELETE", Webhooks + QLatin1Char('/') + firstId() + QStringLiteral("/deliveries")).status, 405);
}

void TestSandboxHttp::createAfterPing()
{
    m_sandbox->ping().setDelayMs(300);
    QElapsedTimer timer;
    timer.start();
    const Answer a = call("POST", Webhooks, KeyA,
                          QStringLiteral("{\"url\":\"https://hooks.example-receiver.com/od\",\"description\":\"caf\u00e9 \U0001F680\"}")
                              .toUtf8());
    QVERIFY(timer.elapsed() >= 290);
    QCOMPARE(a.status, 200);
    const QJsonObject o = a.json().object();
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("secret"), QStringLiteral("webhook")}));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(o.value(QLatin1String("secret")).toString()).hasMatch());
    const QJsonObject w = o.value(QLatin1String("webhook")).toObject();
    QCOMPARE(w.value(QLatin1String("description")).toString(), QStringLiteral("caf\u00e9 \U0001F680"));
    QCOMPARE(w.value(QLatin1String("events")).toArray(),
             QJsonArray({QStringLiteral("upload.completed"), QStringLiteral("upload.failed")}));
    QCOMPARE(w.value(QLatin1String("is_active")).toBool(), true);
    QCOMPARE(w.value(QLatin1String("consecutive_failures")).toInt(-1), 0);
    QVERIFY(!w.value(QLatin1String("verified_at")).isNull());
    QCOMPARE(w.value(QLatin1String("verified_at")), w.value(QLatin1String("created_at")));
    QVERIFY(w.value(QLatin1String("last_success_at")).isNull());
    const Answer again = call("GET", Webhooks + QLatin1Char('/') + w.value(QLatin1String("id")).toString());
    QCOMPARE(again.json().object(), w);
    // Two creates give two different secrets.
    const Answer b = call("POST", Webhooks, KeyA, R"({"url":"https://hooks.example-receiver.com/od"})");
    QVERIFY(b.json().object().value(QLatin1String("secret")) != o.value(QLatin1String("secret")));
}

void TestSandboxHttp::createWithFailingPingSavesNothing()
{
    const qsizetype before = m_sandbox->store().endpointCount();
    const Answer a = call("POST", Webhooks, KeyA, R"({"url":"https://receiver.invalid/hook"})");
    QCOMPARE(a.status, 400);
    QCOMPARE(a.detail(), QStringLiteral("Ping to https://receiver.invalid/hook failed: could not resolve host receiver.invalid"));
    QCOMPARE(m_sandbox->store().endpointCount(), before);
    QVERIFY(m_sandbox->ping().setFailPattern(QStringLiteral("^down\\.")));
    QCOMPARE(call("POST", Webhooks, KeyA, "{\"url\":\"https://down.example.com/hook\"}").status, 400);
    QCOMPARE(call("POST", Webhooks, KeyA, "{\"url\":\"https://receiver.invalid/hook\"}").status, 200);
    QVERIFY(m_sandbox->ping().setFailPattern(QStringLiteral("\\.invalid$")));
}

void TestSandboxHttp::createValidationErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("http") << QByteArray(R"({"url":"http://hooks.example.com/x"})") << "url must use https (start with \"https://\")";
    QTest::newRow("loopback") << QByteArray(R"({"url":"https://127.0.0.1/x"})")
                              << "url must resolve to a public IP address: 127.0.0.1 is a loopback address";
    QTest::newRow("long description") << "{\"url\":\"https://a.example.com\",\"description\":\"" + QByteArray(512, 'x') + "\"}"
                                      << "description is longer than 500 characters (512)";
    QTest::newRow("unknown field") << QByteArray(R"({"url":"https://a.example.com","is_active":false})")
                                   << "unknown field \"is_active\" (allowed: url, description, events)";
    QTest::newRow("invalid JSON") << QByteArray("{'url': 'x'}") << "";
}

void TestSandboxHttp::createValidationErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const Answer a = call("POST", Webhooks, KeyA, body);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.header("Content-Type"), QByteArray("application/json"));
    if (detail.isEmpty())
        QVERIFY(a.detail().startsWith(QLatin1String("request body is not valid JSON")));
    else
        QCOMPARE(a.detail(), detail);
}

void TestSandboxHttp::patchSemantics()
{
    const Answer created = call("POST", Webhooks, KeyA, R"({"url":"https://patch.example.com/a","events":["upload.created"]})");
    const QJsonObject original = created.json().object().value(QLatin1String("webhook")).toObject();
    const QString path = Webhooks + QLatin1Char('/') + original.value(QLatin1String("id")).toString();

    // Unchanged values: nothing changes, not even updated_at; no ping for the same url.
    const int pingsBefore = m_sandbox->ping().pingCount();
    const Answer same = call("PATCH", path, KeyA, R"({"url":"https://patch.example.com/a","is_active":true})");
    QCOMPARE(m_sandbox->ping().pingCount(), pingsBefore);
    QCOMPARE(same.status, 200);
    QCOMPARE(same.json().object(), original);
    m_sandbox->ping().setDelayMs(50);

    const Answer edited = call("PATCH", path, KeyA, R"({"description":"now with text","events":["upload.failed","upload.created"]})");
    QCOMPARE(edited.status, 200);
    const QJsonObject e = edited.json().object();
    QCOMPARE(e.value(QLatin1String("description")).toString(), QStringLiteral("now with text"));
    QCOMPARE(e.value(QLatin1String("events")).toArray(), QJsonArray({QStringLiteral("upload.failed"), QStringLiteral("upload.created")}));
    QCOMPARE(e.value(QLatin1String("url")), original.value(QLatin1String("url")));
    QVERIFY(e.value(QLatin1String("updated_at")) != original.value(QLatin1String("updated_at")));
    QCOMPARE(e.value(QLatin1String("verified_at")), original.value(QLatin1String("verified_at")));

    const Answer moved = call("PATCH", path, KeyA, R"({"url":"https://patch.example.com/b"})");
    QCOMPARE(moved.status, 200);
    QCOMPARE(m_sandbox->ping().pingCount(), pingsBefore + 1);
    QVERIFY(moved.json().object().value(QLatin1String("verified_at")) != original.value(QLatin1String("verified_at")));

    const Answer off = call("PATCH", path, KeyA, R"({"is_active":false})");
    QCOMPARE(off.json().object().value(QLatin1String("is_active")).toBool(), false);
    QVERIFY(off.json().object().value(QLatin1String("disabled_at")).isNull());

    QCOMPARE(call("PATCH", path, KeyA, "{}").status, 400);
    QCOMPARE(call("PATCH", path, KeyA, "{\"consecutive_failures\":0}").status, 400);
}

void TestSandboxHttp::patchUrlWithFailingPingSavesNothing()
{
    const QString id = firstId();
    const QString path = Webhooks + QLatin1Char('/') + id;
    const Answer before = call("GET", path);
    const Answer r = call("PATCH", path, KeyA, R"({"url":"https://down.invalid/hook","description":"should not be saved","is_active":false})");
    QCOMPARE(r.status, 400);
    QVERIFY(r.detail().startsWith(QLatin1String("Ping to https://down.invalid/hook failed")));
    QCOMPARE(call("GET", path).body, before.body);
}

void TestSandboxHttp::deleteDuringPingGives404()
{
    const Answer created = call("POST", Webhooks, KeyA, R"({"url":"https://race.example.com/a"})");
    const QString path = Webhooks + QLatin1Char('/') + created.json().object().value(QLatin1String("webhook")).toObject().value(QLatin1String("id")).toString();
    m_sandbox->ping().setDelayMs(400);
    QUrl url = base();
    url.setPath(path);
    QNetworkRequest patchRequest(url);
    patchRequest.setRawHeader("Authorization", "Bearer " + KeyA.toUtf8());
    QNetworkReply *patch = m_nam.sendCustomRequest(patchRequest, "PATCH", R"({"url":"https://race.example.com/b"})");
    QSignalSpy patchDone(patch, &QNetworkReply::finished);
    // Once the PATCH waits for its ping, a DELETE overtakes it.
    QTRY_VERIFY(m_sandbox->requestLog().toJson().contains("race.example.com/b"));
    QCOMPARE(call("DELETE", path).status, 204);
    QVERIFY(patchDone.count() > 0 || patchDone.wait(5000));
    QCOMPARE(patch->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    patch->deleteLater();
}

void TestSandboxHttp::deleteIs204WithEmptyBody()
{
    const Answer created = call("POST", Webhooks, KeyA, R"({"url":"https://delete.example.com/a"})");
    const QString path = Webhooks + QLatin1Char('/') + created.json().object().value(QLatin1String("webhook")).toObject().value(QLatin1String("id")).toString();
    const Answer d = call("DELETE", path);
    QCOMPARE(d.status, 204);
    QVERIFY(d.body.isEmpty());
    QCOMPARE(call("GET", path).status, 404);
    QCOMPARE(call("DELETE", path).status, 404);
}

void TestSandboxHttp::deliveriesLimit_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("default") << "" << 200;
    QTest::newRow("1") << "?limit=1" << 200;
    QTest::newRow("100") << "?limit=100" << 200;
    QTest::newRow("0") << "?limit=0" << 400;
    QTest::newRow("101") << "?limit=101" << 400;
    QTest::newRow("negative") << "?limit=-5" << 400;
    QTest::newRow("text") << "?limit=ten" << 400;
    QTest::newRow("fraction") << "?limit=1.5" << 400;
    QTest::newRow("empty") << "?limit=" << 400;
    QTest::newRow("huge") << "?limit=99999999999999999999" << 400;
    QTest::newRow("other parameter ignored") << "?cursor=abc" << 200;
}

void TestSandboxHttp::deliveriesLimit()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    // An endpoint with plenty of deliveries.
    const QString id = firstId();
    Endpoint *e = m_sandbox->store().findAny(QUuid::fromString(id));
    QVERIFY(e);
    m_sandbox->store().ensureDeliveries(*e);
    for (int i = int(e->deliveries.size()); i < 150; ++i) {
        Delivery d;
        d.id = QUuid::createUuid();
        d.eventId = QUuid::createUuid();
        d.eventType = EventNames::uploadCompleted();
        d.createdAt = d.nextRetryAt = e->createdAt + i;
        m_sandbox->store().addDelivery(*e, d);
    }
    const Answer a = call("GET", Webhooks + QLatin1Char('/') + id + QStringLiteral("/deliveries") + query);
    QCOMPARE(a.status, status);
    if (status != 200) {
        QVERIFY(a.detail().contains(QLatin1String("limit must be an integer from 1 to 100")));
        return;
    }
    const QJsonArray rows = a.json().array();
    const int expected = query.contains(QLatin1String("limit=")) ? query.mid(query.indexOf(QLatin1Char('=')) + 1).toInt() : 20;
    QCOMPARE(rows.size(), expected);
    for (int i = 1; i < rows.size(); ++i) {
        QVERIFY(rows.at(i - 1).toObject().value(QLatin1String("created_at")).toString()
                >= rows.at(i).toObject().value(QLatin1String("created_at")).toString());
        QCOMPARE(rows.at(i).toObject().value(QLatin1String("webhook_endpoint_id")).toString(), id);
    }
}

void TestSandboxHttp::rateLimitGives429()
{
    QVERIFY(control("POST", QStringLiteral("/__sandbox/faults"), "{\"rate_limit\":3}").status == 200);
    const QString path = Webhooks + QLatin1Char('/') + firstId();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call("PATCH", path, KeyA, "{\"description\":\"rate\"}").status, 200);
    const Answer refused = call("PATCH", path, KeyA, R"({"description":"one too many"})");
    QCOMPARE(refused.status, 429);
    const int retryAfter = refused.header("Retry-After").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 60);
    const QJsonObject detail = refused.json().object().value(QLatin1String("detail")).toObject();
    QCOMPARE(detail.value(QLatin1String("error")).toString(), QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(detail.value(QLatin1String("limit")).toInt(), 3);
    QCOMPARE(detail.value(QLatin1String("observed")).toInt(), 4);
    QCOMPARE(detail.value(QLatin1String("retry_after_seconds")).toInt(), retryAfter);
    // Every write counts, also POST and DELETE, also ones that fail validation.
    QCOMPARE(call("POST", Webhooks, KeyA, "{").status, 429);
    QCOMPARE(call("DELETE", path).status, 429);
    // The other key has its own budget.
    QCOMPARE(call("PATCH", Webhooks + QLatin1Char('/') + firstId(KeyB), KeyB, "{\"description\":\"b\"}").status, 200);
    QCOMPARE(call("GET", path + QStringLiteral("/missing")).status, 404);
}

void TestSandboxHttp::readsAreNotRateLimited()
{
    m_sandbox->rateLimiter().setLimit(1);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(call("GET", Webhooks).status, 200);
}

void TestSandboxHttp::serverErrorsAlternateJsonAndHtml()
{
    const qsizetype before = m_sandbox->store().endpointCount();
    QCOMPARE(control("POST", QStringLiteral("/__sandbox/faults"), "{\"error_rate\":1}").status, 200);
    const Answer a = call("GET", Webhooks);
    const Answer b = call("POST", Webhooks, KeyA, R"({"url":"https://not-saved.example.com"})");
    QCOMPARE(a.status, 503);
    QCOMPARE(a.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!a.detail().isEmpty());
    QCOMPARE(b.status, 502);
    QCOMPARE(b.header("Content-Type"), QByteArray("text/html"));
    QVERIFY(b.body.contains("<html>"));
    QCOMPARE(m_sandbox->store().endpointCount(), before); // a 5xx means not processed
    // Control endpoints are never faulted.
    QCOMPARE(control("POST", QStringLiteral("/__sandbox/faults"), "{\"error_rate\":0}").status, 200);
    QCOMPARE(call("GET", Webhooks).status, 200);
}

void TestSandboxHttp::droppedConnection()
{
    m_sandbox->faults().setSettings(FaultSettings{0, 0, 1.0, 0});
    const Answer a = call("GET", Webhooks);
    QVERIFY(a.finished);
    QCOMPARE(a.status, 0);
    QCOMPARE(a.error, QNetworkReply::RemoteHostClosedError);
    m_sandbox->faults().setSettings(FaultSettings());
    QCOMPARE(call("GET", Webhooks).status, 200);
}

void TestSandboxHttp::malformedBody()
{
    m_sandbox->faults().setSettings(FaultSettings{0, 0, 0, 1.0});
    for (int i = 0; i < 3; ++i) {
        const Answer a = call("GET", Webhooks);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("Content-Type"), QByteArray("application/json"));
        QJsonParseError error;
        QJsonDocument::fromJson(a.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }
    // Only 200 answers are spoiled.
    QCOMPARE(call("GET", Webhooks + QStringLiteral("/x")).json().object().value(QLatin1String("detail")).toString(),
             QStringLiteral("Webhook endpoint not found"));
}

void TestSandboxHttp::latencyDelaysTheAnswer()
{
    m_sandbox->faults().setSettings(FaultSettings{400, 0, 0, 0});
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(call("GET", Webhooks).status, 200);
    QVERIFY(timer.elapsed() >= 390);
}

void TestSandboxHttp::clientGoneDuringPing()
{
    m_sandbox->ping().setDelayMs(200);
    const qsizetype before = m_sandbox->store().endpointCount();
    RawClient client;
    QVERIFY(client.connect(m_sandbox->port()));
    const QByteArray body = R"({"url":"https://vanishing.example.com/a"})";
    client.write("POST /api/v1/webhooks HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + KeyA.toUtf8()
                 + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QTRY_VERIFY(m_sandbox->requestLog().toJson().contains("vanishing.example.com"));
    client.abort();
    // The server finishes the create (as a real one would) and keeps serving.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->store().endpointCount(), before + 1, 5000);
    QCOMPARE(call("GET", Webhooks).status, 200);
}

void TestSandboxHttp::clientGoneDuringLatency()
{
    m_sandbox->faults().setSettings(FaultSettings{300, 0, 0, 0});
    for (int i = 0; i < 3; ++i) {
        RawClient client;
        QVERIFY(client.connect(m_sandbox->port()));
        client.write("GET /api/v1/webhooks HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + KeyA.toUtf8() + "\r\n\r\n");
        QVERIFY(!client.waitForResponses(1, 50)); // still waiting: gone before the answer
        client.abort();
    }
    // The delayed answers fire into closed connections; then the server still works.
    const Answer a = call("GET", Webhooks);
    QCOMPARE(a.status, 200);
}

void TestSandboxHttp::keepAliveAndPipelining()
{
    RawClient client;
    QVERIFY(client.connect(m_sandbox->port()));
    const QByteArray get = "GET /api/v1/webhooks/00000000-0000-4000-8000-000000000000 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + KeyA.toUtf8() + "\r\n\r\n";
    const QByteArray patch = "PATCH /api/v1/webhooks/00000000-0000-4000-8000-000000000000 HTTP/1.1\r\nHost: x\r\n"
                             "Authorization: Bearer " + KeyA.toUtf8() + "\r\nContent-Length: 18\r\n\r\n{\"is_active\":true}";
    // Three requests in one write, the middle one with a body: answered in order on one connection.
    client.write(get + patch + get);
    QVERIFY(client.waitForResponses(3));
    const auto responses = client.responses();
    QCOMPARE(responses.size(), 3);
    for (const auto &r : responses) {
        QVERIFY(r.first.startsWith("HTTP/1.1 404 Not Found\r\n"));
        QVERIFY(r.first.contains("Connection: keep-alive"));
        QCOMPARE(r.second, QByteArray("{\"detail\":\"Webhook endpoint not found\"}"));
    }
    // Connection: close is honoured.
    client.write("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QVERIFY(client.waitForDisconnect());
    QCOMPARE(client.responses().size(), 4);
    QVERIFY(client.responses().last().first.contains("Connection: close"));
}

void TestSandboxHttp::protocolErrors_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400;
    QTest::newRow("no version") << QByteArray("GET /api/v1/webhooks\r\n\r\n") << 400;
    QTest::newRow("HTTP/2 text") << QByteArray("GET / HTTP/1.7\r\n\r\n") << 505;
    QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n") << 400;
    QTest::newRow("bad length") << QByteArray("POST /api/v1/webhooks HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") << 400;
    QTest::newRow("chunked") << QByteArray("POST /api/v1/webhooks HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 501;
    QTest::newRow("too large") << QByteArray("POST /api/v1/webhooks HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n") << 413;
    QTest::newRow("huge header") << "GET / HTTP/1.1\r\nX-Big: " + QByteArray(70000, 'a') + "\r\n\r\n" << 431;
}

void TestSandboxHttp::protocolErrors()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    RawClient client;
    QVERIFY(client.connect(m_sandbox->port()));
    client.write(request);
    QVERIFY(client.waitForDisconnect());
    QVERIFY2(client.received().startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '), client.received().left(80).constData());
    QCOMPARE(client.responses().size(), 1);
    QVERIFY(QJsonDocument::fromJson(client.responses().first().second).object().contains(QLatin1String("detail")));
    QCOMPARE(call("GET", Webhooks).status, 200);
}

void TestSandboxHttp::expectContinue()
{
    RawClient client;
    QVERIFY(client.connect(m_sandbox->port()));
    const QByteArray body = R"({"description":"x"})";
    client.write("PATCH /api/v1/webhooks/" + firstId().toUtf8() + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + KeyA.toUtf8()
                 + "\r\nExpect: 100-continue\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
    QVERIFY(client.waitForResponses(1));
    QVERIFY(client.received().startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    client.write(body);
    QVERIFY(client.waitForResponses(2));
    QVERIFY(client.responses().at(1).first.startsWith("HTTP/1.1 200 OK"));
}

void TestSandboxHttp::requestLogRecordsWhatWasSent()
{
    QCOMPARE(control("DELETE", QStringLiteral("/__sandbox/requests")).status, 204);
    const QString id = firstId();
    call("PATCH", Webhooks + QLatin1Char('/') + id, KeyA, QStringLiteral(R"({"description":"caf\u00e9"})").toUtf8());
    call("GET", Webhooks + QLatin1Char('/') + id + QStringLiteral("/deliveries?limit=5"), QString());
    m_sandbox->faults().setSettings(FaultSettings{0, 0, 1.0, 0});
    call("GET", Webhooks);
    m_sandbox->faults().setSettings(FaultSettings());
    const Answer log = control("GET", QStringLiteral("/__sandbox/requests"));
    QCOMPARE(log.status, 200);
    const QJsonArray entries = log.json().array();
    // GET list (firstId), PATCH, GET deliveries, dropped GET (QNAM may resend a request
    // whose connection closed unanswered, so that one can appear more than once).
    QVERIFY(entries.size() >= 4);
    const QJsonObject patch = entries.at(1).toObject();
    QCOMPARE(patch.value(QLatin1String("method")).toString(), QStringLiteral("PATCH"));
    QCOMPARE(patch.value(QLatin1String("path")).toString(), Webhooks + QLatin1Char('/') + id);
    QCOMPARE(patch.value(QLatin1String("query")).toString(), QString());
    QCOMPARE(patch.value(QLatin1String("body")).toString(), QStringLiteral("{\"description\":\"caf\\u00e9\"}"));
    QCOMPARE(patch.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(patch.value(QLatin1String("key_prefix")).toString(), QStringLiteral("od_live_AAAA"));
    const QJsonObject deliveries = entries.at(2).toObject();
    QCOMPARE(deliveries.value(QLatin1String("query")).toString(), QStringLiteral("limit=5"));
    QVERIFY(deliveries.value(QLatin1String("key_prefix")).isNull());
    QCOMPARE(deliveries.value(QLatin1String("status")).toInt(), 401);
    const QJsonObject dropped = entries.last().toObject();
    QVERIFY(dropped.value(QLatin1String("status")).isNull());
    QCOMPARE(dropped.value(QLatin1String("fault")).toString(), QStringLiteral("drop"));
    // Never more than the 12-character prefix of a key.
    QVERIFY(!log.body.contains(KeyA.left(13).toUtf8()));
}

void TestSandboxHttp::overwriteEndpoint()
{
    const QString id = firstId(KeyB); // any organization
    const QString path = QStringLiteral("/__sandbox/webhooks/") + id;
    const Answer set = control("POST", path, R"({"is_active":false,"consecutive_failures":20,"disabled_at":"2026-11-20T08:00:00Z","events":["upload.future"]})");
    QCOMPARE(set.status, 200);
    const Answer seen = call("GET", Webhooks + QLatin1Char('/') + id, KeyB);
    const QJsonObject o = seen.json().object();
    QCOMPARE(o.value(QLatin1String("is_active")).toBool(), false);
    QCOMPARE(o.value(QLatin1String("consecutive_failures")).toInt(), 20);
    QCOMPARE(o.value(QLatin1String("disabled_at")).toString(), QStringLiteral("2026-11-20T08:00:00Z"));
    QCOMPARE(o.value(QLatin1String("events")).toArray(), QJsonArray{QStringLiteral("upload.future")});
    // Reactivation through the API clears the auto-disable.
    const Answer on = call("PATCH", Webhooks + QLatin1Char('/') + id, KeyB, R"({"is_active":true,"events":["upload.created"]})");
    QCOMPARE(on.status, 200);
    QVERIFY(on.json().object().value(QLatin1String("disabled_at")).isNull());
    QCOMPARE(on.json().object().value(QLatin1String("consecutive_failures")).toInt(), 0);

    QCOMPARE(control("POST", path, "{\"id\":\"0f0e0d0c-0b0a-4908-8706-050403020100\"}").status, 400);
    QCOMPARE(control("POST", path, "{\"consecutive_failures\":-1}").status, 400);
    QCOMPARE(control("POST", path, "{\"disabled_at\":\"yesterday\"}").status, 400);
    QCOMPARE(control("POST", path, "{\"colour\":\"red\"}").status, 400);
    QCOMPARE(control("POST", QStringLiteral("/__sandbox/webhooks/00000000-0000-4000-8000-000000000000"), "{}").status, 404);
    QCOMPARE(control("GET", path).json().object().value(QLatin1String("id")).toString(), id);
}

void TestSandboxHttp::faultsValidation()
{
    const Answer current = control("GET", QStringLiteral("/__sandbox/faults"));
    QCOMPARE(current.status, 200);
    QCOMPARE(current.json().object().value(QLatin1String("ping_fail_pattern")).toString(), QStringLiteral("\\.invalid$"));
    QCOMPARE(control("POST", QStringLiteral("/__sandbox/faults"), "{\"error_rate\":2}").status, 400);
    QCOMPARE(control("POST", QStringLiteral("/__sandbox/faults"), "{\"latency_ms\":-1}").status, 400);
    QCOMPARE(control("POST", QStringLiteral("/__sandbox/faults"), "{\"bogus\":1}").status, 400);
    QCOMPARE(control("POST", QStringLiteral("/__sandbox/faults"), "{\"ping_fail_pattern\":\"(\"}").status, 400);
    QCOMPARE(control("POST", QStringLiteral("/__sandbox/faults"), "[]").status, 400);
    // A rejected change changes nothing.
    QCOMPARE(control("POST", QStringLiteral("/__sandbox/faults"), "{\"drop_rate\":1,\"bogus\":1}").status, 400);
    QCOMPARE(m_sandbox->faults().settings().dropRate, 0.0);
    const Answer ok = control("POST", QStringLiteral("/__sandbox/faults"), R"({"latency_ms":0,"ping_delay_ms":10})");
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().object().value(QLatin1String("ping_delay_ms")).toInt(), 10);
    QCOMPARE(control("GET", QStringLiteral("/__sandbox/nothing")).status, 404);
    QCOMPARE(control("PUT", QStringLiteral("/__sandbox/faults")).status, 405);
    QCOMPARE(control("POST", QStringLiteral("/__sandbox/tick")).status, 200);
}

void TestSandboxHttp::controlDisabledIs404()
{
    SandboxOptions o;
    o.port = 0;
    o.keys = {KeyA};
    Sandbox plain(o);
    QString error;
    QVERIFY(plain.prepare(&error));
    QVERIFY(plain.listen(&error));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(plain.port()));
    QCOMPARE(send(m_nam, url, "GET", QStringLiteral("/__sandbox/requests")).status, 404);
    QCOMPARE(send(m_nam, url, "POST", QStringLiteral("/__sandbox/faults"), QString(), "{\"error_rate\":1}").status, 404);
    QCOMPARE(send(m_nam, url, "GET", Webhooks, KeyA).status, 200);
}

void TestSandboxHttp::bigListIsStreamedWhole()
{
    SandboxOptions o;
    o.port = 0;
    o.keys = {KeyA};
    o.generate = 20000; // about 12 MB: sent in slices
    Sandbox big(o);
    QString error;
    QVERIFY(big.prepare(&error));
    QVERIFY(big.listen(&error));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(big.port()));
    QElapsedTimer timer;
    timer.start();
    const Answer a = send(m_nam, url, "GET", Webhooks, KeyA);
    qInfo("20,000 endpoints: %lld bytes in %lld ms", qint64(a.body.size()), timer.elapsed());
    QCOMPARE(a.status, 200);
    QVERIFY(a.body.size() > 10 * 1024 * 1024);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(a.body, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().size(), 20000);
}

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
