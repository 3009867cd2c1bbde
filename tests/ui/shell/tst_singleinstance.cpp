// SingleInstance: the first claim of a scope runs, a later one of the same scope hands its
// profile over and is answered, another scope is another instance, and what a crashed run
// left behind (a lock of a process that is gone, a socket nobody listens on) blocks nothing.
// Real lock files and local sockets in a temporary runtime folder.
#include "singleinstance.h"

#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {
// A later launch, on a thread of its own: the running instance answers on this one's event loop.
QFuture<SingleInstance::Role> launchLater(const QString &scope, const QString &profile)
{
    return QtConcurrent::run([scope, profile] {
        SingleInstance later(scope);
        return later.claim(profile);
    });
}
} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void aLaterLaunchHandsItsProfileToTheRunningOne();
    void anotherScopeIsAnotherInstance();
    void whatACrashedRunLeftBlocksNothing();
    void theNextRunTakesOverAfterAnExit();

private:
    QTemporaryDir m_runtime;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    QFile::setPermissions(m_runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
}

void TestSingleInstance::aLaterLaunchHandsItsProfileToTheRunningOne()
{
    SingleInstance running(QStringLiteral("scope-one"));
    QSignalSpy asked(&running, &SingleInstance::activationRequested);
    QCOMPARE(running.claim(QString()), SingleInstance::Role::Primary);
    QVERIFY(running.socketName().startsWith(m_runtime.path()));
    QVERIFY(QFile::exists(running.lockFileName()));

    QFuture<SingleInstance::Role> later = launchLater(QStringLiteral("scope-one"), QStringLiteral("Acme"));
    QTRY_VERIFY_WITH_TIMEOUT(later.isFinished(), 15000);
    QCOMPARE(later.result(), SingleInstance::Role::Forwarded);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("Acme"));

    later = launchLater(QStringLiteral("scope-one"), QString());
    QTRY_VERIFY_WITH_TIMEOUT(later.isFinished(), 15000);
    QCOMPARE(later.result(), SingleInstance::Role::Forwarded);
    QCOMPARE(asked.count(), 2);
    QCOMPARE(asked.at(1).at(0).toString(), QString());
}

void TestSingleInstance::anotherScopeIsAnotherInstance()
{
    SingleInstance user(QStringLiteral("/home/a\n/home/a/.config/OptimalDial/optimaldial-webhooks.conf"));
    SingleInstance demo(QStringLiteral("/home/a\n/tmp/odwh-demo-settings.1/OptimalDial/optimaldial-webhooks.conf"));
    QVERIFY(user.socketName() != demo.socketName());
    QCOMPARE(user.claim(QString()), SingleInstance::Role::Primary);
    QCOMPARE(demo.claim(QString()), SingleInstance::Role::Primary);
}

void TestSingleInstance::whatACrashedRunLeftBlocksNothing()
{
    const QString scope = QStringLiteral("scope-crashed");
    QString socketName;
    QString lockName;
    {
        const SingleInstance probe(scope);
        socketName = probe.socketName();
        lockName = probe.lockFileName();
    }
    // The lock of a process that has ended, in QLockFile's format (pid, app, host).
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());
    QFile lock(lockName);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(pid) + "\noptimaldial-webhooks\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    lock.close();
    // Its socket, bound and never answered again.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(socketName);
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFile::exists(socketName));

    SingleInstance next(scope);
    QSignalSpy asked(&next, &SingleInstance::activationRequested);
    QCOMPARE(next.claim(QString()), SingleInstance::Role::Primary);
    QFuture<SingleInstance::Role> later = launchLater(scope, QStringLiteral("Acme"));
    QTRY_VERIFY_WITH_TIMEOUT(later.isFinished(), 15000);
    QCOMPARE(later.result(), SingleInstance::Role::Forwarded);
    QCOMPARE(asked.count(), 1);
}

void TestSingleInstance::theNextRunTakesOverAfterAnExit()
{
    const QString scope = QStringLiteral("scope-exit");
    QString socketName;
    {
        SingleInstance first(scope);
        QCOMPARE(first.claim(QString()), SingleInstance::Role::Primary);
        socketName = first.socketName();
    }
    QVERIFY(!QFile::exists(socketName));
    SingleInstance second(scope);
    QCOMPARE(second.claim(QString()), SingleInstance::Role::Primary);
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
