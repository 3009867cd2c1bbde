#pragma once

#include "apicall.h"
#include "apiresult.h"
#include "createdwebhook.h"
#include "webhookdelivery.h"
#include "webhookdraft.h"
#include "webhookendpoint.h"
#include "webhookpatch.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// The six calls of /api/v1/webhooks over one injected QNetworkAccessManager.
// Every call is asynchronous: it returns an ApiCall (cancellable) and later runs
// `done` exactly once on the caller's thread, unless `context` was destroyed.
// The key is sent only to the configured origin, only over https (or plain http to
// a loopback host, for the local sandbox), and never after a redirect elsewhere.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    // Sized per call: create and a URL-changing PATCH wait on a ping of up to 5 s
    // on the server. Transfer timeouts: they restart whenever data moves. Every call
    // also has a total deadline that no trickle of bytes extends.
    struct Timeouts
    {
        int readMs = 15000;
        int listMs = 60000;
        int writeMs = 15000;
        int pingingWriteMs = 25000;
        int totalMs = 60000;     // any call but the list, from sending to the last byte
        int listTotalMs = 300000; // the list: 100,000 endpoints over a slow link
    };

    // The largest answers taken, per call (an error answer: ApiCall::Limits).
    static constexpr qint64 MaxListBytes = 256LL * 1024 * 1024;  // 100,000 endpoints are ~60 MB
    static constexpr qint64 MaxDeliveriesBytes = 8LL * 1024 * 1024; // at most 100 deliveries
    static constexpr qint64 MaxObjectBytes = 1024LL * 1024;       // one endpoint

    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // Empty when `url` may carry a key, else why not (translated).
    static QString checkBaseUrl(const QUrl &url);
    // `url` without trailing slashes and with "." and ".." resolved in its path; a
    // path of "/" becomes empty (https://host/ is https://host).
    static QUrl normalizedBaseUrl(const QUrl &url);

    // False (with *error set) when the base URL is refused or the key is not in the
    // API key format (a line break in it would put a header on the wire).
    bool configure(const QUrl &baseUrl, const QString &apiKey, QString *error = nullptr);
    bool isConfigured() const { return m_baseUrl.isValid() && !m_apiKey.isEmpty(); }
    QUrl baseUrl() const { return m_baseUrl; }
    QString keyDisplayPrefix() const;
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    Timeouts timeouts() const { return m_timeouts; }

    template <typename T>
    using Done = std::function<void(const ApiResult<T> &)>;

    ApiCall *listWebhooks(QObject *context, Done<QList<WebhookEndpoint>> done);
    ApiCall *getWebhook(const QString &id, QObject *context, Done<WebhookEndpoint> done);
    ApiCall *createWebhook(const WebhookDraft &draft, QObject *context, Done<CreatedWebhook> done);
    // Sends only the fields set in `patch`; an empty patch is refused without a request.
    ApiCall *updateWebhook(const QString &id, const WebhookPatch &patch, QObject *context, Done<WebhookEndpoint> done);
    ApiCall *deleteWebhook(const QString &id, QObject *context, Done<NoContent> done);
    // limit 1..100 (the server's range); most recent first.
    ApiCall *listDeliveries(const QString &id, int limit, QObject *context, Done<QList<WebhookDelivery>> done);

signals:
    // Any call answered 401: the key needs replacing.
    void unauthorized();

private:
    struct Request
    {
        Request(QByteArray v, QString p, QString q, QByteArray b, int t)
            : verb(std::move(v)), path(std::move(p)), query(std::move(q)), body(std::move(b)), timeoutMs(t)
        {
        }
        QByteArray verb;
        QString path; // below /api/v1/webhooks, already percent-encoded
        QString query;
        QByteArray body;
        int timeoutMs = 0;
        qint64 maxBytes = MaxObjectBytes;
        ApiError refusal; // set: answer with this error and send nothing
    };

    template <typename T>
    ApiCall *start(const Request &request, QObject *context, Done<T> done,
                   std::function<bool(const QByteArray &, T *, QString *)> decode, bool decodeInThread);
    ApiCall *failEarly(ApiCall *call, std::function<void(const ApiError &)> deliver, const ApiError &error);
    QUrl urlFor(const Request &request) const;

    QPointer<QNetworkAccessManager> m_nam;
    QHash<QNetworkReply *, QPointer<ApiCall>> m_inFlight; // to refuse authentication challenges
    QUrl m_baseUrl;
    QString m_apiKey;
    Timeouts m_timeouts;
};
