#include "writequeue.h"

#include "apicall.h"
#include "apiclient.h"
#include "writelimit.h"

#include <QLoggingCategory>

namespace {
// Write ids and timings only, never a request.
Q_LOGGING_CATEGORY(lcQueue, "odwh.writes")
} // namespace

WriteQueue *WriteQueue::of(ApiClient *client)
{
    if (!client)
        return nullptr;
    if (auto *queue = client->findChild<WriteQueue *>(QString(), Qt::FindDirectChildrenOnly))
        return queue;
    return new WriteQueue(WriteLimit::perMinute(), client);
}

WriteQueue::WriteQueue(int perMinute, QObject *parent) : QObject(parent), m_pacer(perMinute)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_timer, &QTimer::timeout, this, &WriteQueue::schedule);
    m_waitTimer.setSingleShot(true);
    m_waitTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_waitTimer, &QTimer::timeout, this, [this] {
        m_waitingForServer = false;
        emit waitEnded();
        schedule();
    });
    qCInfo(lcQueue) << "write queue:" << m_pacer.perMinute() << "writes a minute, one every" << m_pacer.spacingMs()
                    << "ms";
}

WriteQueue::~WriteQueue() = default;

void WriteQueue::setPerMinute(int perMinute)
{
    m_pacer.setPerMinute(perMinute);
    schedule();
}

int WriteQueue::enqueue(QObject *context, const Attempt &attempt, Priority priority)
{
    Entry e;
    e.id = m_nextId++;
    e.context = context;
    e.hasContext = context != nullptr;
    e.attempt = attempt;
    e.priority = priority;
    (priority == Priority::Interactive ? m_interactive : m_bulk).push_back(std::move(e));
    // From the event loop: the caller finishes its own bookkeeping first.
    QTimer::singleShot(0, this, &WriteQueue::schedule);
    return m_nextId - 1;
}

bool WriteQueue::withdraw(int id)
{
    for (std::deque<Entry> *queue : {&m_interactive, &m_bulk}) {
        for (auto it = queue->begin(); it != queue->end(); ++it) {
            if (it->id == id) {
                queue->erase(it);
                return true;
            }
        }
    }
    return false;
}

int WriteQueue::pendingCount() const { return int(m_interactive.size() + m_bulk.size()) + (m_current ? 1 : 0); }

int WriteQueue::waitSecondsLeft() const
{
    if (!m_waitingForServer)
        return 0;
    return int(qMax<qint64>(0, (m_waitTimer.remainingTime() + 999) / 1000));
}

int WriteQueue::waitFor(const ApiError &error)
{
    if (error.retryAfterSeconds < 0)
        return DefaultWaitSeconds;
    return qBound(1, error.retryAfterSeconds, MaxWaitSeconds);
}

std::optional<WriteQueue::Entry> WriteQueue::takeNext()
{
    for (std::deque<Entry> *queue : {&m_interactive, &m_bulk}) {
        while (!queue->empty()) {
            Entry e = std::move(queue->front());
            queue->pop_front();
            if (!e.hasContext || e.context)
                return e;
        }
    }
    return std::nullopt;
}

void WriteQueue::schedule()
{
    if (m_current || m_waitingForServer)
        return;
    if (m_interactive.empty() && m_bulk.empty())
        return;
    const qint64 wait = m_pacer.nextSendAtMs() - now();
    if (wait > 0) {
        if (!m_timer.isActive() || m_timer.remainingTime() > wait)
            m_timer.start(int(wait));
        return;
    }
    sendNext();
}

void WriteQueue::sendNext()
{
    m_current = takeNext();
    if (!m_current)
        return;
    const int id = m_current->id;
    m_retrySeconds = -1;
    m_pacer.noteSent(now());
    const QPointer<WriteQueue> self(this);
    const Report report = [self, id](const ApiError &error) {
        if (!self || !self->m_current || self->m_current->id != id)
            return true;
        if (error.kind == ApiError::Kind::RateLimited && self->m_current->rateLimitedSends + 1 < MaxRateLimitedSends) {
            self->m_retrySeconds = waitFor(error);
            return false;
        }
        return true;
    };
    ApiCall *call = m_current->attempt(report);
    if (!call) {
        m_current.reset();
        schedule();
        return;
    }
    emit sent(id);
    // finished() follows every result (also a cancelled call's); destroyed() is the
    // backstop should a call go without one.
    connect(call, &ApiCall::finished, this, [this, id] { onCallEnded(id); });
    connect(call, &QObject::destroyed, this, [this, id] { onCallEnded(id); });
}

void WriteQueue::onCallEnded(int id)
{
    if (!m_current || m_current->id != id)
        return;
    Entry entry = std::move(*m_current);
    m_current.reset();
    if (m_retrySeconds >= 0) {
        const int seconds = m_retrySeconds;
        m_retrySeconds = -1;
        ++entry.rateLimitedSends;
        ++m_rateLimitedCount;
        qCInfo(lcQueue) << "write" << id << "answered 429; every write waits" << seconds << "s, then it goes again";
        m_pacer.noteRateLimited(now(), seconds);
        (entry.priority == Priority::Interactive ? m_interactive : m_bulk).push_front(std::move(entry));
        m_waitingForServer = true;
        m_waitTimer.start(int(qMax<qint64>(0, m_pacer.pausedUntilMs() - now())));
        emit waitStarted(seconds);
        return;
    }
    schedule();
}
