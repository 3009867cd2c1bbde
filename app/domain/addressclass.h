#pragma once

#include <QString>

// Classifies a URL host the way the server's rules do: names and literal addresses
// that can never be a public webhook receiver.
namespace AddressClass {

enum class Kind {
    Public,     // a name (resolved by the server) or a public address
    Localhost,  // "localhost" and names under ".localhost"
    Loopback,   // 127.0.0.0/8, ::1
    Private,    // 10/8, 172.16/12, 192.168/16, fc00::/7
    LinkLocal,  // 169.254/16, fe80::/10
    Reserved,   // unspecified, multicast, broadcast, shared (100.64/10), documentation, future use
};

// `host` as QUrl::host() gives it (IPv6 without brackets).
Kind classify(const QString &host);

// True for hosts that may be reached over plain http in development: exactly
// "localhost" and loopback literals (not names under ".localhost", which may go to DNS).
bool isLoopbackHost(const QString &host);

} // namespace AddressClass
