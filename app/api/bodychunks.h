#pragma once

#include <QByteArray>
#include <QList>

// An answer's body as it arrived: the blocks the network layer handed over, kept as they
// are (shared, not copied). Reading a 57 MB list this way costs the GUI thread no copy and
// no fresh memory; joined() makes one block where it is needed, on a worker for the list.
class BodyChunks
{
public:
    void append(const QByteArray &chunk);
    // Keeps the first `size` bytes.
    void truncate(qint64 size);
    void clear();
    qint64 size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // One block (a single chunk is returned as it is).
    QByteArray joined() const;

private:
    QList<QByteArray> m_chunks;
    qint64 m_size = 0;
};
