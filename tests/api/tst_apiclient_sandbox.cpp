// The API client against the real sandbox server over loopback HTTP: every call of
// the contract and every documented error status, plus the rate limit and faults.
#include "apiclient.h"
#include "awaitresult.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

namespace {

QJsonArray lastRequests(const SandboxProcess &sandbox, const QByteArray &method)
{
    QJsonArray matching;
    const QJsonArray all = QJsonDocument::fromJson(sandbox.receivedRequests()).array();
    for (const QJsonValue &v : all) {
        if (v.toObject().value(QLatin1String("method")).toString() == QLatin1String(method))
            matching.append(v);
    }
    return matching;
}

} // namespace

class TestApiClientSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void listReturnsEveryEndpointOfTheKeysOrganization();
    void getOneMatchesTheList();
    void getUnknownIdIs404();
    void anotherOrganizationsIdIs404();
    void createReturnsSecretAndAppliesDefaultEvents();
    void createRefusedUrlIs400WithServerMessage();
    void createWithFailingPingSavesNothing();
    void patchSendsOnlyTheChangedFields();
    void patchUrlPingsAndFailureSavesNothing();
    void reactivatingAutoDisabledResetsCounters();
    void deleteThenGetIs404();
    void deliveriesRespectLimitAndOrder();
    void unknownKeyIs401AndSignalled();
    void malformedKeyIsNeverSent();
    void writeRateLimitGives429WithWait();
    void serverErrorsAreServerKind();
    void malformedBodyIsInvalidResponse();
    void droppedConnectionIsConnectionError();
    void slowServerTimesOut();
    void cancelDeliversCancelledOnce();
    void serverDownIsConnectionError();

private:
    ApiClient *clientFor(const QString &key);
    QString firstIdOf(ApiClient *client);

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
};

void TestApiClientSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("30"), QStringLiteral("--rate-limit"),
                              QStringLiteral("1000"), QStringLiteral("--ping-delay-ms"), QStringLiteral("50")}),
             qPrintable(m_sandbox.errorString()));
    m_client = clientFor(SandboxProcess::keyA());
}

void TestApiClientSandbox::cleanupTestCase() { m_sandbox.stop(); }

ApiClient *TestApiClientSandbox::clientFor(const QString &key)
{
    auto *client = new ApiClient(&m_nam, this);
    QString error;
    if (!client->configure(m_sandbox.baseUrl(), key, &error))
        qWarning() << error;
    return client;
}

QString TestApiClientSandbox::firstIdOf(ApiClient *client)
{
    const auto list = await<QList<WebhookEndpoint>>([&](auto done) { client->listWebhooks(this, done); });
    return list.ok() && !list.value.isEmpty() ? list.value.first().id : QString();
}

void TestApiClientSandbox::listReturnsEveryEndpointOfTheKeysOrganization()
{
    const auto r = await<QList<WebhookEndpoint>>([&](auto done) { m_client->listWebhooks(this, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.value.size(), 30);
    QSet<QString> orgs;
    QSet<WebhookEndpoint::State> states;
    for (const WebhookEndpoint &e : r.value) {
        orgs.insert(e.organizationId);
        states.insert(e.state());
        QVERIFY(e.url.startsWith(QLatin1String("https://")));
        QVERIFY(e.createdAt.isValid());
        QVERIFY(e.consecutiveFailures >= 0 && e.consecutiveFailures <= WebhookEndpoint::AutoDisableThreshold);
    }
    QCOMPARE(orgs.size(), 1);
    // --generate gives a realistic mix
    QVERIFY(states.contains(WebhookEndpoint::State::Healthy));
    QVERIFY(states.contains(WebhookEndpoint::State::Failing));
    QVERIFY(states.contains(WebhookEndpoint::State::Disabled));
}

void TestApiClientSandbox::getOneMatchesTheList()
{
    const auto list = await<QList<WebhookEndpoint>>([&](auto done) { m_client->listWebhooks(this, done); });
    QVERIFY(list.ok() && !list.value.isEmpty());
    const WebhookEndpoint &expected = list.value.at(3);
    const auto one = await<WebhookEndpoint>([&](auto done) { m_client->getWebhook(expected.id, this, done); });
    QVERIFY2(one.ok(), qPrintable(one.error.message()));
    QCOMPARE(one.value.id, expected.id);
    QCOMPARE(one.value.url, expected.url);
    QCOMPARE(one.value.createdAt, expected.createdAt);
}

void TestApiClientSandbox::getUnknownIdIs404()
{
    const auto r = await<WebhookEndpoint>(
        [&](auto done) { m_client->getWebhook(QStringLiteral("00000000-0000-4000-8000-000000000000"), this, done); });
    QCOMPARE(r.error.kind, ApiError::Kind::NotFound);
    QCOMPARE(r.error.httpStatus, 404);
}

void TestApiClientSandbox::anotherOrganizationsIdIs404()
{
    ApiClient *other = clientFor(SandboxProcess::keyB());
    // Organization B has its own endpoints; A's ids are invisible to it.
    const QString idOfA = firstIdOf(m_client);
    QVERIFY(!idOfA.isEmpty());
    const auto r = await<WebhookEndpoint>([&](auto done) { other->getWebhook(idOfA, this, done); });
    QCOMPARE(r.error.kind, ApiError::Kind::NotFound);
    WebhookPatch patch;
    patch.description = QStringLiteral("hijack");
    const auto p = await<WebhookEndpoint>([&](auto done) { other->updateWebhook(idOfA, patch, this, done); });
    QCOMPARE(p.error.kind, ApiError::Kind::NotFound);
    const auto d = await<NoContent>([&](auto done) { other->deleteWebhook(idOfA, this, done); });
    QCOMPARE(d.error.kind, ApiError::Kind::NotFound);
}

void TestApiClientSandbox::createReturnsSecretAndAppliesDefaultEvents()
{
    WebhookDraft draft;
    draft.url = QStringLiteral("https://hooks.example-receiver.com/od/%1").arg(QDateTime::currentMSecsSinceEpoch());
    draft.description = QStringLiteral("Created by the integration test \u2713");
    const auto r = await<CreatedWebhook>([&](auto done) { m_client->createWebhook(draft, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(r.value.secret).hasMatch());
    QCOMPARE(r.value.webhook.url, draft.url);
    QCOMPARE(r.value.webhook.description, draft.description);
    QCOMPARE(r.value.webhook.events, EventTypeNames::serverDefault());
    QVERIFY(r.value.webhook.isActive);
    QCOMPARE(r.value.webhook.consecutiveFailures, 0);

    const auto again = await<WebhookEndpoint>([&](auto done) { m_client->getWebhook(r.value.webhook.id, this, done); });
    QVERIFY(again.ok());
    QCOMPARE(again.value.url, draft.url);
}

void TestApiClientSandbox::createRefusedUrlIs400WithServerMessage()
{
    const QStringList refused = {QStringLiteral("http://hooks.example.com/x"), QStringLiteral("https://127.0.0.1/x"),
                                 QStringLiteral("https://user:pw@hooks.example.com/x"),
                                 QStringLiteral("https://192.168.1.10/x")};
    for (const QString &url : refused) {
        WebhookDraft draft;
        draft.url = url;
        const auto r = await<CreatedWebhook>([&](auto done) { m_client->createWebhook(draft, this, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::BadRequest);
        QVERIFY2(!r.error.serverMessage.isEmpty(), qPrintable(url));
        // The server's words, visibly quoted as the server's.
        QCOMPARE(r.error.message(), QStringLiteral("The server refused the request: \u201c%1\u201d").arg(r.error.serverMessage));
    }
}

void TestApiClientSandbox::createWithFailingPingSavesNothing()
{
    const auto before = await<QList<WebhookEndpoint>>([&](auto done) { m_client->listWebhooks(this, done); });
    WebhookDraft draft;
    draft.url = QStringLiteral("https://receiver.invalid/hook");
    const auto r = await<CreatedWebhook>([&](auto done) { m_client->createWebhook(draft, this, done); });
    QCOMPARE(r.error.kind, ApiError::Kind::BadRequest);
    QVERIFY2(r.error.serverMessage.contains(QLatin1String("ing"), Qt::CaseInsensitive), qPrintable(r.error.serverMessage));
    const auto after = await<QList<WebhookEndpoint>>([&](auto done) { m_client->listWebhooks(this, done); });
    QCOMPARE(after.value.size(), before.value.size());
}

void TestApiClientSandbox::patchSendsOnlyTheChangedFields()
{
    const auto list = await<QList<WebhookEndpoint>>([&](auto done) { m_client->listWebhooks(this, done); });
    QVERIFY(list.ok());
    WebhookEndpoint original;
    for (const WebhookEndpoint &e : list.value) {
        if (e.isActive) {
            original = e;
            break;
        }
    }
    QVERIFY(!original.id.isEmpty());
    WebhookEndpoint edited = original;
    edited.description = QStringLiteral("Edited: caf\u00e9 \U0001F680");
    const WebhookPatch patch = WebhookPatch::between(original, edited);
    QVERIFY(m_sandbox.clearReceivedRequests());
    const auto r = await<WebhookEndpoint>([&](auto done) { m_client->updateWebhook(original.id, patch, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.value.description, edited.description);
    QCOMPARE(r.value.url, original.url);
    QCOMPARE(r.value.events, original.events);
    QVERIFY(r.value.updatedAt >= original.updatedAt);

    const QJsonArray patches = lastRequests(m_sandbox, "PATCH");
    QCOMPARE(patches.size(), 1);
    const QJsonObject sent = QJsonDocument::fromJson(patches.at(0).toObject().value(QLatin1String("body")).toString().toUtf8()).object();
    QCOMPARE(sent.keys(), QStringList{QStringLiteral("description")});
    QCOMPARE(sent.value(QLatin1String("description")).toString(), edited.description);
}

void TestApiClientSandbox::patchUrlPingsAndFailureSavesNothing()
{
    const QString id = firstIdOf(m_client);
    const auto before = await<WebhookEndpoint>([&](auto done) { m_client->getWebhook(id, this, done); });
    QVERIFY(before.ok());
    WebhookPatch patch;
    patch.url = QStringLiteral("https://down.invalid/hook");
    patch.description = QStringLiteral("should not be saved");
    const auto r = await<WebhookEndpoint>([&](auto done) { m_client->updateWebhook(id, patch, this, done); });
    QCOMPARE(r.error.kind, ApiError::Kind::BadRequest);
    const auto after = await<WebhookEndpoint>([&](auto done) { m_client->getWebhook(id, this, done); });
    QCOMPARE(after.value.url, before.value.url);
    QCOMPARE(after.value.description, before.value.description);

    WebhookPatch good;
    good.url = QStringLiteral("https://new-receiver.example.com/hooks/%1").arg(QDateTime::currentMSecsSinceEpoch());
    const auto ok = await<WebhookEndpoint>([&](auto done) { m_client->updateWebhook(id, good, this, done); });
    QVERIFY2(ok.ok(), qPrintable(ok.error.message()));
    QCOMPARE(ok.value.url, *good.url);
}

void TestApiClientSandbox::reactivatingAutoDisabledResetsCounters()
{
    const QString id = firstIdOf(m_client);
    QVERIFY(m_sandbox.overwriteEndpoint(
        id, R"({"is_active":false,"consecutive_failures":20,"disabled_at":"2026-11-20T08:00:00Z"})"));
    const auto disabled = await<WebhookEndpoint>([&](auto done) { m_client->getWebhook(id, this, done); });
    QCOMPARE(disabled.value.state(), WebhookEndpoint::State::Disabled);
    QVERIFY(disabled.value.isAutoDisabled());

    WebhookPatch patch;
    patch.isActive = true;
    const auto r = await<WebhookEndpoint>([&](auto done) { m_client->updateWebhook(id, patch, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QVERIFY(r.value.isActive);
    QVERIFY(!r.value.disabledAt.isValid());
    QCOMPARE(r.value.consecutiveFailures, 0);
}

void TestApiClientSandbox::deleteThenGetIs404()
{
    WebhookDraft draft;
    draft.url = QStringLiteral("https://to-delete.example.com/hook");
    draft.events = EventType::UploadCreated;
    const auto created = await<CreatedWebhook>([&](auto done) { m_client->createWebhook(draft, this, done); });
    QVERIFY2(created.ok(), qPrintable(created.error.message()));
    QCOMPARE(created.value.webhook.events, EventTypes(EventType::UploadCreated));
    const QString id = created.value.webhook.id;
    const auto d = await<NoContent>([&](auto done) { m_client->deleteWebhook(id, this, done); });
    QVERIFY2(d.ok(), qPrintable(d.error.message()));
    const auto g = await<WebhookEndpoint>([&](auto done) { m_client->getWebhook(id, this, done); });
    QCOMPARE(g.error.kind, ApiError::Kind::NotFound);
    const auto again = await<NoContent>([&](auto done) { m_client->deleteWebhook(id, this, done); });
    QCOMPARE(again.error.kind, ApiError::Kind::NotFound);
}

void TestApiClientSandbox::deliveriesRespectLimitAndOrder()
{
    const QString id = firstIdOf(m_client);
    const auto all = await<QList<WebhookDelivery>>([&](auto done) { m_client->listDeliveries(id, 100, this, done); });
    QVERIFY2(all.ok(), qPrintable(all.error.message()));
    QVERIFY(!all.value.isEmpty());
    for (int i = 1; i < all.value.size(); ++i)
        QVERIFY(all.value.at(i - 1).createdAt >= all.value.at(i).createdAt);
    for (const WebhookDelivery &d : all.value) {
        QCOMPARE(d.webhookEndpointId, id);
        QVERIFY(d.status != WebhookDelivery::Status::Unknown);
    }
    const auto two = await<QList<WebhookDelivery>>([&](auto done) { m_client->listDeliveries(id, 2, this, done); });
    QVERIFY(two.ok());
    QCOMPARE(two.value.size(), qMin<qsizetype>(2, all.value.size()));
    const auto unknown = await<QList<WebhookDelivery>>(
        [&](auto done) { m_client->listDeliveries(QStringLiteral("00000000-0000-4000-8000-000000000000"), 5, this, done); });
    QCOMPARE(unknown.error.kind, ApiError::Kind::NotFound);
}

void TestApiClientSandbox::unknownKeyIs401AndSignalled()
{
    ApiClient *stranger = clientFor(QStringLiteral("od_live_UnknownKeyZZZZZZZZZZZZZZZZZZZZZZ"));
    QSignalSpy spy(stranger, &ApiClient::unauthorized);
    const auto r = await<QList<WebhookEndpoint>>([&](auto done) { stranger->listWebhooks(this, done); });
    QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(r.error.httpStatus, 401);
    QCOMPARE(spy.count(), 1);
}

void TestApiClientSandbox::malformedKeyIsNeverSent()
{
    // A key that is not in the key format is refused before anything is sent: a line
    // break in it would put a header of the attacker's choosing on the wire.
    for (const QString &key : {QStringLiteral("not-a-key"),
                               QStringLiteral("od_live_TestKeyAAAAAAAAAAAAAAAAAAAAAAAAA\r\nX-Evil: 1")}) {
        auto *malformed = new ApiClient(&m_nam, this);
        QString error;
        QVERIFY(!malformed->configure(m_sandbox.baseUrl(), key, &error));
        QVERIFY(error.contains(QLatin1String("key format")));
        QVERIFY(!error.contains(key));
        QVERIFY(m_sandbox.clearReceivedRequests());
        const auto m = await<QList<WebhookEndpoint>>([&](auto done) { malformed->listWebhooks(this, done); });
        QCOMPARE(m.error.kind, ApiError::Kind::Refused);
        QCOMPARE(m_sandbox.receivedRequests(), QByteArray("[]"));
    }
}

void TestApiClientSandbox::writeRateLimitGives429WithWait()
{
    QVERIFY(m_sandbox.setFaults(R"({"rate_limit":3})"));
    const QString id = firstIdOf(m_client);
    ApiError last;
    int accepted = 0;
    for (int i = 0; i < 8 && last.kind != ApiError::Kind::RateLimited; ++i) {
        WebhookPatch patch;
        patch.description = QStringLiteral("rate %1").arg(i);
        const auto r = await<WebhookEndpoint>([&](auto done) { m_client->updateWebhook(id, patch, this, done); });
        if (r.ok())
            ++accepted;
        last = r.error;
    }
    QVERIFY(m_sandbox.setFaults(R"({"rate_limit":1000})"));
    QCOMPARE(last.kind, ApiError::Kind::RateLimited);
    QCOMPARE(last.httpStatus, 429);
    QVERIFY(accepted <= 3);
    QVERIFY2(last.retryAfterSeconds > 0 && last.retryAfterSeconds <= 60, qPrintable(QString::number(last.retryAfterSeconds)));
    QVERIFY(last.message().contains(QString::number(last.retryAfterSeconds)));
    // Reads are not limited.
    const auto read = await<QList<WebhookEndpoint>>([&](auto done) { m_client->listWebhooks(this, done); });
    QVERIFY(read.ok());
}

void TestApiClientSandbox::serverErrorsAreServerKind()
{
    QVERIFY(m_sandbox.setFaults(R"({"error_rate":1.0})"));
    QSet<int> statuses;
    for (int i = 0; i < 4; ++i) {
        const auto r = await<QList<WebhookEndpoint>>([&](auto done) { m_client->listWebhooks(this, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::Server);
        QVERIFY(r.error.isTransient());
        QVERIFY(!r.error.message().isEmpty());
        statuses.insert(r.error.httpStatus);
    }
    QVERIFY(m_sandbox.setFaults(R"({"error_rate":0})"));
    for (int s : statuses)
        QVERIFY(s >= 500 && s <= 599);
}

void TestApiClientSandbox::malformedBodyIsInvalidResponse()
{
    QVERIFY(m_sandbox.setFaults(R"({"malformed_rate":1.0})"));
    const auto r = await<QList<WebhookEndpoint>>([&](auto done) { m_client->listWebhooks(this, done); });
    const auto g = await<WebhookEndpoint>([&](auto done) { m_client->getWebhook(QStringLiteral("x"), this, done); });
    QVERIFY(m_sandbox.setFaults(R"({"malformed_rate":0})"));
    QCOMPARE(r.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY(!r.error.technical.isEmpty());
    Q_UNUSED(g);
}

void TestApiClientSandbox::droppedConnectionIsConnectionError()
{
    QVERIFY(m_sandbox.setFaults(R"({"drop_rate":1.0})"));
    const auto r = await<QList<WebhookEndpoint>>([&](auto done) { m_client->listWebhooks(this, done); });
    QVERIFY(m_sandbox.setFaults(R"({"drop_rate":0})"));
    QCOMPARE(r.error.kind, ApiError::Kind::Connection);
    QVERIFY(r.error.isTransient());
}

void TestApiClientSandbox::slowServerTimesOut()
{
    QVERIFY(m_sandbox.setFaults(R"({"latency_ms":3000})"));
    ApiClient *impatient = clientFor(SandboxProcess::keyA());
    ApiClient::Timeouts t;
    t.readMs = t.listMs = t.writeMs = t.pingingWriteMs = 500;
    impatient->setTimeouts(t);
    const auto r = await<QList<WebhookEndpoint>>([&](auto done) { impatient->listWebhooks(this, done); });
    QVERIFY(m_sandbox.setFaults(R"({"latency_ms":0})"));
    QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
}

void TestApiClientSandbox::cancelDeliversCancelledOnce()
{
    QVERIFY(m_sandbox.setFaults(R"({"latency_ms":1500})"));
    int calls = 0;
    ApiError seen;
    QPointer<ApiCall> call = m_client->listWebhooks(this, [&](const ApiResult<QList<WebhookEndpoint>> &r) {
        ++calls;
        seen = r.error;
    });
    QVERIFY(call);
    call->cancel();
    QCOMPARE(calls, 1);
    QCOMPARE(seen.kind, ApiError::Kind::Cancelled);
    // The server answers after 1.5 s: that late answer must not produce a second callback.
    QVERIFY(!QTest::qWaitFor([&] { return calls > 1; }, 1800));
    QVERIFY(m_sandbox.setFaults(R"({"latency_ms":0})"));
    QCOMPARE(calls, 1);
    QVERIFY(call.isNull());
}

void TestApiClientSandbox::serverDownIsConnectionError()
{
    m_sandbox.stop();
    const auto r = await<QList<WebhookEndpoint>>([&](auto done) { m_client->listWebhooks(this, done); });
    QCOMPARE(r.error.kind, ApiError::Kind::Connection);
    QVERIFY(r.error.message().contains(QLatin1String("connect"), Qt::CaseInsensitive));
}

QTEST_GUILESS_MAIN(TestApiClientSandbox)
#include "tst_apiclient_sandbox.moc"
