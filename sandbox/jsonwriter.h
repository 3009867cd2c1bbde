#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QUuid>
#include <QVarLengthArray>
#include <optional>

// A small streaming JSON writer appending UTF-8 to a QByteArray. Much faster than
// QJsonDocument for the 100,000-endpoint list; commas are inserted automatically.
//   JsonWriter w(&out); w.beginObject(); w.key("detail"); w.string(text); w.endObject();
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray *out) : m_out(out) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // Object keys are plain ASCII literals in this code base: written without escaping.
    void key(QByteArrayView name);

    void string(QStringView text);
    void stringOrNull(const std::optional<QString> &text);
    void integer(qint64 value);
    void number(double value);
    void boolean(bool value);
    void null();
    void uuid(const QUuid &id);
    // IsoTime microseconds; IsoTime::Null is written as null.
    void timestamp(qint64 us);
    // A string known to need no escaping (ASCII identifiers such as "pending").
    void plainString(QByteArrayView ascii);

    // JSON string literal (with quotes) of text: escapes quotes, backslashes and control
    // characters; lone UTF-16 surrogates become U+FFFD.
    static void appendString(QByteArray &out, QStringView text);
    static void appendUuid(QByteArray &out, const QUuid &id);

private:
    void separator();

    QByteArray *m_out;
    QVarLengthArray<bool, 16> m_first;
    bool m_afterKey = false;
};

// {"detail": "<text>"}
QByteArray errorBody(const QString &detail);
