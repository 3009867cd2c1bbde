// KeyVerifier against a scripted loopback HTTP server: what each answer means for
// the key, that nothing is sent where the key must not go, timeout and cancel.
#include "keyverifier.h"
#include "miniserver.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

class TestKeyVerifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void notFoundMeansTheKeyWasAccepted();
    void baseUrlWithTrailingSlash();
    void unauthorizedMeansInvalid();
    void forbiddenMeansTheKeyCannotManageWebhooks();
    void serverErrorIsReportedAsSuch();
    void nonJson404SaysNothingAboutTheKey();
    void insecureBaseUrlSendsNothing();
    void malformedKeySendsNothing();
    void connectionRefusedIsConnection();
    void slowServerTimesOut();
    void cancelAnswersCancelledOnce();

private:
    KeyVerifier::Result run(const QUrl &base, const QString &key);
    // From now on the server answers every request with this, or never.
    void answer(int status, const QByteArray &body, const QByteArray &contentType = "application/json");
    void beSilent();

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MiniServer> m_server;
    std::unique_ptr<KeyVerifier> m_verifier;
    const QString m_key = QStringLiteral("od_live_VerifierKey000000000000000000000");
};

void TestKeyVerifier::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<MiniServer>();
    QVERIFY(m_server->isListening());
    answer(404, R"({"detail":"Webhook endpoint not found"})");
    m_verifier = std::make_unique<KeyVerifier>(m_nam.get());
}

void TestKeyVerifier::cleanup()
{
    m_verifier.reset();
    m_server.reset();
    m_nam.reset();
}

void TestKeyVerifier::answer(int status, const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray bytes =
        MiniServer::response(status, body, status == 401 ? QList<QByteArray>{"WWW-Authenticate: Bearer"} : QList<QByteArray>{},
                             contentType);
    m_server->setHandler([bytes](const HttpRequest &) { return MiniServer::Answer{bytes}; });
}

void TestKeyVerifier::beSilent()
{
    m_server->setHandler([](const HttpRequest &) { return MiniServer::Answer::hangUp(); });
}

KeyVerifier::Result TestKeyVerifier::run(const QUrl &base, const QString &key)
{
    QSignalSpy finished(m_verifier.get(), &KeyVerifier::finished);
    m_verifier->verify(base, key);
    if (!finished.wait(20000) || finished.count() != 1) {
        KeyVerifier::Result none;
        none.message = QStringLiteral("test: no single answer");
        return none;
    }
    return finished.at(0).at(0).value<KeyVerifier::Result>();
}

void TestKeyVerifier::notFoundMeansTheKeyWasAccepted()
{
    QSignalSpy started(m_verifier.get(), &KeyVerifier::started);
    const auto r = run(m_server->url(), m_key);
    QCOMPARE(r.outcome, KeyVerifier::Outcome::Valid);
    QVERIFY(r.ok());
    QVERIFY(r.message.isEmpty());
    QCOMPARE(started.count(), 1);
    QVERIFY(!m_verifier->isRunning());
    QCOMPARE(m_server->requests.size(), 1);
    const auto &req = m_server->requests.first();
    QCOMPARE(req.method, QByteArray("GET"));
    static const QRegularExpression probe(QStringLiteral("^/api/v1/webhooks/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QVERIFY2(probe.match(QString::fromLatin1(req.target)).hasMatch(), req.target.constData());
    QCOMPARE(req.header("authorization"), "Bearer " + m_key.toUtf8());
}

void TestKeyVerifier::baseUrlWithTrailingSlash()
{
    QUrl base = m_server->url();
    base.setPath(QStringLiteral("/"));
    const auto r = run(base, m_key);
    QCOMPARE(r.outcome, KeyVerifier::Outcome::Valid);
    QCOMPARE(m_server->requests.size(), 1);
    QVERIFY2(m_server->requests.first().target.startsWith("/api/v1/webhooks/"), m_server->requests.first().target.constData());
}

void TestKeyVerifier::unauthorizedMeansInvalid()
{
    answer(401, R"({"detail":"Invalid or revoked API key"})");
    const auto r = run(m_server->url(), m_key);
    QCOMPARE(r.outcome, KeyVerifier::Outcome::Invalid);
    QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
    QVERIFY2(r.message.contains(QStringLiteral("refused")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("Invalid or revoked API key")), qPrintable(r.message));
    QVERIFY(!r.message.contains(m_key));
}

void TestKeyVerifier::forbiddenMeansTheKeyCannotManageWebhooks()
{
    answer(403, R"({"detail":"missing scope"})");
    const auto r = run(m_server->url(), m_key);
    QCOMPARE(r.outcome, KeyVerifier::Outcome::Invalid);
    QVERIFY2(r.message.contains(QStringLiteral("webhooks:manage")), qPrintable(r.message));
}

void TestKeyVerifier::serverErrorIsReportedAsSuch()
{
    answer(503, "<html><title>Bad gateway</title></html>", "text/html");
    const auto r = run(m_server->url(), m_key);
    QCOMPARE(r.outcome, KeyVerifier::Outcome::Failed);
    QCOMPARE(r.error.kind, ApiError::Kind::Server);
    QVERIFY2(r.message.contains(QStringLiteral("503")), qPrintable(r.message));
}

void TestKeyVerifier::nonJson404SaysNothingAboutTheKey()
{
    answer(404, "<html><title>404 Not Found</title></html>", "text/html");
    const auto r = run(m_server->url(), m_key);
    QCOMPARE(r.outcome, KeyVerifier::Outcome::Failed);
    QVERIFY2(r.message.contains(QStringLiteral("base URL")), qPrintable(r.message));
}

void TestKeyVerifier::insecureBaseUrlSendsNothing()
{
    const auto r = run(QUrl(QStringLiteral("http://api.optimaldial.com")), m_key);
    QCOMPARE(r.outcome, KeyVerifier::Outcome::Failed);
    QCOMPARE(r.error.kind, ApiError::Kind::Refused);
    QVERIFY2(r.message.contains(QStringLiteral("https")), qPrintable(r.message));
    QVERIFY(m_server->requests.isEmpty());
}

void TestKeyVerifier::malformedKeySendsNothing()
{
    const auto r = run(m_server->url(), QStringLiteral("sk_test_123"));
    QCOMPARE(r.outcome, KeyVerifier::Outcome::Failed);
    QCOMPARE(r.error.kind, ApiError::Kind::Refused);
    QVERIFY(m_server->requests.isEmpty());
}

void TestKeyVerifier::connectionRefusedIsConnection()
{
    const QUrl base = m_server->url();
    m_server.reset(); // nobody listens there any more
    const auto r = run(base, m_key);
    QCOMPARE(r.outcome, KeyVerifier::Outcome::Failed);
    QCOMPARE(r.error.kind, ApiError::Kind::Connection);
    QVERIFY(!r.message.isEmpty());
}

void TestKeyVerifier::slowServerTimesOut()
{
    beSilent();
    m_verifier->setTimeoutMs(300);
    const auto r = run(m_server->url(), m_key);
    QCOMPARE(r.outcome, KeyVerifier::Outcome::Failed);
    QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
}

void TestKeyVerifier::cancelAnswersCancelledOnce()
{
    beSilent();
    QSignalSpy finished(m_verifier.get(), &KeyVerifier::finished);
    m_verifier->verify(m_server->url(), m_key);
    QVERIFY(m_verifier->isRunning());
    QTRY_COMPARE(m_server->requests.size(), 1);
    m_verifier->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<KeyVerifier::Result>().outcome, KeyVerifier::Outcome::Cancelled);
    QVERIFY(!m_verifier->isRunning());
    m_verifier->cancel(); // nothing running: nothing happens
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);

    // A new check after a cancel works.
    answer(404, R"({"detail":"Not found"})");
    const auto r = run(m_server->url(), m_key);
    QCOMPARE(r.outcome, KeyVerifier::Outcome::Valid);
}

QTEST_GUILESS_MAIN(TestKeyVerifier)
#include "tst_keyverifier.moc"
