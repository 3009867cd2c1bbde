#pragma once

#include <QByteArray>
#include <QList>

// An answer's body as it was read, slice by slice, kept as the slices (shared, never
// copied again here): no growing 57 MB array on the GUI thread. joined() makes one
// block where it is needed, on the decoding worker for the list.
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
