#include "refreshpacer.h"

#include "endpointlistcontroller.h"

#include <QNetworkInformation>

RefreshPacer::RefreshPacer(EndpointListController *controller, QObject *parent)
    : QObject(parent), m_controller(controller)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        release();
        setState(State::Regular);
        if (!m_controller->isAutoRefreshPaused())
            m_controller->refresh();
    });
    connect(controller, &EndpointListController::errorOccurred, this, &RefreshPacer::onError);
    connect(controller, &EndpointListController::refreshed, this, &RefreshPacer::onRefreshed);

    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
            setNetworkReachable(r != QNetworkInformation::Reachability::Disconnected);
        });
        setNetworkReachable(info->reachability() != QNetworkInformation::Reachability::Disconnected);
    }
}

int RefreshPacer::backoffSeconds(int intervalSeconds, int errors, int retryAfterSeconds)
{
    qint64 wait = qMax(intervalSeconds, MinimumBaseSeconds);
    for (int i = 1; i < errors && wait < CapSeconds; ++i)
        wait *= 2;
    wait = qMin<qint64>(wait, CapSeconds);
    return int(qMax<qint64>(wait, retryAfterSeconds));
}

void RefreshPacer::setNetworkReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    if (!reachable) {
        m_retry.stop();
        hold();
        setState(State::Offline);
        return;
    }
    // Back online: one try now; errors from the time offline do not count.
    m_errors = 0;
    m_retry.stop();
    release();
    setState(State::Regular);
    if (!m_controller->isAutoRefreshPaused())
        m_controller->refresh();
}

void RefreshPacer::onError(const ApiError &error)
{
    ++m_errors;
    if (m_state == State::Offline)
        return; // the network's return is the next try
    if (m_controller->autoRefreshInterval() == 0)
        return; // automatic refresh is off: the user retries
    const int wait = backoffSeconds(m_controller->autoRefreshInterval(), m_errors, error.retryAfterSeconds);
    hold();
    m_nextTry = QDateTime::currentDateTimeUtc().addSecs(wait);
    m_retry.start(wait * 1000);
    setState(State::BackingOff);
}

void RefreshPacer::onRefreshed()
{
    m_errors = 0;
    if (m_state != State::BackingOff)
        return;
    m_retry.stop();
    release();
    setState(State::Regular);
}

void RefreshPacer::hold()
{
    if (m_holding)
        return;
    m_holding = true;
    m_controller->pauseAutoRefresh();
}

void RefreshPacer::release()
{
    if (!m_holding)
        return;
    m_holding = false;
    m_controller->resumeAutoRefresh();
}

void RefreshPacer::setState(State state)
{
    m_state = state;
    emit stateChanged();
}
