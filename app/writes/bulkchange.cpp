#include "bulkchange.h"

#include "apicall.h"
#include "apiclient.h"
#include "writequeue.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

#include <cmath>

namespace {
// Endpoint ids and outcomes only.
Q_LOGGING_CATEGORY(lcBulk, "odwh.bulk")
} // namespace

BulkChange::BulkChange(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_queue(WriteQueue::of(client))
{}

BulkChange::~BulkChange()
{
    m_running = false; // no signals from here on
    if (m_queue && m_writeId)
        m_queue->withdraw(m_writeId);
}

WebhookPatch BulkChange::patchFor(const WebhookEndpoint &endpoint, const Change &change, bool *refused)
{
    if (refused)
        *refused = false;
    WebhookEndpoint edited = endpoint;
    switch (change.kind) {
    case Kind::Enable: edited.isActive = true; break;
    case Kind::Disable: edited.isActive = false; break;
    case Kind::AddEvent: edited.events |= change.event; break;
    case Kind::RemoveEvent:
        edited.events &= ~EventTypes(change.event);
        // The API wants at least one event; events this version does not know count.
        if (!edited.events && endpoint.unknownEvents.isEmpty() && endpoint.events) {
            if (refused)
                *refused = true;
            return {};
        }
        break;
    }
    return WebhookPatch::between(endpoint, edited);
}

bool BulkChange::start(const Change &change, const QList<WebhookEndpoint> &endpoints)
{
    if (m_running || endpoints.isEmpty())
        return false;
    m_change = change;
    m_rows.clear();
    for (const WebhookEndpoint &e : endpoints) {
        Row row;
        row.before = e;
        bool refused = false;
        row.patch = patchFor(e, change, &refused);
        row.outcome = refused ? Outcome::Refused : row.patch.isEmpty() ? Outcome::AlreadySo : Outcome::Pending;
        m_rows.append(row);
    }
    run();
    return true;
}

bool BulkChange::retryFailed()
{
    if (m_running || count(Outcome::Failed) == 0)
        return false;
    for (Row &row : m_rows) {
        if (row.outcome != Outcome::Failed)
            continue;
        row.outcome = Outcome::Pending;
        row.error = ApiError();
    }
    run();
    return true;
}

void BulkChange::run()
{
    m_running = true;
    m_cancelling = false;
    m_writesTotal = count(Outcome::Pending);
    m_writesDone = 0;
    m_firstAnswerMs = m_lastAnswerMs = -1;
    m_clock.start();
    emit started();
    // From the event loop: the caller connects and shows progress first.
    QTimer::singleShot(0, this, &BulkChange::sendNext);
}

int BulkChange::count(Outcome outcome) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [outcome](const Row &r) { return r.outcome == outcome; }));
}

double BulkChange::ratePerMinute() const
{
    if (m_writesDone >= 2 && m_lastAnswerMs > m_firstAnswerMs)
        return 60000.0 * (m_writesDone - 1) / double(m_lastAnswerMs - m_firstAnswerMs);
    return m_queue ? 60000.0 / double(m_queue->spacingMs()) : 0.0;
}

int BulkChange::secondsLeft() const
{
    const int left = m_writesTotal - m_writesDone;
    const double rate = ratePerMinute();
    if (left <= 0 || rate <= 0)
        return 0;
    const int wait = m_queue ? m_queue->waitSecondsLeft() : 0;
    return wait + int(std::ceil(left * 60.0 / rate));
}

void BulkChange::sendNext()
{
    if (!m_running)
        return;
    m_current = -1;
    m_writeId = 0;
    if (m_cancelling) {
        stopHere();
        return;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).outcome == Outcome::Pending) {
            m_current = i;
            break;
        }
    }
    if (m_current < 0) {
        finish();
        return;
    }
    if (!m_client || !m_queue) {
        ApiError e;
        e.kind = ApiError::Kind::Refused;
        e.technical = tr("No connection to the server is set up.");
        settle(m_current, Outcome::Failed, e);
        return;
    }
    const int index = m_current;
    const QString id = m_rows.at(index).before.id;
    const WebhookPatch patch = m_rows.at(index).patch;
    m_writeId = m_queue->enqueue(
        this,
        [this, index, id, patch](const WriteQueue::Report &report) -> ApiCall * {
            m_call
                = m_client->updateWebhook(id, patch, this, [this, index, report](const ApiResult<WebhookEndpoint> &r) {
                      if (!report(r.error))
                          return; // a 429: the queue sends it again after the wait
                      m_call.clear();
                      if (!m_running || index != m_current)
                          return;
                      if (r.ok()) {
                          m_rows[index].after = r.value;
                          emit rowChanged(r.value);
                          settle(index, Outcome::Changed);
                      } else {
                          settle(index, Outcome::Failed, r.error);
                      }
                  });
            return m_call;
        },
        WriteQueue::Priority::Bulk);
}

void BulkChange::settle(int index, Outcome outcome, const ApiError &error)
{
    Row &row = m_rows[index];
    row.outcome = outcome;
    row.error = error;
    ++m_writesDone;
    const qint64 now = m_clock.elapsed();
    if (m_firstAnswerMs < 0)
        m_firstAnswerMs = now;
    m_lastAnswerMs = now;
    qCInfo(lcBulk) << m_change.kind << row.before.id << "->" << outcome
                   << (error.isError() ? error.title() : QString());
    emit rowFinished(index, row);
    emit progressChanged();
    // The next one from the event loop: whoever listens may cancel first.
    QTimer::singleShot(0, this, &BulkChange::sendNext);
}

void BulkChange::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    emit progressChanged();
    // A write still in the queue is taken back; one on the wire keeps its answer.
    if (m_writeId && m_queue && m_queue->withdraw(m_writeId)) {
        m_writeId = 0;
        m_current = -1;
        stopHere();
    }
}

void BulkChange::stopHere()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).outcome == Outcome::Pending) {
            m_rows[i].outcome = Outcome::NotSent;
            emit rowFinished(i, m_rows.at(i));
        }
    }
    finish();
}

void BulkChange::finish()
{
    m_running = false;
    m_cancelling = false;
    qCInfo(lcBulk) << m_change.kind << "done:" << count(Outcome::Changed) << "changed," << count(Outcome::Failed)
                   << "failed," << count(Outcome::NotSent) << "not sent";
    emit progressChanged();
    emit finished();
}
