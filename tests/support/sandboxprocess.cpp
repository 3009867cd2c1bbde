#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTimer>

QString SandboxProcess::keyA() { return QStringLiteral("od_live_TestKeyAAAAAAAAAAAAAAAAAAAAAAAAA"); }
QString SandboxProcess::keyB() { return QStringLiteral("od_live_TestKeyBBBBBBBBBBBBBBBBBBBBBBBBB"); }

QString SandboxProcess::executable()
{
    const QString fromEnv = qEnvironmentVariable("ODWH_SANDBOX_EXE");
    return fromEnv.isEmpty() ? QStringLiteral(ODWH_SANDBOX_EXE) : fromEnv;
}

SandboxProcess::~SandboxProcess() { stop(); }

bool SandboxProcess::start(const QStringList &extraArgs, const QStringList &keys)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPTIMALDIAL_SANDBOX_KEYS"), keys.join(QLatin1Char(',')));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(executable(), QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--enable-control")} + extraArgs);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("sandbox did not start: ") + m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(30000);
    while (!m_process.canReadLine() && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
    }
    const QByteArray line = m_process.readLine().trimmed();
    const QByteArray prefix("listening on ");
    if (!line.startsWith(prefix)) {
        m_error = QStringLiteral("sandbox printed no address, first line: ") + QString::fromUtf8(line);
        stop();
        return false;
    }
    m_baseUrl = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    return m_baseUrl.isValid();
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray SandboxProcess::control(const QByteArray &verb, const QString &path, const QByteArray &body, int *status) const
{
    // Test set-up only: a short local loop, never in product code.
    QNetworkAccessManager nam;
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    req.setTransferTimeout(10000);
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

QByteArray SandboxProcess::receivedRequests() const
{
    return control("GET", QStringLiteral("/__sandbox/requests"), QByteArray(), nullptr);
}

bool SandboxProcess::clearReceivedRequests() const
{
    int status = 0;
    control("DELETE", QStringLiteral("/__sandbox/requests"), QByteArray(), &status);
    return status >= 200 && status < 300;
}

bool SandboxProcess::setFaults(const QByteArray &json) const
{
    int status = 0;
    control("POST", QStringLiteral("/__sandbox/faults"), json, &status);
    return status >= 200 && status < 300;
}

bool SandboxProcess::overwriteEndpoint(const QString &id, const QByteArray &json) const
{
    int status = 0;
    control("POST", QStringLiteral("/__sandbox/webhooks/") + id, json, &status);
    return status >= 200 && status < 300;
}
