// MemoryCredentialStore: the in-memory CredentialStore, and the asynchronous contract
// every store keeps (the callback runs later, exactly once, unless its context is gone).
#include "memorycredentialstore.h"

#include <QPointer>
#include <QtTest>
#include <memory>
#include <optional>

using Status = CredentialStore::Status;
using Result = CredentialStore::Result;

Q_DECLARE_METATYPE(CredentialStore::Status)

namespace {

struct Outcome
{
    int calls = 0;
    Result last;
};

// Records what a callback got.
struct Recorder
{
    std::shared_ptr<Outcome> outcome = std::make_shared<Outcome>();
    CredentialStore::Callback callback() const
    {
        return [o = outcome](const Result &r) {
            ++o->calls;
            o->last = r;
        };
    }
    int calls() const { return outcome->calls; }
    const Result &last() const { return outcome->last; }
};

const QString keyA = QStringLiteral("od_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
const QString keyB = QStringLiteral("od_live_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");

} // namespace

class TestMemoryCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void readUnknownIsNotFound();
    void writeThenRead();
    void writeReplaces();
    void profilesAreSeparate();
    void removeThenReadIsNotFound();
    void removeUnknownIsNotFound();
    void backToBackCallsSeeEachOther();
    void forcedStatus_data();
    void forcedStatus();
    void callbacksAreAsynchronous_data();
    void callbacksAreAsynchronous();
    void destroyedContextSkipsCallback_data();
    void destroyedContextSkipsCallback();
    void nullContextStillCalledBack();
    void describeEveryStatus_data();
    void describeEveryStatus();

private:
    Result run(const std::function<void(QObject *, CredentialStore::Callback)> &call);
};

Result TestMemoryCredentialStore::run(const std::function<void(QObject *, CredentialStore::Callback)> &call)
{
    const Recorder rec;
    call(this, rec.callback());
    if (!QTest::qWaitFor([&] { return rec.calls() > 0; }, 2000)) {
        qWarning("no callback in time");
        return Result{Status::Failed, QString(), QStringLiteral("test: no callback")};
    }
    if (rec.calls() != 1)
        qWarning("callback ran %d times", rec.calls());
    return rec.last();
}

void TestMemoryCredentialStore::readUnknownIsNotFound()
{
    MemoryCredentialStore store;
    const Result r = run([&](QObject *c, auto cb) { store.readKey(QStringLiteral("nobody"), c, cb); });
    QCOMPARE(r.status, Status::NotFound);
    QVERIFY(!r.ok());
    QVERIFY(r.secret.isEmpty());
}

void TestMemoryCredentialStore::writeThenRead()
{
    MemoryCredentialStore store;
    const Result w = run([&](QObject *c, auto cb) { store.writeKey(QStringLiteral("prod"), keyA, c, cb); });
    QCOMPARE(w.status, Status::Ok);
    QVERIFY(w.ok());
    const Result r = run([&](QObject *c, auto cb) { store.readKey(QStringLiteral("prod"), c, cb); });
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.secret, keyA);
}

void TestMemoryCredentialStore::writeReplaces()
{
    MemoryCredentialStore store;
    run([&](QObject *c, auto cb) { store.writeKey(QStringLiteral("prod"), keyA, c, cb); });
    QCOMPARE(run([&](QObject *c, auto cb) { store.writeKey(QStringLiteral("prod"), keyB, c, cb); }).status, Status::Ok);
    const Result r = run([&](QObject *c, auto cb) { store.readKey(QStringLiteral("prod"), c, cb); });
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.secret, keyB);
}

void TestMemoryCredentialStore::profilesAreSeparate()
{
    MemoryCredentialStore store;
    run([&](QObject *c, auto cb) { store.writeKey(QStringLiteral("prod"), keyA, c, cb); });
    run([&](QObject *c, auto cb) { store.writeKey(QStringLiteral("staging"), keyB, c, cb); });
    QCOMPARE(run([&](QObject *c, auto cb) { store.readKey(QStringLiteral("prod"), c, cb); }).secret, keyA);
    QCOMPARE(run([&](QObject *c, auto cb) { store.readKey(QStringLiteral("staging"), c, cb); }).secret, keyB);
    QCOMPARE(run([&](QObject *c, auto cb) { store.readKey(QStringLiteral("Prod"), c, cb); }).status, Status::NotFound);

    // Two stores do not share keys.
    MemoryCredentialStore other;
    QCOMPARE(run([&](QObject *c, auto cb) { other.readKey(QStringLiteral("prod"), c, cb); }).status, Status::NotFound);
}

void TestMemoryCredentialStore::removeThenReadIsNotFound()
{
    MemoryCredentialStore store;
    run([&](QObject *c, auto cb) { store.writeKey(QStringLiteral("prod"), keyA, c, cb); });
    run([&](QObject *c, auto cb) { store.writeKey(QStringLiteral("staging"), keyB, c, cb); });
    QCOMPARE(run([&](QObject *c, auto cb) { store.removeKey(QStringLiteral("prod"), c, cb); }).status, Status::Ok);
    QCOMPARE(run([&](QObject *c, auto cb) { store.readKey(QStringLiteral("prod"), c, cb); }).status, Status::NotFound);
    QCOMPARE(run([&](QObject *c, auto cb) { store.readKey(QStringLiteral("staging"), c, cb); }).secret, keyB);
}

void TestMemoryCredentialStore::removeUnknownIsNotFound()
{
    MemoryCredentialStore store;
    const Result r = run([&](QObject *c, auto cb) { store.removeKey(QStringLiteral("nobody"), c, cb); });
    // "Not there" is not an error: Ok or NotFound; the memory store says NotFound.
    QCOMPARE(r.status, Status::NotFound);
    run([&](QObject *c, auto cb) { store.writeKey(QStringLiteral("prod"), keyA, c, cb); });
    QCOMPARE(run([&](QObject *c, auto cb) { store.removeKey(QStringLiteral("prod"), c, cb); }).status, Status::Ok);
    QCOMPARE(run([&](QObject *c, auto cb) { store.removeKey(QStringLiteral("prod"), c, cb); }).status, Status::NotFound);
}

void TestMemoryCredentialStore::backToBackCallsSeeEachOther()
{
    // Issued without waiting in between: the read answers what the write stored.
    MemoryCredentialStore store;
    const Recorder written;
    const Recorder read;
    store.writeKey(QStringLiteral("prod"), keyA, this, written.callback());
    store.readKey(QStringLiteral("prod"), this, read.callback());
    QTRY_COMPARE_WITH_TIMEOUT(read.calls(), 1, 2000);
    QCOMPARE(written.calls(), 1);
    QCOMPARE(read.last().secret, keyA);
}

void TestMemoryCredentialStore::forcedStatus_data()
{
    QTest::addColumn<Status>("status");
    QTest::newRow("Unavailable") << Status::Unavailable;
    QTest::newRow("Denied") << Status::Denied;
    QTest::newRow("Failed") << Status::Failed;
}

void TestMemoryCredentialStore::forcedStatus()
{
    QFETCH(Status, status);
    MemoryCredentialStore store;
    run([&](QObject *c, auto cb) { store.writeKey(QStringLiteral("prod"), keyA, c, cb); });

    store.setForcedStatus(status);
    const Result read = run([&](QObject *c, auto cb) { store.readKey(QStringLiteral("prod"), c, cb); });
    QCOMPARE(read.status, status);
    QVERIFY(read.secret.isEmpty()); // the stored key does not leak through a failure
    QVERIFY(!read.message.isEmpty());
    QCOMPARE(read.message, CredentialStore::describe(status));
    const Result unknown = run([&](QObject *c, auto cb) { store.readKey(QStringLiteral("nobody"), c, cb); });
    QCOMPARE(unknown.status, status);
    const Result write = run([&](QObject *c, auto cb) { store.writeKey(QStringLiteral("prod"), keyB, c, cb); });
    QCOMPARE(write.status, status);
    QVERIFY(!write.message.isEmpty());
    const Result remove = run([&](QObject *c, auto cb) { store.removeKey(QStringLiteral("prod"), c, cb); });
    QCOMPARE(remove.status, status);

    // A failed write stored nothing and a failed remove removed nothing.
    store.setForcedStatus(Status::Ok);
    const Result after = run([&](QObject *c, auto cb) { store.readKey(QStringLiteral("prod"), c, cb); });
    QCOMPARE(after.status, Status::Ok);
    QCOMPARE(after.secret, keyA);
}

void TestMemoryCredentialStore::callbacksAreAsynchronous_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<bool>("forced");
    for (const char *call : {"read", "write", "remove"}) {
        QTest::newRow(call) << QString::fromLatin1(call) << false;
        QTest::newRow(qPrintable(QStringLiteral("%1, forced").arg(QLatin1String(call)))) << QString::fromLatin1(call)
                                                                                          << true;
    }
}

void TestMemoryCredentialStore::callbacksAreAsynchronous()
{
    QFETCH(QString, call);
    QFETCH(bool, forced);
    MemoryCredentialStore store;
    if (forced)
        store.setForcedStatus(Status::Unavailable);
    const Recorder outcome;
    if (call == QLatin1String("read"))
        store.readKey(QStringLiteral("prod"), this, outcome.callback());
    else if (call == QLatin1String("write"))
        store.writeKey(QStringLiteral("prod"), keyA, this, outcome.callback());
    else
        store.removeKey(QStringLiteral("prod"), this, outcome.callback());
    QCOMPARE(outcome.calls(), 0); // not before the call returns
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls(), 1, 2000);

    // ...and exactly once: a later call's answer comes after any repeat would have.
    const Recorder laterOutcome;
    store.readKey(QStringLiteral("other"), this, laterOutcome.callback());
    QTRY_COMPARE_WITH_TIMEOUT(laterOutcome.calls(), 1, 2000);
    QCOMPARE(outcome.calls(), 1);
}

void TestMemoryCredentialStore::destroyedContextSkipsCallback_data()
{
    QTest::addColumn<QString>("call");
    QTest::newRow("read") << QStringLiteral("read");
    QTest::newRow("write") << QStringLiteral("write");
    QTest::newRow("remove") << QStringLiteral("remove");
}

void TestMemoryCredentialStore::destroyedContextSkipsCallback()
{
    QFETCH(QString, call);
    MemoryCredentialStore store;
    auto *context = new QObject;
    const Recorder outcome;
    if (call == QLatin1String("read"))
        store.readKey(QStringLiteral("prod"), context, outcome.callback());
    else if (call == QLatin1String("write"))
        store.writeKey(QStringLiteral("prod"), keyA, context, outcome.callback());
    else
        store.removeKey(QStringLiteral("prod"), context, outcome.callback());
    delete context;

    // A call made afterwards with a living context is answered after the first one.
    const Recorder sentinelOutcome;
    store.readKey(QStringLiteral("prod"), this, sentinelOutcome.callback());
    QTRY_COMPARE_WITH_TIMEOUT(sentinelOutcome.calls(), 1, 2000);
    QCOMPARE(outcome.calls(), 0);
    if (call == QLatin1String("write")) // the work itself was still done
        QCOMPARE(sentinelOutcome.last().secret, keyA);
}

void TestMemoryCredentialStore::nullContextStillCalledBack()
{
    MemoryCredentialStore store;
    const Recorder outcome;
    store.writeKey(QStringLiteral("prod"), keyA, nullptr, outcome.callback());
    QCOMPARE(outcome.calls(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls(), 1, 2000);
    QCOMPARE(outcome.last().status, Status::Ok);
}

void TestMemoryCredentialStore::describeEveryStatus_data()
{
    QTest::addColumn<Status>("status");
    QTest::newRow("Ok") << Status::Ok;
    QTest::newRow("NotFound") << Status::NotFound;
    QTest::newRow("Unavailable") << Status::Unavailable;
    QTest::newRow("Denied") << Status::Denied;
    QTest::newRow("Failed") << Status::Failed;
}

void TestMemoryCredentialStore::describeEveryStatus()
{
    QFETCH(Status, status);
    const QString text = CredentialStore::describe(status);
    QVERIFY(!text.isEmpty());
    // Each status has its own sentence.
    for (Status other : {Status::Ok, Status::NotFound, Status::Unavailable, Status::Denied, Status::Failed}) {
        if (other != status)
            QVERIFY(CredentialStore::describe(other) != text);
    }
}

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "tst_credentialstore_memory.moc"
