#include "traywindowkeeper.h"

#include "trayicon.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

TrayWindowKeeper::TrayWindowKeeper(QWidget *window, TrayIcon *tray, QObject *parent)
    : QObject(parent), m_window(window), m_tray(tray)
{
    window->installEventFilter(this);
}

void TrayWindowKeeper::bringBack()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

bool TrayWindowKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || !m_tray->isVisible())
        return false;
    // Only the window manager's close (spontaneous): File > Quit and the tray's Quit
    // close the window themselves and really quit.
    if (event->type() == QEvent::Close && event->spontaneous() && m_keepRunning) {
        event->ignore();
        m_window->hide();
        emit hiddenToTray();
        return true;
    }
    if (event->type() == QEvent::WindowStateChange && m_minimize && m_window->isMinimized()) {
        // After the state change has been handled: hiding inside it confuses some window managers.
        QTimer::singleShot(0, m_window, [w = m_window, this] {
            if (w && w->isMinimized()) {
                w->hide();
                emit hiddenToTray();
            }
        });
    }
    return false;
}
