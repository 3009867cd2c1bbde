#include "endpointtablemodel.h"

#include "denseranks.h"
#include "disposal.h"
#include "endpointstatevisuals.h"
#include "endpointstatus.h"
#include "freedmemory.h"
#include "eventtype.h"
#include "relativetime.h"
#include "rowsorting.h"
#include "servertext.h"
#include "urldisplay.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPixmap>
#include <QThreadPool>
#include <QtCore/qalgorithms.h>

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

namespace {

// Up to this many separately changed rows get their own dataChanged; more are
// coalesced into one range (the proxy re-sorts once for a big range).
constexpr int SeparateDataChangedLimit = 16;
// Old lists larger than this are freed on a worker thread (freeing 100,000 endpoints
// takes ~10 ms).
constexpr int DisposeInBackgroundRows = 10000;

inline qint64 timeKey(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

int stateIndex(WebhookEndpoint::State state) { return int(state); }

// Bit set per column whose text depends on fields that differ.
unsigned changedColumns(const WebhookEndpoint &a, const WebhookEndpoint &b)
{
    unsigned mask = 0;
    auto mark = [&mask](int column) { mask |= 1u << column; };
    if (a.isActive != b.isActive || a.consecutiveFailures != b.consecutiveFailures || a.verifiedAt != b.verifiedAt
        || a.lastSuccessAt != b.lastSuccessAt || a.lastFailureAt != b.lastFailureAt || a.disabledAt != b.disabledAt)
        mark(EndpointTableModel::Status);
    if (a.url != b.url)
        mark(EndpointTableModel::Url);
    if (a.description != b.description || a.description.isNull() != b.description.isNull())
        mark(EndpointTableModel::Description);
    if (a.events != b.events || a.unknownEvents != b.unknownEvents)
        mark(EndpointTableModel::Events);
    if (a.isActive != b.isActive)
        mark(EndpointTableModel::Active);
    if (a.consecutiveFailures != b.consecutiveFailures)
        mark(EndpointTableModel::Failures);
    if (a.lastSuccessAt != b.lastSuccessAt)
        mark(EndpointTableModel::LastSuccess);
    if (a.lastFailureAt != b.lastFailureAt)
        mark(EndpointTableModel::LastFailure);
    if (a.disabledAt != b.disabledAt)
        mark(EndpointTableModel::DisabledAt);
    if (a.updatedAt != b.updatedAt)
        mark(EndpointTableModel::Updated);
    if (!mask) // unequal in id-level fields only (user, organization, created): no cell shows them
        mark(EndpointTableModel::Status);
    // Tint, state and severity are row-wide roles: a change there touches every cell.
    if (a.state() != b.state() || a.consecutiveFailures != b.consecutiveFailures)
        mask |= (1u << EndpointTableModel::ColumnCount) - 1;
    return mask;
}

// Events sort by the known set, then by how many unknown names come along.
qint64 eventsKey(const WebhookEndpoint &e) { return qint64(e.events.toInt()) + 8 * qint64(e.unknownEvents.size()); }

QString compactEventLabel(EventType type)
{
    switch (type) {
    case EventType::UploadCreated: return QCoreApplication::translate("EndpointTableModel", "created");
    case EventType::UploadCompleted: return QCoreApplication::translate("EndpointTableModel", "completed");
    case EventType::UploadFailed: return QCoreApplication::translate("EndpointTableModel", "failed");
    }
    return {};
}

} // namespace

// ---- model -------------------------------------------------------------------------------

EndpointTableModel::EndpointTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_now = m_clock();
}

EndpointTableModel::~EndpointTableModel() = default;

int EndpointTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int EndpointTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QModelIndex EndpointTableModel::index(int row, int column, const QModelIndex &parent) const
{
    // Called twice per comparison while a proxy sorts 100,000 rows: no virtual calls here.
    if (row < 0 || column < 0 || row >= m_endpoints.size() || column >= ColumnCount || parent.isValid())
        return QModelIndex();
    return createIndex(row, column);
}

Qt::ItemFlags EndpointTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant EndpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Status: return tr("Status");
        case Url: return tr("URL");
        case Description: return tr("Description");
        case Events: return tr("Events");
        case Active: return tr("Active");
        case Failures: return tr("Failures");
        case LastSuccess: return tr("Last success");
        case LastFailure: return tr("Last failure");
        case DisabledAt: return tr("Disabled");
        case Updated: return tr("Updated");
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Status: return tr("Healthy, failing (consecutive failures of %1), disabled by the server, "
                               "inactive (switched off by a person) or never verified")
                .arg(WebhookEndpoint::AutoDisableThreshold);
        case Failures: return tr("Consecutive failed deliveries; the server disables the endpoint at %1")
                .arg(WebhookEndpoint::AutoDisableThreshold);
        case Active: return tr("Whether events are delivered to this endpoint");
        case LastSuccess: return tr("Last successful delivery");
        case LastFailure: return tr("Last failed delivery");
        case DisabledAt: return tr("When the server switched the endpoint off");
        case Updated: return tr("Last change to the endpoint");
        default: break;
        }
    } else if (role == Qt::InitialSortOrderRole) {
        // Trouble and recent times first.
        if (section == Status || section == Failures || isTimeColumn(section))
            return Qt::DescendingOrder;
        return Qt::AscendingOrder;
    }
    return {};
}

QVariant EndpointTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_endpoints.size())
        return {};
    const WebhookEndpoint &e = m_endpoints.at(index.row());
    const int column = index.column();

    switch (role) {
    case EndpointIdRole: return e.id;
    case StateRole: return int(e.state());
    case SeverityRole: return EndpointStatus::severity(e);
    case SortRole: return cellSortValue(e, column);
    case Qt::BackgroundRole: return EndpointStateVisuals::stateBackground(e);
    default: break;
    }

    if (column == Status)
        return statusData(e, role);

    if (isTimeColumn(column)) {
        const QDateTime *t = nullptr;
        switch (column) {
        case LastSuccess: t = &e.lastSuccessAt; break;
        case LastFailure: t = &e.lastFailureAt; break;
        case DisabledAt: t = &e.disabledAt; break;
        default: t = &e.updatedAt; break;
        }
        if (role == Qt::DisplayRole)
            return RelativeTime::text(*t, m_now);
        if (role != Qt::ToolTipRole)
            return {}; // asked ~10 times per painted cell: no translation looked up
        switch (column) {
        case LastSuccess: return RelativeTime::toolTip(*t, tr("No successful delivery yet"));
        case LastFailure: return RelativeTime::toolTip(*t, tr("No failed delivery"));
        case DisabledAt: return RelativeTime::toolTip(*t, tr("Not disabled by the server"));
        default: return RelativeTime::toolTip(*t, tr("Unknown"));
        }
    }

    switch (column) {
    // The server's text, neutralised (bidi, invisible and control characters) and cut
    // before a view measures or paints it.
    case Url:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return UrlDisplay::forDisplay(e.url);
        break;
    case Description:
        if (role == Qt::DisplayRole)
            return e.description.isNull() ? QString(QLatin1String("")) : ServerText::oneLine(e.description, 300);
        if (role == Qt::ToolTipRole)
            return e.description.isEmpty() ? QVariant() : QVariant(ServerText::oneLine(e.description, 600));
        break;
    case Events:
        if (role == Qt::DisplayRole) {
            QStringList labels;
            for (EventType type : EventTypeNames::all()) {
                if (e.events.testFlag(type))
                    labels << compactEventLabel(type);
            }
            labels += e.unknownEvents;
            return labels.isEmpty() ? RelativeTime::nullText() : QLocale().createSeparatedList(labels);
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (EventType type : EventTypeNames::all()) {
                if (e.events.testFlag(type))
                    lines << tr("%1 (%2)").arg(EventTypeNames::label(type), EventTypeNames::toWire(type));
            }
            for (const QString &unknown : e.unknownEvents)
                lines << tr("%1 (not known to this version of the app)").arg(unknown);
            return lines.isEmpty() ? tr("No events") : lines.join(QLatin1Char('\n'));
        }
        break;
    case Active:
        if (role == Qt::DisplayRole)
            return e.isActive ? tr("Yes") : tr("No");
        if (role == Qt::ToolTipRole)
            return e.isActive ? tr("Events are delivered to this endpoint")
                              : (e.isAutoDisabled() ? tr("Switched off by the server after repeated failures")
                                                    : tr("Switched off by a person"));
        break;
    case Failures:
        if (role == Qt::DisplayRole)
            return e.consecutiveFailures;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        if (role == Qt::ToolTipRole)
            return tr("%1 consecutive failed deliveries of %2 allowed before the server disables the endpoint")
                .arg(e.consecutiveFailures)
                .arg(WebhookEndpoint::AutoDisableThreshold);
        break;
    default: break;
    }
    return {};
}

QVariant EndpointTableModel::statusData(const WebhookEndpoint &e, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return EndpointStatus::text(e, m_now);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: return EndpointStatus::toolTip(e);
    case Qt::DecorationRole: {
        const QIcon icon = stateIcon(e.state());
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    default: return {};
    }
}

QVariant EndpointTableModel::cellSortValue(const WebhookEndpoint &e, int column) const
{
    switch (column) {
    case Status: return EndpointStatus::sortKey(e);
    case Url: return e.url;
    case Description: return e.description.isNull() ? QString(QLatin1String("")) : e.description;
    case Events: return int(eventsKey(e));
    case Active: return e.isActive;
    case Failures: return e.consecutiveFailures;
    case LastSuccess: return e.lastSuccessAt;
    case LastFailure: return e.lastFailureAt;
    case DisabledAt: return e.disabledAt;
    case Updated: return e.updatedAt;
    default: return {};
    }
}

qint64 EndpointTableModel::sortKey(int row, int column) const
{
    const WebhookEndpoint &e = m_endpoints.at(row);
    switch (column) {
    case Url: return m_index.urlOrder()[size_t(row)];
    case Description: return m_index.descriptionOrder()[size_t(row)];
    default: {
        static const std::vector<quint32> unread; // the other columns' keys are the row's own
        return sortKeyOf(e, row, column, unread, unread);
    }
    }
}

qint64 EndpointTableModel::sortKeyOf(const WebhookEndpoint &e, int row, int column, const std::vector<quint32> &byUrl,
                                     const std::vector<quint32> &byDescription)
{
    switch (column) {
    case Status: return EndpointStatus::sortKey(e);
    case Url: return byUrl[size_t(row)];
    case Description: return byDescription[size_t(row)];
    case Events: return eventsKey(e);
    case Active: return e.isActive ? 1 : 0;
    case Failures: return e.consecutiveFailures;
    case LastSuccess: return timeKey(e.lastSuccessAt);
    case LastFailure: return timeKey(e.lastFailureAt);
    case DisabledAt: return timeKey(e.disabledAt);
    case Updated: return timeKey(e.updatedAt);
    default: return 0;
    }
}

QIcon EndpointTableModel::stateIcon(WebhookEndpoint::State state) const
{
    // Pixmaps need a QGuiApplication; a console tool gets no icons.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QIcon();
    QIcon &icon = m_icons[size_t(stateIndex(state))];
    if (icon.isNull()) {
        for (int size : {16, 20, 24, 32, 40, 48, 64})
            icon.addPixmap(EndpointStateVisuals::drawStateIcon(state, size));
    }
    return icon;
}

// ---- lookups ---------------------------------------------------------------------------------

int EndpointTableModel::rowOfId(const QString &id) const
{
    if (!m_rowByIdValid) {
        m_rowById = rowsById(m_endpoints);
        m_rowByIdValid = true;
    }
    return m_rowById.value(id, -1);
}

QHash<QString, int> EndpointTableModel::rowsById(const QList<WebhookEndpoint> &endpoints)
{
    QHash<QString, int> rows;
    rows.reserve(endpoints.size());
    for (qsizetype r = 0; r < endpoints.size(); ++r)
        rows.insert(endpoints.at(r).id, int(r));
    return rows;
}

void EndpointTableModel::invalidateRowIds()
{
    m_rowByIdValid = false;
    m_rowById.clear();
}

// ---- updates ---------------------------------------------------------------------------------------

void EndpointTableModel::disposeLater(QHash<QString, int> &&old)
{
    if (old.size() < DisposeInBackgroundRows) {
        old.clear();
        return;
    }
    Disposal::later(std::move(old));
}

void EndpointTableModel::disposeLater(QList<WebhookEndpoint> &&old)
{
    if (old.size() < DisposeInBackgroundRows && m_endpoints.size() < DisposeInBackgroundRows) {
        old.clear();
        return;
    }
    // Freeing 100,000 endpoints (half a million strings) is ~10 ms of GUI time. Then the
    // allocator gives back what the lists that changed hands left free in its arenas
    // (the old one, the body they were decoded from): without, a refresh every minute
    // grew the process by ~100 MB within ten refreshes while what was in use stayed flat.
    QList<WebhookEndpoint> doomed = std::move(old);
    old = QList<WebhookEndpoint>();
    Disposal::later(std::move(doomed), &FreedMemory::returnToSystem);
}

namespace {

void adjustCounts(EndpointTableModel::Counts &c, WebhookEndpoint::State state, int delta)
{
    switch (state) {
    case WebhookEndpoint::State::Healthy: c.healthy += delta; break;
    case WebhookEndpoint::State::Failing: c.failing += delta; break;
    case WebhookEndpoint::State::Disabled: c.disabled += delta; break;
    case WebhookEndpoint::State::Inactive: c.inactive += delta; break;
    case WebhookEndpoint::State::NeverVerified: c.neverVerified += delta; break;
    }
    c.total += delta;
}

} // namespace

void EndpointTableModel::recountAll()
{
    const QList<WebhookEndpoint> &list = m_endpoints; // const: the list is often shared, never copy it
    auto count = [&list](qsizetype first, qsizetype end) {
        Counts c;
        for (qsizetype r = first; r < end; ++r)
            adjustCounts(c, list.at(r).state(), +1);
        return c;
    };
    const qsizetype n = list.size();
    const qsizetype half = n / 2;
    Counts a, b;
    DenseRanks::inParallel(
        n >= DenseRanks::ParallelRankRows && QThreadPool::globalInstance()->maxThreadCount() > 1,
        [&] { b = count(half, n); }, [&] { a = count(0, half); });
    Counts c;
    c.total = a.total + b.total;
    c.healthy = a.healthy + b.healthy;
    c.failing = a.failing + b.failing;
    c.disabled = a.disabled + b.disabled;
    c.inactive = a.inactive + b.inactive;
    c.neverVerified = a.neverVerified + b.neverVerified;
    setCounts(c);
}

void EndpointTableModel::setCounts(const Counts &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    emit countsChanged();
}

void EndpointTableModel::resetTo(PreparedEndpoints prepared)
{
    beginResetModel();
    QList<WebhookEndpoint> old = std::move(m_endpoints);
    m_endpoints = std::move(prepared.endpoints);
    m_now = m_clock();
    // The lookup of the new rows comes made; the old one (100,000 entries) is freed on a worker.
    disposeLater(std::exchange(m_rowById, std::move(prepared.rowById)));
    m_rowByIdValid = prepared.hasRowById;
    // Before endResetModel(): that is when a sorted proxy sorts the new rows.
    m_index.setOrders(std::move(prepared.urlOrder), std::move(prepared.descriptionOrder));
    m_index.adoptSearchText(std::move(prepared.searchText)); // or forgets the old rows' text
    m_sortedRows = std::move(prepared.sortedRows); // taken by a sorted proxy in endResetModel()
    m_sortedColumn = prepared.sortColumn;
    m_sortedOrder = prepared.sortOrder;
    endResetModel();
    std::vector<int>().swap(m_sortedRows); // not taken
    recountAll();
    // Started once views and proxies have sorted the new rows (when a search needed the
    // search text meanwhile, it was built then): until then both cores are theirs.
    if (!m_index.hasSearchText())
        m_index.buildSearchTextLater();
    disposeLater(std::move(old));
}

void EndpointTableModel::clear() { resetTo({}); }

std::vector<int> EndpointTableModel::takeSortedRows(int column, Qt::SortOrder order)
{
    if (column != m_sortedColumn || order != m_sortedOrder || m_sortedRows.size() != size_t(m_endpoints.size()))
        return {};
    return std::exchange(m_sortedRows, {});
}

PreparedEndpoints EndpointTableModel::prepare(QList<WebhookEndpoint> endpoints, QList<WebhookEndpoint> current,
                                              const RefreshWants &wanted)
{
    PreparedEndpoints prepared;
    prepared.endpoints = std::move(endpoints);
    prepared.plan = RefreshPlan::make(current, prepared.endpoints);
    prepared.base = std::move(current);
    prepared.urlOrder = EndpointIndex::rankByUrl(prepared.endpoints);
    prepared.descriptionOrder = EndpointIndex::rankByDescription(prepared.endpoints);
    if (prepared.plan.kind == RefreshPlan::Kind::Reset) {
        prepared.rowById = rowsById(prepared.endpoints);
        prepared.hasRowById = true;
        if (wanted.searchText)
            prepared.searchText = EndpointSearchIndex::build(prepared.endpoints, 0);
        if (wanted.sortColumn >= 0 && wanted.sortColumn < ColumnCount) {
            RowSorting::Scratch scratch;
            RowSorting::sort(prepared.sortedRows, prepared.endpoints, prepared.urlOrder, prepared.descriptionOrder,
                             wanted.sortColumn, wanted.sortOrder, scratch);
            prepared.sortColumn = wanted.sortColumn;
            prepared.sortOrder = wanted.sortOrder;
        }
    }
    return prepared;
}

void EndpointTableModel::setEndpoints(QList<WebhookEndpoint> endpoints)
{
    PreparedEndpoints unprepared;
    unprepared.endpoints = std::move(endpoints);
    setEndpoints(std::move(unprepared));
}

void EndpointTableModel::setEndpoints(PreparedEndpoints prepared)
{
    // Orders that do not fit the rows are never taken (EndpointIndex::setOrders, hasOrders()).
    // The plan made on the worker holds if the model still shows the list it was made
    // against (any change since detached the shared copy); else it is made here. (An
    // unprepared list carries an empty base and the default plan, a reset: that holds
    // exactly when the model is empty, as RefreshPlan::make would say too.)
    const bool planHolds = prepared.base.constData() == m_endpoints.constData()
        && prepared.base.size() == m_endpoints.size();
    RefreshPlan plan = planHolds ? std::move(prepared.plan) : RefreshPlan::make(m_endpoints, prepared.endpoints);
    prepared.base = QList<WebhookEndpoint>(); // let go before rows change: no copy-on-write
    prepared.plan = RefreshPlan();
    if (plan.kind != RefreshPlan::Kind::Reset) { // a lookup made for a reset is not needed
        disposeLater(std::move(prepared.rowById));
        prepared.hasRowById = false;
    }
    switch (plan.kind) {
    case RefreshPlan::Kind::Reset: resetTo(std::move(prepared)); return;
    case RefreshPlan::Kind::InPlace: applyInPlace(std::move(prepared), plan.changedRows); return;
    case RefreshPlan::Kind::Incremental: break;
    }

    const QList<WebhookEndpoint> &endpoints = prepared.endpoints;
    const qsizetype oldCount = m_endpoints.size();
    const qsizetype newCount = endpoints.size();
    const std::vector<int> &newRowOfOld = plan.nextRowOfCurrent;
    const std::vector<char> &survives = plan.survives;
    const qsizetype inserted = plan.inserted;

    // Search text not built yet is built once, for the final rows: a build started per
    // run would be thrown away, and its shared copy of the rows would make the next
    // change copy all of them.
    bool searchStale = false;
    if (!m_index.hasSearchText())
        m_index.forgetSearchText();

    // Remove runs of vanished rows, last run first so that row numbers stay valid.
    for (qsizetype r = oldCount - 1; r >= 0;) {
        if (newRowOfOld[size_t(r)] >= 0) {
            --r;
            continue;
        }
        qsizetype first = r;
        while (first > 0 && newRowOfOld[size_t(first - 1)] < 0)
            --first;
        const int count = int(r - first + 1);
        beginRemoveRows(QModelIndex(), int(first), int(r));
        for (qsizetype i = first; i <= r; ++i)
            adjustCounts(m_counts, m_endpoints.at(i).state(), -1);
        m_endpoints.remove(first, count);
        searchStale = searchStale || !m_index.hasSearchText();
        m_index.removeRows(int(first), count);
        invalidateRowIds();
        endRemoveRows();
        r = first - 1;
    }

    // With the new list's orders at hand, the rows that stay take their places in them
    // now, and each inserted run brings its own: a sorted proxy placing the new rows
    // needs no string sorting (the orders of a subset of the rows are still orders).
    const bool ordersAtHand = prepared.hasOrders();
    if (ordersAtHand && inserted > 0) {
        std::vector<quint32> byUrl, byDescription;
        byUrl.reserve(size_t(newCount));
        byDescription.reserve(size_t(newCount));
        for (const int nr : newRowOfOld) {
            if (nr < 0)
                continue;
            byUrl.push_back(prepared.urlOrder[size_t(nr)]);
            byDescription.push_back(prepared.descriptionOrder[size_t(nr)]);
        }
        m_index.setOrders(std::move(byUrl), std::move(byDescription));
    }

    // Insert runs of new rows in ascending order: before each run, the model holds
    // exactly the new list's rows above it.
    for (qsizetype r = 0; r < newCount;) {
        if (survives[size_t(r)]) {
            ++r;
            continue;
        }
        qsizetype last = r;
        while (last + 1 < newCount && !survives[size_t(last + 1)])
            ++last;
        const int count = int(last - r + 1);
        beginInsertRows(QModelIndex(), int(r), int(last));
        m_endpoints.insert(r, count, WebhookEndpoint());
        for (qsizetype i = r; i <= last; ++i) {
            m_endpoints[i] = endpoints.at(i);
            adjustCounts(m_counts, m_endpoints.at(i).state(), +1);
        }
        searchStale = searchStale || !m_index.hasSearchText();
        if (ordersAtHand)
            m_index.insertRows(int(r), count, prepared.urlOrder, prepared.descriptionOrder);
        else
            m_index.insertRows(int(r), count);
        invalidateRowIds();
        endInsertRows();
        r = last + 1;
    }
    m_index.compactSearchText();
    // The rows are the new list's now. The old lookup (100,000 entries) is freed on a worker.
    disposeLater(std::exchange(m_rowById, std::move(plan.rowOfNext)));
    m_rowByIdValid = true;
    emit countsChanged();

    applyInPlace(std::move(prepared), plan.changedRows);
    if (searchStale && !m_index.hasSearchText())
        m_index.buildSearchTextLater();
}

void EndpointTableModel::applyInPlace(PreparedEndpoints prepared, const std::vector<int> &changedRows)
{
    QList<WebhookEndpoint> &endpoints = prepared.endpoints;
    Q_ASSERT(endpoints.size() == m_endpoints.size());
    const bool ordersFit = prepared.hasOrders(); // asked now: `endpoints` is moved from below
    std::vector<RowChange> changes;
    bool urlsChanged = false;
    bool descriptionsChanged = false;
    Counts counts = m_counts;
    for (const int r : changedRows) { // rows the plan found unequal
        const WebhookEndpoint &before = m_endpoints.at(r);
        const WebhookEndpoint &after = endpoints.at(r);
        const unsigned mask = changedColumns(before, after);
        const int firstColumn = int(qCountTrailingZeroBits(mask));
        const int lastColumn = 31 - int(qCountLeadingZeroBits(mask));
        changes.push_back({int(r), firstColumn, lastColumn});
        urlsChanged = urlsChanged || before.url != after.url; // same id: rows are matched by id
        descriptionsChanged = descriptionsChanged || before.description != after.description;
        adjustCounts(counts, before.state(), -1);
        adjustCounts(counts, after.state(), +1);
    }
    if (changes.empty()) {
        if (ordersFit && !m_index.hasOrders())
            m_index.setOrders(std::move(prepared.urlOrder), std::move(prepared.descriptionOrder));
        disposeLater(std::move(endpoints));
        return;
    }

    // Keep the old strings where nothing changed (they are what the id lookup shares);
    // take the new rows where something did.
    if (changes.size() * 2 > size_t(m_endpoints.size())) {
        if (m_index.hasSearchText()) {
            for (const RowChange &c : changes)
                m_index.updateSearchText(c.row, endpoints.at(c.row));
        }
        QList<WebhookEndpoint> old = std::move(m_endpoints);
        m_endpoints = std::move(endpoints);
        invalidateRowIds();
        disposeLater(std::move(old));
    } else {
        for (const RowChange &c : changes) {
            m_index.updateSearchText(c.row, endpoints.at(c.row));
            m_endpoints[c.row] = endpoints.at(c.row);
        }
        disposeLater(std::move(endpoints));
    }
    if (m_index.hasSearchText())
        m_index.compactSearchText();
    else if (m_index.isBuildingSearchText())
        m_index.buildSearchTextLater(); // again: the build under way reads the rows as they were
    // The new list's orders are exactly those of the rows now (and in place before a
    // sorted proxy reads them on dataChanged).
    if (ordersFit) {
        m_index.setOrders(std::move(prepared.urlOrder), std::move(prepared.descriptionOrder));
    } else if (urlsChanged) {
        m_index.forgetOrders();
    } else if (descriptionsChanged) {
        m_index.forgetDescriptionOrder();
    }
    setCounts(counts);
    emitRowChanges(changes);
}

void EndpointTableModel::emitRowChanges(std::vector<RowChange> &changes)
{
    if (changes.empty())
        return;
    if (changes.size() > size_t(SeparateDataChangedLimit)) {
        int firstColumn = ColumnCount, lastColumn = 0;
        for (const RowChange &c : changes) {
            firstColumn = std::min(firstColumn, c.firstColumn);
            lastColumn = std::max(lastColumn, c.lastColumn);
        }
        emit dataChanged(index(changes.front().row, firstColumn), index(changes.back().row, lastColumn));
        return;
    }
    // Adjacent rows with changes become one range.
    size_t i = 0;
    while (i < changes.size()) {
        size_t j = i;
        int firstColumn = changes[i].firstColumn, lastColumn = changes[i].lastColumn;
        while (j + 1 < changes.size() && changes[j + 1].row == changes[j].row + 1) {
            ++j;
            firstColumn = std::min(firstColumn, changes[j].firstColumn);
            lastColumn = std::max(lastColumn, changes[j].lastColumn);
        }
        emit dataChanged(index(changes[i].row, firstColumn), index(changes[j].row, lastColumn));
        i = j + 1;
    }
}

int EndpointTableModel::updateEndpoint(const WebhookEndpoint &endpoint)
{
    const int row = rowOfId(endpoint.id);
    if (row < 0) {
        const int at = int(m_endpoints.size());
        beginInsertRows(QModelIndex(), at, at);
        m_endpoints.append(endpoint);
        m_index.insertRows(at, 1);
        if (!m_index.hasSearchText())
            m_index.buildSearchTextLater();
        if (m_rowByIdValid)
            m_rowById.insert(endpoint.id, at);
        Counts c = m_counts;
        adjustCounts(c, endpoint.state(), +1);
        endInsertRows();
        setCounts(c);
        return at;
    }
    const WebhookEndpoint &before = m_endpoints.at(row);
    if (before == endpoint)
        return row;
    std::vector<RowChange> changes;
    const unsigned mask = changedColumns(before, endpoint);
    changes.push_back({row, int(qCountTrailingZeroBits(mask)), 31 - int(qCountLeadingZeroBits(mask))});
    Counts c = m_counts;
    adjustCounts(c, before.state(), -1);
    adjustCounts(c, endpoint.state(), +1);
    if (before.url != endpoint.url)
        m_index.forgetOrders();
    else if (before.description != endpoint.description)
        m_index.forgetDescriptionOrder();
    const bool searchTextChanged = EndpointIndex::searchTextDiffers(before, endpoint);
    if (searchTextChanged && m_index.hasSearchText()) {
        m_index.updateSearchText(row, endpoint);
        m_index.compactSearchText();
    }
    m_endpoints[row] = endpoint;
    if (searchTextChanged && !m_index.hasSearchText())
        m_index.buildSearchTextLater(); // from the rows as they are now, the saved one included
    setCounts(c);
    emitRowChanges(changes);
    return row;
}

bool EndpointTableModel::removeEndpoint(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    Counts c = m_counts;
    adjustCounts(c, m_endpoints.at(row).state(), -1);
    m_endpoints.removeAt(row);
    m_index.removeRows(row, 1);
    if (!m_index.hasSearchText())
        m_index.buildSearchTextLater();
    invalidateRowIds();
    endRemoveRows();
    setCounts(c);
    return true;
}

// ---- time ----------------------------------------------------------------------------------------------

void EndpointTableModel::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
    refreshRelativeTimes();
}

void EndpointTableModel::setNow(const QDateTime &now)
{
    setClock([now] { return now; });
}

void EndpointTableModel::refreshRelativeTimes()
{
    m_now = m_clock();
    if (m_endpoints.isEmpty())
        return;
    const int last = int(m_endpoints.size()) - 1;
    emit dataChanged(index(0, LastSuccess), index(last, Updated), {Qt::DisplayRole});
    // The status says since when, too: "Disabled 3 days ago".
    emit dataChanged(index(0, Status), index(last, Status), {Qt::DisplayRole});
}
