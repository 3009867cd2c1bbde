#include "tableplacekeeper.h"

#include "endpointtablemodel.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QItemSelectionModel>
#include <QTableView>

#include <utility>

namespace {

QString idAt(const QModelIndex &index)
{
    return index.isValid() ? index.siblingAtColumn(0).data(EndpointTableModel::EndpointIdRole).toString() : QString();
}

// The view's row of `id` in `column`, or an invalid index.
QModelIndex rowOf(const QAbstractItemModel *model, const QString &id, int column)
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
    const auto *endpoints = proxy ? qobject_cast<const EndpointTableModel *>(proxy->sourceModel()) : nullptr;
    const int row = endpoints && !id.isEmpty() ? endpoints->rowOfId(id) : -1;
    return row < 0 ? QModelIndex() : proxy->mapFromSource(endpoints->index(row, column));
}

} // namespace

TablePlaceKeeper::TablePlaceKeeper(QTableView *view) : QObject(view), m_view(view)
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &TablePlaceKeeper::remember);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePlaceKeeper::restore);
}

void TablePlaceKeeper::remember()
{
    m_topId = idAt(m_view->indexAt(QPoint(0, 0)));
    const QModelIndex current = m_view->selectionModel() ? m_view->selectionModel()->currentIndex() : QModelIndex();
    const bool selected = current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), current.parent());
    m_selectedId = selected ? idAt(current) : QString();
    m_currentColumn = current.isValid() ? current.column() : 0;
}

void TablePlaceKeeper::restore()
{
    const QAbstractItemModel *model = m_view->model();
    const QString topId = std::exchange(m_topId, QString());
    const QString selectedId = std::exchange(m_selectedId, QString());
    if (model->rowCount() == 0)
        return;
    // The scroll bar's range is brought up to date first (a reset only schedules that).
    m_view->doItemsLayout();
    const QModelIndex selected = rowOf(model, selectedId, m_currentColumn);
    if (selected.isValid()) {
        m_view->selectionModel()->setCurrentIndex(selected,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    const QModelIndex top = rowOf(model, topId, 0);
    if (top.isValid())
        m_view->scrollTo(top, QAbstractItemView::PositionAtTop);
    else if (selected.isValid())
        m_view->scrollTo(selected);
}
