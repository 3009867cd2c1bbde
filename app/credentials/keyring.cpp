#include "keyring.h"

#include "apikey.h"

#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcKeyring, "odwh.keyring", QtInfoMsg)

// A failure the store gave no words for is described by its status.
void describeFailure(Keyring::Result *result)
{
    if (!result->ok() && result->message.isEmpty())
        result->message = CredentialStore::describe(result->status);
}
} // namespace

QString Keyring::environmentVariable() { return QStringLiteral("OPTIMALDIAL_API_KEY"); }

QString Keyring::keyFromEnvironment() { return qEnvironmentVariable(qPrintable(environmentVariable())).trimmed(); }

Keyring::Keyring(CredentialStore *store, QObject *parent) : QObject(parent), m_store(store) {}

Keyring::Result Keyring::unavailable()
{
    return Result{Status::Unavailable, QString(), CredentialStore::describe(Status::Unavailable), Source::None};
}

void Keyring::answerLater(QObject *context, Callback done, const Result &result)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hasContext, done, result] {
        if (!hasContext || guard)
            done(result);
    });
}

void Keyring::keyFor(const QString &profile, QObject *context, Callback done)
{
    const auto session = m_sessionKeys.constFind(profile);
    if (session != m_sessionKeys.constEnd()) {
        answerLater(context, std::move(done), Result{Status::Ok, session.value(), QString(), Source::Session});
        return;
    }
    if (!m_store) {
        answerLater(context, std::move(done), unavailable());
        return;
    }
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_store->readKey(profile, this, [guard, hasContext, done, profile](const CredentialStore::Result &r) {
        if (hasContext && !guard)
            return;
        Result result{r.status, r.ok() ? r.secret : QString(), r.message, r.ok() ? Source::Store : Source::None};
        describeFailure(&result);
        if (result.ok() && result.key.isEmpty()) // an empty entry is no key
            result = Result{Status::NotFound, QString(), CredentialStore::describe(Status::NotFound), Source::None};
        qCDebug(lcKeyring) << "key for profile" << profile << "from the store:"
                           << (result.ok() ? ApiKey::displayPrefix(result.key) : result.message);
        done(result);
    });
}

void Keyring::storeKey(const QString &profile, const QString &key, QObject *context, Callback done)
{
    if (key.isEmpty()) {
        answerLater(context, std::move(done), Result{Status::Failed, QString(), tr("There is no key to store."), Source::None});
        return;
    }
    if (!m_store) {
        answerLater(context, std::move(done), unavailable());
        return;
    }
    // The store answers this object, so that its bookkeeping happens even when
    // `context` is gone; `done` is then skipped.
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_store->writeKey(profile, key, this, [this, guard, hasContext, done, profile, key](const CredentialStore::Result &r) {
        Result result{r.status, QString(), r.message, r.ok() ? Source::Store : Source::None};
        describeFailure(&result);
        if (result.ok()) {
            qCInfo(lcKeyring) << "stored key" << ApiKey::displayPrefix(key) << "for profile" << profile;
            m_sessionKeys.remove(profile);
            emit keyChanged(profile);
        } else {
            qCWarning(lcKeyring) << "could not store the key of profile" << profile << ":" << result.message;
        }
        if (!hasContext || guard)
            done(result);
    });
}

void Keyring::useForSessionOnly(const QString &profile, const QString &key)
{
    if (key.isEmpty())
        return;
    m_sessionKeys.insert(profile, key);
    qCInfo(lcKeyring) << "using key" << ApiKey::displayPrefix(key) << "for profile" << profile << "for this session only";
    emit keyChanged(profile);
}

void Keyring::forget(const QString &profile, QObject *context, Callback done)
{
    const bool hadSessionKey = m_sessionKeys.remove(profile) > 0;
    if (hadSessionKey)
        emit keyChanged(profile);
    if (!m_store) {
        answerLater(context, std::move(done), unavailable());
        return;
    }
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_store->removeKey(profile, this, [this, guard, hasContext, done, profile](const CredentialStore::Result &r) {
        // Nothing stored is as good as removed.
        Result result{r.status == Status::NotFound ? Status::Ok : r.status, QString(), r.message, Source::None};
        describeFailure(&result);
        if (result.ok()) {
            qCInfo(lcKeyring) << "forgot the key of profile" << profile;
            emit keyChanged(profile);
        } else {
            qCWarning(lcKeyring) << "could not remove the key of profile" << profile << ":" << result.message;
        }
        if (!hasContext || guard)
            done(result);
    });
}
