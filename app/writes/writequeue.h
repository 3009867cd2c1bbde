#pragma once

#include "apierror.h"
#include "writepacer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <functional>
#include <optional>

class ApiCall;
class ApiClient;

// The one road every write of the app takes (create, edit, delete, bulk): one queue per
// ApiClient, i.e. per API key in use, found with of(). It sends one write at a time,
// paced by WritePacer so that it keeps to the server's limit (WriteLimit) by itself;
// writes a person is waiting for (Interactive) go before the rows of a bulk change.
//
// Sent once: a write is sent again only when the server answered 429, because the
// server refuses a write for the rate limit before doing anything with it. Then every
// write waits the Retry-After (seconds or an HTTP date; a missing or unusable one is
// DefaultWaitSeconds, a longer one MaxWaitSeconds) and that same write goes first. Any
// other outcome ends the write: a timeout or a dropped connection may or may not have
// been applied, so it is reported, never resent behind the user's back.
//
// A write is a function that starts the call (`Attempt`) and hands the queue the
// result's error through `Report` before doing anything else with it; Report answers
// false when the queue will send it again (the 429 case: ignore this result).
class WriteQueue : public QObject
{
    Q_OBJECT

public:
    enum class Priority { Interactive, Bulk };
    using Report = std::function<bool(const ApiError &error)>;
    using Attempt = std::function<ApiCall *(const Report &report)>;

    static constexpr int DefaultWaitSeconds = 60;
    static constexpr int MaxWaitSeconds = 600;
    // Sends of one write answered 429 before it fails with that 429.
    static constexpr int MaxRateLimitedSends = 10;

    // The queue of `client` (created on first use, a child of the client). The limit is
    // WriteLimit::perMinute() when it is created.
    static WriteQueue *of(ApiClient *client);

    explicit WriteQueue(int perMinute, QObject *parent = nullptr);
    ~WriteQueue() override;

    void setPerMinute(int perMinute);
    int perMinute() const { return m_pacer.perMinute(); }
    qint64 spacingMs() const { return m_pacer.spacingMs(); }

    // Queues a write; the returned id names it for withdraw(). Dropped unsent when
    // `context` is destroyed first.
    int enqueue(QObject *context, const Attempt &attempt, Priority priority = Priority::Interactive);
    // Takes back a write that is not on the wire: queued, or waiting to be sent again
    // after a 429 (the server did nothing with it). False for one in flight or done.
    bool withdraw(int id);
    bool isInFlight(int id) const { return m_current && m_current->id == id; }
    // Writes queued or in flight.
    int pendingCount() const;

    bool isWaitingForServer() const { return m_waitingForServer; }
    // Whole seconds left of the server's wait (rounded up), 0 when not waiting.
    int waitSecondsLeft() const;
    // 429 answers received (for the benchmark and the log).
    int rateLimitedCount() const { return m_rateLimitedCount; }

    // The wait a 429 asks for, made safe: Retry-After (or the body's
    // retry_after_seconds) within 1..MaxWaitSeconds, DefaultWaitSeconds when unknown.
    static int waitFor(const ApiError &error);

signals:
    // The server answered 429: no write is sent for `seconds`.
    void waitStarted(int seconds);
    void waitEnded();
    // A write was handed to the network.
    void sent(int id);

private:
    struct Entry
    {
        int id = 0;
        QPointer<QObject> context;
        bool hasContext = false;
        Attempt attempt;
        Priority priority = Priority::Interactive;
        int rateLimitedSends = 0;
    };

    void schedule();
    void sendNext();
    void onCallEnded(int id);
    std::optional<Entry> takeNext();
    qint64 now() const { return m_clock.elapsed(); }

    WritePacer m_pacer;
    QElapsedTimer m_clock;
    std::deque<Entry> m_interactive;
    std::deque<Entry> m_bulk;
    std::optional<Entry> m_current;
    int m_retrySeconds = -1; // the write in flight was answered 429: wait this long
    int m_nextId = 1;
    int m_rateLimitedCount = 0;
    bool m_waitingForServer = false;
    QTimer m_timer;
    QTimer m_waitTimer;
};
