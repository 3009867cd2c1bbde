// The sandbox signs what --simulate would send with the secret its create returned, exactly as
// shared/api/README.md says, so that the app's SignatureCheck accepts it. The simulator does
// not POST to the endpoint's URL (the API only allows public https URLs; the sandbox makes none
// of those calls): the request it would send is read back from /__sandbox/webhooks/{id}/last-request.
#include "sandboxprocess.h"
#include "sandboxtesthttp.h"
#include "signaturecheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace SandboxTestHttp;

namespace {

const QString Webhooks = QStringLiteral("/api/v1/webhooks");

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

} // namespace

class TestSandboxSignature : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void simulatedDeliveryVerifiesWithTheCreatedSecret();

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestSandboxSignature::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestSandboxSignature::simulatedDeliveryVerifiesWithTheCreatedSecret()
{
    const QUrl base = m_sandbox.baseUrl();
    const Answer created = send(m_nam, base, "POST", Webhooks, SandboxProcess::keyA(),
                                R"({"url":"https://hooks.signature-test.example.com/in"})");
    QCOMPARE(created.status, 200);
    const QByteArray secret = str(created.json().object(), "secret").toLatin1();
    const QString id = str(created.json().object().value(QLatin1String("webhook")).toObject(), "id");
    QCOMPARE(secret.size(), 64);
    const QString lastRequest = QStringLiteral("/__sandbox/webhooks/%1/last-request").arg(id);
    QCOMPARE(send(m_nam, base, "GET", lastRequest).status, 404); // no attempt yet

    // The only endpoint of its organization: one tick makes one attempt to it.
    QCOMPARE(send(m_nam, base, "POST", QStringLiteral("/__sandbox/tick")).status, 200);
    const Answer sent = send(m_nam, base, "GET", lastRequest);
    QCOMPARE(sent.status, 200);
    const QJsonObject request = sent.json().object();
    const QJsonObject headers = request.value(QLatin1String("headers")).toObject();
    const QByteArray body = str(request, "body").toUtf8();
    const QByteArray signature = str(headers, "X-OptimalDial-Signature").toLatin1();
    QCOMPARE(str(request, "url"), QStringLiteral("https://hooks.signature-test.example.com/in"));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignatureCheck::Result valid = SignatureCheck::check(secret, signature, body, now);
    QVERIFY2(valid.isValid(), qPrintable(valid.text()));
    QCOMPARE(valid.signatureCount, 1);
    QCOMPARE(SignatureCheck::check(QByteArray(64, '0'), signature, body, now).problems,
             QList<SignatureCheck::Problem>{SignatureCheck::Problem::NoMatchingSignature});
    QCOMPARE(SignatureCheck::check(secret, signature, body + ' ', now).problems,
             QList<SignatureCheck::Problem>{SignatureCheck::Problem::NoMatchingSignature});
    QCOMPARE(signature.left(signature.indexOf(',')), "t=" + str(headers, "X-OptimalDial-Timestamp").toLatin1());

    // The envelope and the headers describe the delivery that the API lists.
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    QCOMPARE(envelope.keys(), (QStringList{QStringLiteral("api_version"), QStringLiteral("created_at"),
                                           QStringLiteral("data"), QStringLiteral("id"), QStringLiteral("type")}));
    const Answer deliveries = send(m_nam, base, "GET", Webhooks + QLatin1Char('/') + id + QStringLiteral("/deliveries"),
                                   SandboxProcess::keyA());
    QCOMPARE(deliveries.status, 200);
    const QJsonArray rows = deliveries.json().array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject delivery = rows.first().toObject();
    QCOMPARE(str(envelope, "id"), QStringLiteral("evt_") + str(delivery, "event_id"));
    QCOMPARE(str(headers, "X-OptimalDial-Event-Id"), str(envelope, "id"));
    QCOMPARE(str(envelope, "type"), str(delivery, "event_type"));
    QCOMPARE(str(headers, "X-OptimalDial-Event"), str(delivery, "event_type"));
    QCOMPARE(str(headers, "X-OptimalDial-Delivery-Id"), str(delivery, "id"));
    QCOMPARE(str(headers, "X-OptimalDial-Attempt"), QStringLiteral("1"));
    QCOMPARE(str(headers, "User-Agent"), QStringLiteral("OptimalDial-Webhooks/1.0"));
}

QTEST_GUILESS_MAIN(TestSandboxSignature)
#include "tst_sandbox_signature.moc"
