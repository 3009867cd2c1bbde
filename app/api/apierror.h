#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Why an API call did not give a result. Kinds are what a person acts on differently.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Connection,      // refused, unreachable, DNS, dropped before an answer
        Tls,             // handshake or certificate failure
        Timeout,         // no answer within the call's time
        BadRequest,      // 400, with the server's message
        Unauthorized,    // 401
        NotFound,        // 404
        RateLimited,     // 429, with the wait
        Server,          // 5xx
        OtherStatus,     // any other non-2xx status
        InvalidResponse, // 2xx whose body does not decode
        Refused,         // the client refused: insecure base URL, redirect to another origin
        Cancelled,       // cancelled by the caller
    };

    // The longest wait counted down in seconds; a longer Retry-After is stored as
    // MaxRetryAfterSeconds + 1 and said as "later".
    static constexpr int MaxRetryAfterSeconds = 3600;

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage;     // the server's own words (detail), made one safe line (ServerText), when it gave some
    QString serverFullText;    // the same words whole (up to ServerText::CopyLimit), line breaks kept, for copying
    QJsonObject detailObject;  // detail when it was an object
    int retryAfterSeconds = -1; // 429: the wait, when known
    QString technical;         // Qt's error text or the decoding problem; never contains a key

    bool isError() const { return kind != Kind::None; }
    // Worth trying again later without changing anything.
    bool isTransient() const;
    // Short title, e.g. "Rate limited".
    QString title() const;
    // A full sentence for a person, with the server's message where there is one; it
    // stands alone (a list of results, a tooltip).
    QString message() const;
    // What message() adds to title(), for showing beneath or after the title without
    // saying the same thing twice ("The API key was not accepted" + "It may be mistyped…").
    QString explanation() const;
    // " The server said: “…”" (with the leading space) to append to a sentence; empty
    // when the server gave no message.
    QString serverSaid() const;
    // Everything known, on several lines, for the clipboard when the user asks for it
    // (a report or a ticket): the message, the HTTP status, the server's whole text,
    // the technical detail. Never a key.
    QString details() const;

    static ApiError fromStatus(int status, const QByteArray &body, const QByteArray &retryAfterHeader);

    // The `{"detail": ...}` envelope, whether detail is a string or an object, or
    // the body is not JSON at all (a proxy's HTML page).
    struct Envelope
    {
        QString message;
        QJsonObject detailObject;
        bool wasJson = false;
    };
    static Envelope decodeEnvelope(const QByteArray &body);
};
