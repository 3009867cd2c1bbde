#pragma once

#include "endpointlistcontroller.h"
#include "mainwindow.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

// What the GUI tests against the sandbox share: a window shown as a user has it, and
// a list loaded from the server. Header-only, for the tests that link the main window.

// Shows the window at `size` and makes it the active one. Keyboard focus needs an active
// window, and under a bare X server (no window manager) nothing activates it but us.
// False when the display did not expose or activate it in time.
[[nodiscard]] inline bool showActive(QWidget *window, const QSize &size)
{
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// Asks the window for the list and waits for the server's answer to be shown.
[[nodiscard]] inline bool refreshAndWait(MainWindow *window, int timeoutMs = 15000)
{
    QSignalSpy refreshed(window->controller(), &EndpointListController::refreshed);
    window->refresh();
    return refreshed.wait(timeoutMs);
}
