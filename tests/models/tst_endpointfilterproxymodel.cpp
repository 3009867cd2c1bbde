// EndpointFilterProxyModel: quick filters, the event filter, as-you-type search (events
// too), sorting by every column.
// Every result is checked against an oracle written here from the documented rules
// (WebhookEndpoint::state(), QString's case-insensitive contains/compare), and against a
// fresh proxy given the final filter at once.

#include "endpointfilterproxymodel.h"
#include "endpointtablemodel.h"
#include "modeltestsupport.h"
#include "webhookendpoint.h"

#include <QAbstractProxyModel>
#include <QRegularExpression>
#include <QStringListModel>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ModelSupport;
using QuickFilter = EndpointFilterProxyModel::QuickFilter;

namespace {

// ---- fixture ----------------------------------------------------------------------------

WebhookEndpoint fixture(const char *id, const char *url, const char *description, State state, int failures = 0)
{
    WebhookEndpoint e = make(s(id), state, failures);
    e.url = s(url);
    e.description = description ? s(description) : QString();
    return e;
}

// Source order is neither URL nor id order; ties in every column.
QList<WebhookEndpoint> endpoints()
{
    QList<WebhookEndpoint> list{
        fixture("3f2a9c10-0000-4000-8000-000000000001", "https://hooks.example.com/orders", "Orders service",
                State::Healthy),
        fixture("9b1d0000-0000-4000-8000-000000000009", "https://hooks.example.com/billing", "Billing backup",
                State::Inactive),
        fixture("2c7e0000-0000-4000-8000-000000000002", "https://hooks.example.com/billing",
                "Billing \u2014 Z\u00fcrich office", State::Failing, 3),
        fixture("c0ffee00-0000-4000-8000-000000000003", "https://zurich.example.ch/hook", nullptr, State::Disabled),
        fixture("4d4d0000-0000-4000-8000-000000000004", "https://api.example.org/webhooks/uploads", "Uploads to S3",
                State::Inactive),
        fixture("5e5e0000-0000-4000-8000-000000000005", "https://hooks.example.com/legacy/ORDERS", "legacy orders",
                State::Failing, 12),
        fixture("6f6f0000-0000-4000-8000-000000000006", "https://staging.example.net/hook",
                "\u03a3\u038a\u03a3\u03a5\u03a6\u039f\u03a3 staging", State::NeverVerified),
        fixture("7a7a0000-0000-4000-8000-000000000007", "https://hooks.example.com/deseret", "\U00010400 desk",
                State::Healthy),
        fixture("8b8b0000-0000-4000-8000-000000000008", "https://example.com/a?token=abc", "", State::Disabled),
        fixture("1a1a0000-0000-4000-8000-000000000010", "https://mirror.example.com/Z\u00dcRICH", "mirror",
                State::Failing, 3),
        fixture("0b0b0000-0000-4000-8000-000000000011", "https://hooks.example.com/kelvin", "Temperature in K",
                State::Healthy),
        fixture("eeee0000-0000-4000-8000-000000000012", "http://localhost:8080/cb", "Local test", State::NeverVerified),
        fixture("dddd0000-0000-4000-8000-000000000013", "https://hooks.example.com/audit", "Audit trail",
                State::Failing, 19),
        fixture("abab0000-0000-4000-8000-000000000014", "https://hooks.example.com/zz-last", "zebra", State::Disabled,
                7),
    };
    // More ties: equal times, equal events, nulls.
    list[0].lastSuccessAt = baseNow().addSecs(-600);
    list[7].lastSuccessAt = baseNow().addSecs(-600);
    list[10].lastSuccessAt = baseNow().addSecs(-600);
    list[4].events = EventType::UploadCreated;
    list[9].events = EventType::UploadCreated | EventType::UploadCompleted | EventType::UploadFailed;
    list[11].events = {};
    list[12].unknownEvents = QStringList{s("upload.archived")};
    list[3].updatedAt = list[6].updatedAt = baseNow().addDays(-9);
    list[11].updatedAt = QDateTime();
    list[13].updatedAt = QDateTime();
    list[2].lastFailureAt = list[9].lastFailureAt = baseNow().addSecs(-3600);
    return list;
}

// The model gets a refresh as EndpointListController gives it (with the sort orders
// computed beforehand), or as a plain list (orders computed when first needed).
void feed(EndpointTableModel &model, const QList<WebhookEndpoint> &list, bool prepared)
{
    if (prepared)
        model.setEndpoints(EndpointTableModel::prepare(list, model.endpoints(), model.wanted())); // as the controller does
    else
        model.setEndpoints(list);
}

// ---- oracle -------------------------------------------------------------------------------

bool stateAccepts(QuickFilter filter, const WebhookEndpoint &e)
{
    switch (filter) {
    case QuickFilter::All: return true;
    case QuickFilter::Failing: return e.state() == State::Failing;
    case QuickFilter::Disabled: return e.state() == State::Disabled;
    case QuickFilter::Inactive: return e.state() == State::Inactive;
    }
    return false;
}

// Case and accents folded another way than the index does: decomposed (NFD), the
// combining accents dropped, then case-folded.
QString folded(const QString &text)
{
    static const QRegularExpression accents(QStringLiteral("[\\x{0300}-\\x{036f}]"));
    return text.normalized(QString::NormalizationForm_D).remove(accents).toCaseFolded();
}

// An endpoint's events are found by their wire names ("upload.failed") and labels
// ("Upload failed"), each on its own, and by the names of events this version does not know.
bool eventsContain(const WebhookEndpoint &e, const QString &needle)
{
    QStringList names = e.unknownEvents;
    for (EventType type : EventTypeNames::all()) {
        if (e.events.testFlag(type))
            names << EventTypeNames::toWire(type) << EventTypeNames::label(type);
    }
    return std::any_of(names.cbegin(), names.cend(), [&](const QString &name) { return folded(name).contains(needle); });
}

bool searchAccepts(const QString &text, const WebhookEndpoint &e)
{
    const QString needle = folded(text.trimmed());
    return needle.isEmpty() || folded(e.url).contains(needle) || folded(e.description).contains(needle)
        || folded(e.id).contains(needle) || eventsContain(e, needle);
}

// Ids the proxy should show, in source order.
QStringList expectedIds(const QList<WebhookEndpoint> &list, QuickFilter filter, const QString &text)
{
    QStringList ids;
    for (const WebhookEndpoint &e : list) {
        if (stateAccepts(filter, e) && searchAccepts(text, e))
            ids << e.id;
    }
    return ids;
}

// Healthiest first: healthy < inactive < never verified < failing (by count) < disabled (by count).
int statusRank(const WebhookEndpoint &e)
{
    switch (e.state()) {
    case State::Healthy: return 0;
    case State::Inactive: return 100;
    case State::NeverVerified: return 200;
    case State::Failing: return 1000 + e.consecutiveFailures;
    case State::Disabled: return 2000 + e.consecutiveFailures;
    }
    return -1;
}

template <typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareTimes(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid() || !b.isValid())
        return threeWay(a.isValid(), b.isValid()); // null lowest
    return threeWay(a.toMSecsSinceEpoch(), b.toMSecsSinceEpoch());
}

int eventsKey(const EndpointTableModel &model, const WebhookEndpoint &e)
{
    // The Events column sorts by the key SortRole documents for it.
    return model.index(model.rowOfId(e.id), EndpointTableModel::Events).data(EndpointTableModel::SortRole).toInt();
}

int comparePrimary(const EndpointTableModel &model, const WebhookEndpoint &a, const WebhookEndpoint &b, int column)
{
    switch (column) {
    case EndpointTableModel::Status: return threeWay(statusRank(a), statusRank(b));
    case EndpointTableModel::Url: return a.url.compare(b.url) < 0 ? -1 : (a.url == b.url ? 0 : 1);
    case EndpointTableModel::Description: {
        const QString x = a.description.isNull() ? QString(QLatin1String("")) : a.description;
        const QString y = b.description.isNull() ? QString(QLatin1String("")) : b.description;
        const int c = x.compare(y, Qt::CaseInsensitive);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case EndpointTableModel::Events: return threeWay(eventsKey(model, a), eventsKey(model, b));
    case EndpointTableModel::Active: return threeWay(a.isActive, b.isActive);
    case EndpointTableModel::Failures: return threeWay(a.consecutiveFailures, b.consecutiveFailures);
    case EndpointTableModel::LastSuccess: return compareTimes(a.lastSuccessAt, b.lastSuccessAt);
    case EndpointTableModel::LastFailure: return compareTimes(a.lastFailureAt, b.lastFailureAt);
    case EndpointTableModel::DisabledAt: return compareTimes(a.disabledAt, b.disabledAt);
    case EndpointTableModel::Updated: return compareTimes(a.updatedAt, b.updatedAt);
    }
    return 0;
}

// How rows with equal keys in the sort column are ordered: always by URL, then id, and
// either A to Z in both directions, or in the sort's direction (Qt's own convention).
enum class Ties { AToZ, FollowOrder };

// The documented order: by the column, then URL, then id.
QStringList expectedOrder(const EndpointTableModel &model, QList<WebhookEndpoint> list, int column,
                          Qt::SortOrder order, QuickFilter filter = QuickFilter::All, const QString &text = QString(),
                          Ties ties = Ties::AToZ)
{
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const WebhookEndpoint &e) { return !stateAccepts(filter, e) || !searchAccepts(text, e); }),
               list.end());
    std::stable_sort(list.begin(), list.end(), [&](const WebhookEndpoint &a, const WebhookEndpoint &b) {
        int c = comparePrimary(model, a, b, column);
        if (c != 0)
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        const bool reverse = ties == Ties::FollowOrder && order == Qt::DescendingOrder;
        c = a.url.compare(b.url);
        if (c != 0)
            return reverse ? c > 0 : c < 0;
        return reverse ? b.id < a.id : a.id < b.id;
    });
    return idsOf(list);
}

// Empty when `actual` is the documented order with ties by URL then id (A to Z, or in the
// sort's direction: tiesAreAToZInBothDirections decides between the two), else why not.
QString sortProblem(const QStringList &actual, const EndpointTableModel &model, const QList<WebhookEndpoint> &list,
                    int column, Qt::SortOrder order, QuickFilter filter = QuickFilter::All,
                    const QString &text = QString())
{
    const QStringList aToZ = expectedOrder(model, list, column, order, filter, text, Ties::AToZ);
    const QStringList follow = expectedOrder(model, list, column, order, filter, text, Ties::FollowOrder);
    if (actual == aToZ || actual == follow)
        return {};
    return QStringLiteral("column %1 %2, search \"%3\": [%4] expected [%5]")
        .arg(columnName(column), order == Qt::AscendingOrder ? s("ascending") : s("descending"), text,
             actual.join(s(", ")), aToZ.join(s(", ")));
}

#define VERIFY_SORTED(actual, ...)                                                                                     \
    do {                                                                                                               \
        const QString problem_ = sortProblem(actual, __VA_ARGS__);                                                     \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                            \
    } while (false)

// A proxy configured like `proxy`, given the final filter at once.
QStringList freshIds(EndpointTableModel *model, const EndpointFilterProxyModel &proxy)
{
    EndpointFilterProxyModel fresh;
    fresh.setSourceModel(model);
    fresh.setQuickFilter(proxy.quickFilter());
    fresh.setEventFilter(proxy.eventFilter());
    fresh.setSearchText(proxy.searchText());
    if (proxy.sortColumn() >= 0)
        fresh.sort(proxy.sortColumn(), proxy.sortOrder());
    return idsOf(fresh);
}

// What happens to the source between two keystrokes.
enum class Mutation { None, InPlaceRefresh, UpdateExisting, InsertRows, RemoveRows, AppendNew, Reorder, ClearReload };

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestEndpointFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void quickFilter_data();
    void quickFilter();
    void quickFilterFollowsSourceChanges();
    void search_data();
    void search();
    void punycodeHostIsFoundByItsUnicodeSpelling();
    void searchFindsEvents_data();
    void searchFindsEvents();
    void searchFollowsChangedEvents();
    void eventFilter_data();
    void eventFilter();
    void combinedFilterAndSearch_data();
    void combinedFilterAndSearch();
    void typingEqualsSettingAtOnce_data();
    void typingEqualsSettingAtOnce();
    void typingWithSourceChanges_data();
    void typingWithSourceChanges();
    void sortByEveryColumn_data();
    void sortByEveryColumn();
    void sortFollowsSourceChanges_data();
    void sortFollowsSourceChanges();
    void tiesAreAToZInBothDirections_data();
    void tiesAreAToZInBothDirections();
    void modelTesterDuringFilteringAndRefreshes();
    void largeModelSearchAndSort_data();
    void largeModelSearchAndSort();
    void preparedOrdersOfAnotherListAreIgnored();
    void sortByUrlAfterRemovalsAndAnotherChange();
    void rowSavedWhileTheSearchTextIsBuiltIsFoundByItsNewText();
    void anotherSourceIsFilteredAndSortedByItsOwnIndex();
    void aDestroyedSourceLeavesNoRows();
    void preparedOrdersAreWhatTheProxySortsBy();
    void aResetWhileSearchingFiltersByThePreparedSearchText();
    void aResetWhileSortedTakesThePreparedOrder();

private:
    // Applies `mutation` to `model` and mirrors it on `list`. Round 0 lets a row that
    // did not match "billing" match it now (and fail); round 1 takes "billing" away from
    // a row that had it.
    static void mutate(EndpointTableModel &model, QList<WebhookEndpoint> &list, Mutation mutation, int round);
};

// ---- quick filters ---------------------------------------------------------------------

void TestEndpointFilterProxyModel::quickFilter_data()
{
    QTest::addColumn<QuickFilter>("filter");
    QTest::newRow("All") << QuickFilter::All;
    QTest::newRow("Failing") << QuickFilter::Failing;
    QTest::newRow("Disabled") << QuickFilter::Disabled;
    QTest::newRow("Inactive") << QuickFilter::Inactive;
}

void TestEndpointFilterProxyModel::quickFilter()
{
    QFETCH(QuickFilter, filter);
    const QList<WebhookEndpoint> list = endpoints();
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto tester = attachTester(&proxy);

    proxy.setQuickFilter(filter);
    QCOMPARE(proxy.quickFilter(), filter);
    const QStringList expected = expectedIds(list, filter, QString());
    QCOMPARE(idsOf(proxy), expected);
    QVERIFY(!expected.isEmpty()); // the fixture has every state
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const int state = proxy.index(r, 0).data(EndpointTableModel::StateRole).toInt();
        const WebhookEndpoint &e = model.endpointAt(proxy.mapToSource(proxy.index(r, 0)).row());
        QCOMPARE(state, int(e.state()));
        QVERIFY(stateAccepts(filter, e));
    }
    // And back to All.
    proxy.setQuickFilter(QuickFilter::All);
    QCOMPARE(idsOf(proxy), idsOf(list));
}

void TestEndpointFilterProxyModel::quickFilterFollowsSourceChanges()
{
    QList<WebhookEndpoint> list = endpoints();
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto tester = attachTester(&proxy);
    proxy.setQuickFilter(QuickFilter::Failing);

    const QString orders = list.at(0).id;
    QVERIFY(!idsOf(proxy).contains(orders));
    list[0] = make(orders, State::Failing, 2);
    list[0].url = s("https://hooks.example.com/orders");
    model.updateEndpoint(list[0]);
    QCOMPARE(idsOf(proxy), expectedIds(list, QuickFilter::Failing, QString()));
    QVERIFY(idsOf(proxy).contains(orders));

    // Failing -> disabled by the server: leaves Failing, shows under Disabled.
    list[0] = make(orders, State::Disabled);
    model.setEndpoints(list);
    QCOMPARE(idsOf(proxy), expectedIds(list, QuickFilter::Failing, QString()));
    proxy.setQuickFilter(QuickFilter::Disabled);
    QCOMPARE(idsOf(proxy), expectedIds(list, QuickFilter::Disabled, QString()));
    QVERIFY(idsOf(proxy).contains(orders));

    // Switched back on by a person after the fix: healthy, in no quick filter but All.
    list[0] = make(orders, State::Healthy);
    model.updateEndpoint(list[0]);
    QCOMPARE(idsOf(proxy), expectedIds(list, QuickFilter::Disabled, QString()));
    proxy.setQuickFilter(QuickFilter::Inactive);
    QCOMPARE(idsOf(proxy), expectedIds(list, QuickFilter::Inactive, QString()));
    QVERIFY(!idsOf(proxy).contains(orders));
}

// ---- search ------------------------------------------------------------------------------

void TestEndpointFilterProxyModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("idPrefixes"); // the expected rows (shown in source order)

    const QStringList none;
    const QStringList billing{s("9b1d"), s("2c7e")};
    const QStringList zuerich{s("2c7e"), s("c0ff"), s("1a1a")}; // accents folded: "zurich" too
    QTest::newRow("empty: everything") << QString() << QStringList();
    QTest::newRow("blanks only: everything") << s("  \t ") << QStringList();
    QTest::newRow("url, lower") << s("orders") << QStringList{s("3f2a"), s("5e5e")};
    QTest::newRow("url, upper") << s("ORDERS") << QStringList{s("3f2a"), s("5e5e")};
    QTest::newRow("url, mixed") << s("OrDeRs") << QStringList{s("3f2a"), s("5e5e")};
    QTest::newRow("url with punctuation") << s("token=ABC") << QStringList{s("8b8b")};
    QTest::newRow("url scheme and host") << s("http://LOCALHOST:8080") << QStringList{s("eeee")};
    QTest::newRow("description only") << s("BACKUP") << QStringList{s("9b1d")};
    QTest::newRow("description only, mid-word") << s("perature IN") << QStringList{s("0b0b")};
    QTest::newRow("description and url") << s("billing") << billing;
    QTest::newRow("id fragment") << s("c0ffee") << QStringList{s("c0ff")};
    QTest::newRow("id fragment, upper") << s("C0FFEE00-0000") << QStringList{s("c0ff")};
    QTest::newRow("id tail") << s("000000000013") << QStringList{s("dddd")};
    QTest::newRow("surrounding blanks") << s("  \tbilling \n") << billing;
    QTest::newRow("Z\u00fcrich") << s("Z\u00fcrich") << zuerich;
    QTest::newRow("z\u00fcrich") << s("z\u00fcrich") << zuerich;
    QTest::newRow("Z\u00dcRICH") << s("Z\u00dcRICH") << zuerich;
    QTest::newRow("zÜrIcH") << s("z\u00dcrIcH") << zuerich;
    QTest::newRow("\u00dcRICH O") << s("\u00dcRICH O") << QStringList{s("2c7e")};
    QTest::newRow("zurich without umlaut") << s("ZURICH") << zuerich;
    QTest::newRow("combining diaeresis") << s("zu\u0308rich") << zuerich;
    QTest::newRow("em dash") << s("\u2014 z\u00fc") << QStringList{s("2c7e")};
    QTest::newRow("greek, lower with final sigma") << s("\u03c3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2")
                                                   << QStringList{s("6f6f")};
    QTest::newRow("greek, upper") << s("\u03a3\u038a\u03a3\u03a5\u03a6\u039f\u03a3") << QStringList{s("6f6f")};
    QTest::newRow("outside the BMP, lower") << s("\U00010428 DESK") << QStringList{s("7a7a")};
    QTest::newRow("outside the BMP, upper") << s("\U00010400") << QStringList{s("7a7a")};
    QTest::newRow("no match") << s("nothing-matches-this") << none;
    QTest::newRow("not across fields") << s("orders service3f2a") << none;
}

void TestEndpointFilterProxyModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, idPrefixes);

    const QList<WebhookEndpoint> list = endpoints();
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto tester = attachTester(&proxy);

    QStringList expected;
    for (const WebhookEndpoint &e : list) {
        if (text.trimmed().isEmpty() || idPrefixes.contains(e.id.left(4)))
            expected << e.id;
    }
    QCOMPARE(expected.size(), text.trimmed().isEmpty() ? list.size() : idPrefixes.size());
    // The hand-written expectation and the oracle agree (the oracle is used below).
    QCOMPARE(expected, expectedIds(list, QuickFilter::All, text));

    proxy.setSearchText(text);
    QCOMPARE(idsOf(proxy), expected);
    QCOMPARE(freshIds(&model, proxy), expected);

    // Clearing the search shows everything again.
    proxy.setSearchText(QString());
    QCOMPARE(idsOf(proxy), idsOf(list));
}

void TestEndpointFilterProxyModel::punycodeHostIsFoundByItsUnicodeSpelling()
{
    const QList<WebhookEndpoint> list{
        fixture("aaaa0000-0000-4000-8000-000000000001", "https://hooks.xn--bcher-versand-wob.de/od", "books",
                State::Healthy),
        fixture("bbbb0000-0000-4000-8000-000000000002", "https://hooks.bucher.example/od", "other", State::Healthy),
    };
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto tester = attachTester(&proxy);

    proxy.setSearchText(s("b\u00fccher-versand"));
    QCOMPARE(idsOf(proxy), QStringList{list.at(0).id});
    proxy.setSearchText(s("BUCHER-VERSAND")); // accents folded as well
    QCOMPARE(idsOf(proxy), QStringList{list.at(0).id});
    proxy.setSearchText(s("xn--bcher")); // and as it is sent
    QCOMPARE(idsOf(proxy), QStringList{list.at(0).id});
    proxy.setSearchText(s("bucher"));
    QCOMPARE(idsOf(proxy), (QStringList{list.at(0).id, list.at(1).id}));
}

void TestEndpointFilterProxyModel::searchFindsEvents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("idPrefixes"); // the expected rows (shown in source order)

    // Every fixture row has the default events (completed and failed) but these: 4d4d
    // upload.created only, 1a1a all three, eeee none, dddd the defaults and upload.archived.
    QStringList defaults;
    for (const WebhookEndpoint &e : endpoints()) {
        if (e.events.testFlag(EventType::UploadFailed))
            defaults << e.id.left(4);
    }
    QTest::newRow("wire name") << s("upload.created") << QStringList{s("4d4d"), s("1a1a")};
    QTest::newRow("wire name, upper") << s("UPLOAD.CREATED") << QStringList{s("4d4d"), s("1a1a")};
    QTest::newRow("label") << s("Upload created") << QStringList{s("4d4d"), s("1a1a")};
    QTest::newRow("part of a name") << s("creat") << QStringList{s("4d4d"), s("1a1a")};
    QTest::newRow("every subscriber of failed") << s("upload.failed") << defaults;
    QTest::newRow("unknown event") << s("archived") << QStringList{s("dddd")};
    QTest::newRow("not across two events") << s("completed upload") << QStringList();
    QTest::newRow("not across an event and the id") << s("failed1a1a") << QStringList();
}

void TestEndpointFilterProxyModel::searchFindsEvents()
{
    QFETCH(QString, text);
    QFETCH(QStringList, idPrefixes);

    const QList<WebhookEndpoint> list = endpoints();
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto tester = attachTester(&proxy);

    QStringList expected;
    for (const WebhookEndpoint &e : list) {
        if (idPrefixes.contains(e.id.left(4)))
            expected << e.id;
    }
    QCOMPARE(expected.size(), idPrefixes.size());
    QCOMPARE(expected, expectedIds(list, QuickFilter::All, text));
    proxy.setSearchText(text);
    QCOMPARE(idsOf(proxy), expected);
    QCOMPARE(freshIds(&model, proxy), expected);
}

void TestEndpointFilterProxyModel::searchFollowsChangedEvents()
{
    QList<WebhookEndpoint> list = endpoints();
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto tester = attachTester(&proxy);
    proxy.setSearchText(s("upload.created"));
    QCOMPARE(idsOf(proxy), expectedIds(list, QuickFilter::All, s("upload.created")));

    // A save that subscribes one endpoint to upload.created and another one off it.
    list[0].events |= EventType::UploadCreated;
    list[4].events = EventType::UploadFailed;
    model.updateEndpoint(list.at(0));
    model.updateEndpoint(list.at(4));
    QCOMPARE(idsOf(proxy), (QStringList{list.at(0).id, list.at(9).id}));
    QCOMPARE(idsOf(proxy), expectedIds(list, QuickFilter::All, s("upload.created")));
    // The same through a refresh of the whole list.
    list[9].events = EventType::UploadCompleted;
    model.setEndpoints(list);
    QCOMPARE(idsOf(proxy), QStringList{list.at(0).id});
}

void TestEndpointFilterProxyModel::eventFilter_data()
{
    QTest::addColumn<QuickFilter>("filter");
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("text");

    const QList<QPair<const char *, QuickFilter>> filters{{"All", QuickFilter::All},
                                                          {"Failing", QuickFilter::Failing},
                                                          {"Disabled", QuickFilter::Disabled}};
    const QList<QPair<const char *, EventTypes>> events{
        {"any", EventTypes()},
        {"created", EventType::UploadCreated},
        {"completed", EventType::UploadCompleted},
        {"failed", EventType::UploadFailed},
        {"created+failed", EventType::UploadCreated | EventType::UploadFailed}};
    for (const auto &f : filters) {
        for (const auto &e : events) {
            for (const QString &t : {QString(), s("zürich"), s("hooks.example.com"), s("upload.c")})
                QTest::addRow("%s, %s, \"%s\"", f.first, e.first, qPrintable(t)) << f.second << e.second.toInt() << t;
        }
    }
}

void TestEndpointFilterProxyModel::eventFilter()
{
    QFETCH(QuickFilter, filter);
    QFETCH(int, events);
    QFETCH(QString, text);
    const EventTypes required = EventTypes::fromInt(events);

    const QList<WebhookEndpoint> list = endpoints();
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto tester = attachTester(&proxy);

    QStringList expected;
    for (const QString &id : expectedIds(list, filter, text)) {
        const WebhookEndpoint &e = list.at(model.rowOfId(id));
        if ((e.events & required) == required)
            expected << id;
    }
    // In any order of setting them.
    proxy.setEventFilter(required);
    QCOMPARE(proxy.eventFilter(), required);
    proxy.setQuickFilter(filter);
    proxy.setSearchText(text);
    QCOMPARE(idsOf(proxy), expected);
    QCOMPARE(freshIds(&model, proxy), expected);
    for (const WebhookEndpoint &e : list)
        QCOMPARE(proxy.matchesFilter(e.id), expected.contains(e.id));

    EndpointFilterProxyModel other;
    other.setSourceModel(&model);
    other.setSearchText(text);
    other.setQuickFilter(filter);
    other.setEventFilter(required);
    QCOMPARE(idsOf(other), expected);

    // Back to any event: the quick filter and search alone.
    proxy.setEventFilter({});
    QCOMPARE(idsOf(proxy), expectedIds(list, filter, text));
}

void TestEndpointFilterProxyModel::combinedFilterAndSearch_data()
{
    QTest::addColumn<QuickFilter>("filter");
    QTest::addColumn<QString>("text");

    const QList<QPair<const char *, QuickFilter>> filters{{"All", QuickFilter::All},
                                                          {"Failing", QuickFilter::Failing},
                                                          {"Disabled", QuickFilter::Disabled},
                                                          {"Inactive", QuickFilter::Inactive}};
    const QStringList texts{s("billing"), s("Z\u00dcRICH"), s("hooks.example.com"), s("c0ffee"), s("example"),
                            s("\U00010428"), s("ORDERS")};
    for (const auto &f : filters) {
        for (const QString &t : texts)
            QTest::addRow("%s + %s", f.first, qPrintable(t)) << f.second << t;
    }
}

void TestEndpointFilterProxyModel::combinedFilterAndSearch()
{
    QFETCH(QuickFilter, filter);
    QFETCH(QString, text);

    const QList<WebhookEndpoint> list = endpoints();
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto tester = attachTester(&proxy);

    const QStringList expected = expectedIds(list, filter, text);
    // Filter first, then search...
    proxy.setQuickFilter(filter);
    proxy.setSearchText(text);
    QCOMPARE(idsOf(proxy), expected);
    // ... or search first, then filter.
    EndpointFilterProxyModel other;
    other.setSourceModel(&model);
    other.setSearchText(text);
    other.setQuickFilter(filter);
    QCOMPARE(idsOf(other), expected);
    // Switching the quick filter with a search in place.
    for (QuickFilter f : {QuickFilter::All, QuickFilter::Failing, QuickFilter::Disabled, QuickFilter::Inactive}) {
        proxy.setQuickFilter(f);
        QCOMPARE(idsOf(proxy), expectedIds(list, f, text));
    }
}

// ---- as you type ------------------------------------------------------------------------------

void TestEndpointFilterProxyModel::typingEqualsSettingAtOnce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QuickFilter>("filter");
    QTest::addColumn<int>("sortColumn"); // -1: unsorted

    QTest::newRow("url") << s("hooks.example.com/billing") << QuickFilter::All << -1;
    QTest::newRow("url, sorted by status") << s("https://hooks.example.com/") << QuickFilter::All
                                           << int(EndpointTableModel::Status);
    QTest::newRow("Z\u00fcrich") << s("Z\u00fcrich office") << QuickFilter::All << -1;
    QTest::newRow("greek") << s("\u03c3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2 st") << QuickFilter::All << -1;
    QTest::newRow("outside the BMP") << s("\U00010428 desk") << QuickFilter::All << int(EndpointTableModel::Url);
    QTest::newRow("id") << s("C0FFEE00-0000-4000") << QuickFilter::All << -1;
    QTest::newRow("leading blanks") << s("   example.com") << QuickFilter::All << -1;
    QTest::newRow("failing, hooks") << s("HOOKS.example") << QuickFilter::Failing << int(EndpointTableModel::Failures);
    QTest::newRow("disabled, example") << s("example") << QuickFilter::Disabled << -1;
}

void TestEndpointFilterProxyModel::typingEqualsSettingAtOnce()
{
    QFETCH(QString, text);
    QFETCH(QuickFilter, filter);
    QFETCH(int, sortColumn);

    const QList<WebhookEndpoint> list = endpoints();
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto tester = attachTester(&proxy);
    proxy.setQuickFilter(filter);
    if (sortColumn >= 0)
        proxy.sort(sortColumn, Qt::DescendingOrder);

    auto check = [&](const QString &typed) {
        const QStringList actual = idsOf(proxy);
        if (sortColumn >= 0) {
            VERIFY_SORTED(actual, model, list, sortColumn, Qt::DescendingOrder, filter, typed);
        } else {
            const QStringList expected = expectedIds(list, filter, typed);
            QVERIFY2(actual == expected, qPrintable(QStringLiteral("after \"%1\": [%2] expected [%3]")
                                                        .arg(typed, actual.join(s(", ")), expected.join(s(", ")))));
        }
        QVERIFY2(freshIds(&model, proxy) == actual, qPrintable(s("fresh proxy, \"") + typed + s("\"")));
    };

    // Letter by letter (a surrogate pair is one keystroke).
    QString typed;
    for (qsizetype i = 0; i < text.size(); ++i) {
        typed += text.at(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            typed += text.at(++i);
        proxy.setSearchText(typed);
        RETURN_IF_FAILED(check(typed));
    }
    // Then deleting letters from the end, back to nothing.
    while (!typed.isEmpty()) {
        typed.chop(typed.size() >= 2 && typed.at(typed.size() - 1).isLowSurrogate() ? 2 : 1);
        proxy.setSearchText(typed);
        RETURN_IF_FAILED(check(typed));
    }
    QCOMPARE(proxy.rowCount(), int(expectedIds(list, filter, QString()).size()));
    // Editing in the middle: neither a narrowing nor a widening.
    proxy.setSearchText(s("bill"));
    check(s("bill"));
    proxy.setSearchText(s("bull"));
    check(s("bull"));
    proxy.setSearchText(s("bulling"));
    check(s("bulling"));
    proxy.setSearchText(s("billing"));
    check(s("billing"));
}

void TestEndpointFilterProxyModel::mutate(EndpointTableModel &model, QList<WebhookEndpoint> &list, Mutation mutation,
                                          int round)
{
    // The row that gains "billing" (round 0) is one that did not match "bi" before.
    auto gain = [](WebhookEndpoint e) {
        const QString id = e.id;
        const QString url = e.url;
        e = make(id, State::Failing, 5);
        e.url = url + s("/billing-v2");
        return e;
    };
    auto lose = [](WebhookEndpoint e) {
        e.url.replace(s("billing"), s("payments"));
        e.description.replace(s("Billing"), s("Payments"));
        return e;
    };
    auto findUrl = [&list](const char *part) {
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).url.contains(s(part)))
                return i;
        }
        return -1;
    };
    const int orders = findUrl("/orders");     // never had "billing"
    const int billing = findUrl(".com/billing"); // has it
    const int audit = findUrl("/audit");       // never had it
    switch (mutation) {
    case Mutation::None: break;
    case Mutation::InPlaceRefresh:
        if (round == 0)
            list[audit] = gain(list.at(audit));
        else
            list[billing] = lose(list.at(billing));
        model.setEndpoints(list);
        break;
    case Mutation::UpdateExisting:
        if (round == 0) {
            const QString url = list.at(orders).url;
            list[orders] = make(list.at(orders).id, State::Failing, 2);
            list[orders].url = url;
            list[orders].description = s("now handles billing too");
            model.updateEndpoint(list.at(orders));
        } else {
            list[billing] = lose(list.at(billing));
            model.updateEndpoint(list.at(billing));
        }
        break;
    case Mutation::InsertRows: {
        // New rows before the others: every later source row moves down.
        WebhookEndpoint a = make(QStringLiteral("new-a-%1").arg(list.size()), State::Failing, 1);
        a.url = s("https://billing.example.com/new");
        WebhookEndpoint b = make(QStringLiteral("new-b-%1").arg(list.size()), State::Healthy);
        b.url = s("https://other.example.com/x");
        list.insert(0, a);
        list.insert(3, b);
        if (round == 1) {
            const int b = findUrl(".com/billing");
            list[b] = lose(list.at(b));
        }
        model.setEndpoints(list);
        break;
    }
    case Mutation::RemoveRows: {
        // Rows before the matches go away: every later source row moves up.
        const QString first = list.first().id;
        model.removeEndpoint(first);
        list.removeFirst();
        list.removeAt(1);
        if (round == 0) {
            const int a = findUrl("/audit");
            list[a] = gain(list.at(a));
        }
        model.setEndpoints(list);
        break;
    }
    case Mutation::AppendNew: {
        WebhookEndpoint n = make(QStringLiteral("appended-%1").arg(list.size()), State::Failing, 9);
        n.url = round == 0 ? s("https://hooks.example.com/billing/appended") : s("https://hooks.example.com/nope");
        list << n;
        model.updateEndpoint(n);
        if (round == 1) {
            list[billing] = lose(list.at(billing));
            model.updateEndpoint(list.at(billing));
        }
        break;
    }
    case Mutation::Reorder:
        std::reverse(list.begin(), list.end());
        if (round == 0) {
            const int a = findUrl("/audit");
            list[a] = gain(list.at(a));
        } else {
            const int b = findUrl(".com/billing");
            list[b] = lose(list.at(b));
        }
        model.setEndpoints(list);
        break;
    case Mutation::ClearReload:
        model.clear();
        if (round == 0) {
            list[audit] = gain(list.at(audit));
        } else {
            list[billing] = lose(list.at(billing));
        }
        model.setEndpoints(list);
        break;
    }
}

void TestEndpointFilterProxyModel::typingWithSourceChanges_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QuickFilter>("filter");
    QTest::addColumn<bool>("sorted");

    const QList<QPair<const char *, Mutation>> mutations{
        {"no change", Mutation::None},        {"in-place refresh", Mutation::InPlaceRefresh},
        {"updateEndpoint", Mutation::UpdateExisting}, {"rows inserted before", Mutation::InsertRows},
        {"rows removed before", Mutation::RemoveRows}, {"new id appended", Mutation::AppendNew},
        {"reordered", Mutation::Reorder},     {"cleared and reloaded", Mutation::ClearReload},
    };
    for (const auto &m : mutations) {
        QTest::addRow("%s", m.first) << m.second << QuickFilter::All << false;
        QTest::addRow("%s, failing", m.first) << m.second << QuickFilter::Failing << false;
        QTest::addRow("%s, sorted", m.first) << m.second << QuickFilter::All << true;
    }
}

void TestEndpointFilterProxyModel::typingWithSourceChanges()
{
    QFETCH(Mutation, mutation);
    QFETCH(QuickFilter, filter);
    QFETCH(bool, sorted);

    QList<WebhookEndpoint> list = endpoints();
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto tester = attachTester(&proxy);
    proxy.setQuickFilter(filter);
    if (sorted)
        proxy.sort(EndpointTableModel::Status, Qt::DescendingOrder);

    auto check = [&](const QString &typed, const char *when) {
        QVERIFY2(idsOf(model) == idsOf(list), when);
        const QStringList actual = idsOf(proxy);
        if (sorted) {
            const QString problem =
                sortProblem(actual, model, list, EndpointTableModel::Status, Qt::DescendingOrder, filter, typed);
            QVERIFY2(problem.isEmpty(), qPrintable(s(when) + s(": ") + problem));
        } else {
            const QStringList expected = expectedIds(list, filter, typed);
            QVERIFY2(actual == expected,
                     qPrintable(QStringLiteral("\"%1\" %2: shows [%3], expected [%4]")
                                    .arg(typed, s(when), actual.join(s(", ")), expected.join(s(", ")))));
        }
        QVERIFY2(freshIds(&model, proxy) == actual, qPrintable(s("fresh proxy, \"") + typed + s("\"")));
    };

    const QString text = s("billing");
    QString typed;
    for (int i = 0; i < text.size(); ++i) {
        typed += text.at(i);
        proxy.setSearchText(typed);
        RETURN_IF_FAILED(check(typed, "typed"));
        if (typed == s("bi")) {
            mutate(model, list, mutation, 0);
            RETURN_IF_FAILED(check(typed, "after the source changed"));
        }
    }
    // Narrowing further after a second change, then deleting letters after a third.
    mutate(model, list, mutation, 1);
    RETURN_IF_FAILED(check(typed, "after the second change"));
    while (!typed.isEmpty()) {
        typed.chop(1);
        proxy.setSearchText(typed);
        RETURN_IF_FAILED(check(typed, "deleted a letter"));
        if (typed == s("bil")) {
            mutate(model, list, mutation, 0);
            RETURN_IF_FAILED(check(typed, "after the third change"));
            proxy.setSearchText(s("billi"));
            RETURN_IF_FAILED(check(s("billi"), "typed again"));
            proxy.setSearchText(typed);
            RETURN_IF_FAILED(check(typed, "deleted again"));
        }
    }
}

// ---- sorting ------------------------------------------------------------------------------

void TestEndpointFilterProxyModel::sortByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int c = 0; c < EndpointTableModel::ColumnCount; ++c) {
        QTest::addRow("%s ascending", qPrintable(columnName(c))) << c << Qt::AscendingOrder;
        QTest::addRow("%s descending", qPrintable(columnName(c))) << c << Qt::DescendingOrder;
    }
}

void TestEndpointFilterProxyModel::sortByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    const QList<WebhookEndpoint> list = endpoints();
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto tester = attachTester(&proxy);

    proxy.sort(column, order);
    QCOMPARE(proxy.sortColumn(), column);
    QCOMPARE(proxy.sortOrder(), order);
    VERIFY_SORTED(idsOf(proxy), model, list, column, order);
    // Not trivially the source order.
    QVERIFY(idsOf(proxy) != idsOf(list));
    // The fixture has ties in this column, so the tie rule is exercised: in descending
    // order the two conventions differ.
    if (order == Qt::DescendingOrder)
        QVERIFY(expectedOrder(model, list, column, order)
                != expectedOrder(model, list, column, order, QuickFilter::All, QString(), Ties::FollowOrder));

    if (column == EndpointTableModel::Status && order == Qt::DescendingOrder) {
        // Trouble on top: disabled first, then failing by count.
        QCOMPARE(proxy.index(0, 0).data(EndpointTableModel::StateRole).toInt(), int(State::Disabled));
        // ...and its status says since when ("Disabled 1 h ago").
        const QString status = proxy.index(0, EndpointTableModel::Status).data().toString();
        QVERIFY2(status.startsWith(s("Disabled ")) && status.endsWith(s(" ago")), qPrintable(status));
    }

    // Sorting survives filtering, and the filtered rows keep the order.
    proxy.setSearchText(s("example.com"));
    VERIFY_SORTED(idsOf(proxy), model, list, column, order, QuickFilter::All, s("example.com"));
    proxy.setQuickFilter(QuickFilter::Failing);
    VERIFY_SORTED(idsOf(proxy), model, list, column, order, QuickFilter::Failing, s("example.com"));
}

void TestEndpointFilterProxyModel::sortFollowsSourceChanges_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("prepared");
    for (int c : {int(EndpointTableModel::Status), int(EndpointTableModel::Url), int(EndpointTableModel::Description),
                  int(EndpointTableModel::Failures), int(EndpointTableModel::LastFailure)}) {
        for (bool prepared : {false, true}) {
            const char *how = prepared ? "prepared lists" : "plain lists";
            QTest::addRow("%s ascending, %s", qPrintable(columnName(c)), how) << c << Qt::AscendingOrder << prepared;
            QTest::addRow("%s descending, %s", qPrintable(columnName(c)), how) << c << Qt::DescendingOrder << prepared;
        }
    }
}

void TestEndpointFilterProxyModel::sortFollowsSourceChanges()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, prepared);

    QList<WebhookEndpoint> list = endpoints();
    EndpointTableModel model;
    model.setNow(baseNow());
    feed(model, list, prepared);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto tester = attachTester(&proxy);
    proxy.sort(column, order);
    VERIFY_SORTED(idsOf(proxy), model, list, column, order);

    auto step = [&](const char *what) {
        QVERIFY2(idsOf(model) == idsOf(list), what);
        const QString problem = sortProblem(idsOf(proxy), model, list, column, order);
        QVERIFY2(problem.isEmpty(), qPrintable(s(what) + s(": ") + problem));
    };

    // The sort key of one row changes (and its URL, which breaks ties).
    list[0] = make(list.at(0).id, State::Failing, 15);
    list[0].url = s("https://aaa.example.com/first");
    list[0].description = s("AAA first");
    model.updateEndpoint(list.at(0));
    RETURN_IF_FAILED(step("updateEndpoint"));

    // Several rows change in place.
    list[3] = make(list.at(3).id, State::Healthy);
    list[3].url = s("https://zzz.example.com/z");
    list[3].description = s("zzz");
    list[5].consecutiveFailures = 1;
    list[5].lastFailureAt = baseNow().addSecs(-30);
    list[8].description = s("Middle");
    feed(model, list, prepared);
    RETURN_IF_FAILED(step("in-place refresh"));

    // Rows appear (one between others, one with a tie on every key) and go.
    WebhookEndpoint twin = list.at(2);
    twin.id = s("00000000-twin");
    list.insert(4, twin);
    WebhookEndpoint fresh = make(s("fresh"), State::Disabled, 20);
    fresh.url = s("https://hooks.example.com/fresh");
    list.insert(1, fresh);
    list.removeAt(7);
    feed(model, list, prepared);
    RETURN_IF_FAILED(step("rows added and removed"));

    model.removeEndpoint(list.at(2).id);
    list.removeAt(2);
    RETURN_IF_FAILED(step("removeEndpoint"));

    WebhookEndpoint appended = make(s("appended"), State::Failing, 4);
    appended.url = s("https://hooks.example.com/billing");
    list << appended;
    model.updateEndpoint(appended);
    RETURN_IF_FAILED(step("new id appended"));

    std::reverse(list.begin(), list.end());
    feed(model, list, prepared);
    RETURN_IF_FAILED(step("reordered"));
}

void TestEndpointFilterProxyModel::tiesAreAToZInBothDirections_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int c : {int(EndpointTableModel::Status), int(EndpointTableModel::Url), int(EndpointTableModel::Active),
                  int(EndpointTableModel::Failures), int(EndpointTableModel::LastSuccess),
                  int(EndpointTableModel::Updated)}) {
        QTest::addRow("%s ascending", qPrintable(columnName(c))) << c << Qt::AscendingOrder;
        QTest::addRow("%s descending", qPrintable(columnName(c))) << c << Qt::DescendingOrder;
    }
}

void TestEndpointFilterProxyModel::tiesAreAToZInBothDirections()
{
    // Equal keys are ordered by URL, then id, A to Z whichever way the column is
    // sorted: flipping "Failures" from ascending to descending moves the groups, not
    // the rows inside a group (the order EndpointFilterProxyModel's header documented
    // while it was being reworked; QSortFilterProxyModel alone would reverse the ties).
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    const QList<WebhookEndpoint> list = endpoints();
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(column, order);
    const QStringList actual = idsOf(proxy);
    const QStringList expected = expectedOrder(model, list, column, order, QuickFilter::All, QString(), Ties::AToZ);
    QVERIFY2(actual == expected, qPrintable(QStringLiteral("[%1] expected [%2]")
                                                .arg(actual.join(s(", ")), expected.join(s(", ")))));
}

// ---- structure ----------------------------------------------------------------------------

void TestEndpointFilterProxyModel::modelTesterDuringFilteringAndRefreshes()
{
    QList<WebhookEndpoint> list = endpoints();
    EndpointTableModel model;
    model.setNow(baseNow());
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto sourceTester = attachTester(&model);
    auto tester = attachTester(&proxy);

    auto verify = [&](const char *what) {
        const QStringList actual = idsOf(proxy);
        if (proxy.sortColumn() >= 0) {
            const QString problem = sortProblem(actual, model, list, proxy.sortColumn(), proxy.sortOrder(),
                                                proxy.quickFilter(), proxy.searchText());
            QVERIFY2(problem.isEmpty(), qPrintable(s(what) + s(": ") + problem));
        } else {
            const QStringList expected = expectedIds(list, proxy.quickFilter(), proxy.searchText());
            QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1: [%2] expected [%3]")
                                                        .arg(s(what), actual.join(s(", ")), expected.join(s(", ")))));
        }
    };

    model.setEndpoints(list);
    RETURN_IF_FAILED(verify("first load"));
    proxy.setQuickFilter(QuickFilter::Failing);
    RETURN_IF_FAILED(verify("failing"));
    for (const char *t : {"h", "ho", "hoo", "hooks", "hook", ""}) {
        proxy.setSearchText(s(t));
        RETURN_IF_FAILED(verify(t));
    }
    proxy.sort(EndpointTableModel::Status, Qt::DescendingOrder);
    RETURN_IF_FAILED(verify("sorted"));
    proxy.setSearchText(s("example"));

    list[1] = make(list.at(1).id, State::Failing, 6);
    list[1].url = s("https://hooks.example.com/billing");
    model.setEndpoints(list);
    RETURN_IF_FAILED(verify("in-place refresh"));

    list.insert(0, make(s("new-0"), State::Failing, 11));
    list.insert(5, make(s("new-5"), State::Healthy));
    list.removeAt(9);
    model.setEndpoints(list);
    RETURN_IF_FAILED(verify("rows added and removed"));

    proxy.setQuickFilter(QuickFilter::All);
    RETURN_IF_FAILED(verify("all"));
    std::reverse(list.begin(), list.end());
    model.setEndpoints(list);
    RETURN_IF_FAILED(verify("reordered"));

    list << make(s("appended"), State::Disabled);
    model.updateEndpoint(list.last());
    RETURN_IF_FAILED(verify("appended"));
    list[2] = make(list.at(2).id, State::Inactive);
    model.updateEndpoint(list.at(2));
    RETURN_IF_FAILED(verify("updated"));
    model.removeEndpoint(list.at(3).id);
    list.removeAt(3);
    RETURN_IF_FAILED(verify("removed"));

    proxy.sort(EndpointTableModel::Url, Qt::AscendingOrder);
    RETURN_IF_FAILED(verify("sorted by URL"));
    proxy.setQuickFilter(QuickFilter::Disabled);
    RETURN_IF_FAILED(verify("disabled"));

    model.clear();
    list.clear();
    RETURN_IF_FAILED(verify("cleared"));
    QCOMPARE(proxy.rowCount(), 0);
    list = endpoints();
    model.setEndpoints(list);
    RETURN_IF_FAILED(verify("reloaded"));
    QVERIFY(proxy.rowCount() > 0);
}

namespace {

WebhookEndpoint generated(int i, int generation = 0)
{
    static const State states[] = {State::Healthy, State::Failing, State::Disabled, State::Inactive,
                                   State::NeverVerified, State::Failing, State::Healthy};
    const QString id = QStringLiteral("id-%1").arg(i, 6, 10, QLatin1Char('0'));
    WebhookEndpoint e = make(id, states[i % 7], i % 20 + 1);
    e.url = QStringLiteral("https://host%1.example.com/path/%2").arg(i % 37).arg((i * 7919 + generation) % 10007);
    e.description = (i + generation) % 5 == 0 ? QStringLiteral("Z\u00fcrich %1").arg(i) : QStringLiteral("Office %1").arg(i);
    return e;
}

} // namespace

void TestEndpointFilterProxyModel::largeModelSearchAndSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("prepared");
    for (int c : {int(EndpointTableModel::Failures), int(EndpointTableModel::Url), int(EndpointTableModel::Description)}) {
        QTest::addRow("%s, plain lists", qPrintable(columnName(c))) << c << false;
        QTest::addRow("%s, prepared lists", qPrintable(columnName(c))) << c << true;
    }
}

void TestEndpointFilterProxyModel::largeModelSearchAndSort()
{
    QFETCH(int, column);
    QFETCH(bool, prepared);
    // Past the sizes where the model builds its search keys on a worker thread, coalesces
    // dataChanged and resets instead of inserting: the same answers as the oracle.
    QList<WebhookEndpoint> list;
    for (int i = 0; i < 6000; ++i)
        list << generated(i);
    EndpointTableModel model;
    model.setNow(baseNow());
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(EndpointTableModel::Column(column), Qt::DescendingOrder);
    proxy.setQuickFilter(QuickFilter::All);

    auto verify = [&](const char *what) {
        QVERIFY2(idsOf(model) == idsOf(list), what);
        const QStringList actual = idsOf(proxy);
        const QString problem = sortProblem(actual, model, list, EndpointTableModel::Column(column), Qt::DescendingOrder,
                                            proxy.quickFilter(), proxy.searchText());
        QVERIFY2(problem.isEmpty(), qPrintable(s(what) + s(": ") + problem.left(600)));
    };

    feed(model, list, prepared);
    proxy.setSearchText(s("z\u00fcrich 1")); // possibly while the search keys are still being built
    RETURN_IF_FAILED(verify("first load"));
    QVERIFY(proxy.rowCount() > 100);

    list[11].description = s("ZÜRICH 1 new");
    model.updateEndpoint(list.at(11));
    RETURN_IF_FAILED(verify("updateEndpoint"));

    for (int i = 0; i < list.size(); i += 2)
        list[i] = generated(i, 1); // half the rows change text, some states too
    feed(model, list, prepared);
    RETURN_IF_FAILED(verify("in-place refresh of half the rows"));

    for (int i = 0; i < list.size(); i += 3)
        list[i].description = list.at(i).description + s(" z\u00fcrich 1x");
    feed(model, list, prepared);
    RETURN_IF_FAILED(verify("in-place refresh of a third of the rows"));

    for (int k = 0; k < 40; ++k)
        list.removeAt(100 + k * 97);
    for (int k = 0; k < 60; ++k)
        list.insert(50 + k * 83, generated(100000 + k));
    feed(model, list, prepared);
    RETURN_IF_FAILED(verify("60 rows inserted, 40 removed"));

    for (const char *typed : {"z\u00fcrich 1", "z\u00fcrich 12", "z\u00fcrich 123", "z\u00fcrich 12", "office 4", "office 44",
                              "host3", "host36.example.com/path/1", ""}) {
        proxy.setSearchText(s(typed));
        RETURN_IF_FAILED(verify(typed));
    }
    proxy.setSearchText(s("z\u00fcrich"));
    proxy.setQuickFilter(QuickFilter::Failing);
    RETURN_IF_FAILED(verify("failing + z\u00fcrich"));

    for (int k = 0; k < 10; ++k) {
        model.removeEndpoint(list.at(k * 300).id);
        list.removeAt(k * 300);
    }
    RETURN_IF_FAILED(verify("removeEndpoint x10"));

    for (int k = 0; k < 300; ++k)
        list.insert(k * 10, generated(200000 + k));
    feed(model, list, prepared);
    RETURN_IF_FAILED(verify("300 rows inserted"));

    proxy.sort(EndpointTableModel::Url, Qt::AscendingOrder);
    const QStringList byUrl = idsOf(proxy);
    QList<WebhookEndpoint> filtered;
    for (const WebhookEndpoint &e : list) {
        if (stateAccepts(QuickFilter::Failing, e) && searchAccepts(s("z\u00fcrich"), e))
            filtered << e;
    }
    std::sort(filtered.begin(), filtered.end(), [](const WebhookEndpoint &a, const WebhookEndpoint &b) {
        return a.url != b.url ? a.url < b.url : a.id < b.id;
    });
    QCOMPARE(byUrl, idsOf(filtered));
}

void TestEndpointFilterProxyModel::preparedOrdersOfAnotherListAreIgnored()
{
    // Orders that do not fit the rows (a list changed after prepare()) must not be used:
    // the model computes its own, and the proxy still sorts right.
    QList<WebhookEndpoint> list = endpoints();
    QList<WebhookEndpoint> other = list;
    std::reverse(other.begin(), other.end());
    other.removeLast();
    for (bool refresh : {false, true}) {
        EndpointTableModel model;
        model.setNow(baseNow());
        if (refresh)
            model.setEndpoints(list);
        EndpointFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(EndpointTableModel::Url, Qt::AscendingOrder);
        PreparedEndpoints mismatched = EndpointTableModel::prepare(list);
        mismatched.endpoints = other;
        QVERIFY(!mismatched.hasOrders());
        model.setEndpoints(mismatched);
        VERIFY_SORTED(idsOf(proxy), model, other, EndpointTableModel::Url, Qt::AscendingOrder);
        proxy.sort(EndpointTableModel::Description, Qt::DescendingOrder);
        VERIFY_SORTED(idsOf(proxy), model, other, EndpointTableModel::Description, Qt::DescendingOrder);
    }
}

void TestEndpointFilterProxyModel::sortByUrlAfterRemovalsAndAnotherChange()
{
    // Removing rows leaves gaps in the URL ranks; a later change that re-sorts without
    // recomputing them (failures, not the URL) must still sort within bounds and right.
    // (Under valgrind or ASan this once showed a write past the counting array.)
    QList<WebhookEndpoint> list;
    for (int i = 0; i < 50; ++i)
        list << generated(i);
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto tester = attachTester(&proxy);
    proxy.sort(EndpointTableModel::Url, Qt::AscendingOrder);
    for (int k = 0; k < 5; ++k) {
        model.removeEndpoint(list.at(k * 3).id);
        list.removeAt(k * 3);
    }
    list[7].consecutiveFailures += 1;
    model.updateEndpoint(list.at(7));
    VERIFY_SORTED(idsOf(proxy), model, list, EndpointTableModel::Url, Qt::AscendingOrder);
    proxy.sort(EndpointTableModel::Url, Qt::DescendingOrder);
    VERIFY_SORTED(idsOf(proxy), model, list, EndpointTableModel::Url, Qt::DescendingOrder);
}

void TestEndpointFilterProxyModel::rowSavedWhileTheSearchTextIsBuiltIsFoundByItsNewText()
{
    // Past the size where the search text is built on a worker after a load: a row saved
    // before anything searched (updateEndpoint, a new URL) is found by its new URL, not
    // its old one.
    QList<WebhookEndpoint> list;
    for (int i = 0; i < 6000; ++i)
        list << generated(i);
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    const QString oldUrl = list.at(42).url;
    list[42].url = s("https://saved.example.org/after-the-load");
    model.updateEndpoint(list.at(42));
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(s("saved.example.org"));
    QCOMPARE(idsOf(proxy), QStringList{list.at(42).id});
    proxy.setSearchText(oldUrl);
    QCOMPARE(idsOf(proxy), expectedIds(list, QuickFilter::All, oldUrl));
}

void TestEndpointFilterProxyModel::anotherSourceIsFilteredAndSortedByItsOwnIndex()
{
    // The proxy reads its source's rows and index: after a switch, the new source's,
    // also when the switch comes through the base class (QAbstractProxyModel).
    const QList<WebhookEndpoint> first = endpoints();
    QList<WebhookEndpoint> second;
    for (int i = 0; i < 40; ++i)
        second << generated(i);
    EndpointTableModel a, b;
    a.setNow(baseNow());
    b.setNow(baseNow());
    a.setEndpoints(first);
    b.setEndpoints(second);
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&a);
    auto tester = attachTester(&proxy);
    proxy.sort(EndpointTableModel::Url, Qt::AscendingOrder);
    proxy.setSearchText(s("example.c"));
    VERIFY_SORTED(idsOf(proxy), a, first, EndpointTableModel::Url, Qt::AscendingOrder, QuickFilter::All,
                  s("example.c"));

    proxy.setSourceModel(&b);
    VERIFY_SORTED(idsOf(proxy), b, second, EndpointTableModel::Url, Qt::AscendingOrder, QuickFilter::All,
                  s("example.c"));
    proxy.setSearchText(s("host3"));
    VERIFY_SORTED(idsOf(proxy), b, second, EndpointTableModel::Url, Qt::AscendingOrder, QuickFilter::All, s("host3"));

    QAbstractProxyModel &base = proxy;
    base.setSourceModel(&a);
    QCOMPARE(proxy.sourceModel(), &a);
    VERIFY_SORTED(idsOf(proxy), a, first, EndpointTableModel::Url, Qt::AscendingOrder, QuickFilter::All, s("host3"));
    proxy.setSearchText(s("hooks"));
    VERIFY_SORTED(idsOf(proxy), a, first, EndpointTableModel::Url, Qt::AscendingOrder, QuickFilter::All, s("hooks"));

    // Only a table of endpoints is a source.
    QStringListModel other(QStringList{s("https://hooks.example.com/orders")});
    base.setSourceModel(&other);
    QVERIFY(!proxy.sourceModel());
    QCOMPARE(proxy.rowCount(), 0);
}

void TestEndpointFilterProxyModel::aDestroyedSourceLeavesNoRows()
{
    auto model = std::make_unique<EndpointTableModel>();
    model->setEndpoints(endpoints());
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    proxy.sort(EndpointTableModel::Url, Qt::AscendingOrder);
    proxy.setSearchText(s("hooks"));
    QVERIFY(proxy.rowCount() > 0);
    model.reset();
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(s("billing"));
    proxy.setQuickFilter(QuickFilter::Failing);
    proxy.sort(EndpointTableModel::Description, Qt::DescendingOrder);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestEndpointFilterProxyModel::preparedOrdersAreWhatTheProxySortsBy()
{
    // The orders prepare() computed on the worker are the ones sorted by (the GUI thread
    // sorts no strings): orders handed over reversed sort the rows the other way round.
    const QList<WebhookEndpoint> list = endpoints();
    PreparedEndpoints prepared = EndpointTableModel::prepare(list);
    QVERIFY(prepared.hasOrders());
    const auto reverse = [](std::vector<quint32> &order) {
        const quint32 top = *std::max_element(order.begin(), order.end());
        for (quint32 &rank : order)
            rank = top - rank;
    };
    reverse(prepared.urlOrder);
    reverse(prepared.descriptionOrder);
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(std::move(prepared));
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);

    QList<WebhookEndpoint> byUrl = list;
    std::sort(byUrl.begin(), byUrl.end(), [](const WebhookEndpoint &a, const WebhookEndpoint &b) {
        return a.url != b.url ? a.url > b.url : a.id > b.id;
    });
    proxy.sort(EndpointTableModel::Url, Qt::AscendingOrder);
    QCOMPARE(idsOf(proxy), idsOf(byUrl));

    // Descriptions (none equal in the fixture but the two empty ones) the other way round too.
    proxy.sort(EndpointTableModel::Description, Qt::AscendingOrder);
    const QStringList shown = idsOf(proxy);
    for (int r = 1; r < shown.size(); ++r) {
        const QString above = model.endpointAt(model.rowOfId(shown.at(r - 1))).description;
        const QString below = model.endpointAt(model.rowOfId(shown.at(r))).description;
        QVERIFY2(above.compare(below, Qt::CaseInsensitive) >= 0, qPrintable(above + s(" above ") + below));
    }
}

void TestEndpointFilterProxyModel::aResetWhileSearchingFiltersByThePreparedSearchText()
{
    EndpointTableModel model;
    model.setNow(baseNow());
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    const QList<WebhookEndpoint> list = endpoints();
    model.setEndpoints(EndpointTableModel::prepare(list, model.endpoints(), model.wanted()));
    QVERIFY(!model.wanted().searchText);
    // Nothing typed: a refresh prepares no search text.
    QList<WebhookEndpoint> renamed = list;
    for (WebhookEndpoint &e : renamed)
        e.id.replace(0, 4, s("eeee")); // every id new: the refresh is a reset
    PreparedEndpoints idle = EndpointTableModel::prepare(renamed, model.endpoints(), model.wanted());
    QCOMPARE(idle.plan.kind, RefreshPlan::Kind::Reset);
    QVERIFY(!idle.searchText);

    proxy.setSearchText(s("billing"));
    QVERIFY(model.wanted().searchText);
    PreparedEndpoints searching = EndpointTableModel::prepare(renamed, model.endpoints(), model.wanted());
    QVERIFY(searching.searchText);
    QCOMPARE(searching.searchText->spans.size(), size_t(renamed.size()));
    // The proxy filters the new rows by the text prepared with them: a text prepared from
    // other rows (here the list reversed) shows what that text says.
    QList<WebhookEndpoint> reversed = renamed;
    std::reverse(reversed.begin(), reversed.end());
    searching.searchText = EndpointSearchIndex::build(reversed, 0);
    model.setEndpoints(std::move(searching));
    QVERIFY(model.endpointIndex().hasSearchText());
    QStringList expected;
    for (int r = 0; r < renamed.size(); ++r) {
        if (reversed.at(r).url.contains(s("billing")) || reversed.at(r).description.contains(s("billing"), Qt::CaseInsensitive))
            expected << renamed.at(r).id;
    }
    QVERIFY(!expected.isEmpty());
    QStringList shown = idsOf(proxy);
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown, expected);

    // A search cleared, or the proxy gone to another model, wants none any more.
    proxy.setSearchText(QString());
    QVERIFY(!model.wanted().searchText);
    proxy.setSearchText(s("billing"));
    EndpointTableModel other;
    proxy.setSourceModel(&other);
    QVERIFY(!model.wanted().searchText);
    QVERIFY(other.wanted().searchText);
}

void TestEndpointFilterProxyModel::aResetWhileSortedTakesThePreparedOrder()
{
    const QList<WebhookEndpoint> list = endpoints();
    QList<WebhookEndpoint> renamed = list;
    for (WebhookEndpoint &e : renamed)
        e.id.replace(0, 4, s("eeee")); // every id new: the refresh is a reset

    // For every column and direction, the order prepared on the worker is the one the
    // proxy sorts the same rows into by itself.
    for (int column = 0; column < EndpointTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            EndpointTableModel prepared;
            prepared.setNow(baseNow());
            EndpointFilterProxyModel sortedByWorker;
            sortedByWorker.setSourceModel(&prepared);
            prepared.setEndpoints(list);
            sortedByWorker.sort(column, order);
            QCOMPARE(prepared.wanted().sortColumn, column);
            QCOMPARE(prepared.wanted().sortOrder, order);
            PreparedEndpoints next = EndpointTableModel::prepare(renamed, prepared.endpoints(), prepared.wanted());
            QCOMPARE(next.sortedRows.size(), size_t(renamed.size()));
            prepared.setEndpoints(std::move(next));

            EndpointTableModel plain;
            plain.setNow(baseNow());
            EndpointFilterProxyModel sortedHere;
            sortedHere.setSourceModel(&plain);
            plain.setEndpoints(renamed);
            sortedHere.sort(column, order);
            QCOMPARE(idsOf(sortedByWorker), idsOf(sortedHere));
        }
    }

    // The proxy takes the prepared order (handed over reversed, it shows the rows
    // reversed) only when it is for its own sort.
    EndpointTableModel model;
    model.setNow(baseNow());
    EndpointFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setEndpoints(list);
    proxy.sort(EndpointTableModel::Failures, Qt::DescendingOrder);
    PreparedEndpoints reversed = EndpointTableModel::prepare(renamed, model.endpoints(), model.wanted());
    std::reverse(reversed.sortedRows.begin(), reversed.sortedRows.end());
    QStringList expected;
    for (int r : reversed.sortedRows)
        expected << renamed.at(r).id;
    model.setEndpoints(std::move(reversed));
    QCOMPARE(idsOf(proxy), expected);

    QList<WebhookEndpoint> again = list;
    for (WebhookEndpoint &e : again)
        e.id.replace(0, 4, s("ffff"));
    PreparedEndpoints forFailures = EndpointTableModel::prepare(again, model.endpoints(), model.wanted());
    std::reverse(forFailures.sortedRows.begin(), forFailures.sortedRows.end());
    proxy.sort(EndpointTableModel::Url, Qt::AscendingOrder); // meanwhile: another sort
    model.setEndpoints(std::move(forFailures));
    QList<WebhookEndpoint> byUrl = again;
    std::sort(byUrl.begin(), byUrl.end(), [](const WebhookEndpoint &a, const WebhookEndpoint &b) {
        return a.url != b.url ? a.url < b.url : a.id < b.id;
    });
    QCOMPARE(idsOf(proxy), idsOf(byUrl));

    // Unsorted: nothing prepared.
    proxy.sort(-1);
    QCOMPARE(model.wanted().sortColumn, -1);
    QVERIFY(EndpointTableModel::prepare(renamed, model.endpoints(), model.wanted()).sortedRows.empty());
}

QTEST_MAIN(TestEndpointFilterProxyModel)
#include "tst_endpointfilterproxymodel.moc"
