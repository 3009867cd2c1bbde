#pragma once

#include <QIcon>
#include <QObject>

class QMenu;
class QSystemTrayIcon;

// The app in the system tray: its icon with a badge counting the failing and disabled
// endpoints, a tooltip that says the same in words, a click that shows the window, and
// a menu: Show, Refresh, Quit.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(const QIcon &appIcon, QObject *parent = nullptr);
    ~TrayIcon() override;

    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    void setVisible(bool visible);
    // Asked to be shown, and a tray is there to show it.
    bool isVisible() const;

    void setCounts(int failing, int disabled);
    void setTitle(const QString &title); // the first line of the tooltip
    QString toolTip() const;
    int badgeCount() const { return m_failing + m_disabled; }
    QMenu *menu() const { return m_menu; }

signals:
    void showRequested();
    void refreshRequested();
    void quitRequested();

private:
    void update();

    QIcon m_appIcon;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QString m_title;
    int m_failing = 0;
    int m_disabled = 0;
};
