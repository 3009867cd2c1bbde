#include "credentialstore.h"

#include <QCoreApplication>

QString CredentialStore::describe(Status status)
{
    switch (status) {
    case Status::Ok: return QCoreApplication::translate("CredentialStore", "The key is stored in the system keychain.");
    case Status::NotFound: return QCoreApplication::translate("CredentialStore", "No key is stored for this profile.");
    case Status::Unavailable:
        return QCoreApplication::translate("CredentialStore",
                                           "No system keychain is available (on Linux: no Secret Service such as "
                                           "GNOME Keyring or KWallet is running), so the key cannot be stored safely.");
    case Status::Denied:
        return QCoreApplication::translate("CredentialStore",
                                           "The system keychain refused access: it may be locked, or the request was declined.");
    case Status::Failed: return QCoreApplication::translate("CredentialStore", "The system keychain reported an error.");
    }
    return {};
}
