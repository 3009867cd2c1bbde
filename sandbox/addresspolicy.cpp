#include "addresspolicy.h"

#include <QHostAddress>

namespace AddressPolicy {
namespace {

struct V4Range
{
    quint32 network;
    int prefix;
    const char *what;
};

// IANA IPv4 special-purpose registry, entries that are not globally reachable.
const V4Range v4Ranges[] = {
    {0x00000000, 8, "an unspecified (\"this network\") address"},
    {0x0A000000, 8, "a private address"},
    {0x64400000, 10, "a shared (carrier-grade NAT) address"},
    {0x7F000000, 8, "a loopback address"},
    {0xA9FE0000, 16, "a link-local address"},
    {0xAC100000, 12, "a private address"},
    {0xC0000000, 24, "a reserved (IETF protocol assignment) address"},
    {0xC0000200, 24, "a documentation address"},
    {0xC0586300, 24, "a reserved (6to4 relay) address"},
    {0xC0A80000, 16, "a private address"},
    {0xC6120000, 15, "a benchmarking address"},
    {0xC6336400, 24, "a documentation address"},
    {0xCB007100, 24, "a documentation address"},
    {0xE0000000, 4, "a multicast address"},
    {0xFFFFFFFF, 32, "the broadcast address"},
    {0xF0000000, 4, "a reserved address"},
};

const char *v4Refusal(quint32 a)
{
    for (const V4Range &r : v4Ranges) {
        const quint32 mask = r.prefix == 0 ? 0 : ~quint32(0) << (32 - r.prefix);
        if ((a & mask) == r.network)
            return r.what;
    }
    return nullptr;
}

bool inV6(const Q_IPV6ADDR &a, std::initializer_list<quint8> prefixBytes, int prefixBits)
{
    Q_IPV6ADDR p{};
    int i = 0;
    for (quint8 b : prefixBytes)
        p[i++] = b;
    for (int bit = 0; bit < prefixBits; ++bit) {
        const int byte = bit / 8;
        const quint8 m = quint8(0x80 >> (bit % 8));
        if ((a[byte] & m) != (p[byte] & m))
            return false;
    }
    return true;
}

quint32 v4At(const Q_IPV6ADDR &a, int offset)
{
    return (quint32(a[offset]) << 24) | (quint32(a[offset + 1]) << 16) | (quint32(a[offset + 2]) << 8)
        | quint32(a[offset + 3]);
}

QString v6Refusal(const Q_IPV6ADDR &a, QString *embeddedV4)
{
    bool allZero = true;
    for (int i = 0; i < 15; ++i)
        allZero = allZero && a[i] == 0;
    if (allZero && a[15] == 0)
        return QStringLiteral("the unspecified address");
    if (allZero && a[15] == 1)
        return QStringLiteral("a loopback address");
    if (inV6(a, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}, 96) || inV6(a, {0, 0x64, 0xff, 0x9b}, 96)
        || inV6(a, {0x20, 0x02}, 16)) {
        // IPv4-mapped, NAT64 and 6to4: judged by the IPv4 address inside.
        const quint32 v4 = inV6(a, {0x20, 0x02}, 16) ? v4At(a, 2) : v4At(a, 12);
        if (const char *why = v4Refusal(v4)) {
            *embeddedV4 = QHostAddress(v4).toString();
            return QString::fromLatin1(why);
        }
        return {};
    }
    if (inV6(a, {}, 96))
        return QStringLiteral("a reserved (IPv4-compatible) address");
    if (inV6(a, {0, 0x64, 0xff, 0x9b, 0, 1}, 48))
        return QStringLiteral("a private (local-use NAT64) address");
    if (inV6(a, {0x01, 0x00}, 64))
        return QStringLiteral("a reserved (discard-only) address");
    if (inV6(a, {0xfc}, 7))
        return QStringLiteral("a private (unique local) address");
    if (inV6(a, {0xfe, 0x80}, 10))
        return QStringLiteral("a link-local address");
    if (inV6(a, {0xfe, 0xc0}, 10))
        return QStringLiteral("a reserved (site-local) address");
    if (inV6(a, {0xff}, 8))
        return QStringLiteral("a multicast address");
    if (inV6(a, {0x20, 0x01, 0x0d, 0xb8}, 32) || inV6(a, {0x3f, 0xff}, 20))
        return QStringLiteral("a documentation address");
    if (inV6(a, {0x20, 0x01, 0x00, 0x02, 0x00, 0x00}, 48))
        return QStringLiteral("a benchmarking address");
    if (inV6(a, {0x20, 0x01, 0x00, 0x10}, 28) || inV6(a, {0x20, 0x01, 0x00, 0x20}, 28))
        return QStringLiteral("a reserved (ORCHID) address");
    if (!inV6(a, {0x20}, 3))
        return QStringLiteral("a reserved address"); // outside global unicast 2000::/3
    return {};
}

} // namespace

QString refusal(const QString &rawHost)
{
    QString host = rawHost.toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return QStringLiteral("%1 is a loopback host name").arg(rawHost);

    QHostAddress address;
    if (!address.setAddress(host))
        return {}; // a host name: the sandbox does not resolve names
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        if (const char *why = v4Refusal(address.toIPv4Address()))
            return QStringLiteral("%1 is %2").arg(rawHost, QString::fromLatin1(why));
        return {};
    }
    QString embedded;
    const QString why = v6Refusal(address.toIPv6Address(), &embedded);
    if (why.isEmpty())
        return {};
    if (!embedded.isEmpty())
        return QStringLiteral("%1 embeds %2, which is %3").arg(rawHost, embedded, why);
    return QStringLiteral("%1 is %2").arg(rawHost, why);
}

} // namespace AddressPolicy
