// AfterPendingPaint: a call posted in a turn that made a widget dirty runs after that
// widget's paint, whichever was asked for first, and before anything posted later at a
// lower priority; calls run in the order they were made.

#include "afterpendingpaint.h"

#include <QApplication>
#include <QPaintEvent>
#include <QStringList>
#include <QTest>
#include <QWidget>

class RecordingWidget : public QWidget
{
public:
    explicit RecordingWidget(QStringList *log) : m_log(log) {}

protected:
    void paintEvent(QPaintEvent *) override { m_log->append(QStringLiteral("paint")); }

private:
    QStringList *m_log;
};

class TestAfterPendingPaint : public QObject
{
    Q_OBJECT

private slots:
    void runsAfterThePaintRequestedInTheSameTurn();
    void callsRunInTheOrderMade();
};

void TestAfterPendingPaint::runsAfterThePaintRequestedInTheSameTurn()
{
    QStringList log;
    RecordingWidget widget(&log);
    widget.resize(200, 100);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTRY_VERIFY(log.contains(QStringLiteral("paint")));
    log.clear();

    // As in a refresh: background work asked for first, then the rows changed (the view
    // asks for a paint), both in one turn.
    AfterPendingPaint::call([&log] { log.append(QStringLiteral("call")); });
    widget.update();
    QTRY_COMPARE(log, (QStringList{QStringLiteral("paint"), QStringLiteral("call")}));

    // With nothing to paint, the call still runs.
    log.clear();
    AfterPendingPaint::call([&log] { log.append(QStringLiteral("call")); });
    QTRY_COMPARE(log, QStringList{QStringLiteral("call")});
}

void TestAfterPendingPaint::callsRunInTheOrderMade()
{
    QStringList log;
    for (int i = 0; i < 5; ++i)
        AfterPendingPaint::call([&log, i] { log.append(QString::number(i)); });
    QVERIFY(log.isEmpty()); // not at once
    QTRY_COMPARE(log, (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                   QStringLiteral("3"), QStringLiteral("4")}));
}

QTEST_MAIN(TestAfterPendingPaint)
#include "tst_afterpendingpaint.moc"
