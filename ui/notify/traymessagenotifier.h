#pragma once

#include "notifier.h"

#include <QPointer>

class QSystemTrayIcon;

// Notifications as the tray icon's messages (QSystemTrayIcon::showMessage): Windows,
// macOS, and Linux desktops without a notification service. The icon must be visible
// for a message to show; clicking the message shows the endpoint.
class TrayMessageNotifier : public Notifier
{
    Q_OBJECT

public:
    static constexpr int ShownMilliseconds = 15000;

    explicit TrayMessageNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

    void notify(const WatchMessage &message) override;

private:
    QPointer<QSystemTrayIcon> m_tray;
    QString m_lastEndpointId;
};
