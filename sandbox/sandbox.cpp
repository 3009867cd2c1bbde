#include "sandbox.h"

#include "apihandler.h"
#include "clock.h"
#include "faultinjector.h"
#include "generator.h"
#include "httpserver.h"
#include "pingverifier.h"
#include "ratelimiter.h"
#include "requestlog.h"
#include "sandboxlog.h"
#include "sandboxstore.h"
#include "seedloader.h"
#include "simulator.h"

#include <QElapsedTimer>

Sandbox::Sandbox(const SandboxOptions &options, const Clock *clock, QObject *parent)
    : QObject(parent), m_options(options)
{
    if (!clock) {
        m_ownClock = std::make_unique<SystemClock>();
        clock = m_ownClock.get();
    }
    m_clock = clock;
    m_store = std::make_unique<SandboxStore>(m_clock);
    m_generator = std::make_unique<Generator>(options.randomSeed, m_clock->nowUs());
    m_rateLimiter = std::make_unique<RateLimiter>(m_clock, options.rateLimit);
    m_faults = std::make_unique<FaultInjector>(quint32(options.randomSeed ^ (options.randomSeed >> 32)));
    FaultSettings f;
    f.latencyMs = options.latencyMs;
    f.errorRate = options.errorRate;
    f.dropRate = options.dropRate;
    f.malformedRate = options.malformedRate;
    m_faults->setSettings(f);
    m_requestLog = std::make_unique<RequestLog>(500);
    m_ping = new PingVerifier(this);
    m_ping->setDelayMs(options.pingDelayMs);
    m_ping->setFailPattern(options.pingFailPattern);
    m_simulator = new Simulator(m_store.get(), options.randomSeed, this);

    Generator *generator = m_generator.get();
    m_store->setDeliveryMaterializer([generator](Endpoint &e) { generator->generateDeliveries(e); });
}

Sandbox::~Sandbox()
{
    // Server, handler and simulator first: nothing may reach the store while it goes away.
    delete m_server;
    delete m_handler;
    delete m_simulator;
}

bool Sandbox::prepare(QString *error)
{
    for (const QString &key : m_options.keys) {
        const Organization &org = m_store->addOrganization(key);
        qCInfo(lcSandbox).noquote() << "organization" << org.id.toString(QUuid::WithoutBraces) << "for key" << org.keyPrefix;
    }
    if (m_store->organizationCount() == 0) {
        *error = QStringLiteral("no API key");
        return false;
    }
    if (!m_options.seedFile.isEmpty()) {
        Organization &first = *m_store->organization(0);
        if (!SeedLoader::loadFile(m_options.seedFile, *m_store, first, error))
            return false;
        qCInfo(lcSandbox).noquote() << "seeded" << first.endpoints.size() << "endpoints from" << m_options.seedFile;
    }
    if (m_options.generate > 0) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < m_store->organizationCount(); ++i)
            m_generator->populate(*m_store, *m_store->organization(i), m_options.generate);
        qCInfo(lcSandbox).noquote() << "generated" << m_options.generate << "endpoints per organization in"
                                    << timer.elapsed() << "ms";
    }
    return true;
}

bool Sandbox::listen(QString *error)
{
    SandboxServices services;
    services.store = m_store.get();
    services.rateLimiter = m_rateLimiter.get();
    services.faults = m_faults.get();
    services.ping = m_ping;
    services.requestLog = m_requestLog.get();
    services.simulator = m_simulator;
    m_handler = new ApiHandler(services, m_options.enableControl);
    m_server = new HttpServer(m_handler);
    if (!m_server->listen(QHostAddress::LocalHost, m_options.port)) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(m_options.port).arg(m_server->errorString());
        return false;
    }
    if (m_options.simulate) {
        m_simulator->start(m_options.tickMs);
        qCInfo(lcSandbox) << "simulating deliveries every" << m_options.tickMs << "ms";
    }
    if (m_options.enableControl)
        qCInfo(lcSandbox) << "control endpoints enabled under /__sandbox/";
    return true;
}

quint16 Sandbox::port() const { return m_server ? m_server->serverPort() : 0; }
