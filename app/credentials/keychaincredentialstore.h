#pragma once

#include "credentialstore.h"

// Keys in the operating system's keychain through QtKeychain: Secret Service on
// Linux, Keychain on macOS, Credential Manager on Windows. Service = the app's id,
// one entry per profile (the entry's key is the profile name). No insecure fallback.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(const QString &service, QObject *parent = nullptr);

    void readKey(const QString &profile, QObject *context, Callback done) override;
    void writeKey(const QString &profile, const QString &key, QObject *context, Callback done) override;
    void removeKey(const QString &profile, QObject *context, Callback done) override;

    // A locked keychain can wait forever on an unlock prompt: give up after this long.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    QString service() const { return m_service; }

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation op, const QString &profile, const QString &key, QObject *context, Callback done, int attempt);

    QString m_service;
    int m_timeoutMs = 20000;
};
