#pragma once

#include "webhookdelivery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// The deliveries of one endpoint, one row each, in the server's order (most recent
// first). Sorting and filtering belong to DeliveryFilterProxyModel on top of it.
// Server text (event types, errors) is made safe here, before any view sees it.
class DeliveryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Status, EventType, Attempts, Response, Error, NextRetry, Created, Delivered, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        DeliveryIdRole = Qt::UserRole + 1, // QString, as sent
        StatusRole, // int(WebhookDelivery::Status)
        EventTypeRole, // QString, the wire name as sent
        SortRole, // the column's sort key, typed (int, QString, qint64 ms)
    };
    Q_ENUM(Role)

    explicit DeliveryTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new list (a reset): the deliveries of one endpoint, most recent first.
    void setDeliveries(const QList<WebhookDelivery> &deliveries);
    void clear();
    const QList<WebhookDelivery> &deliveries() const { return m_deliveries; }
    // `row` must be in [0, rowCount()).
    const WebhookDelivery &deliveryAt(int row) const { return m_deliveries.at(row); }
    // The event types in the list, sorted, each once (for a filter).
    QStringList eventTypes() const;

    // "Now" for the relative times (default: the clock when the list was set);
    // dataChanged for the time columns.
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }

private:
    QVariant display(const WebhookDelivery &d, int column) const;
    QVariant toolTip(const WebhookDelivery &d, int column) const;
    // "in 3 min", "—" when no retry is pending, "Overdue (due 1 h ago)" when its time passed.
    QString nextRetryText(const WebhookDelivery &d) const;
    QVariant sortKey(const WebhookDelivery &d, int column) const;

    QList<WebhookDelivery> m_deliveries;
    QDateTime m_now;
};
