// UrlDisplay: an internationalised host in Unicode only where that cannot mislead.
#include "urldisplay.h"
#include "webhookpatch.h"

#include <QtTest>

class TestUrlDisplay : public QObject
{
    Q_OBJECT

private slots:
    void hosts_data();
    void hosts();
    void wholeUrls_data();
    void wholeUrls();
    void forEditing_data();
    void forEditing();
    void unicodeHostIsSentInAscii();
    void editedSpellingIsTheSameAddress();
};

void TestUrlDisplay::hosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("shown");
    const QString buecher = QStringLiteral("hooks.b\u00fccher-versand.de");
    QTest::newRow("ascii") << QStringLiteral("hooks.example.com") << QStringLiteral("hooks.example.com");
    QTest::newRow("latin from punycode") << QStringLiteral("hooks.xn--bcher-versand-wob.de") << buecher;
    QTest::newRow("latin in unicode") << buecher << buecher;
    QTest::newRow("japanese") << QStringLiteral("\u3072\u3089\u304C\u306A.\u4F8B.jp")
                              << QStringLiteral("\u3072\u3089\u304C\u306A.\u4F8B.jp");
    QTest::newRow("arabic alone") << QStringLiteral("\u0645\u062B\u0627\u0644.example")
                                  << QStringLiteral("\u0645\u062B\u0627\u0644.example");
    // Cyrillic "аррӏе": looks like apple, stays in punycode.
    QTest::newRow("cyrillic look-alike") << QStringLiteral("\u0430\u0440\u0440\u04CF\u0435.com")
                                         << QString::fromLatin1(QUrl::toAce(QStringLiteral("\u0430\u0440\u0440\u04CF\u0435.com")));
    // Latin "paypal" with one Cyrillic "а": mixed scripts, stays in punycode.
    QTest::newRow("mixed latin and cyrillic") << QStringLiteral("p\u0430ypal.com")
                                              << QString::fromLatin1(QUrl::toAce(QStringLiteral("p\u0430ypal.com")));
    QTest::newRow("greek") << QStringLiteral("\u03B1\u03B2\u03B3.example")
                           << QString::fromLatin1(QUrl::toAce(QStringLiteral("\u03B1\u03B2\u03B3.example")));
}

void TestUrlDisplay::hosts()
{
    QFETCH(QString, host);
    QFETCH(QString, shown);
    QCOMPARE(UrlDisplay::hostForDisplay(host), shown);
}

void TestUrlDisplay::wholeUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("https://hooks.example.com:8443/a/b?x=1")
                           << QStringLiteral("https://hooks.example.com:8443/a/b?x=1");
    QTest::newRow("punycode host") << QStringLiteral("https://hooks.xn--bcher-versand-wob.de/webhooks/od")
                                   << QStringLiteral("https://hooks.b\u00fccher-versand.de/webhooks/od");
    QTest::newRow("right-to-left override in the path")
        << QStringLiteral("https://evil.test/\u202Emoc.elgoog.www") << QStringLiteral("https://evil.test/moc.elgoog.www");
    QTest::newRow("user info dropped") << QStringLiteral("https://user:secret@hooks.example.com/x")
                                       << QStringLiteral("https://hooks.example.com/x");
    QTest::newRow("not a url") << QStringLiteral("not a url\nat all") << QStringLiteral("not a url at all");
}

void TestUrlDisplay::wholeUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    QCOMPARE(UrlDisplay::forDisplay(url), shown);
}

void TestUrlDisplay::forEditing_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("https://hooks.example.com:8443/a/b?x=1#f")
                           << QStringLiteral("https://hooks.example.com:8443/a/b?x=1#f");
    QTest::newRow("punycode host shown in unicode") << QStringLiteral("https://hooks.xn--bcher-versand-wob.de/od")
                                                    << QStringLiteral("https://hooks.b\u00fccher-versand.de/od");
    QTest::newRow("look-alike host stays in punycode") << QStringLiteral("https://p\u0430ypal.com/x")
                                                       << QStringLiteral("https://xn--pypal-4ve.com/x");
    // Made visible, not removed: the field still holds the same address.
    QTest::newRow("right-to-left override")
        << QStringLiteral("https://evil.test/\u202Emoc.elgoog.www") << QStringLiteral("https://evil.test/%E2%80%AEmoc.elgoog.www");
    QTest::newRow("zero-width space in the query")
        << QStringLiteral("https://hooks.example.com/x?a=\u200Bb") << QStringLiteral("https://hooks.example.com/x?a=%E2%80%8Bb");
    QTest::newRow("unicode path kept readable") << QStringLiteral("https://hooks.example.com/caf%C3%A9")
                                                << QStringLiteral("https://hooks.example.com/caf\u00e9");
    QTest::newRow("not a url, a control character") << QStringLiteral("not a url\u202E")
                                                    << QStringLiteral("not a url%E2%80%AE");
}

void TestUrlDisplay::forEditing()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    const QString edited = UrlDisplay::forEditing(url);
    QCOMPARE(edited, shown);
    for (QChar c : edited)
        QVERIFY2(c.category() != QChar::Other_Format && c.category() != QChar::Other_Control, "nothing hidden is left");
}

void TestUrlDisplay::unicodeHostIsSentInAscii()
{
    WebhookEndpoint original;
    original.url = QStringLiteral("https://hooks.example.com/od");
    WebhookEndpoint edited = original;
    edited.url = QStringLiteral("https://hooks.b\u00fccher-versand.de/caf\u00e9");
    const WebhookPatch patch = WebhookPatch::between(original, edited);
    QVERIFY(patch.url.has_value());
    QCOMPARE(*patch.url, QStringLiteral("https://hooks.xn--bcher-versand-wob.de/caf%C3%A9"));
    QCOMPARE(UrlDisplay::toAscii(QStringLiteral("https://hooks.example.com/od")), QStringLiteral("https://hooks.example.com/od"));
}

void TestUrlDisplay::editedSpellingIsTheSameAddress()
{
    // What the edit field shows, sent back, is the address the server has.
    for (const QString &url : {QStringLiteral("https://hooks.xn--bcher-versand-wob.de/od"),
                               QStringLiteral("https://evil.test/\u202Emoc.elgoog.www"),
                               QStringLiteral("https://hooks.example.com/caf%C3%A9?q=1#top"),
                               QStringLiteral("https://[2001:db8::1]:8443/x"),
                               QStringLiteral("https://user@hooks.example.com/x")})
        QCOMPARE(UrlDisplay::toAscii(UrlDisplay::forEditing(url)), UrlDisplay::toAscii(url));
    QCOMPARE(UrlDisplay::forDisplay(QStringLiteral("https://[2001:db8::1]:8443/x")), QStringLiteral("https://[2001:db8::1]:8443/x"));
}

QTEST_GUILESS_MAIN(TestUrlDisplay)
#include "tst_urldisplay.moc"
