#pragma once

#include "apierror.h"

#include <QDateTime>
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

    bool isLoading() const { return !m_call.isNull(); }
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
    void refreshed();
    void errorOccurred(const ApiError &error);
    void errorCleared();

private:
    void restartTimer();

    ApiClient *m_client;
    EndpointTableModel *m_model;
    QPointer<ApiCall> m_call;
    QTimer m_timer;
    QDateTime m_lastRefreshed;
    ApiError m_lastError;
    int m_intervalSeconds = DefaultIntervalSeconds;
    int m_pauseCount = 0;
};
