#include "addressclass.h"

#include <QHostAddress>

namespace AddressClass {
namespace {

bool inV4(quint32 a, quint32 net, int bits)
{
    const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
    return (a & mask) == (net & mask);
}

constexpr quint32 v4(int a, int b, int c, int d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

Kind classifyV4(quint32 a)
{
    if (inV4(a, v4(127, 0, 0, 0), 8))
        return Kind::Loopback;
    if (inV4(a, v4(10, 0, 0, 0), 8) || inV4(a, v4(172, 16, 0, 0), 12) || inV4(a, v4(192, 168, 0, 0), 16))
        return Kind::Private;
    if (inV4(a, v4(169, 254, 0, 0), 16))
        return Kind::LinkLocal;
    if (inV4(a, v4(0, 0, 0, 0), 8)          // "this network"
        || inV4(a, v4(100, 64, 0, 0), 10)    // shared address space (CGNAT)
        || inV4(a, v4(192, 0, 0, 0), 24)     // IETF protocol assignments
        || inV4(a, v4(192, 0, 2, 0), 24)     // TEST-NET-1
        || inV4(a, v4(198, 18, 0, 0), 15)    // benchmarking
        || inV4(a, v4(198, 51, 100, 0), 24)  // TEST-NET-2
        || inV4(a, v4(203, 0, 113, 0), 24)   // TEST-NET-3
        || inV4(a, v4(224, 0, 0, 0), 4)      // multicast
        || inV4(a, v4(240, 0, 0, 0), 4))     // future use, broadcast
        return Kind::Reserved;
    return Kind::Public;
}

Kind classifyV6(const Q_IPV6ADDR &b)
{
    bool allZeroBut15 = true;
    for (int i = 0; i < 15; ++i)
        allZeroBut15 = allZeroBut15 && b[i] == 0;
    if (allZeroBut15 && b[15] == 1)
        return Kind::Loopback;
    if (allZeroBut15 && b[15] == 0)
        return Kind::Reserved; // unspecified ::
    // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible ::a.b.c.d
    bool first10Zero = true;
    for (int i = 0; i < 10; ++i)
        first10Zero = first10Zero && b[i] == 0;
    if (first10Zero && ((b[10] == 0xff && b[11] == 0xff) || (b[10] == 0 && b[11] == 0)))
        return classifyV4(v4(b[12], b[13], b[14], b[15]));
    // NAT64 64:ff9b::/96 embeds an IPv4 address as well
    if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) {
        bool zeros = true;
        for (int i = 4; i < 12; ++i)
            zeros = zeros && b[i] == 0;
        if (zeros)
            return classifyV4(v4(b[12], b[13], b[14], b[15]));
    }
    if ((b[0] & 0xfe) == 0xfc)
        return Kind::Private; // unique local fc00::/7
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
        return Kind::LinkLocal; // fe80::/10
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)
        return Kind::Private; // deprecated site-local fec0::/10
    if (b[0] == 0xff)
        return Kind::Reserved; // multicast
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
        return Kind::Reserved; // documentation 2001:db8::/32
    if (b[0] == 0x01 && b[1] == 0x00 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0)
        return Kind::Reserved; // discard-only 100::/64
    return Kind::Public;
}

// Lower case, without trailing dots ("LocalHost." is "localhost").
QString normalizedHost(const QString &host)
{
    QString name = host.toLower();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

} // namespace

Kind classify(const QString &hostIn)
{
    const QString host = normalizedHost(hostIn);
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return Kind::Localhost;
    QHostAddress address;
    if (!address.setAddress(host))
        return Kind::Public; // a name: the server resolves it
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return classifyV4(address.toIPv4Address());
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return classifyV6(address.toIPv6Address());
    return Kind::Reserved;
}

bool isLoopbackHost(const QString &host)
{
    // Exactly "localhost" or a loopback literal: a name under ".localhost" may be
    // sent to DNS by some resolvers, and plain http must never leave the machine.
    return classify(host) == Kind::Loopback || normalizedHost(host) == QLatin1String("localhost");
}

} // namespace AddressClass
