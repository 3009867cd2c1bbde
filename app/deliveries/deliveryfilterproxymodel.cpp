#include "deliveryfilterproxymodel.h"

#include "deliverytablemodel.h"

DeliveryFilterProxyModel::DeliveryFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DeliveryTableModel::SortRole);
    setDynamicSortFilter(true);
}

void DeliveryFilterProxyModel::setStatusFilter(std::optional<WebhookDelivery::Status> status)
{
    if (status == m_status)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_status = status;
    endFilterChange(Direction::Rows);
#else
    m_status = status;
    invalidateFilter();
#endif
}

void DeliveryFilterProxyModel::setEventTypeFilter(const QString &eventType)
{
    if (eventType == m_eventType)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_eventType = eventType;
    endFilterChange(Direction::Rows);
#else
    m_eventType = eventType;
    invalidateFilter();
#endif
}

QStringList DeliveryFilterProxyModel::idsInViewOrder() const
{
    QStringList ids;
    for (int r = 0; r < rowCount(); ++r)
        ids.append(index(r, 0).data(DeliveryTableModel::DeliveryIdRole).toString());
    return ids;
}

bool DeliveryFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && i.data(DeliveryTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (!m_eventType.isEmpty() && i.data(DeliveryTableModel::EventTypeRole).toString() != m_eventType)
        return false;
    return true;
}

bool DeliveryFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(DeliveryTableModel::SortRole);
    const QVariant b = right.data(DeliveryTableModel::SortRole);
    // Equal keys are not less: the proxy's stable sort keeps the server's order for them.
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}
