// Disposal: what is handed over is freed off the GUI thread, once the events waiting
// there have been handled, one after another in the order handed over, each task's
// `afterwards` after its free.

#include "disposal.h"

#include <QMutex>
#include <QStringList>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>

namespace {

QMutex logLock;
QStringList notes;
QList<QThread *> threads;

void note(const QString &what)
{
    QMutexLocker locker(&logLock);
    notes << what;
    threads << QThread::currentThread();
}

struct Probe
{
    QString name;
    ~Probe() { note(name); }
};

int noteCount()
{
    QMutexLocker locker(&logLock);
    return int(notes.size());
}

void givenBack() { note(QStringLiteral("given back")); }

} // namespace

class TestDisposal : public QObject
{
    Q_OBJECT

private slots:
    void freesInOrderOffTheGuiThreadAfterPendingEvents();
};

void TestDisposal::freesInOrderOffTheGuiThreadAfterPendingEvents()
{
    auto a = std::make_shared<Probe>(Probe{QStringLiteral("a")});
    auto b = std::make_shared<Probe>(Probe{QStringLiteral("b")});
    auto c = std::make_shared<Probe>(Probe{QStringLiteral("c")});
    notes.clear(); // the temporaries above were noted
    threads.clear();
    Disposal::later(std::move(a));
    Disposal::later(std::move(b), &givenBack);
    Disposal::later(std::move(c));
    QVERIFY(!a && !b && !c); // handed over
    Disposal::pool()->waitForDone();
    QCOMPARE(noteCount(), 0); // not before the events waiting on this thread
    QTRY_COMPARE(noteCount(), 4);
    Disposal::pool()->waitForDone();
    QCOMPARE(notes, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("given back"),
                               QStringLiteral("c")}));
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t != QThread::currentThread());
        QCOMPARE(t, threads.constFirst());
    }
}

QTEST_GUILESS_MAIN(TestDisposal)
#include "tst_disposal.moc"
