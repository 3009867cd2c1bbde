// The tray icon: the badge counts failing and disabled endpoints (and the tooltip says
// it in words), the menu, and the app's own close that is never kept in the tray.
#include "traybadge.h"
#include "trayicon.h"
#include "traywindowkeeper.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QtTest>

class TestTrayIcon : public QObject
{
    Q_OBJECT

private slots:
    void tooltipSaysTheCounts();
    void badgeIsPaintedOnlyWithACount();
    void menuOffersShowRefreshQuit();
    void appsOwnCloseAlwaysCloses();
};

namespace {
QIcon plainIcon()
{
    QPixmap p(64, 64);
    p.fill(Qt::darkGreen);
    return QIcon(p);
}
} // namespace

void TestTrayIcon::tooltipSaysTheCounts()
{
    TrayIcon tray(plainIcon());
    tray.setTitle(QStringLiteral("OptimalDial Webhooks \u2014 Acme"));
    tray.setCounts(3, 2);
    QCOMPARE(tray.badgeCount(), 5);
    QCOMPARE(tray.toolTip(),
             QStringLiteral(
                 "OptimalDial Webhooks \u2014 Acme\n3 endpoint(s) failing\n2 endpoint(s) disabled by the server"));
    QCOMPARE(tray.systemTrayIcon()->toolTip(), tray.toolTip());
}

void TestTrayIcon::badgeIsPaintedOnlyWithACount()
{
    const QImage none = TrayBadge::paint(plainIcon(), 0, 32).toImage();
    const QImage some = TrayBadge::paint(plainIcon(), 7, 32).toImage();
    const QImage many = TrayBadge::paint(plainIcon(), 1234, 32).toImage();
    // The top-left corner is the icon in all three; the bottom-right corner holds the badge.
    QCOMPARE(some.pixelColor(2, 2), none.pixelColor(2, 2));
    QCOMPARE(none.pixelColor(30, 24), QColor(Qt::darkGreen));
    QVERIFY(some.pixelColor(30, 24) != QColor(Qt::darkGreen));
    QVERIFY(many != some); // "99+" is not "7"
    QCOMPARE(TrayBadge::withCount(plainIcon(), 3).availableSizes().size(), 6);
}

void TestTrayIcon::menuOffersShowRefreshQuit()
{
    TrayIcon tray(plainIcon());
    QStringList texts;
    for (QAction *a : tray.menu()->actions()) {
        if (!a->isSeparator())
            texts << a->text();
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("&Show"), QStringLiteral("&Refresh"), QStringLiteral("&Quit")}));
    QSignalSpy refresh(&tray, &TrayIcon::refreshRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);
    tray.menu()->findChild<QAction *>(QStringLiteral("trayRefreshAction"))->trigger();
    tray.menu()->findChild<QAction *>(QStringLiteral("trayQuitAction"))->trigger();
    QCOMPARE(refresh.size(), 1);
    QCOMPARE(quit.size(), 1);
}

void TestTrayIcon::appsOwnCloseAlwaysCloses()
{
    // Keeping the window in the tray is for the window manager's close only: File > Quit
    // and the tray's Quit close the window themselves, and that must close it.
    QMainWindow window;
    TrayIcon tray(plainIcon());
    TrayWindowKeeper keeper(&window, &tray);
    keeper.setKeepRunningWhenClosed(true);
    keeper.setMinimizeToTray(true);
    tray.setVisible(true);
    QSignalSpy hidden(&keeper, &TrayWindowKeeper::hiddenToTray);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
    QCOMPARE(hidden.size(), 0);
    // Without a tray to come back from (offscreen has none), nothing is ever hidden there.
    QVERIFY(!tray.isVisible());
    keeper.bringBack();
    QVERIFY(window.isVisible());
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
