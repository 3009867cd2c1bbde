#pragma once

#include <QByteArray>
#include <QString>

// Identity of the application: name, id (also the keychain service), version, User-Agent.
namespace AppInfo {
QString name();
QString id();
QString version();
QString organizationDomain();
// The product's web site (project(HOMEPAGE_URL) in CMakeLists.txt): About, packages, metainfo.
QString homepage();
// The QtKeychain this build was made with, e.g. "0.13.2".
QString keychainVersion();
// "OptimalDial-Webhooks-Desktop/0.1.0 (Qt 6.4.2; linux)"
QByteArray userAgent();
} // namespace AppInfo
