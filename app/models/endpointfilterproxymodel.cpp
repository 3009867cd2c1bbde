#include "endpointfilterproxymodel.h"

#include "denseranks.h"
#include "endpointindex.h"
#include "endpointtablemodel.h"

#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <limits>
#include <utility>

namespace {

// A filter change that shows or hides up to this many rows is applied row by row
// (rowsRemoved / rowsInserted: the view keeps everything as it is). More are applied by
// re-mapping the proxy in one pass (layoutChanged): QSortFilterProxyModel and the views
// pay O(rows) for every separate run of hidden or shown rows, a re-map costs one sort.
constexpr int RowByRowLimit = 32;

// f(first, end) over rows [0, rows): in two halves, one on a worker thread, when there
// are many. f must only read shared state (and write nothing but its own rows).
template <typename F>
void forRows(int rows, F f)
{
    const int half = rows / 2;
    DenseRanks::inParallel(
        rows >= DenseRanks::ParallelRankRows && QThreadPool::globalInstance()->maxThreadCount() > 1,
        [&f, half, rows] { f(half, rows); }, [&f, half] { f(0, half); });
}

} // namespace

EndpointFilterProxyModel::EndpointFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EndpointTableModel::SortRole);
    setDynamicSortFilter(true);
}

void EndpointFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    setSourceModel(qobject_cast<EndpointTableModel *>(model));
}

void EndpointFilterProxyModel::setSourceModel(EndpointTableModel *model)
{
    if (model == sourceModel())
        return;
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_source = model;
    forgetSourceState();
    if (model) {
        // Connected before QSortFilterProxyModel connects its own handlers, so that the
        // remembered pass and the sort keys are forgotten before it re-filters or re-sorts
        // the rows that changed.
        const auto forget = [this] { forgetSourceState(); };
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget);
        connect(model, &QAbstractItemModel::modelReset, this, forget);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget);
        connect(model, &QAbstractItemModel::layoutChanged, this, forget);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forget);
        connect(model, &QAbstractItemModel::rowsInserted, this, forget);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget);
        connect(model, &QAbstractItemModel::rowsRemoved, this, forget);
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, forget);
        connect(model, &QAbstractItemModel::rowsMoved, this, forget);
        connect(model, &QAbstractItemModel::dataChanged, this, forget);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void EndpointFilterProxyModel::forgetSourceState()
{
    m_acceptedValid = false;
    m_sortKeysColumn = -1;
}

void EndpointFilterProxyModel::setQuickFilter(QuickFilter filter)
{
    if (filter == m_filter)
        return;
    applyFilter(filter, m_needle);
}

void EndpointFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    applyFilter(m_filter, EndpointIndex::foldForSearch(trimmed));
}

bool EndpointFilterProxyModel::accepts(const EndpointTableModel &model, int sourceRow, QuickFilter filter,
                                       const QByteArray &needle)
{
    if (sourceRow < 0 || sourceRow >= model.rowCount())
        return false;
    if (filter != QuickFilter::All) {
        const WebhookEndpoint::State state = model.endpointAt(sourceRow).state();
        switch (filter) {
        case QuickFilter::All: break;
        case QuickFilter::Failing:
            if (state != WebhookEndpoint::State::Failing)
                return false;
            break;
        case QuickFilter::Disabled:
            if (state != WebhookEndpoint::State::Disabled)
                return false;
            break;
        case QuickFilter::Inactive:
            if (state != WebhookEndpoint::State::Inactive)
                return false;
            break;
        }
    }
    return needle.isEmpty() || model.endpointIndex().rowMatchesSearch(sourceRow, needle);
}

// One pass over the source decides every row; the proxy is then told in the cheaper of
// two ways (see RowByRowLimit). Its own pass reads the result back from m_accepted.
void EndpointFilterProxyModel::applyFilter(QuickFilter filter, const QByteArray &needle)
{
    const EndpointTableModel *model = m_source.data();
    const size_t rows = model ? size_t(model->rowCount()) : 0;
    // What the proxy shows now: the remembered pass, or every row when nothing filters
    // (as after a refresh with an empty search).
    if (!(m_acceptedValid && m_accepted.size() == rows) && m_filter == QuickFilter::All && m_needle.isEmpty()) {
        m_accepted.assign(rows, 1);
        m_acceptedValid = true;
    }
    const bool known = m_acceptedValid && m_accepted.size() == rows;
    const bool narrows = known && filter == m_filter && !m_needle.isEmpty() && needle.contains(m_needle);
    m_filter = filter;
    m_needle = needle;

    std::vector<quint8> next(rows, 0);
    if (rows > 0 && !needle.isEmpty())
        (void)model->endpointIndex().rowMatchesSearch(0, needle); // builds or waits for the search text, once
    // Two halves on two threads (everything read here is read-only meanwhile).
    std::atomic<qsizetype> changed{0};
    forRows(int(rows), [&](int first, int end) {
        qsizetype differ = 0;
        for (size_t r = size_t(first); r < size_t(end); ++r) {
            bool accept;
            if (narrows) // the row passed the quick filter already
                accept = m_accepted[r] && model->endpointIndex().rowMatchesSearch(int(r), needle);
            else
                accept = accepts(*model, int(r), filter, needle);
            next[r] = accept ? 1 : 0;
            if (known && next[r] != m_accepted[r])
                ++differ;
        }
        changed += differ;
    });
    m_accepted.swap(next);
    m_acceptedValid = model != nullptr;

    if (known && changed == 0)
        return;
    if (known && changed <= RowByRowLimit)
        invalidateRowsFilter();
    else
        invalidate();
}

void EndpointFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (order != sortOrder())
        m_sortKeysColumn = -1; // the ties are stored for one direction
    QSortFilterProxyModel::sort(column, order);
}

bool EndpointFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_filter == QuickFilter::All && m_needle.isEmpty())
        return true; // nothing filters (asked for every row after each refresh)
    if (m_acceptedValid && sourceRow >= 0 && size_t(sourceRow) < m_accepted.size())
        return m_accepted[size_t(sourceRow)] != 0;
    const EndpointTableModel *model = m_source.data();
    return model && accepts(*model, sourceRow, m_filter, m_needle);
}

void EndpointFilterProxyModel::buildSortKeys(int column) const
{
    const EndpointTableModel *model = m_source.data();
    const int rows = model ? model->rowCount() : 0;
    m_sortKeys.resize(size_t(rows));
    m_sortKeysColumn = column;
    if (rows == 0)
        return;
    // The column's key in the high 32 bits (a dense rank when it does not fit), the row's
    // place in URL-then-id order in the low 32: one comparison decides. Equal keys stay A
    // to Z by URL whichever way the column is sorted: descending, QSortFilterProxyModel
    // asks lessThan(right, left), so the ties are stored reversed.
    const quint32 flip = sortOrder() == Qt::DescendingOrder ? ~quint32(0) : 0;
    const std::vector<quint32> &byUrl = model->endpointIndex().urlOrder();
    // The keys first (then turned into the packed form in place).
    auto *keys = reinterpret_cast<qint64 *>(m_sortKeys.data());
    static_assert(sizeof(qint64) == sizeof(quint64), "keys are packed in place");
    if (column == EndpointTableModel::Url) {
        // The URL alone (rows with one URL are equal; their ids are the tie): walk the
        // rows in URL-then-id order (a counting sort of the ranks) and count URL changes.
        // The ranks are an order, not always dense (rows removed since they were
        // computed keep theirs out of the array): count up to the largest.
        const quint32 topRank = *std::max_element(byUrl.begin(), byUrl.begin() + rows);
        std::vector<int> start(size_t(topRank) + 2, 0);
        for (int r = 0; r < rows; ++r)
            ++start[byUrl[size_t(r)] + 1];
        for (size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        std::vector<int> ordered(static_cast<size_t>(rows));
        for (int r = 0; r < rows; ++r)
            ordered[size_t(start[byUrl[size_t(r)]]++)] = r;
        qint64 key = 0;
        for (size_t i = 0; i < ordered.size(); ++i) {
            if (i > 0 && model->endpointAt(ordered[i]).url != model->endpointAt(ordered[i - 1]).url)
                ++key;
            keys[size_t(ordered[i])] = key;
        }
    } else {
        keys[0] = model->sortKey(0, column); // builds the model's lazy ranks here, not on two threads
        forRows(rows, [model, column, keys](int first, int end) {
            for (int r = first; r < end; ++r)
                keys[size_t(r)] = model->sortKey(r, column);
        });
    }
    const auto [low, high] = std::minmax_element(keys, keys + rows);
    if (*low < std::numeric_limits<qint32>::min() || *high > std::numeric_limits<qint32>::max()) {
        // Times (milliseconds since 1970): their dense rank instead.
        std::vector<std::pair<qint64, int>> byKey(static_cast<size_t>(rows));
        for (int r = 0; r < rows; ++r)
            byKey[size_t(r)] = {keys[r], r};
        std::sort(byKey.begin(), byKey.end());
        qint64 rank = 0;
        for (size_t i = 0; i < byKey.size(); ++i) {
            if (i > 0 && byKey[i].first != byKey[i - 1].first)
                ++rank;
            keys[byKey[i].second] = rank;
        }
    }
    for (int r = 0; r < rows; ++r) {
        const quint32 high32 = quint32(qint32(keys[r])) ^ 0x80000000u; // signed order as unsigned
        m_sortKeys[size_t(r)] = (quint64(high32) << 32) | (byUrl[size_t(r)] ^ flip);
    }
}

bool EndpointFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Called ~2 million times to sort 100,000 rows: two array reads and one comparison.
    // The keys are forgotten whenever the source changes (see setSourceModel()).
    const int column = left.column();
    if (Q_UNLIKELY(m_sortKeysColumn != column))
        buildSortKeys(column);
    const size_t l = size_t(left.row());
    const size_t r = size_t(right.row());
    if (Q_UNLIKELY(l >= m_sortKeys.size() || r >= m_sortKeys.size()))
        return l < r;
    return m_sortKeys[l] < m_sortKeys[r];
}
