// Local checks of the server's rules: webhook URL, description length, event choice,
// and the address classification behind the URL check.
#include "addressclass.h"
#include "validation.h"

#include <QtTest>

namespace {

// What a checkUrl() message is about. Messages are sentences for people; each kind is
// recognised by a phrase that only its sentence contains.
enum class UrlVerdict { Ok, Empty, Spaces, NotUrl, NotHttps, NoHost, UserInfo, Loopback, Private, LinkLocal, Reserved };

struct Marker
{
    UrlVerdict verdict;
    const char *phrase;
};

const Marker markers[] = {
    {UrlVerdict::Empty, "Enter the URL"},
    {UrlVerdict::Spaces, "must not contain spaces"},
    {UrlVerdict::NotUrl, "not a valid URL"},
    {UrlVerdict::NotHttps, "must start with https://"},
    {UrlVerdict::NoHost, "must name a host"},
    {UrlVerdict::UserInfo, "user name or password"},
    {UrlVerdict::Loopback, "(loopback)"},
    {UrlVerdict::Private, "private network address"},
    {UrlVerdict::LinkLocal, "link-local address"},
    {UrlVerdict::Reserved, "reserved address"},
};

QString repeated(const QString &unit, int times)
{
    QString s;
    for (int i = 0; i < times; ++i)
        s += unit;
    return s;
}

const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");      // U+1F600, a surrogate pair
const QString combining = QStringLiteral("e") + QChar(0x0301);    // e + COMBINING ACUTE ACCENT
const QString cjk = QString(QChar(0x5B57));                         // 字

} // namespace

Q_DECLARE_METATYPE(UrlVerdict)
Q_DECLARE_METATYPE(AddressClass::Kind)
Q_DECLARE_METATYPE(EventTypes)

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void checkUrl_data();
    void checkUrl();
    void refusedAddressMessageNamesTheHost_data();
    void refusedAddressMessageNamesTheHost();
    void classify_data();
    void classify();
    void isLoopbackHost_data();
    void isLoopbackHost();
    void codePointCount_data();
    void codePointCount();
    void checkDescription_data();
    void checkDescription();
    void tooLongDescriptionSaysLengthAndLimit();
    void checkEvents_data();
    void checkEvents();
};

void TestValidation::checkUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<UrlVerdict>("verdict");

    auto row = [](const char *name, const QString &url, UrlVerdict v) { QTest::newRow(name) << url << v; };
    auto s = [](const char *text) { return QString::fromUtf8(text); };

    // Accepted
    row("name", s("https://example.com"), UrlVerdict::Ok);
    row("name slash", s("https://example.com/"), UrlVerdict::Ok);
    row("subdomain path", s("https://hooks.example.com/optimaldial/webhooks"), UrlVerdict::Ok);
    row("port", s("https://example.com:8443/hook"), UrlVerdict::Ok);
    row("query", s("https://example.com/hook?token=abc&x=1"), UrlVerdict::Ok);
    row("fragment-free deep path", s("https://example.com/a/b/c/d.php"), UrlVerdict::Ok);
    row("upper-case scheme and host", s("HTTPS://EXAMPLE.COM/hook"), UrlVerdict::Ok);
    row("public v4", s("https://8.8.8.8/hook"), UrlVerdict::Ok);
    row("public v4 port", s("https://93.184.216.34:443/"), UrlVerdict::Ok);
    row("172.32.0.1 is public", s("https://172.32.0.1/"), UrlVerdict::Ok);
    row("172.15.255.255 is public", s("https://172.15.255.255/"), UrlVerdict::Ok);
    row("100.128.0.1 is public", s("https://100.128.0.1/"), UrlVerdict::Ok);
    row("public v6", s("https://[2606:4700::1]/"), UrlVerdict::Ok);
    row("public v6 port query", s("https://[2606:4700::1]:8443/a?b=c"), UrlVerdict::Ok);
    row("IDN", s("https://b\xC3\xBC" "cher.example/hook"), UrlVerdict::Ok);
    row("IDN punycode", s("https://xn--bcher-kva.example/"), UrlVerdict::Ok);
    row("IDN japanese path", s("https://\xE4\xBE\x8B\xE3\x81\x88.jp/\xE3\x83\x91\xE3\x82\xB9?q=1"), UrlVerdict::Ok);
    row("name containing localhost", s("https://localhostx.com/"), UrlVerdict::Ok);
    row("localhost as a label", s("https://localhost.example.com/"), UrlVerdict::Ok);

    // Refused: form
    row("empty", QString(), UrlVerdict::Empty);
    row("blank", s("   "), UrlVerdict::Empty);
    row("http", s("http://example.com/hook"), UrlVerdict::NotHttps);
    row("http loopback", s("http://127.0.0.1/hook"), UrlVerdict::NotHttps);
    row("ftp", s("ftp://example.com/hook"), UrlVerdict::NotHttps);
    row("no scheme", s("example.com/hook"), UrlVerdict::NotUrl);
    row("scheme-relative", s("//example.com/hook"), UrlVerdict::NotUrl);
    row("port out of range", s("https://example.com:99999/"), UrlVerdict::NotUrl);
    row("space in host", s("https://exa mple.com/"), UrlVerdict::Spaces);
    row("space in path", s("https://example.com/a b"), UrlVerdict::Spaces);
    row("leading space", s(" https://example.com/"), UrlVerdict::Spaces);
    row("tab", s("https://example.com/\t"), UrlVerdict::Spaces);
    row("newline", s("https://example.com/\nx"), UrlVerdict::Spaces);
    row("no host", s("https:///x"), UrlVerdict::NoHost);
    row("opaque https", s("https:example.com"), UrlVerdict::NoHost);
    row("user:pass", s("https://user:pass@example.com/"), UrlVerdict::UserInfo);
    row("user only", s("https://user@example.com/"), UrlVerdict::UserInfo);

    // Refused: this computer
    row("localhost", s("https://localhost/"), UrlVerdict::Loopback);
    row("LOCALHOST.", s("https://LOCALHOST./"), UrlVerdict::Loopback);
    row("localhost port", s("https://localhost:8443/x"), UrlVerdict::Loopback);
    row("foo.localhost", s("https://foo.localhost/"), UrlVerdict::Loopback);
    row("a.b.localhost.", s("https://a.b.localhost./"), UrlVerdict::Loopback);
    row("127.0.0.1", s("https://127.0.0.1/"), UrlVerdict::Loopback);
    row("127.0.0.1 trailing dot", s("https://127.0.0.1./"), UrlVerdict::Loopback);
    row("127.1.2.3", s("https://127.1.2.3/"), UrlVerdict::Loopback);
    row("127.255.255.254", s("https://127.255.255.254:443/"), UrlVerdict::Loopback);
    row("[::1]", s("https://[::1]/"), UrlVerdict::Loopback);
    row("[::1] long form", s("https://[0:0:0:0:0:0:0:1]/"), UrlVerdict::Loopback);
    row("[::ffff:127.0.0.1]", s("https://[::ffff:127.0.0.1]/"), UrlVerdict::Loopback);
    row("[::ffff:7f00:1]", s("https://[::ffff:7f00:1]/"), UrlVerdict::Loopback);
    row("NAT64 of loopback", s("https://[64:ff9b::7f00:1]/"), UrlVerdict::Loopback);
    // Shorthand IPv4 forms that inet_aton (and so a resolver) reads as 127.0.0.1
    row("shorthand 127.1", s("https://127.1/"), UrlVerdict::Loopback);
    row("decimal 2130706433", s("https://2130706433/"), UrlVerdict::Loopback);
    row("hex octet 0x7f.0.0.1", s("https://0x7f.0.0.1/"), UrlVerdict::Loopback);
    row("hex 0x7f000001", s("https://0x7f000001/"), UrlVerdict::Loopback);
    row("octal 0177.0.0.1", s("https://0177.0.0.1/"), UrlVerdict::Loopback);
    row("octal 017700000001", s("https://017700000001/"), UrlVerdict::Loopback);
    row("fullwidth digits", s("https://\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x97.0.0.1/"), UrlVerdict::Loopback);

    // Refused: private
    row("10.0.0.1", s("https://10.0.0.1/"), UrlVerdict::Private);
    row("10.255.255.255", s("https://10.255.255.255/"), UrlVerdict::Private);
    row("shorthand 10.1", s("https://10.1/"), UrlVerdict::Private);
    row("172.16.0.1", s("https://172.16.0.1/"), UrlVerdict::Private);
    row("172.31.255.255", s("https://172.31.255.255/"), UrlVerdict::Private);
    row("192.168.1.1", s("https://192.168.1.1/hook"), UrlVerdict::Private);
    row("[fc00::1]", s("https://[fc00::1]/"), UrlVerdict::Private);
    row("[fd12::1]", s("https://[fd12::1]/"), UrlVerdict::Private);
    row("[fec0::1] site-local", s("https://[fec0::1]/"), UrlVerdict::Private);
    row("[::ffff:10.0.0.1]", s("https://[::ffff:10.0.0.1]/"), UrlVerdict::Private);
    row("[::ffff:192.168.0.1]", s("https://[::ffff:192.168.0.1]/"), UrlVerdict::Private);
    row("NAT64 of 10.0.0.1", s("https://[64:ff9b::a00:1]/"), UrlVerdict::Private);

    // Refused: link-local
    row("169.254.169.254", s("https://169.254.169.254/latest/meta-data"), UrlVerdict::LinkLocal);
    row("169.254.0.1", s("https://169.254.0.1/"), UrlVerdict::LinkLocal);
    row("[fe80::1]", s("https://[fe80::1]/"), UrlVerdict::LinkLocal);
    row("[febf::1]", s("https://[febf::1]/"), UrlVerdict::LinkLocal);
    row("[fe80::1%eth0]", s("https://[fe80::1%25eth0]/"), UrlVerdict::LinkLocal);

    // Refused: reserved
    row("0.0.0.0", s("https://0.0.0.0/"), UrlVerdict::Reserved);
    row("shorthand 0", s("https://0/"), UrlVerdict::Reserved);
    row("100.64.0.1", s("https://100.64.0.1/"), UrlVerdict::Reserved);
    row("100.127.255.255", s("https://100.127.255.255/"), UrlVerdict::Reserved);
    row("224.0.0.1", s("https://224.0.0.1/"), UrlVerdict::Reserved);
    row("239.255.255.250", s("https://239.255.255.250/"), UrlVerdict::Reserved);
    row("240.0.0.1", s("https://240.0.0.1/"), UrlVerdict::Reserved);
    row("255.255.255.255", s("https://255.255.255.255/"), UrlVerdict::Reserved);
    row("192.0.2.1", s("https://192.0.2.1/"), UrlVerdict::Reserved);
    row("198.51.100.7", s("https://198.51.100.7/"), UrlVerdict::Reserved);
    row("203.0.113.9", s("https://203.0.113.9/"), UrlVerdict::Reserved);
    row("198.18.0.1", s("https://198.18.0.1/"), UrlVerdict::Reserved);
    row("[::]", s("https://[::]/"), UrlVerdict::Reserved);
    row("[2001:db8::1]", s("https://[2001:db8::1]/"), UrlVerdict::Reserved);
    row("[ff02::1]", s("https://[ff02::1]/"), UrlVerdict::Reserved);
    row("[100::1] discard", s("https://[100::1]/"), UrlVerdict::Reserved);
}

void TestValidation::checkUrl()
{
    QFETCH(QString, url);
    QFETCH(UrlVerdict, verdict);

    const QString message = Validation::checkUrl(url);
    if (verdict == UrlVerdict::Ok) {
        QVERIFY2(message.isEmpty(), qPrintable(QStringLiteral("refused: ") + message));
        return;
    }
    QVERIFY2(!message.isEmpty(), "accepted, but should be refused");
    for (const Marker &m : markers) {
        const bool contains = message.contains(QLatin1String(m.phrase));
        if (m.verdict == verdict)
            QVERIFY2(contains, qPrintable(QStringLiteral("wrong kind of message: ") + message));
        else
            QVERIFY2(!contains, qPrintable(QStringLiteral("message of another kind: ") + message));
    }
}

void TestValidation::refusedAddressMessageNamesTheHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::newRow("v4") << QStringLiteral("https://10.1.2.3/x") << QStringLiteral("10.1.2.3");
    QTest::newRow("v6") << QStringLiteral("https://[fe80::1]/x") << QStringLiteral("fe80::1");
    QTest::newRow("name") << QStringLiteral("https://foo.localhost/x") << QStringLiteral("foo.localhost");
    // The shorthand is named as what it really is.
    QTest::newRow("shorthand") << QStringLiteral("https://2130706433/") << QStringLiteral("127.0.0.1");
}

void TestValidation::refusedAddressMessageNamesTheHost()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    const QString message = Validation::checkUrl(url);
    QVERIFY2(message.contains(host), qPrintable(message));
}

void TestValidation::classify_data()
{
    using K = AddressClass::Kind;
    QTest::addColumn<QString>("host");
    QTest::addColumn<K>("kind");
    auto row = [](const char *host, K kind) { QTest::newRow(host) << QString::fromLatin1(host) << kind; };

    row("example.com", K::Public);
    row("localhost.example.com", K::Public);
    row("mylocalhost", K::Public);
    row("localhost", K::Localhost);
    row("LOCALHOST", K::Localhost);
    row("localhost.", K::Localhost);
    row("LocalHost..", K::Localhost);
    row("foo.localhost", K::Localhost);
    row("a.b.LOCALHOST.", K::Localhost);

    // IPv4 ranges and their edges
    row("1.1.1.1", K::Public);
    row("9.255.255.255", K::Public);
    row("10.0.0.0", K::Private);
    row("10.255.255.255", K::Private);
    row("11.0.0.0", K::Public);
    row("126.255.255.255", K::Public);
    row("127.0.0.0", K::Loopback);
    row("127.0.0.1", K::Loopback);
    row("127.255.255.255", K::Loopback);
    row("128.0.0.0", K::Public);
    row("172.15.255.255", K::Public);
    row("172.16.0.0", K::Private);
    row("172.31.255.255", K::Private);
    row("172.32.0.0", K::Public);
    row("192.167.255.255", K::Public);
    row("192.168.0.0", K::Private);
    row("192.168.255.255", K::Private);
    row("192.169.0.0", K::Public);
    row("169.253.255.255", K::Public);
    row("169.254.0.0", K::LinkLocal);
    row("169.254.255.255", K::LinkLocal);
    row("169.255.0.0", K::Public);
    row("100.63.255.255", K::Public);
    row("100.64.0.0", K::Reserved);
    row("100.127.255.255", K::Reserved);
    row("100.128.0.0", K::Public);
    row("0.0.0.0", K::Reserved);
    row("0.255.255.255", K::Reserved);
    row("192.0.0.8", K::Reserved);
    row("192.0.2.1", K::Reserved);
    row("198.18.0.1", K::Reserved);
    row("198.19.255.255", K::Reserved);
    row("198.20.0.0", K::Public);
    row("198.51.100.1", K::Reserved);
    row("203.0.113.1", K::Reserved);
    row("223.255.255.255", K::Public);
    row("224.0.0.1", K::Reserved);
    row("239.255.255.255", K::Reserved);
    row("240.0.0.1", K::Reserved);
    row("255.255.255.255", K::Reserved);

    // IPv6, as QUrl::host() gives it (no brackets)
    row("::1", K::Loopback);
    row("::", K::Reserved);
    row("::2", K::Reserved); // IPv4-compatible ::0.0.0.2
    row("::ffff:127.0.0.1", K::Loopback);
    row("::ffff:10.0.0.1", K::Private);
    row("::ffff:169.254.1.1", K::LinkLocal);
    row("::ffff:8.8.8.8", K::Public);
    row("::127.0.0.1", K::Loopback);
    row("64:ff9b::7f00:1", K::Loopback);
    row("64:ff9b::808:808", K::Public);
    row("fbff:ffff::1", K::Public);
    row("fc00::1", K::Private);
    row("fd12::1", K::Private);
    row("fdff:ffff::1", K::Private);
    row("fe80::1", K::LinkLocal);
    row("febf:ffff::1", K::LinkLocal);
    row("fec0::1", K::Private);
    row("ff02::1", K::Reserved);
    row("2001:db8::1", K::Reserved);
    row("2001:db9::1", K::Public);
    row("2606:4700::1", K::Public);
    row("2a00:1450:4001:80b::200e", K::Public);
    row("100::1", K::Reserved);
}

void TestValidation::classify()
{
    QFETCH(QString, host);
    QFETCH(AddressClass::Kind, kind);
    QCOMPARE(AddressClass::classify(host), kind);
}

void TestValidation::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    auto row = [](const char *host, bool loopback) { QTest::newRow(host) << QString::fromLatin1(host) << loopback; };
    row("localhost", true);
    row("LOCALHOST", true);
    row("localhost.", true);
    // Names under .localhost may go to DNS with some resolvers: no plain http there.
    row("sandbox.localhost", false);
    row("127.0.0.1", true);
    row("127.5.5.5", true);
    row("::1", true);
    row("::ffff:127.0.0.1", true);
    row("example.com", false);
    row("localhost.example.com", false);
    row("10.0.0.1", false);
    row("192.168.1.10", false);
    row("0.0.0.0", false);
    row("::", false);
    row("fe80::1", false);
    row("8.8.8.8", false);
}

void TestValidation::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(AddressClass::isLoopbackHost(host), loopback);
}

void TestValidation::codePointCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << QStringLiteral("abc") << 3;
    QTest::newRow("emoji") << emoji << 1;
    QTest::newRow("a emoji b") << (QStringLiteral("a") + emoji + QStringLiteral("b")) << 3;
    QTest::newRow("e + combining") << combining << 2;
    QTest::newRow("cjk") << repeated(cjk, 2) << 2;
    QTest::newRow("flag (2 regional indicators)") << QString::fromUtf8("\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7") << 2;
    QTest::newRow("zwj family") << QString::fromUtf8("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7")
                                << 5;
    QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) << 1;
    QTest::newRow("lone low surrogate") << QString(QChar(0xDE00)) << 1;
    QTest::newRow("low then high") << (QString(QChar(0xDE00)) + QChar(0xD83D)) << 2;
    QTest::newRow("high then letter") << (QString(QChar(0xD83D)) + QLatin1Char('x')) << 2;
    QTest::newRow("500 emoji") << repeated(emoji, 500) << 500;
}

void TestValidation::codePointCount()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(Validation::codePointCount(text), count);
}

void TestValidation::checkDescription_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("null") << QString() << true;
    QTest::newRow("empty") << QStringLiteral("") << true;
    QTest::newRow("500 ascii") << repeated(QStringLiteral("a"), 500) << true;
    QTest::newRow("501 ascii") << repeated(QStringLiteral("a"), 501) << false;
    QTest::newRow("500 emoji = 1000 UTF-16 units") << repeated(emoji, 500) << true;
    QTest::newRow("501 emoji") << repeated(emoji, 501) << false;
    QTest::newRow("499 ascii + 1 emoji") << (repeated(QStringLiteral("a"), 499) + emoji) << true;
    QTest::newRow("499 emoji + 2 ascii") << (repeated(emoji, 499) + QStringLiteral("ab")) << false;
    QTest::newRow("250 e+U+0301 = 500") << repeated(combining, 250) << true;
    QTest::newRow("250 e+U+0301 + x = 501") << (repeated(combining, 250) + QStringLiteral("x")) << false;
    QTest::newRow("500 cjk") << repeated(cjk, 500) << true;
    QTest::newRow("501 cjk") << repeated(cjk, 501) << false;
}

void TestValidation::checkDescription()
{
    QFETCH(QString, description);
    QFETCH(bool, accepted);
    const QString message = Validation::checkDescription(description);
    QCOMPARE(message.isEmpty(), accepted);
}

void TestValidation::tooLongDescriptionSaysLengthAndLimit()
{
    const QString message = Validation::checkDescription(repeated(emoji, 501));
    QVERIFY2(message.contains(QLatin1String("501")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("500")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("1002")), "counted UTF-16 units, not characters");
}

void TestValidation::checkEvents_data()
{
    QTest::addColumn<EventTypes>("events");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("none") << EventTypes() << false;
    QTest::newRow("created") << EventTypes(EventType::UploadCreated) << true;
    QTest::newRow("completed") << EventTypes(EventType::UploadCompleted) << true;
    QTest::newRow("failed") << EventTypes(EventType::UploadFailed) << true;
    QTest::newRow("completed+failed") << (EventType::UploadCompleted | EventType::UploadFailed) << true;
    QTest::newRow("all") << (EventType::UploadCreated | EventType::UploadCompleted | EventType::UploadFailed) << true;
    QTest::newRow("unknown bit") << EventTypes::fromInt(0x8) << false;
    QTest::newRow("known + unknown bit") << EventTypes::fromInt(0x1 | 0x10) << false;
}

void TestValidation::checkEvents()
{
    QFETCH(EventTypes, events);
    QFETCH(bool, accepted);
    const QString message = Validation::checkEvents(events);
    QCOMPARE(message.isEmpty(), accepted);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
