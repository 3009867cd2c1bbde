#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

// One running app per user and settings scope. The first launch holds a lock file and
// listens on a local socket (both in the user's runtime folder, named after a hash of
// the scope); a later launch finds the lock taken, hands its --profile to the running
// app over the socket and waits for its answer, and the running app brings its window
// to the front. A lock whose process is gone (a crash) is stale and taken over, and the
// socket it left behind removed, so a crash never blocks the next start. The scope is
// what makes two runs the same: the settings file (so a --settings-dir demo or test run
// is its own instance) and the home folder (the user).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary, // this is the running instance now: it listens for later launches
        Forwarded, // another one runs and has answered that it brought its window forward
        NoAnswer, // another one holds the lock but did not answer in time
    };

    // How long a later launch waits for the running one to listen and answer.
    static constexpr int AnswerTimeoutMs = 10000;

    explicit SingleInstance(const QString &scope, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the running instance, or hands `profile` (may be empty) to the one running.
    // Blocks for at most AnswerTimeoutMs, before any window exists.
    Role claim(const QString &profile);

    // The running instance's process id, when it is another process (for a message).
    qint64 runningPid() const;
    // Where the socket and the lock file are (tests).
    QString socketName() const { return m_socketName; }
    QString lockFileName() const;

signals:
    // A later launch asked to be shown, with its --profile (empty: the current one).
    void activationRequested(const QString &profile);

private:
    Role forward(const QString &profile);
    bool listen();
    void serve(QLocalSocket *socket);

    QString m_socketName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};
