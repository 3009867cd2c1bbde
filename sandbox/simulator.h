#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

class SandboxStore;
struct Endpoint;

// Keeps deliveries happening (--simulate): each tick, a few active endpoints of every
// organization get a delivery attempt (a new event of a subscribed type, or a retry of a
// pending one). "Broken" endpoints fail (consecutive_failures + 1, last_failure_at; the
// 20th failure switches them off), the others succeed (consecutive_failures = 0,
// last_success_at). Now and then a healthy endpoint breaks and a broken one recovers.
// updated_at is not touched: only edits change it.
class Simulator : public QObject
{
    Q_OBJECT

public:
    static constexpr double DefaultBreakChance = 0.03;   // per attempt on a working endpoint
    static constexpr double DefaultRecoverChance = 0.10; // per attempt on a broken endpoint

    Simulator(SandboxStore *store, quint64 seed, QObject *parent = nullptr);

    void start(int tickMs);
    void stop() { m_timer.stop(); }
    bool isRunning() const { return m_timer.isActive(); }

    // How often endpoints change between working and broken (0 = never).
    void setChances(double breakChance, double recoverChance)
    {
        m_breakChance = breakChance;
        m_recoverChance = recoverChance;
    }

    // One round; returns the number of delivery attempts made.
    int tick();
    // One delivery attempt to this endpoint now (it must be active).
    void attempt(Endpoint &endpoint);

private:
    SandboxStore *m_store;
    QRandomGenerator m_random;
    QTimer m_timer;
    double m_breakChance = DefaultBreakChance;
    double m_recoverChance = DefaultRecoverChance;
};
