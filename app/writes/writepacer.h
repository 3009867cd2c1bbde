#pragma once

#include <QtGlobal>

// When the next write may go out, as arithmetic on a monotonic clock in milliseconds
// (the caller's), so that it can be checked without waiting.
//
// The server counts writes per key over a sliding 60-second window and refuses the
// one that would make limit + 1 in it. Writes spaced evenly at 60 s / limit never
// put more than `limit` in any 60 s; the spacing is 1 % wider than that, so that a
// write that reaches the server a little late (up to 0.6 s over a window) does not
// make the next window's count one too many. The first write goes at once, then one
// every spacingMs(): no burst, even when the server's window still holds writes this
// app does not know about (another program, a restart).
//
// The spacing is kept between the writes' slots, not their actual starts: a write that
// goes a few milliseconds late (a timer, a busy event loop) does not push every later
// one back. A write is never more than MaxCatchUpMs behind its slot (a later one gets
// a later slot), so any `limit` + 1 writes still span at least 60.6 s - MaxCatchUpMs.
//
// A 429 pauses every write until the wait the server asked for has passed.
class WritePacer
{
public:
    static constexpr int MarginPercent = 1;
    static constexpr int MaxCatchUpMs = 25;

    explicit WritePacer(int perMinute);

    void setPerMinute(int perMinute);
    int perMinute() const { return m_perMinute; }
    // The least time between the starts of two writes.
    qint64 spacingMs() const;

    // The earliest time the next write may be sent (<= now: at once).
    qint64 nextSendAtMs() const;
    void noteSent(qint64 nowMs);
    // The server refused a write (429) and asked to wait `seconds`.
    void noteRateLimited(qint64 nowMs, int seconds);
    // Until when writes wait for the server, or -1 when they do not.
    qint64 pausedUntilMs() const { return m_pausedUntilMs; }

private:
    int m_perMinute;
    qint64 m_lastSlotMs = -1;
    qint64 m_pausedUntilMs = -1;
};
