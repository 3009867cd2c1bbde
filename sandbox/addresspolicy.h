#pragma once

#include <QString>

// Whether a webhook URL's host may be used: the contract wants the URL to "resolve to a
// public IP address". The sandbox does no DNS; it refuses "localhost" (and *.localhost)
// and literal IPv4/IPv6 addresses outside public unicast space (loopback, private,
// shared/CGNAT, link-local, documentation, benchmarking, multicast, reserved,
// unspecified, IPv4-mapped/6to4 forms of those). Numeric forms such as 127.1 or
// 2130706433 are already normalized to dotted IPv4 by QUrl.
namespace AddressPolicy {

// Empty when the host is acceptable, else the reason, e.g.
// "127.0.0.1 is a loopback address".
QString refusal(const QString &host);

} // namespace AddressPolicy
