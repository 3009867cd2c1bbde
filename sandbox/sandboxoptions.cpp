#include "sandboxoptions.h"

#include "keyformat.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace SandboxCommandLine {
namespace {

const char *const Description = R"(Local stand-in for the OptimalDial webhooks API (/api/v1/webhooks), for
running and testing OptimalDial Webhooks with no internet. Listens on 127.0.0.1
only; the first line on stdout is "listening on http://127.0.0.1:<port>".

API keys: OPTIMALDIAL_SANDBOX_KEYS=od_live_<32 chars>[,od_live_<32 chars>...]
(or --keys). Each key is its own organization. At least one key is required.

Seed file (--seed): {"webhooks": [...], "deliveries": [...]} with endpoint and
delivery objects in the contract's format, loaded into the first key's
organization. Left-out server fields are filled in (id, user_id,
organization_id, created_at, updated_at, events, is_active, ...); deliveries
need webhook_endpoint_id, status and created_at. "broken": true on a webhook
makes simulated deliveries to it fail. See sandbox/README.md and
sandbox/sample-data.json.

Control endpoints (--enable-control, no auth, for tests):
  GET/DELETE /__sandbox/requests   last 500 requests on /api/v1 / clear them
  GET/POST   /__sandbox/faults     latency_ms, error_rate, drop_rate,
                                   malformed_rate, rate_limit, ping_delay_ms,
                                   ping_fail_pattern
  GET/POST   /__sandbox/webhooks/{id}  read / overwrite raw endpoint fields
  POST       /__sandbox/tick       one simulated delivery round

Exit codes: 0 after --help/--version or a signal, 1 when the port cannot be
bound, 2 for bad options, keys or seed data.)";

bool toInt(const QString &text, int minimum, int maximum, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < minimum || v > maximum)
        return false;
    *out = v;
    return true;
}

bool toRate(const QString &text, double *out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= 0 && v <= 1))
        return false;
    *out = v;
    return true;
}

struct Parser
{
    QCommandLineParser p;
    QCommandLineOption port{QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1; 0 picks a free one (default 8765)."),
                            QStringLiteral("N")};
    QCommandLineOption keys{QStringLiteral("keys"),
                            QStringLiteral("Comma-separated API keys; replaces OPTIMALDIAL_SANDBOX_KEYS. Prefer the "
                                           "environment: arguments are visible to other users."),
                            QStringLiteral("KEYS")};
    QCommandLineOption generate{QStringLiteral("generate"),
                                QStringLiteral("Generate N realistic endpoints per organization (with deliveries)."),
                                QStringLiteral("N")};
    QCommandLineOption randomSeed{QStringLiteral("random-seed"),
                                  QStringLiteral("Seed for generated data and faults (default 20260423)."), QStringLiteral("S")};
    QCommandLineOption seed{QStringLiteral("seed"), QStringLiteral("Load endpoints and deliveries from a JSON seed file."),
                            QStringLiteral("FILE")};
    QCommandLineOption simulate{QStringLiteral("simulate"),
                                QStringLiteral("Keep deliveries happening: successes, failures, auto-disable.")};
    QCommandLineOption tickMs{QStringLiteral("tick-ms"), QStringLiteral("Simulation interval (default 2000)."),
                              QStringLiteral("MS")};
    QCommandLineOption rateLimit{QStringLiteral("rate-limit"),
                                 QStringLiteral("Writes (POST/PATCH/DELETE) per minute per key (default 60; 0 = off)."),
                                 QStringLiteral("N")};
    QCommandLineOption pingDelay{QStringLiteral("ping-delay-ms"),
                                 QStringLiteral("How long the verification ping takes (default 200)."), QStringLiteral("MS")};
    QCommandLineOption pingFail{QStringLiteral("ping-fail-pattern"),
                                QStringLiteral("Regular expression on the URL host; matching hosts fail the ping "
                                               "(default \\.invalid$)."),
                                QStringLiteral("REGEX")};
    QCommandLineOption latency{QStringLiteral("latency-ms"), QStringLiteral("Delay every API answer (default 0)."),
                               QStringLiteral("MS")};
    QCommandLineOption errorRate{QStringLiteral("error-rate"),
                                 QStringLiteral("Share 0..1 of API requests answered 503 JSON / 502 HTML instead."),
                                 QStringLiteral("R")};
    QCommandLineOption dropRate{QStringLiteral("drop-rate"),
                                QStringLiteral("Share 0..1 of API requests whose connection is closed unanswered."),
                                QStringLiteral("R")};
    QCommandLineOption malformedRate{QStringLiteral("malformed-rate"),
                                     QStringLiteral("Share 0..1 of 200 answers sent with an invalid JSON body."),
                                     QStringLiteral("R")};
    QCommandLineOption enableControl{QStringLiteral("enable-control"),
                                     QStringLiteral("Enable the unauthenticated /__sandbox/ test endpoints.")};

    Parser()
    {
        p.setApplicationDescription(QString::fromUtf8(Description));
        p.addHelpOption();
        p.addVersionOption();
        p.addOptions({port, keys, generate, randomSeed, seed, simulate, tickMs, rateLimit, pingDelay, pingFail, latency,
                      errorRate, dropRate, malformedRate, enableControl});
    }
};

} // namespace

bool parseKeys(const QString &list, const QString &source, QStringList *keys, QString *message)
{
    const QStringList parts = list.split(QLatin1Char(','));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString key = parts[i].trimmed();
        if (key.isEmpty())
            continue;
        const QString problem = KeyFormat::problem(key);
        if (!problem.isEmpty()) {
            *message = QStringLiteral("%1: key #%2 (starting \"%3\") is malformed: %4. Keys look like od_live_ followed "
                                      "by 32 characters from [A-Za-z0-9_-].")
                           .arg(source)
                           .arg(i + 1)
                           .arg(KeyFormat::displayPrefix(key), problem);
            return false;
        }
        if (keys->contains(key)) {
            *message = QStringLiteral("%1: key #%2 (starting \"%3\") is listed twice")
                           .arg(source)
                           .arg(i + 1)
                           .arg(KeyFormat::displayPrefix(key));
            return false;
        }
        keys->append(key);
    }
    return true;
}

QString helpText()
{
    Parser parser;
    return parser.p.helpText();
}

Outcome parse(const QStringList &arguments, const QProcessEnvironment &environment, SandboxOptions *o, QString *message)
{
    Parser parser;
    QCommandLineParser &p = parser.p;
    if (!p.parse(arguments)) {
        *message = p.errorText();
        return Outcome::Error;
    }
    if (p.isSet(QStringLiteral("help")))
        return Outcome::ShowHelp;
    if (p.isSet(QStringLiteral("version")))
        return Outcome::ShowVersion;
    if (!p.positionalArguments().isEmpty()) {
        *message = QStringLiteral("unexpected argument \"%1\"").arg(p.positionalArguments().first());
        return Outcome::Error;
    }

    auto bad = [message](const QCommandLineOption &option, const QString &value, const QString &expected) {
        *message = QStringLiteral("--%1 %2: expected %3").arg(option.names().first(), value, expected);
        return Outcome::Error;
    };
    int portValue = o->port;
    if (p.isSet(parser.port) && !toInt(p.value(parser.port), 0, 65535, &portValue))
        return bad(parser.port, p.value(parser.port), QStringLiteral("a port number from 0 to 65535"));
    o->port = quint16(portValue);
    if (p.isSet(parser.generate) && !toInt(p.value(parser.generate), 0, 5000000, &o->generate))
        return bad(parser.generate, p.value(parser.generate), QStringLiteral("a count from 0 to 5000000"));
    if (p.isSet(parser.randomSeed)) {
        bool ok = false;
        o->randomSeed = p.value(parser.randomSeed).toULongLong(&ok);
        if (!ok)
            return bad(parser.randomSeed, p.value(parser.randomSeed), QStringLiteral("an unsigned integer"));
    }
    if (p.isSet(parser.seed))
        o->seedFile = p.value(parser.seed);
    o->simulate = p.isSet(parser.simulate);
    if (p.isSet(parser.tickMs) && !toInt(p.value(parser.tickMs), 10, 3600000, &o->tickMs))
        return bad(parser.tickMs, p.value(parser.tickMs), QStringLiteral("milliseconds from 10 to 3600000"));
    if (p.isSet(parser.rateLimit) && !toInt(p.value(parser.rateLimit), 0, 1000000, &o->rateLimit))
        return bad(parser.rateLimit, p.value(parser.rateLimit), QStringLiteral("a count from 0 (off) to 1000000"));
    if (p.isSet(parser.pingDelay) && !toInt(p.value(parser.pingDelay), 0, 600000, &o->pingDelayMs))
        return bad(parser.pingDelay, p.value(parser.pingDelay), QStringLiteral("milliseconds from 0 to 600000"));
    if (p.isSet(parser.pingFail)) {
        o->pingFailPattern = p.value(parser.pingFail);
        const QRegularExpression re(o->pingFailPattern);
        if (!re.isValid())
            return bad(parser.pingFail, o->pingFailPattern, QStringLiteral("a valid regular expression (") + re.errorString() + QLatin1Char(')'));
    }
    if (p.isSet(parser.latency) && !toInt(p.value(parser.latency), 0, 3600000, &o->latencyMs))
        return bad(parser.latency, p.value(parser.latency), QStringLiteral("milliseconds from 0 to 3600000"));
    if (p.isSet(parser.errorRate) && !toRate(p.value(parser.errorRate), &o->errorRate))
        return bad(parser.errorRate, p.value(parser.errorRate), QStringLiteral("a share from 0 to 1"));
    if (p.isSet(parser.dropRate) && !toRate(p.value(parser.dropRate), &o->dropRate))
        return bad(parser.dropRate, p.value(parser.dropRate), QStringLiteral("a share from 0 to 1"));
    if (p.isSet(parser.malformedRate) && !toRate(p.value(parser.malformedRate), &o->malformedRate))
        return bad(parser.malformedRate, p.value(parser.malformedRate), QStringLiteral("a share from 0 to 1"));
    o->enableControl = p.isSet(parser.enableControl);

    o->keys.clear();
    const QString variable = QString::fromLatin1(KeysVariable);
    if (p.isSet(parser.keys)) {
        if (!parseKeys(p.value(parser.keys), QStringLiteral("--keys"), &o->keys, message))
            return Outcome::Error;
    } else if (!parseKeys(environment.value(variable), variable, &o->keys, message)) {
        return Outcome::Error;
    }
    if (o->keys.isEmpty()) {
        *message = QStringLiteral("no API key given: set %1 to one or more comma-separated keys "
                                  "(od_live_ followed by 32 characters from [A-Za-z0-9_-]), or use --keys")
                       .arg(variable);
        return Outcome::Error;
    }
    return Outcome::Run;
}

} // namespace SandboxCommandLine
