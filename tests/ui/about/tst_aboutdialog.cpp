// Help > About, opened from the real main window's menu: the version, licence, homepage,
// Qt (run-time and build) and QtKeychain versions each announced with its caption; the
// homepage handed to the desktop (QDesktopServices) by a click; About Qt beside Close,
// both with a mnemonic; Escape and Close close it.
#include "aboutdialog.h"
#include "apiclient.h"
#include "mainwindow.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QtTest>

class TestAboutDialog : public QObject
{
    Q_OBJECT

public slots:
    void openUrl(const QUrl &url) { m_opened.append(url); }

private slots:
    void init();
    void cleanup();

    void helpMenuOpensItWithEveryVersion();
    void theHomepageOpensInTheBrowser();
    void escapeAndCloseCloseIt();
    void helpMenuHasAboutQt();

private:
    AboutDialog *openAbout();
    QStringList labelNames(QWidget *dialog) const;

    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;
    MainWindow *m_window = nullptr;
    QList<QUrl> m_opened;
};

void TestAboutDialog::init()
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_nam = new QNetworkAccessManager;
    m_client = new ApiClient(m_nam);
    m_window = new MainWindow(m_client);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestAboutDialog::cleanup()
{
    delete m_window;
    delete m_client;
    delete m_nam;
    m_opened.clear();
}

AboutDialog *TestAboutDialog::openAbout()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("aboutAction"));
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<AboutDialog *>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

QStringList TestAboutDialog::labelNames(QWidget *dialog) const
{
    QStringList names;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        names << label->accessibleName();
    return names;
}

void TestAboutDialog::helpMenuOpensItWithEveryVersion()
{
    AboutDialog *dialog = openAbout();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().startsWith(QLatin1String("About ")));
    const QStringList names = labelNames(dialog);
    QVERIFY2(names.contains(QStringLiteral("Version: " ODWH_EXPECTED_VERSION)),
             qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY2(names.contains(QStringLiteral("QtKeychain: " ODWH_EXPECTED_KEYCHAIN_VERSION)),
             qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY2(names.contains(QStringLiteral("Qt: %1 (built with %2)")
                                .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))),
             qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY2(names.contains(QStringLiteral("Licence: Proprietary (all rights reserved)")),
             qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY2(names.contains(QStringLiteral("Homepage: optimaldial.com")), qPrintable(names.join(QLatin1Char('|'))));
    // The icon is drawn, not an empty square.
    auto *icon = dialog->findChild<QLabel *>(QStringLiteral("aboutIcon"));
    QVERIFY(icon);
    QVERIFY(!icon->pixmap().isNull());
}

void TestAboutDialog::theHomepageOpensInTheBrowser()
{
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
    AboutDialog *dialog = openAbout();
    QVERIFY(dialog);
    auto *link = dialog->findChild<QLabel *>(QStringLiteral("homepageLink"));
    QVERIFY(link);
    QVERIFY(link->focusPolicy() & Qt::TabFocus); // reachable from the keyboard
    // A click on the link's first letters.
    QTest::mouseClick(link, Qt::LeftButton, {}, QPoint(link->fontMetrics().averageCharWidth(), link->height() / 2));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(m_opened, QList<QUrl>{AboutDialog::homepage()});
    QCOMPARE(AboutDialog::homepage(), QUrl(QStringLiteral("https://optimaldial.com")));
}

void TestAboutDialog::escapeAndCloseCloseIt()
{
    QPointer<AboutDialog> dialog = openAbout();
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull()); // closed and deleted

    dialog = openAbout();
    QVERIFY(dialog);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    auto *aboutQt = dialog->findChild<QPushButton *>(QStringLiteral("aboutQtButton"));
    QVERIFY(close && aboutQt);
    QVERIFY2(close->text().contains(QLatin1Char('&')), qPrintable(close->text()));
    QCOMPARE(aboutQt->text(), QStringLiteral("About &Qt"));
    QVERIFY(close->isDefault());
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
}

void TestAboutDialog::helpMenuHasAboutQt()
{
    QStringList roles;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() != QLatin1String("&Help"))
            continue;
        for (QAction *item : menu->menu()->actions())
            roles << QString::number(int(item->menuRole())) + QLatin1Char(' ') + item->text();
    }
    QVERIFY2(roles.contains(QStringLiteral("%1 About &Qt").arg(int(QAction::AboutQtRole))),
             qPrintable(roles.join(QLatin1Char('|'))));
    QVERIFY2(roles.contains(QStringLiteral("%1 &About OptimalDial Webhooks").arg(int(QAction::AboutRole))),
             qPrintable(roles.join(QLatin1Char('|'))));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
