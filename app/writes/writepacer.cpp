#include "writepacer.h"

#include "writelimit.h"

WritePacer::WritePacer(int perMinute) : m_perMinute(WriteLimit::Default) { setPerMinute(perMinute); }

void WritePacer::setPerMinute(int perMinute)
{
    m_perMinute = WriteLimit::isValid(perMinute) ? perMinute : WriteLimit::Default;
}

qint64 WritePacer::spacingMs() const
{
    const qint64 numerator = 60000LL * (100 + MarginPercent);
    const qint64 denominator = 100LL * m_perMinute;
    return (numerator + denominator - 1) / denominator; // rounded up: never narrower
}

qint64 WritePacer::nextSendAtMs() const
{
    const qint64 paced = m_lastSlotMs < 0 ? 0 : m_lastSlotMs + spacingMs();
    return qMax(paced, m_pausedUntilMs);
}

void WritePacer::noteSent(qint64 nowMs)
{
    const qint64 catchUp = qMin<qint64>(MaxCatchUpMs, spacingMs() / 4);
    m_lastSlotMs = m_lastSlotMs < 0 ? nowMs : qMax(m_lastSlotMs + spacingMs(), nowMs - catchUp);
}

void WritePacer::noteRateLimited(qint64 nowMs, int seconds)
{
    m_pausedUntilMs = qMax(m_pausedUntilMs, nowMs + qint64(seconds) * 1000);
}
