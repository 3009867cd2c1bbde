#pragma once

#include "refreshplan.h"
#include "searchindex.h"
#include "webhookendpoint.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

// What a proxy on a table's rows needs of a refresh that replaces every row, so that the
// refresh's worker prepares it (EndpointTableModel::prepare()) instead of the GUI thread.
struct RefreshWants
{
    bool searchText = false; // a search is typed: the rows' search text
    int sortColumn = -1;     // sorted: the rows in that order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

// A list of endpoints as the server sent it, with the orders the table sorts by
// and the way from the rows shown now already worked out: built off the GUI thread by
// EndpointTableModel::prepare(), so that handing 100,000 rows to the table costs the GUI
// thread no string sorting, no id lookups and no row-by-row comparison.
struct PreparedEndpoints
{
    QList<WebhookEndpoint> endpoints;
    // Per row: its place in URL-then-id order, and its rank by description (the orders
    // of EndpointIndex). Empty when not computed (the index then computes them when
    // first needed).
    std::vector<quint32> urlOrder;
    std::vector<quint32> descriptionOrder;

    // How the list that the model showed when prepare() ran (`base`, a shared copy: no
    // rows copied) becomes this one. Used only if the model still shows exactly `base`.
    QList<WebhookEndpoint> base;
    RefreshPlan plan;

    // When the plan is a reset: the row of each id (the last row of an id that repeats),
    // the model's id lookup for these rows, built here instead of on the GUI thread at
    // the first lookup (100,000 ids: ~25 ms).
    QHash<QString, int> rowById;
    bool hasRowById = false;

    // When the plan is a reset and a search is typed: the rows' search text, so that the
    // proxy filtering the new rows does not build it on the GUI thread (100,000 rows:
    // ~120 ms). Null otherwise (built on a worker after the reset, when at all).
    std::shared_ptr<EndpointSearchIndex> searchText;
    // When the plan is a reset and a proxy sorts the rows: every row in its sort order
    // (RowSorting) by `sortColumn` and `sortOrder`, so that the proxy's first sort of the
    // new rows is not done on the GUI thread. Empty otherwise.
    std::vector<int> sortedRows;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    bool hasOrders() const
    {
        return urlOrder.size() == size_t(endpoints.size()) && descriptionOrder.size() == size_t(endpoints.size());
    }
};
