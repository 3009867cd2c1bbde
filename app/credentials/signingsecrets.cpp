#include "signingsecrets.h"

#include <QLoggingCategory>
#include <QTimer>

namespace {
// Logs endpoint ids and statuses, never a secret.
Q_LOGGING_CATEGORY(lcSecrets, "odwh.secrets", QtInfoMsg)
} // namespace

QString SigningSecrets::entryName(const QString &endpointId) { return EntryPrefix + endpointId; }

SigningSecrets::SigningSecrets(CredentialStore *store, QObject *parent) : QObject(parent), m_store(store) {}

SigningSecrets::Result SigningSecrets::resultOf(const CredentialStore::Result &r, const QString &failure)
{
    Result result{r.status, r.ok() ? r.secret : QString(), QString()};
    switch (r.status) {
    case Status::Ok:
    case Status::NotFound: break;
    case Status::Unavailable:
        result.message = failure + QLatin1Char(' ')
            + tr("No system keychain is available (on Linux: no Secret Service such as GNOME Keyring or KWallet is "
                 "running).");
        break;
    case Status::Denied:
        result.message = failure + QLatin1Char(' ')
            + tr("The system keychain refused access: it may be locked, or the request was declined.");
        break;
    case Status::Failed:
        result.message = failure + QLatin1Char(' ') + tr("The system keychain reported an error.");
        break;
    }
    return result;
}

void SigningSecrets::keep(const QString &endpointId, const QString &secret, QObject *context, Callback done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    if (!m_store) {
        QTimer::singleShot(0, this, [guard, hasContext, done] {
            if (!hasContext || guard)
                done(resultOf({Status::Unavailable, {}, {}}, tr("The signing secret could not be kept.")));
        });
        return;
    }
    m_store->writeKey(entryName(endpointId), secret, this,
                      [this, endpointId, guard, hasContext, done](const CredentialStore::Result &r) {
        qCInfo(lcSecrets) << "keeping the signing secret of" << endpointId << ":" << int(r.status);
        if (r.ok())
            setPresence(endpointId, true);
        if (!hasContext || guard)
            done(resultOf(r, tr("The signing secret could not be kept in the system keychain.")));
    });
}

void SigningSecrets::read(const QString &endpointId, QObject *context, Callback done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    if (!m_store) {
        QTimer::singleShot(0, this, [guard, hasContext, done] {
            if (!hasContext || guard)
                done(resultOf({Status::Unavailable, {}, {}}, tr("The signing secret could not be read.")));
        });
        return;
    }
    m_store->readKey(entryName(endpointId), this,
                     [this, endpointId, guard, hasContext, done](const CredentialStore::Result &r) {
        if (r.status == Status::NotFound || (r.ok() && r.secret.isEmpty()))
            setPresence(endpointId, false);
        else if (r.ok())
            setPresence(endpointId, true);
        if (hasContext && !guard)
            return;
        Result result = resultOf(r, tr("The signing secret could not be read from the system keychain."));
        if (result.ok() && result.secret.isEmpty())
            result.status = Status::NotFound;
        done(result);
    });
}

void SigningSecrets::forget(const QString &endpointId, QObject *context, Callback done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    if (!m_store) {
        QTimer::singleShot(0, this, [guard, hasContext, done] {
            if (!hasContext || guard)
                done(resultOf({Status::Unavailable, {}, {}}, tr("The kept signing secret could not be removed.")));
        });
        return;
    }
    m_store->removeKey(entryName(endpointId), this,
                       [this, endpointId, guard, hasContext, done](const CredentialStore::Result &r) {
        const bool gone = r.ok() || r.status == Status::NotFound;
        if (gone)
            setPresence(endpointId, false);
        else
            qCWarning(lcSecrets) << "could not remove the signing secret of" << endpointId << ":" << int(r.status);
        if (!hasContext || guard) {
            Result result = resultOf(r, tr("The kept signing secret could not be removed from the system keychain."));
            if (r.status == Status::NotFound)
                result.status = Status::Ok;
            done(result);
        }
    });
}

SigningSecrets::Presence SigningSecrets::presence(const QString &endpointId) const
{
    const auto it = m_known.constFind(endpointId);
    if (it == m_known.constEnd())
        return Presence::Unknown;
    return it.value() ? Presence::Kept : Presence::NotKept;
}

void SigningSecrets::lookUp(const QString &endpointId)
{
    if (endpointId.isEmpty() || m_known.contains(endpointId) || m_lookingUp.contains(endpointId) || !m_store)
        return;
    m_lookingUp.insert(endpointId);
    m_store->readKey(entryName(endpointId), this, [this, endpointId](const CredentialStore::Result &r) {
        m_lookingUp.remove(endpointId);
        // Only an answer is remembered: a keychain that failed is asked again next time.
        // A keep() or forget() that finished meanwhile knows better.
        if ((r.ok() || r.status == Status::NotFound) && !m_known.contains(endpointId))
            setPresence(endpointId, r.ok() && !r.secret.isEmpty());
    });
}

void SigningSecrets::setPresence(const QString &endpointId, bool kept)
{
    const auto it = m_known.constFind(endpointId);
    if (it != m_known.constEnd() && it.value() == kept)
        return;
    m_known.insert(endpointId, kept);
    emit presenceChanged(endpointId, kept);
}
