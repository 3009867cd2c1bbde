#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A notification service for tests: org.freedesktop.Notifications on a D-Bus
// connection, recording every Notify call and able to send ActionInvoked and
// NotificationClosed as a desktop's service would.
class RecordingNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    explicit RecordingNotifications(const QDBusConnection &bus, QObject *parent = nullptr);
    // Registers the object and the service name; false when the name is taken.
    bool registerOnBus();

    QList<Call> calls() const { return m_calls; }
    void clear() { m_calls.clear(); }

    void invokeAction(uint id, const QString &key);
    void closeNotification(uint id, uint reason);

public slots:
    QStringList GetCapabilities();
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    void CloseNotification(uint id);

private:
    QDBusConnection m_bus;
    QList<Call> m_calls;
    uint m_nextId = 1;
};
