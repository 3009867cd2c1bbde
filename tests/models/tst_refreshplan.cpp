// RefreshPlan: how the table gets from the rows it shows to the server's new list. A pure
// function, checked case by case against what it must decide and why.
#include "modeltestsupport.h"
#include "refreshplan.h"

#include <QTest>

using namespace ModelSupport;
using Kind = RefreshPlan::Kind;

namespace {

QList<WebhookEndpoint> numbered(int count, int from = 0)
{
    QList<WebhookEndpoint> list;
    for (int i = from; i < from + count; ++i)
        list << make(QStringLiteral("id-%1").arg(i, 6, 10, QLatin1Char('0')));
    return list;
}

} // namespace

class TestRefreshPlan : public QObject
{
    Q_OBJECT

private slots:
    void firstLoadAndEmptyListsReset();
    void sameIdsInPlaceListsExactlyTheChangedRows();
    void nothingChangedIsInPlaceWithNoRows();
    void removedAndInsertedRowsAreIncremental();
    void reorderedRowsReset();
    void duplicateIdsReset();
    void manyInsertedOrRemovedRowsReset();
    void mostRowsGoneResets();
    void scatteredRunsOnALargeTableReset();
};

void TestRefreshPlan::firstLoadAndEmptyListsReset()
{
    QCOMPARE(RefreshPlan::make({}, numbered(3)).kind, Kind::Reset);
    QCOMPARE(RefreshPlan::make(numbered(3), {}).kind, Kind::Reset);
    QCOMPARE(RefreshPlan::make({}, {}).kind, Kind::Reset);
}

void TestRefreshPlan::sameIdsInPlaceListsExactlyTheChangedRows()
{
    const QList<WebhookEndpoint> current = numbered(10);
    QList<WebhookEndpoint> next = current;
    next[2].consecutiveFailures = 4;
    next[7].url = s("https://elsewhere.example.com/hook");
    next[9].description = QString();
    const RefreshPlan plan = RefreshPlan::make(current, next);
    QCOMPARE(plan.kind, Kind::InPlace);
    QCOMPARE(plan.changedRows, (std::vector<int>{2, 7, 9}));
}

void TestRefreshPlan::nothingChangedIsInPlaceWithNoRows()
{
    const QList<WebhookEndpoint> current = numbered(50);
    QList<WebhookEndpoint> next;
    for (const WebhookEndpoint &e : current)
        next << e; // equal values, separate copies
    const RefreshPlan plan = RefreshPlan::make(current, next);
    QCOMPARE(plan.kind, Kind::InPlace);
    QVERIFY(plan.changedRows.empty());
}

void TestRefreshPlan::removedAndInsertedRowsAreIncremental()
{
    const QList<WebhookEndpoint> current = numbered(10); // id-0 ... id-9
    QList<WebhookEndpoint> next = current;
    next.removeAt(8);                    // id-8 gone
    next.removeAt(3);                    // id-3 gone
    next.insert(0, numbered(1, 100)[0]); // new first row
    next.insert(5, numbered(2, 200)[0]); // a new row in the middle
    next[6].consecutiveFailures = 9;     // a survivor changed (id-5)
    // next: 100, 0, 1, 2, 4, 200, 5*, 6, 7, 9
    const RefreshPlan plan = RefreshPlan::make(current, next);
    QCOMPARE(plan.kind, Kind::Incremental);
    QCOMPARE(plan.removed, qsizetype(2));
    QCOMPARE(plan.inserted, qsizetype(2));
    QCOMPARE(plan.nextRowOfCurrent, (std::vector<int>{1, 2, 3, -1, 4, 6, 7, 8, -1, 9}));
    QCOMPARE(plan.survives, (std::vector<char>{0, 1, 1, 1, 1, 0, 1, 1, 1, 1}));
    QCOMPARE(plan.changedRows, (std::vector<int>{6}));
}

void TestRefreshPlan::reorderedRowsReset()
{
    const QList<WebhookEndpoint> current = numbered(10);
    QList<WebhookEndpoint> next = current;
    next.swapItemsAt(2, 6);
    next.removeLast(); // not the same ids in the same order either
    QCOMPARE(RefreshPlan::make(current, next).kind, Kind::Reset);
}

void TestRefreshPlan::duplicateIdsReset()
{
    const QList<WebhookEndpoint> current = numbered(10);
    QList<WebhookEndpoint> next = current;
    next.append(current.at(4)); // the server sent one id twice
    QCOMPARE(RefreshPlan::make(current, next).kind, Kind::Reset);
}

void TestRefreshPlan::manyInsertedOrRemovedRowsReset()
{
    const QList<WebhookEndpoint> current = numbered(1000);
    QList<WebhookEndpoint> next = current;
    next.append(numbered(RefreshPlan::StructureLimit, 5000)); // one run at the end: the limit
    QCOMPARE(RefreshPlan::make(current, next).kind, Kind::Incremental);
    next.append(numbered(1, 9000)); // one more row than the limit
    QCOMPARE(RefreshPlan::make(current, next).kind, Kind::Reset);
}

void TestRefreshPlan::mostRowsGoneResets()
{
    const QList<WebhookEndpoint> current = numbered(20);
    const QList<WebhookEndpoint> next = current.mid(0, 9); // 11 of 20 gone
    QCOMPARE(RefreshPlan::make(current, next).kind, Kind::Reset);
    QCOMPARE(RefreshPlan::make(current, current.mid(0, 10)).kind, Kind::Incremental);
}

void TestRefreshPlan::scatteredRunsOnALargeTableReset()
{
    // 20,000 rows: 40 separate inserted runs are 800,000 row-passes (incremental), 60 are
    // 1,200,000 (a reset is cheaper). The same 60 rows in one run stay incremental.
    const QList<WebhookEndpoint> current = numbered(20000);
    auto withNew = [&](int runs, int perRun, int spacing) {
        QList<WebhookEndpoint> next = current;
        int id = 100000;
        for (int k = runs - 1; k >= 0; --k) // from the back: earlier positions stay valid
            for (int i = 0; i < perRun; ++i)
                next.insert(k * spacing + 1, numbered(1, id++)[0]);
        return next;
    };
    QCOMPARE(RefreshPlan::make(current, withNew(40, 1, 300)).kind, Kind::Incremental);
    QCOMPARE(RefreshPlan::make(current, withNew(60, 1, 300)).kind, Kind::Reset);
    QCOMPARE(RefreshPlan::make(current, withNew(1, 60, 300)).kind, Kind::Incremental);
}

QTEST_APPLESS_MAIN(TestRefreshPlan)
#include "tst_refreshplan.moc"
