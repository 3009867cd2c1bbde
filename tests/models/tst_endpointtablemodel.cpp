// EndpointTableModel: structure (checked by QAbstractItemModelTester through every kind
// of change), what each cell says, and which signals a refresh sends.

#include "endpointstatus.h"
#include "endpointtablemodel.h"
#include "eventtype.h"
#include "modeltestsupport.h"
#include "webhookendpoint.h"

#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QImage>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace ModelSupport;

namespace {

// The rectangles that dataChanged signals caught by `spy` covered.
struct Rect
{
    int top, bottom, left, right;
    bool contains(int row, int column) const
    {
        return row >= top && row <= bottom && column >= left && column <= right;
    }
};

QList<Rect> rectsOf(const QSignalSpy &spy)
{
    QList<Rect> rects;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        rects.append({topLeft.row(), bottomRight.row(), topLeft.column(), bottomRight.column()});
    }
    return rects;
}

bool covered(const QList<Rect> &rects, int row, int column)
{
    for (const Rect &r : rects) {
        if (r.contains(row, column))
            return true;
    }
    return false;
}

enum class Roles {
    Text,    // what a cell says: display text and tooltip
    RowWide, // what every cell of a row carries: background tint, state, severity
};

// The chosen roles of every cell, as text: what a changed endpoint may change.
QList<QStringList> cellTexts(const QAbstractItemModel &model, Roles roles = Roles::Text)
{
    QList<QStringList> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex i = model.index(r, c);
            if (roles == Roles::Text) {
                cells << i.data(Qt::DisplayRole).toString() + QLatin1Char('|') + i.data(Qt::ToolTipRole).toString();
            } else {
                const auto brush = i.data(Qt::BackgroundRole).value<QBrush>();
                cells << brush.color().name(QColor::HexArgb) + QString::number(int(brush.style())) + QLatin1Char('|')
                        + i.data(EndpointTableModel::StateRole).toString() + QLatin1Char('|')
                        + i.data(EndpointTableModel::SeverityRole).toString();
            }
        }
        rows << cells;
    }
    return rows;
}

WebhookEndpoint endpointInState(int state, int failures = 0)
{
    return make(s("ep"), State(state), failures);
}

QBrush backgroundOf(const EndpointTableModel &model, int row, int column = EndpointTableModel::Url)
{
    return model.index(row, column).data(Qt::BackgroundRole).value<QBrush>();
}


// How a refresh reaches the model: a plain list; prepared on a worker as the controller
// does (orders and plan made against the rows shown); or prepared, and then a row changed
// in the model before the result came (a save meanwhile): that plan must not be used.
enum class Feed { Plain, Prepared, PreparedThenChanged };

const char *feedName(Feed how)
{
    switch (how) {
    case Feed::Plain: return "plain list";
    case Feed::Prepared: return "prepared";
    case Feed::PreparedThenChanged: return "prepared, then a row saved meanwhile";
    }
    return "";
}

void feed(EndpointTableModel &model, const QList<WebhookEndpoint> &next, Feed how)
{
    if (how == Feed::Plain) {
        model.setEndpoints(next);
        return;
    }
    PreparedEndpoints prepared = EndpointTableModel::prepare(next, model.endpoints());
    if (how == Feed::PreparedThenChanged && model.rowCount() > 0) {
        WebhookEndpoint saved = model.endpointAt(0);
        saved.description = QStringLiteral("saved while the refresh was prepared");
        saved.consecutiveFailures = 19;
        model.updateEndpoint(saved);
    }
    model.setEndpoints(std::move(prepared));
}

} // namespace

Q_DECLARE_METATYPE(Feed)

class TestEndpointTableModel : public QObject
{
    Q_OBJECT

private slots:
    // Structure, under QAbstractItemModelTester (Fatal).
    void firstLoad();
    void refreshInPlace_data();
    void refreshInPlace();
    void refreshAddsAndRemoves_data();
    void refreshAddsAndRemoves();
    void refreshReorders();
    void updateEndpointExistingId();
    void updateEndpointNewId();
    void removeEndpoint();
    void clear();

    // What cells say.
    void statusText_data();
    void statusText();
    void statusIconPerState();
    void backgroundTint_data();
    void backgroundTint();
    void backgroundTintsDiffer();
    void severity_data();
    void severity();
    void severityGrowsWithFailures();
    void relativeTimes_data();
    void relativeTimes();
    void timeColumnsReadTheirOwnField();
    void timeToolTipsGiveTheExactTime();
    void nullTimes();
    void injectedClock();
    void eventsColumn_data();
    void eventsColumn();

    // Bookkeeping.
    void countsFollowEveryChange();
    void persistentIndexesFollowTheirEndpoint();
    void rowOfId();

    // Signals.
    void dataChangedOnlyForChangedRows_data();
    void dataChangedOnlyForChangedRows();
    void manyChangedRowsAreAllCovered();
    void rowWideRolesAnnouncedInEveryColumn_data();
    void rowWideRolesAnnouncedInEveryColumn();
    void refreshRelativeTimesOnlyTimeColumns();
};

// ---- structure ------------------------------------------------------------------------

void TestEndpointTableModel::firstLoad()
{
    EndpointTableModel model;
    model.setNow(baseNow());
    auto tester = attachTester(&model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(EndpointTableModel::ColumnCount));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const QList<WebhookEndpoint> list = makeList(words("a b c d"));
    model.setEndpoints(list);

    QVERIFY(reset.count() + inserted.count() > 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(idsOf(model), words("a b c d"));
    QCOMPARE(model.endpoints(), list);
    for (int r = 0; r < 4; ++r) {
        QCOMPARE(model.index(r, EndpointTableModel::Url).data().toString(), list.at(r).url);
        QCOMPARE(model.endpointAt(r), list.at(r));
    }
    // A table: no children anywhere.
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    QVERIFY(!model.index(4, 0).isValid());
    QVERIFY(!model.index(0, EndpointTableModel::ColumnCount).isValid());
}

void TestEndpointTableModel::refreshInPlace_data()
{
    QTest::addColumn<Feed>("how");
    for (Feed how : {Feed::Plain, Feed::Prepared, Feed::PreparedThenChanged})
        QTest::addRow("%s", feedName(how)) << how;
}

void TestEndpointTableModel::refreshInPlace()
{
    QFETCH(Feed, how);
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(makeList(words("a b c d e")));
    auto tester = attachTester(&model);

    QList<WebhookEndpoint> next = makeList(words("a b c d e"));
    next[1].description = s("renamed");
    next[3] = make(s("d"), State::Failing, 7);
    next[4].url = s("https://elsewhere.example.org/e");

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    feed(model, next, how);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(model.endpoints(), next);
    QCOMPARE(model.index(1, EndpointTableModel::Description).data().toString(), s("renamed"));
    QCOMPARE(model.index(3, EndpointTableModel::Status).data().toString(), s("Failing 7/20"));
    QCOMPARE(model.index(4, EndpointTableModel::Url).data().toString(), s("https://elsewhere.example.org/e"));
}

void TestEndpointTableModel::refreshAddsAndRemoves_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<Feed>("how");
    const auto newRow = [](const char *name, const QStringList &before, const QStringList &after) {
        for (Feed how : {Feed::Plain, Feed::Prepared, Feed::PreparedThenChanged})
            QTest::addRow("%s, %s", name, feedName(how)) << before << after << how;
    };

    newRow("insert at front", words("a b c d"), words("x a b c d"));
    newRow("insert in middle", words("a b c d"), words("a b x y c d"));
    newRow("append", words("a b c d"), words("a b c d x"));
    newRow("remove first", words("a b c d"), words("b c d"));
    newRow("remove middle run", words("a b c d e f"), words("a b e f"));
    newRow("remove last", words("a b c d"), words("a b c"));
    newRow("insert and remove", words("a b c d e f"), words("x a c y d f z"));
    newRow("replace half", words("a b c d"), words("a x b y"));
    newRow("replace all", words("a b c"), words("x y z w"));
    newRow("to empty", words("a b c"), QStringList());

    QStringList many;
    QStringList manyPlus;
    for (int i = 0; i < 40; ++i)
        many << QStringLiteral("m%1").arg(i, 3, 10, QLatin1Char('0'));
    for (int i = 0; i < 300; ++i)
        manyPlus << QStringLiteral("n%1").arg(i, 3, 10, QLatin1Char('0'));
    manyPlus = many.mid(0, 20) + manyPlus + many.mid(20);
    newRow("300 inserted", many, manyPlus);
    newRow("300 removed", manyPlus, many);
}

void TestEndpointTableModel::refreshAddsAndRemoves()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(Feed, how);

    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(makeList(before));
    auto tester = attachTester(&model);

    // Surviving rows change too: the refresh must bring every row up to date.
    QList<WebhookEndpoint> next = makeList(after);
    for (int i = 0; i < next.size(); i += 2)
        next[i] = make(next.at(i).id, State::Failing, 2 + i % 17);

    feed(model, next, how);

    QCOMPARE(model.rowCount(), int(next.size()));
    QCOMPARE(idsOf(model), after);
    QCOMPARE(model.endpoints(), next);
    for (int r = 0; r < next.size(); ++r) {
        QCOMPARE(model.index(r, EndpointTableModel::Status).data().toString(), EndpointStatus::text(next.at(r)));
        QCOMPARE(model.index(r, EndpointTableModel::Url).data().toString(), next.at(r).url);
        QCOMPARE(model.rowOfId(next.at(r).id), r);
    }
    for (const QString &id : before) {
        if (!after.contains(id))
            QCOMPARE(model.rowOfId(id), -1);
    }
    QCOMPARE(describe(model.counts()), describe(countsOf(next)));
}

void TestEndpointTableModel::refreshReorders()
{
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(makeList(words("a b c d e")));
    auto tester = attachTester(&model);
    const QPersistentModelIndex b(model.index(1, EndpointTableModel::Url));

    QList<WebhookEndpoint> next = makeList(words("e d c b a"));
    next[0] = make(s("e"), State::Disabled);
    model.setEndpoints(next);

    QCOMPARE(idsOf(model), words("e d c b a"));
    QCOMPARE(model.endpoints(), next);
    QCOMPARE(model.index(0, EndpointTableModel::Status).data().toString(), s("Disabled 1 h ago"));
    for (int r = 0; r < next.size(); ++r)
        QCOMPARE(model.rowOfId(next.at(r).id), r);
    // A reorder may reset the model, but a persistent index must never point at another endpoint.
    if (b.isValid())
        QCOMPARE(b.data(EndpointTableModel::EndpointIdRole).toString(), s("b"));
    QCOMPARE(describe(model.counts()), describe(countsOf(next)));
}

void TestEndpointTableModel::updateEndpointExistingId()
{
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(makeList(words("a b c")));
    auto tester = attachTester(&model);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    WebhookEndpoint b = make(s("b"), State::Failing, 4);
    b.description = s("saved");
    QCOMPARE(model.updateEndpoint(b), 1);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() > 0);
    for (const Rect &r : rectsOf(changed)) {
        QCOMPARE(r.top, 1);
        QCOMPARE(r.bottom, 1);
    }
    const QList<Rect> rects = rectsOf(changed);
    QVERIFY(covered(rects, 1, EndpointTableModel::Status));
    QVERIFY(covered(rects, 1, EndpointTableModel::Description));
    QVERIFY(covered(rects, 1, EndpointTableModel::Failures));
    QCOMPARE(model.endpointAt(1), b);
    QCOMPARE(model.index(1, EndpointTableModel::Status).data().toString(), s("Failing 4/20"));
    QCOMPARE(model.index(1, EndpointTableModel::Description).data().toString(), s("saved"));

    // The same answer again changes nothing.
    changed.clear();
    QCOMPARE(model.updateEndpoint(b), 1);
    QCOMPARE(changed.count(), 0);
}

void TestEndpointTableModel::updateEndpointNewId()
{
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(makeList(words("a b c")));
    auto tester = attachTester(&model);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const WebhookEndpoint n = make(s("n"), State::NeverVerified);
    QCOMPARE(model.updateEndpoint(n), 3);

    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(idsOf(model), words("a b c n"));
    QCOMPARE(model.endpointAt(3), n);
    QCOMPARE(model.rowOfId(s("n")), 3);
    QCOMPARE(model.index(3, EndpointTableModel::Status).data().toString(), s("Never verified"));

    // Into an empty model, too.
    EndpointTableModel empty;
    auto emptyTester = attachTester(&empty);
    QCOMPARE(empty.updateEndpoint(n), 0);
    QCOMPARE(idsOf(empty), words("n"));
}

void TestEndpointTableModel::removeEndpoint()
{
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(makeList(words("a b c d")));
    auto tester = attachTester(&model);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model.removeEndpoint(s("b")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(idsOf(model), words("a c d"));
    QCOMPARE(model.rowOfId(s("b")), -1);
    QCOMPARE(model.rowOfId(s("d")), 2);

    removed.clear();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(!model.removeEndpoint(s("b")));
    QVERIFY(!model.removeEndpoint(s("nope")));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(idsOf(model), words("a c d"));

    QVERIFY(model.removeEndpoint(s("d")));
    QVERIFY(model.removeEndpoint(s("a")));
    QVERIFY(model.removeEndpoint(s("c")));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.counts().total, 0);
}

void TestEndpointTableModel::clear()
{
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints({make(s("a")), make(s("b"), State::Failing), make(s("c"), State::Disabled)});
    auto tester = attachTester(&model);

    QSignalSpy counts(&model, &EndpointTableModel::countsChanged);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.endpoints().isEmpty());
    QCOMPARE(model.rowOfId(s("a")), -1);
    QCOMPARE(describe(model.counts()), describe(EndpointTableModel::Counts()));
    QCOMPARE(counts.count(), 1);

    // Usable again after a clear, and a second clear is harmless.
    model.setEndpoints(makeList(words("x y")));
    QCOMPARE(idsOf(model), words("x y"));
    model.clear();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// ---- cells --------------------------------------------------------------------------------

void TestEndpointTableModel::statusText_data()
{
    QTest::addColumn<WebhookEndpoint>("endpoint");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("state");

    QTest::newRow("healthy") << make(s("h"), State::Healthy) << s("Healthy") << int(State::Healthy);
    WebhookEndpoint successOnly = make(s("h2"), State::Healthy);
    successOnly.verifiedAt = QDateTime();
    QTest::newRow("healthy, success but never pinged") << successOnly << s("Healthy") << int(State::Healthy);
    QTest::newRow("failing 7") << make(s("f"), State::Failing, 7) << s("Failing 7/20") << int(State::Failing);
    QTest::newRow("failing 1") << make(s("f"), State::Failing, 1) << s("Failing 1/20") << int(State::Failing);
    QTest::newRow("failing 20, not yet off") << make(s("f"), State::Failing, 20) << s("Failing 20/20")
                                             << int(State::Failing);
    // Since when, at a glance (make() disables it an hour before baseNow()).
    QTest::newRow("disabled") << make(s("d"), State::Disabled) << s("Disabled 1 h ago") << int(State::Disabled);
    WebhookEndpoint longOff = make(s("d2"), State::Disabled);
    longOff.disabledAt = baseNow().addDays(-3);
    QTest::newRow("disabled 3 days ago") << longOff << s("Disabled 3 days ago") << int(State::Disabled);
    // Switched on again (the server reset the counter): no "Healthy" until something is delivered.
    WebhookEndpoint reactivated = make(s("r"), State::Disabled);
    reactivated.isActive = true;
    reactivated.disabledAt = QDateTime();
    reactivated.consecutiveFailures = 0;
    QTest::newRow("re-activated") << reactivated << s("Re-activated, awaiting delivery") << int(State::Healthy);
    WebhookEndpoint deliveredSince = reactivated;
    deliveredSince.lastSuccessAt = baseNow().addSecs(-60);
    QTest::newRow("re-activated, delivered since") << deliveredSince << s("Healthy") << int(State::Healthy);
    QTest::newRow("inactive") << make(s("i"), State::Inactive) << s("Inactive") << int(State::Inactive);
    WebhookEndpoint offWhileFailing = make(s("i2"), State::Inactive);
    offWhileFailing.consecutiveFailures = 5;
    QTest::newRow("inactive with failures") << offWhileFailing << s("Inactive") << int(State::Inactive);
    QTest::newRow("never verified") << make(s("n"), State::NeverVerified) << s("Never verified")
                                    << int(State::NeverVerified);
}

void TestEndpointTableModel::statusText()
{
    QFETCH(WebhookEndpoint, endpoint);
    QFETCH(QString, text);
    QFETCH(int, state);
    QCOMPARE(int(endpoint.state()), state); // the fixture is what it claims to be

    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints({make(s("first")), endpoint});
    const QModelIndex status = model.index(1, EndpointTableModel::Status);
    QCOMPARE(status.data(Qt::DisplayRole).toString(), text);
    QCOMPARE(status.data(EndpointTableModel::StateRole).toInt(), state);
    // StateRole and the id are the same in every column of the row.
    for (int c = 0; c < EndpointTableModel::ColumnCount; ++c) {
        QCOMPARE(model.index(1, c).data(EndpointTableModel::StateRole).toInt(), state);
        QCOMPARE(model.index(1, c).data(EndpointTableModel::EndpointIdRole).toString(), endpoint.id);
    }
    const QString tip = status.data(Qt::ToolTipRole).toString();
    QVERIFY(!tip.isEmpty());
    QVERIFY(tip != text);
    if (state == int(State::Failing))
        QVERIFY2(tip.contains(QString::number(endpoint.consecutiveFailures)), qPrintable(tip));
    QCOMPARE(model.index(1, EndpointTableModel::Failures).data().toInt(), endpoint.consecutiveFailures);
    QCOMPARE(model.index(1, EndpointTableModel::Active).data().toString(), endpoint.isActive ? s("Yes") : s("No"));
}

void TestEndpointTableModel::statusIconPerState()
{
    const QList<State> states{State::Healthy, State::Failing, State::Disabled, State::Inactive, State::NeverVerified};
    QList<WebhookEndpoint> list;
    for (State st : states)
        list << make(QStringLiteral("s%1").arg(int(st)), st);

    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);

    QList<QImage> images;
    for (int r = 0; r < list.size(); ++r) {
        const QVariant v = model.index(r, EndpointTableModel::Status).data(Qt::DecorationRole);
        QVERIFY2(v.isValid(), qPrintable(idsOf(model).at(r)));
        const auto icon = v.value<QIcon>();
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(16, 16).toImage();
        QVERIFY(!image.isNull());
        images << image.convertToFormat(QImage::Format_ARGB32);
    }
    // Each state has its own icon: the shape/colour says it, not only the text.
    for (int i = 0; i < images.size(); ++i) {
        for (int j = i + 1; j < images.size(); ++j)
            QVERIFY2(images.at(i) != images.at(j), qPrintable(QStringLiteral("states %1 and %2").arg(i).arg(j)));
    }
    // Only the Status column carries the icon.
    QVERIFY(!model.index(0, EndpointTableModel::Url).data(Qt::DecorationRole).isValid());
}

void TestEndpointTableModel::backgroundTint_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("tinted");
    QTest::newRow("healthy") << int(State::Healthy) << false;
    QTest::newRow("failing") << int(State::Failing) << true;
    QTest::newRow("disabled") << int(State::Disabled) << true;
    QTest::newRow("inactive") << int(State::Inactive) << true;
    QTest::newRow("never verified") << int(State::NeverVerified) << true;
}

void TestEndpointTableModel::backgroundTint()
{
    QFETCH(int, state);
    QFETCH(bool, tinted);

    EndpointTableModel model;
    model.setEndpoints({endpointInState(state, 7)});
    const QBrush brush = backgroundOf(model, 0);
    if (tinted) {
        QVERIFY(brush.style() != Qt::NoBrush);
        // Translucent, so that it reads on light and dark palettes alike.
        QVERIFY2(brush.color().alpha() > 0 && brush.color().alpha() < 255,
                 qPrintable(brush.color().name(QColor::HexArgb)));
    } else {
        QVERIFY(brush.style() == Qt::NoBrush || brush.color().alpha() == 0);
    }
    // A row tint: the same in every column.
    for (int c = 0; c < EndpointTableModel::ColumnCount; ++c)
        QCOMPARE(backgroundOf(model, 0, c), brush);
}

void TestEndpointTableModel::backgroundTintsDiffer()
{
    EndpointTableModel model;
    model.setEndpoints({make(s("h"), State::Healthy), make(s("f"), State::Failing, 7), make(s("d"), State::Disabled),
                        make(s("i"), State::Inactive)});
    auto key = [&model](int row) {
        const QBrush b = backgroundOf(model, row);
        return b.style() == Qt::NoBrush ? s("none") : b.color().name(QColor::HexArgb);
    };
    const QString healthy = key(0), failing = key(1), disabled = key(2), inactive = key(3);
    QVERIFY(failing != healthy);
    QVERIFY(disabled != healthy);
    QVERIFY(failing != disabled);
    QVERIFY(inactive != disabled);
    QVERIFY(inactive != failing);
}

void TestEndpointTableModel::severity_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("failures");
    QTest::addColumn<double>("severity");

    QTest::newRow("healthy") << int(State::Healthy) << 0 << 0.0;
    QTest::newRow("inactive") << int(State::Inactive) << 0 << 0.0;
    QTest::newRow("never verified") << int(State::NeverVerified) << 0 << 0.0;
    QTest::newRow("failing 1") << int(State::Failing) << 1 << 0.05;
    QTest::newRow("failing 7") << int(State::Failing) << 7 << 0.35;
    QTest::newRow("failing 19") << int(State::Failing) << 19 << 0.95;
    QTest::newRow("failing 20") << int(State::Failing) << 20 << 1.0;
    QTest::newRow("failing 35 (clamped)") << int(State::Failing) << 35 << 1.0;
    QTest::newRow("disabled") << int(State::Disabled) << 20 << 1.0;
    QTest::newRow("disabled, few failures") << int(State::Disabled) << 3 << 1.0;
}

void TestEndpointTableModel::severity()
{
    QFETCH(int, state);
    QFETCH(int, failures);
    QFETCH(double, severity);

    WebhookEndpoint e = endpointInState(state, failures);
    e.consecutiveFailures = failures;
    QCOMPARE(int(e.state()), state);
    EndpointTableModel model;
    model.setEndpoints({e});
    const QVariant v = model.index(0, EndpointTableModel::Failures).data(EndpointTableModel::SeverityRole);
    QVERIFY(v.isValid());
    QCOMPARE(v.toDouble(), severity);
}

void TestEndpointTableModel::severityGrowsWithFailures()
{
    QList<WebhookEndpoint> list;
    for (int f = 1; f <= WebhookEndpoint::AutoDisableThreshold; ++f)
        list << make(QStringLiteral("f%1").arg(f), State::Failing, f);
    list << make(s("healthy"), State::Healthy);
    EndpointTableModel model;
    model.setEndpoints(list);

    double previous = model.index(model.rowOfId(s("healthy")), 0).data(EndpointTableModel::SeverityRole).toDouble();
    QCOMPARE(previous, 0.0);
    for (int f = 1; f <= WebhookEndpoint::AutoDisableThreshold; ++f) {
        const double now =
            model.index(model.rowOfId(QStringLiteral("f%1").arg(f)), 0).data(EndpointTableModel::SeverityRole).toDouble();
        QVERIFY2(now > previous, qPrintable(QStringLiteral("%1 failures: %2 after %3").arg(f).arg(now).arg(previous)));
        QVERIFY(now <= 1.0);
        previous = now;
    }
    QCOMPARE(previous, 1.0);
}

void TestEndpointTableModel::relativeTimes_data()
{
    QTest::addColumn<qint64>("offsetSecs"); // when = now + offset
    QTest::addColumn<QString>("text");

    QTest::newRow("same instant") << qint64(0) << s("just now");
    QTest::newRow("59 s ago") << qint64(-59) << s("just now");
    QTest::newRow("30 s ahead (clock skew)") << qint64(30) << s("just now");
    QTest::newRow("1 min ago") << qint64(-60) << s("1 min ago");
    QTest::newRow("3 min ago") << qint64(-180) << s("3 min ago");
    QTest::newRow("3 min 59 s ago") << qint64(-239) << s("3 min ago");
    QTest::newRow("59 min ago") << qint64(-59 * 60) << s("59 min ago");
    QTest::newRow("1 h ago") << qint64(-3600) << s("1 h ago");
    QTest::newRow("23 h ago") << qint64(-23 * 3600) << s("23 h ago");
    QTest::newRow("24 h ago") << qint64(-86400) << s("yesterday");
    QTest::newRow("5 days ago") << qint64(-5 * 86400) << s("5 days ago");
    QTest::newRow("30 days ago") << qint64(-30 * 86400) << s("30 days ago");
    // Beyond 30 days: the date in the locale's short format, in the operator's time zone.
    const auto shortDate
        = [](const QDateTime &t) { return QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat); };
    QTest::newRow("45 days ago") << qint64(-45 * 86400) << shortDate(baseNow().addDays(-45));
    QTest::newRow("400 days ago") << qint64(-400 * 86400) << shortDate(baseNow().addDays(-400));
}

void TestEndpointTableModel::relativeTimes()
{
    QFETCH(qint64, offsetSecs);
    QFETCH(QString, text);

    WebhookEndpoint e = make(s("t"), State::Healthy);
    e.lastSuccessAt = baseNow().addSecs(offsetSecs);
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints({e});
    QCOMPARE(model.now(), baseNow());
    QCOMPARE(model.index(0, EndpointTableModel::LastSuccess).data().toString(), text);
    if (offsetSecs <= -31 * 86400) { // a date: no "ago" in it, and the year
        const int year = baseNow().addSecs(offsetSecs).date().year();
        QVERIFY(!text.contains(s("ago")) && text.contains(QString::number(year % 100)));
    }
}

void TestEndpointTableModel::timeColumnsReadTheirOwnField()
{
    WebhookEndpoint e = make(s("t"), State::Disabled);
    e.lastSuccessAt = baseNow().addDays(-5);
    e.lastFailureAt = baseNow().addSecs(-180);
    e.disabledAt = baseNow().addSecs(-2 * 3600);
    e.updatedAt = baseNow().addDays(-1);
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints({e});
    QCOMPARE(model.index(0, EndpointTableModel::LastSuccess).data().toString(), s("5 days ago"));
    QCOMPARE(model.index(0, EndpointTableModel::LastFailure).data().toString(), s("3 min ago"));
    QCOMPARE(model.index(0, EndpointTableModel::DisabledAt).data().toString(), s("2 h ago"));
    QCOMPARE(model.index(0, EndpointTableModel::Updated).data().toString(), s("yesterday"));
    for (int c = 0; c < EndpointTableModel::ColumnCount; ++c) {
        const bool time = c == EndpointTableModel::LastSuccess || c == EndpointTableModel::LastFailure
            || c == EndpointTableModel::DisabledAt || c == EndpointTableModel::Updated;
        QCOMPARE(EndpointTableModel::isTimeColumn(c), time);
    }
}

void TestEndpointTableModel::timeToolTipsGiveTheExactTime()
{
    WebhookEndpoint e = make(s("t"), State::Failing);
    e.lastFailureAt = baseNow().addSecs(-180);     // 09:57:00 UTC
    e.lastSuccessAt = utc(2025, 11, 1, 23, 30, 5); // beyond 30 days
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints({e});

    // Local time in the locale's short date and long time format, seconds and zone included:
    // in a British locale "15/01/2026 10:57:00 CET" for a Berlin clock.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto british = [](const QDateTime &t) {
        const QDateTime local = t.toLocalTime();
        return local.toString(s("dd/MM/yyyy HH:mm:ss ")) + local.timeZoneAbbreviation();
    };
    const QString failureTip = model.index(0, EndpointTableModel::LastFailure).data(Qt::ToolTipRole).toString();
    const QString successTip = model.index(0, EndpointTableModel::LastSuccess).data(Qt::ToolTipRole).toString();
    const QString successCell = model.index(0, EndpointTableModel::LastSuccess).data().toString();
    QLocale::setDefault(QLocale::system());
    QCOMPARE(failureTip, british(e.lastFailureAt));
    QCOMPARE(successTip, british(e.lastSuccessAt));
    // Beyond the relative days the cell shows the date, in the locale's short format too.
    QCOMPARE(successCell, e.lastSuccessAt.toLocalTime().date().toString(s("dd/MM/yyyy")));
}

void TestEndpointTableModel::nullTimes()
{
    WebhookEndpoint e = make(s("n"), State::NeverVerified);
    e.updatedAt = QDateTime();
    QVERIFY(!e.lastSuccessAt.isValid() && !e.lastFailureAt.isValid() && !e.disabledAt.isValid());
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints({e});
    const QString dash(QChar(0x2014));
    for (int c : {EndpointTableModel::LastSuccess, EndpointTableModel::LastFailure, EndpointTableModel::DisabledAt,
                  EndpointTableModel::Updated}) {
        const QModelIndex i = model.index(0, c);
        QCOMPARE(i.data().toString(), dash);
        const QString tip = i.data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.isEmpty(), qPrintable(QString::number(c)));
        QVERIFY2(!tip.contains(s("UTC")), qPrintable(tip));
    }
    // Sorting puts null times lowest.
    WebhookEndpoint dated = make(s("d"), State::Healthy);
    model.setEndpoints({e, dated});
    QVERIFY(model.sortKey(0, EndpointTableModel::LastSuccess) < model.sortKey(1, EndpointTableModel::LastSuccess));
}

void TestEndpointTableModel::injectedClock()
{
    QDateTime clockTime = baseNow();
    EndpointTableModel model;
    model.setClock([&clockTime] { return clockTime; });
    QCOMPARE(model.now(), baseNow());

    WebhookEndpoint e = make(s("c"), State::Failing);
    e.lastFailureAt = baseNow().addSecs(-30);
    model.setEndpoints({e}); // reads the clock on the first load
    const QModelIndex cell = model.index(0, EndpointTableModel::LastFailure);
    QCOMPARE(cell.data().toString(), s("just now"));

    clockTime = baseNow().addSecs(3 * 60);
    QCOMPARE(cell.data().toString(), s("just now")); // until asked to look again
    model.refreshRelativeTimes();
    QCOMPARE(model.now(), clockTime);
    QCOMPARE(cell.data().toString(), s("3 min ago"));

    clockTime = e.lastFailureAt.addDays(1); // whole days apart: "yesterday" in every time zone
    model.refreshRelativeTimes();
    QCOMPARE(cell.data().toString(), s("yesterday"));

    model.setNow(baseNow().addSecs(2 * 3600));
    QCOMPARE(model.now(), baseNow().addSecs(2 * 3600));
    QCOMPARE(cell.data().toString(), s("2 h ago"));
}

void TestEndpointTableModel::eventsColumn_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<QString>("text");

    QTest::newRow("none") << 0 << QStringList() << QString(QChar(0x2014));
    QTest::newRow("created") << int(EventType::UploadCreated) << QStringList() << s("created");
    QTest::newRow("completed, failed") << int(EventType::UploadCompleted | EventType::UploadFailed) << QStringList()
                                       << s("completed, failed");
    QTest::newRow("all three") << int(EventType::UploadCreated | EventType::UploadCompleted | EventType::UploadFailed)
                               << QStringList() << s("created, completed, failed");
    QTest::newRow("known and unknown") << int(EventType::UploadCompleted) << QStringList{s("upload.archived")}
                                       << s("completed, upload.archived");
    QTest::newRow("unknown only") << 0 << QStringList{s("upload.archived"), s("upload.deleted")}
                                  << s("upload.archived, upload.deleted");
}

void TestEndpointTableModel::eventsColumn()
{
    QFETCH(int, events);
    QFETCH(QStringList, unknown);
    QFETCH(QString, text);

    WebhookEndpoint e = make(s("e"));
    e.events = EventTypes::fromInt(events);
    e.unknownEvents = unknown;
    EndpointTableModel model;
    model.setEndpoints({e});
    const QModelIndex cell = model.index(0, EndpointTableModel::Events);
    QCOMPARE(cell.data().toString(), text);

    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY(!tip.isEmpty());
    for (EventType type : EventTypeNames::all()) {
        QCOMPARE(tip.contains(EventTypeNames::toWire(type)), e.events.testFlag(type));
        if (e.events.testFlag(type))
            QVERIFY2(tip.contains(EventTypeNames::label(type)), qPrintable(tip));
    }
    for (const QString &name : unknown)
        QVERIFY2(tip.contains(name), qPrintable(tip));
}

// ---- bookkeeping ----------------------------------------------------------------------------

void TestEndpointTableModel::countsFollowEveryChange()
{
    QList<WebhookEndpoint> list{
        make(s("h1"), State::Healthy),  make(s("h2"), State::Healthy),  make(s("f1"), State::Failing, 1),
        make(s("f2"), State::Failing, 7), make(s("f3"), State::Failing, 19), make(s("d1"), State::Disabled),
        make(s("i1"), State::Inactive), make(s("i2"), State::Inactive), make(s("n1"), State::NeverVerified),
    };
    EndpointTableModel model;
    model.setNow(baseNow());
    QSignalSpy spy(&model, &EndpointTableModel::countsChanged);
    model.setEndpoints(list);
    QVERIFY(spy.count() > 0);
    EndpointTableModel::Counts expected;
    expected.total = 9;
    expected.healthy = 2;
    expected.failing = 3;
    expected.disabled = 1;
    expected.inactive = 2;
    expected.neverVerified = 1;
    QCOMPARE(describe(model.counts()), describe(expected));

    auto check = [&](const char *step, bool countsMoved) {
        QVERIFY2(idsOf(model) == idsOf(list), step);
        QVERIFY2(describe(model.counts()) == describe(countsOf(list)),
                 qPrintable(s(step) + s(": ") + describe(model.counts()) + s(" != ") + describe(countsOf(list))));
        // countsChanged exactly when the numbers moved.
        QVERIFY2((spy.count() > 0) == countsMoved, step);
        spy.clear();
    };

    spy.clear();
    list[0] = make(s("h1"), State::Failing, 2);
    model.updateEndpoint(list[0]);
    RETURN_IF_FAILED(check("healthy -> failing", true));

    list[3] = make(s("f2"), State::Failing, 8); // still failing: counts unchanged
    model.updateEndpoint(list[3]);
    RETURN_IF_FAILED(check("failing 7 -> 8", false));

    list << make(s("d2"), State::Disabled);
    model.updateEndpoint(list.last());
    RETURN_IF_FAILED(check("new disabled", true));

    model.removeEndpoint(s("f1"));
    list.removeAt(2);
    RETURN_IF_FAILED(check("remove failing", true));

    list[1] = make(s("h2"), State::Inactive);
    list[5] = make(s("i1"), State::Failing, 4);
    model.setEndpoints(list);
    RETURN_IF_FAILED(check("in-place refresh", true));

    list.removeAt(0);
    list.insert(2, make(s("x1"), State::NeverVerified));
    list << make(s("x2"), State::Failing, 3);
    model.setEndpoints(list);
    RETURN_IF_FAILED(check("refresh with rows added and removed", true));

    std::reverse(list.begin(), list.end());
    list[0] = make(list.at(0).id, State::Disabled);
    model.setEndpoints(list);
    RETURN_IF_FAILED(check("reordering refresh", true));

    list.clear();
    model.clear();
    RETURN_IF_FAILED(check("clear", true));
}

void TestEndpointTableModel::persistentIndexesFollowTheirEndpoint()
{
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(makeList(words("a b c d e")));
    auto tester = attachTester(&model);

    QItemSelectionModel selection(&model);
    selection.select(model.index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(model.index(3, EndpointTableModel::Url), QItemSelectionModel::NoUpdate);
    const QPersistentModelIndex d(model.index(3, EndpointTableModel::Url));
    const QPersistentModelIndex e(model.index(4, EndpointTableModel::Failures));
    const QPersistentModelIndex b(model.index(1, EndpointTableModel::Description));

    // Rows appear before d and e, b goes away, and d changes.
    QList<WebhookEndpoint> next = makeList(words("x a y c d z e"));
    next[4] = make(s("d"), State::Failing, 9);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEndpoints(next);
    QCOMPARE(reset.count(), 0);

    QVERIFY(d.isValid());
    QCOMPARE(d.row(), 4);
    QCOMPARE(d.column(), int(EndpointTableModel::Url));
    QCOMPARE(d.data(EndpointTableModel::EndpointIdRole).toString(), s("d"));
    QCOMPARE(model.index(d.row(), EndpointTableModel::Status).data().toString(), s("Failing 9/20"));
    QVERIFY(e.isValid());
    QCOMPARE(e.row(), 6);
    QCOMPARE(e.data(EndpointTableModel::EndpointIdRole).toString(), s("e"));
    QVERIFY(!b.isValid());

    // The selection and the current cell (and so the view's scroll anchor) moved with d.
    const QModelIndexList rows = selection.selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().row(), 4);
    QCOMPARE(rows.first().data(EndpointTableModel::EndpointIdRole).toString(), s("d"));
    QCOMPARE(selection.currentIndex().row(), 4);
    QCOMPARE(selection.currentIndex().column(), int(EndpointTableModel::Url));

    // An in-place refresh keeps them where they are.
    next[4] = make(s("d"), State::Healthy);
    model.setEndpoints(next);
    QCOMPARE(d.row(), 4);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().row(), 4);
}

void TestEndpointTableModel::rowOfId()
{
    EndpointTableModel model;
    QCOMPARE(model.rowOfId(s("a")), -1);
    model.setEndpoints(makeList(words("a b c d")));
    QCOMPARE(model.rowOfId(s("a")), 0);
    QCOMPARE(model.rowOfId(s("d")), 3);
    QCOMPARE(model.rowOfId(s("A")), -1); // ids are exact
    QCOMPARE(model.rowOfId(QString()), -1);
    QCOMPARE(model.rowOfId(s("nope")), -1);

    model.setEndpoints(makeList(words("a x b c d")));
    QCOMPARE(model.rowOfId(s("b")), 2);
    QCOMPARE(model.rowOfId(s("x")), 1);
    QCOMPARE(model.rowOfId(s("d")), 4);

    QVERIFY(model.removeEndpoint(s("a")));
    QCOMPARE(model.rowOfId(s("a")), -1);
    QCOMPARE(model.rowOfId(s("x")), 0);
    QCOMPARE(model.rowOfId(s("d")), 3);

    QCOMPARE(model.updateEndpoint(make(s("n"))), 4);
    QCOMPARE(model.rowOfId(s("n")), 4);
    QCOMPARE(model.rowOfId(s("x")), 0);

    model.setEndpoints(makeList(words("d c b x n")));
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.rowOfId(model.endpointAt(r).id), r);

    model.clear();
    QCOMPARE(model.rowOfId(s("d")), -1);
}

// ---- signals --------------------------------------------------------------------------------

namespace {
enum Change {
    ChangeDescription,
    ChangeFailures,
    ChangeUrl,
    ChangeUpdated,
    ChangeDisable,
    ChangeOrganizationOnly,
    ChangeEvents,
    ChangeNullDescription
};
}

void TestEndpointTableModel::dataChangedOnlyForChangedRows_data()
{
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<int>("change");

    QTest::newRow("nothing") << QList<int>() << int(ChangeDescription);
    QTest::newRow("one description") << QList<int>{2} << int(ChangeDescription);
    QTest::newRow("two failure counts") << QList<int>{1, 6} << int(ChangeFailures);
    QTest::newRow("adjacent urls") << QList<int>{3, 4} << int(ChangeUrl);
    QTest::newRow("first and last updated") << QList<int>{0, 9} << int(ChangeUpdated);
    QTest::newRow("disabled by the server") << QList<int>{5} << int(ChangeDisable);
    QTest::newRow("events") << QList<int>{7} << int(ChangeEvents);
    QTest::newRow("description to null") << QList<int>{8} << int(ChangeNullDescription);
    QTest::newRow("invisible field") << QList<int>{4} << int(ChangeOrganizationOnly);
    QTest::newRow("sixteen rows") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 14, 16, 18, 19}
                                  << int(ChangeFailures);
}

void TestEndpointTableModel::dataChangedOnlyForChangedRows()
{
    QFETCH(QList<int>, rows);
    QFETCH(int, change);

    QStringList ids;
    for (int i = 0; i < 20; ++i)
        ids << QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0'));
    QList<WebhookEndpoint> list = makeList(ids);
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    auto tester = attachTester(&model);
    const QList<QStringList> before = cellTexts(model);

    for (int r : rows) {
        WebhookEndpoint &e = list[r];
        switch (Change(change)) {
        case ChangeDescription: e.description += s(" (edited)"); break;
        case ChangeFailures: e = make(e.id, State::Failing, 3 + r); break;
        case ChangeUrl: e.url += s("/v2"); break;
        case ChangeUpdated: e.updatedAt = baseNow().addSecs(-120); break;
        case ChangeDisable: e = make(e.id, State::Disabled); break;
        case ChangeOrganizationOnly: e.organizationId = s("other-org"); break;
        case ChangeEvents: e.events = EventType::UploadCreated; break;
        case ChangeNullDescription: e.description = QString(); break;
        }
    }

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.setEndpoints(list);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(model.endpoints(), list);

    const QList<Rect> rects = rectsOf(changed);
    if (rows.isEmpty())
        QCOMPARE(changed.count(), 0);
    // No unchanged row is announced...
    const QSet<int> changedRows(rows.cbegin(), rows.cend());
    for (const Rect &rect : rects) {
        QVERIFY(rect.top <= rect.bottom && rect.left <= rect.right);
        for (int r = rect.top; r <= rect.bottom; ++r)
            QVERIFY2(changedRows.contains(r), qPrintable(QStringLiteral("row %1 announced but unchanged").arg(r)));
    }
    // ... and every cell that now reads differently is.
    const QList<QStringList> after = cellTexts(model);
    for (int r = 0; r < after.size(); ++r) {
        for (int c = 0; c < EndpointTableModel::ColumnCount; ++c) {
            if (before.at(r).at(c) != after.at(r).at(c))
                QVERIFY2(covered(rects, r, c), qPrintable(QStringLiteral("cell %1,%2 changed silently").arg(r).arg(c)));
        }
    }
    // Every row with a visible change is announced (an invisible one may or may not be).
    if (change != ChangeOrganizationOnly) {
        for (int r : rows) {
            bool announced = false;
            for (const Rect &rect : rects)
                announced = announced || (r >= rect.top && r <= rect.bottom);
            QVERIFY2(announced, qPrintable(QStringLiteral("row %1 changed but not announced").arg(r)));
        }
    }
}

void TestEndpointTableModel::manyChangedRowsAreAllCovered()
{
    // Many changes may be announced as one range (a proxy handles that in one pass),
    // but still every changed cell must be inside it, and no structure change happens.
    QStringList ids;
    for (int i = 0; i < 60; ++i)
        ids << QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0'));
    QList<WebhookEndpoint> list = makeList(ids);
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    auto tester = attachTester(&model);
    const QList<QStringList> before = cellTexts(model);

    for (int r = 5; r < 55; r += 2)
        list[r] = make(list.at(r).id, r % 4 == 1 ? State::Failing : State::Inactive, r % 19 + 1);
    list[7].url = s("https://hooks.example.com/moved");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEndpoints(list);
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() > 0);
    const QList<Rect> rects = rectsOf(changed);
    const QList<QStringList> after = cellTexts(model);
    for (int r = 0; r < after.size(); ++r) {
        for (int c = 0; c < EndpointTableModel::ColumnCount; ++c) {
            if (before.at(r).at(c) != after.at(r).at(c))
                QVERIFY2(covered(rects, r, c), qPrintable(QStringLiteral("cell %1,%2 changed silently").arg(r).arg(c)));
        }
    }
    // Rows outside the first and last change are not announced.
    for (const Rect &rect : rects)
        QVERIFY(rect.top >= 5 && rect.bottom <= 53);
    QCOMPARE(describe(model.counts()), describe(countsOf(list)));
}

void TestEndpointTableModel::rowWideRolesAnnouncedInEveryColumn_data()
{
    QTest::addColumn<bool>("viaUpdateEndpoint"); // else an in-place setEndpoints()
    QTest::addColumn<int>("fromState");
    QTest::addColumn<int>("fromFailures");
    QTest::addColumn<int>("toState");
    QTest::addColumn<int>("toFailures");

    for (bool update : {false, true}) {
        const char *how = update ? "updateEndpoint" : "refresh";
        QTest::addRow("%s: healthy -> failing 4", how)
            << update << int(State::Healthy) << 0 << int(State::Failing) << 4;
        QTest::addRow("%s: failing 3 -> failing 18", how)
            << update << int(State::Failing) << 3 << int(State::Failing) << 18;
        QTest::addRow("%s: healthy -> disabled", how)
            << update << int(State::Healthy) << 0 << int(State::Disabled) << 20;
        QTest::addRow("%s: never verified -> healthy", how)
            << update << int(State::NeverVerified) << 0 << int(State::Healthy) << 0;
        QTest::addRow("%s: healthy -> inactive", how)
            << update << int(State::Healthy) << 0 << int(State::Inactive) << 0;
    }
}

void TestEndpointTableModel::rowWideRolesAnnouncedInEveryColumn()
{
    // BackgroundRole (the row tint), StateRole and SeverityRole are given for every
    // column: when they change, a view must repaint the whole row, so every column of
    // it must be inside a dataChanged range.
    QFETCH(bool, viaUpdateEndpoint);
    QFETCH(int, fromState);
    QFETCH(int, fromFailures);
    QFETCH(int, toState);
    QFETCH(int, toFailures);

    QList<WebhookEndpoint> list = makeList(words("a b c"));
    list[1] = make(s("b"), State(fromState), fromFailures);
    EndpointTableModel model;
    model.setNow(baseNow());
    model.setEndpoints(list);
    auto tester = attachTester(&model);
    const QList<QStringList> before = cellTexts(model, Roles::RowWide);

    WebhookEndpoint changed = make(s("b"), State(toState), toFailures);
    changed.updatedAt = list.at(1).updatedAt;
    list[1] = changed;
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    if (viaUpdateEndpoint)
        model.updateEndpoint(changed);
    else
        model.setEndpoints(list);

    const QList<QStringList> after = cellTexts(model, Roles::RowWide);
    QVERIFY(before.at(1) != after.at(1)); // the fixture does change them
    const QList<Rect> rects = rectsOf(spy);
    QStringList silent;
    for (int c = 0; c < EndpointTableModel::ColumnCount; ++c) {
        if (before.at(1).at(c) != after.at(1).at(c) && !covered(rects, 1, c))
            silent << columnName(c);
    }
    QVERIFY2(silent.isEmpty(),
             qPrintable(s("tint/state/severity changed but not announced in column(s): ") + silent.join(s(", "))));
}

void TestEndpointTableModel::refreshRelativeTimesOnlyTimeColumns()
{
    EndpointTableModel model;
    model.setNow(baseNow());
    {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshRelativeTimes(); // empty: nothing to announce
        QCOMPARE(changed.count(), 0);
    }
    model.setEndpoints(makeList(words("a b c d e f")));
    auto tester = attachTester(&model);

    for (int pass = 0; pass < 2; ++pass) {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        if (pass == 0)
            model.refreshRelativeTimes();
        else
            model.setNow(baseNow().addSecs(600));
        QVERIFY(changed.count() > 0);
        QSet<int> rowsSeen;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const auto topLeft = args.at(0).value<QModelIndex>();
            const auto bottomRight = args.at(1).value<QModelIndex>();
            for (int c = topLeft.column(); c <= bottomRight.column(); ++c)
                QVERIFY2(EndpointTableModel::isTimeColumn(c) || c == EndpointTableModel::Status,
                         qPrintable(QStringLiteral("column %1").arg(c)));
            for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
                rowsSeen.insert(r);
            const auto roles = args.at(2).value<QList<int>>();
            QVERIFY(roles.contains(Qt::DisplayRole));
        }
        const QList<Rect> rects = rectsOf(changed);
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < EndpointTableModel::ColumnCount; ++c) {
                if (EndpointTableModel::isTimeColumn(c))
                    QVERIFY(covered(rects, r, c));
            }
        }
        QCOMPARE(rowsSeen.size(), model.rowCount());
    }
}

QTEST_MAIN(TestEndpointTableModel)
#include "tst_endpointtablemodel.moc"
