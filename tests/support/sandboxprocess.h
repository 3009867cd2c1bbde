#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// Starts the real optimaldial-sandbox executable on a free loopback port for a test,
// with the given keys (through the environment, never argv) and extra flags, and
// stops it when destroyed. Its control endpoints are always enabled.
class SandboxProcess
{
public:
    // Two well-formed keys, each its own organization.
    static QString keyA();
    static QString keyB();

    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // False (and errorString()) when it did not start or print its address in time.
    bool start(const QStringList &extraArgs = {}, const QStringList &keys = {keyA(), keyB()});
    void stop();
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }

    // Control endpoints (blocking helpers for test set-up and assertions only).
    // The raw requests the sandbox received on /api/v1 (JSON array text).
    QByteArray receivedRequests() const;
    bool clearReceivedRequests() const;
    bool setFaults(const QByteArray &json) const;
    bool overwriteEndpoint(const QString &id, const QByteArray &json) const;

    static QString executable();

private:
    QByteArray control(const QByteArray &verb, const QString &path, const QByteArray &body, int *status) const;

    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};
