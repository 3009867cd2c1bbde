#pragma once

#include "credentialstore.h"
#include "keyverifier.h"
#include "profile.h"

#include <QDialog>
#include <QHash>
#include <memory>

class Keyring;
class ProfileStore;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
namespace Ui {
class ProfileDialog;
}

// Asks for a profile's name, base URL and API key, checks the key with the server
// (KeyVerifier), stores it (Keyring) and saves the profile (ProfileStore). When the
// system keychain cannot be used, it explains why and offers to keep the key for this
// session only (in memory) instead; never a file. Input survives every error.
//  - FirstRun:   the first profile; it becomes current.
//  - AddProfile: another profile.
//  - ReplaceKey: a new key for an existing profile; the name is fixed, the key empty.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { FirstRun, AddProfile, ReplaceKey };

    // `existing`: the profile whose key is replaced (ReplaceKey), else ignored.
    ProfileDialog(Mode mode, ProfileStore *profiles, Keyring *keyring, QNetworkAccessManager *nam,
                  const Profile &existing = Profile(), QWidget *parent = nullptr);
    ~ProfileDialog() override;

    Mode mode() const { return m_mode; }
    // After acceptance: the saved profile (its key is available through the Keyring).
    Profile profile() const { return m_result; }
    // After acceptance: true when the key is kept in memory for this session only.
    bool keptForSessionOnly() const { return m_sessionOnly; }

    bool isBusy() const { return m_state != State::Editing; }
    QString statusText() const;

public slots:
    void reject() override;

signals:
    // Just before the dialog is accepted.
    void profileSaved(const Profile &profile, bool sessionOnly);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class State { Editing, Verifying, Storing };
    enum class Tone { Neutral, Error, Busy };

    void validate();
    QString nameError() const;
    QString baseUrlError(QUrl *url) const;
    QString enteredKey() const;
    void setMessage(QLabel *label, const QString &text, Tone tone);
    void setStatus(const QString &text, Tone tone);
    void setState(State state);
    void applyPalette();

    void startVerification();
    void onVerified(const KeyVerifier::Result &result);
    void onStored(CredentialStore::Status status, const QString &message);
    void saveAndFinish(bool sessionOnly);
    void clearPending();

    std::unique_ptr<Ui::ProfileDialog> ui;
    QPushButton *m_verifyButton = nullptr;
    Mode m_mode;
    ProfileStore *m_profiles;
    Keyring *m_keyring;
    KeyVerifier *m_verifier;
    Profile m_existing;
    Profile m_result;
    bool m_sessionOnly = false;
    State m_state = State::Editing;
    Tone m_statusTone = Tone::Neutral;
    QHash<QLabel *, Tone> m_tones;
    // What is being checked and stored; the key only until the dialog is done with it.
    QString m_pendingName;
    QUrl m_pendingUrl;
    QString m_pendingKey;
    bool m_nameTouched = false;
    bool m_keyTouched = false;
};
