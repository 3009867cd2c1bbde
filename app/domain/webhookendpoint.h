#pragma once

#include "eventtype.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One webhook endpoint as the server describes it (contract: WebhookEndpoint).
// Nullable timestamps are invalid QDateTimes; a null description is a null QString.
struct WebhookEndpoint
{
    // After this many consecutive failures the server switches an endpoint off.
    static constexpr int AutoDisableThreshold = 20;

    // What an operator needs to know first, derived from the fields.
    enum class State {
        Healthy,
        Failing,       // active, consecutive_failures > 0
        Disabled,      // switched off by the server (disabled_at set)
        Inactive,      // switched off by a person
        NeverVerified, // active, no failures, never pinged successfully
    };

    QString id;
    QString userId;
    QString organizationId;
    QString url;
    QString description; // isNull() when the server sent null
    EventTypes events;
    QStringList unknownEvents; // event names this version does not know, kept for display
    bool isActive = false;
    int consecutiveFailures = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime verifiedAt;
    QDateTime lastSuccessAt;
    QDateTime lastFailureAt;
    QDateTime disabledAt;

    State state() const;
    bool isAutoDisabled() const { return !isActive && disabledAt.isValid(); }
    // After how many failures the server switched it off: the count it kept, or the
    // threshold when it reset the count (the contract allows both).
    int failuresWhenDisabled() const { return consecutiveFailures > 0 ? consecutiveFailures : AutoDisableThreshold; }
};

bool operator==(const WebhookEndpoint &a, const WebhookEndpoint &b);
inline bool operator!=(const WebhookEndpoint &a, const WebhookEndpoint &b) { return !(a == b); }

Q_DECLARE_METATYPE(WebhookEndpoint)
