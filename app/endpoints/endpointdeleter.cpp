#include "endpointdeleter.h"

#include "apicall.h"
#include "apiclient.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcDeleter, "odwh.delete")
} // namespace

EndpointDeleter::EndpointDeleter(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_wait.setSingleShot(true);
    m_wait.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early: never sooner than the spacing
    connect(&m_wait, &QTimer::timeout, this, &EndpointDeleter::sendCurrent);
}

EndpointDeleter::~EndpointDeleter()
{
    m_running = false; // no signals from the cancelled call's callback
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
    m_sinceLastSend.invalidate();
    sendNext();
    return true;
}

void EndpointDeleter::sendNext()
{
    if (!m_running)
        return;
    if (doneCount() >= total()) {
        finish();
        return;
    }
    m_rateLimitWaits = 0;
    const int index = doneCount();
    emit rowStarted(index, total(), m_targets.at(index));
    const qint64 wait = m_sinceLastSend.isValid() ? qMax<qint64>(0, m_spacingMs - m_sinceLastSend.elapsed()) : 0;
    m_wait.start(int(wait));
}

void EndpointDeleter::sendCurrent()
{
    if (!m_running)
        return;
    const Target target = m_targets.at(doneCount());
    if (!m_client) {
        RowResult r{target, Outcome::Failed, ApiError()};
        r.error.kind = ApiError::Kind::Refused;
        r.error.technical = tr("No connection to the server is set up.");
        record(r);
        return;
    }
    m_sinceLastSend.start();
    const int index = doneCount();
    m_call = m_client->deleteWebhook(target.id, this, [this, target, index](const ApiResult<NoContent> &result) {
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
        case ApiError::Kind::RateLimited:
            if (m_rateLimitWaits < MaxRateLimitWaits) {
                ++m_rateLimitWaits;
                const int seconds
                    = qBound(1, e.retryAfterSeconds > 0 ? e.retryAfterSeconds : 60, ApiError::MaxRetryAfterSeconds);
                qCInfo(lcDeleter) << "rate limited; deleting" << target.id << "again in" << seconds << "s";
                emit waitingForRateLimit(seconds);
                m_wait.start(seconds * 1000);
                return;
            }
            break;
        default: break;
        }
        record({target, Outcome::Failed, e});
    });
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
    m_wait.stop();
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
    m_wait.stop();
    emit finished(m_results);
}
