#pragma once

#include "httpmessage.h"

#include <QRandomGenerator>

struct FaultSettings
{
    int latencyMs = 0;        // added before every /api/v1 answer
    double errorRate = 0;     // share of requests answered 503 JSON / 502 HTML instead of handled
    double dropRate = 0;      // share of requests whose connection is closed with no answer
    double malformedRate = 0; // share of 200 answers whose body is cut short (invalid JSON)
};

// Decides, request by request, which fault (if any) to inject. Deterministic for a seed.
class FaultInjector
{
public:
    enum class Action { None, Drop, ServerError };

    explicit FaultInjector(quint32 seed = 1) : m_random(seed) {}

    const FaultSettings &settings() const { return m_settings; }
    void setSettings(const FaultSettings &settings) { m_settings = settings; }

    // Rolled once per request before it is handled.
    Action decide();
    // Alternates a JSON 503 from the "server" and an HTML 502 page from a "proxy".
    HttpResponse serverError();
    // Rolled once per 200 answer.
    bool shouldMalform();
    // Invalid JSON with the same Content-Type; alternates truncation and an HTML page.
    QByteArray malform(const QByteArray &body);

private:
    bool roll(double rate);

    FaultSettings m_settings;
    QRandomGenerator m_random;
    quint64 m_errors = 0;
    quint64 m_malformed = 0;
};
