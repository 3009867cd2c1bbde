#pragma once

#include <QByteArray>
#include <QString>
#include <deque>

// The last requests received on /api/v1, for tests (GET /__sandbox/requests).
class RequestLog
{
public:
    struct Entry
    {
        qint64 sequence = 0;
        QByteArray method;
        QByteArray path;
        QByteArray query;
        QByteArray body;
        QString keyPrefix; // null when no key was sent
        int status = 0;    // 0 until answered, and for dropped connections
        QByteArray fault;  // "drop", "error", "malformed" or empty
    };

    explicit RequestLog(int capacity = 500) : m_capacity(capacity) {}

    qint64 add(Entry entry);
    void setOutcome(qint64 sequence, int status, const QByteArray &fault = {});
    void clear() { m_entries.clear(); }
    int size() const { return int(m_entries.size()); }

    // [{"method","path","query","body","status","key_prefix","fault"}...], oldest first.
    QByteArray toJson() const;

private:
    int m_capacity;
    qint64 m_next = 1;
    std::deque<Entry> m_entries;
};
