#pragma once

#include "apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiCall;
class ApiClient;
class WriteQueue;

// Deletes endpoints one after another, never two at once, through the app's write
// queue (WriteQueue), which keeps to the API's write limit and sends a DELETE answered
// 429 again after the server's wait. A 404 means the endpoint is already gone, which
// is what the user wanted: it counts as done, with a note. Any other failure is that
// row's result and the next row goes on. Cancel stops at once: a DELETE still in the
// queue is taken back, one in flight is abandoned (its row may or may not be deleted),
// the rest are not sent.
class EndpointDeleter : public QObject
{
    Q_OBJECT

public:
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
    // The server asked to wait (429): no write goes for `seconds` (also when another
    // part of the app's write met the 429).
    void waitingForRateLimit(int seconds);
    void rowFinished(const EndpointDeleter::RowResult &result);
    // Every row has its result (also after cancel()).
    void finished(const QList<EndpointDeleter::RowResult> &results);

private:
    void sendNext();
    void record(const RowResult &result);
    void finish();

    QPointer<ApiClient> m_client;
    QList<Target> m_targets;
    QList<RowResult> m_results;
    QPointer<ApiCall> m_call;
    QPointer<WriteQueue> m_queue;
    int m_writeId = 0; // the current row's DELETE in the queue
    bool m_running = false;
    bool m_cancelling = false;
};
