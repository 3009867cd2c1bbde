#pragma once

class QTableView;

// The endpoint table's column widths in the font's own measure, never fixed pixels: a
// larger system font or a longer translation widens them.
namespace ColumnWidths {

// Before anything is loaded: a width per column from typical content.
void setInitial(QTableView *table);
// To what the loaded rows and the headers need, each column within a cap, so that one
// long URL or description does not push every other column out of view.
void fitToContents(QTableView *table);
// The most a column gets from fitToContents(), in pixels of the table's font.
int cap(const QTableView *table, int column);

} // namespace ColumnWidths
