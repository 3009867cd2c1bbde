#include "endpointdeleter.h"

#include "apicall.h"
#include "apiclient.h"
#include "writequeue.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcDeleter, "odwh.delete")
} // namespace

EndpointDeleter::EndpointDeleter(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_queue(WriteQueue::of(client))
{
    if (m_queue)
        connect(m_queue, &WriteQueue::waitStarted, this, [this](int seconds) {
            if (m_running)
                emit waitingForRateLimit(seconds);
        });
}

EndpointDeleter::~EndpointDeleter()
{
    m_running = false; // no signals from the cancelled call's callback
    if (m_queue && m_writeId)
        m_queue->withdraw(m_writeId);
    if (m_call)
        m_call->cancel();
}

bool EndpointDeleter::start(const QList<Target> &targets)
{
    if (m_running || targets.isEmpty())
        return false;
    m_targets = targets;
    m_results.clear();
    m_running = true;
    sendNext();
    return true;
}

void EndpointDeleter::sendNext()
{
    if (!m_running)
        return;
    m_writeId = 0;
    if (doneCount() >= total()) {
        finish();
        return;
    }
    const int index = doneCount();
    const Target target = m_targets.at(index);
    emit rowStarted(index, total(), target);
    if (!m_client || !m_queue) {
        RowResult r{target, Outcome::Failed, ApiError()};
        r.error.kind = ApiError::Kind::Refused;
        r.error.technical = tr("No connection to the server is set up.");
        record(r);
        return;
    }
    m_writeId = m_queue->enqueue(
        this,
        [this, target, index](const WriteQueue::Report &report) -> ApiCall * {
            m_call = m_client->deleteWebhook(target.id, this,
                                             [this, target, index, report](const ApiResult<NoContent> &result) {
            if (!report(result.error))
                return; // a 429: the queue sends this DELETE again after the wait
            m_call.clear();
            if (!m_running || doneCount() != index)
                return;
            if (result.ok()) {
                record({target, Outcome::Deleted, ApiError()});
                return;
            }
            const ApiError &e = result.error;
            switch (e.kind) {
            case ApiError::Kind::NotFound: record({target, Outcome::AlreadyGone, e}); return;
            case ApiError::Kind::Cancelled: record({target, Outcome::Uncertain, e}); return;
            default: record({target, Outcome::Failed, e}); return;
            }
            });
            return m_call;
        },
        WriteQueue::Priority::Bulk);
}

void EndpointDeleter::record(const RowResult &result)
{
    m_results.append(result);
    qCInfo(lcDeleter) << "delete" << result.target.id << "->" << int(result.outcome)
                      << (result.error.isError() ? result.error.title() : QString());
    emit rowFinished(result);
    if (!m_cancelling)
        sendNext();
}

void EndpointDeleter::cancel()
{
    if (!m_running)
        return;
    m_cancelling = true;
    if (m_queue && m_writeId)
        m_queue->withdraw(m_writeId); // not on the wire yet: never sent
    m_writeId = 0;
    const int current = doneCount();
    const bool inFlight = !m_call.isNull();
    if (inFlight) {
        ApiCall *call = m_call;
        m_call.clear();
        call->cancel(); // answers at once: record() notes the row as Uncertain
    }
    if (inFlight && doneCount() == current) // in case the answer did not come at once
        record({m_targets.at(current), Outcome::Uncertain, ApiError()});
    while (doneCount() < total())
        record({m_targets.at(doneCount()), Outcome::NotAttempted, ApiError()});
    m_cancelling = false;
    finish();
}

void EndpointDeleter::finish()
{
    m_running = false;
    m_writeId = 0;
    emit finished(m_results);
}
