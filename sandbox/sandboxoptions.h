#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Everything the command line (and OPTIMALDIAL_SANDBOX_KEYS) can set.
struct SandboxOptions
{
    static constexpr quint16 DefaultPort = 8765;

    quint16 port = DefaultPort;
    QStringList keys;
    int generate = 0;
    quint64 randomSeed = 20260423;
    QString seedFile;
    bool simulate = false;
    int tickMs = 2000;
    int rateLimit = 60;
    int pingDelayMs = 200;
    QString pingFailPattern = QStringLiteral("\\.invalid$");
    int latencyMs = 0;
    double errorRate = 0;
    double dropRate = 0;
    double malformedRate = 0;
    bool enableControl = false;
};

namespace SandboxCommandLine {

inline constexpr const char *KeysVariable = "OPTIMALDIAL_SANDBOX_KEYS";

enum class Outcome { Run, ShowHelp, ShowVersion, Error };

// Parses arguments (arguments[0] is the program) and the environment. On Error,
// *message says what is wrong (never quoting more than a key's 12-character prefix).
Outcome parse(const QStringList &arguments, const QProcessEnvironment &environment, SandboxOptions *options,
              QString *message);

QString helpText();

// Splits a comma-separated key list and checks every key; false with a message naming
// the source (e.g. "OPTIMALDIAL_SANDBOX_KEYS") when one is malformed or repeated.
bool parseKeys(const QString &list, const QString &source, QStringList *keys, QString *message);

} // namespace SandboxCommandLine
