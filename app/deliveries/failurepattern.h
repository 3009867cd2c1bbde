#pragma once

#include "webhookdelivery.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What a failing endpoint's recent deliveries have in common, for an operator to read at
// a glance: when it last worked, how many deliveries have failed since, and the error and
// the response status most of them got.
//
// A delivery belongs to the run of failures when its last attempt failed after the last
// success (all failed ones when there is no success). The last success is the latest
// delivered_at in the list, or `knownLastSuccess` (the endpoint's last_success_at) when
// that is later: the list holds at most 100 deliveries.
struct FailurePattern
{
    QDateTime lastSuccess; // invalid: none known
    int failedDeliveries = 0; // the run of failures since lastSuccess
    int failedAttempts = 0; // their attempts, all failed
    QDateTime firstFailure; // the earliest failed attempt of the run (its last attempt)
    QString commonError; // as the server sent it (not made safe); empty: no error text
    int commonErrorCount = 0;
    int commonStatus = 0; // 0: none of them got an HTTP answer
    int commonStatusCount = 0;
    int withoutAnswer = 0; // failed deliveries whose last attempt got no HTTP answer

    // True when the most recent finished attempt failed: the endpoint is failing now.
    bool failing = false;

    static FailurePattern of(const QList<WebhookDelivery> &deliveries, const QDateTime &knownLastSuccess = QDateTime());
};
