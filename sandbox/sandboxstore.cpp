#include "sandboxstore.h"

#include "clock.h"
#include "keyformat.h"

#include <QRandomGenerator>
#include <algorithm>

namespace {
const QUuid OrganizationNamespace(QStringLiteral("{6f1c3e0a-6a53-4d8e-9b59-0d6c2b1f7a10}"));
const QUuid UserNamespace(QStringLiteral("{2b7f4c8e-1d2a-4f3b-8e6a-5c9d0e1f2a3b}"));
} // namespace

SandboxStore::SandboxStore(const Clock *clock) : m_clock(clock) {}

SandboxStore::~SandboxStore() = default;

qint64 SandboxStore::now() const { return m_clock->nowUs(); }

Organization &SandboxStore::addOrganization(const QString &key)
{
    auto org = std::make_unique<Organization>();
    org->index = int(m_organizations.size());
    org->key = key;
    org->keyPrefix = KeyFormat::displayPrefix(key);
    org->id = QUuid::createUuidV5(OrganizationNamespace, key);
    org->userId = QUuid::createUuidV5(UserNamespace, key);
    Organization &ref = *org;
    m_byKey.insert(key, org.get());
    m_organizations.push_back(std::move(org));
    return ref;
}

Organization *SandboxStore::organizationForKey(const QString &key) const { return m_byKey.value(key, nullptr); }

Organization *SandboxStore::organization(int index) const
{
    return index >= 0 && index < int(m_organizations.size()) ? m_organizations[size_t(index)].get() : nullptr;
}

Organization &SandboxStore::organizationOf(const Endpoint &endpoint) const
{
    return *m_organizations.at(size_t(endpoint.organizationIndex));
}

Endpoint *SandboxStore::find(const Organization &org, const QUuid &id) const
{
    Endpoint *e = m_index.value(id, nullptr);
    return e && e->organizationIndex == org.index ? e : nullptr;
}

Endpoint *SandboxStore::findAny(const QUuid &id) const { return m_index.value(id, nullptr); }

bool SandboxStore::insert(Organization &org, std::unique_ptr<Endpoint> endpoint)
{
    if (endpoint->id.isNull() || m_index.contains(endpoint->id))
        return false;
    endpoint->organizationIndex = org.index;
    m_index.insert(endpoint->id, endpoint.get());
    org.endpoints.push_back(std::move(endpoint));
    return true;
}

Endpoint &SandboxStore::create(Organization &org, const CreateRequest &request)
{
    auto e = std::make_unique<Endpoint>();
    do {
        e->id = QUuid::createUuid();
    } while (m_index.contains(e->id));
    e->userId = org.userId;
    e->url = request.url;
    e->description = request.description;
    e->events = request.events;
    e->isActive = true;
    e->consecutiveFailures = 0;
    const qint64 t = now();
    e->createdAt = e->updatedAt = e->verifiedAt = t;
    e->secret = newSecret().toLatin1();
    Endpoint &ref = *e;
    insert(org, std::move(e));
    return ref;
}

bool SandboxStore::needsPing(const Endpoint &endpoint, const PatchRequest &patch)
{
    return patch.url && *patch.url != endpoint.url;
}

bool SandboxStore::applyPatch(Endpoint &e, const PatchRequest &patch)
{
    const qint64 t = now();
    bool changed = false;
    if (patch.url && *patch.url != e.url) {
        e.url = *patch.url;
        e.verifiedAt = t; // the caller pinged it successfully
        changed = true;
    }
    if (patch.description && patch.description != e.description) {
        e.description = patch.description;
        changed = true;
    }
    if (patch.events && *patch.events != e.events) {
        e.events = *patch.events;
        changed = true;
    }
    if (patch.isActive && *patch.isActive != e.isActive) {
        e.isActive = *patch.isActive;
        if (e.isActive && e.disabledAt != IsoTime::Null) {
            // Reactivating an auto-disabled endpoint (assumed by the API docs).
            e.disabledAt = IsoTime::Null;
            e.consecutiveFailures = 0;
        }
        changed = true;
    }
    if (changed)
        e.updatedAt = t;
    return changed;
}

bool SandboxStore::remove(Organization &org, const QUuid &id)
{
    Endpoint *e = find(org, id);
    if (!e)
        return false;
    m_index.remove(id);
    auto it = std::find_if(org.endpoints.begin(), org.endpoints.end(), [e](const auto &p) { return p.get() == e; });
    org.endpoints.erase(it);
    return true;
}

void SandboxStore::setDeliveryMaterializer(std::function<void(Endpoint &)> materializer)
{
    m_materializer = std::move(materializer);
}

void SandboxStore::ensureDeliveries(Endpoint &e)
{
    if (e.deliveriesReady)
        return;
    e.deliveriesReady = true;
    if (m_materializer)
        m_materializer(e);
    std::stable_sort(e.deliveries.begin(), e.deliveries.end(),
                     [](const Delivery &a, const Delivery &b) { return a.createdAt < b.createdAt; });
}

std::vector<const Delivery *> SandboxStore::recentDeliveries(Endpoint &e, int limit)
{
    ensureDeliveries(e);
    std::vector<const Delivery *> result;
    for (auto it = e.deliveries.rbegin(); it != e.deliveries.rend() && int(result.size()) < limit; ++it)
        result.push_back(&*it);
    return result;
}

Delivery &SandboxStore::addDelivery(Endpoint &e, const Delivery &delivery)
{
    ensureDeliveries(e);
    auto pos = std::upper_bound(e.deliveries.begin(), e.deliveries.end(), delivery.createdAt,
                                [](qint64 t, const Delivery &d) { return t < d.createdAt; });
    pos = e.deliveries.insert(pos, delivery);
    if (int(e.deliveries.size()) > MaxStoredDeliveries) {
        const auto index = pos - e.deliveries.begin();
        e.deliveries.erase(e.deliveries.begin());
        pos = index > 0 ? e.deliveries.begin() + (index - 1) : e.deliveries.begin();
    }
    return *pos;
}

void SandboxStore::recordSuccess(Endpoint &e, qint64 at)
{
    e.consecutiveFailures = 0;
    e.lastSuccessAt = at;
}

void SandboxStore::recordFailure(Endpoint &e, qint64 at)
{
    ++e.consecutiveFailures;
    e.lastFailureAt = at;
    if (e.consecutiveFailures >= AutoDisableThreshold && e.isActive) {
        e.consecutiveFailures = AutoDisableThreshold;
        e.isActive = false;
        e.disabledAt = at;
    }
}

QString SandboxStore::newSecret()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return QString::fromLatin1(bytes.toHex());
}
