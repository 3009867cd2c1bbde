#include "endpointlistcontroller.h"

#include "apiclient.h"
#include "endpointtablemodel.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

EndpointListController::EndpointListController(ApiClient *client, EndpointTableModel *model, QObject *parent)
    : QObject(parent), m_client(client), m_model(model)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!isAutoRefreshPaused())
            refresh();
    });
}

void EndpointListController::setAutoRefreshInterval(int seconds)
{
    m_intervalSeconds = qMax(0, seconds);
    restartTimer();
}

void EndpointListController::pauseAutoRefresh()
{
    ++m_pauseCount;
    m_timer.stop();
}

void EndpointListController::resumeAutoRefresh()
{
    if (m_pauseCount == 0)
        return;
    if (--m_pauseCount == 0)
        restartTimer();
}

void EndpointListController::restartTimer()
{
    m_timer.stop();
    if (m_intervalSeconds > 0 && !isAutoRefreshPaused())
        m_timer.start(m_intervalSeconds * 1000);
}

void EndpointListController::applyServerEndpoint(const WebhookEndpoint &endpoint)
{
    m_model->updateEndpoint(endpoint);
}

void EndpointListController::refresh()
{
    if (isLoading())
        return;
    m_timer.stop();
    m_call = m_client->listWebhooks(this, [this](const ApiResult<QList<WebhookEndpoint>> &result) {
        m_call.clear();
        if (result.ok()) {
            show(result.value);
            return;
        }
        if (result.error.kind != ApiError::Kind::Cancelled) {
            // The table keeps what it showed; the error is shown beside it.
            m_lastError = result.error;
            emit errorOccurred(result.error);
        }
        finishLoading();
    });
    if (m_call)
        connect(m_call, &ApiCall::progress, this, &EndpointListController::loadProgress);
    emit loadingChanged(true);
}

void EndpointListController::show(QList<WebhookEndpoint> endpoints)
{
    // Sorting 100,000 URLs and descriptions and matching them to the rows shown take
    // tens of milliseconds: on a worker, so that the GUI thread only swaps the rows in.
    auto *watcher = new QFutureWatcher<PreparedEndpoints>(this);
    m_preparing = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_preparing != watcher)
            return; // cancelled or cleared meanwhile
        m_preparing = nullptr;
        m_model->setEndpoints(watcher->future().takeResult());
        m_lastRefreshed = QDateTime::currentDateTimeUtc();
        const bool hadError = m_lastError.isError();
        m_lastError = ApiError();
        if (hadError)
            emit errorCleared();
        emit refreshed();
        finishLoading();
    });
    // The rows shown now go along as a shared copy (read there, never copied).
    watcher->setFuture(QtConcurrent::run(&EndpointTableModel::prepare, std::move(endpoints), m_model->endpoints(),
                                         m_model->wanted()));
}

void EndpointListController::finishLoading()
{
    emit loadingChanged(false);
    restartTimer();
}

void EndpointListController::cancel()
{
    if (m_call) {
        m_call->cancel(); // its callback finishes the loading
    } else if (m_preparing) {
        m_preparing = nullptr; // the worker's result is dropped when it comes
        finishLoading();
    }
}

void EndpointListController::clear()
{
    cancel();
    m_model->clear();
    m_lastRefreshed = QDateTime();
    if (m_lastError.isError()) {
        m_lastError = ApiError();
        emit errorCleared();
    }
}
