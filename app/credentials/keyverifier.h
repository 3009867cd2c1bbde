#pragma once

#include "apierror.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiCall;
class ApiClient;
class QNetworkAccessManager;

// Checks an API key with a real but cheap call before it is saved: a GET of an
// endpoint id that cannot exist (a fresh random UUID). 404 means the server accepted
// the key; 401 means it refused it; anything else is reported as it is (connection,
// TLS, timeout, refused base URL, server error ...). One check at a time; cancellable.
class KeyVerifier : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Valid,     // the server accepted the key
        Invalid,   // the server refused the key (401), or it may not manage webhooks (403)
        Failed,    // no verdict: see error
        Cancelled, // cancel() was called
    };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        ApiError error;  // for Invalid and Failed
        QString message; // translated sentence for a person; empty for Valid and Cancelled
        bool ok() const { return outcome == Outcome::Valid; }
    };

    explicit KeyVerifier(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~KeyVerifier() override;

    // Transfer timeout of the check.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Starts a check (cancelling one still running). finished() follows exactly once,
    // always later, also when nothing could be sent (base URL refused, malformed key).
    void verify(const QUrl &baseUrl, const QString &key);
    bool isRunning() const { return !m_client.isNull(); }
    // Stops the check; finished() with Outcome::Cancelled follows at once.
    void cancel();

signals:
    void started();
    void finished(const KeyVerifier::Result &result);

private:
    void finish(const Result &result);

    QPointer<QNetworkAccessManager> m_nam;
    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    int m_timeoutMs = 15000;
    quint64 m_generation = 0;
};

Q_DECLARE_METATYPE(KeyVerifier::Result)
