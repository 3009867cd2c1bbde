#include "recentdeliveries.h"

#include "apicall.h"
#include "apiclient.h"

#include <QLoggingCategory>

namespace {

Q_LOGGING_CATEGORY(lcDeliveries, "odwh.deliveries")

} // namespace

RecentDeliveries::RecentDeliveries(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &RecentDeliveries::fetch);
}

RecentDeliveries::~RecentDeliveries() { cancelCall(); }

void RecentDeliveries::show(const QString &endpointId)
{
    if (endpointId.isEmpty()) {
        clear();
        return;
    }
    if (endpointId == m_endpointId)
        return;
    cancelCall();
    m_endpointId = endpointId;
    emit loading();
    m_settle.start();
}

void RecentDeliveries::clear()
{
    cancelCall();
    m_settle.stop();
    m_endpointId.clear();
}

void RecentDeliveries::setLimit(int limit)
{
    limit = qBound(1, limit, int(MaxLimit));
    if (limit == m_limit)
        return;
    m_limit = limit;
    restart();
}

void RecentDeliveries::reload() { restart(); }

void RecentDeliveries::restart()
{
    if (m_endpointId.isEmpty())
        return;
    cancelCall();
    emit loading();
    m_settle.start();
}

void RecentDeliveries::cancelCall()
{
    if (m_call)
        m_call->cancel();
}

void RecentDeliveries::fetch()
{
    const QString id = m_endpointId;
    m_call = m_client->listDeliveries(id, m_limit, this, [this, id](const ApiResult<QList<WebhookDelivery>> &result) {
        // Cancelled, or for an endpoint no longer shown: nobody is waiting for it.
        if (result.error.kind == ApiError::Kind::Cancelled || id != m_endpointId)
            return;
        m_call.clear();
        if (!result.ok()) {
            emit failed(result.error);
            return;
        }
        for (const WebhookDelivery &delivery : result.value) {
            if (delivery.webhookEndpointId != id) {
                qCWarning(lcDeliveries) << "deliveries asked for" << id << "came with one of" << delivery.webhookEndpointId;
                ApiError foreign;
                foreign.kind = ApiError::Kind::InvalidResponse;
                foreign.technical = tr("it lists deliveries of another endpoint (%1).").arg(delivery.webhookEndpointId);
                emit failed(foreign);
                return;
            }
        }
        emit loaded(result.value);
    });
}
