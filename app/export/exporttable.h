#pragma once

#include <QJsonValue>
#include <QList>
#include <QStringList>

// What an export holds, whatever the file format: the field names (the API's own, in a
// fixed order) and one row of JSON values per record, in the order of the view. Null is
// a null value; timestamps are ISO 8601 UTC strings.
struct ExportTable
{
    QStringList fields;
    QList<QList<QJsonValue>> rows; // each as long as fields
};
