#pragma once

#include "editnotice.h"
#include "editquestion.h"
#include "endpointdeleter.h"

#include <QCoreApplication>
#include <QList>

// What the person deleting endpoints is asked and told: the one confirmation (naming
// the URL, or listing several up to MaxListed, saying that the signing secret and the
// delivery history go too), the progress line, and the result of each row. Translated.
class DeletionReport
{
    Q_DECLARE_TR_FUNCTIONS(DeletionReport)

public:
    static constexpr int MaxListed = 10; // in the confirmation
    static constexpr int MaxReported = 20; // rows in the summary

    static EditQuestion confirmation(const QList<EndpointDeleter::Target> &targets);
    // The button that deletes ("Delete").
    static QString deleteButtonText();
    // "Deleting 2 of 5: https://…"
    static QString progressText(int index, int total, const EndpointDeleter::Target &target);
    // The progress window's title ("Deleting Endpoints").
    static QString windowTitle();
    // One row's result, e.g. "✓ Already deleted: https://…".
    static QString rowText(const EndpointDeleter::RowResult &result);
    // The counts, then one line per row (at most MaxReported). Info when every row is
    // gone from the server, else an error.
    static EditNotice summary(const QList<EndpointDeleter::RowResult> &results);
    // Whether the summary needs to be shown: anything but a single plain deletion.
    static bool needsSummary(const QList<EndpointDeleter::RowResult> &results);
};
