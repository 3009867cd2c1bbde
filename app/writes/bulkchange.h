#pragma once

#include "apierror.h"
#include "eventtype.h"
#include "webhookendpoint.h"
#include "webhookpatch.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class ApiCall;
class ApiClient;
class WriteQueue;

// One change made to many endpoints: switch on, switch off, subscribe to an event or
// unsubscribe from one. Rows the change would not alter are settled up front (already
// so; or refused here: an endpoint keeps at least one event), the others are written
// one after another through the app's WriteQueue (bulk priority), each PATCH carrying
// only the changed field. Each answer is handed on at once (rowChanged) for the table.
//
// cancel() stops before the next write: a write already on the wire finishes and keeps
// its result; the rows after it are "not sent". retryFailed() writes the failed rows
// again, once the user asks (nothing is ever resent on its own but a 429, by the queue).
class BulkChange : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Enable, Disable, AddEvent, RemoveEvent };
    Q_ENUM(Kind)

    struct Change
    {
        Kind kind = Kind::Disable;
        EventType event = EventType::UploadCompleted; // AddEvent, RemoveEvent
    };

    enum class Outcome {
        Pending, // to be written
        Changed, // the server answered with the changed endpoint
        AlreadySo, // skipped: the change would not alter it
        Refused, // skipped: the change would leave it with no event
        Failed, // the server refused it or did not answer: see error
        NotSent, // cancelled before its turn
    };
    Q_ENUM(Outcome)

    struct Row
    {
        WebhookEndpoint before; // as the table had it
        WebhookPatch patch; // what is (or was) sent
        Outcome outcome = Outcome::Pending;
        ApiError error; // Failed
        WebhookEndpoint after; // Changed: the server's object
    };

    explicit BulkChange(ApiClient *client, QObject *parent = nullptr);
    ~BulkChange() override;

    // The patch that makes `endpoint` so: only the changed field. Empty when it is
    // already so; *refused set when the change would leave no event.
    static WebhookPatch patchFor(const WebhookEndpoint &endpoint, const Change &change, bool *refused = nullptr);

    // Starts on `endpoints` (in this order); false when running or when the list is empty.
    bool start(const Change &change, const QList<WebhookEndpoint> &endpoints);
    // Writes the failed rows again; false when running or when none failed.
    bool retryFailed();
    void cancel();

    Change change() const { return m_change; }
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_cancelling; }
    QList<Row> rows() const { return m_rows; }
    int count(Outcome outcome) const;
    // The writes of this run: all of them, and those with a result so far.
    int writesTotal() const { return m_writesTotal; }
    int writesDone() const { return m_writesDone; }
    // Writes a minute so far (from the answers' spacing; the queue's pace before two).
    double ratePerMinute() const;
    // Seconds until the last write is answered at that rate (with a server's wait).
    int secondsLeft() const;

signals:
    void started();
    // A row got its result; `fromServer` is set when it changed.
    void rowFinished(int index, const BulkChange::Row &row);
    // The server's object for the table.
    void rowChanged(const WebhookEndpoint &fromServer);
    void progressChanged();
    void finished();

private:
    void run();
    void sendNext();
    void settle(int index, Outcome outcome, const ApiError &error = {});
    void stopHere();
    void finish();

    QPointer<ApiClient> m_client;
    QPointer<WriteQueue> m_queue;
    Change m_change;
    QList<Row> m_rows;
    QPointer<ApiCall> m_call;
    int m_current = -1; // the row being written
    int m_writeId = 0; // its id in the queue
    int m_writesTotal = 0;
    int m_writesDone = 0;
    QElapsedTimer m_clock;
    qint64 m_firstAnswerMs = -1;
    qint64 m_lastAnswerMs = -1;
    bool m_running = false;
    bool m_cancelling = false;
};
