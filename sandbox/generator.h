#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

struct Endpoint;
struct Organization;
class SandboxStore;

// Realistic demo data for --generate: per organization a mix of healthy, failing,
// auto-disabled, inactive and never-verified endpoints with plausible URLs,
// descriptions (null, long, non-ASCII) and event subsets. Deliveries are made lazily,
// on first use of an endpoint, from a per-endpoint seed and consistent with its state.
// Everything is deterministic for a seed; timestamps are relative to the reference
// time (normally the server's start).
class Generator
{
public:
    static constexpr quint64 DefaultSeed = 20260423;

    enum class Kind { Healthy, Failing, AutoDisabled, Inactive, NeverVerified };

    Generator(quint64 seed, qint64 referenceUs) : m_seed(seed), m_reference(referenceUs) {}

    void populate(SandboxStore &store, Organization &org, int count) const;
    // Fills endpoint.deliveries (installed as the store's delivery materializer).
    void generateDeliveries(Endpoint &endpoint) const;

    qint64 reference() const { return m_reference; }

private:
    quint64 m_seed;
    qint64 m_reference;
};
