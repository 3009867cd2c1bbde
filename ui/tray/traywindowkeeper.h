#pragma once

#include <QObject>
#include <QPointer>

class QWidget;
class TrayIcon;

// Keeps the window in the tray, when the user asked for it and the tray icon is shown:
// closing the window from the window manager hides it instead (the app goes on
// watching; Quit in a menu still quits), and minimising hides it too.
class TrayWindowKeeper : public QObject
{
    Q_OBJECT

public:
    TrayWindowKeeper(QWidget *window, TrayIcon *tray, QObject *parent = nullptr);

    void setKeepRunningWhenClosed(bool keep) { m_keepRunning = keep; }
    void setMinimizeToTray(bool minimize) { m_minimize = minimize; }

    // Shows the window again, in front, with the keyboard focus.
    void bringBack();

signals:
    // The window went to the tray (to say so once).
    void hiddenToTray();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    TrayIcon *m_tray;
    bool m_keepRunning = false;
    bool m_minimize = false;
};
