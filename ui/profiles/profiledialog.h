#pragma once

#include "profileenrolment.h"

#include <QDialog>
#include <QHash>
#include <memory>

class EnrolmentFactory;
class QLabel;
class QPushButton;
namespace Ui {
class ProfileDialog;
}

// Asks for a profile's name, base URL and API key and shows their enrolment
// (ProfileEnrolment: the key checked with the server, stored, the profile saved):
// the fields and their validation, the progress, and the questions the enrolment
// needs answered. When the system keychain cannot be used, it explains why and offers
// to keep the key for this session only (in memory) instead; never a file. Input
// survives every error.
//  - FirstRun:   the first profile; it becomes current.
//  - AddProfile: another profile.
//  - ReplaceKey: a new key for an existing profile; the name is fixed, the key empty.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    using Mode = ProfileEnrolment::Purpose;

    // `existing`: the profile whose key is replaced (ReplaceKey), else ignored.
    // `enrolments` makes this dialog's enrolment; not owned.
    ProfileDialog(Mode mode, const EnrolmentFactory *enrolments, const Profile &existing = Profile(),
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    Mode mode() const { return m_enrolment->purpose(); }
    // After acceptance: the saved profile (its key is available through the Keyring).
    Profile profile() const { return m_result; }
    // After acceptance: true when the key is kept in memory for this session only.
    bool keptForSessionOnly() const { return m_sessionOnly; }

    bool isBusy() const { return m_enrolment->isRunning(); }
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
    enum class Tone { Neutral, Error, Busy };

    void validate();
    QString nameError() const;
    QString baseUrlError(QUrl *url) const;
    QString enteredKey() const;
    void setMessage(QLabel *label, const QString &text, Tone tone);
    void setStatus(const QString &text, Tone tone);
    void showStep(ProfileEnrolment::Step step);
    void applyPalette();

    void startEnrolment();
    void askSessionOnly(const QString &why);
    void onFinished(const ProfileEnrolment::Result &result);

    std::unique_ptr<Ui::ProfileDialog> ui;
    QPushButton *m_verifyButton = nullptr;
    ProfileEnrolment *m_enrolment;
    Profile m_result;
    bool m_sessionOnly = false;
    Tone m_statusTone = Tone::Neutral;
    QHash<QLabel *, Tone> m_tones;
    bool m_nameTouched = false;
    bool m_keyTouched = false;
};
