#pragma once

#include "apierror.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class ApiCall;
class ApiClient;

// Deletes endpoints one after another, never two at once, spaced so that a long list
// stays within the API's write limit (60 per minute per key). A 404 means the endpoint
// is already gone, which is what the user wanted: it counts as done, with a note. A 429
// means the server did nothing: that DELETE is sent again after the wait it asked for
// (a few times at most; deleting is idempotent). Any other failure is that row's result
// and the next row goes on. Cancel stops at once: the call in flight is abandoned (its
// row may or may not be deleted), the rest are not sent.
class EndpointDeleter : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultSpacingMs = 1000; // 60 writes per minute
    static constexpr int MaxRateLimitWaits = 3; // per row

    struct Target
    {
        QString id;
        QString url;
    };

    enum class Outcome {
        Deleted, // 2xx
        AlreadyGone, // 404
        Failed, // any other error: see error
        Uncertain, // cancelled while its DELETE was in flight
        NotAttempted, // cancelled before its turn
    };

    struct RowResult
    {
        Target target;
        Outcome outcome = Outcome::NotAttempted;
        ApiError error;
        // The endpoint no longer exists on the server.
        bool isGone() const { return outcome == Outcome::Deleted || outcome == Outcome::AlreadyGone; }
    };

    explicit EndpointDeleter(ApiClient *client, QObject *parent = nullptr);
    ~EndpointDeleter() override;

    // Least time between the starts of two DELETEs.
    void setSpacingMs(int ms) { m_spacingMs = ms; }

    // Starts deleting `targets` in order; false (nothing happens) when already running
    // or when `targets` is empty.
    bool start(const QList<Target> &targets);
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_targets.size()); }
    // Rows with a result so far.
    int doneCount() const { return int(m_results.size()); }
    QList<RowResult> results() const { return m_results; }

signals:
    // Row `index` (0-based) of `total` is about to be deleted.
    void rowStarted(int index, int total, const EndpointDeleter::Target &target);
    // The server asked to wait (429) before the DELETE of the current row is sent again.
    void waitingForRateLimit(int seconds);
    void rowFinished(const EndpointDeleter::RowResult &result);
    // Every row has its result (also after cancel()).
    void finished(const QList<EndpointDeleter::RowResult> &results);

private:
    void sendNext();
    void sendCurrent();
    void record(const RowResult &result);
    void finish();

    QPointer<ApiClient> m_client;
    QList<Target> m_targets;
    QList<RowResult> m_results;
    QPointer<ApiCall> m_call;
    QTimer m_wait;
    QElapsedTimer m_sinceLastSend;
    int m_spacingMs = DefaultSpacingMs;
    int m_rateLimitWaits = 0;
    bool m_running = false;
    bool m_cancelling = false;
};
