#pragma once

#include "apierror.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiCall;
class ApiClient;
class EndpointTableModel;
struct WebhookEndpoint;

// Keeps the endpoint table in step with the server: manual and automatic refresh
// (paused while a dialog is open), one request at a time, errors surfaced instead
// of an empty table. The window shows what this reports.
class EndpointListController : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalSeconds = 60;

    EndpointListController(ApiClient *client, EndpointTableModel *model, QObject *parent = nullptr);

    // From the request until the rows are in the model (the list is decoded and its sort
    // orders computed on worker threads, so the window stays responsive throughout).
    bool isLoading() const { return !m_call.isNull() || m_preparing; }
    bool hasLoaded() const { return m_lastRefreshed.isValid(); }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    ApiError lastError() const { return m_lastError; }

    // 0 switches automatic refresh off.
    void setAutoRefreshInterval(int seconds);
    int autoRefreshInterval() const { return m_intervalSeconds; }
    // Counted: every pause needs its resume (nested dialogs).
    void pauseAutoRefresh();
    void resumeAutoRefresh();
    bool isAutoRefreshPaused() const { return m_pauseCount > 0; }

    // After a save: the server's object replaces the row.
    void applyServerEndpoint(const WebhookEndpoint &endpoint);

public slots:
    void refresh();
    void cancel();
    // Another organization: forget what was shown (cancels a refresh in flight).
    void clear();

signals:
    void loadingChanged(bool loading);
    // While the list downloads: bytes received so far, and the total the server
    // announced (-1 when it did not).
    void loadProgress(qint64 received, qint64 total);
    void refreshed();
    void errorOccurred(const ApiError &error);
    void errorCleared();

private:
    void restartTimer();
    void show(QList<WebhookEndpoint> endpoints);
    void finishLoading();

    ApiClient *m_client;
    EndpointTableModel *m_model;
    QPointer<ApiCall> m_call;
    // The worker computing the sort orders of a fetched list; null when none, or when
    // its result is no longer wanted (cancelled, cleared).
    QObject *m_preparing = nullptr;
    QTimer m_timer;
    QDateTime m_lastRefreshed;
    ApiError m_lastError;
    int m_intervalSeconds = DefaultIntervalSeconds;
    int m_pauseCount = 0;
};
