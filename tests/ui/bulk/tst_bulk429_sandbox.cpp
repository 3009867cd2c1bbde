// A bulk change that meets a 429: the sandbox allows 3 writes a minute while the app is
// set to 600, so the fourth PATCH is refused. The queue stops every write for the
// server's Retry-After, the window says so with a countdown, and then that same PATCH
// goes again: every row ends switched off, each PATCH accepted exactly once.
#include "bulkwindow.h"
#include "writequeue.h"

#include <QLabel>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

class TestBulk429Sandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bulkChangeWaitsOutA429AndFinishesEveryRow();

private:
    QTemporaryDir m_settingsDir;
    SandboxProcess m_sandbox;
    BulkWindow m_w;
};

void TestBulk429Sandbox::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OptimalDialTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_bulk429"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("10"), QStringLiteral("--rate-limit"),
                              QStringLiteral("3"), QStringLiteral("--ping-delay-ms"), QStringLiteral("0")}),
             qPrintable(m_sandbox.errorString()));
}

void TestBulk429Sandbox::bulkChangeWaitsOutA429AndFinishesEveryRow()
{
    QVERIFY(m_w.open(m_sandbox, 600)); // higher than the server's 3: a 429 comes
    const QStringList rows = m_w.ids(true, 5);
    QCOMPARE(rows.size(), 5);
    m_w.select(rows);
    m_w.actions()->disableAction()->trigger();

    // The wait is said, and counted down, in the status bar and in the progress.
    const QRegularExpression waiting(QStringLiteral("^Waiting (\\d+) s: the server asked us to slow down$"));
    QLabel *statusWait = m_w.window()->statusBar()->findChild<QLabel *>(QStringLiteral("writeWaitLabel"));
    QVERIFY(statusWait);
    QTRY_VERIFY_WITH_TIMEOUT(statusWait->isVisible(), BulkWindow::Slow);
    const QRegularExpressionMatch first = waiting.match(statusWait->text());
    QVERIFY2(first.hasMatch(), qPrintable(statusWait->text()));
    QVERIFY(first.captured(1).toInt() >= 1 && first.captured(1).toInt() <= 60);
    QLabel *progressWait = m_w.progress()->findChild<QLabel *>(QStringLiteral("writeWaitLabel"));
    QVERIFY(progressWait && progressWait->isVisible());
    QCOMPARE(m_w.bulk()->writesDone(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(waiting.match(statusWait->text()).captured(1).toInt() < first.captured(1).toInt(), 5000);

    QTRY_VERIFY_WITH_TIMEOUT(!m_w.bulk()->isRunning(), 90000);
    QVERIFY(!statusWait->isVisible());
    QCOMPARE(m_w.bulk()->count(BulkChange::Outcome::Changed), 5);
    for (const QString &id : rows)
        QVERIFY(!m_w.endpoint(id).isActive);
    QCOMPARE(WriteQueue::of(m_w.client())->rateLimitedCount(), 1);
    // Five accepted, one refused and sent again: each row written once.
    QList<int> statuses;
    QStringList accepted;
    for (const QJsonObject &p : m_w.received("PATCH")) {
        statuses << p.value(QLatin1String("status")).toInt();
        if (statuses.last() == 200)
            accepted << p.value(QLatin1String("path")).toString().section(QLatin1Char('/'), -1);
    }
    QCOMPARE(statuses, (QList<int>{200, 200, 200, 429, 200, 200}));
    QStringList expected = rows;
    expected.sort();
    accepted.sort(); // sent in table order
    QCOMPARE(accepted, expected);
}

QTEST_MAIN(TestBulk429Sandbox)
#include "tst_bulk429_sandbox.moc"
