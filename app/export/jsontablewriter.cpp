#include "jsontablewriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// QJsonDocument writes a value correctly escaped but sorts an object's keys; so each
// value is written alone (as the single item of an array) and the objects are put
// together here, in field order.
QByteArray encode(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

namespace JsonTableWriter {

QByteArray write(const ExportTable &table)
{
    QList<QByteArray> keys;
    keys.reserve(table.fields.size());
    for (const QString &f : table.fields)
        keys.append(encode(QJsonValue(f)));
    QByteArray out("[");
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QList<QJsonValue> &row = table.rows.at(r);
        out += r == 0 ? "\n  {" : ",\n  {";
        for (qsizetype c = 0; c < keys.size() && c < row.size(); ++c) {
            out += c == 0 ? "\n    " : ",\n    ";
            out += keys.at(c);
            out += ": ";
            out += encode(row.at(c));
        }
        out += "\n  }";
    }
    out += table.rows.isEmpty() ? "]\n" : "\n]\n";
    return out;
}

} // namespace JsonTableWriter
