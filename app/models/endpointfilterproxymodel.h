#pragma once

#include "eventtype.h"
#include "rowsorting.h"

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QPersistentModelIndex>
#include <QPointer>
#include <vector>

class EndpointTableModel;

// Quick filters (All / Failing / Disabled / Inactive), an event filter (endpoints
// subscribed to an event) and a search over URL, description, id and events, as you
// type, over an EndpointTableModel, sorted by any column.
// Sorting is typed and stable (ties broken by URL, then id, A to Z whichever way the
// column is sorted).
//
// Built for 100,000 rows within a frame of the GUI thread: it keeps every source row in
// the sorted order (a radix sort of the rows' typed keys, from the model's EndpointIndex,
// no string comparisons), so a filter or search change is one pass over that order, and
// a re-sort after a change costs a few milliseconds. Changes of what is shown reach the
// views as a layout change (persistent indexes follow their rows); rows the source
// inserts or removes are inserted or removed here too, one by one.
class EndpointFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum class QuickFilter { All, Failing, Disabled, Inactive };
    Q_ENUM(QuickFilter)

    explicit EndpointFilterProxyModel(QObject *parent = nullptr);
    ~EndpointFilterProxyModel() override;

    // The table whose rows are filtered and sorted (none after it is destroyed).
    void setSourceModel(EndpointTableModel *model);
    // The same for a model passed as a QAbstractItemModel; one that is not an
    // EndpointTableModel is taken as none.
    void setSourceModel(QAbstractItemModel *model) override;
    QuickFilter quickFilter() const { return m_filter; }
    // The events a row must be subscribed to (every one of them); none: no condition.
    EventTypes eventFilter() const { return m_events; }
    // Shows endpoint `id` whatever the search and filter say (one just saved that no
    // longer matches them), until keepShown() names another or none, or the search or
    // filter changes.
    void keepShown(const QString &id);
    QString keptShownId() const { return m_keptId; }
    // Whether endpoint `id` passes the search, quick filter and event filter by itself.
    bool matchesFilter(const QString &id) const;
    QString searchText() const { return m_text; }

    // Equal keys are ordered by URL, then id, A to Z in either direction. A column of -1:
    // the source's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

public slots:
    void setQuickFilter(EndpointFilterProxyModel::QuickFilter filter);
    void setSearchText(const QString &text);
    void setEventFilter(EventTypes events);

private:
    static bool accepts(const EndpointTableModel &model, int sourceRow, QuickFilter filter, EventTypes events,
                        const QByteArray &needle);
    bool accepts(int sourceRow) const;
    bool isKept(int sourceRow) const;
    int sourceRows() const;

    // What is shown, worked out again from the sorted order and the filter; the views are
    // told by a layout change.
    void relayout();
    void beginRelayout();
    void endRelayout();
    // What a refresh that replaces every source row should prepare for this proxy: its
    // sort order, and the search text while a search is typed (RefreshWants).
    void tellSourceWhatItNeeds();
    // Every source row in sort order (m_order), from the rows' keys.
    void sortAll();
    // Every source row through the current filter (m_accepted), in two halves on two threads.
    void filterAll();
    void rebuildShown();
    void ensureSourceToProxy() const;
    // Where source row `row` goes in `sequence` (source rows in sort order): the first
    // place whose row sorts after it.
    size_t insertionPoint(const std::vector<int> &sequence, int row) const;
    bool sortsBefore(int a, int b) const;

    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onSourceAboutToBeReset();
    void onSourceReset();
    void onSourceLayoutAboutToBeChanged();
    void onSourceLayoutChanged();

    QPointer<EndpointTableModel> m_source; // sourceModel(), typed
    QuickFilter m_filter = QuickFilter::All;
    EventTypes m_events;
    QString m_text;
    QString m_keptId;
    QByteArray m_needle;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    // Every source row, in sort order (source order when not sorted).
    std::vector<int> m_order;
    // sortAll()'s working memory, kept (RowSorting::Scratch).
    RowSorting::Scratch m_sortScratch;
    // Per source row, whether the current filter accepts it.
    std::vector<quint8> m_accepted;
    // The rows shown: per proxy row its source row, and back (-1: hidden; built when asked).
    std::vector<int> m_proxyToSource;
    mutable std::vector<int> m_sourceToProxy;
    mutable bool m_sourceToProxyValid = false;

    // Across a layout change: the persistent indexes and the source rows they stood for.
    QModelIndexList m_layoutProxy;
    QList<QPersistentModelIndex> m_layoutSource;
    bool m_inSourceLayoutChange = false;
};
