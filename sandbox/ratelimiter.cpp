#include "ratelimiter.h"

#include "clock.h"

RateLimiter::RateLimiter(const Clock *clock, int limitPerMinute) : m_clock(clock), m_limit(qMax(0, limitPerMinute)) {}

void RateLimiter::setLimit(int limitPerMinute) { m_limit = qMax(0, limitPerMinute); }

void RateLimiter::reset() { m_buckets.clear(); }

RateLimiter::Decision RateLimiter::check(const QString &bucketName)
{
    Decision d;
    d.limit = m_limit;
    if (m_limit == 0)
        return d;
    const qint64 now = m_clock->nowUs();
    Bucket &b = m_buckets[bucketName];
    while (!b.accepted.empty() && b.accepted.front() <= now - WindowUs)
        b.accepted.pop_front();
    while (!b.attempts.empty() && b.attempts.front() <= now - WindowUs)
        b.attempts.pop_front();
    b.attempts.push_back(now);
    d.observed = int(b.attempts.size());
    const qsizetype count = qsizetype(b.accepted.size());
    if (count < m_limit) {
        b.accepted.push_back(now);
        return d;
    }
    // Allowed again once count - limit + 1 of the accepted ones have left the window.
    const qint64 frees = b.accepted[size_t(count - m_limit)] + WindowUs;
    d.allowed = false;
    d.retryAfterSeconds = int(qMax<qint64>(1, (frees - now + 999999) / 1000000));
    return d;
}
