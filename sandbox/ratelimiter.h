#pragma once

#include <QHash>
#include <QString>
#include <deque>

class Clock;

// Write rate limit per key over a sliding 60-second window. A request is allowed while
// fewer than `limit` requests were accepted in the last 60 s; refused ones are not
// counted against the client but are included in "observed" (every write attempt seen
// in the window, including this one). A limit of 0 disables the limiter.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int observed = 0;
        int retryAfterSeconds = 0; // when refused: seconds until a slot frees up (>= 1)
    };

    static constexpr qint64 WindowUs = 60LL * 1000 * 1000;

    explicit RateLimiter(const Clock *clock, int limitPerMinute = 60);

    void setLimit(int limitPerMinute);
    int limit() const { return m_limit; }
    void reset();

    // Registers one write by `bucket` (the key) now and decides.
    Decision check(const QString &bucket);

private:
    struct Bucket
    {
        std::deque<qint64> accepted;
        std::deque<qint64> attempts;
    };

    const Clock *m_clock;
    int m_limit;
    QHash<QString, Bucket> m_buckets;
};
