#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

// The event types an endpoint can subscribe to (contract: EventType).
enum class EventType {
    UploadCreated = 0x1,
    UploadCompleted = 0x2,
    UploadFailed = 0x4,
};
Q_DECLARE_FLAGS(EventTypes, EventType)
Q_DECLARE_OPERATORS_FOR_FLAGS(EventTypes)

namespace EventTypeNames {
// Every known type, in the contract's order.
QList<EventType> all();
// Wire name, e.g. "upload.created".
QString toWire(EventType type);
// Wire name to type; false when the name is not a known type.
bool fromWire(const QString &name, EventType *type);
// Translated label for a checkbox or a table cell, e.g. "Upload created".
QString label(EventType type);
// Wire names of a set, in the contract's order.
QStringList toWireList(EventTypes types);
// The default set the server applies when create omits events.
EventTypes serverDefault();
} // namespace EventTypeNames
