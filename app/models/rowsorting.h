#pragma once

#include "webhookendpoint.h"

#include <QList>
#include <QtGlobal>

#include <vector>

// Every row of an endpoint list in the order EndpointFilterProxyModel shows it sorted by
// a column: the column's typed key (EndpointTableModel::sortKeyOf()), ties by URL, then
// id, A to Z whichever way the column is sorted. A counting sort by URL order, then a
// radix sort of the keys: no string comparisons.
//
// Run by the proxy on the GUI thread when the sort or the rows change, and by
// EndpointTableModel::prepare() on the worker of a refresh that replaces every row, so
// that the GUI thread's first sort of 100,000 new rows (~6 ms, most of it fresh pages)
// is done before they reach it.
namespace RowSorting {

// Working memory, kept between sorts by whoever sorts often: fresh pages for 100,000
// keys cost more than the sort itself (page faults, ~5 ms a sort on the machine measured).
struct Scratch
{
    std::vector<quint64> keys;
    std::vector<int> start;
    std::vector<int> rows;
};

// `order` becomes every row of `endpoints` in sort order by `column` (a column of
// EndpointTableModel; below 0: the rows' own order). `byUrl`: per row, its place in
// URL-then-id order; `byDescription`: per row, its rank by description (read only when
// sorting by description).
void sort(std::vector<int> &order, const QList<WebhookEndpoint> &endpoints, const std::vector<quint32> &byUrl,
          const std::vector<quint32> &byDescription, int column, Qt::SortOrder sortOrder, Scratch &scratch);

} // namespace RowSorting
