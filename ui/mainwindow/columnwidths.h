#pragma once

class QMenu;
class QTableView;
class QWidget;

// The endpoint table's column widths in the font's own measure, never fixed pixels: a
// larger system font or a longer translation widens them.
namespace ColumnWidths {

// Before anything is loaded: a width per column from typical content; Active, Disabled
// and Updated hidden (the status says "Inactive" or "Disabled 3 days ago"), until
// shown from the columns menu.
void setInitial(QTableView *table);
// To what the loaded rows and the headers need, each column within a cap, so that one
// long URL or description does not push every other column out of view; then, when the
// columns are wider than the view, the description, URL and events columns (elided in
// the middle, whole in their tooltips) give up width down to their floors, in that
// order, so that every shown column is in view at the window's default size. Status,
// failures and times are never cut. A view not shown yet is fitted when it is shown; the widths follow
// the view's width (a wider details pane, a resized window) until the user resizes a
// column.
void fitToContents(QTableView *table);
// The most a column gets from fitToContents(), in pixels of the table's font.
int cap(const QTableView *table, int column);
// The least a column is given to make room for the others (its header at least).
int floor(const QTableView *table, int column);
// View > Columns and the header's context menu: a check box per column (the status and
// URL always shown).
QMenu *columnsMenu(QTableView *table, QWidget *parent);

} // namespace ColumnWidths
