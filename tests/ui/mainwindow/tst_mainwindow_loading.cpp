// The main window while the first list is on its way over a slow link: a placeholder
// that says how much has arrived stands where the table will be, and gives way to the
// table once the list is in.

#include "apiclient.h"
#include "endpointfilterproxymodel.h"
#include "endpointlistcontroller.h"
#include "loadingplaceholder.h"
#include "mainwindow.h"
#include "miniserver.h"
#include "unitsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString ApiKey = QStringLiteral("od_live_LoadingTestKeyAAAAAAAAAAAAAAAAAA");
constexpr int Endpoints = 300;
constexpr int PieceBytes = 8 * 1024;

QByteArray listBody()
{
    QJsonArray list;
    for (int i = 0; i < Endpoints; ++i)
        list.append(UnitSupport::endpointJson(QStringLiteral("7d1c3b0e-2f4a-4c5e-9a8b-%1").arg(i, 12, 10, QLatin1Char('0'))));
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QString sizeText(qint64 bytes) { return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat); }

} // namespace

class TestMainWindowLoading : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstLoadShowsBytesReceivedThenTheTable();
    void aRefreshKeepsTheTable();

private:
    // Serves the list in pieces of PieceBytes, one every `intervalMs`.
    void serveSlowly(int intervalMs);

    QTemporaryDir m_settingsDir;
    MiniServer m_server;
    QByteArray m_body;
};

void TestMainWindowLoading::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OptimalDialTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow_loading"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(m_server.isListening());
    m_body = listBody();
    QVERIFY(m_body.size() > 20 * PieceBytes);
}

void TestMainWindowLoading::serveSlowly(int intervalMs)
{
    const QByteArray body = m_body;
    m_server.setHandler([body, intervalMs](const HttpRequest &) {
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        MiniServer::Answer answer{head + body.left(PieceBytes)};
        auto sent = std::make_shared<qsizetype>(PieceBytes);
        answer.stream = [body, sent] {
            const QByteArray piece = body.mid(*sent, PieceBytes);
            *sent += piece.size();
            return piece;
        };
        answer.streamIntervalMs = intervalMs;
        return answer;
    });
}

void TestMainWindowLoading::firstLoadShowsBytesReceivedThenTheTable()
{
    serveSlowly(60);
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(m_server.url(), ApiKey));
    MainWindow window(&client);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *placeholder = window.findChild<LoadingPlaceholder *>(QStringLiteral("loadingPlaceholder"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("endpointTable"));
    QVERIFY(placeholder && table);
    QVERIFY(!placeholder->isVisible()); // nothing asked yet

    window.refresh();
    QTRY_VERIFY(placeholder->isVisible());
    QVERIFY(!table->isVisible());
    // Part of the list has arrived, and the placeholder says how much of how much.
    const QString ofTotal = QStringLiteral(" of %1 received").arg(sizeText(m_body.size()));
    QTRY_VERIFY_WITH_TIMEOUT(placeholder->text().contains(ofTotal), 10000);
    const QString partial = placeholder->text();
    QVERIFY2(!partial.contains(sizeText(m_body.size()) + ofTotal), qPrintable(partial)); // not all of it
    auto *progress = placeholder->findChild<QLabel *>(QStringLiteral("loadingProgressText"));
    QVERIFY(progress && progress->isVisible());
    QVERIFY2(progress->text().endsWith(ofTotal), qPrintable(progress->text()));
    // It moves on as more arrives.
    QTRY_VERIFY_WITH_TIMEOUT(placeholder->text() != partial, 10000);

    // Once the list is in: the table, every row, and no placeholder.
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible(), 30000);
    QVERIFY(!placeholder->isVisible());
    QCOMPARE(window.proxy()->rowCount(), Endpoints);
    QVERIFY(window.controller()->hasLoaded());
}

void TestMainWindowLoading::aRefreshKeepsTheTable()
{
    serveSlowly(0);
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    QVERIFY(client.configure(m_server.url(), ApiKey));
    MainWindow window(&client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *placeholder = window.findChild<LoadingPlaceholder *>(QStringLiteral("loadingPlaceholder"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("endpointTable"));
    QSignalSpy refreshed(window.controller(), &EndpointListController::refreshed);
    window.refresh();
    QVERIFY(refreshed.wait(15000));
    QTRY_VERIFY(table->isVisible());

    // A later refresh over the same slow link: the table stays, rows and all.
    serveSlowly(60);
    QSignalSpy loading(window.controller(), &EndpointListController::loadingChanged);
    window.refresh();
    QTRY_VERIFY(window.controller()->isLoading());
    QVERIFY(table->isVisible());
    QVERIFY(!placeholder->isVisible());
    QCOMPARE(window.proxy()->rowCount(), Endpoints);
    QVERIFY(refreshed.wait(30000));
    QVERIFY(table->isVisible());
}

QTEST_MAIN(TestMainWindowLoading)
#include "tst_mainwindow_loading.moc"
