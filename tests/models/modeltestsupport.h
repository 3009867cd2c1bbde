#pragma once
// Endpoints in every state, and small helpers shared by the model tests.

#include "endpointtablemodel.h"
#include "webhookendpoint.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QMetaEnum>
#include <QModelIndex>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTimeZone>

#include <memory>

// Runs `statement` (typically a lambda full of QVERIFY/QCOMPARE) and returns from the
// calling test function if the test has failed by then: a QVERIFY inside a lambda only
// returns from the lambda.
#define RETURN_IF_FAILED(statement)                                                                                    \
    do {                                                                                                               \
        statement;                                                                                                     \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace ModelSupport {

using State = WebhookEndpoint::State;

inline QString s(const char *utf8) { return QString::fromUtf8(utf8); }

// A QAbstractItemModelTester on `model` that fails the test at the first inconsistency.
inline std::unique_ptr<QAbstractItemModelTester> attachTester(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

// The name of an EndpointTableModel::Column ("Url", "Status", ...).
inline QString columnName(int column)
{
    return s(QMetaEnum::fromType<EndpointTableModel::Column>().valueToKey(column));
}

inline QDateTime utc(int y, int mo, int d, int h, int mi, int sec = 0)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(QDate(y, mo, d), QTime(h, mi, sec), QTimeZone::utc());
#else
    return QDateTime(QDate(y, mo, d), QTime(h, mi, sec), Qt::UTC);
#endif
}

// "Now" in the tests: mid-January, far from any daylight-saving change, 10:00 UTC.
inline QDateTime baseNow() { return utc(2026, 1, 15, 10, 0, 0); }

// A complete endpoint in `state`. URL and description derive from the id unless set later.
inline WebhookEndpoint make(const QString &id, State state = State::Healthy, int failures = 0)
{
    const QDateTime now = baseNow();
    WebhookEndpoint e;
    e.id = id;
    e.userId = s("11111111-2222-3333-4444-555555555555");
    e.organizationId = s("66666666-7777-8888-9999-000000000000");
    e.url = s("https://hooks.example.com/") + id;
    e.description = s("Endpoint ") + id;
    e.events = EventType::UploadCompleted | EventType::UploadFailed;
    e.createdAt = now.addDays(-40);
    e.updatedAt = now.addDays(-2);
    switch (state) {
    case State::Healthy:
        e.isActive = true;
        e.verifiedAt = now.addDays(-40).addSecs(1);
        e.lastSuccessAt = now.addSecs(-2 * 3600);
        break;
    case State::Failing:
        e.isActive = true;
        e.verifiedAt = now.addDays(-40).addSecs(1);
        e.consecutiveFailures = failures > 0 ? failures : 3;
        e.lastSuccessAt = now.addDays(-3);
        e.lastFailureAt = now.addSecs(-5 * 60);
        break;
    case State::Disabled:
        e.isActive = false;
        e.verifiedAt = now.addDays(-40).addSecs(1);
        e.consecutiveFailures = failures > 0 ? failures : WebhookEndpoint::AutoDisableThreshold;
        e.lastSuccessAt = now.addDays(-5);
        e.lastFailureAt = now.addSecs(-3600);
        e.disabledAt = now.addSecs(-3600);
        break;
    case State::Inactive:
        e.isActive = false;
        e.verifiedAt = now.addDays(-40).addSecs(1);
        e.lastSuccessAt = now.addDays(-6);
        break;
    case State::NeverVerified:
        e.isActive = true;
        break;
    }
    return e;
}

inline QList<WebhookEndpoint> makeList(const QStringList &ids)
{
    QList<WebhookEndpoint> list;
    for (const QString &id : ids)
        list << make(id);
    return list;
}

// "a b c" -> {"a", "b", "c"}
inline QStringList words(const char *text)
{
    return s(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Ids of a model's rows, top to bottom (EndpointIdRole of column 0).
inline QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.index(r, 0).data(EndpointTableModel::EndpointIdRole).toString();
    return ids;
}

inline QStringList idsOf(const QList<WebhookEndpoint> &list)
{
    QStringList ids;
    for (const WebhookEndpoint &e : list)
        ids << e.id;
    return ids;
}

inline EndpointTableModel::Counts countsOf(const QList<WebhookEndpoint> &list)
{
    EndpointTableModel::Counts c;
    for (const WebhookEndpoint &e : list) {
        ++c.total;
        switch (e.state()) {
        case State::Healthy: ++c.healthy; break;
        case State::Failing: ++c.failing; break;
        case State::Disabled: ++c.disabled; break;
        case State::Inactive: ++c.inactive; break;
        case State::NeverVerified: ++c.neverVerified; break;
        }
    }
    return c;
}

inline QString describe(const EndpointTableModel::Counts &c)
{
    return QStringLiteral("total %1 healthy %2 failing %3 disabled %4 inactive %5 never %6")
        .arg(c.total)
        .arg(c.healthy)
        .arg(c.failing)
        .arg(c.disabled)
        .arg(c.inactive)
        .arg(c.neverVerified);
}

} // namespace ModelSupport

