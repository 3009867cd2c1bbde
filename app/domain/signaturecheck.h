#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// Checks an OptimalDial delivery the way a receiver must (shared/api/README.md, "Receiving
// side"): the X-OptimalDial-Signature header is "t=<unix seconds>,v1=<hex>[,v1=<hex>...]";
// each v1 is HMAC-SHA256 over "<t>.<raw body>" keyed with the endpoint's secret (its ASCII
// text); a timestamp more than 5 minutes from now is rejected. Several v1 values may appear:
// one match is enough. Whitespace around the parts and around "=" is tolerated, and so is
// the header's name in front ("X-OptimalDial-Signature: t=..."); other keys (v0, v2, ...)
// are ignored, as receivers must ignore schemes they do not know.
// The secret is never put into a text.
class SignatureCheck
{
    Q_DECLARE_TR_FUNCTIONS(SignatureCheck)

public:
    static constexpr qint64 ToleranceSeconds = 5 * 60;
    static constexpr int SignatureHexLength = 64;

    enum class Problem { NoSecret, BadHeader, OutsideWindow, NoMatchingSignature };

    struct Result
    {
        QList<Problem> problems; // in this order; empty = valid
        QString headerProblem; // what is wrong with the header (BadHeader)
        qint64 offsetSeconds = 0; // now - t: positive when signed before now
        int signatureCount = 0; // v1 values in the header
        int matchingSignature = -1; // 0-based index of the v1 that matches, else -1
        bool secretLooksWrong = false; // the secret is not 64 hex characters

        bool isValid() const { return problems.isEmpty(); }
        bool has(Problem p) const { return problems.contains(p); }
        // "Valid: ..." or every reason why not, one sentence each.
        QString text() const;
    };

    static Result check(const QByteArray &secret, const QByteArray &header, const QByteArray &body,
                        const QDateTime &now);

    // The lowercase hex v1 value for this timestamp text (as it appears after "t=") and body.
    static QByteArray sign(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body);
    // Compares every byte whatever the differences (no early exit), like CRYPTO_memcmp.
    // Sizes are not secret: different sizes are unequal at once.
    static bool equalInConstantTime(const QByteArray &a, const QByteArray &b);
    // "7 min 12 s before now", "3 s after now", "exactly now".
    static QString offsetText(qint64 offsetSeconds);
};
