#include "endpointexportaction.h"

#include "endpointexport.h"
#include "endpointtablemodel.h"
#include "exportflow.h"

#include <QWidget>

EndpointExportAction::EndpointExportAction(EndpointTableModel *model, QAbstractItemModel *view, QWidget *parent)
    : QAction(tr("E&xport Endpoints\u2026"), parent), m_model(model), m_view(view), m_parent(parent)
{
    setObjectName(QStringLiteral("exportEndpointsAction"));
    setToolTip(tr("Save the endpoints shown (after search and filters) as CSV or JSON"));
    connect(this, &QAction::triggered, this, &EndpointExportAction::run);
}

void EndpointExportAction::run()
{
    QList<WebhookEndpoint> rows;
    rows.reserve(m_view->rowCount());
    for (int r = 0; r < m_view->rowCount(); ++r) {
        const int source = m_model->rowOfId(m_view->index(r, 0).data(EndpointTableModel::EndpointIdRole).toString());
        if (source >= 0)
            rows.append(m_model->endpointAt(source));
    }
    const QString path = ExportFlow::run(m_parent, tr("Export Endpoints"), EndpointExport::table(rows),
                                         QStringLiteral("webhooks"), m_profile);
    if (!path.isEmpty())
        emit exported(path, int(rows.size()));
}
