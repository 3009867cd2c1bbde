#include "keychaincredentialstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace {

// Never log a key, a secret or an Authorization header: the key's display prefix at most.
Q_LOGGING_CATEGORY(lcKeychain, "odwh.keychain", QtInfoMsg)

CredentialStore::Result resultOf(const QKeychain::Job *job, const QString &secret)
{
    using S = CredentialStore::Status;
    const QString text = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        return {S::Ok, secret, QString()};
    case QKeychain::EntryNotFound:
        return {S::NotFound, QString(), QString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {S::Unavailable, QString(), CredentialStore::describe(S::Unavailable) + QLatin1String(" (") + text + QLatin1Char(')')};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {S::Denied, QString(), CredentialStore::describe(S::Denied) + QLatin1String(" (") + text + QLatin1Char(')')};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a missing bus or a missing Secret Service as OtherError.
    static const char *const unavailableHints[] = {"D-Bus", "DBus", "dbus", "org.freedesktop.secrets", "Could not connect",
                                                   ".service files", "ServiceUnknown", "No such secret collection"};
    for (const char *hint : unavailableHints) {
        if (text.contains(QLatin1String(hint)))
            return {S::Unavailable, QString(), CredentialStore::describe(S::Unavailable) + QLatin1String(" (") + text + QLatin1Char(')')};
    }
    return {S::Failed, QString(), CredentialStore::describe(S::Failed) + QLatin1String(" (") + text + QLatin1Char(')')};
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent), m_service(service)
{
}

void KeychainCredentialStore::readKey(const QString &profile, QObject *context, Callback done)
{
    run(Operation::Read, profile, QString(), context, std::move(done), 1);
}

void KeychainCredentialStore::writeKey(const QString &profile, const QString &key, QObject *context, Callback done)
{
    run(Operation::Write, profile, key, context, std::move(done), 1);
}

void KeychainCredentialStore::removeKey(const QString &profile, QObject *context, Callback done)
{
    run(Operation::Remove, profile, QString(), context, std::move(done), 1);
}

void KeychainCredentialStore::run(Operation op, const QString &profile, const QString &key, QObject *context,
                                  Callback done, int attempt)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Operation::Read: job = new QKeychain::ReadPasswordJob(m_service); break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(key);
        job = write;
        break;
    }
    case Operation::Remove: job = new QKeychain::DeletePasswordJob(m_service); break;
    }
    // Not a child of the store: a job deleted while libsecret is still working on it
    // crashes when libsecret answers (a store may go before its last answer, e.g. with
    // its window). The job deletes itself once finished; what it calls back is
    // connected to the store and goes with it.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(profile);

    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto answered = std::make_shared<bool>(false);
    auto finish = [guard, hasContext, done, answered](const Result &result) {
        if (*answered)
            return;
        *answered = true;
        if (!hasContext || guard)
            done(result);
    };

    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [finish, profile] {
        qCWarning(lcKeychain) << "keychain did not answer for profile" << profile;
        finish(Result{Status::Denied, QString(),
                      tr("The system keychain did not answer. It may be locked and waiting for its password.")});
    });
    timer->start(m_timeoutMs);

    connect(job, &QKeychain::Job::finished, this, [this, op, profile, key, context, done, finish, attempt, answered](QKeychain::Job *j) {
        if (*answered)
            return;
        const QString secret = op == Operation::Read ? static_cast<QKeychain::ReadPasswordJob *>(j)->textData() : QString();
        const Result result = resultOf(j, secret);
        if (result.status == Status::Failed && attempt == 1) {
            // The Secret Service may still be starting: one more try shortly.
            qCInfo(lcKeychain) << "keychain error, retrying once:" << j->errorString();
            *answered = true;
            const QPointer<QObject> guard(context);
            const bool hasContext = context != nullptr;
            QTimer::singleShot(500, this, [this, op, profile, key, guard, hasContext, done] {
                if (hasContext && !guard)
                    return;
                run(op, profile, key, guard.data(), done, 2);
            });
            return;
        }
        if (!result.ok() && result.status != Status::NotFound)
            qCWarning(lcKeychain) << "keychain operation failed for profile" << profile << ":" << j->errorString();
        finish(result);
    });
    job->start();
}
