#pragma once

#include "bulkchange.h"

#include <QCoreApplication>
#include <QString>

// What a person is told about a bulk change and the write queue: the names of the
// changes, the progress, the server's wait, each row's result and the counts. Translated.
class BulkReport
{
    Q_DECLARE_TR_FUNCTIONS(BulkReport)

public:
    // "Switching off 200 endpoints", while it runs.
    static QString runningTitle(const BulkChange::Change &change, int count);
    // "Switch Off Endpoints", the window title.
    static QString windowTitle(const BulkChange::Change &change);
    // "About 19 seconds left"; empty when nothing is left.
    static QString timeLeft(int seconds);
    // "600 writes a minute".
    static QString rate(double perMinute);
    // "Waiting 12 s: the server asked us to slow down".
    static QString waiting(int seconds);
    static QString cancelling();
    // One row's result, e.g. "Skipped: already off", "Failed: <the server's reason>"
    // (its title when the server said nothing; ApiError::message() says it in full).
    static QString outcome(const BulkChange::Change &change, const BulkChange::Row &row);
    // "198 changed · 1 already so · 1 failed".
    static QString counts(const BulkChange &bulk);
    // A sentence when the user cancelled: what was written stays written.
    static QString cancelledNote(const BulkChange &bulk);
};
