#include "enrolmentfactory.h"

EnrolmentFactory::EnrolmentFactory(ProfileStore *profiles, Keyring *keyring, QNetworkAccessManager *nam)
    : m_profiles(profiles), m_keyring(keyring), m_nam(nam)
{
}

ProfileEnrolment *EnrolmentFactory::create(ProfileEnrolment::Purpose purpose, const Profile &existing,
                                           QObject *parent) const
{
    return new ProfileEnrolment(purpose, existing, m_profiles, m_keyring, m_nam, parent);
}
