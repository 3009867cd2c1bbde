#include "writewaitlabel.h"

#include "bulkreport.h"
#include "tonecolours.h"
#include "writequeue.h"

WriteWaitLabel::WriteWaitLabel(WriteQueue *queue, QWidget *parent) : QLabel(parent), m_queue(queue)
{
    setObjectName(QStringLiteral("writeWaitLabel"));
    setTextFormat(Qt::PlainText);
    ToneColours::setTone(this, ToneColours::Tone::Warning, palette());
    m_tick.setInterval(250); // the seconds turn over on time
    connect(&m_tick, &QTimer::timeout, this, &WriteWaitLabel::update);
    if (m_queue) {
        connect(m_queue, &WriteQueue::waitStarted, this, &WriteWaitLabel::update);
        connect(m_queue, &WriteQueue::waitEnded, this, &WriteWaitLabel::update);
    }
    update();
}

void WriteWaitLabel::update()
{
    const bool waiting = m_queue && m_queue->isWaitingForServer();
    if (!waiting) {
        m_tick.stop();
        hide();
        return;
    }
    setText(BulkReport::waiting(m_queue->waitSecondsLeft()));
    setAccessibleName(text());
    if (!m_tick.isActive())
        m_tick.start();
    show();
}
