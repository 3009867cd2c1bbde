// A fault soak: edits against the sandbox while it answers with errors, drops
// connections, spoils bodies and adds latency. No edit may be lost or sent twice:
// every PATCH either landed exactly once and was reported saved, or was reported
// failed (and then it reached the server at most once). ODWH_SOAK_SECONDS sets the
// length (60 s in the suite; beyond 4 minutes also raise QTEST_FUNCTION_TIMEOUT).
#include "apiclient.h"
#include "awaitresult.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QtTest>

class TestFaultSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editsSurviveAFaultyServer();

private:
    // The PATCH bodies' descriptions the server received since the last call.
    QStringList takeReceivedDescriptions();

    SandboxProcess m_sandbox;
};

void TestFaultSoak::initTestCase()
{
    // No write limit: this is about faults, not the 60 writes a minute.
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("24"), QStringLiteral("--rate-limit"),
                              QStringLiteral("1000000")}),
             qPrintable(m_sandbox.errorString()));
}

QStringList TestFaultSoak::takeReceivedDescriptions()
{
    QStringList out;
    const QJsonArray log = QJsonDocument::fromJson(m_sandbox.receivedRequests()).array();
    for (const QJsonValue &v : log) {
        const QJsonObject entry = v.toObject();
        if (entry.value(QLatin1String("method")).toString() != QLatin1String("PATCH"))
            continue;
        const QJsonObject body = QJsonDocument::fromJson(entry.value(QLatin1String("body")).toString().toUtf8()).object();
        out.append(body.value(QLatin1String("description")).toString());
    }
    m_sandbox.clearReceivedRequests();
    return out;
}

void TestFaultSoak::editsSurviveAFaultyServer()
{
    const int seconds = qEnvironmentVariableIsSet("ODWH_SOAK_SECONDS") ? qEnvironmentVariableIntValue("ODWH_SOAK_SECONDS") : 60;
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(m_sandbox.baseUrl(), SandboxProcess::keyA()));
    ApiClient::Timeouts t;
    t.writeMs = 3000;
    t.totalMs = 6000;
    client.setTimeouts(t);

    const auto list = await<QList<WebhookEndpoint>>([&](auto done) { client.listWebhooks(this, done); });
    QVERIFY2(list.ok(), qPrintable(list.error.message()));
    QVERIFY(list.value.size() >= 10);
    QStringList ids;
    for (const WebhookEndpoint &e : list.value)
        ids.append(e.id);

    QVERIFY(m_sandbox.setFaults(R"({"latency_ms":40,"error_rate":0.15,"drop_rate":0.1,"malformed_rate":0.1})"));
    m_sandbox.clearReceivedRequests();

    struct Write
    {
        QString id;
        QString token;
        bool saved = false;
        ApiError::Kind failure = ApiError::Kind::None;
    };
    QList<Write> writes;
    QStringList received;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000) {
        Write w;
        w.id = ids.at(writes.size() % ids.size());
        w.token = QStringLiteral("soak %1").arg(writes.size());
        WebhookPatch patch;
        patch.description = w.token;
        const auto r = await<WebhookEndpoint>([&](auto done) { client.updateWebhook(w.id, patch, this, done); }, 15000);
        w.saved = r.ok();
        w.failure = r.error.kind;
        if (w.saved) {
            QCOMPARE(r.value.id, w.id);
            QCOMPARE(r.value.description, w.token);
        } else {
            QVERIFY2(r.error.kind != ApiError::Kind::OtherStatus || r.error.httpStatus != 0, "the client never answered");
            QVERIFY(!r.error.message().isEmpty());
        }
        writes.append(w);
        if (writes.size() % 100 == 0)
            received += takeReceivedDescriptions(); // the log keeps the last 500
    }
    QVERIFY(m_sandbox.setFaults(R"({"latency_ms":0,"error_rate":0,"drop_rate":0,"malformed_rate":0})"));
    received += takeReceivedDescriptions();

    // Nothing was sent twice; everything reported saved arrived exactly once.
    int saved = 0;
    for (const Write &w : std::as_const(writes)) {
        const qsizetype times = received.count(w.token);
        QVERIFY2(times <= 1, qPrintable(w.token + QStringLiteral(" was sent %1 times").arg(times)));
        if (w.saved) {
            ++saved;
            QCOMPARE(times, 1);
        }
    }
    // The server holds, for each endpoint, the last saved edit or a later one that
    // was reported failed (its answer was lost or spoiled after it landed).
    const auto after = await<QList<WebhookEndpoint>>([&](auto done) { client.listWebhooks(this, done); });
    QVERIFY2(after.ok(), qPrintable(after.error.message()));
    for (const WebhookEndpoint &e : after.value) {
        QStringList possible;
        bool anySaved = false;
        for (auto it = writes.crbegin(); it != writes.crend() && !anySaved; ++it) {
            if (it->id != e.id)
                continue;
            possible.append(it->token);
            anySaved = it->saved;
        }
        if (!anySaved) {
            for (const WebhookEndpoint &before : list.value) {
                if (before.id == e.id)
                    possible.append(before.description);
            }
        }
        QVERIFY2(possible.contains(e.description), qPrintable(e.id + QStringLiteral(": ") + e.description));
    }
    qInfo("fault soak: %d s, %lld writes, %d saved, %lld failed and reported, %lld requests received",
          seconds, qint64(writes.size()), saved, qint64(writes.size() - saved), qint64(received.size()));
    QVERIFY(saved > 0);
    QVERIFY(saved < writes.size()); // the faults really happened
}

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_fault_soak.moc"
