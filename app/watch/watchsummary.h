#pragma once

#include "watchchange.h"

#include <QCoreApplication>
#include <QString>

// What a notification says about the changes of one refresh: one message however many
// endpoints changed. Plain text; URLs made safe to show (UrlDisplay).
struct WatchMessage
{
    QString title;
    QString body;
    QString endpointId; // the endpoint the message leads to: the most urgent change's
    int changeCount = 0;
    bool isTrouble = false; // something failed or was disabled (not only recoveries)
    bool isCritical = false; // the server disabled an endpoint
};

class WatchSummary
{
    Q_DECLARE_TR_FUNCTIONS(WatchSummary)

public:
    // URLs named in a message about several changes; the others are counted.
    static constexpr int NamedLimit = 3;

    // `changes` most urgent first (compareHealth's order), not empty.
    static WatchMessage message(const QList<WatchChange> &changes, int threshold);

private:
    static QString single(const WatchChange &change, QString *title);
    static QString countLine(WatchChange::Kind kind, int count, int threshold);
    static QString stateLine(const WatchChange &change);
};
