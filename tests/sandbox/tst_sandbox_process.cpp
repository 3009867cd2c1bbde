// The real optimaldial-sandbox executable, started with QProcess (keys through the
// environment, --port 0), spoken to over loopback with QNetworkAccessManager.
#include "sandboxtesthttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QtTest>

using namespace SandboxTestHttp;

namespace {
const QString KeyA = QStringLiteral("od_live_Proc3ssKeyA_0123456789abcdefghij");
const QString KeyB = QStringLiteral("od_live_Proc3ssKeyB-0123456789abcdefghij");
const QString Webhooks = QStringLiteral("/api/v1/webhooks");
} // namespace

class SandboxRun
{
public:
    ~SandboxRun() { stop(); }

    void start(const QStringList &args, const QString &keys)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        if (keys.isNull())
            env.remove(QStringLiteral("OPTIMALDIAL_SANDBOX_KEYS"));
        else
            env.insert(QStringLiteral("OPTIMALDIAL_SANDBOX_KEYS"), keys);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ODWH_SANDBOX_EXE), args);
    }
    // Waits for the first stdout line; empty when the process ended or timed out first.
    QByteArray firstLine(int timeoutMs = 15000)
    {
        (void)QTest::qWaitFor([this] { return process.canReadLine() || process.state() == QProcess::NotRunning; }, timeoutMs);
        return process.canReadLine() ? process.readLine() : QByteArray();
    }
    bool waitForExit(int timeoutMs = 15000)
    {
        if (process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&process, &QProcess::finished);
        return finished.wait(timeoutMs);
    }
    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!waitForExit(5000)) {
            process.kill();
            waitForExit(5000);
        }
    }

    QProcess process;
};

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void firstLineIsTheAddress();
    void listsTheKeysOrganization();
    void createThenGet();
    void unauthorizedHasWwwAuthenticate();
    void anotherOrganizationsIdIs404();
    void writeRateLimitGives429();
    void neverLogsAWholeKey();

    void refusesToStartWithoutKeys();
    void refusesMalformedKeys();
    void refusesBadSeedFile();
    void loadsTheSampleData();
    void helpAndVersion();
    void portInUseIsExitCode1();

private:
    QUrl m_base;
    SandboxRun m_run;
    QNetworkAccessManager m_nam;
};

void TestSandboxProcess::initTestCase()
{
    m_run.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--generate"), QStringLiteral("25"),
                 QStringLiteral("--rate-limit"), QStringLiteral("3"), QStringLiteral("--ping-delay-ms"), QStringLiteral("20")},
                KeyA + QLatin1Char(',') + KeyB);
    const QByteArray line = m_run.firstLine();
    QVERIFY2(!line.isEmpty(), m_run.process.readAllStandardError().constData());
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))\n$")).match(QString::fromUtf8(line));
    QVERIFY2(m.hasMatch(), line.constData());
    m_base = QUrl(m.captured(1));
    QVERIFY(m.captured(2).toInt() > 0);
}

void TestSandboxProcess::cleanupTestCase() { m_run.stop(); }

void TestSandboxProcess::firstLineIsTheAddress()
{
    QCOMPARE(m_base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_base.port() > 0);
}

void TestSandboxProcess::listsTheKeysOrganization()
{
    const Answer a = send(m_nam, m_base, "GET", Webhooks, KeyA);
    QCOMPARE(a.status, 200);
    const QJsonArray list = a.json().array();
    QCOMPARE(list.size(), 25);
    QSet<QString> orgs;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        orgs.insert(o.value(QLatin1String("organization_id")).toString());
        QVERIFY(o.value(QLatin1String("url")).toString().startsWith(QLatin1String("https://")));
    }
    QCOMPARE(orgs.size(), 1);
}

void TestSandboxProcess::createThenGet()
{
    const Answer created = send(m_nam, m_base, "POST", Webhooks, KeyB,
                                R"({"url":"https://hooks.process-test.example.com/a","events":["upload.created"]})");
    QCOMPARE(created.status, 200);
    const QJsonObject w = created.json().object().value(QLatin1String("webhook")).toObject();
    QCOMPARE(created.json().object().value(QLatin1String("secret")).toString().size(), 64);
    const Answer got = send(m_nam, m_base, "GET", Webhooks + QLatin1Char('/') + w.value(QLatin1String("id")).toString(), KeyB);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json().object(), w);
}

void TestSandboxProcess::unauthorizedHasWwwAuthenticate()
{
    for (const QString &key : {QString(), QStringLiteral("not-a-key"), QStringLiteral("od_live_ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ")}) {
        const Answer a = send(m_nam, m_base, "GET", Webhooks, key);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.header("WWW-Authenticate"), QByteArray("Bearer"));
        QVERIFY(!a.detail().isEmpty());
    }
}

void TestSandboxProcess::anotherOrganizationsIdIs404()
{
    const QString idOfA = send(m_nam, m_base, "GET", Webhooks, KeyA).json().array().at(0).toObject().value(QLatin1String("id")).toString();
    QVERIFY(!idOfA.isEmpty());
    QCOMPARE(send(m_nam, m_base, "GET", Webhooks + QLatin1Char('/') + idOfA, KeyB).status, 404);
    QCOMPARE(send(m_nam, m_base, "GET", Webhooks + QLatin1Char('/') + idOfA + QStringLiteral("/deliveries"), KeyB).status, 404);
    QCOMPARE(send(m_nam, m_base, "GET", Webhooks + QLatin1Char('/') + idOfA + QStringLiteral("/deliveries"), KeyA).status, 200);
}

void TestSandboxProcess::writeRateLimitGives429()
{
    // --rate-limit 3; key A has not written yet in this run.
    const QString id = send(m_nam, m_base, "GET", Webhooks, KeyA).json().array().at(1).toObject().value(QLatin1String("id")).toString();
    int accepted = 0;
    Answer last;
    for (int i = 0; i < 5; ++i) {
        last = send(m_nam, m_base, "PATCH", Webhooks + QLatin1Char('/') + id, KeyA,
                    QStringLiteral(R"({"description":"write %1"})").arg(i).toUtf8());
        if (last.status == 200)
            ++accepted;
        if (last.status == 429)
            break;
    }
    QCOMPARE(accepted, 3);
    QCOMPARE(last.status, 429);
    const int retryAfter = last.header("Retry-After").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 60);
    const QJsonObject detail = last.json().object().value(QLatin1String("detail")).toObject();
    QCOMPARE(detail.value(QLatin1String("error")).toString(), QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(detail.value(QLatin1String("limit")).toInt(), 3);
    QCOMPARE(detail.value(QLatin1String("retry_after_seconds")).toInt(), retryAfter);
    QCOMPARE(send(m_nam, m_base, "GET", Webhooks, KeyA).status, 200); // reads are not limited
}

void TestSandboxProcess::neverLogsAWholeKey()
{
    // Runs last among the tests on the shared server: everything it logged so far.
    send(m_nam, m_base, "GET", Webhooks, QStringLiteral("od_live_SecretSecretSecretSecretSecret12"));
    m_run.stop();
    const QByteArray log = m_run.process.readAllStandardError();
    QVERIFY(log.contains("od_live_Proc")); // the display prefix may appear
    QVERIFY(!log.contains(KeyA.left(13).toUtf8()));
    QVERIFY(!log.contains(KeyB.left(13).toUtf8()));
    QVERIFY(!log.contains("od_live_SecretS"));
    QCOMPARE(m_run.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_run.process.exitCode(), 0); // SIGTERM: a clean exit
}

void TestSandboxProcess::refusesToStartWithoutKeys()
{
    SandboxRun run;
    run.start({QStringLiteral("--port"), QStringLiteral("0")}, QString());
    QVERIFY(run.waitForExit());
    QCOMPARE(run.process.exitCode(), 2);
    QVERIFY(run.process.readAllStandardOutput().isEmpty());
    QVERIFY(run.process.readAllStandardError().contains("OPTIMALDIAL_SANDBOX_KEYS"));
}

void TestSandboxProcess::refusesMalformedKeys()
{
    SandboxRun run;
    run.start({QStringLiteral("--port"), QStringLiteral("0")}, KeyA + QStringLiteral(",od_live_TooShortButSecretish"));
    QVERIFY(run.waitForExit());
    QCOMPARE(run.process.exitCode(), 2);
    const QByteArray err = run.process.readAllStandardError();
    QVERIFY2(err.contains("key #2") && err.contains("malformed"), err.constData());
    QVERIFY(!err.contains("od_live_TooShortB"));
}

void TestSandboxProcess::refusesBadSeedFile()
{
    QTemporaryFile seed;
    QVERIFY(seed.open());
    seed.write(R"({"webhooks":[{"url":"https://a.example.com","is_active":"yes"}]})");
    seed.close();
    SandboxRun run;
    run.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), seed.fileName()}, KeyA);
    QVERIFY(run.waitForExit());
    QCOMPARE(run.process.exitCode(), 2);
    const QByteArray err = run.process.readAllStandardError();
    QVERIFY2(err.contains("webhooks[0]: is_active must be a boolean"), err.constData());
}

void TestSandboxProcess::loadsTheSampleData()
{
    SandboxRun run;
    run.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral(ODWH_SANDBOX_SAMPLE)},
              KeyA);
    const QByteArray line = run.firstLine();
    QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), run.process.readAllStandardError().constData());
    const QUrl base(QString::fromUtf8(line.mid(13).trimmed()));
    const Answer a = send(m_nam, base, "GET", Webhooks, KeyA);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json().array().size(), 12);
}

void TestSandboxProcess::helpAndVersion()
{
    SandboxRun help;
    help.start({QStringLiteral("--help")}, QString());
    QVERIFY(help.waitForExit());
    QCOMPARE(help.process.exitCode(), 0);
    const QByteArray text = help.process.readAllStandardOutput();
    for (const char *flag : {"--port", "--generate", "--random-seed", "--seed", "--simulate", "--tick-ms", "--rate-limit",
                             "--ping-delay-ms", "--ping-fail-pattern", "--latency-ms", "--error-rate", "--drop-rate",
                             "--malformed-rate", "--enable-control", "--keys", "OPTIMALDIAL_SANDBOX_KEYS"})
        QVERIFY2(text.contains(flag), flag);
    SandboxRun version;
    version.start({QStringLiteral("--version")}, QString());
    QVERIFY(version.waitForExit());
    QCOMPARE(version.process.exitCode(), 0);
    QVERIFY(version.process.readAllStandardOutput().startsWith("optimaldial-sandbox "));
}

void TestSandboxProcess::portInUseIsExitCode1()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    SandboxRun run;
    run.start({QStringLiteral("--port"), QString::number(holder.serverPort())}, KeyA);
    QVERIFY(run.waitForExit());
    QCOMPARE(run.process.exitCode(), 1);
    QVERIFY(run.process.readAllStandardError().contains("cannot listen"));
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
