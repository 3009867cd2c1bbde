#pragma once

#include "webhookdelivery.h"

#include <QSortFilterProxyModel>

#include <optional>

// Filters a DeliveryTableModel by status and by event type, and sorts it by each
// column's typed key (DeliveryTableModel::SortRole); equal keys keep the server's order (most recent first).
class DeliveryFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DeliveryFilterProxyModel(QObject *parent = nullptr);

    // Only deliveries with this status (none: every status).
    void setStatusFilter(std::optional<WebhookDelivery::Status> status);
    std::optional<WebhookDelivery::Status> statusFilter() const { return m_status; }
    // Only deliveries of this event type, the wire name (empty: every type).
    void setEventTypeFilter(const QString &eventType);
    QString eventTypeFilter() const { return m_eventType; }

    // The delivery ids of the rows shown, in view order.
    QStringList idsInViewOrder() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<WebhookDelivery::Status> m_status;
    QString m_eventType;
};
