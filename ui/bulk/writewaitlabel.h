#pragma once

#include <QLabel>
#include <QPointer>
#include <QTimer>

class WriteQueue;

// While the write queue waits because the server answered 429, says so and counts
// down: "Waiting 12 s: the server asked us to slow down". Hidden otherwise.
class WriteWaitLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WriteWaitLabel(WriteQueue *queue, QWidget *parent = nullptr);

private:
    void update();

    QPointer<WriteQueue> m_queue;
    QTimer m_tick;
};
