// SignatureCheck: a delivery's X-OptimalDial-Signature checked against vectors that
// openssl computed, not this code. Each vector was made with (bash):
//   SECRET=5f2b8c1e9d3a47b6a0c4e8f21d7b39a6c5e0f4a8b2d6193e7c0a5f8b1d4e2c97
//   BODY='{"id":"evt_01HZX3","type":"upload.completed","api_version":"2026-04-23","created_at":"2026-04-23T12:00:00Z","data":{"upload_id":"u_42","rows":1200}}'
//   printf '%s' "1776945600.$BODY" | openssl dgst -sha256 -hmac "$SECRET"      -> Envelope
//   printf '%s' "1776945600.$BODY" | openssl dgst -sha256 -hmac 0000000000000000000000000000000000000000000000000000000000000000
//                                                                      -> EnvelopeZeroSecret
//   printf '%s' "1776945600." | openssl dgst -sha256 -hmac "$SECRET"           -> EmptyBody
//   printf '%s' "1776945600.$BODY
//   " | openssl dgst -sha256 -hmac "$SECRET"                                  -> body + "\n"
//   printf '1776945600.{"name":"Zürich 東京"}' | openssl dgst -sha256 -hmac "$SECRET"  (UTF-8) -> Unicode
#include "signaturecheck.h"

#include <QtTest>

namespace {

const QByteArray Secret = QByteArrayLiteral("5f2b8c1e9d3a47b6a0c4e8f21d7b39a6c5e0f4a8b2d6193e7c0a5f8b1d4e2c97");
const QByteArray ZeroSecret(64, '0');
const QByteArray Body = QByteArrayLiteral(
    R"({"id":"evt_01HZX3","type":"upload.completed","api_version":"2026-04-23","created_at":"2026-04-23T12:00:00Z","data":{"upload_id":"u_42","rows":1200}})");
const QByteArray Envelope = QByteArrayLiteral("8b5c766d42313c39a4f3831b22978f5bde788584124e477f2db292746d4a4e2e");
const QByteArray EnvelopeZeroSecret = QByteArrayLiteral("eb154c6221f97439d40f453094b340883a18b2e8c57515007eeebe68710ec45c");
const QByteArray EmptyBody = QByteArrayLiteral("8731854cc3833199b8ab4c8e42cf17cee40754a927a6f337f6b7fec23732f92c");
const QByteArray EnvelopeNewline = QByteArrayLiteral("b1a37a3878b1d17fb1663bdb7731ca5ee6628fdd5e8dd945d24af1bd6b5001bf");
const QByteArray Unicode = QByteArrayLiteral("79124971df3675931f7e1dd7da65db6953698be9d8d233bc5bbc3eca9183c5a4");
constexpr qint64 T = 1776945600; // 2026-04-23T12:00:00Z

QDateTime at(qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC); }

QByteArray header(const QByteArray &v1) { return "t=1776945600,v1=" + v1; }

using P = SignatureCheck::Problem;

} // namespace

class TestSignatureCheck : public QObject
{
    Q_OBJECT

private slots:
    void signsLikeOpenssl();
    void validVectors_data();
    void validVectors();
    void severalV1Values();
    void toleratesWhitespace_data();
    void toleratesWhitespace();
    void wrongSecretOrBody();
    void malformedHeaders_data();
    void malformedHeaders();
    void windowEdges_data();
    void windowEdges();
    void bothProblemsAreSaid();
    void constantTimeComparison();
    void offsetTexts();
    void secretNeverInText();
};

void TestSignatureCheck::signsLikeOpenssl()
{
    QCOMPARE(SignatureCheck::sign(Secret, "1776945600", Body), Envelope);
    QCOMPARE(SignatureCheck::sign(ZeroSecret, "1776945600", Body), EnvelopeZeroSecret);
    QCOMPARE(SignatureCheck::sign(Secret, "1776945600", QByteArray()), EmptyBody);
}

void TestSignatureCheck::validVectors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("v1");
    QTest::newRow("envelope") << Body << Envelope;
    QTest::newRow("empty body") << QByteArray() << EmptyBody;
    QTest::newRow("trailing newline is part of the body") << QByteArray(Body + '\n') << EnvelopeNewline;
    QTest::newRow("UTF-8 body") << QStringLiteral(u"{\"name\":\"Zürich 東京\"}").toUtf8() << Unicode;
    QTest::newRow("uppercase hex") << Body << Envelope.toUpper();
}

void TestSignatureCheck::validVectors()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, v1);
    const auto r = SignatureCheck::check(Secret, header(v1), body, at(T + 12));
    QVERIFY2(r.isValid(), qPrintable(r.text()));
    QCOMPARE(r.matchingSignature, 0);
    QCOMPARE(r.offsetSeconds, 12);
    QCOMPARE(r.text(), QStringLiteral("Valid: v1 signature 1 of 1 matches, signed 12 s before now."));
}

void TestSignatureCheck::severalV1Values()
{
    // During a (future) secret rotation a sender puts one v1 per secret; either may match.
    const QByteArray h = "t=1776945600,v1=" + EnvelopeZeroSecret + ",v1=" + Envelope + ",v0=" + QByteArray(64, 'f');
    auto r = SignatureCheck::check(Secret, h, Body, at(T));
    QVERIFY(r.isValid());
    QCOMPARE(r.signatureCount, 2);
    QCOMPARE(r.matchingSignature, 1);
    QCOMPARE(r.text(), QStringLiteral("Valid: v1 signature 2 of 2 matches, signed exactly now."));
    r = SignatureCheck::check(ZeroSecret, h, Body, at(T));
    QVERIFY(r.isValid());
    QCOMPARE(r.matchingSignature, 0);
    r = SignatureCheck::check(QByteArray(64, '1'), h, Body, at(T));
    QCOMPARE(r.problems, QList<P>{P::NoMatchingSignature});
    QCOMPARE(r.text(), QStringLiteral("No matching v1 signature: none of the 2 v1 values is the HMAC-SHA256 of this "
                                      "timestamp and body with this secret."));
}

void TestSignatureCheck::toleratesWhitespace_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("after comma") << "t=1776945600, v1=" + Envelope;
    QTest::newRow("around everything") << " \tt = 1776945600 ,\tv1 =  " + Envelope + " \r\n";
    QTest::newRow("with the header's name") << "X-OptimalDial-Signature: t=1776945600,v1=" + Envelope;
    QTest::newRow("name in lowercase") << "x-optimaldial-signature :t=1776945600,v1=" + Envelope;
    QTest::newRow("v1 first") << "v1=" + Envelope + ",t=1776945600";
}

void TestSignatureCheck::toleratesWhitespace()
{
    QFETCH(QByteArray, header);
    const auto r = SignatureCheck::check(Secret, header, Body, at(T));
    QVERIFY2(r.isValid(), qPrintable(r.text()));
}

void TestSignatureCheck::wrongSecretOrBody()
{
    auto r = SignatureCheck::check(ZeroSecret, header(Envelope), Body, at(T));
    QCOMPARE(r.problems, QList<P>{P::NoMatchingSignature});
    QCOMPARE(r.text(), QStringLiteral("No matching v1 signature: the v1 value is not the HMAC-SHA256 of this timestamp "
                                      "and body with this secret."));
    // One byte more in the body (a newline the receiver's framework added) no longer matches.
    r = SignatureCheck::check(Secret, header(Envelope), Body + '\n', at(T));
    QCOMPARE(r.problems, QList<P>{P::NoMatchingSignature});
    // Another timestamp text signs other bytes, even if the number is the same.
    r = SignatureCheck::check(Secret, "t=01776945600,v1=" + Envelope, Body, at(T));
    QCOMPARE(r.problems, QList<P>{P::NoMatchingSignature});
    // A secret that is not 64 hex characters (cut when copied) gets a hint.
    r = SignatureCheck::check(Secret.left(63), header(Envelope), Body, at(T));
    QVERIFY(r.secretLooksWrong);
    QVERIFY(r.text().endsWith(QStringLiteral("The secret is not 64 hexadecimal characters; check that it was copied "
                                             "whole.")));
    r = SignatureCheck::check(QByteArray(), header(Envelope), Body, at(T));
    QCOMPARE(r.problems, QList<P>{P::NoSecret});
    QCOMPARE(r.text(), QStringLiteral("Not checked: enter the signing secret."));
}

void TestSignatureCheck::malformedHeaders_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << QByteArray("  ") << QStringLiteral("The header is empty.");
    QTest::newRow("only the name") << QByteArray("X-OptimalDial-Signature:") << QStringLiteral("The header is empty.");
    QTest::newRow("no timestamp") << "v1=" + Envelope << QStringLiteral("There is no timestamp (\u201ct=\u201d).");
    QTest::newRow("two timestamps") << "t=1,t=2,v1=" + Envelope
                                    << QStringLiteral("There are 2 timestamps (\u201ct=\u201d); there must be one.");
    QTest::newRow("no v1") << QByteArray("t=1776945600,v0=abc")
                           << QStringLiteral("There is no \u201cv1=\u201d signature.");
    QTest::newRow("timestamp as a date")
        << "t=2026-04-23,v1=" + Envelope
        << QStringLiteral("The timestamp after \u201ct=\u201d is not a Unix time in whole seconds (digits only).");
    QTest::newRow("negative timestamp")
        << "t=-5,v1=" + Envelope
        << QStringLiteral("The timestamp after \u201ct=\u201d is not a Unix time in whole seconds (digits only).");
    QTest::newRow("short v1") << QByteArray("t=1776945600,v1=8b5c766d42")
                              << QStringLiteral("v1 value 1 is not 64 hexadecimal characters (it has 10).");
    QTest::newRow("second v1 not hex") << "t=1776945600,v1=" + Envelope + ",v1=" + QByteArray(64, 'g')
                                       << QStringLiteral("v1 value 2 is not 64 hexadecimal characters (it has 64).");
    QTest::newRow("semicolons") << "t=1776945600;v1=" + Envelope
                                << QStringLiteral("The timestamp after \u201ct=\u201d is not a Unix time in whole "
                                                  "seconds (digits only).");
    QTest::newRow("no equals") << "t=1776945600,sha256 " + Envelope
                               << QStringLiteral("Part 2 is not key=value: it has no \u201c=\u201d.");
    QTest::newRow("empty part") << "t=1776945600,,v1=" + Envelope
                                << QStringLiteral("Part 2 (between commas) is empty.");
    QTest::newRow("no key") << "t=1776945600,=" + Envelope << QStringLiteral("Part 2 has no key before \u201c=\u201d.");
}

void TestSignatureCheck::malformedHeaders()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, why);
    const auto r = SignatureCheck::check(Secret, header, Body, at(T));
    QCOMPARE(r.problems, QList<P>{P::BadHeader});
    QCOMPARE(r.headerProblem, why);
    QCOMPARE(r.text(), QStringLiteral("Bad header format: %1 Expected \u201ct=<Unix time>,v1=<64 hex characters>\u201d.")
                           .arg(why));
}

void TestSignatureCheck::windowEdges_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<bool>("inside");
    QTest::addColumn<QString>("offset");
    QTest::newRow("300 s after signing") << T + 300 << true << QStringLiteral("5 min before now");
    QTest::newRow("301 s after signing") << T + 301 << false << QStringLiteral("5 min 1 s before now");
    QTest::newRow("300 s before signing") << T - 300 << true << QStringLiteral("5 min after now");
    QTest::newRow("301 s before signing") << T - 301 << false << QStringLiteral("5 min 1 s after now");
    QTest::newRow("7 min 12 s") << T + 432 << false << QStringLiteral("7 min 12 s before now");
    QTest::newRow("a day and 2 h") << T + 93600 + 59 << false << QStringLiteral("1 d 2 h before now");
}

void TestSignatureCheck::windowEdges()
{
    QFETCH(qint64, now);
    QFETCH(bool, inside);
    QFETCH(QString, offset);
    const auto r = SignatureCheck::check(Secret, header(Envelope), Body, at(now));
    QCOMPARE(r.isValid(), inside);
    QCOMPARE(r.offsetSeconds, now - T);
    QCOMPARE(r.matchingSignature, 0);
    QCOMPARE(SignatureCheck::offsetText(r.offsetSeconds), offset);
    if (!inside) {
        QCOMPARE(r.problems, QList<P>{P::OutsideWindow});
        QCOMPARE(r.text(), QStringLiteral("Timestamp outside the 5-minute window: signed %1.").arg(offset));
    }
}

void TestSignatureCheck::bothProblemsAreSaid()
{
    const auto r = SignatureCheck::check(ZeroSecret, header(Envelope), Body, at(T + 432));
    QCOMPARE(r.problems, (QList<P>{P::NoMatchingSignature, P::OutsideWindow}));
    QVERIFY(r.text().startsWith(QStringLiteral("No matching v1 signature")));
    QVERIFY(r.text().endsWith(QStringLiteral("Timestamp outside the 5-minute window: signed 7 min 12 s before now.")));
}

void TestSignatureCheck::constantTimeComparison()
{
    QVERIFY(SignatureCheck::equalInConstantTime(Envelope, Envelope));
    QVERIFY(SignatureCheck::equalInConstantTime(QByteArray(), QByteArray()));
    QVERIFY(!SignatureCheck::equalInConstantTime(Envelope, EmptyBody));
    QVERIFY(!SignatureCheck::equalInConstantTime(Envelope, Envelope.left(63)));
    // A difference in the last byte only, and in the first byte only.
    QByteArray last = Envelope;
    last[63] = last[63] == 'e' ? 'f' : 'e';
    QVERIFY(!SignatureCheck::equalInConstantTime(Envelope, last));
    QByteArray first = Envelope;
    first[0] = '0';
    QVERIFY(!SignatureCheck::equalInConstantTime(Envelope, first));
}

void TestSignatureCheck::offsetTexts()
{
    QCOMPARE(SignatureCheck::offsetText(0), QStringLiteral("exactly now"));
    QCOMPARE(SignatureCheck::offsetText(1), QStringLiteral("1 s before now"));
    QCOMPARE(SignatureCheck::offsetText(-59), QStringLiteral("59 s after now"));
    QCOMPARE(SignatureCheck::offsetText(3600), QStringLiteral("1 h before now"));
    QCOMPARE(SignatureCheck::offsetText(3600 + 61), QStringLiteral("1 h 1 min before now"));
}

void TestSignatureCheck::secretNeverInText()
{
    // Even a secret pasted into the header field is not echoed back.
    const QList<QByteArray> headers = {Secret, "t=" + Secret, "t=1776945600,v1=" + Secret + "0", header(Envelope)};
    for (const QByteArray &h : headers) {
        const auto r = SignatureCheck::check(Secret, h, Body, at(T + 1000));
        QVERIFY(!r.text().contains(QString::fromLatin1(Secret)));
        QVERIFY(!r.text().contains(QString::fromLatin1(Secret.left(12))));
    }
}

QTEST_GUILESS_MAIN(TestSignatureCheck)
#include "tst_signaturecheck.moc"
