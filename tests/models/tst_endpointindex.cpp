// EndpointIndex: the sort orders and search text of a list of rows, built when asked
// for or taken ready-made, and kept in step as rows are removed, inserted and changed.
// Checked against orders and matches worked out here from the documented rules.

#include "endpointindex.h"
#include "modeltestsupport.h"
#include "webhookendpoint.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <vector>

using namespace ModelSupport;

namespace {

// Ties in URLs; descriptions null, empty, and equal but for case.
WebhookEndpoint row(int i, int generation = 0)
{
    WebhookEndpoint e = make(QStringLiteral("id-%1").arg(i, 6, 10, QLatin1Char('0')));
    e.url = QStringLiteral("https://host%1.example.com/%2").arg(i % 7).arg((i * 31 + generation) % 11);
    switch ((i + generation) % 4) {
    case 0: e.description = QString(); break;
    case 1: e.description = s(""); break;
    case 2: e.description = QStringLiteral("Z\u00fcrich %1").arg(i % 5); break;
    default: e.description = QStringLiteral("z\u00dcRICH %1").arg(i % 5); break;
    }
    return e;
}

QList<WebhookEndpoint> rows(int count, int from = 0, int generation = 0)
{
    QList<WebhookEndpoint> list;
    for (int i = from; i < from + count; ++i)
        list << row(i, generation);
    return list;
}

using Compare = std::function<int(const WebhookEndpoint &, const WebhookEndpoint &)>;

int byUrlThenId(const WebhookEndpoint &a, const WebhookEndpoint &b)
{
    const int c = a.url.compare(b.url);
    return c ? c : a.id.compare(b.id);
}

int byDescription(const WebhookEndpoint &a, const WebhookEndpoint &b)
{
    const QString x = a.description.isNull() ? s("") : a.description;
    const QString y = b.description.isNull() ? s("") : b.description;
    const int c = x.compare(y, Qt::CaseInsensitive);
    return c ? c : x.compare(y);
}

// Empty when `order` orders `list` as `compare` does (equal rows, equal numbers), else why not.
QString orderProblem(const QList<WebhookEndpoint> &list, const std::vector<quint32> &order, const Compare &compare)
{
    if (order.size() != size_t(list.size()))
        return QStringLiteral("%1 numbers for %2 rows").arg(order.size()).arg(list.size());
    const auto sign = [](qint64 v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); };
    for (int i = 0; i < list.size(); ++i) {
        for (int j = 0; j < list.size(); ++j) {
            if (sign(qint64(order[size_t(i)]) - qint64(order[size_t(j)])) != sign(compare(list.at(i), list.at(j))))
                return QStringLiteral("rows %1 (%2, \"%3\") and %4 (%5, \"%6\")")
                    .arg(i)
                    .arg(list.at(i).url, list.at(i).description)
                    .arg(j)
                    .arg(list.at(j).url, list.at(j).description);
        }
    }
    return {};
}

#define VERIFY_ORDERS(list, index)                                                                                     \
    do {                                                                                                               \
        const QString byUrl_ = orderProblem(list, (index).urlOrder(), byUrlThenId);                                    \
        QVERIFY2(byUrl_.isEmpty(), qPrintable(QStringLiteral("URL order: ") + byUrl_));                                \
        const QString byDescription_ = orderProblem(list, (index).descriptionOrder(), byDescription);                  \
        QVERIFY2(byDescription_.isEmpty(), qPrintable(QStringLiteral("description order: ") + byDescription_));        \
    } while (false)

bool contains(const WebhookEndpoint &e, const QString &needle)
{
    return e.url.contains(needle, Qt::CaseInsensitive) || e.description.contains(needle, Qt::CaseInsensitive)
        || e.id.contains(needle, Qt::CaseInsensitive);
}

// Empty when every row matches each needle exactly when its URL, description or id contains it.
QString searchProblem(const QList<WebhookEndpoint> &list, const EndpointIndex &index, const QStringList &needles)
{
    for (const QString &needle : needles) {
        const QByteArray folded = EndpointIndex::foldForSearch(needle);
        for (int r = 0; r < list.size(); ++r) {
            if (index.rowMatchesSearch(r, folded) != contains(list.at(r), needle))
                return QStringLiteral("\"%1\" in row %2 (%3, \"%4\", %5)")
                    .arg(needle)
                    .arg(r)
                    .arg(list.at(r).url, list.at(r).description, list.at(r).id);
        }
    }
    return {};
}

#define VERIFY_SEARCH(list, index, needles)                                                                            \
    do {                                                                                                               \
        const QString problem_ = searchProblem(list, index, needles);                                                  \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                            \
    } while (false)

} // namespace

class TestEndpointIndex : public QObject
{
    Q_OBJECT

private slots:
    void ordersFollowTheDocumentedRules();
    void ordersThatFitAreTakenAsHanded();
    void ordersFollowRemovedAndInsertedRows();
    void searchFollowsChangedRemovedAndInsertedRows();
    void aForgottenBuildIsNotUsed();
    void aBuildOfOtherRowsIsNotUsed();
    void aBuildStartsOnceThePendingEventsAreHandled();
};

void TestEndpointIndex::ordersFollowTheDocumentedRules()
{
    const QList<WebhookEndpoint> list = rows(120);
    const EndpointIndex index(list);
    QVERIFY(!index.hasOrders());
    VERIFY_ORDERS(list, index);
    QVERIFY(index.hasOrders());
}

void TestEndpointIndex::ordersThatFitAreTakenAsHanded()
{
    QList<WebhookEndpoint> list = rows(30);
    EndpointIndex index(list);
    std::vector<quint32> url(size_t(list.size())), description(size_t(list.size()));
    for (size_t r = 0; r < url.size(); ++r) {
        url[r] = quint32(1000 - r);
        description[r] = quint32(r / 2);
    }
    index.setOrders(std::vector<quint32>(url), std::vector<quint32>(description));
    QVERIFY(index.hasOrders());
    QCOMPARE(index.urlOrder(), url);
    QCOMPARE(index.descriptionOrder(), description);

    // Orders of another list (one row more) are not taken: computed when asked for.
    url.push_back(0);
    description.push_back(0);
    index.setOrders(std::move(url), std::move(description));
    QVERIFY(!index.hasOrders());
    VERIFY_ORDERS(list, index);
}

void TestEndpointIndex::ordersFollowRemovedAndInsertedRows()
{
    QList<WebhookEndpoint> list = rows(100);
    EndpointIndex index(list);
    VERIFY_ORDERS(list, index);

    // Removed rows take their numbers away; the others keep theirs, still in order.
    list.remove(10, 5);
    index.removeRows(10, 5);
    list.removeAt(0);
    index.removeRows(0, 1);
    QVERIFY(index.hasOrders());
    VERIFY_ORDERS(list, index);

    // Rows inserted from a list whose orders are at hand (as a prepared refresh brings
    // them): the rows that stay take their places in that list's orders first, then each
    // inserted run brings its own.
    QList<WebhookEndpoint> next = list;
    next.insert(3, row(500));
    next.insert(4, row(501));
    next.insert(50, row(502));
    std::vector<quint32> nextUrl = EndpointIndex::rankByUrl(next);
    std::vector<quint32> nextDescription = EndpointIndex::rankByDescription(next);
    std::vector<quint32> stayUrl, stayDescription;
    for (int r = 0; r < next.size(); ++r) {
        if (r != 3 && r != 4 && r != 50) {
            stayUrl.push_back(nextUrl[size_t(r)]);
            stayDescription.push_back(nextDescription[size_t(r)]);
        }
    }
    index.setOrders(std::move(stayUrl), std::move(stayDescription));
    QVERIFY(index.hasOrders());
    list.insert(3, next.at(3));
    list.insert(4, next.at(4));
    index.insertRows(3, 2, nextUrl, nextDescription);
    QVERIFY(index.hasOrders());
    VERIFY_ORDERS(list, index);
    list.insert(50, next.at(50));
    index.insertRows(50, 1, nextUrl, nextDescription);
    QVERIFY(index.hasOrders());
    QCOMPARE(index.urlOrder(), nextUrl);
    QCOMPARE(index.descriptionOrder(), nextDescription);

    // Without orders at hand they are forgotten, and built again when asked for.
    list.insert(7, row(600));
    index.insertRows(7, 1);
    QVERIFY(!index.hasOrders());
    VERIFY_ORDERS(list, index);

    list[9].description = s("changed");
    index.forgetDescriptionOrder();
    QVERIFY(!index.hasOrders());
    VERIFY_ORDERS(list, index);
}

void TestEndpointIndex::searchFollowsChangedRemovedAndInsertedRows()
{
    const QStringList needles{s("HOST3.example"), s("z\u00fcrich 2"), s("Z\u00dcRICH"), s("id-00004"), s("/7"),
                              s("renamed"), s("nothing-matches")};
    QList<WebhookEndpoint> list = rows(200);
    EndpointIndex index(list);
    QVERIFY(!index.hasSearchText());
    VERIFY_SEARCH(list, index, needles);
    QVERIFY(index.hasSearchText());

    // Every row changes its text, three times over: the old text piles up and is
    // compacted away (its space is reused) while every row keeps its own.
    for (int round = 1; round <= 3; ++round) {
        for (int r = 0; r < list.size(); ++r) {
            WebhookEndpoint next = row(r, round);
            if (r % 9 == 0)
                next.description = QStringLiteral("Renamed in round %1").arg(round);
            index.updateSearchText(r, next); // before the row changes
            list[r] = next;
        }
        index.compactSearchText();
        VERIFY_SEARCH(list, index, needles);
    }

    list.remove(20, 30);
    index.removeRows(20, 30);
    VERIFY_SEARCH(list, index, needles);

    const QList<WebhookEndpoint> added = rows(10, 1000, 2);
    for (int i = 0; i < added.size(); ++i)
        list.insert(5 + i, added.at(i));
    index.insertRows(5, int(added.size()));
    VERIFY_SEARCH(list, index, needles);
}

void TestEndpointIndex::aForgottenBuildIsNotUsed()
{
    // A build on a worker reads the rows as they were when it started: when they are
    // replaced (a reset) and the search text forgotten, the new rows are searched.
    QList<WebhookEndpoint> list = rows(6000);
    EndpointIndex index(list);
    index.buildSearchTextLater();
    QVERIFY(index.isBuildingSearchText());
    list = rows(6000, 0, 1);
    for (int r = 0; r < list.size(); r += 4)
        list[r].description = s("Replaced");
    index.forgetSearchText();
    QVERIFY(!index.isBuildingSearchText());
    VERIFY_SEARCH(list, index, (QStringList{s("replaced"), s("host2.example.com/3")}));
}

void TestEndpointIndex::aBuildOfOtherRowsIsNotUsed()
{
    // Rows removed while the build runs (a build that is not started again): the build,
    // of more rows, is not used.
    QList<WebhookEndpoint> list = rows(6000);
    EndpointIndex index(list);
    index.buildSearchTextLater();
    list.remove(0, 10);
    index.removeRows(0, 10);
    VERIFY_SEARCH(list, index, (QStringList{s("id-000010"), s("id-000005"), s("host2.example.com/3")}));
}

void TestEndpointIndex::aBuildStartsOnceThePendingEventsAreHandled()
{
    // buildSearchTextLater() starts the worker after the events waiting (a paint among
    // them), from the rows as they are then; a change after the start is not in what the
    // worker builds (it reads a snapshot), which shows where the text came from.
    QList<WebhookEndpoint> list = rows(6000);
    EndpointIndex index(list);
    index.buildSearchTextLater();
    QVERIFY(index.isBuildingSearchText());
    list[0].description = s("Changed before the start");
    QCoreApplication::sendPostedEvents();
    QVERIFY(index.isBuildingSearchText());
    list[1].description = s("Changed after the start");
    QVERIFY(index.rowMatchesSearch(0, EndpointIndex::foldForSearch(s("changed before"))));
    QVERIFY(!index.rowMatchesSearch(1, EndpointIndex::foldForSearch(s("changed after"))));
    QVERIFY(!index.isBuildingSearchText());
}

QTEST_MAIN(TestEndpointIndex)
#include "tst_endpointindex.moc"
