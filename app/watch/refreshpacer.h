#pragma once

#include "apierror.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class EndpointListController;

// Spaces the list refreshes beyond the controller's interval. After an error it backs
// off: the next try waits the interval doubled per error in a row (at least
// MinimumBaseSeconds, at most CapSeconds, never less than a 429's Retry-After), and the
// first success ends that. While the system says the network is down
// (QNetworkInformation, where a backend gives reachability) it does not poll at all and
// refreshes as soon as the network is back. It holds one of the controller's pauses
// while it waits, so nothing else starts the automatic refresh meanwhile; a manual
// refresh still works (and ends the back-off if it succeeds).
class RefreshPacer : public QObject
{
    Q_OBJECT

public:
    enum class State { Regular, BackingOff, Offline };

    static constexpr int MinimumBaseSeconds = 15;
    static constexpr int CapSeconds = 15 * 60;

    explicit RefreshPacer(EndpointListController *controller, QObject *parent = nullptr);

    State state() const { return m_state; }
    int errorsInARow() const { return m_errors; }
    // When the next try after an error is due; invalid unless BackingOff.
    QDateTime nextTry() const { return m_state == State::BackingOff ? m_nextTry : QDateTime(); }

    // The wait before the next try after `errors` errors in a row (>= 1), given the
    // refresh interval and the server's Retry-After (-1 when none).
    static int backoffSeconds(int intervalSeconds, int errors, int retryAfterSeconds = -1);

public slots:
    // What the system says about the network (also called by tests).
    void setNetworkReachable(bool reachable);

signals:
    void stateChanged();

private:
    void onError(const ApiError &error);
    void onRefreshed();
    void hold();
    void release();
    void setState(State state);

    EndpointListController *m_controller;
    QTimer m_retry;
    QDateTime m_nextTry;
    State m_state = State::Regular;
    int m_errors = 0;
    bool m_holding = false;
    bool m_reachable = true;
};
