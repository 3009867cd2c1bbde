#include "requestlog.h"

#include "jsonwriter.h"

qint64 RequestLog::add(Entry entry)
{
    entry.sequence = m_next++;
    m_entries.push_back(std::move(entry));
    while (int(m_entries.size()) > m_capacity)
        m_entries.pop_front();
    return m_entries.back().sequence;
}

void RequestLog::setOutcome(qint64 sequence, int status, const QByteArray &fault)
{
    if (m_entries.empty() || sequence < m_entries.front().sequence)
        return;
    const size_t index = size_t(sequence - m_entries.front().sequence);
    if (index >= m_entries.size())
        return;
    m_entries[index].status = status;
    m_entries[index].fault = fault;
}

QByteArray RequestLog::toJson() const
{
    QByteArray out;
    JsonWriter w(&out);
    w.beginArray();
    for (const Entry &e : m_entries) {
        w.beginObject();
        w.key("method");
        w.string(QString::fromLatin1(e.method));
        w.key("path");
        w.string(QString::fromUtf8(e.path));
        w.key("query");
        w.string(QString::fromUtf8(e.query));
        w.key("body");
        w.string(QString::fromUtf8(e.body));
        w.key("status");
        if (e.status > 0)
            w.integer(e.status);
        else
            w.null();
        w.key("key_prefix");
        if (e.keyPrefix.isNull())
            w.null();
        else
            w.string(e.keyPrefix);
        w.key("fault");
        if (e.fault.isEmpty())
            w.null();
        else
            w.plainString(e.fault);
        w.endObject();
    }
    w.endArray();
    return out;
}
