#pragma once

#include "sandboxoptions.h"

#include <QObject>
#include <memory>

class ApiHandler;
class Clock;
class FaultInjector;
class Generator;
class HttpServer;
class PingVerifier;
class RateLimiter;
class RequestLog;
class SandboxStore;
class Simulator;

// A whole sandbox server, built from options: organizations, data (seed, generated),
// fault switches, the HTTP server and the simulator. Used by main() and by tests that
// run the server in-process.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    // clock: null for the system clock; otherwise must outlive the Sandbox.
    explicit Sandbox(const SandboxOptions &options, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~Sandbox() override;

    // Organizations, seed file and generated data. False with a message on bad data.
    bool prepare(QString *error);
    // Listens on 127.0.0.1 and starts the simulator if asked.
    bool listen(QString *error);
    quint16 port() const;

    SandboxStore &store() { return *m_store; }
    FaultInjector &faults() { return *m_faults; }
    RateLimiter &rateLimiter() { return *m_rateLimiter; }
    RequestLog &requestLog() { return *m_requestLog; }
    Simulator &simulator() { return *m_simulator; }
    PingVerifier &ping() { return *m_ping; }

private:
    SandboxOptions m_options;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<Generator> m_generator;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<RequestLog> m_requestLog;
    PingVerifier *m_ping;
    Simulator *m_simulator;
    ApiHandler *m_handler = nullptr;
    HttpServer *m_server = nullptr;
};
