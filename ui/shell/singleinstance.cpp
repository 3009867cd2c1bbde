#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcInstance, "odwh.shell.instance")

// A request or an answer is one line of JSON; anything longer is not ours.
constexpr qint64 MaxLineBytes = 4096;
const QLatin1String ProfileKey("profile");
const QLatin1String ShownKey("shown");

QString folder()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QDir::tempPath() : runtime;
}

QString baseName(const QString &scope)
{
    const QByteArray hash = QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("optimaldial-webhooks-") + QString::fromLatin1(hash);
}
} // namespace

SingleInstance::SingleInstance(const QString &scope, QObject *parent) : QObject(parent)
{
#ifdef Q_OS_WIN
    m_socketName = baseName(scope); // a named pipe
#else
    m_socketName = QDir(folder()).filePath(baseName(scope) + QStringLiteral(".socket"));
    if (m_socketName.toLocal8Bit().size() > 100) // longer than sockaddr_un holds: Qt's temp folder
        m_socketName = baseName(scope);
#endif
    m_lock = std::make_unique<QLockFile>(lockFileName());
    // Held for the whole run: stale only when its process is gone, never by age.
    m_lock->setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket; then the lock goes
}

QString SingleInstance::lockFileName() const
{
    return QDir(folder()).filePath(QFileInfo(m_socketName).completeBaseName() + QStringLiteral(".lock"));
}

qint64 SingleInstance::runningPid() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    return m_lock->getLockInfo(&pid, &host, &app) ? pid : 0;
}

SingleInstance::Role SingleInstance::claim(const QString &profile)
{
    if (m_lock->tryLock(0)) {
        listen();
        return Role::Primary;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        // No lock can be had here (a read-only or full folder): run without one rather than not at all.
        qCWarning(lcInstance) << "cannot take the instance lock" << lockFileName() << "- running without it";
        return Role::Primary;
    }
    const Role role = forward(profile);
    if (role == Role::NoAnswer && runningPid() == 0 && m_lock->removeStaleLockFile() && m_lock->tryLock(0)) {
        // A lock file nobody can read (cut short by a power loss): no process holds it.
        listen();
        return Role::Primary;
    }
    return role;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // What a crashed run left behind: its lock was stale, so its socket is too.
    QLocalServer::removeServer(m_socketName);
    if (!m_server->listen(m_socketName)) {
        qCWarning(lcInstance) << "cannot listen on" << m_socketName << m_server->errorString()
                              << "- later launches will open windows of their own";
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
    return true;
}

void SingleInstance::serve(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    // A client that says nothing does not stay.
    QTimer::singleShot(AnswerTimeoutMs, socket, [socket] { socket->abort(); });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > MaxLineBytes)
                socket->abort();
            return;
        }
        const QJsonObject request = QJsonDocument::fromJson(socket->readLine(MaxLineBytes)).object();
        const QString profile = request.value(ProfileKey).toString();
        qCInfo(lcInstance) << "another launch asked for the window" << (profile.isEmpty() ? QString() : profile);
        emit activationRequested(profile);
        socket->write(QJsonDocument(QJsonObject{{ShownKey, true}}).toJson(QJsonDocument::Compact) + '\n');
        socket->disconnectFromServer();
    });
}

SingleInstance::Role SingleInstance::forward(const QString &profile)
{
    const QDeadlineTimer deadline(AnswerTimeoutMs);
    QLocalSocket socket;
    // The running one may have taken the lock a moment ago and not be listening yet.
    for (;;) {
        socket.connectToServer(m_socketName);
        if (socket.waitForConnected(int(qMin<qint64>(1000, deadline.remainingTime()))))
            break;
        socket.abort();
        if (deadline.hasExpired())
            return Role::NoAnswer;
        QThread::msleep(100);
    }
    socket.write(QJsonDocument(QJsonObject{{ProfileKey, profile}}).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return Role::NoAnswer;
    while (!socket.canReadLine()) {
        if (socket.bytesAvailable() > MaxLineBytes || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return Role::NoAnswer;
    }
    const QJsonObject answer = QJsonDocument::fromJson(socket.readLine(MaxLineBytes)).object();
    return answer.value(ShownKey).toBool() ? Role::Forwarded : Role::NoAnswer;
}
