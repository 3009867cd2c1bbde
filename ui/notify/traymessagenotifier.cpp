#include "traymessagenotifier.h"

#include <QSystemTrayIcon>

TrayMessageNotifier::TrayMessageNotifier(QSystemTrayIcon *tray, QObject *parent) : Notifier(parent), m_tray(tray)
{
    connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastEndpointId.isEmpty())
            emit activated(m_lastEndpointId, false);
    });
}

void TrayMessageNotifier::notify(const WatchMessage &message)
{
    if (!m_tray)
        return;
    m_lastEndpointId = message.endpointId;
    m_tray->showMessage(message.title, message.body,
                        message.isTrouble ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, ShownMilliseconds);
}
