#pragma once

#include "credentialstore.h"

#include <QHash>

// Keys kept in memory only: for unit tests, and for a session whose keychain is
// unavailable and whose user chose to keep the key for this session only.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void readKey(const QString &profile, QObject *context, Callback done) override;
    void writeKey(const QString &profile, const QString &key, QObject *context, Callback done) override;
    void removeKey(const QString &profile, QObject *context, Callback done) override;

    // Tests: make every call answer with this status instead (Ok restores normal behaviour).
    void setForcedStatus(Status status) { m_forced = status; }

private:
    void answer(QObject *context, Callback done, Result result);

    QHash<QString, QString> m_keys;
    Status m_forced = Status::Ok;
};
