#pragma once

#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <functional>

// Stands in for the real server's webhook.ping: waits `delay` (without blocking the
// event loop), then fails when the URL's host matches the failure pattern.
class PingVerifier : public QObject
{
    Q_OBJECT

public:
    explicit PingVerifier(QObject *parent = nullptr);

    int delayMs() const { return m_delayMs; }
    void setDelayMs(int ms) { m_delayMs = qMax(0, ms); }
    QString failPattern() const { return m_failPattern.pattern(); }
    // False (and nothing changed) for an invalid regular expression.
    bool setFailPattern(const QString &pattern, QString *error = nullptr);

    // Empty when the ping succeeds, else why it failed ("could not resolve host ...").
    QString outcomeFor(const QString &url) const;

    // Calls done(outcome) after the delay, unless context has been destroyed.
    void ping(const QString &url, QObject *context, std::function<void(const QString &error)> done);
    // How many pings were started since the sandbox began.
    int pingCount() const { return m_pingCount; }

private:
    int m_delayMs = 200;
    int m_pingCount = 0;
    QRegularExpression m_failPattern;
};
