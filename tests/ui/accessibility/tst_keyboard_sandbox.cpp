// The app from the keyboard alone: the real main window against the sandbox. Tab
// reaches every part of the window (search, quick filters, table, the details pane's
// buttons, the Deliveries panel, the profile switcher) and leaves the table after one
// press, arrows move in the table, and no key is claimed twice in the main window or
// in any dialog (mnemonics, menu letters and shortcuts). With them, what a screen reader
// is told of the window's moving parts: the summary does not tick, the error banner is
// an alert that takes focus only when nothing has it, the quick filters are buttons.
#include "apiclient.h"
#include "deliveriesdock.h"
#include "detailspane.h"
#include "editendpointdialog.h"
#include "endpointeditor.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "enrolmentfactory.h"
#include "errorbanner.h"
#include "keyring.h"
#include "mainwindow.h"
#include "manageprofilesdialog.h"
#include "memorycredentialstore.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "sandboxprocess.h"
#include "shownwindow.h"
#include "secretclipboard.h"
#include "shortcutaudit.h"
#include "signaturecheckerdialog.h"
#include "signingsecretdialog.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

class TestKeyboardSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabReachesEveryPartAndLeavesTheTable();
    void arrowsMoveInTheTable();
    void summaryDoesNotTickEverySecond();
    void errorBannerIsAnAlertAndOffersFocus();
    void quickFiltersArePressedButtons();
    void noKeyIsClaimedTwiceInTheMainWindow();
    void noKeyIsClaimedTwiceInAnyDialog();

private:
    bool waitLoaded();
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("endpointTable")); }
    void selectRow(int row);
    int rowWhere(const std::function<bool(const WebhookEndpoint &)> &matches) const;

    QTemporaryDir m_settingsDir;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
    MainWindow *m_window = nullptr;
};

void TestKeyboardSandbox::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OptimalDialTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("30"), QStringLiteral("--rate-limit"),
                              QStringLiteral("1000")}),
             qPrintable(m_sandbox.errorString()));
}

void TestKeyboardSandbox::init()
{
    m_client = new ApiClient(&m_nam, this);
    QVERIFY(m_client->configure(m_sandbox.baseUrl(), SandboxProcess::keyA()));
    m_window = new MainWindow(m_client);
    QVERIFY(showActive(m_window, QSize(1280, 760)));
    QVERIFY(waitLoaded());
}

void TestKeyboardSandbox::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_client;
    m_client = nullptr;
}

bool TestKeyboardSandbox::waitLoaded()
{
    return refreshAndWait(m_window);
}

void TestKeyboardSandbox::selectRow(int row)
{
    const QModelIndex index = table()->model()->index(row, 0);
    table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int TestKeyboardSandbox::rowWhere(const std::function<bool(const WebhookEndpoint &)> &matches) const
{
    const QAbstractItemModel *model = table()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString id = model->index(r, 0).data(EndpointTableModel::EndpointIdRole).toString();
        if (matches(m_window->model()->endpointAt(m_window->model()->rowOfId(id))))
            return r;
    }
    return -1;
}

void TestKeyboardSandbox::tabReachesEveryPartAndLeavesTheTable()
{
    selectRow(2);
    m_window->deliveriesDock()->show();
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setFocus(Qt::ShortcutFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), search);

    QList<QWidget *> visited{search};
    for (int i = 0; i < 80; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (focus == search)
            break;
        visited << focus;
    }
    QCOMPARE(QApplication::focusWidget(), search); // the chain comes round
    QStringList names;
    for (QWidget *w : std::as_const(visited))
        names << w->objectName() + QLatin1Char(':') + QString::fromLatin1(w->metaObject()->className());
    const QString chain = names.join(QStringLiteral(" > "));

    const auto reaches = [&](const std::function<bool(QWidget *)> &is) {
        return std::any_of(visited.cbegin(), visited.cend(), is);
    };
    // The quick filters are one stop (the chosen one); arrows move between them.
    auto *all = m_window->findChild<QToolButton *>(QStringLiteral("filterAll"));
    QVERIFY2(visited.contains(all), qPrintable(chain));
    QVERIFY2(visited.count(table()) == 1, qPrintable(chain)); // one stop: Tab leaves the table
    auto *details = m_window->findChild<DetailsPane *>();
    QVERIFY2(reaches([details](QWidget *w) { return qobject_cast<QPushButton *>(w) && details->isAncestorOf(w); }),
             qPrintable(chain));
    QVERIFY2(reaches([this](QWidget *w) { return m_window->deliveriesDock()->isAncestorOf(w); }), qPrintable(chain));
    QVERIFY2(reaches([](QWidget *w) { return w->objectName() == QLatin1String("profileSwitcher"); }), qPrintable(chain));
    // In this order: search and filters, then the table, then the details, then deliveries.
    const int tableAt = int(visited.indexOf(table()));
    const auto firstIndex = [&](const std::function<bool(QWidget *)> &is) {
        return int(std::find_if(visited.cbegin(), visited.cend(), is) - visited.cbegin());
    };
    QVERIFY2(firstIndex([](QWidget *w) { return w->objectName() == QLatin1String("filterAll"); }) < tableAt, qPrintable(chain));
    QVERIFY2(firstIndex([details](QWidget *w) { return details->isAncestorOf(w); }) > tableAt, qPrintable(chain));
    // Tabbing through did not move the selection.
    QCOMPARE(table()->currentIndex().row(), 2);

    all->setFocus(Qt::TabFocusReason);
    QTest::keyClick(all, Qt::Key_Right);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("filterFailing"));
}

void TestKeyboardSandbox::arrowsMoveInTheTable()
{
    selectRow(0);
    table()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(table()->hasFocus());
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(table()->currentIndex().row(), 1);
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(table()->currentIndex().row(), 2);
    QTest::keyClick(table(), Qt::Key_Up);
    QCOMPARE(table()->currentIndex().row(), 1);
    QTest::keyClick(table(), Qt::Key_Tab);
    QVERIFY(!table()->hasFocus());
    QCOMPARE(table()->currentIndex().row(), 1);
}

void TestKeyboardSandbox::summaryDoesNotTickEverySecond()
{
    // A screen reader hears the status bar's summary change: it changes when something
    // does, not each second ("refreshed 3 s ago", "refreshed 4 s ago", ...).
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("summary"));
    auto *tick = m_window->findChild<QTimer *>(QStringLiteral("summaryTick"));
    QVERIFY(summary && tick);
    const QString before = summary->text();
    QVERIFY2(before.contains(QLatin1String("refreshed")), qPrintable(before));
    QSignalSpy ticks(tick, &QTimer::timeout);
    QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 3, 10000);
    if (m_window->controller()->lastRefreshed().secsTo(QDateTime::currentDateTimeUtc()) < 60)
        QCOMPARE(summary->text(), before);
}

void TestKeyboardSandbox::errorBannerIsAnAlertAndOffersFocus()
{
    auto *banner = m_window->findChild<ErrorBanner *>();
    QAccessibleInterface *alert = QAccessible::queryAccessibleInterface(banner);
    QVERIFY(alert);
    QCOMPARE(alert->role(), QAccessible::AlertMessage);

    // The user is in the table: the banner is announced, the keyboard stays where it is.
    table()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(table()->hasFocus());
    m_window->showConnectionProblem(QStringLiteral("Cannot reach the server"), QStringLiteral("Connection refused"));
    QVERIFY(banner->isVisible());
    QVERIFY(table()->hasFocus());
    QCOMPARE(alert->text(QAccessible::Name), QStringLiteral("Cannot reach the server"));
    QCOMPARE(alert->text(QAccessible::Description), QStringLiteral("Connection refused"));

    // Nothing has focus: the banner takes it.
    banner->hide();
    table()->clearFocus();
    m_window->showConnectionProblem(QStringLiteral("Cannot reach the server"), QStringLiteral("Connection refused"));
    QTRY_VERIFY(banner->isAncestorOf(QApplication::focusWidget()));
}

void TestKeyboardSandbox::quickFiltersArePressedButtons()
{
    auto *failing = m_window->findChild<QToolButton *>(QStringLiteral("filterFailing"));
    QAccessibleInterface *button = QAccessible::queryAccessibleInterface(failing);
    QVERIFY(button);
    QCOMPARE(button->role(), QAccessible::Button); // not CheckBox
    QVERIFY(button->state().checkable);
    QVERIFY(!button->state().checked);
    QVERIFY(button->text(QAccessible::Name).startsWith(QLatin1String("Show failing endpoints")));
    QVERIFY(button->actionInterface());
    button->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QTRY_VERIFY(failing->isChecked());
    QVERIFY(button->state().checked && button->state().pressed);
    QVERIFY(table()->model()->rowCount() < m_window->model()->rowCount());
}

void TestKeyboardSandbox::noKeyIsClaimedTwiceInTheMainWindow()
{
    selectRow(0);
    m_window->deliveriesDock()->show();
    m_window->showConnectionProblem(QStringLiteral("Cannot reach the server"), QStringLiteral("Connection refused"));
    const ShortcutAudit audit(m_window);
    QVERIFY2(audit.clashes().isEmpty(), qPrintable(audit.clashes().join(QLatin1Char('\n'))));
    QVERIFY(audit.keyCount() > 10);
}

void TestKeyboardSandbox::noKeyIsClaimedTwiceInAnyDialog()
{
    const auto check = [](QWidget *dialog) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const ShortcutAudit audit(dialog);
        QVERIFY2(audit.clashes().isEmpty(),
                 qPrintable(dialog->windowTitle() + QLatin1String(": ") + audit.clashes().join(QLatin1Char('\n'))));
        QVERIFY2(audit.keyCount() >= 2, qPrintable(dialog->windowTitle()));
    };
    const int disabled = rowWhere([](const WebhookEndpoint &e) { return e.isAutoDisabled(); });
    const int healthy = rowWhere([](const WebhookEndpoint &e) { return e.state() == WebhookEndpoint::State::Healthy; });
    QVERIFY(disabled >= 0 && healthy >= 0);
    for (int row : {disabled, healthy}) {
        const QString id = table()->model()->index(row, 0).data(EndpointTableModel::EndpointIdRole).toString();
        const WebhookEndpoint endpoint = m_window->model()->endpointAt(m_window->model()->rowOfId(id));
        EditEndpointDialog edit(new EndpointEditor(m_client, endpoint));
        check(&edit);
    }
    EditEndpointDialog create(EndpointEditor::forNewEndpoint(m_client));
    check(&create);

    SecretClipboard clipboard;
    CreatedWebhook created;
    created.webhook = m_window->model()->endpointAt(0);
    created.secret = QStringLiteral("whsec_0123456789abcdef0123456789abcdef");
    SigningSecretDialog secret(created, &clipboard, nullptr);
    check(&secret);

    SignatureCheckerDialog checker;
    check(&checker);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    QVERIFY(profiles.add({QStringLiteral("Acme"), ProfileStore::defaultBaseUrl(), QStringLiteral("od_live_Acme")}));
    MemoryCredentialStore store;
    Keyring keyring(&store);
    EnrolmentFactory enrolments(&profiles, &keyring, &m_nam);
    ManageProfilesDialog manage(&profiles, &keyring, &enrolments);
    check(&manage);
    for (ProfileDialog::Mode mode : {ProfileDialog::Mode::FirstRun, ProfileDialog::Mode::AddProfile}) {
        ProfileDialog profile(mode, &enrolments);
        check(&profile);
    }
    ProfileDialog replace(ProfileDialog::Mode::ReplaceKey, &enrolments, profiles.profiles().constFirst());
    check(&replace);
}

QTEST_MAIN(TestKeyboardSandbox)
#include "tst_keyboard_sandbox.moc"
