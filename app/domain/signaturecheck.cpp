#include "signaturecheck.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace {

constexpr int MaxTimestampDigits = 12; // far beyond any plausible Unix time, far from overflow

bool isHex(const QByteArray &text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

bool isDigits(const QByteArray &text)
{
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.isEmpty();
}

struct ParsedHeader
{
    QByteArray timestamp;
    QList<QByteArray> signatures; // lowercase hex
    QString problem; // empty when well formed
};

ParsedHeader parseHeader(QByteArray header)
{
    ParsedHeader out;
    header = header.trimmed();
    static const QByteArray name = QByteArrayLiteral("x-optimaldial-signature");
    if (header.toLower().startsWith(name) && header.mid(name.size()).trimmed().startsWith(':'))
        header = header.mid(header.indexOf(':') + 1).trimmed();
    if (header.isEmpty()) {
        out.problem = SignatureCheck::tr("The header is empty.");
        return out;
    }
    int timestamps = 0;
    const QList<QByteArray> parts = header.split(',');
    for (int i = 0; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        const int eq = part.indexOf('=');
        if (eq < 0) {
            out.problem = part.isEmpty()
                ? SignatureCheck::tr("Part %1 (between commas) is empty.").arg(i + 1)
                : SignatureCheck::tr("Part %1 is not key=value: it has no \u201c=\u201d.").arg(i + 1);
            return out;
        }
        const QByteArray key = part.left(eq).trimmed();
        const QByteArray value = part.mid(eq + 1).trimmed();
        if (key == "t") {
            ++timestamps;
            if (!isDigits(value) || value.size() > MaxTimestampDigits) {
                out.problem = SignatureCheck::tr("The timestamp after \u201ct=\u201d is not a Unix time in whole "
                                                 "seconds (digits only).");
                return out;
            }
            out.timestamp = value;
        } else if (key == "v1") {
            if (value.size() != SignatureCheck::SignatureHexLength || !isHex(value)) {
                out.problem = SignatureCheck::tr("v1 value %1 is not %2 hexadecimal characters (it has %n).", nullptr,
                                                 int(value.size()))
                                  .arg(out.signatures.size() + 1)
                                  .arg(SignatureCheck::SignatureHexLength);
                return out;
            }
            out.signatures.append(value.toLower());
        } else if (key.isEmpty()) {
            out.problem = SignatureCheck::tr("Part %1 has no key before \u201c=\u201d.").arg(i + 1);
            return out;
        }
        // Other keys (v0, v2, ...) are schemes this check does not know: ignored.
    }
    if (timestamps == 0)
        out.problem = SignatureCheck::tr("There is no timestamp (\u201ct=\u201d).");
    else if (timestamps > 1)
        out.problem
            = SignatureCheck::tr("There are %n timestamps (\u201ct=\u201d); there must be one.", nullptr, timestamps);
    else if (out.signatures.isEmpty())
        out.problem = SignatureCheck::tr("There is no \u201cv1=\u201d signature.");
    return out;
}

} // namespace

QByteArray SignatureCheck::sign(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(timestamp);
    mac.addData(".", 1);
    mac.addData(body);
    return mac.result().toHex();
}

bool SignatureCheck::equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

SignatureCheck::Result SignatureCheck::check(const QByteArray &secret, const QByteArray &header, const QByteArray &body,
                                             const QDateTime &now)
{
    Result result;
    if (secret.isEmpty())
        result.problems.append(Problem::NoSecret);
    const ParsedHeader parsed = parseHeader(header);
    if (!parsed.problem.isEmpty()) {
        result.problems.append(Problem::BadHeader);
        result.headerProblem = parsed.problem;
        return result;
    }
    result.signatureCount = int(parsed.signatures.size());
    result.offsetSeconds = now.toSecsSinceEpoch() - parsed.timestamp.toLongLong();
    if (!secret.isEmpty()) {
        result.secretLooksWrong = secret.size() != SignatureHexLength || !isHex(secret);
        const QByteArray expected = sign(secret, parsed.timestamp, body);
        // Every value is compared, also after a match: the time taken does not say which matched.
        for (int i = 0; i < parsed.signatures.size(); ++i) {
            if (equalInConstantTime(expected, parsed.signatures.at(i)) && result.matchingSignature < 0)
                result.matchingSignature = i;
        }
        if (result.matchingSignature < 0)
            result.problems.append(Problem::NoMatchingSignature);
    }
    if (qAbs(result.offsetSeconds) > ToleranceSeconds)
        result.problems.append(Problem::OutsideWindow);
    return result;
}

QString SignatureCheck::offsetText(qint64 offsetSeconds)
{
    if (offsetSeconds == 0)
        return tr("exactly now");
    const qint64 total = qAbs(offsetSeconds);
    const int days = int(total / 86400);
    const int hours = int(total % 86400 / 3600);
    const int minutes = int(total % 3600 / 60);
    const int seconds = int(total % 60);
    QStringList parts;
    if (days)
        parts << tr("%n d", nullptr, days);
    if (hours)
        parts << tr("%n h", nullptr, hours);
    if (minutes && !days)
        parts << tr("%n min", nullptr, minutes);
    if (seconds && !days && !hours)
        parts << tr("%n s", nullptr, seconds);
    const QString amount = parts.join(QLatin1Char(' '));
    return offsetSeconds > 0 ? tr("%1 before now").arg(amount) : tr("%1 after now").arg(amount);
}

QString SignatureCheck::Result::text() const
{
    if (isValid()) {
        return tr("Valid: v1 signature %1 of %2 matches, signed %3.")
            .arg(matchingSignature + 1)
            .arg(signatureCount)
            .arg(offsetText(offsetSeconds));
    }
    QStringList reasons;
    for (const Problem p : problems) {
        switch (p) {
        case Problem::NoSecret: reasons << tr("Not checked: enter the signing secret."); break;
        case Problem::BadHeader:
            reasons << tr("Bad header format: %1 Expected \u201ct=<Unix time>,v1=<64 hex characters>\u201d.")
                           .arg(headerProblem);
            break;
        case Problem::OutsideWindow:
            reasons << tr("Timestamp outside the %n-minute window: signed %1.", nullptr, int(ToleranceSeconds / 60))
                           .arg(offsetText(offsetSeconds));
            break;
        case Problem::NoMatchingSignature: {
            QString reason = signatureCount == 1
                ? tr("No matching v1 signature: the v1 value is not the HMAC-SHA256 of this timestamp and body with "
                     "this secret.")
                : tr("No matching v1 signature: none of the %n v1 values is the HMAC-SHA256 of this timestamp and "
                     "body with this secret.",
                     nullptr, signatureCount);
            if (secretLooksWrong)
                reason += QLatin1Char(' ')
                    + tr("The secret is not %1 hexadecimal characters; check that it was copied whole.")
                          .arg(SignatureHexLength);
            reasons << reason;
            break;
        }
        }
    }
    return reasons.join(QLatin1Char(' '));
}
