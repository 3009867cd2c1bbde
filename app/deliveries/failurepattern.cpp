#include "failurepattern.h"

#include "deliverystatus.h"

#include <QHash>

namespace {

// The most frequent key; ties go to the one seen first (the most recent delivery).
template <typename Key>
std::pair<Key, int> mostCommon(const QList<Key> &keys)
{
    QHash<Key, int> counts;
    for (const Key &k : keys)
        ++counts[k];
    Key best{};
    int bestCount = 0;
    for (const Key &k : keys) {
        const int n = counts.value(k);
        if (n > bestCount) {
            best = k;
            bestCount = n;
        }
    }
    return {best, bestCount};
}

} // namespace

FailurePattern FailurePattern::of(const QList<WebhookDelivery> &deliveries, const QDateTime &knownLastSuccess)
{
    FailurePattern p;
    p.lastSuccess = knownLastSuccess;
    const WebhookDelivery *latestFinished = nullptr;
    for (const WebhookDelivery &d : deliveries) {
        if (d.status == WebhookDelivery::Status::Delivered && d.deliveredAt.isValid()
            && (!p.lastSuccess.isValid() || d.deliveredAt > p.lastSuccess))
            p.lastSuccess = d.deliveredAt;
        const bool finishedAttempt = d.lastAttemptAt.isValid()
            && (d.status == WebhookDelivery::Status::Delivered || DeliveryStatus::lastAttemptFailed(d));
        if (finishedAttempt && (!latestFinished || d.lastAttemptAt > latestFinished->lastAttemptAt))
            latestFinished = &d;
    }

    QList<QString> errors;
    QList<int> statuses;
    for (const WebhookDelivery &d : deliveries) {
        if (!DeliveryStatus::lastAttemptFailed(d))
            continue;
        if (p.lastSuccess.isValid() && (!d.lastAttemptAt.isValid() || d.lastAttemptAt <= p.lastSuccess))
            continue;
        ++p.failedDeliveries;
        p.failedAttempts += d.attemptCount;
        if (d.lastAttemptAt.isValid() && (!p.firstFailure.isValid() || d.lastAttemptAt < p.firstFailure))
            p.firstFailure = d.lastAttemptAt;
        if (!d.lastError.isEmpty())
            errors.append(d.lastError);
        if (d.hasLastResponseStatus)
            statuses.append(d.lastResponseStatus);
        else
            ++p.withoutAnswer;
    }
    std::tie(p.commonError, p.commonErrorCount) = mostCommon(errors);
    std::tie(p.commonStatus, p.commonStatusCount) = mostCommon(statuses);
    p.failing = latestFinished && latestFinished->status != WebhookDelivery::Status::Delivered
        && (!p.lastSuccess.isValid() || latestFinished->lastAttemptAt > p.lastSuccess);
    return p;
}
