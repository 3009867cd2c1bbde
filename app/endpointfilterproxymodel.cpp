#include "endpointfilterproxymodel.h"

#include "endpointtablemodel.h"

EndpointFilterProxyModel::EndpointFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EndpointTableModel::SortRole);
    setDynamicSortFilter(true);
}

void EndpointFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    forgetAccepted();
    if (!model)
        return;
    // Any change of rows or contents makes the remembered pass stale.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { forgetAccepted(); });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] { forgetAccepted(); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { forgetAccepted(); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { forgetAccepted(); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { forgetAccepted(); });
}

EndpointTableModel *EndpointFilterProxyModel::endpoints() const
{
    return static_cast<EndpointTableModel *>(sourceModel());
}

void EndpointFilterProxyModel::setQuickFilter(QuickFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    forgetAccepted();
    invalidateFilter();
}

void EndpointFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    const QByteArray needle = EndpointTableModel::foldForSearch(trimmed);
    const bool narrows = m_acceptedValid && !m_needle.isEmpty() && needle.contains(m_needle);
    m_text = trimmed;
    m_needle = needle;
    if (narrows) {
        m_previous.swap(m_accepted);
        m_narrowing = true;
    }
    invalidateFilter();
    m_narrowing = false;
    m_previous.clear();
}

bool EndpointFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const EndpointTableModel *model = endpoints();
    if (!model || sourceRow < 0 || sourceRow >= model->rowCount())
        return false;
    const auto size = size_t(model->rowCount());
    if (m_accepted.size() != size) {
        m_accepted.assign(size, 0);
    }
    bool accept = true;
    if (m_narrowing && size_t(sourceRow) < m_previous.size() && !m_previous[size_t(sourceRow)]) {
        accept = false;
    } else {
        const WebhookEndpoint &e = model->endpointAt(sourceRow);
        switch (m_filter) {
        case QuickFilter::All: break;
        case QuickFilter::Failing: accept = e.state() == WebhookEndpoint::State::Failing; break;
        case QuickFilter::Disabled: accept = e.state() == WebhookEndpoint::State::Disabled; break;
        case QuickFilter::Inactive: accept = e.state() == WebhookEndpoint::State::Inactive; break;
        }
        if (accept && !m_needle.isEmpty())
            accept = model->rowMatchesSearch(sourceRow, m_needle);
    }
    m_accepted[size_t(sourceRow)] = accept ? 1 : 0;
    const_cast<EndpointFilterProxyModel *>(this)->m_acceptedValid = true;
    return accept;
}

bool EndpointFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const EndpointTableModel *model = endpoints();
    const int column = left.column();
    const qint64 a = model->sortKey(left.row(), column);
    const qint64 b = model->sortKey(right.row(), column);
    if (a != b)
        return a < b;
    const std::vector<quint32> &byUrl = model->urlOrder();
    return byUrl[size_t(left.row())] < byUrl[size_t(right.row())];
}
