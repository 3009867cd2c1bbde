// Search and filters in the main window against the real sandbox: "zurich" finds
// "Zürich", the event filter with the quick filters and search, and the message when
// they hide every row ("No endpoint matches …" with Clear Search / Clear Filters),
// which an empty list never shows.
#include "apiclient.h"
#include "endpointfilterproxymodel.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "mainwindow.h"
#include "nomatchplaceholder.h"
#include "sandboxprocess.h"
#include "shownwindow.h"

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
#include <QToolButton>
#include <QtTest>

class TestMainWindowSearchSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void zurichFindsZuerich();
    void eventFilterCombinesWithQuickFiltersAndSearch();
    void searchFindsEventNames();
    void emptyResultSaysSoAndClearsSearch();
    void emptyResultNamesTheFiltersAndClearsThem();
    void emptyListIsNotANoMatch();

private:
    bool waitLoaded();
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("endpointTable")); }
    QLineEdit *search() const { return m_window->findChild<QLineEdit *>(QStringLiteral("searchField")); }
    QComboBox *events() const { return m_window->findChild<QComboBox *>(QStringLiteral("eventFilter")); }
    NoMatchPlaceholder *noMatch() const
    {
        return m_window->findChild<NoMatchPlaceholder *>(QStringLiteral("noMatchPlaceholder"));
    }
    QList<WebhookEndpoint> shown() const;

    QTemporaryDir m_settingsDir;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindowSearchSandbox::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OptimalDialTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow_search"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("60"), QStringLiteral("--rate-limit"),
                              QStringLiteral("1000")}),
             qPrintable(m_sandbox.errorString()));
}

void TestMainWindowSearchSandbox::init()
{
    QSettings().clear();
    m_client = new ApiClient(&m_nam, this);
    QVERIFY(m_client->configure(m_sandbox.baseUrl(), SandboxProcess::keyA()));
    m_window = new MainWindow(m_client);
    QVERIFY(showActive(m_window, QSize(1280, 760)));
}

void TestMainWindowSearchSandbox::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_client;
    m_client = nullptr;
}

bool TestMainWindowSearchSandbox::waitLoaded()
{
    return refreshAndWait(m_window);
}

QList<WebhookEndpoint> TestMainWindowSearchSandbox::shown() const
{
    QList<WebhookEndpoint> list;
    const QAbstractItemModel *model = table()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString id = model->index(r, 0).data(EndpointTableModel::EndpointIdRole).toString();
        list << m_window->model()->endpointAt(m_window->model()->rowOfId(id));
    }
    return list;
}

void TestMainWindowSearchSandbox::zurichFindsZuerich()
{
    QVERIFY(waitLoaded());
    int zuerich = 0;
    for (const WebhookEndpoint &e : m_window->model()->endpoints())
        zuerich += e.description.contains(QStringLiteral("Z\u00fcrich")) || e.url.contains(QStringLiteral("z\u00fcrich"));
    QVERIFY2(zuerich > 0, "the sandbox's sample data has a Zürich description");
    QTest::keyClicks(search(), QStringLiteral("zurich"));
    QTRY_COMPARE(table()->model()->rowCount(), zuerich);
    for (const WebhookEndpoint &e : shown())
        QVERIFY2(e.description.contains(QStringLiteral("Z\u00fcrich")), qPrintable(e.description));
    QVERIFY(!noMatch()->isVisible());
}

void TestMainWindowSearchSandbox::eventFilterCombinesWithQuickFiltersAndSearch()
{
    QVERIFY(waitLoaded());
    QComboBox *combo = events();
    QVERIFY(combo);
    QVERIFY(!combo->accessibleName().isEmpty());
    QCOMPARE(combo->count(), 1 + int(EventTypeNames::all().size()));
    // The label names the combo (a buddy, for screen readers and Alt+S).
    bool labelled = false;
    for (QLabel *label : m_window->findChildren<QLabel *>())
        labelled = labelled || label->buddy() == combo;
    QVERIFY(labelled);

    auto subscribedTo = [](const QList<WebhookEndpoint> &list, EventType type) {
        return std::all_of(list.cbegin(), list.cend(), [type](const WebhookEndpoint &e) { return e.events.testFlag(type); });
    };
    int created = 0, failingCreated = 0;
    for (const WebhookEndpoint &e : m_window->model()->endpoints()) {
        created += e.events.testFlag(EventType::UploadCreated);
        failingCreated += e.events.testFlag(EventType::UploadCreated) && e.state() == WebhookEndpoint::State::Failing;
    }
    QVERIFY(created > 0 && created < m_window->model()->rowCount());

    combo->setCurrentIndex(combo->findData(int(EventType::UploadCreated)));
    QTRY_COMPARE(table()->model()->rowCount(), created);
    QVERIFY(subscribedTo(shown(), EventType::UploadCreated));

    // With a quick filter.
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("filterFailing")), Qt::LeftButton);
    QTRY_COMPARE(table()->model()->rowCount(), failingCreated);
    for (const WebhookEndpoint &e : shown())
        QCOMPARE(e.state(), WebhookEndpoint::State::Failing);
    QVERIFY(subscribedTo(shown(), EventType::UploadCreated));

    // With a search too: hosts of the rows shown narrow them further.
    if (failingCreated > 0) {
        const QString host = QUrl(shown().constFirst().url).host();
        QTest::keyClicks(search(), host);
        QTRY_VERIFY(table()->model()->rowCount() >= 1);
        for (const WebhookEndpoint &e : shown()) {
            QVERIFY(e.url.contains(host) && e.events.testFlag(EventType::UploadCreated));
            QCOMPARE(e.state(), WebhookEndpoint::State::Failing);
        }
    }

    // Any event again: the quick filter and search alone.
    search()->clear();
    combo->setCurrentIndex(0);
    int failing = 0;
    for (const WebhookEndpoint &e : m_window->model()->endpoints())
        failing += e.state() == WebhookEndpoint::State::Failing;
    QTRY_COMPARE(table()->model()->rowCount(), failing);
}

void TestMainWindowSearchSandbox::searchFindsEventNames()
{
    QVERIFY(waitLoaded());
    int created = 0;
    for (const WebhookEndpoint &e : m_window->model()->endpoints())
        created += e.events.testFlag(EventType::UploadCreated);
    QTest::keyClicks(search(), QStringLiteral("upload.created"));
    QTRY_COMPARE(table()->model()->rowCount(), created);
    search()->clear();
    QTest::keyClicks(search(), QStringLiteral("Upload created"));
    QTRY_COMPARE(table()->model()->rowCount(), created);
}

void TestMainWindowSearchSandbox::emptyResultSaysSoAndClearsSearch()
{
    QVERIFY(waitLoaded());
    NoMatchPlaceholder *message = noMatch();
    QVERIFY(message);
    QVERIFY(!message->isVisible());
    QTest::keyClicks(search(), QStringLiteral("no-such-endpoint"));
    QTRY_COMPARE(table()->model()->rowCount(), 0);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("No endpoint matches \u201cno-such-endpoint\u201d")),
             qPrintable(message->text()));
    // Over the rows, under the headers: the message covers the view's viewport.
    QCOMPARE(message->geometry(), table()->viewport()->rect());
    // Another text that matches nothing: the message follows it.
    QTest::keyClicks(search(), QStringLiteral("-either"));
    QTRY_VERIFY(message->text().contains(QStringLiteral("no-such-endpoint-either")));

    auto *clearSearch = message->findChild<QPushButton *>(QStringLiteral("noMatchClearSearch"));
    auto *clearFilters = message->findChild<QPushButton *>(QStringLiteral("noMatchClearFilters"));
    QVERIFY(clearSearch && clearFilters);
    QVERIFY(clearSearch->isVisible());
    QVERIFY(!clearFilters->isVisible()); // no filter is on
    QVERIFY(clearSearch->focusPolicy() & Qt::TabFocus);
    QCOMPARE(QAccessible::queryAccessibleInterface(clearSearch)->text(QAccessible::Name), QStringLiteral("Clear Search"));
    // Reached from the search field with the keyboard, and pressed with it.
    search()->setFocus();
    QTRY_VERIFY(search()->hasFocus());
    for (int i = 0; i < 20 && !clearSearch->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(clearSearch->hasFocus());
    QTest::keyClick(clearSearch, Qt::Key_Space);
    QCOMPARE(search()->text(), QString());
    QTRY_COMPARE(table()->model()->rowCount(), m_window->model()->rowCount());
    QVERIFY(!message->isVisible());
}

void TestMainWindowSearchSandbox::emptyResultNamesTheFiltersAndClearsThem()
{
    QVERIFY(waitLoaded());
    // Inactive endpoints failing: none can be (an inactive endpoint is not failing), so
    // Inactive with the search for a failing row's id shows nothing.
    QString failingId;
    for (const WebhookEndpoint &e : m_window->model()->endpoints()) {
        if (e.state() == WebhookEndpoint::State::Failing)
            failingId = e.id;
    }
    QVERIFY(!failingId.isEmpty());
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("filterInactive")), Qt::LeftButton);
    events()->setCurrentIndex(events()->findData(int(EventType::UploadFailed)));
    QTest::keyClicks(search(), failingId);
    QTRY_COMPARE(table()->model()->rowCount(), 0);
    NoMatchPlaceholder *message = noMatch();
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Inactive")) && message->text().contains(QStringLiteral("Upload failed")),
             qPrintable(message->text()));
    auto *clearSearch = message->findChild<QPushButton *>(QStringLiteral("noMatchClearSearch"));
    auto *clearFilters = message->findChild<QPushButton *>(QStringLiteral("noMatchClearFilters"));
    QVERIFY(clearSearch->isVisible() && clearFilters->isVisible());

    QTest::mouseClick(clearFilters, Qt::LeftButton);
    QCOMPARE(events()->currentIndex(), 0);
    QVERIFY(m_window->findChild<QToolButton *>(QStringLiteral("filterAll"))->isChecked());
    QCOMPARE(m_window->proxy()->quickFilter(), EndpointFilterProxyModel::QuickFilter::All);
    QCOMPARE(m_window->proxy()->eventFilter(), EventTypes());
    QTRY_COMPARE(table()->model()->rowCount(), 1); // the search alone finds it
    QVERIFY(!message->isVisible());
    QCOMPARE(search()->text(), failingId);

    // Filters alone hiding every row: the message says the filters, no search to clear.
    search()->clear();
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("filterInactive")), Qt::LeftButton);
    int inactiveCreatedOnly = 0;
    for (const WebhookEndpoint &e : m_window->model()->endpoints())
        inactiveCreatedOnly += e.state() == WebhookEndpoint::State::Inactive && e.events == EventTypes(EventType::UploadCreated);
    if (inactiveCreatedOnly == 0) {
        events()->setCurrentIndex(events()->findData(int(EventType::UploadCreated)));
        int inactiveCreated = 0;
        for (const WebhookEndpoint &e : m_window->model()->endpoints())
            inactiveCreated += e.state() == WebhookEndpoint::State::Inactive && e.events.testFlag(EventType::UploadCreated);
        QTRY_COMPARE(table()->model()->rowCount(), inactiveCreated);
        QCOMPARE(message->isVisible(), inactiveCreated == 0);
        if (inactiveCreated == 0) {
            QVERIFY(message->text().startsWith(QStringLiteral("No endpoint passes the filters")));
            QVERIFY(!clearSearch->isVisible());
            QVERIFY(clearFilters->isVisible());
        }
    }
}

void TestMainWindowSearchSandbox::emptyListIsNotANoMatch()
{
    // Nothing loaded yet: a search matches nothing, but the list is empty, not filtered.
    QTest::keyClicks(search(), QStringLiteral("anything"));
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(!noMatch()->isVisible());
    QVERIFY(waitLoaded());
    QTRY_VERIFY(noMatch()->isVisible());
}

QTEST_MAIN(TestMainWindowSearchSandbox)
#include "tst_mainwindow_search_sandbox.moc"
