#pragma once

#include "profileenrolment.h"

class Keyring;
class ProfileStore;
class QNetworkAccessManager;
class QObject;

// Makes the ProfileEnrolment of each profile dialog over the application's profiles,
// keyring and network access, so that widgets start an enrolment without ever holding
// the network manager.
class EnrolmentFactory
{
public:
    // Nothing is owned; all must outlive the enrolments made here.
    EnrolmentFactory(ProfileStore *profiles, Keyring *keyring, QNetworkAccessManager *nam);

    // A new enrolment, owned by `parent`. `existing`: see ProfileEnrolment.
    ProfileEnrolment *create(ProfileEnrolment::Purpose purpose, const Profile &existing, QObject *parent) const;

private:
    ProfileStore *m_profiles;
    Keyring *m_keyring;
    QNetworkAccessManager *m_nam;
};
