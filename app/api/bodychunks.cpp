#include "bodychunks.h"

void BodyChunks::append(const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return;
    m_chunks.append(chunk);
    m_size += chunk.size();
}

void BodyChunks::truncate(qint64 size)
{
    if (size >= m_size)
        return;
    while (!m_chunks.isEmpty() && m_size - m_chunks.constLast().size() >= size) {
        m_size -= m_chunks.constLast().size();
        m_chunks.removeLast();
    }
    if (m_size > size) {
        m_chunks.last().truncate(m_chunks.constLast().size() - qsizetype(m_size - size));
        m_size = size;
    }
}

void BodyChunks::clear()
{
    m_chunks = QList<QByteArray>();
    m_size = 0;
}

QByteArray BodyChunks::joined() const
{
    if (m_chunks.size() == 1)
        return m_chunks.constFirst();
    QByteArray all;
    all.reserve(qsizetype(m_size));
    for (const QByteArray &chunk : m_chunks)
        all.append(chunk);
    return all;
}
