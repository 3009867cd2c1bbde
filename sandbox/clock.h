#pragma once

#include <QtGlobal>

// Where the sandbox gets "now" from, in microseconds since the Unix epoch (UTC).
// Tests use ManualClock to drive time-based rules (rate limit windows, timestamps).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowUs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowUs() const override;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startUs) : m_now(startUs) {}
    qint64 nowUs() const override { return m_now; }
    void setNowUs(qint64 us) { m_now = us; }
    void advanceMs(qint64 ms) { m_now += ms * 1000; }

private:
    qint64 m_now;
};
