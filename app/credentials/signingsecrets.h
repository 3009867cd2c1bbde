#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <functional>

// The signing secrets that the user chose to keep, one per endpoint, in the same
// credential store as the API keys (the system keychain in the app: the same QtKeychain
// service), under entryName(endpoint id). Never in a file or the settings, never logged.
//
// Whether an endpoint has one is learnt by asking the store (lookUp()) and remembered
// for the session, so that moving through endpoints asks the keychain once each.
class SigningSecrets : public QObject
{
    Q_OBJECT

public:
    using Status = CredentialStore::Status;
    struct Result
    {
        Status status = Status::Failed;
        QString secret; // read(): the secret, when status is Ok
        QString message; // translated, for anything but Ok and NotFound; never contains the secret
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;
    enum class Presence { Unknown, Kept, NotKept };

    // "webhook-secret/<id>": API keys are stored under profile names, and ProfileStore
    // refuses names that begin with EntryPrefix, so the two never meet.
    static constexpr QLatin1String EntryPrefix{"webhook-secret/"};
    static QString entryName(const QString &endpointId);

    // `store` is not owned.
    explicit SigningSecrets(CredentialStore *store, QObject *parent = nullptr);

    // Each call runs `done` exactly once, later, unless `context` was destroyed.
    void keep(const QString &endpointId, const QString &secret, QObject *context, Callback done);
    void read(const QString &endpointId, QObject *context, Callback done);
    // Ok also when none was kept.
    void forget(const QString &endpointId, QObject *context, Callback done);

    // What is known about `endpointId` so far.
    Presence presence(const QString &endpointId) const;
    // Asks the store when nothing is known yet (presenceChanged() follows); else nothing.
    void lookUp(const QString &endpointId);

signals:
    // Learnt, kept or forgotten.
    void presenceChanged(const QString &endpointId, bool kept);

private:
    void setPresence(const QString &endpointId, bool kept);
    static Result resultOf(const CredentialStore::Result &r, const QString &failure);

    QPointer<CredentialStore> m_store;
    QHash<QString, bool> m_known;
    QSet<QString> m_lookingUp;
};
