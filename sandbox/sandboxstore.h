#pragma once

#include "model.h"
#include "webhookrules.h"

#include <QHash>
#include <QUuid>
#include <functional>
#include <memory>
#include <vector>

class Clock;

// All organizations, endpoints and deliveries, and the server-side rules that change
// them: create defaults, PATCH semantics, auto-disable after 20 consecutive failures,
// reactivation. Input validation lives in WebhookRules; HTTP in ApiHandler.
class SandboxStore
{
public:
    static constexpr int AutoDisableThreshold = 20;
    static constexpr int MaxStoredDeliveries = 200; // per endpoint; the API shows at most 100

    explicit SandboxStore(const Clock *clock);
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    const Clock *clock() const { return m_clock; }
    qint64 now() const;

    // One organization (and one user) per key; their UUIDs are derived from the key,
    // so they stay the same across restarts.
    Organization &addOrganization(const QString &key);
    Organization *organizationForKey(const QString &key) const;
    Organization *organization(int index) const;
    int organizationCount() const { return int(m_organizations.size()); }
    Organization &organizationOf(const Endpoint &endpoint) const;
    qsizetype endpointCount() const { return m_index.size(); }

    // Null for an unknown id and for an id of another organization (indistinguishable).
    Endpoint *find(const Organization &org, const QUuid &id) const;
    Endpoint *findAny(const QUuid &id) const;

    // Adds a fully formed endpoint (generator, seed). False when the id is taken.
    bool insert(Organization &org, std::unique_ptr<Endpoint> endpoint);

    // A verified create: is_active, no failures, verified_at = created_at = now, a new secret.
    Endpoint &create(Organization &org, const CreateRequest &request);
    // True when the patch changes the url, which must then be pinged first.
    static bool needsPing(const Endpoint &endpoint, const PatchRequest &patch);
    // Applies a validated patch (the url, if changed, has been pinged successfully).
    // Returns whether anything changed; updated_at moves only then.
    bool applyPatch(Endpoint &endpoint, const PatchRequest &patch);
    bool remove(Organization &org, const QUuid &id);

    // Deliveries of generated endpoints are made on first use by this function.
    void setDeliveryMaterializer(std::function<void(Endpoint &)> materializer);
    void ensureDeliveries(Endpoint &endpoint);
    // Most recent first (by created_at), at most limit.
    std::vector<const Delivery *> recentDeliveries(Endpoint &endpoint, int limit);
    // Inserts in created_at order, dropping the oldest beyond MaxStoredDeliveries.
    Delivery &addDelivery(Endpoint &endpoint, const Delivery &delivery);

    // The outcome of one delivery attempt.
    void recordSuccess(Endpoint &endpoint, qint64 at);
    // consecutive_failures + 1; at AutoDisableThreshold: is_active=false, disabled_at=at.
    void recordFailure(Endpoint &endpoint, qint64 at);

    // 32 random bytes as 64 lowercase hex characters.
    static QString newSecret();

private:
    const Clock *m_clock;
    std::vector<std::unique_ptr<Organization>> m_organizations;
    QHash<QString, Organization *> m_byKey;
    QHash<QUuid, Endpoint *> m_index;
    std::function<void(Endpoint &)> m_materializer;
};
