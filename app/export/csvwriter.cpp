#include "csvwriter.h"

#include <QJsonArray>

namespace CsvWriter {

QString field(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.startsWith(QLatin1Char(' '))
        || text.endsWith(QLatin1Char(' '));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString record(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(field(f));
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        return double(i) == d ? QString::number(i) : QString::number(d, 'g', 17);
    }
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(text(item));
        return items.join(QLatin1Char(' '));
    }
    case QJsonValue::Object: break;
    }
    return {};
}

QByteArray write(const ExportTable &table)
{
    QString out = record(table.fields);
    for (const QList<QJsonValue> &row : table.rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QJsonValue &v : row)
            fields.append(text(v));
        out += record(fields);
    }
    return out.toUtf8();
}

} // namespace CsvWriter
