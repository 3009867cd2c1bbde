#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

// Where the app gets a profile's API key: a key kept for this session only (in
// memory; from the user's choice when the keychain is unavailable, or from the
// OPTIMALDIAL_API_KEY environment variable), else the credential store (the system
// keychain in the app). Never a file, never an insecure fallback.
class Keyring : public QObject
{
    Q_OBJECT

public:
    using Status = CredentialStore::Status;
    enum class Source { None, Session, Store };

    struct Result
    {
        Status status = Status::Failed;
        QString key;     // keyFor(): the key, when status is Ok
        QString message; // translated, for anything but Ok
        Source source = Source::None;
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    // The name of the environment variable read by keyFromEnvironment().
    static QString environmentVariable();
    // The key given in OPTIMALDIAL_API_KEY (trimmed), or empty. For scripted and demo
    // runs: apply it with useForSessionOnly(); it is never stored.
    static QString keyFromEnvironment();
    // True for the statuses where keeping a key for this session only is the way out.
    static bool keychainIsUnusable(Status status) { return status == Status::Unavailable || status == Status::Denied; }

    // `store` is not owned.
    explicit Keyring(CredentialStore *store, QObject *parent = nullptr);

    // The key of `profile`: its session key if it has one, else the store's entry.
    // NotFound when neither has one; Unavailable, Denied and Failed as the store tells.
    // `done` runs exactly once, later, unless `context` was destroyed.
    void keyFor(const QString &profile, QObject *context, Callback done);
    // Writes the key to the store. Once it is stored, a session key of that profile is
    // dropped (the stored key replaces it). On failure nothing changes here: the
    // caller may offer useForSessionOnly().
    void storeKey(const QString &profile, const QString &key, QObject *context, Callback done);
    // Keeps `key` in memory for `profile` until forget() or the end of the process.
    void useForSessionOnly(const QString &profile, const QString &key);
    bool hasSessionKey(const QString &profile) const { return m_sessionKeys.contains(profile); }
    // Drops the session key and removes the store's entry. Ok also when there was none.
    void forget(const QString &profile, QObject *context, Callback done);

signals:
    // The key of `profile` was stored, replaced, set for the session or forgotten.
    void keyChanged(const QString &profile);

private:
    void answerLater(QObject *context, Callback done, const Result &result);
    static Result unavailable();

    QPointer<CredentialStore> m_store;
    QHash<QString, QString> m_sessionKeys;
};
