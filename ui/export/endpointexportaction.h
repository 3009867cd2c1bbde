#pragma once

#include <QAction>

class EndpointTableModel;
class QAbstractItemModel;

// File > Export Endpoints...: the rows the table shows (after search and quick filters,
// in its order) as CSV or JSON with the API's field names (ExportFlow).
class EndpointExportAction : public QAction
{
    Q_OBJECT

public:
    // `view`: the model the table shows (a proxy over `model` giving EndpointIdRole).
    EndpointExportAction(EndpointTableModel *model, QAbstractItemModel *view, QWidget *parent);

    // The profile whose endpoints are shown (for the default file name).
    void setProfileName(const QString &name) { m_profile = name; }

signals:
    // A file was written.
    void exported(const QString &path, int rows);

private:
    void run();

    EndpointTableModel *m_model;
    QAbstractItemModel *m_view;
    QWidget *m_parent;
    QString m_profile;
};
