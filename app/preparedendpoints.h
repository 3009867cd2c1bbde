#pragma once

#include "webhookendpoint.h"

#include <QList>
#include <QMetaType>

#include <vector>

// A list of endpoints as the server sent it, with the orders the table sorts by
// already computed: built off the GUI thread by EndpointTableModel::prepare(), so that
// handing 100,000 rows to the table costs the GUI thread no string sorting.
struct PreparedEndpoints
{
    QList<WebhookEndpoint> endpoints;
    // Per row: its place in URL-then-id order, and its rank by description. Empty when
    // not computed (the model then computes them when first needed).
    std::vector<quint32> urlOrder;
    std::vector<quint32> descriptionOrder;

    bool hasOrders() const
    {
        return urlOrder.size() == size_t(endpoints.size()) && descriptionOrder.size() == size_t(endpoints.size());
    }
};
Q_DECLARE_METATYPE(PreparedEndpoints)
