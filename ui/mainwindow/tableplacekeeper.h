#pragma once

#include <QObject>
#include <QString>

class QTableView;

// Keeps the operator's place in the endpoint table across a model reset (a refresh of a
// large table with many rows deleted or created resets instead of updating row by row):
// the endpoint at the top of the view stays at the top and the selected one stays
// selected, found again by id. Updates in place keep both by themselves.
class TablePlaceKeeper : public QObject
{
    Q_OBJECT

public:
    // The view's model must be a proxy over an EndpointTableModel. Construct after
    // view->setModel(): the view must have handled the reset first.
    explicit TablePlaceKeeper(QTableView *view);

private:
    void remember();
    void restore();

    QTableView *m_view;
    QString m_topId;
    QString m_selectedId;
    int m_currentColumn = 0;
};
