#include "endpointfilterproxymodel.h"

#include "denseranks.h"
#include "endpointindex.h"
#include "endpointtablemodel.h"
#include "rowsorting.h"

#include <algorithm>

namespace {

// Up to this many source rows inserted, removed or changed at once are placed one by one
// (a binary search each); more: the whole order is sorted again (a few milliseconds).
constexpr int RowByRowLimit = 64;

} // namespace

EndpointFilterProxyModel::EndpointFilterProxyModel(QObject *parent) : QAbstractProxyModel(parent) {}

EndpointFilterProxyModel::~EndpointFilterProxyModel() = default;

void EndpointFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    setSourceModel(qobject_cast<EndpointTableModel *>(model));
}

void EndpointFilterProxyModel::setSourceModel(EndpointTableModel *model)
{
    if (model && model == m_source)
        return;
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    if (m_source)
        m_source->setWanted(RefreshWants()); // no proxy needs anything of it now
    m_source = model;
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        tellSourceWhatItNeeds();
        connect(model, &QAbstractItemModel::dataChanged, this, &EndpointFilterProxyModel::onDataChanged);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &EndpointFilterProxyModel::onRowsAboutToBeRemoved);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EndpointFilterProxyModel::onRowsRemoved);
        connect(model, &QAbstractItemModel::rowsInserted, this, &EndpointFilterProxyModel::onRowsInserted);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &EndpointFilterProxyModel::onSourceAboutToBeReset);
        connect(model, &QAbstractItemModel::modelReset, this, &EndpointFilterProxyModel::onSourceReset);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &EndpointFilterProxyModel::onSourceLayoutAboutToBeChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EndpointFilterProxyModel::onSourceLayoutChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        connect(model, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_order.clear();
            m_accepted.clear();
            m_proxyToSource.clear();
            m_sourceToProxyValid = false;
            endResetModel();
        });
    }
    sortAll();
    filterAll();
    rebuildShown();
    endResetModel();
}

int EndpointFilterProxyModel::sourceRows() const { return m_source ? m_source->rowCount() : 0; }

// ---- QAbstractItemModel ------------------------------------------------------------------------

QModelIndex EndpointFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex EndpointFilterProxyModel::parent(const QModelIndex &) const { return QModelIndex(); }

QModelIndex EndpointFilterProxyModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int EndpointFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : int(m_proxyToSource.size());
}

int EndpointFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool EndpointFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant EndpointFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_source)
        return {};
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    if (section < 0 || size_t(section) >= m_proxyToSource.size())
        return {};
    return m_source->headerData(m_proxyToSource[size_t(section)], orientation, role);
}

QModelIndex EndpointFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this)
        return QModelIndex();
    const size_t row = size_t(proxyIndex.row());
    if (row >= m_proxyToSource.size())
        return QModelIndex();
    return m_source->index(m_proxyToSource[row], proxyIndex.column());
}

QModelIndex EndpointFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source)
        return QModelIndex();
    ensureSourceToProxy();
    const size_t row = size_t(sourceIndex.row());
    if (row >= m_sourceToProxy.size() || m_sourceToProxy[row] < 0)
        return QModelIndex();
    return createIndex(m_sourceToProxy[row], sourceIndex.column());
}

void EndpointFilterProxyModel::ensureSourceToProxy() const
{
    if (m_sourceToProxyValid)
        return;
    m_sourceToProxy.assign(size_t(sourceRows()), -1);
    for (size_t p = 0; p < m_proxyToSource.size(); ++p) {
        const size_t r = size_t(m_proxyToSource[p]);
        if (r < m_sourceToProxy.size())
            m_sourceToProxy[r] = int(p);
    }
    m_sourceToProxyValid = true;
}

// ---- filter ----------------------------------------------------------------------------------------

void EndpointFilterProxyModel::setQuickFilter(QuickFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_keptId.clear();
    filterAll();
    relayout();
}

void EndpointFilterProxyModel::setEventFilter(EventTypes events)
{
    if (events == m_events)
        return;
    m_events = events;
    m_keptId.clear();
    filterAll();
    relayout();
}

void EndpointFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    const bool hadKept = !m_keptId.isEmpty();
    m_keptId.clear();
    const QByteArray needle = EndpointIndex::foldForSearch(trimmed);
    // Typing more letters only narrows: rows rejected before stay rejected.
    const bool narrows = !hadKept && !m_needle.isEmpty() && needle.contains(m_needle)
        && m_accepted.size() == size_t(sourceRows());
    m_needle = needle;
    tellSourceWhatItNeeds();
    if (!narrows) {
        filterAll();
    } else if (m_source && !m_accepted.empty()) {
        const EndpointTableModel *model = m_source.data();
        (void)model->endpointIndex().rowMatchesSearch(0, needle); // builds or waits for the search text, once
        DenseRanks::forHalves(int(m_accepted.size()), [&](int first, int end) {
            for (int r = first; r < end; ++r) {
                if (m_accepted[size_t(r)])
                    m_accepted[size_t(r)] = model->endpointIndex().rowMatchesSearch(r, needle) ? 1 : 0;
            }
        });
    }
    relayout();
}

bool EndpointFilterProxyModel::accepts(const EndpointTableModel &model, int sourceRow, QuickFilter filter,
                                       EventTypes events, const QByteArray &needle)
{
    if (sourceRow < 0 || sourceRow >= model.rowCount())
        return false;
    if (events && (model.endpointAt(sourceRow).events & events) != events)
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

bool EndpointFilterProxyModel::accepts(int sourceRow) const
{
    return m_source && (accepts(*m_source, sourceRow, m_filter, m_events, m_needle) || isKept(sourceRow));
}

bool EndpointFilterProxyModel::isKept(int sourceRow) const
{
    return !m_keptId.isEmpty() && m_source && m_source->rowOfId(m_keptId) == sourceRow;
}

bool EndpointFilterProxyModel::matchesFilter(const QString &id) const
{
    return m_source && accepts(*m_source, m_source->rowOfId(id), m_filter, m_events, m_needle);
}

void EndpointFilterProxyModel::keepShown(const QString &id)
{
    if (id == m_keptId)
        return;
    const int before = m_source && !m_keptId.isEmpty() ? m_source->rowOfId(m_keptId) : -1;
    m_keptId = id;
    const int after = m_source && !id.isEmpty() ? m_source->rowOfId(id) : -1;
    bool changed = false;
    for (int row : {before, after}) {
        if (row < 0 || size_t(row) >= m_accepted.size())
            continue;
        const char accepted = accepts(row) ? 1 : 0;
        changed = changed || m_accepted[size_t(row)] != accepted;
        m_accepted[size_t(row)] = accepted;
    }
    if (changed)
        relayout();
}

void EndpointFilterProxyModel::filterAll()
{
    const int rows = sourceRows();
    if (m_filter == QuickFilter::All && !m_events && m_needle.isEmpty()) {
        m_accepted.assign(size_t(rows), 1);
        return;
    }
    m_accepted.assign(size_t(rows), 0);
    if (rows == 0)
        return;
    const EndpointTableModel *model = m_source.data();
    if (!m_needle.isEmpty())
        (void)model->endpointIndex().rowMatchesSearch(0, m_needle); // builds or waits for the search text, once
    DenseRanks::forHalves(rows, [&](int first, int end) {
        for (int r = first; r < end; ++r)
            m_accepted[size_t(r)] = accepts(*model, r, m_filter, m_events, m_needle) ? 1 : 0;
    });
    const int kept = m_keptId.isEmpty() ? -1 : model->rowOfId(m_keptId);
    if (kept >= 0 && kept < rows)
        m_accepted[size_t(kept)] = 1;
}

// ---- sort ------------------------------------------------------------------------------------------

void EndpointFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    const int columns = m_source ? m_source->columnCount() : EndpointTableModel::ColumnCount;
    if (column >= columns)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    tellSourceWhatItNeeds();
    sortAll();
    relayout();
}

void EndpointFilterProxyModel::tellSourceWhatItNeeds()
{
    if (!m_source)
        return;
    RefreshWants wants;
    wants.searchText = !m_needle.isEmpty();
    wants.sortColumn = m_sortColumn;
    wants.sortOrder = m_sortOrder;
    m_source->setWanted(wants);
}

void EndpointFilterProxyModel::sortAll()
{
    if (!m_source) {
        m_order.clear();
        return;
    }
    const EndpointTableModel &model = *m_source;
    const EndpointIndex &index = model.endpointIndex();
    static const std::vector<quint32> unread;
    // Asked for here, once: a lazy order is built now, not on two threads.
    const std::vector<quint32> &byUrl = m_sortColumn >= 0 ? index.urlOrder() : unread;
    const std::vector<quint32> &byDescription = m_sortColumn == EndpointTableModel::Description
        ? index.descriptionOrder()
        : unread;
    RowSorting::sort(m_order, model.endpoints(), byUrl, byDescription, m_sortColumn, m_sortOrder, m_sortScratch);
}

bool EndpointFilterProxyModel::sortsBefore(int a, int b) const
{
    if (m_sortColumn < 0)
        return a < b;
    const EndpointTableModel &model = *m_source;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (m_sortColumn == EndpointTableModel::Url) {
        const int c = QStringView(model.endpointAt(a).url).compare(QStringView(model.endpointAt(b).url));
        if (c != 0)
            return descending ? c > 0 : c < 0;
    } else {
        const qint64 ka = model.sortKey(a, m_sortColumn);
        const qint64 kb = model.sortKey(b, m_sortColumn);
        if (ka != kb)
            return descending ? ka > kb : ka < kb;
    }
    const std::vector<quint32> &byUrl = model.endpointIndex().urlOrder();
    return byUrl[size_t(a)] < byUrl[size_t(b)];
}

size_t EndpointFilterProxyModel::insertionPoint(const std::vector<int> &sequence, int row) const
{
    return size_t(std::upper_bound(sequence.begin(), sequence.end(), row,
                                   [this](int a, int b) { return sortsBefore(a, b); })
                  - sequence.begin());
}

// ---- what is shown -------------------------------------------------------------------------------

void EndpointFilterProxyModel::rebuildShown()
{
    m_proxyToSource.clear();
    m_proxyToSource.reserve(m_order.size());
    for (const int r : m_order) {
        if (size_t(r) < m_accepted.size() && m_accepted[size_t(r)])
            m_proxyToSource.push_back(r);
    }
    m_sourceToProxyValid = false;
}

void EndpointFilterProxyModel::relayout()
{
    std::vector<int> next;
    next.reserve(m_order.size());
    for (const int r : m_order) {
        if (size_t(r) < m_accepted.size() && m_accepted[size_t(r)])
            next.push_back(r);
    }
    if (next == m_proxyToSource)
        return;
    beginRelayout();
    m_proxyToSource.swap(next);
    m_sourceToProxyValid = false;
    endRelayout();
}

// The persistent indexes (the views' selection and current row) are remembered by their
// source rows, which the source keeps up to date even when it changes meanwhile.
void EndpointFilterProxyModel::beginRelayout()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    m_layoutSource.reserve(m_layoutProxy.size());
    for (const QModelIndex &i : std::as_const(m_layoutProxy))
        m_layoutSource.append(QPersistentModelIndex(mapToSource(i)));
}

void EndpointFilterProxyModel::endRelayout()
{
    QModelIndexList to;
    to.reserve(m_layoutProxy.size());
    for (const QPersistentModelIndex &s : std::as_const(m_layoutSource))
        to.append(mapFromSource(s));
    changePersistentIndexList(m_layoutProxy, to);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// ---- following the source ----------------------------------------------------------------------

void EndpointFilterProxyModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                             const QList<int> &roles)
{
    if (!m_source || !topLeft.isValid() || !bottomRight.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    // Keys and filters follow the data; a change of display text alone (relative times)
    // moves nothing.
    const bool keysMayChange = roles.isEmpty() || roles.contains(EndpointTableModel::SortRole)
        || roles.contains(EndpointTableModel::StateRole) || roles.contains(Qt::EditRole);
    if (keysMayChange) {
        for (int r = first; r <= last && size_t(r) < m_accepted.size(); ++r)
            m_accepted[size_t(r)] = accepts(r) ? 1 : 0;
        const bool orderMayChange = m_sortColumn >= 0
            && ((topLeft.column() <= m_sortColumn && m_sortColumn <= bottomRight.column())
                || (topLeft.column() <= EndpointTableModel::Url && EndpointTableModel::Url <= bottomRight.column()));
        if (orderMayChange) {
            if (last - first + 1 > RowByRowLimit) {
                sortAll();
            } else {
                m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                                             [first, last](int r) { return r >= first && r <= last; }),
                              m_order.end());
                for (int r = first; r <= last; ++r)
                    m_order.insert(m_order.begin() + qsizetype(insertionPoint(m_order, r)), r);
            }
        }
        relayout();
    }
    // The changed cells, where they are shown now.
    const int left = topLeft.column();
    const int right = bottomRight.column();
    if (last - first + 1 > RowByRowLimit) {
        if (!m_proxyToSource.empty())
            emit dataChanged(index(0, left), index(rowCount() - 1, right), roles);
        return;
    }
    for (int r = first; r <= last; ++r) {
        const QModelIndex at = mapFromSource(m_source->index(r, left));
        if (at.isValid())
            emit dataChanged(at, index(at.row(), right), roles);
    }
}

void EndpointFilterProxyModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (last - first + 1 > RowByRowLimit) {
        beginRelayout(); // ended in onRowsRemoved(), once the rows are gone
        m_inSourceLayoutChange = true;
        return;
    }
    // The shown rows among them leave one by one, last first, while the source still
    // has them.
    ensureSourceToProxy();
    std::vector<int> shown;
    for (int r = first; r <= last; ++r) {
        if (size_t(r) < m_sourceToProxy.size() && m_sourceToProxy[size_t(r)] >= 0)
            shown.push_back(m_sourceToProxy[size_t(r)]);
    }
    std::sort(shown.begin(), shown.end(), std::greater<int>());
    for (size_t i = 0; i < shown.size();) {
        size_t j = i; // a run of adjacent proxy rows: shown[j + 1] == shown[j] - 1
        while (j + 1 < shown.size() && shown[j + 1] == shown[j] - 1)
            ++j;
        const int top = shown[j];
        const int bottom = shown[i];
        beginRemoveRows(QModelIndex(), top, bottom);
        m_proxyToSource.erase(m_proxyToSource.begin() + top, m_proxyToSource.begin() + bottom + 1);
        m_sourceToProxyValid = false;
        endRemoveRows();
        i = j + 1;
    }
}

void EndpointFilterProxyModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    auto shift = [first, last, count](std::vector<int> &rows) {
        rows.erase(std::remove_if(rows.begin(), rows.end(), [first, last](int r) { return r >= first && r <= last; }),
                   rows.end());
        for (int &r : rows) {
            if (r > last)
                r -= count;
        }
    };
    shift(m_order);
    if (size_t(last) < m_accepted.size())
        m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + last + 1);
    if (m_inSourceLayoutChange) {
        m_inSourceLayoutChange = false;
        rebuildShown();
        endRelayout();
        return;
    }
    shift(m_proxyToSource);
    m_sourceToProxyValid = false;
}

void EndpointFilterProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (std::vector<int> *rows : {&m_order, &m_proxyToSource}) {
        for (int &r : *rows) {
            if (r >= first)
                r += count;
        }
    }
    m_sourceToProxyValid = false;
    if (size_t(first) <= m_accepted.size())
        m_accepted.insert(m_accepted.begin() + first, size_t(count), 0);
    for (int r = first; r <= last; ++r)
        m_accepted[size_t(r)] = accepts(r) ? 1 : 0;

    if (count > RowByRowLimit) {
        beginRelayout();
        sortAll();
        rebuildShown();
        endRelayout();
        return;
    }
    // Each new row takes its place in the order, and in the rows shown when it passes.
    for (int r = first; r <= last; ++r) {
        m_order.insert(m_order.begin() + qsizetype(insertionPoint(m_order, r)), r);
        if (!m_accepted[size_t(r)])
            continue;
        const int at = int(insertionPoint(m_proxyToSource, r));
        beginInsertRows(QModelIndex(), at, at);
        m_proxyToSource.insert(m_proxyToSource.begin() + at, r);
        m_sourceToProxyValid = false;
        endInsertRows();
    }
}

void EndpointFilterProxyModel::onSourceAboutToBeReset() { beginResetModel(); }

void EndpointFilterProxyModel::onSourceReset()
{
    // The new rows' order comes made when the refresh's worker sorted them (prepare()).
    std::vector<int> sorted = m_source ? m_source->takeSortedRows(m_sortColumn, m_sortOrder) : std::vector<int>();
    if (!sorted.empty())
        m_order = std::move(sorted);
    else
        sortAll();
    filterAll();
    rebuildShown();
    endResetModel();
}

void EndpointFilterProxyModel::onSourceLayoutAboutToBeChanged()
{
    beginRelayout();
    m_inSourceLayoutChange = true;
}

void EndpointFilterProxyModel::onSourceLayoutChanged()
{
    m_inSourceLayoutChange = false;
    sortAll();
    filterAll();
    rebuildShown();
    endRelayout();
}
