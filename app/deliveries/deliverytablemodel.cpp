#include "deliverytablemodel.h"

#include "deliverystatus.h"
#include "relativetime.h"
#include "servertext.h"

#include <algorithm>
#include <limits>

namespace {

// Event types are short wire names; anything longer is cut.
constexpr int EventTypeLimit = 64;
// A table cell shows the start of an error; the tooltip more of it.
constexpr int ErrorCellLimit = 200;

bool retryPending(const WebhookDelivery &d)
{
    return d.status == WebhookDelivery::Status::Pending || d.status == WebhookDelivery::Status::InFlight;
}

qint64 timeKey(const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(); }

} // namespace

DeliveryTableModel::DeliveryTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_now(QDateTime::currentDateTimeUtc())
{}

int DeliveryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deliveries.size());
}

int DeliveryTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DeliveryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WebhookDelivery &d = m_deliveries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(d, index.column());
    case Qt::ToolTipRole: return toolTip(d, index.column());
    case Qt::DecorationRole:
        if (index.column() == Status)
            return DeliveryStatus::icon(d);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Attempts || index.column() == Response)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DeliveryIdRole: return d.id;
    case StatusRole: return int(d.status);
    case EventTypeRole: return d.eventType;
    case SortRole: return sortKey(d, index.column());
    default: return {};
    }
}

QVariant DeliveryTableModel::display(const WebhookDelivery &d, int column) const
{
    switch (column) {
    case Status: return DeliveryStatus::text(d);
    case EventType: return ServerText::oneLine(d.eventType, EventTypeLimit);
    case Attempts: return DeliveryStatus::attemptsText(d);
    case Response: return DeliveryStatus::responseText(d);
    case Error:
        return d.lastError.isEmpty() ? RelativeTime::nullText() : ServerText::oneLine(d.lastError, ErrorCellLimit);
    case NextRetry: return nextRetryText(d);
    case Created: return RelativeTime::text(d.createdAt, m_now);
    case Delivered: return RelativeTime::text(d.deliveredAt, m_now);
    default: return {};
    }
}

QString DeliveryTableModel::nextRetryText(const WebhookDelivery &d) const
{
    if (!retryPending(d) || !d.nextRetryAt.isValid())
        return RelativeTime::nullText();
    if (m_now.isValid() && d.nextRetryAt < m_now)
        //: Next retry of a delivery whose retry time has passed without a new attempt;
        //: %1 is when it was due, e.g. "1 h ago"
        return tr("Overdue (due %1)").arg(RelativeTime::text(d.nextRetryAt, m_now));
    return RelativeTime::text(d.nextRetryAt, m_now);
}

QVariant DeliveryTableModel::toolTip(const WebhookDelivery &d, int column) const
{
    switch (column) {
    case Status: return DeliveryStatus::toolTip(d);
    case Attempts:
        return d.lastAttemptAt.isValid() ? tr("Last attempt: %1").arg(RelativeTime::exactText(d.lastAttemptAt))
                                         : tr("Not attempted yet");
    case Error: return d.lastError.isEmpty() ? QVariant() : QVariant(ServerText::oneLine(d.lastError));
    case NextRetry:
        return retryPending(d) ? RelativeTime::toolTip(d.nextRetryAt) : tr("No retry: the delivery is finished.");
    case Created: return RelativeTime::toolTip(d.createdAt);
    case Delivered: return RelativeTime::toolTip(d.deliveredAt, tr("Not delivered"));
    default: return {};
    }
}

QVariant DeliveryTableModel::sortKey(const WebhookDelivery &d, int column) const
{
    switch (column) {
    case Status: return int(d.status);
    case EventType: return d.eventType;
    case Attempts: return d.attemptCount;
    case Response: return d.hasLastResponseStatus ? d.lastResponseStatus : -1;
    case Error: return d.lastError;
    case NextRetry: return retryPending(d) ? timeKey(d.nextRetryAt) : std::numeric_limits<qint64>::max();
    case Created: return timeKey(d.createdAt);
    case Delivered: return timeKey(d.deliveredAt);
    default: return {};
    }
}

QVariant DeliveryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status: return tr("Status");
    case EventType: return tr("Event");
    case Attempts: return tr("Attempts");
    case Response: return tr("Response");
    case Error: return tr("Last error");
    case NextRetry: return tr("Next retry");
    case Created: return tr("Created");
    case Delivered: return tr("Delivered");
    default: return {};
    }
}

void DeliveryTableModel::setDeliveries(const QList<WebhookDelivery> &deliveries)
{
    beginResetModel();
    m_deliveries = deliveries;
    m_now = QDateTime::currentDateTimeUtc();
    endResetModel();
}

void DeliveryTableModel::clear() { setDeliveries({}); }

QStringList DeliveryTableModel::eventTypes() const
{
    QStringList types;
    for (const WebhookDelivery &d : m_deliveries)
        types.append(d.eventType);
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());
    return types;
}

void DeliveryTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_deliveries.isEmpty()) {
        emit dataChanged(index(0, NextRetry), index(rowCount() - 1, Delivered), {Qt::DisplayRole});
    }
}
