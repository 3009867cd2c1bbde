#pragma once

#include "endpointhealth.h"
#include "watchchange.h"

#include <QList>
#include <QObject>
#include <optional>

struct WebhookEndpoint;

// Compares each refreshed list with the one before and reports what changed (see
// compareHealth). The first list after start-up or reset() is only remembered: what
// is already failing or disabled then is on screen and in the tray's count, and
// announcing it at every start would teach the operator to ignore the notifications.
//
// The work is off the GUI thread: observe() hands the list over as a shared copy (no
// rows copied), a worker builds the health-by-id hash once per list and compares it
// with the last one; the hash that a result replaces is freed there too. One
// comparison at a time; a list that comes meanwhile waits, and only the newest.
class EndpointWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultThreshold = 10;

    explicit EndpointWatch(QObject *parent = nullptr);
    ~EndpointWatch() override;

    void setThreshold(int failures);
    int threshold() const { return m_threshold; }

    // The next list is the first again (another organization).
    void reset();
    bool hasBaseline() const { return m_hasBaseline; }
    bool isComparing() const { return m_busy; }

public slots:
    void observe(const QList<WebhookEndpoint> &endpoints);

signals:
    // Most urgent first; never empty.
    void changesFound(const QList<WatchChange> &changes);
    // After each list has been taken in (with or without changes).
    void observed();

private:
    void start(QList<WebhookEndpoint> endpoints);

    HealthById m_health;
    bool m_hasBaseline = false;
    bool m_busy = false;
    std::optional<QList<WebhookEndpoint>> m_waiting;
    int m_generation = 0; // reset() drops the result of a comparison in flight
    int m_threshold = DefaultThreshold;
};
