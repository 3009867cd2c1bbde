#pragma once

#include "watchsummary.h"

#include <QObject>

// Where a watch message goes: a desktop notification service, or the tray icon's
// balloon. Reports when the user acts on one.
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void notify(const WatchMessage &message) = 0;

signals:
    // The user clicked the notification (`open` false: show the endpoint) or its
    // "Open endpoint" action (`open` true).
    void activated(const QString &endpointId, bool open);
};
