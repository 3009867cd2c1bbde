#pragma once

#include "refreshplan.h"
#include "webhookendpoint.h"

#include <QList>

#include <vector>

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

    bool hasOrders() const
    {
        return urlOrder.size() == size_t(endpoints.size()) && descriptionOrder.size() == size_t(endpoints.size());
    }
};
