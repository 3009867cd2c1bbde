#include "endpointindex.h"

#include "afterpendingpaint.h"
#include "backgroundpool.h"

#include "denseranks.h"
#include "disposal.h"
#include "searchindex.h"
#include "searchtext.h"

#include <QtConcurrent/QtConcurrentRun>

namespace {

// Above this many rows the search text is built on a worker thread after a load.
constexpr int BackgroundSearchRows = 5000;

} // namespace

EndpointIndex::EndpointIndex(const QList<WebhookEndpoint> &rows) : m_rows(rows) {}

EndpointIndex::~EndpointIndex() = default;

// ---- sort orders -----------------------------------------------------------------------------

std::vector<quint32> EndpointIndex::rankByUrl(const QList<WebhookEndpoint> &list)
{
    return DenseRanks::denseRanks(
        int(list.size()), [&list](int r) { return QStringView(list.at(r).url); }, false, false,
        [&list](int a, int b) {
            const WebhookEndpoint &x = list.at(a);
            const WebhookEndpoint &y = list.at(b);
            const int c = QStringView(x.url).compare(QStringView(y.url));
            return c ? c : QStringView(x.id).compare(QStringView(y.id));
        });
}

std::vector<quint32> EndpointIndex::rankByDescription(const QList<WebhookEndpoint> &list)
{
    return DenseRanks::denseRanks(
        int(list.size()), [&list](int r) { return QStringView(list.at(r).description); }, true, true,
        [&list](int a, int b) {
            const QStringView x = list.at(a).description;
            const QStringView y = list.at(b).description;
            const int c = x.compare(y, Qt::CaseInsensitive);
            return c ? c : x.compare(y);
        });
}

void EndpointIndex::buildUrlOrder() const
{
    m_urlOrder = rankByUrl(m_rows);
    m_urlOrderValid = true;
}

void EndpointIndex::buildDescriptionOrder() const
{
    m_descriptionOrder = rankByDescription(m_rows);
    m_descriptionOrderValid = true;
}

void EndpointIndex::setOrders(std::vector<quint32> &&urlOrder, std::vector<quint32> &&descriptionOrder)
{
    const size_t rows = size_t(m_rows.size());
    m_urlOrderValid = urlOrder.size() == rows;
    m_urlOrder = m_urlOrderValid ? std::move(urlOrder) : std::vector<quint32>();
    m_descriptionOrderValid = descriptionOrder.size() == rows;
    m_descriptionOrder = m_descriptionOrderValid ? std::move(descriptionOrder) : std::vector<quint32>();
}

void EndpointIndex::forgetOrders()
{
    m_urlOrderValid = false;
    m_urlOrder = {};
    forgetDescriptionOrder();
}

void EndpointIndex::forgetDescriptionOrder()
{
    m_descriptionOrderValid = false;
    m_descriptionOrder = {};
}

// ---- search --------------------------------------------------------------------------------------

QByteArray EndpointIndex::foldForSearch(QStringView text)
{
    QByteArray folded(SearchText::foldedCapacity(text), Qt::Uninitialized);
    char *end = SearchText::appendFolded(folded.data(), text);
    folded.truncate(end - folded.constData());
    return folded;
}

bool EndpointIndex::rowMatchesSearch(int row, const QByteArray &foldedNeedle) const
{
    if (foldedNeedle.isEmpty())
        return true;
    return searchText().matches(row, foldedNeedle);
}

const EndpointSearchIndex &EndpointIndex::searchText() const
{
    if (!m_search && m_searchFuture.isValid()) {
        std::shared_ptr<EndpointSearchIndex> built = m_searchFuture.result(); // waits if still building
        m_searchFuture = QFuture<std::shared_ptr<EndpointSearchIndex>>();
        if (built && built->generation == m_searchGeneration && built->spans.size() == size_t(m_rows.size()))
            m_search = std::move(built);
    }
    if (!m_search) {
        m_searchBuildPending = false; // the deferred start finds it built
        m_search = EndpointSearchIndex::build(m_rows, m_searchGeneration);
    }
    return *m_search;
}

void EndpointIndex::forgetSearchText()
{
    ++m_searchGeneration;
    // The search text of 100,000 rows is freed on a worker: giving its blocks back to the
    // system (munmap) took ~3-5 ms of the GUI thread's reset turn (perf, odwh-bench-load).
    if (m_search && m_search.use_count() == 1 && m_rows.size() >= BackgroundSearchRows)
        Disposal::later(std::move(m_search));
    m_search.reset();
    m_searchFuture = QFuture<std::shared_ptr<EndpointSearchIndex>>();
    m_searchBuildPending = false;
}

void EndpointIndex::adoptSearchText(std::shared_ptr<EndpointSearchIndex> built)
{
    forgetSearchText();
    if (!built || built->spans.size() != size_t(m_rows.size()))
        return;
    built->generation = m_searchGeneration;
    m_search = std::move(built);
}

void EndpointIndex::buildSearchTextLater()
{
    forgetSearchText();
    if (m_rows.size() < BackgroundSearchRows)
        return; // built on first use
    m_searchBuildPending = true;
    const quint64 generation = m_searchGeneration;
    AfterPendingPaint::call([this, alive = std::weak_ptr<const bool>(m_alive), generation] {
        if (alive.expired() || !m_searchBuildPending || generation != m_searchGeneration)
            return; // gone, built meanwhile, or forgotten (a later build has its own start)
        m_searchBuildPending = false;
        const QList<WebhookEndpoint> snapshot = m_rows; // shared, read-only in the worker
        m_searchFuture =
            QtConcurrent::run(BackgroundPool::instance(),
                              [snapshot, generation] { return EndpointSearchIndex::build(snapshot, generation); });
    });
}

void EndpointIndex::compactSearchText()
{
    if (m_search)
        m_search->compactIfWasteful();
}

// ---- rows ------------------------------------------------------------------------------------------

void EndpointIndex::removeRows(int first, int count)
{
    if (m_urlOrderValid)
        m_urlOrder.erase(m_urlOrder.begin() + first, m_urlOrder.begin() + first + count);
    if (m_descriptionOrderValid)
        m_descriptionOrder.erase(m_descriptionOrder.begin() + first, m_descriptionOrder.begin() + first + count);
    if (m_search)
        m_search->removeRows(first, count);
}

void EndpointIndex::insertRows(int first, int count, const std::vector<quint32> &urlOrder,
                               const std::vector<quint32> &descriptionOrder)
{
    const size_t end = size_t(first) + size_t(count);
    if (hasOrders() && urlOrder.size() >= end && descriptionOrder.size() >= end) {
        m_urlOrder.insert(m_urlOrder.begin() + first, urlOrder.begin() + first, urlOrder.begin() + qsizetype(end));
        m_descriptionOrder.insert(m_descriptionOrder.begin() + first, descriptionOrder.begin() + first,
                                  descriptionOrder.begin() + qsizetype(end));
    } else {
        forgetOrders();
    }
    if (m_search)
        m_search->insertRows(first, m_rows.constData() + first, count);
}

void EndpointIndex::updateSearchText(int row, const WebhookEndpoint &next)
{
    if (m_search && searchTextDiffers(m_rows.at(row), next))
        m_search->setRow(row, next);
}
