#pragma once

// What the bulk GUI tests share: the real main window over a real ApiClient against a
// sandbox the test started, with the app's write limit set through its setting before
// the window exists; row selection by id; the requests the sandbox received.

#include "apiclient.h"
#include "bulkactions.h"
#include "bulkprogress.h"
#include "bulkresultdialog.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "shownwindow.h"
#include "writelimit.h"

#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <memory>

class BulkWindow
{
public:
    static constexpr int Slow = 20000;

    // False when the window did not load the list.
    bool open(const SandboxProcess &sandbox, int appPerMinute)
    {
        m_sandbox = &sandbox;
        QSettings().setValue(WriteLimit::settingsKey(), appPerMinute);
        m_client = std::make_unique<ApiClient>(&m_nam);
        if (!m_client->configure(sandbox.baseUrl(), SandboxProcess::keyA()))
            return false;
        m_window = std::make_unique<MainWindow>(m_client.get());
        m_window->resize(1280, 760);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        return refreshAndWait(m_window.get(), Slow) && sandbox.clearReceivedRequests();
    }
    void close()
    {
        m_window.reset();
        m_client.reset();
    }

    MainWindow *window() const { return m_window.get(); }
    ApiClient *client() const { return m_client.get(); }
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("endpointTable")); }
    BulkActions *actions() const { return m_window->findChild<BulkActions *>(QStringLiteral("bulkActions")); }
    BulkChange *bulk() const { return actions()->bulk(); }
    BulkProgress *progress() const { return m_window->findChild<BulkProgress *>(QStringLiteral("bulkProgress")); }
    BulkResultDialog *result() const { return m_window->findChild<BulkResultDialog *>(QStringLiteral("bulkResult")); }
    const WebhookEndpoint &endpoint(const QString &id) const
    {
        return m_window->model()->endpointAt(m_window->model()->rowOfId(id));
    }

    // The ids of the first `count` rows of the table whose is_active is `active`.
    QStringList ids(bool active, int count) const
    {
        QStringList out;
        const EndpointTableModel *model = m_window->model();
        for (int r = 0; r < model->rowCount() && out.size() < count; ++r) {
            if (model->endpointAt(r).isActive == active)
                out << model->endpointAt(r).id;
        }
        return out;
    }
    void select(const QStringList &ids) const
    {
        QItemSelectionModel *selection = table()->selectionModel();
        selection->clearSelection();
        QAbstractItemModel *proxy = table()->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex index = proxy->index(r, 0);
            if (ids.contains(index.data(EndpointTableModel::EndpointIdRole).toString()))
                selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    // The sandbox's record of the requests with `method` since the window loaded.
    QList<QJsonObject> received(const char *method) const
    {
        QList<QJsonObject> out;
        const QJsonArray all = QJsonDocument::fromJson(m_sandbox->receivedRequests()).array();
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("method")).toString() == QLatin1String(method))
                out.append(o);
        }
        return out;
    }

private:
    const SandboxProcess *m_sandbox = nullptr;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};
