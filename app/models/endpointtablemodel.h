#pragma once

#include "endpointindex.h"
#include "preparedendpoints.h"
#include "webhookendpoint.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>

#include <array>
#include <functional>
#include <vector>

// The organization's webhook endpoints, one row each, in the server's order.
// Sorting and filtering belong to EndpointFilterProxyModel on top of it, by the rows'
// EndpointIndex, which this model keeps in step with them.
//
// Built for 100,000 rows: data() reads the struct directly, refreshes update rows in
// place so that selections and scroll positions survive, and the extra per-row
// structures (the index, the id lookup) are built lazily or off the GUI thread.
class EndpointTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Status,
        Url,
        Description,
        Events,
        Active,
        Failures,
        LastSuccess,
        LastFailure,
        DisabledAt,
        Updated,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        EndpointIdRole = Qt::UserRole + 1, // QString
        StateRole,                         // int(WebhookEndpoint::State)
        SeverityRole,                      // double, 0.0 healthy ... 1.0 disabled or 20/20 failures
        SortRole,                          // the column's sort key, correctly typed (int, QString, QDateTime, bool)
    };
    Q_ENUM(Role)

    struct Counts
    {
        int total = 0;
        int healthy = 0;
        int failing = 0;
        int disabled = 0; // by the server, after AutoDisableThreshold failures
        int inactive = 0; // by a person
        int neverVerified = 0;

        friend bool operator==(const Counts &a, const Counts &b)
        {
            return a.total == b.total && a.healthy == b.healthy && a.failing == b.failing && a.disabled == b.disabled
                && a.inactive == b.inactive && a.neverVerified == b.neverVerified;
        }
        friend bool operator!=(const Counts &a, const Counts &b) { return !(a == b); }
    };

    using Clock = std::function<QDateTime()>;

    explicit EndpointTableModel(QObject *parent = nullptr);
    ~EndpointTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // --- Contents -----------------------------------------------------------------
    const QList<WebhookEndpoint> &endpoints() const { return m_endpoints; }
    // `row` must be in [0, rowCount()).
    const WebhookEndpoint &endpointAt(int row) const { return m_endpoints.at(row); }
    // -1 when no row has that id.
    int rowOfId(const QString &id) const;
    Counts counts() const { return m_counts; }

    // A refresh from the server. Rows whose id stays keep their row (dataChanged for
    // the changed ones only); rows that appear or disappear are inserted or removed;
    // the model is reset on the first load, when most rows come or go, or when the
    // server reorders them.
    void setEndpoints(QList<WebhookEndpoint> endpoints);
    // The same, with the sort orders computed beforehand (see prepare()).
    void setEndpoints(PreparedEndpoints prepared);
    // The list with its sort orders and, given what the model shows now (endpoints(), a
    // shared copy), the plan of the refresh: safe on any thread, meant for a worker
    // (100,000 endpoints take ~30-60 ms of two cores), before setEndpoints() on the GUI
    // thread.
    // When the plan is a reset, what `wanted` asks for is prepared too (see wanted()).
    static PreparedEndpoints prepare(QList<WebhookEndpoint> endpoints, QList<WebhookEndpoint> current = {},
                                     const RefreshWants &wanted = RefreshWants());
    // The server's answer for one endpoint (after a save): replaces the row with that
    // id, or appends it when the id is new. Returns the row.
    int updateEndpoint(const WebhookEndpoint &endpoint);
    // False when no row has that id.
    bool removeEndpoint(const QString &id);
    void clear();

    // --- Relative times ------------------------------------------------------------
    // Where "now" comes from (default: the system clock, UTC). Relative texts use the
    // time read at the last setEndpoints() on an empty model, setNow() or refreshRelativeTimes().
    void setClock(Clock clock);
    // Fixes the clock at `now` (tests) and refreshes the relative texts.
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }
    // Reads the clock again; dataChanged (DisplayRole) for the time columns only.
    void refreshRelativeTimes();
    static bool isTimeColumn(int column) { return column >= LastSuccess && column <= Updated; }

    // --- Support for EndpointFilterProxyModel ---------------------------------------
    // The sort orders and search text of the rows, in step with them. Its orders come
    // from prepare() when setEndpoints() is given a prepared list; a part not at hand is
    // built when first asked for.
    const EndpointIndex &endpointIndex() const { return m_index; }
    // What a proxy on the rows needs of a refresh that replaces every row (set by it),
    // prepared on the refresh's worker instead of on the GUI thread (see prepare()).
    void setWanted(const RefreshWants &wanted) { m_wanted = wanted; }
    RefreshWants wanted() const { return m_wanted; }
    // During a reset to a prepared list (between modelAboutToBeReset and modelReset): its
    // rows in the order asked for, if that is `column` and `order`; empty otherwise. Once.
    std::vector<int> takeSortedRows(int column, Qt::SortOrder order);
    // Typed sort key of a cell, as SortRole gives it, without a QVariant: integers for
    // Status (EndpointStatus::sortKey), Events, Active, Failures; milliseconds since
    // the epoch for times (null = lowest); the index's ranks for Url and Description.
    qint64 sortKey(int row, int column) const;
    // The same of an endpoint of any list, at `row` of it, given that list's orders
    // (`byDescription` read only for Description): safe on any thread.
    static qint64 sortKeyOf(const WebhookEndpoint &e, int row, int column, const std::vector<quint32> &byUrl,
                            const std::vector<quint32> &byDescription);

signals:
    void countsChanged();

private:
    struct RowChange
    {
        int row;
        int firstColumn;
        int lastColumn;
    };

    void resetTo(PreparedEndpoints prepared);
    // `changedRows`: rows known to differ (the others are equal).
    void applyInPlace(PreparedEndpoints prepared, const std::vector<int> &changedRows);
    void emitRowChanges(std::vector<RowChange> &changes);
    void recountAll();
    void setCounts(const Counts &counts);
    void invalidateRowIds();
    void disposeLater(QList<WebhookEndpoint> &&old);
    void disposeLater(QHash<QString, int> &&old);
    static QHash<QString, int> rowsById(const QList<WebhookEndpoint> &endpoints);
    QIcon stateIcon(WebhookEndpoint::State state) const;
    QVariant statusData(const WebhookEndpoint &e, int role) const;
    QVariant cellSortValue(const WebhookEndpoint &e, int column) const;

    QList<WebhookEndpoint> m_endpoints;
    Counts m_counts;
    Clock m_clock;
    QDateTime m_now;

    mutable QHash<QString, int> m_rowById;
    mutable bool m_rowByIdValid = false;
    RefreshWants m_wanted;
    // A reset's prepared sort order, until a proxy takes it (takeSortedRows()).
    std::vector<int> m_sortedRows;
    int m_sortedColumn = -1;
    Qt::SortOrder m_sortedOrder = Qt::AscendingOrder;

    EndpointIndex m_index{m_endpoints}; // after m_endpoints: made after it, gone before

    mutable std::array<QIcon, 5> m_icons;
};
