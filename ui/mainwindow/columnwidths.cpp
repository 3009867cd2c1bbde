#include "columnwidths.h"

#include "endpointtablemodel.h"

#include <QHeaderView>
#include <QTableView>

namespace {

// Typical and largest widths, in average characters of the table's font.
struct Measure
{
    int typical;
    int largest;
};

Measure measureOf(int column)
{
    switch (EndpointTableModel::Column(column)) {
    case EndpointTableModel::Status: return {20, 36};
    case EndpointTableModel::Url: return {42, 56};
    case EndpointTableModel::Description: return {28, 40};
    case EndpointTableModel::Events: return {22, 32};
    case EndpointTableModel::Active: return {6, 12};
    case EndpointTableModel::Failures: return {8, 14};
    case EndpointTableModel::LastSuccess:
    case EndpointTableModel::LastFailure:
    case EndpointTableModel::DisabledAt:
    case EndpointTableModel::Updated: return {12, 22};
    case EndpointTableModel::ColumnCount: break;
    }
    return {12, 24};
}

int inPixels(const QTableView *table, int characters)
{
    return characters * table->fontMetrics().averageCharWidth();
}

} // namespace

void ColumnWidths::setInitial(QTableView *table)
{
    for (int c = 0; c < EndpointTableModel::ColumnCount; ++c) {
        const int header = table->horizontalHeader()->sectionSizeHint(c);
        table->setColumnWidth(c, qMax(header, inPixels(table, measureOf(c).typical)));
    }
}

int ColumnWidths::cap(const QTableView *table, int column)
{
    return inPixels(table, measureOf(column).largest);
}

void ColumnWidths::fitToContents(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    // The rows in view only: by default Qt measures up to 1,000 rows a column, ~150 ms of
    // the GUI thread at the first load of a large list.
    header->setResizeContentsPrecision(0);
    for (int c = 0; c < EndpointTableModel::ColumnCount; ++c) {
        // What the rows in view and the header need (resizeColumnToContents() measures both).
        table->resizeColumnToContents(c);
        const int needed = header->sectionSize(c);
        const int headerNeeds = header->sectionSizeHint(c);
        table->setColumnWidth(c, qBound(headerNeeds, needed, qMax(headerNeeds, cap(table, c))));
    }
}
