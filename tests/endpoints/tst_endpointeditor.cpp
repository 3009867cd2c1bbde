// EndpointEditor without a server: the patch each edit produces, the canSave rules,
// how server errors map to fields and stay beside them, and the save protocol
// (re-read, conflict, overwrite, reload, cancel, the answers to a conflict) against a
// scripted network.
#include "apiclient.h"
#include "endpointeditor.h"
#include "fakenetwork.h"
#include "savefailure.h"
#include "validation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

namespace {

WebhookEndpoint sampleEndpoint()
{
    WebhookEndpoint e;
    e.id = QStringLiteral("6f1c2a52-8a8e-4c53-9d59-0d2f5e0b4a11");
    e.userId = QStringLiteral("0b9a4f8e-2f6b-4f3c-8d4e-6c1b2a3d4e5f");
    e.organizationId = QStringLiteral("a3e2c1b0-9f8e-4d7c-b6a5-4f3e2d1c0b9a");
    e.url = QStringLiteral("https://hooks.example.com/od");
    e.description = QStringLiteral("Production receiver");
    e.events = EventType::UploadCompleted | EventType::UploadFailed;
    e.isActive = true;
    e.consecutiveFailures = 3;
    e.createdAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    e.updatedAt = QDateTime(QDate(2026, 5, 2), QTime(10, 30), Qt::UTC);
    e.verifiedAt = e.createdAt;
    e.lastFailureAt = QDateTime(QDate(2026, 5, 3), QTime(11, 0), Qt::UTC);
    return e;
}

ApiError badRequest(const QString &message)
{
    ApiError e;
    e.kind = ApiError::Kind::BadRequest;
    e.httpStatus = 400;
    e.serverMessage = message;
    return e;
}

QJsonObject bodyOf(const SeenRequest &r) { return QJsonDocument::fromJson(r.body).object(); }

} // namespace

class TestEndpointEditor : public QObject
{
    Q_OBJECT

private slots:
    // A new endpoint (create mode)
    void newEndpointStartsFromTheApiDefaults();
    void newEndpointCreatesOnceWithOnePost();
    void newEndpointFailedPingIsExplainedAtTheUrl();
    void init();

    // Patch contents and validation
    void untouchedEditorHasEmptyPatch();
    void patchHoldsOnlyTheEditedField_data();
    void patchHoldsOnlyTheEditedField();
    void revertingAnEditEmptiesThePatch();
    void clearedNullDescriptionIsNoChange();
    void unknownEventsTravelWithEvents();
    void canSaveRules();
    void descriptionLimitCountsCodePoints();
    void untouchedServerValuesAreNotRejudged();
    void reactivationIsDetected();

    // Error mapping
    void fieldForError_data();
    void fieldForError();
    void pingFailureNeedsAUrlChange();

    // Save protocol against a scripted network
    void saveRereadsThenPatchesOnlyChangedFields();
    void savedCarriesTheServersObject();
    void conflictWhenServerChangedSendsNothing();
    void conflictWhenSwitchedOffMeanwhile();
    void movedCounterAloneIsNoConflict();
    void successfulDeliveryAloneIsNoConflict();
    void fieldIDidNotEditKeepsTheServersValue();
    void overwriteSendsOnlyTheUsersFields();
    void reloadTakesServerValuesAndKeepsEdits();
    void reloadDropsEditsTheServerAlreadyHas();
    void patchErrorsCarryTheirField();
    void pingFailureMapsToUrl();
    void readFailureSendsNoPatch();
    void cancelDuringCheckSendsNothing();
    void cancelDuringPatch();
    void savingSignalsInOrder();
    void saveRefusedWhenNothingToSave();
    void destroyingWhileSavingIsSafe();

    // The server's remarks beside fields, and the answers to a conflict
    void serverRemarkStaysUntilTheFieldIsEdited();
    void pingRemarkGoesToUrl();
    void nextSaveClearsServerRemarks();
    void pendingConflictDescribesTheServersState();
    void resolveConflictOverwriteSends();
    void resolveConflictReloadSaysWhatIsLeft();
    void resolveConflictCancelSendsNothing();
    void resolveWithoutConflictDoesNothing();

private:
    FakeNetwork m_net;
    ApiClient *m_client = nullptr;
};

void TestEndpointEditor::init()
{
    m_net.clear();
    delete m_client;
    m_client = new ApiClient(&m_net, this);
    QVERIFY(m_client->configure(QUrl(QStringLiteral("https://api.optimaldial.test")),
                                QStringLiteral("od_live_EditDialogAAAAAAAAAAAAAAAAAAAAAA")));
}

void TestEndpointEditor::untouchedEditorHasEmptyPatch()
{
    EndpointEditor editor(m_client, sampleEndpoint());
    QVERIFY(editor.patch().isEmpty());
    QVERIFY(!editor.isModified());
    QVERIFY(!editor.canSave());
    QVERIFY(editor.isValid());
    QVERIFY(!editor.isSaving());
    QCOMPARE(editor.stage(), EndpointEditor::Stage::Idle);
}

void TestEndpointEditor::patchHoldsOnlyTheEditedField_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("url") << 0 << QStringList{QStringLiteral("url")};
    QTest::newRow("description") << 1 << QStringList{QStringLiteral("description")};
    QTest::newRow("events") << 2 << QStringList{QStringLiteral("events")};
    QTest::newRow("active") << 3 << QStringList{QStringLiteral("is_active")};
    QTest::newRow("url+active") << 4 << QStringList{QStringLiteral("is_active"), QStringLiteral("url")};
}

void TestEndpointEditor::patchHoldsOnlyTheEditedField()
{
    QFETCH(int, which);
    QFETCH(QStringList, keys);
    EndpointEditor editor(m_client, sampleEndpoint());
    QSignalSpy changed(&editor, &EndpointEditor::changed);
    if (which == 0 || which == 4)
        editor.setUrl(QStringLiteral("https://new.example.com/hook"));
    if (which == 1)
        editor.setDescription(QStringLiteral("Staging \u2013 caf\u00e9 \U0001F680"));
    if (which == 2)
        editor.setEvents(EventType::UploadCreated);
    if (which == 3 || which == 4)
        editor.setActive(false);
    QVERIFY(changed.count() >= 1);

    const WebhookPatch patch = editor.patch();
    const QJsonObject sent = QJsonDocument::fromJson(JsonCodec::encodePatch(patch)).object();
    QStringList sentKeys = sent.keys();
    sentKeys.sort();
    QCOMPARE(sentKeys, keys);
    QVERIFY(editor.canSave());
    if (patch.url)
        QCOMPARE(*patch.url, QStringLiteral("https://new.example.com/hook"));
    if (patch.description)
        QCOMPARE(*patch.description, QStringLiteral("Staging \u2013 caf\u00e9 \U0001F680"));
    if (patch.events)
        QCOMPARE(*patch.events, EventTypes(EventType::UploadCreated));
    if (patch.isActive)
        QCOMPARE(*patch.isActive, false);
    QCOMPARE(editor.changesUrl(), which == 0 || which == 4);
}

void TestEndpointEditor::revertingAnEditEmptiesThePatch()
{
    const WebhookEndpoint e = sampleEndpoint();
    EndpointEditor editor(m_client, e);
    editor.setUrl(QStringLiteral("https://other.example.com/"));
    editor.setDescription(QStringLiteral("x"));
    editor.setEvents(EventType::UploadCreated);
    editor.setActive(false);
    QVERIFY(editor.isModified());
    editor.setUrl(e.url);
    editor.setDescription(e.description);
    editor.setEvents(e.events);
    editor.setActive(true);
    QVERIFY(editor.patch().isEmpty());
    QVERIFY(!editor.canSave());
}

void TestEndpointEditor::clearedNullDescriptionIsNoChange()
{
    WebhookEndpoint e = sampleEndpoint();
    e.description = QString(); // null on the server
    EndpointEditor editor(m_client, e);
    editor.setDescription(QString());
    editor.setDescription(QStringLiteral(""));
    QVERIFY(!editor.patch().description);
    editor.setDescription(QStringLiteral("now set"));
    QCOMPARE(*editor.patch().description, QStringLiteral("now set"));

    // Clearing an existing description sends "" (the contract's update takes a string).
    EndpointEditor clearing(m_client, sampleEndpoint());
    clearing.setDescription(QString());
    QVERIFY(clearing.patch().description.has_value());
    QCOMPARE(*clearing.patch().description, QStringLiteral(""));
    QVERIFY(clearing.canSave());
}

void TestEndpointEditor::unknownEventsTravelWithEvents()
{
    WebhookEndpoint e = sampleEndpoint();
    e.unknownEvents = QStringList{QStringLiteral("upload.archived")};
    EndpointEditor editor(m_client, e);
    editor.setDescription(QStringLiteral("only description"));
    QVERIFY(!editor.patch().events);
    editor.setEvents(EventType::UploadCreated);
    const QJsonObject sent = QJsonDocument::fromJson(JsonCodec::encodePatch(editor.patch())).object();
    const QStringList events = sent.value(QLatin1String("events")).toVariant().toStringList();
    QVERIFY2(events.contains(QStringLiteral("upload.archived")), qPrintable(events.join(QLatin1Char(','))));
    QVERIFY(events.contains(QStringLiteral("upload.created")));
    // No known event left, but the unknown one keeps the endpoint subscribed: allowed.
    editor.setEvents({});
    QVERIFY(editor.eventsError().isEmpty());
    QVERIFY(editor.canSave());
}

void TestEndpointEditor::canSaveRules()
{
    EndpointEditor editor(m_client, sampleEndpoint());
    QVERIFY(!editor.canSave()); // nothing changed

    editor.setUrl(QStringLiteral("http://hooks.example.com/od"));
    QVERIFY(!editor.urlError().isEmpty());
    QVERIFY(editor.urlError().contains(QLatin1String("https://")));
    QVERIFY(!editor.isValid());
    QVERIFY(!editor.canSave());
    QCOMPARE(editor.errorFor(EndpointEditor::Field::Url), editor.urlError());

    editor.setUrl(QStringLiteral("https://127.0.0.1/hook"));
    QVERIFY(editor.urlError().contains(QLatin1String("loopback")));
    QVERIFY(!editor.canSave());

    editor.setUrl(QStringLiteral("https://hooks.example.com/new"));
    QVERIFY(editor.urlError().isEmpty());
    QVERIFY(editor.canSave());

    editor.setEvents({});
    QVERIFY(!editor.eventsError().isEmpty());
    QVERIFY(!editor.canSave());
    editor.setEvents(EventType::UploadFailed);
    QVERIFY(editor.canSave());

    editor.setDescription(QString(Validation::MaxDescriptionLength + 1, QLatin1Char('d')));
    QVERIFY(!editor.descriptionError().isEmpty());
    QVERIFY(!editor.canSave());
    editor.setDescription(QString(Validation::MaxDescriptionLength, QLatin1Char('d')));
    QVERIFY(editor.canSave());
}

void TestEndpointEditor::descriptionLimitCountsCodePoints()
{
    EndpointEditor editor(m_client, sampleEndpoint());
    QString rockets;
    for (int i = 0; i < Validation::MaxDescriptionLength; ++i)
        rockets += QStringLiteral("\U0001F680"); // 1000 UTF-16 units, 500 code points
    editor.setDescription(rockets);
    QVERIFY2(editor.descriptionError().isEmpty(), qPrintable(editor.descriptionError()));
    QVERIFY(editor.canSave());
    editor.setDescription(rockets + QStringLiteral("\U0001F680"));
    QVERIFY(editor.descriptionError().contains(QLatin1String("501")));
    QVERIFY(!editor.canSave());
}

void TestEndpointEditor::untouchedServerValuesAreNotRejudged()
{
    // The server holds a URL that the local check would refuse (and no known event):
    // editing only the description must still be possible.
    WebhookEndpoint e = sampleEndpoint();
    e.url = QStringLiteral("https://10.1.2.3/legacy");
    e.events = {};
    e.unknownEvents.clear();
    EndpointEditor editor(m_client, e);
    editor.setDescription(QStringLiteral("still editable"));
    QVERIFY(editor.urlError().isEmpty());
    QVERIFY(editor.eventsError().isEmpty());
    QVERIFY(editor.canSave());
    editor.setUrl(QStringLiteral("https://10.1.2.4/legacy"));
    QVERIFY(!editor.urlError().isEmpty());
    QVERIFY(!editor.canSave());
}

void TestEndpointEditor::reactivationIsDetected()
{
    WebhookEndpoint e = sampleEndpoint();
    e.isActive = false;
    e.consecutiveFailures = 20;
    e.disabledAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    EndpointEditor editor(m_client, e);
    QVERIFY(!editor.reactivatesAutoDisabled());
    editor.setActive(true);
    QVERIFY(editor.reactivatesAutoDisabled());

    WebhookEndpoint byPerson = sampleEndpoint();
    byPerson.isActive = false;
    EndpointEditor manual(m_client, byPerson);
    manual.setActive(true);
    QVERIFY(!manual.reactivatesAutoDisabled());
}

void TestEndpointEditor::fieldForError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<EndpointEditor::Field>("field");
    using F = EndpointEditor::Field;
    QTest::newRow("url https") << 400 << QStringLiteral("url must use https") << F::Url;
    QTest::newRow("URL upper") << 400 << QStringLiteral("The URL is not valid") << F::Url;
    QTest::newRow("ping") << 400 << QStringLiteral("Ping failed: no 2xx answer within 5 seconds") << F::Url;
    QTest::newRow("host private") << 400 << QStringLiteral("host resolves to a private address") << F::Url;
    QTest::newRow("hostname") << 400 << QStringLiteral("Hostname could not be resolved") << F::Url;
    QTest::newRow("description") << 400 << QStringLiteral("description must be at most 500 characters") << F::Description;
    QTest::newRow("event") << 400 << QStringLiteral("invalid event type: upload.deleted") << F::Events;
    QTest::newRow("events plural") << 400 << QStringLiteral("Events must not be empty") << F::Events;
    QTest::newRow("is_active") << 400 << QStringLiteral("is_active must be a boolean") << F::Active;
    QTest::newRow("nothing known") << 400 << QStringLiteral("Malformed JSON body") << F::None;
    QTest::newRow("not a 400") << 500 << QStringLiteral("url handler crashed") << F::None;
    QTest::newRow("429") << 429 << QStringLiteral("rate limit exceeded for url") << F::None;
    QTest::newRow("no word match") << 400 << QStringLiteral("curly braces unbalanced") << F::None;
}

void TestEndpointEditor::fieldForError()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(EndpointEditor::Field, field);
    const ApiError error = ApiError::fromStatus(
        status, QJsonDocument(QJsonObject{{QStringLiteral("detail"), message}}).toJson(), QByteArray("5"));
    QCOMPARE(EndpointEditor::fieldForError(error), field);
}

void TestEndpointEditor::pingFailureNeedsAUrlChange()
{
    WebhookPatch urlChange;
    urlChange.url = QStringLiteral("https://down.invalid/x");
    WebhookPatch descriptionOnly;
    descriptionOnly.description = QStringLiteral("d");
    QVERIFY(EndpointEditor::isPingFailure(badRequest(QStringLiteral("ping to the URL failed")), urlChange));
    QVERIFY(EndpointEditor::isPingFailure(badRequest(QStringLiteral("receiver did not answer")), urlChange));
    QVERIFY(!EndpointEditor::isPingFailure(badRequest(QStringLiteral("url must use https")), urlChange));
    QVERIFY(!EndpointEditor::isPingFailure(badRequest(QStringLiteral("description too long")), urlChange));
    QVERIFY(!EndpointEditor::isPingFailure(badRequest(QStringLiteral("ping failed")), descriptionOnly));
    ApiError server;
    server.kind = ApiError::Kind::Server;
    QVERIFY(!EndpointEditor::isPingFailure(server, urlChange));
}

void TestEndpointEditor::saveRereadsThenPatchesOnlyChangedFields()
{
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint after = e;
    after.description = QStringLiteral("New words");
    after.events = EventType::UploadCreated;
    after.updatedAt = e.updatedAt.addSecs(60);
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::endpoint(after)});

    EndpointEditor editor(m_client, e);
    editor.setDescription(QStringLiteral("New words"));
    editor.setEvents(EventType::UploadCreated);
    QSignalSpy saved(&editor, &EndpointEditor::saved);
    QVERIFY(editor.save());
    QVERIFY(editor.isSaving());
    QVERIFY(!editor.canSave());
    QVERIFY(saved.wait(5000));

    const QList<SeenRequest> seen = m_net.seen();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).verb, QByteArray("GET"));
    QCOMPARE(seen.at(0).path, QStringLiteral("/api/v1/webhooks/") + e.id);
    QCOMPARE(seen.at(1).verb, QByteArray("PATCH"));
    QCOMPARE(seen.at(1).path, QStringLiteral("/api/v1/webhooks/") + e.id);
    QStringList keys = bodyOf(seen.at(1)).keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("description"), QStringLiteral("events")}));
    QCOMPARE(bodyOf(seen.at(1)).value(QLatin1String("description")).toString(), QStringLiteral("New words"));
    QVERIFY(!editor.isSaving());
    QVERIFY(!editor.isModified());
}

void TestEndpointEditor::savedCarriesTheServersObject()
{
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint fromServer = e;
    fromServer.url = QStringLiteral("https://new.example.com/hook");
    fromServer.verifiedAt = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    fromServer.updatedAt = fromServer.verifiedAt;
    fromServer.description = QStringLiteral("server normalised this");
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::endpoint(fromServer)});

    EndpointEditor editor(m_client, e);
    editor.setUrl(QStringLiteral("https://new.example.com/hook"));
    QSignalSpy saved(&editor, &EndpointEditor::saved);
    QVERIFY(editor.save());
    QCOMPARE(editor.stage(), EndpointEditor::Stage::Checking);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    const auto got = saved.at(0).at(0).value<WebhookEndpoint>();
    QCOMPARE(got, fromServer);
    QCOMPARE(editor.original(), fromServer);
    QCOMPARE(editor.edited(), fromServer);
    QVERIFY(editor.lastSentPatch().changesUrl());
}

void TestEndpointEditor::conflictWhenServerChangedSendsNothing()
{
    // Someone moved the URL that the user is changing too.
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint changed = e;
    changed.url = QStringLiteral("https://someone-else.example.com/");
    changed.updatedAt = e.updatedAt.addSecs(30);
    m_net.script({ScriptedAnswer::endpoint(changed)});

    EndpointEditor editor(m_client, e);
    editor.setUrl(QStringLiteral("https://mine.example.com/"));
    QSignalSpy conflict(&editor, &EndpointEditor::conflict);
    QSignalSpy saved(&editor, &EndpointEditor::saved);
    QSignalSpy failed(&editor, &EndpointEditor::failed);
    QSignalSpy learnt(&editor, &EndpointEditor::serverStateLearnt);
    QVERIFY(editor.save());
    QVERIFY(conflict.wait(5000));
    QCOMPARE(conflict.at(0).at(0).value<WebhookEndpoint>(), changed);
    // What the check learnt is known at once, before anyone answers the question.
    QCOMPARE(learnt.count(), 1);
    QCOMPARE(learnt.at(0).at(0).value<WebhookEndpoint>(), changed);
    QVERIFY(editor.hasConflict());
    QCOMPARE(editor.conflictingServerState(), changed);
    QVERIFY(!editor.isSaving());
    QVERIFY(m_net.seen("PATCH").isEmpty());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(failed.count(), 0);
    // The original is untouched until the caller decides.
    QCOMPARE(editor.original(), e);
}

void TestEndpointEditor::conflictWhenSwitchedOffMeanwhile()
{
    // The server switched the endpoint off after failures while the user edited the
    // description: worth knowing before saving.
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint off = e;
    off.isActive = false;
    off.consecutiveFailures = WebhookEndpoint::AutoDisableThreshold;
    off.disabledAt = e.lastFailureAt.addSecs(600);
    m_net.script({ScriptedAnswer::endpoint(off)});
    EndpointEditor editor(m_client, e);
    editor.setDescription(QStringLiteral("x"));
    QSignalSpy conflict(&editor, &EndpointEditor::conflict);
    QVERIFY(editor.save());
    QVERIFY(conflict.wait(5000));
    QVERIFY(m_net.seen("PATCH").isEmpty());
    QCOMPARE(editor.original(), e);
}

void TestEndpointEditor::movedCounterAloneIsNoConflict()
{
    // Deliveries failed in the meantime: the counter, last_failure_at and (on a real
    // server too) nothing the user edits moved. No question; the PATCH carries only the
    // user's field, and the editor shows the fresh state while it is on its way.
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint failing = e;
    failing.consecutiveFailures = 12;
    failing.lastFailureAt = e.lastFailureAt.addSecs(600);
    failing.updatedAt = e.updatedAt.addSecs(1);
    WebhookEndpoint after = failing;
    after.description = QStringLiteral("x");
    after.consecutiveFailures = 13;
    m_net.script({ScriptedAnswer::endpoint(failing), ScriptedAnswer::endpoint(after, 200)});
    EndpointEditor editor(m_client, e);
    editor.setDescription(QStringLiteral("x"));
    QSignalSpy conflict(&editor, &EndpointEditor::conflict);
    QSignalSpy saved(&editor, &EndpointEditor::saved);
    QSignalSpy reloaded(&editor, &EndpointEditor::reloaded);
    QSignalSpy learnt(&editor, &EndpointEditor::serverStateLearnt);
    QVERIFY(editor.save());
    QVERIFY(learnt.wait(5000));
    QCOMPARE(learnt.at(0).at(0).value<WebhookEndpoint>(), failing);
    QCOMPARE(editor.stage(), EndpointEditor::Stage::Sending);
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(editor.original(), failing);
    QCOMPARE(editor.edited().consecutiveFailures, 12);
    QCOMPARE(editor.edited().description, QStringLiteral("x"));
    QCOMPARE(editor.lastSentPatch().description, std::optional<QString>(QStringLiteral("x")));

    QVERIFY(saved.wait(5000));
    QCOMPARE(conflict.count(), 0);
    const QList<SeenRequest> patches = m_net.seen("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(bodyOf(patches.at(0)), (QJsonObject{{QStringLiteral("description"), QStringLiteral("x")}}));
    // The save's answer is the last word, for the table too.
    QCOMPARE(learnt.count(), 2);
    QCOMPARE(learnt.at(1).at(0).value<WebhookEndpoint>(), after);
    QCOMPARE(editor.original(), after);
}

void TestEndpointEditor::successfulDeliveryAloneIsNoConflict()
{
    const WebhookEndpoint e = sampleEndpoint(); // failing: 3
    WebhookEndpoint delivered = e;
    delivered.lastSuccessAt = QDateTime(QDate(2026, 5, 4), QTime(8, 0), Qt::UTC);
    WebhookEndpoint after = delivered;
    after.description = QStringLiteral("x");
    m_net.script({ScriptedAnswer::endpoint(delivered), ScriptedAnswer::endpoint(after)});
    EndpointEditor editor(m_client, e);
    editor.setDescription(QStringLiteral("x"));
    QSignalSpy conflict(&editor, &EndpointEditor::conflict);
    QSignalSpy saved(&editor, &EndpointEditor::saved);
    QVERIFY(editor.save());
    QVERIFY(saved.wait(5000));
    QCOMPARE(conflict.count(), 0);

    // Nor one that also reset the failure counter.
    m_net.clear();
    WebhookEndpoint recovered = after;
    recovered.lastSuccessAt = recovered.lastSuccessAt.addSecs(60);
    recovered.consecutiveFailures = 0;
    WebhookEndpoint afterSecond = recovered;
    afterSecond.description = QStringLiteral("y");
    m_net.script({ScriptedAnswer::endpoint(recovered), ScriptedAnswer::endpoint(afterSecond)});
    editor.setDescription(QStringLiteral("y"));
    QVERIFY(editor.save());
    QVERIFY(saved.wait(5000));
    QCOMPARE(conflict.count(), 0);
    QCOMPARE(saved.at(1).at(0).value<WebhookEndpoint>().consecutiveFailures, 0);
}

void TestEndpointEditor::fieldIDidNotEditKeepsTheServersValue()
{
    // Someone else rewrote the description while the user changed the events: no
    // question, the PATCH carries only the events, and their description stays, shown
    // in the form from the check on.
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint theirs = e;
    theirs.description = QStringLiteral("someone else wrote this");
    theirs.updatedAt = e.updatedAt.addSecs(30);
    WebhookEndpoint after = theirs;
    after.events = EventType::UploadCreated;
    after.updatedAt = theirs.updatedAt.addSecs(5);
    m_net.script({ScriptedAnswer::endpoint(theirs), ScriptedAnswer::endpoint(after, 200)});
    EndpointEditor editor(m_client, e);
    editor.setEvents(EventType::UploadCreated);
    QSignalSpy conflict(&editor, &EndpointEditor::conflict);
    QSignalSpy saved(&editor, &EndpointEditor::saved);
    QSignalSpy reloaded(&editor, &EndpointEditor::reloaded);
    QVERIFY(editor.save());
    QVERIFY(reloaded.wait(5000));
    QCOMPARE(editor.original(), theirs);
    QCOMPARE(editor.edited().description, QStringLiteral("someone else wrote this"));
    QCOMPARE(editor.edited().events, EventTypes(EventType::UploadCreated));
    QVERIFY(saved.wait(5000));
    QCOMPARE(conflict.count(), 0);
    const QList<SeenRequest> patches = m_net.seen("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(bodyOf(patches.at(0)).keys(), QStringList{QStringLiteral("events")});
    QCOMPARE(saved.at(0).at(0).value<WebhookEndpoint>().description, QStringLiteral("someone else wrote this"));
}

void TestEndpointEditor::overwriteSendsOnlyTheUsersFields()
{
    // Someone else changed the events (and the description) that the user changes too.
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint changed = e;
    changed.description = QStringLiteral("someone else wrote this");
    changed.events = EventType::UploadCompleted;
    changed.updatedAt = e.updatedAt.addSecs(30);
    WebhookEndpoint after = changed;
    after.events = EventType::UploadCreated;
    after.updatedAt = changed.updatedAt.addSecs(5);
    m_net.script({ScriptedAnswer::endpoint(changed), ScriptedAnswer::endpoint(after)});

    EndpointEditor editor(m_client, e);
    QVERIFY(!editor.overwrite()); // no conflict yet
    editor.setEvents(EventType::UploadCreated);
    QSignalSpy conflict(&editor, &EndpointEditor::conflict);
    QSignalSpy saved(&editor, &EndpointEditor::saved);
    QVERIFY(editor.save());
    QVERIFY(conflict.wait(5000));
    QVERIFY(editor.overwrite());
    QVERIFY(editor.isSaving());
    QCOMPARE(editor.stage(), EndpointEditor::Stage::Sending);
    QVERIFY(saved.wait(5000));
    const QList<SeenRequest> patches = m_net.seen("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(bodyOf(patches.at(0)).keys(), QStringList{QStringLiteral("events")});
    QCOMPARE(saved.at(0).at(0).value<WebhookEndpoint>().description, QStringLiteral("someone else wrote this"));
}

void TestEndpointEditor::reloadTakesServerValuesAndKeepsEdits()
{
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint changed = e;
    changed.description = QStringLiteral("someone else wrote this");
    changed.events = EventType::UploadFailed;
    changed.consecutiveFailures = 9;
    changed.updatedAt = e.updatedAt.addSecs(30);
    m_net.script({ScriptedAnswer::endpoint(changed)});

    EndpointEditor editor(m_client, e);
    editor.setUrl(QStringLiteral("https://mine.example.com/"));
    editor.setEvents(EventType::UploadCreated | EventType::UploadCompleted);
    QSignalSpy conflict(&editor, &EndpointEditor::conflict);
    QSignalSpy reloaded(&editor, &EndpointEditor::reloaded);
    QVERIFY(editor.save());
    QVERIFY(conflict.wait(5000));
    editor.reload(changed);
    QCOMPARE(reloaded.count(), 1);
    QVERIFY(!editor.hasConflict());
    QCOMPARE(editor.original(), changed);
    QCOMPARE(editor.edited().url, QStringLiteral("https://mine.example.com/"));
    QCOMPARE(editor.edited().events, EventTypes(EventType::UploadCreated | EventType::UploadCompleted));
    QCOMPARE(editor.edited().description, QStringLiteral("someone else wrote this"));
    QCOMPARE(editor.edited().consecutiveFailures, 9);
    QStringList keys = QJsonDocument::fromJson(JsonCodec::encodePatch(editor.patch())).object().keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("events"), QStringLiteral("url")}));
    QVERIFY(m_net.seen("PATCH").isEmpty()); // reload sends nothing
    QVERIFY(editor.canSave());
}

void TestEndpointEditor::reloadDropsEditsTheServerAlreadyHas()
{
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint changed = e;
    changed.description = QStringLiteral("same words");
    changed.updatedAt = e.updatedAt.addSecs(30);
    EndpointEditor editor(m_client, e);
    editor.setDescription(QStringLiteral("same words"));
    editor.reload(changed);
    QVERIFY(!editor.isModified());
    QVERIFY(!editor.canSave());
}

void TestEndpointEditor::patchErrorsCarryTheirField()
{
    const WebhookEndpoint e = sampleEndpoint();
    m_net.script({ScriptedAnswer::endpoint(e),
                  ScriptedAnswer::error(400, detail("description must be at most 500 characters"))});
    EndpointEditor editor(m_client, e);
    editor.setDescription(QStringLiteral("fine locally"));
    QSignalSpy failed(&editor, &EndpointEditor::failed);
    QSignalSpy saving(&editor, &EndpointEditor::savingChanged);
    QVERIFY(editor.save());
    QVERIFY(failed.wait(5000));
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::BadRequest);
    QCOMPARE(error.serverMessage, QStringLiteral("description must be at most 500 characters"));
    QCOMPARE(failed.at(0).at(1).value<EndpointEditor::Field>(), EndpointEditor::Field::Description);
    QVERIFY(!editor.isSaving());
    QCOMPARE(saving.last().at(0).toBool(), false);
    // The edit is still there and can be saved again.
    QCOMPARE(editor.edited().description, QStringLiteral("fine locally"));
    QVERIFY(editor.canSave());
}

void TestEndpointEditor::pingFailureMapsToUrl()
{
    const WebhookEndpoint e = sampleEndpoint();
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::error(400, detail("The receiver did not answer in time"))});
    EndpointEditor editor(m_client, e);
    editor.setUrl(QStringLiteral("https://down.invalid/x"));
    QSignalSpy failed(&editor, &EndpointEditor::failed);
    QVERIFY(editor.save());
    QVERIFY(failed.wait(5000));
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::BadRequest);
    QCOMPARE(failed.at(0).at(1).value<EndpointEditor::Field>(), EndpointEditor::Field::Url);
    QVERIFY(EndpointEditor::isPingFailure(error, editor.lastSentPatch()));
    QCOMPARE(editor.edited().url, QStringLiteral("https://down.invalid/x"));
}

void TestEndpointEditor::readFailureSendsNoPatch()
{
    m_net.script({ScriptedAnswer::error(503, detail("maintenance"))});
    EndpointEditor editor(m_client, sampleEndpoint());
    editor.setActive(false);
    QSignalSpy failed(&editor, &EndpointEditor::failed);
    QVERIFY(editor.save());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Server);
    QCOMPARE(failed.at(0).at(1).value<EndpointEditor::Field>(), EndpointEditor::Field::None);
    QVERIFY(m_net.seen("PATCH").isEmpty());
    QVERIFY(editor.canSave());
}

void TestEndpointEditor::cancelDuringCheckSendsNothing()
{
    m_net.script({ScriptedAnswer::hanging()});
    EndpointEditor editor(m_client, sampleEndpoint());
    editor.setDescription(QStringLiteral("x"));
    QSignalSpy failed(&editor, &EndpointEditor::failed);
    QVERIFY(editor.save());
    QCOMPARE(editor.stage(), EndpointEditor::Stage::Checking);
    editor.cancel();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
    QVERIFY(editor.cancelledUnsent()); // only the check was under way
    QVERIFY(!editor.isSaving());
    QVERIFY(editor.canSave());
    QTest::qWait(50);
    QCOMPARE(m_net.seen().size(), 1);
    QCOMPARE(failed.count(), 1);
}

void TestEndpointEditor::cancelDuringPatch()
{
    const WebhookEndpoint e = sampleEndpoint();
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::hanging()});
    EndpointEditor editor(m_client, e);
    editor.setDescription(QStringLiteral("x"));
    QSignalSpy failed(&editor, &EndpointEditor::failed);
    QSignalSpy saved(&editor, &EndpointEditor::saved);
    QVERIFY(editor.save());
    QTRY_COMPARE_WITH_TIMEOUT(m_net.seen("PATCH").size(), 1, 5000);
    editor.cancel();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
    QVERIFY(!editor.cancelledUnsent()); // the PATCH was on the wire: it may have arrived
    QCOMPARE(saved.count(), 0);
    QVERIFY(!editor.isSaving());
    QCOMPARE(editor.edited().description, QStringLiteral("x"));
}

void TestEndpointEditor::savingSignalsInOrder()
{
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint after = e;
    after.isActive = false;
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::endpoint(after)});
    EndpointEditor editor(m_client, e);
    editor.setActive(false);
    QSignalSpy saving(&editor, &EndpointEditor::savingChanged);
    QSignalSpy stages(&editor, &EndpointEditor::stageChanged);
    QSignalSpy saved(&editor, &EndpointEditor::saved);
    QVERIFY(editor.save());
    QVERIFY(saved.wait(5000));
    QCOMPARE(saving.count(), 2);
    QCOMPARE(saving.at(0).at(0).toBool(), true);
    QCOMPARE(saving.at(1).at(0).toBool(), false);
    QCOMPARE(stages.count(), 3);
    QCOMPARE(stages.at(0).at(0).value<EndpointEditor::Stage>(), EndpointEditor::Stage::Checking);
    QCOMPARE(stages.at(1).at(0).value<EndpointEditor::Stage>(), EndpointEditor::Stage::Sending);
    QCOMPARE(stages.at(2).at(0).value<EndpointEditor::Stage>(), EndpointEditor::Stage::Idle);
}

void TestEndpointEditor::saveRefusedWhenNothingToSave()
{
    EndpointEditor editor(m_client, sampleEndpoint());
    QVERIFY(!editor.save());
    editor.setUrl(QStringLiteral("ftp://x"));
    QVERIFY(!editor.save());
    QVERIFY(!editor.isSaving());
    QTest::qWait(20);
    QVERIFY(m_net.seen().isEmpty());
}

void TestEndpointEditor::destroyingWhileSavingIsSafe()
{
    m_net.script({ScriptedAnswer::hanging()});
    auto *editor = new EndpointEditor(m_client, sampleEndpoint());
    editor->setDescription(QStringLiteral("x"));
    QSignalSpy failed(editor, &EndpointEditor::failed);
    QVERIFY(editor->save());
    delete editor;
    QCOMPARE(failed.count(), 0);
    QTest::qWait(20);
}

void TestEndpointEditor::serverRemarkStaysUntilTheFieldIsEdited()
{
    const WebhookEndpoint e = sampleEndpoint();
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::error(400, detail("description contains a tab"))});
    EndpointEditor editor(m_client, e);
    editor.setDescription(QStringLiteral("tab\there"));
    QVERIFY(editor.fieldMessage(EndpointEditor::Field::Description).isEmpty());
    QSignalSpy failed(&editor, &EndpointEditor::failed);
    QSignalSpy changed(&editor, &EndpointEditor::changed);
    QVERIFY(editor.save());
    QVERIFY(failed.wait(5000));
    QVERIFY(changed.count() >= 1); // the form learns of the remark
    QCOMPARE(editor.fieldMessage(EndpointEditor::Field::Description),
             QStringLiteral("The server said: \u201cdescription contains a tab\u201d"));
    QVERIFY(editor.fieldMessage(EndpointEditor::Field::Url).isEmpty());
    // Editing another field keeps it; editing this one answers it.
    editor.setActive(false);
    QVERIFY(!editor.fieldMessage(EndpointEditor::Field::Description).isEmpty());
    changed.clear();
    editor.setDescription(QStringLiteral("tab\there")); // the same text typed again
    QCOMPARE(changed.count(), 1);
    QVERIFY(editor.fieldMessage(EndpointEditor::Field::Description).isEmpty());
    // Without a remark, the local check speaks.
    editor.setDescription(QString(Validation::MaxDescriptionLength + 1, QLatin1Char('d')));
    QCOMPARE(editor.fieldMessage(EndpointEditor::Field::Description), editor.descriptionError());
    QVERIFY(!editor.fieldMessage(EndpointEditor::Field::Description).isEmpty());
}

void TestEndpointEditor::pingRemarkGoesToUrl()
{
    const WebhookEndpoint e = sampleEndpoint();
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::error(400, detail("The receiver did not answer in time"))});
    EndpointEditor editor(m_client, e);
    editor.setUrl(QStringLiteral("https://down.invalid/x"));
    QSignalSpy failed(&editor, &EndpointEditor::failed);
    QVERIFY(editor.save());
    QVERIFY(failed.wait(5000));
    QCOMPARE(editor.fieldMessage(EndpointEditor::Field::Url),
             QStringLiteral("The server said: \u201cThe receiver did not answer in time\u201d"));
    // Errors that concern no field leave no remark.
    m_net.script({ScriptedAnswer::error(503, detail("maintenance"))});
    QVERIFY(editor.save());
    QVERIFY(failed.wait(5000));
    for (auto field : {EndpointEditor::Field::Url, EndpointEditor::Field::Description, EndpointEditor::Field::Events,
                       EndpointEditor::Field::Active})
        QCOMPARE(editor.fieldMessage(field), editor.errorFor(field));
}

void TestEndpointEditor::nextSaveClearsServerRemarks()
{
    const WebhookEndpoint e = sampleEndpoint();
    m_net.script({ScriptedAnswer::endpoint(e), ScriptedAnswer::error(400, detail("is_active must be a boolean")),
                  ScriptedAnswer::hanging()});
    EndpointEditor editor(m_client, e);
    editor.setActive(false);
    QSignalSpy failed(&editor, &EndpointEditor::failed);
    QVERIFY(editor.save());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(1).value<EndpointEditor::Field>(), EndpointEditor::Field::Active);
    QVERIFY(!editor.fieldMessage(EndpointEditor::Field::Active).isEmpty());
    QVERIFY(editor.save());
    QVERIFY(editor.fieldMessage(EndpointEditor::Field::Active).isEmpty());
    editor.cancel();
}

void TestEndpointEditor::pendingConflictDescribesTheServersState()
{
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint changed = e;
    changed.events = EventType::UploadFailed;
    changed.consecutiveFailures = 4;
    m_net.script({ScriptedAnswer::endpoint(changed)});
    EndpointEditor editor(m_client, e);
    editor.setEvents(EventType::UploadCreated);
    QSignalSpy conflict(&editor, &EndpointEditor::conflict);
    QVERIFY(editor.save());
    QVERIFY(conflict.wait(5000));
    const EditConflict pending = editor.pendingConflict();
    QCOMPARE(pending.differences(),
             (QStringList{QStringLiteral("Events: now %1").arg(EventTypeNames::label(EventType::UploadFailed)),
                          QStringLiteral("Failures in a row: 3 \u2192 4")}));
    QCOMPARE(pending.editedFields(), QStringList{QStringLiteral("Events")});
}

void TestEndpointEditor::resolveConflictOverwriteSends()
{
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint changed = e;
    changed.description = QStringLiteral("theirs");
    changed.updatedAt = e.updatedAt.addSecs(30);
    m_net.script({ScriptedAnswer::endpoint(changed), ScriptedAnswer::endpoint(changed)});
    EndpointEditor editor(m_client, e);
    editor.setDescription(QStringLiteral("mine"));
    QSignalSpy conflict(&editor, &EndpointEditor::conflict);
    QSignalSpy saved(&editor, &EndpointEditor::saved);
    QVERIFY(editor.save());
    QVERIFY(conflict.wait(5000));
    QVERIFY(!editor.resolveConflict(EditConflict::Choice::Overwrite).has_value());
    QCOMPARE(editor.stage(), EndpointEditor::Stage::Sending);
    QVERIFY(saved.wait(5000));
    const QList<SeenRequest> patches = m_net.seen("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(bodyOf(patches.at(0)).keys(), QStringList{QStringLiteral("description")});
}

void TestEndpointEditor::resolveConflictReloadSaysWhatIsLeft()
{
    // Switched off by someone (and their description) while the user edits.
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint changed = e;
    changed.isActive = false;
    changed.description = QStringLiteral("theirs");
    changed.updatedAt = e.updatedAt.addSecs(30);
    m_net.script({ScriptedAnswer::endpoint(changed), ScriptedAnswer::endpoint(changed)});

    EndpointEditor editor(m_client, e);
    editor.setUrl(QStringLiteral("https://mine.example.com/"));
    QSignalSpy conflict(&editor, &EndpointEditor::conflict);
    QSignalSpy reloaded(&editor, &EndpointEditor::reloaded);
    QVERIFY(editor.save());
    QVERIFY(conflict.wait(5000));
    const auto notice = editor.resolveConflict(EditConflict::Choice::Reload);
    QVERIFY(notice.has_value());
    QCOMPARE(notice->title, QStringLiteral("Reloaded the server's version"));
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(editor.original(), changed);
    QCOMPARE(editor.edited().url, QStringLiteral("https://mine.example.com/"));
    QVERIFY(!editor.hasConflict());

    // The server already has what was typed: nothing left to save.
    EndpointEditor same(m_client, e);
    same.setDescription(QStringLiteral("theirs"));
    QSignalSpy sameConflict(&same, &EndpointEditor::conflict);
    QVERIFY(same.save());
    QVERIFY(sameConflict.wait(5000));
    const auto nothing = same.resolveConflict(EditConflict::Choice::Reload);
    QVERIFY(nothing.has_value());
    QCOMPARE(nothing->title, QStringLiteral("Nothing left to save"));
    QVERIFY(!same.isModified());
    QVERIFY(m_net.seen("PATCH").isEmpty());
}

void TestEndpointEditor::resolveConflictCancelSendsNothing()
{
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint changed = e;
    changed.isActive = false;
    changed.consecutiveFailures = 8;
    m_net.script({ScriptedAnswer::endpoint(changed)});
    EndpointEditor editor(m_client, e);
    editor.setDescription(QStringLiteral("mine"));
    QSignalSpy conflict(&editor, &EndpointEditor::conflict);
    QVERIFY(editor.save());
    QVERIFY(conflict.wait(5000));
    const auto notice = editor.resolveConflict(EditConflict::Choice::Cancel);
    QVERIFY(notice.has_value());
    QCOMPARE(notice->title, QStringLiteral("Not saved"));
    QCOMPARE(editor.original(), e);
    QCOMPARE(editor.edited().description, QStringLiteral("mine"));
    QVERIFY(editor.canSave());
    QTest::qWait(20);
    QVERIFY(m_net.seen("PATCH").isEmpty());
}

void TestEndpointEditor::resolveWithoutConflictDoesNothing()
{
    EndpointEditor editor(m_client, sampleEndpoint());
    editor.setDescription(QStringLiteral("mine"));
    QSignalSpy reloaded(&editor, &EndpointEditor::reloaded);
    for (auto choice : {EditConflict::Choice::Overwrite, EditConflict::Choice::Reload, EditConflict::Choice::Cancel})
        QVERIFY(!editor.resolveConflict(choice).has_value());
    QCOMPARE(reloaded.count(), 0);
    QVERIFY(!editor.isSaving());
    QTest::qWait(20);
    QVERIFY(m_net.seen().isEmpty());
}

void TestEndpointEditor::newEndpointStartsFromTheApiDefaults()
{
    std::unique_ptr<EndpointEditor> editor(EndpointEditor::forNewEndpoint(m_client));
    QVERIFY(editor->isNew());
    QCOMPARE(editor->edited().events, EventType::UploadCompleted | EventType::UploadFailed);
    QVERIFY(editor->changesUrl()); // the server pings the URL before it creates anything
    QVERIFY(!editor->canSave());
    QVERIFY(!editor->urlError().isEmpty());
    QVERIFY(editor->fieldMessage(EndpointEditor::Field::Url).isEmpty()); // not before it is typed into
    editor->setUrl(QStringLiteral("https://localhost/hook"));
    QVERIFY(!editor->fieldMessage(EndpointEditor::Field::Url).isEmpty());
    editor->setUrl(QStringLiteral("https://b\u00fccher.example/hook"));
    QVERIFY(editor->canSave());
    QCOMPARE(editor->draft().url, QStringLiteral("https://xn--bcher-kva.example/hook"));
    editor->setEvents({});
    QVERIFY(!editor->eventsError().isEmpty());
    QVERIFY(!editor->canSave());
    QVERIFY(m_net.seen().isEmpty());
}

void TestEndpointEditor::newEndpointCreatesOnceWithOnePost()
{
    std::unique_ptr<EndpointEditor> editor(EndpointEditor::forNewEndpoint(m_client));
    editor->setUrl(QStringLiteral("https://hooks.example.com/new"));
    editor->setDescription(QStringLiteral("New one"));
    WebhookEndpoint fromServer = sampleEndpoint();
    fromServer.url = QStringLiteral("https://hooks.example.com/new");
    const QString secret(64, QLatin1Char('a'));
    ScriptedAnswer answer;
    answer.status = 201;
    answer.body = QJsonDocument(QJsonObject{{QStringLiteral("webhook"), JsonCodec::endpointToJson(fromServer)},
                                            {QStringLiteral("secret"), secret}})
                      .toJson(QJsonDocument::Compact);
    m_net.script({answer});
    QSignalSpy created(editor.get(), &EndpointEditor::created);
    QVERIFY(editor->save());
    QCOMPARE(editor->stage(), EndpointEditor::Stage::Sending); // no re-read first
    QVERIFY(created.wait(5000));
    const CreatedWebhook c = created.at(0).at(0).value<CreatedWebhook>();
    QCOMPARE(c.secret, secret);
    QCOMPARE(c.webhook.id, fromServer.id);
    QCOMPARE(m_net.seen().size(), 1);
    QCOMPARE(m_net.seen("POST").size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(m_net.seen("POST").at(0).body).object();
    QCOMPARE(body.value(QLatin1String("url")).toString(), QStringLiteral("https://hooks.example.com/new"));
    QCOMPARE(body.value(QLatin1String("description")).toString(), QStringLiteral("New one"));
    QVERIFY(!editor->canSave());
    QVERIFY(!editor->save());
    QCOMPARE(m_net.seen().size(), 1);
}

void TestEndpointEditor::newEndpointFailedPingIsExplainedAtTheUrl()
{
    std::unique_ptr<EndpointEditor> editor(EndpointEditor::forNewEndpoint(m_client));
    editor->setUrl(QStringLiteral("https://down.example.com/hook"));
    m_net.script({ScriptedAnswer::error(400, detail("Webhook ping failed: connection refused"))});
    QSignalSpy failed(editor.get(), &EndpointEditor::failed);
    QVERIFY(editor->save());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(1).value<EndpointEditor::Field>(), EndpointEditor::Field::Url);
    QCOMPARE(editor->fieldMessage(EndpointEditor::Field::Url),
             QStringLiteral("The server said: \u201cWebhook ping failed: connection refused\u201d"));
    const EditNotice notice = SaveFailure(failed.at(0).at(0).value<ApiError>(), editor->lastSentPatch(),
                                          SaveFailure::Request::Create)
                                  .notice();
    QCOMPARE(notice.title, QStringLiteral("The URL failed the test ping; nothing was created"));
    QVERIFY(editor->canSave()); // the user may try again (a new request of theirs)
    QCOMPARE(m_net.seen("POST").size(), 1);
    editor->setUrl(QStringLiteral("https://up.example.com/hook"));
    QVERIFY(editor->fieldMessage(EndpointEditor::Field::Url).isEmpty());
}

QTEST_GUILESS_MAIN(TestEndpointEditor)
#include "tst_endpointeditor.moc"
