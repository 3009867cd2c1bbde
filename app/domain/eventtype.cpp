#include "eventtype.h"

#include <QCoreApplication>

namespace EventTypeNames {

QList<EventType> all()
{
    return {EventType::UploadCreated, EventType::UploadCompleted, EventType::UploadFailed};
}

QString toWire(EventType type)
{
    switch (type) {
    case EventType::UploadCreated: return QStringLiteral("upload.created");
    case EventType::UploadCompleted: return QStringLiteral("upload.completed");
    case EventType::UploadFailed: return QStringLiteral("upload.failed");
    }
    return {};
}

bool fromWire(const QString &name, EventType *type)
{
    for (EventType t : all()) {
        if (name == toWire(t)) {
            *type = t;
            return true;
        }
    }
    return false;
}

QString label(EventType type)
{
    switch (type) {
    case EventType::UploadCreated: return QCoreApplication::translate("EventType", "Upload created");
    case EventType::UploadCompleted: return QCoreApplication::translate("EventType", "Upload completed");
    case EventType::UploadFailed: return QCoreApplication::translate("EventType", "Upload failed");
    }
    return {};
}

QStringList toWireList(EventTypes types)
{
    QStringList names;
    for (EventType t : all()) {
        if (types.testFlag(t))
            names.append(toWire(t));
    }
    return names;
}

EventTypes serverDefault() { return EventType::UploadCompleted | EventType::UploadFailed; }

} // namespace EventTypeNames
