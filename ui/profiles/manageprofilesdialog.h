#pragma once

#include "profile.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class EnrolmentFactory;
class Keyring;
class ProfileDialog;
class ProfileStore;
namespace Ui {
class ManageProfilesDialog;
}

// The list of profiles (name, base URL, key prefix, which is current) with Add,
// Replace Key, Set as Current and Remove. Remove asks first (MessageBoxes), deletes
// the keychain entry and any session key, then the profile. It tells what changed,
// so that the main window can switch profile or reconnect. Add and Replace Key open a
// ProfileDialog with an enrolment made by `enrolments`.
class ManageProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, BaseUrlColumn, KeyColumn, StatusColumn, ColumnCount };

    // Nothing is owned.
    ManageProfilesDialog(ProfileStore *profiles, Keyring *keyring, const EnrolmentFactory *enrolments,
                         QWidget *parent = nullptr);
    ~ManageProfilesDialog() override;

    // The profile selected in the list; empty when none.
    QString selectedName() const;
    void selectProfile(const QString &name);
    // The add or replace-key dialog while it is open (tests drive it).
    ProfileDialog *openProfileDialog() const;
    bool isBusy() const { return m_busy; }

public slots:
    void addProfile();
    void replaceKey();
    void removeProfile();
    void setSelectedAsCurrent();

signals:
    void profileAdded(const Profile &profile);
    // A new key was saved for the profile (and its base URL may have changed).
    void keyReplaced(const Profile &profile);
    void profileRemoved(const QString &name);
    // The current profile is now `name` (empty: there is no profile left).
    void currentProfileChanged(const QString &name);

private:
    void refresh();
    void updateButtons();
    void setBusy(bool busy, const QString &status = QString());
    void finishRemoval(const QString &name);

    std::unique_ptr<Ui::ManageProfilesDialog> ui;
    ProfileStore *m_profiles;
    Keyring *m_keyring;
    const EnrolmentFactory *m_enrolments;
    QPointer<ProfileDialog> m_profileDialog;
    bool m_busy = false;
};
