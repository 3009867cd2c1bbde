// ServerText: the server's words made one safe line.
#include "servertext.h"

#include <QtTest>

class TestServerText : public QObject
{
    Q_OBJECT

private slots:
    void neutralises_data();
    void neutralises();
    void cutsLongTextWithoutReadingIt();
    void keepsSurrogatePairsWhole();
    void forCopyKeepsLinesAndDropsHiddenCharacters();
};

void TestServerText::neutralises_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << QStringLiteral("Webhook endpoint not found") << QStringLiteral("Webhook endpoint not found");
    QTest::newRow("right-to-left override") << QStringLiteral("https://evil.test/\u202Emoc.elgoog.www")
                                            << QStringLiteral("https://evil.test/moc.elgoog.www");
    QTest::newRow("isolates and marks") << QStringLiteral("a\u2066b\u2067c\u2068d\u2069e\u200Ef\u200Fg\u061Ch")
                                        << QStringLiteral("abcdefgh");
    QTest::newRow("zero width") << QStringLiteral("pa\u200By\u200Cp\u200Dal\u2060\uFEFF") << QStringLiteral("paypal");
    QTest::newRow("line breaks become one space") << QStringLiteral("first\r\n\r\nsecond\u2028third\u2029fourth")
                                                  << QStringLiteral("first second third fourth");
    QTest::newRow("controls") << QStringLiteral("a\x01\x1b[31mb\x7f\u0085c") << QStringLiteral("a[31mb c"); // NEL is a line break
    QTest::newRow("leading and trailing space") << QStringLiteral("  \t x \n") << QStringLiteral("x");
    QTest::newRow("accents and scripts stay") << QStringLiteral("Zürich – 東京 – مرحبا") << QStringLiteral("Zürich – 東京 – مرحبا");
}

void TestServerText::neutralises()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(ServerText::oneLine(in), out);
}

void TestServerText::cutsLongTextWithoutReadingIt()
{
    const QString huge(10 * 1024 * 1024, QLatin1Char('x'));
    const QString cut = ServerText::oneLine(huge, 300);
    QCOMPARE(cut.size(), 301);
    QVERIFY(cut.endsWith(QChar(0x2026)));
    // Hidden characters do not count towards the limit.
    QCOMPARE(ServerText::oneLine(QString(20, QChar(0x200B)) + QStringLiteral("abc"), 3), QStringLiteral("abc"));
    QCOMPARE(ServerText::oneLine(QStringLiteral("abcd"), 3), QStringLiteral("abc\u2026"));
}

void TestServerText::keepsSurrogatePairsWhole()
{
    const QString rocket = QStringLiteral("\U0001F680");
    QCOMPARE(ServerText::oneLine(rocket + rocket, 1), rocket + QChar(0x2026));
    // A lone surrogate is shown as the replacement character, never half a pair.
    QCOMPARE(ServerText::oneLine(QString(QChar(0xD800)) + QStringLiteral("a")), QStringLiteral("\uFFFDa"));
    // Tag characters (U+E0000 block, invisible) are removed.
    QCOMPARE(ServerText::oneLine(QStringLiteral("a\U000E0041\U000E007Fb")), QStringLiteral("ab"));
}

void TestServerText::forCopyKeepsLinesAndDropsHiddenCharacters()
{
    QCOMPARE(ServerText::forCopy(QStringLiteral("line one\r\n\tline\u202E two\u200B\u0007")),
             QStringLiteral("line one\n\tline two"));
    const QString huge(1024 * 1024, QLatin1Char('x'));
    const QString copied = ServerText::forCopy(huge);
    QCOMPARE(copied.size(), ServerText::CopyLimit + 1);
    QVERIFY(copied.endsWith(QChar(0x2026)));
    QCOMPARE(ServerText::forCopy(QStringLiteral("\U0001F600 ok"), 2), QStringLiteral("\U0001F600 \u2026"));
}

QTEST_GUILESS_MAIN(TestServerText)
#include "tst_servertext.moc"
