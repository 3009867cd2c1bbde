// EditConflict without a server: when the server's fresh state counts as a conflict
// with the user's edits (edge cases included), what the question lists and offers,
// what Reload keeps, and what the form says after each answer.
#include "editconflict.h"
#include "localdatetime.h"

#include <QLocale>
#include <QtTest>

namespace {

WebhookEndpoint sampleEndpoint()
{
    WebhookEndpoint e;
    e.id = QStringLiteral("6f1c2a52-8a8e-4c53-9d59-0d2f5e0b4a11");
    e.url = QStringLiteral("https://hooks.example.com/od");
    e.description = QStringLiteral("Production receiver");
    e.events = EventType::UploadCompleted | EventType::UploadFailed;
    e.isActive = true;
    e.consecutiveFailures = 7;
    e.createdAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    e.updatedAt = QDateTime(QDate(2026, 5, 2), QTime(10, 30), Qt::UTC);
    e.verifiedAt = e.createdAt;
    e.lastSuccessAt = QDateTime(QDate(2026, 5, 2), QTime(8, 0), Qt::UTC);
    e.lastFailureAt = QDateTime(QDate(2026, 5, 3), QTime(11, 0), Qt::UTC);
    return e;
}

WebhookPatch descriptionEdit()
{
    WebhookPatch p;
    p.description = QStringLiteral("mine");
    return p;
}

// The lines of the question's "On the server now:" list.
QStringList bullets(const QString &question)
{
    QStringList lines;
    for (const QString &line : question.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("\u2022 ")))
            lines << line.mid(2);
    }
    return lines;
}

} // namespace

class TestEditConflict : public QObject
{
    Q_OBJECT

private slots:
    void sameStateIsNoConflict();
    void serverChange_data();
    void serverChange();
    void successAloneIsBookkeeping();
    void successThatResetFailuresIsBookkeepingToo();
    void serverChangeToAFieldIEditIsAConflict();
    void autoDisabledWhileSwitchingOffCounts();
    void withEditsPutsOnlyMyFieldsOnTheServersState();
    void differencesNameWhatChanged();
    void differencesOfTheActiveSwitch_data();
    void differencesOfTheActiveSwitch();
    void eventsListUnknownNamesAndNone();
    void questionListsChangesAndMyFields();
    void questionWithoutVisibleChangesHasNoList();
    void noticeAfterEachChoice();
};

void TestEditConflict::sameStateIsNoConflict()
{
    const WebhookEndpoint e = sampleEndpoint();
    QVERIFY(!EditConflict::exists(e, e, descriptionEdit()));
    QVERIFY(!EditConflict::exists(e, e, WebhookPatch()));
}

void TestEditConflict::serverChange_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<bool>("conflict");
    // The server's bookkeeping and fields the user does not edit: the PATCH leaves
    // them as the server has them.
    QTest::newRow("updated_at") << 0 << false;
    QTest::newRow("url") << 1 << false;
    QTest::newRow("events") << 2 << false;
    QTest::newRow("unknown events") << 3 << false;
    QTest::newRow("failures") << 5 << false;
    QTest::newRow("last failure") << 6 << false;
    QTest::newRow("verified") << 7 << false;
    // Switched on or off: worth knowing before saving anything.
    QTest::newRow("switched off") << 4 << true;
    QTest::newRow("disabled_at") << 8 << true;
}

void TestEditConflict::serverChange()
{
    QFETCH(int, which);
    QFETCH(bool, conflict);
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint now = e;
    switch (which) {
    case 0: now.updatedAt = e.updatedAt.addSecs(1); break;
    case 1: now.url = QStringLiteral("https://elsewhere.example.com/"); break;
    case 2: now.events = EventType::UploadCreated; break;
    case 3: now.unknownEvents = QStringList{QStringLiteral("upload.archived")}; break;
    case 4: now.isActive = false; break;
    case 5: now.consecutiveFailures = 8; break;
    case 6: now.lastFailureAt = e.lastFailureAt.addSecs(60); break;
    case 7: now.verifiedAt = e.verifiedAt.addSecs(60); break;
    case 8: now.disabledAt = e.updatedAt; break;
    }
    // The user edits only the description.
    QCOMPARE(EditConflict::exists(e, now, descriptionEdit()), conflict);
}

void TestEditConflict::successAloneIsBookkeeping()
{
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint now = e;
    now.lastSuccessAt = e.lastSuccessAt.addSecs(3600);
    QVERIFY(!EditConflict::exists(e, now, descriptionEdit()));
    // Also when there was none before.
    WebhookEndpoint never = e;
    never.lastSuccessAt = QDateTime();
    QVERIFY(!EditConflict::exists(never, now, descriptionEdit()));
}

void TestEditConflict::successThatResetFailuresIsBookkeepingToo()
{
    // The failure counter is nothing the operator edits, whichever way it moved.
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint now = e;
    now.lastSuccessAt = e.lastSuccessAt.addSecs(3600);
    now.consecutiveFailures = 0;
    QVERIFY(!EditConflict::exists(e, now, descriptionEdit()));
    now.consecutiveFailures = 19;
    now.lastFailureAt = now.lastSuccessAt.addSecs(60);
    QVERIFY(!EditConflict::exists(e, now, descriptionEdit()));
    // Also for a user who edits every field but the switch.
    WebhookPatch all = descriptionEdit();
    all.url = QStringLiteral("https://mine.example.com/");
    all.events = EventTypes(EventType::UploadCreated);
    QVERIFY(!EditConflict::exists(e, now, all));
}

void TestEditConflict::serverChangeToAFieldIEditIsAConflict()
{
    // Someone changed the description while the user changes it too: saving would
    // overwrite their words unseen.
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint now = e;
    now.description = QStringLiteral("theirs");
    QVERIFY(EditConflict::exists(e, now, descriptionEdit()));
    // Not when they wrote what the user writes.
    now.description = QStringLiteral("mine");
    QVERIFY(!EditConflict::exists(e, now, descriptionEdit()));
    // Nor for a user who edits something else: the PATCH leaves their description be.
    now.description = QStringLiteral("theirs");
    WebhookPatch urlEdit;
    urlEdit.url = QStringLiteral("https://mine.example.com/");
    QVERIFY(!EditConflict::exists(e, now, urlEdit));
    // The same for the URL and the events.
    WebhookEndpoint movedUrl = e;
    movedUrl.url = QStringLiteral("https://theirs.example.com/");
    QVERIFY(EditConflict::exists(e, movedUrl, urlEdit));
    movedUrl.url = *urlEdit.url;
    QVERIFY(!EditConflict::exists(e, movedUrl, urlEdit));
    WebhookPatch eventsEdit;
    eventsEdit.events = EventTypes(EventType::UploadFailed);
    WebhookEndpoint movedEvents = e;
    movedEvents.events = EventType::UploadCreated;
    QVERIFY(EditConflict::exists(e, movedEvents, eventsEdit));
    movedEvents.events = EventType::UploadFailed;
    QVERIFY(!EditConflict::exists(e, movedEvents, eventsEdit));
    // An event type this version does not know, added on the server, would be dropped.
    movedEvents.unknownEvents = QStringList{QStringLiteral("upload.archived")};
    QVERIFY(EditConflict::exists(e, movedEvents, eventsEdit));
}

void TestEditConflict::autoDisabledWhileSwitchingOffCounts()
{
    // The user switches it off; meanwhile the server switched it off after failures.
    // is_active agrees, but the failure counter and disabled_at tell what happened.
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint now = e;
    now.isActive = false;
    now.consecutiveFailures = WebhookEndpoint::AutoDisableThreshold;
    now.disabledAt = e.lastFailureAt.addSecs(60);
    WebhookPatch switchOff;
    switchOff.isActive = false;
    QVERIFY(EditConflict::exists(e, now, switchOff));
    WebhookEndpoint onlySwitch = e;
    onlySwitch.isActive = false;
    QVERIFY(!EditConflict::exists(e, onlySwitch, switchOff));
}

void TestEditConflict::withEditsPutsOnlyMyFieldsOnTheServersState()
{
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint server = e;
    server.url = QStringLiteral("https://theirs.example.com/");
    server.description = QStringLiteral("theirs");
    server.consecutiveFailures = 12;
    WebhookEndpoint edited = e;
    edited.description = QStringLiteral("mine");
    edited.events = EventType::UploadCreated;
    WebhookPatch mine;
    mine.description = edited.description;
    mine.events = edited.events;

    const WebhookEndpoint merged = EditConflict::withEdits(server, mine, edited);
    QCOMPARE(merged.url, server.url);
    QCOMPARE(merged.description, QStringLiteral("mine"));
    QCOMPARE(merged.events, EventTypes(EventType::UploadCreated));
    QCOMPARE(merged.isActive, server.isActive);
    QCOMPARE(merged.consecutiveFailures, 12);
    QCOMPARE(EditConflict::withEdits(server, WebhookPatch(), edited), server);
}

void TestEditConflict::differencesNameWhatChanged()
{
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint now = e;
    now.url = QStringLiteral("https://moved.example.com/");
    now.description = QStringLiteral("theirs");
    now.consecutiveFailures = 8;
    now.updatedAt = e.updatedAt.addSecs(90);
    const EditConflict conflict(e, now, descriptionEdit());
    QCOMPARE(conflict.differences(),
             (QStringList{QStringLiteral("URL: now https://moved.example.com/"), QStringLiteral("Description changed"),
                          QStringLiteral("Failures in a row: 7 \u2192 8"),
                          QStringLiteral("Last updated: ") + LocalDateTime::text(now.updatedAt)}));
    QVERIFY(EditConflict(e, e, descriptionEdit()).differences().isEmpty());
}

void TestEditConflict::differencesOfTheActiveSwitch_data()
{
    QTest::addColumn<bool>("wasActive");
    QTest::addColumn<bool>("byServer");
    QTest::addColumn<QString>("line");
    QTest::newRow("switched off by a person") << true << false << QStringLiteral("Switched off");
    QTest::newRow("switched off by the server")
        << true << true << QStringLiteral("Switched off by the server after failed deliveries");
    QTest::newRow("switched on") << false << false << QStringLiteral("Switched on");
}

void TestEditConflict::differencesOfTheActiveSwitch()
{
    QFETCH(bool, wasActive);
    QFETCH(bool, byServer);
    QFETCH(QString, line);
    WebhookEndpoint e = sampleEndpoint();
    e.isActive = wasActive;
    WebhookEndpoint now = e;
    now.isActive = !wasActive;
    if (byServer)
        now.disabledAt = e.updatedAt;
    QCOMPARE(EditConflict(e, now, descriptionEdit()).differences(), QStringList{line});
}

void TestEditConflict::eventsListUnknownNamesAndNone()
{
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint now = e;
    now.events = EventType::UploadCreated;
    now.unknownEvents = QStringList{QStringLiteral("upload.archived")};
    QCOMPARE(EditConflict(e, now, descriptionEdit()).differences(),
             QStringList{QStringLiteral("Events: now %1, upload.archived").arg(EventTypeNames::label(EventType::UploadCreated))});
    now.events = {};
    now.unknownEvents.clear();
    QCOMPARE(EditConflict(e, now, descriptionEdit()).differences(), QStringList{QStringLiteral("Events: now none")});
}

void TestEditConflict::questionListsChangesAndMyFields()
{
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint now = e;
    now.url = QStringLiteral("https://theirs.example.com/");
    now.consecutiveFailures = 9;
    WebhookPatch mine;
    mine.url = QStringLiteral("https://mine.example.com/");
    mine.events = EventType::UploadCreated;
    mine.isActive = false;
    QVERIFY(EditConflict::exists(e, now, mine));
    const EditConflict conflict(e, now, mine);
    QCOMPARE(conflict.editedFields(),
             (QStringList{QStringLiteral("URL"), QStringLiteral("Events"), QStringLiteral("Active")}));

    const EditQuestion question = conflict.question();
    QCOMPARE(question.title, QStringLiteral("Changed on the Server"));
    QVERIFY(question.text.startsWith(
        QLatin1String("This endpoint was changed on the server since you opened it (by someone else or by failures).")));
    QVERIFY(question.text.contains(QLatin1String("On the server now:")));
    QCOMPARE(bullets(question.text), conflict.differences());
    // The fields as the locale lists them ("URL, Events and Active").
    QVERIFY2(question.text.contains(QStringLiteral("Overwrite: send your changes over the server's version "
                                                   "(only the fields you edited: %1).")
                                        .arg(QLocale().createSeparatedList(conflict.editedFields()))),
             qPrintable(question.text));
    QVERIFY(question.text.contains(QStringLiteral("Reload (keep my edits)")));
    QVERIFY(question.text.endsWith(QLatin1String("Cancel: send nothing for now.")));
}

void TestEditConflict::questionWithoutVisibleChangesHasNoList()
{
    // Only disabled_at moved (the server's record of a switch-off): a conflict, but
    // none of the listed changes.
    const WebhookEndpoint e = sampleEndpoint();
    WebhookEndpoint now = e;
    now.disabledAt = e.lastFailureAt.addSecs(60);
    QVERIFY(EditConflict::exists(e, now, descriptionEdit()));
    const EditQuestion question = EditConflict(e, now, descriptionEdit()).question();
    QVERIFY(!question.text.contains(QLatin1String("On the server now:")));
    QVERIFY(bullets(question.text).isEmpty());
    QVERIFY(question.text.contains(QLatin1String("(only the fields you edited: Description).")));
}

void TestEditConflict::noticeAfterEachChoice()
{
    using Choice = EditConflict::Choice;
    QVERIFY(!EditConflict::noticeAfter(Choice::Overwrite, true).has_value());

    const auto reloaded = EditConflict::noticeAfter(Choice::Reload, true);
    QVERIFY(reloaded.has_value());
    QCOMPARE(reloaded->kind, EditNotice::Kind::Info);
    QCOMPARE(reloaded->title, QStringLiteral("Reloaded the server's version"));
    QVERIFY(reloaded->text.contains(QLatin1String("with your edits on top")));

    const auto nothingLeft = EditConflict::noticeAfter(Choice::Reload, false);
    QVERIFY(nothingLeft.has_value());
    QCOMPARE(nothingLeft->kind, EditNotice::Kind::Info);
    QCOMPARE(nothingLeft->title, QStringLiteral("Nothing left to save"));

    const auto cancelled = EditConflict::noticeAfter(Choice::Cancel, true);
    QVERIFY(cancelled.has_value());
    QCOMPARE(cancelled->kind, EditNotice::Kind::Info);
    QCOMPARE(cancelled->title, QStringLiteral("Not saved"));
    QVERIFY(cancelled->text.contains(QLatin1String("nothing was sent")));
    QVERIFY(cancelled->text.contains(QLatin1String("Your edits are still here")));
}

QTEST_GUILESS_MAIN(TestEditConflict)
#include "tst_editconflict.moc"
