#pragma once

#include "apierror.h"
#include "webhookdelivery.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiCall;
class ApiClient;

// The most recent deliveries of the endpoint being looked at, one endpoint at a time:
//
//   show(id) -> loading() at once; the request goes out once the choice of endpoint
//               has settled (walking through a table sends no request per row)
//            -> loaded(deliveries) or failed(error)
//
// Showing another endpoint, or none, cancels the call in flight; an answer that is not
// for the endpoint shown now is never handed on, and a list holding deliveries of
// another endpoint is refused (failed()). Every view of these deliveries shows what it
// reports. How many are asked for (setLimit) is shared by those views; a new limit, or
// reload(), asks again for the endpoint shown. Holds the client, never a key.
class RecentDeliveries : public QObject
{
    Q_OBJECT

public:
    // How many deliveries are asked for, most recent first, unless setLimit() says
    // otherwise; the API allows 1..MaxLimit.
    static constexpr int DefaultLimit = 20;
    static constexpr int MaxLimit = 100;
    // How long the endpoint must stay chosen before its deliveries are asked for.
    static constexpr int SettleMs = 250;

    explicit RecentDeliveries(ApiClient *client, QObject *parent = nullptr);
    ~RecentDeliveries() override;

    int limit() const { return m_limit; }
    // The endpoint whose deliveries are shown (empty: none).
    QString endpointId() const { return m_endpointId; }

public slots:
    // The deliveries of `endpointId` (empty: none, as clear()). Nothing happens when
    // it is the endpoint shown already.
    void show(const QString &endpointId);
    // No endpoint: cancels the call in flight.
    void clear();
    // Asks for the `limit` most recent deliveries from now on (clamped to 1..MaxLimit);
    // when it changes, asks again for the endpoint shown (loading() first).
    void setLimit(int limit);
    // Asks again for the deliveries of the endpoint shown (loading() first); nothing
    // when none is shown.
    void reload();

signals:
    // Another endpoint is shown; its deliveries are on their way.
    void loading();
    // The deliveries of the endpoint shown, most recent first.
    void loaded(const QList<WebhookDelivery> &deliveries);
    // They could not be loaded (never for a cancelled call).
    void failed(const ApiError &error);

private:
    void fetch();
    void cancelCall();
    void restart();

    ApiClient *m_client;
    QString m_endpointId;
    int m_limit = DefaultLimit;
    QTimer m_settle;
    QPointer<ApiCall> m_call;
};
